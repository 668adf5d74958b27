package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/glamour/v2/ansi"
	glamstyles "charm.land/glamour/v2/styles"
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
	// Markdown is Glamour's style for entry summaries.
	Markdown ansi.StyleConfig
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
	s.Markdown = markdownStyle(p)
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

// markdownStyle is Glamour's standard style for the background, without
// its margins (a summary sits in a pane of its own), with every colour that
// draws text checked against the palette's contrast floor: the standard
// styles' grey of code and quotes, and their rules, are paler than 3:1 on
// some backgrounds, so they are drawn in the palette's muted colour.
func markdownStyle(p render.Palette) ansi.StyleConfig {
	var c ansi.StyleConfig
	if p.Dark {
		c = glamstyles.DarkStyleConfig
	} else {
		c = glamstyles.LightStyleConfig
	}
	zero := uint(0)
	c.Document.Margin = &zero
	c.Document.BlockPrefix, c.Document.BlockSuffix = "", ""
	c.Document.Color = nil
	muted := colorHex(p.Muted)
	accent := colorHex(p.Accent)
	c.BlockQuote.Color = &muted
	c.HorizontalRule.Color = &muted
	c.Code.Color = &accent
	c.Code.BackgroundColor = nil
	c.CodeBlock.Color = &muted
	c.CodeBlock.Chroma = nil
	c.Link.Color = &accent
	c.LinkText.Color = &accent
	for _, h := range []*ansi.StyleBlock{&c.Heading, &c.H1, &c.H2, &c.H3, &c.H4, &c.H5, &c.H6} {
		h.Color = &accent
		h.BackgroundColor = nil
	}
	c.H1.Prefix, c.H1.Suffix = "", ""
	c.Image.Color = &accent
	c.ImageText.Color = &accent
	c.Strikethrough.Color = nil
	c.Item.Color = nil
	c.Enumeration.Color = nil
	c.Task.Color = nil
	c.Table.Color = nil
	c.DefinitionTerm.Color = nil
	return c
}

// colorHex writes a palette colour as "#rrggbb" for Glamour.
func colorHex(c interface{ RGBA() (r, g, b, a uint32) }) string {
	r, g, b, _ := c.RGBA()
	hex := func(v uint32) string {
		s := strconv.FormatUint(uint64(v>>8), 16)
		return strings.Repeat("0", 2-len(s)) + s
	}
	return "#" + hex(r) + hex(g) + hex(b)
}
