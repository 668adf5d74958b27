package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles is every style the screens use, built in one place from whether the
// terminal's background is dark.
type Styles struct {
	Dark bool

	Title, Ideal, Subtle, Heading, Label, Value lipgloss.Style
	Good, Warn, Bad, Error, Status              lipgloss.Style
	TabActive, TabInactive                      lipgloss.Style
	Selected, Cursor                            lipgloss.Style
	BarFull, BarEmpty                           lipgloss.Style
	Pane                                        lipgloss.Style
	HelpKey, HelpDesc                           lipgloss.Style

	Accent, Muted, Border color.Color
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	accent := ld(lipgloss.Color("#0B5CAD"), lipgloss.Color("#7AB8FF"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8C8C8C"))
	border := ld(lipgloss.Color("#B8B8B8"), lipgloss.Color("#4A4A4A"))
	good := ld(lipgloss.Color("#1E7B34"), lipgloss.Color("#6BD483"))
	warn := ld(lipgloss.Color("#9A6700"), lipgloss.Color("#F2C14E"))
	bad := ld(lipgloss.Color("#B42318"), lipgloss.Color("#FF7B72"))
	selBG := ld(lipgloss.Color("#DCEBFF"), lipgloss.Color("#1F3A5C"))

	s := Styles{Dark: dark, Accent: accent, Muted: muted, Border: border}
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Ideal = lipgloss.NewStyle().Italic(true)
	s.Subtle = lipgloss.NewStyle().Foreground(muted)
	s.Heading = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Label = lipgloss.NewStyle().Foreground(muted)
	s.Value = lipgloss.NewStyle()
	s.Good = lipgloss.NewStyle().Foreground(good)
	s.Warn = lipgloss.NewStyle().Foreground(warn)
	s.Bad = lipgloss.NewStyle().Foreground(bad)
	s.Error = lipgloss.NewStyle().Foreground(bad).Bold(true)
	s.Status = lipgloss.NewStyle().Foreground(muted)
	s.TabActive = lipgloss.NewStyle().Bold(true).Foreground(accent).Underline(true)
	s.TabInactive = lipgloss.NewStyle().Foreground(muted)
	s.Selected = lipgloss.NewStyle().Background(selBG).Bold(true)
	s.Cursor = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.BarFull = lipgloss.NewStyle().Foreground(accent)
	s.BarEmpty = lipgloss.NewStyle().Foreground(border)
	s.Pane = lipgloss.NewStyle().Border(lipgloss.NormalBorder(), false, false, false, true).
		BorderForeground(border).PaddingLeft(1)
	s.HelpKey = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.HelpDesc = lipgloss.NewStyle().Foreground(muted)
	return s
}
