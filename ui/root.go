// Package ui is vision2030's terminal interface: one root model that routes
// keys and messages to one model per screen. It never speaks SQL and never
// blocks in Update; every query runs as a tea.Cmd.
package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/i18n"
	"vision2030/store"
)

// The smallest terminal the screens are drawn in; below it a notice is shown.
const (
	MinWidth  = 40
	MinHeight = 10
)

// Screens, in tab order.
const (
	screenDashboard = iota
	screenPartners
	screenEntries
	screenCount
)

// Options configure a Model.
type Options struct {
	Catalogue *i18n.Catalogue // default English
	Now       func() time.Time
	Author    string
	Dark      bool // initial guess at the background, until the terminal answers
}

// Model is the root model: it owns the screens, the form and the help.
type Model struct {
	c        *Common
	active   int
	dash     *dashboardScreen
	partners *partnersScreen
	entries  *entriesScreen
	form     *entryForm
	help     bool
	status   string
	statusOK bool
}

// New returns the root model over st.
func New(st *store.Store, o Options) *Model {
	if o.Catalogue == nil {
		o.Catalogue = i18n.English
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	c := &Common{Styles: NewStyles(o.Dark), Keys: NewKeyMap(o.Catalogue), T: o.Catalogue,
		Store: st, Now: o.Now, Author: o.Author}
	return &Model{c: c, dash: &dashboardScreen{c: c}, partners: &partnersScreen{c: c}, entries: &entriesScreen{c: c}}
}

// refMsg carries the reference data.
type refMsg struct {
	ref Reference
	err error
}

func loadRef(st *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx := context.Background()
		goals, err := st.Goals(ctx)
		if err != nil {
			return refMsg{err: err}
		}
		cs, err := st.Countries(ctx)
		ref := Reference{Goals: goals, Countries: map[string]store.Country{}}
		for _, c := range cs {
			ref.Countries[c.Code] = c
		}
		return refMsg{ref, err}
	}
}

// Init asks for the background colour and loads the reference data and the
// dashboard.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, loadRef(m.c.Store), m.dash.load())
}

// Update routes msg to the form, the help or the active screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		if m.form != nil {
			m.form.resize()
		}
		return m, tea.Batch(m.partners.load(false), m.entries.load(false))
	case tea.BackgroundColorMsg:
		m.c.Styles = NewStyles(msg.IsDark())
		return m, nil
	case refMsg:
		if msg.err != nil {
			m.setStatus(fmt.Sprintf(m.c.T.LoadFailed, msg.err), false)
		}
		m.c.Ref = msg.ref
		return m, nil
	case dashboardMsg:
		return m, m.dash.update(msg)
	case partnersMsg:
		return m, m.partners.update(msg)
	case entriesMsg, entryFocusMsg:
		return m, m.entries.update(msg)
	case formPartnersMsg:
		if msg.err != nil {
			m.setStatus(fmt.Sprintf(m.c.T.LoadFailed, msg.err), false)
			return m, nil
		}
		m.form = newEntryForm(m.c, msg.partners)
		m.status = ""
		return m, m.form.init()
	case entrySavedMsg:
		if m.form == nil {
			return m, nil
		}
		if msg.err != nil {
			return m, m.form.fail(msg.err)
		}
		m.form = nil
		m.setStatus(fmt.Sprintf(m.c.T.EntryAdded, msg.id), true)
		m.active = screenEntries
		return m, tea.Batch(m.entries.focus(msg.id), m.dash.load(), m.partners.load(true))
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	if m.form != nil {
		return m, m.form.update(msg)
	}
	return m, nil
}

func (m *Model) setStatus(s string, ok bool) { m.status, m.statusOK = s, ok }

