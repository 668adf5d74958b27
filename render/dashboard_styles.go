package render

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Palette is the program's colours for a dark or a light background, in one
// place: the dashboard's styles here and every style of the TUI are built
// from it. Every colour that draws text keeps at least 5:1 contrast against
// the background it is meant for (WCAG), the selection's too, also as a
// 256-colour terminal shows it (TestPaletteContrast).
type Palette struct {
	Dark bool
	// Accent draws titles, headings and keys; Muted secondary text; Rule
	// lines, borders and the empty part of bars, which are text too.
	Accent, Muted, Rule color.Color
	Good, Warn, Bad     color.Color
	// SelectedFG on SelectedBG is the row under the cursor.
	SelectedFG, SelectedBG color.Color
}

// NewPalette returns the palette for a dark or a light background.
func NewPalette(dark bool) Palette {
	if dark {
		return Palette{Dark: true,
			Accent: lipgloss.Color("#7AB8FF"), Muted: lipgloss.Color("#A0A0A0"), Rule: lipgloss.Color("#8A8A8A"),
			Good: lipgloss.Color("#6BD483"), Warn: lipgloss.Color("#F2C14E"), Bad: lipgloss.Color("#FF8A80"),
			SelectedFG: lipgloss.Color("#FFFFFF"), SelectedBG: lipgloss.Color("#1F4B7A")}
	}
	return Palette{
		Accent: lipgloss.Color("#0B5CAD"), Muted: lipgloss.Color("#5E5E5E"), Rule: lipgloss.Color("#6C6C6C"),
		Good: lipgloss.Color("#1B6E2F"), Warn: lipgloss.Color("#8A5A00"), Bad: lipgloss.Color("#B42318"),
		SelectedFG: lipgloss.Color("#000000"), SelectedBG: lipgloss.Color("#CFE3FF")}
}

// DashboardStyles are the styles the dashboard is drawn with.
type DashboardStyles struct {
	Title, Ideal, Subtle, Heading, Label, Value lipgloss.Style
	Good, Warn, Bad                             lipgloss.Style
	Selected, Marker                            lipgloss.Style
	BarFull, BarEmpty                           lipgloss.Style
}

// NewDashboardStyles builds the dashboard's styles from p.
func NewDashboardStyles(p Palette) DashboardStyles {
	return DashboardStyles{
		Title:    lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		Ideal:    lipgloss.NewStyle().Italic(true),
		Subtle:   lipgloss.NewStyle().Foreground(p.Muted),
		Heading:  lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		Label:    lipgloss.NewStyle().Foreground(p.Muted),
		Value:    lipgloss.NewStyle(),
		Good:     lipgloss.NewStyle().Foreground(p.Good),
		Warn:     lipgloss.NewStyle().Foreground(p.Warn),
		Bad:      lipgloss.NewStyle().Foreground(p.Bad),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(p.SelectedFG).Background(p.SelectedBG),
		Marker:   lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		BarFull:  lipgloss.NewStyle().Foreground(p.Accent),
		BarEmpty: lipgloss.NewStyle().Foreground(p.Rule),
	}
}
