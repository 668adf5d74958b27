package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"vision2030/render"
)

// Styles is every style the screens and forms use, built in one place from
// the palette for a dark or a light background (render.Palette, which the
// report shares). Screens name styles, never colours.
type Styles struct {
	Palette render.Palette
	Dash    render.DashboardStyles

	Title, Subtle, Heading, Label, Value lipgloss.Style
	Good, Warn, Bad, Error, OK           lipgloss.Style
	Selected, Marker, Rule               lipgloss.Style
	TabActive, TabInactive               lipgloss.Style
	Crumb, Banner, ReadOnly, Ask         lipgloss.Style

	Help help.Styles
	// Form is the form theme: huh's styles for focused and blurred fields,
	// built from the same palette.
	Form *huh.Styles
	// Markdown is the style of entry summaries.
	Markdown render.MarkdownStyles
}

// NewStyles builds the styles for a dark or a light background.
func NewStyles(dark bool) Styles {
	p := render.NewPalette(dark)
	d := render.NewDashboardStyles(p)
	s := Styles{Palette: p, Dash: d,
		Title: d.Title, Subtle: d.Subtle, Heading: d.Heading, Label: d.Label, Value: d.Value,
		Good: d.Good, Warn: d.Warn, Bad: d.Bad, Selected: d.Selected, Marker: d.Marker,
	}
	s.Error = d.Bad.Bold(true)
	s.OK = d.Good
	s.Rule = lipgloss.NewStyle().Foreground(p.Rule)
	s.TabActive = lipgloss.NewStyle().Bold(true).Underline(true).Foreground(p.Accent)
	s.TabInactive = lipgloss.NewStyle().Foreground(p.Muted)
	s.Crumb = lipgloss.NewStyle().Foreground(p.Muted)
	s.Banner = lipgloss.NewStyle().Bold(true).Foreground(p.Bad)
	s.ReadOnly = lipgloss.NewStyle().Bold(true).Foreground(p.Warn)
	s.Ask = lipgloss.NewStyle().Bold(true).Foreground(p.Warn)
	s.Help = help.Styles{
		Ellipsis:       lipgloss.NewStyle().Foreground(p.Muted),
		ShortKey:       lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		ShortDesc:      lipgloss.NewStyle().Foreground(p.Muted),
		ShortSeparator: lipgloss.NewStyle().Foreground(p.Rule),
		FullKey:        lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		FullDesc:       lipgloss.NewStyle().Foreground(p.Muted),
		FullSeparator:  lipgloss.NewStyle().Foreground(p.Rule),
	}
	s.Form = formTheme(p)
	s.Markdown = render.NewMarkdownStyles(p)
	return s
}

// formTheme is the huh theme of the forms: titles in the accent colour,
// descriptions and unselected options muted (never paler than 5:1), the
// selection in the list selection's colours.
func formTheme(p render.Palette) *huh.Styles {
	g := render.Glyphs()
	t := huh.ThemeBase(p.Dark)
	f := &t.Focused
	f.Base = lipgloss.NewStyle()
	f.Title = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	f.Description = lipgloss.NewStyle().Foreground(p.Muted)
	f.ErrorIndicator = lipgloss.NewStyle().Foreground(p.Bad).SetString(" *")
	f.ErrorMessage = lipgloss.NewStyle().Bold(true).Foreground(p.Bad)
	f.SelectSelector = lipgloss.NewStyle().Bold(true).Foreground(p.Accent).SetString(g.Marker + " ")
	f.MultiSelectSelector = f.SelectSelector
	f.Option = lipgloss.NewStyle()
	f.UnselectedOption = lipgloss.NewStyle()
	f.SelectedOption = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	f.SelectedPrefix = lipgloss.NewStyle().Bold(true).Foreground(p.Accent).SetString("[" + g.Done + "] ")
	f.UnselectedPrefix = lipgloss.NewStyle().Foreground(p.Muted).SetString("[ ] ")
	f.TextInput.Text = lipgloss.NewStyle()
	f.TextInput.Cursor = lipgloss.NewStyle().Reverse(true)
	f.TextInput.CursorText = lipgloss.NewStyle().Reverse(true)
	f.TextInput.Placeholder = lipgloss.NewStyle().Foreground(p.Muted)
	f.TextInput.Prompt = lipgloss.NewStyle().Foreground(p.Accent)
	f.NoteTitle = f.Title
	f.Card = f.Base
	t.Blurred = *f
	b := &t.Blurred
	b.Title = lipgloss.NewStyle().Foreground(p.Muted)
	b.SelectSelector = lipgloss.NewStyle().SetString("  ")
	b.MultiSelectSelector = b.SelectSelector
	b.SelectedOption = lipgloss.NewStyle()
	b.TextInput.Cursor = lipgloss.NewStyle()
	b.TextInput.CursorText = lipgloss.NewStyle()
	t.Help = help.Styles{}
	return t
}
