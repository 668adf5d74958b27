package render

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/clipperhouse/displaywidth"
	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
)

// ambiguousSamples are East Asian ambiguous-width characters the program or
// its users write.
const ambiguousSamples = "…—·→○≥─┃※×α"

// wide sets ambiguous width 2 for the rest of the test. Tests that use it are
// not parallel: the setting is the process's.
func wide(t testing.TB) {
	SetAmbiguousWidth(2)
	t.Cleanup(func() { SetAmbiguousWidth(1) })
}

func TestAmbiguousWidthReachesLipGloss(t *testing.T) {
	measures := map[string]func(string) int{
		"lipgloss.Width":      lipgloss.Width,
		"TerminalWidth":       TerminalWidth,
		"displaywidth.String": displaywidth.String,
		"runewidth.StringWidth": func(s string) int {
			return runewidth.StringWidth(s)
		},
		"uniseg.StringWidth": uniseg.StringWidth,
	}
	n := len([]rune(ambiguousSamples))
	for _, mode := range []int{2, 1, 2, 1} {
		SetAmbiguousWidth(mode)
		if AmbiguousWidth() != mode {
			t.Fatalf("AmbiguousWidth() = %d after SetAmbiguousWidth(%d)", AmbiguousWidth(), mode)
		}
		for name, m := range measures {
			if got := m(ambiguousSamples); got != n*mode {
				t.Errorf("mode %d: %s(%q) = %d, want %d", mode, name, ambiguousSamples, got, n*mode)
			}
		}
	}
	SetAmbiguousWidth(7)
	if AmbiguousWidth() != 1 || lipgloss.Width("…") != 1 {
		t.Errorf("SetAmbiguousWidth(7) gives %d", AmbiguousWidth())
	}
}

func TestGlyphsFitEitherMode(t *testing.T) {
	check := func(mode int, g GlyphSet) {
		b := g.Border
		all := append([]string{g.Ellipsis, g.Sep, g.Marker, g.Bullet, g.Arrow, g.Up, g.Down, g.BarFull, g.BarEmpty,
			g.Rule, g.VRule, g.Open, g.Done, g.Deleted, g.Wrong, g.Dash, g.Times, g.AtLeast,
			b.Top, b.Bottom, b.Left, b.Right, b.TopLeft, b.TopRight, b.BottomLeft, b.BottomRight,
			b.MiddleLeft, b.MiddleRight, b.Middle, b.MiddleTop, b.MiddleBottom}, g.Ticks[:]...)
		for _, s := range all {
			if s == "" || Width(s) != TerminalWidth(s) {
				t.Errorf("mode %d: glyph %q is %d cells to Lip Gloss, %d to a terminal", mode, s, Width(s), TerminalWidth(s))
			}
			if mode == 2 && strings.IndexFunc(s, func(r rune) bool { return r >= 0x80 }) >= 0 {
				t.Errorf("mode 2: glyph %q is not ASCII", s)
			}
		}
		if one := []string{g.Sep, g.Marker, g.Bullet, g.BarFull, g.BarEmpty, g.Rule, g.VRule, g.Open, g.Done, g.Deleted}; mode == 1 {
			for _, s := range append(one, g.Ticks[:]...) {
				if Width(s) != 1 {
					t.Errorf("glyph %q is %d cells, want 1", s, Width(s))
				}
			}
		}
	}
	check(1, Glyphs())
	wide(t)
	check(2, Glyphs())
	if Glyphs() != asciiGlyphs {
		t.Error("Glyphs() in mode 2 are not the ASCII ones")
	}
}

func TestWideModeDrawing(t *testing.T) {
	wide(t)
	for _, s := range append(measureCorpus, ambiguousSamples) {
		drawable(t, s, Clean(s))
		drawable(t, s, Line(s))
	}
	for _, tt := range []struct{ in, want string }{
		{"Confédération", "Confe\u0301de\u0301ration"},
		{"Łódź Ørsted Straße Œuvre", "L\u0337o\u0301dź O\u0338rsted Strasse OEuvre"},
		{"bad \xff byte", "bad " + zwsp + "<U+FFFD>" + zwsp + " byte"},
		{"Ελληνικά … ※", "Ελληνικά … ※"},
	} {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("mode 2: Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Truncate("全日本自動車産業", 9); got != "全日本..." {
		t.Errorf("Truncate in mode 2 = %q", got)
	}
	text := "※ 注意：会議は 10:00 → 12:00 です… α β γ — the well-known plan"
	for _, w := range []int{6, 10, 17} {
		out := Wrap(Clean(text), w)
		checkFits(t, "wrap", out, w)
	}
	rows := append(partnerRows, []string{"GR", "Ελληνικά … — ※ ○ ≥", "union", "2023-05-05"},
		[]string{"FR", "Confédération française démocratique du travail", "federation", "2022-02-02"})
	for _, w := range []int{40, 60} {
		tb := NewTable(partnerHead...).Rows(rows...).MaxWidth(w).Fixed(3).Border(Glyphs().Border).String()
		checkFits(t, "table", tb, w)
		checkDatesAligned(t, "table", tb)
		if w == 60 {
			golden(t, "table-wide-max60.golden", tb)
		}
	}
}

func FuzzCleanWide(f *testing.F) {
	fuzzSeeds(f)
	f.Add(ambiguousSamples)
	f.Add("Confédération Łódź Ørsted Straße \xff")
	wide(f)
	f.Fuzz(func(t *testing.T, s string) {
		drawable(t, s, Clean(s))
		drawable(t, s, Line(s))
		l := Line(s)
		for _, w := range []int{1, 3, 8} {
			if got := Fit(l, w); Width(got) != w || TerminalWidth(got) != w {
				t.Fatalf("Fit(%q, %d) = %q: %d cells to Lip Gloss, %d to a terminal", l, w, got, Width(got), TerminalWidth(got))
			}
		}
	})
}