// key handles a key press.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	if m.form != nil {
		if matches(msg, k.Back) && !m.form.filtering() {
			m.form = nil
			m.setStatus(m.c.T.FormCancelled, false)
			return nil
		}
		return m.form.update(msg)
	}
	if m.help {
		switch {
		case matches(msg, k.Quit):
			return tea.Quit
		case matches(msg, k.Help), matches(msg, k.Back):
			m.help = false
		}
		return nil
	}
	switch {
	case matches(msg, k.Quit):
		return tea.Quit
	case matches(msg, k.Help):
		m.help = true
	case matches(msg, k.NextTab):
		m.active = (m.active + 1) % screenCount
	case matches(msg, k.PrevTab):
		m.active = (m.active + screenCount - 1) % screenCount
	case matches(msg, k.Screen):
		m.active = int(msg.String()[0] - '1')
	case matches(msg, k.Add):
		return openEntryForm(m.c)
	case matches(msg, k.Refresh):
		return m.reload()
	default:
		switch m.active {
		case screenDashboard:
			return m.dash.update(msg)
		case screenPartners:
			return m.partners.update(msg)
		case screenEntries:
			return m.entries.update(msg)
		}
	}
	return nil
}

// reload fetches everything on screen again.
func (m *Model) reload() tea.Cmd {
	return tea.Batch(loadRef(m.c.Store), m.dash.load(), m.partners.load(true), m.entries.load(true))
}

// View draws the whole screen in the alternate screen buffer.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	return v
}

// Render draws the screen as a string no wider than the terminal and no
// taller.
func (m *Model) Render() string {
	c := m.c
	w, h := c.Width, c.Height
	if w < 1 || h < 1 {
		return ""
	}
	if w < MinWidth || h < MinHeight {
		return clip(wrap(fmt.Sprintf(c.T.TooSmall, MinWidth, MinHeight), w), w, h)
	}
	var body string
	switch {
	case m.form != nil:
		body = m.form.view()
	case m.help:
		body = m.helpView()
	case m.active == screenDashboard:
		body = m.dash.view()
	case m.active == screenPartners:
		body = m.partners.view()
	default:
		body = m.entries.view()
	}
	body = clip(body, w, c.BodyHeight())
	if n := c.BodyHeight() - strings.Count(body, "\n") - 1; n > 0 {
		body += strings.Repeat("\n", n)
	}
	return clip(m.tabs()+"\n"+body+"\n"+m.footer(), w, h)
}

func (m *Model) tabs() string {
	s, t := m.c.Styles, m.c.T
	names := []string{t.TabDashboard, t.TabPartners, t.TabEntries}
	var parts []string
	for i, n := range names {
		label := fmt.Sprintf("%d %s", i+1, n)
		if i == m.active && m.form == nil && !m.help {
			parts = append(parts, s.TabActive.Render(label))
		} else {
			parts = append(parts, s.TabInactive.Render(label))
		}
	}
	return strings.Join(parts, "   ")
}

func (m *Model) footer() string {
	s := m.c.Styles
	var help []string
	keys := m.c.Keys.ShortHelp()
	if m.form != nil {
		keys = m.c.Keys.FormHelp()
	}
	for _, b := range keys {
		help = append(help, s.HelpKey.Render(b.Help().Key)+" "+s.HelpDesc.Render(b.Help().Desc))
	}
	right := strings.Join(help, s.Subtle.Render(" · "))
	if m.status == "" {
		return right
	}
	st := s.Error
	if m.statusOK {
		st = s.Good
	}
	left := st.Render(trunc(line(m.status), m.c.Width))
	if width(left)+width(right)+3 > m.c.Width {
		return left
	}
	return left + "   " + right
}

// helpView lists every key, generated from the key map: one block per
// group, packed side by side as the width allows.
func (m *Model) helpView() string {
	s, t, w := m.c.Styles, m.c.T, m.c.Width
	var blocks []string
	for _, group := range m.c.Keys.FullHelp() {
		var b strings.Builder
		for i, k := range group {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(s.HelpKey.Render(fit(k.Help().Key, 12)) + s.HelpDesc.Render(k.Help().Desc))
		}
		blocks = append(blocks, b.String())
	}
	var rows []string
	var row []string
	rowWidth := 0
	for _, b := range blocks {
		bw := lipgloss.Width(b) + 4
		if len(row) > 0 && rowWidth+bw > w {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowWidth = nil, 0
		}
		row = append(row, lipgloss.NewStyle().PaddingLeft(2).PaddingRight(2).Render(b))
		rowWidth += bw
	}
	rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	return s.Heading.Render(t.HelpTitle) + "  " + s.Subtle.Render(t.HelpClose) + "\n\n" + strings.Join(rows, "\n\n")
}
