package render

import (
	"image/color"
	"math"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// luminance is WCAG 2's relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	ch := func(v uint32) float64 {
		x := float64(v>>8) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
}

// contrast is WCAG 2's contrast ratio of a against b.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Every colour of both palettes that draws text keeps 5:1 against the
// background it is meant for (white for light, black for dark), in true
// colour and as the 256-colour terminal (tmux's default) shows it: QA
// measured the light palette's green and rule at 4.5 in a 256-colour tmux.
func TestPaletteContrast(t *testing.T) {
	const floor = 5.0
	for _, dark := range []bool{false, true} {
		p := NewPalette(dark)
		var bg color.Color = color.White
		if dark {
			bg = color.Black
		}
		fgs := map[string]color.Color{"Accent": p.Accent, "Muted": p.Muted, "Rule": p.Rule,
			"Good": p.Good, "Warn": p.Warn, "Bad": p.Bad}
		for _, prof := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ANSI256} {
			conv := func(c color.Color) color.Color { return prof.Convert(c) }
			for name, c := range fgs {
				if r := contrast(conv(c), bg); r < floor {
					t.Errorf("dark=%v %v: %s has %.2f:1 against the background, want ≥ %.1f", dark, prof, name, r, floor)
				}
			}
			if r := contrast(conv(p.SelectedFG), conv(p.SelectedBG)); r < floor {
				t.Errorf("dark=%v %v: the selection has %.2f:1, want ≥ %.1f", dark, prof, r, floor)
			}
		}
	}
}
