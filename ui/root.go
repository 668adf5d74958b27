// Package ui is vision2030's terminal interface: one root model that routes
// keys and messages to one model per screen. It never speaks SQL and never
// blocks in Update; every query runs as a tea.Cmd.
package ui

import (
	"context"
	"fmt"
	"sort"
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
	screenActions
	screenCount
)

// PollInterval is how often the model checks whether another process has
// written to the database.
const PollInterval = 2 * time.Second

// Options configure a Model.
type Options struct {
	Catalogue *i18n.Catalogue // default English
	Now       func() time.Time
	Author    string
	Dark      bool // initial guess at the background, until the terminal answers
}

// confirmation is a yes/no question; yes runs the command.
type confirmation struct {
	prompt string
	yes    tea.Cmd
}

// Model is the root model: it owns the screens, the form, the help and the
// undo history.
type Model struct {
	c          *Common
	active     int
	dash       *dashboardScreen
	partners   *partnersScreen
	entries    *entriesScreen
	actions    *actionsScreen
	form       *form
	confirm    *confirmation
	help       bool
	helpScroll int // the first line of the help shown
	status     string
	statusOK   bool
	undo       []undoStep
	revision   string       // the database revision last seen
	stack      []detailView // the drill-down, innermost last
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
	return &Model{c: c, dash: &dashboardScreen{c: c}, partners: &partnersScreen{c: c},
		entries: newEntriesScreen(c), actions: &actionsScreen{c: c}}
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
		stages, err := st.Stages(ctx)
		if err != nil {
			return refMsg{err: err}
		}
		cs, err := st.Countries(ctx)
		ref := Reference{Goals: goals, Stages: stages, Countries: map[string]store.Country{}}
		for _, c := range cs {
			ref.Countries[c.Code] = c
			ref.CountryCodes = append(ref.CountryCodes, c.Code)
		}
		sort.SliceStable(ref.CountryCodes, func(i, j int) bool {
			return ref.Countries[ref.CountryCodes[i]].NameEN < ref.Countries[ref.CountryCodes[j]].NameEN
		})
		return refMsg{ref, err}
	}
}

// pollMsg asks for the database revision; revisionMsg answers.
type (
	pollMsg     struct{}
	revisionMsg struct {
		rev string
		err error
	}
	// changeMsg reports a change made from a screen (a delete, an archive,
	// an action done), with how to undo it.
	changeMsg struct {
		status string
		undo   *undoStep
		err    error
	}
	// undoneMsg reports the end of an undo.
	undoneMsg struct {
		desc string
		err  error
	}
)

func poll() tea.Cmd {
	return tea.Tick(PollInterval, func(time.Time) tea.Msg { return pollMsg{} })
}

func checkRevision(st *store.Store) tea.Cmd {
	return func() tea.Msg {
		rev, err := st.Revision(context.Background())
		return revisionMsg{rev, err}
	}
}

// Init asks for the background colour, loads the reference data and the
// dashboard, and starts watching the database for changes.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, loadRef(m.c.Store), m.dash.load(), checkRevision(m.c.Store), poll())
}

// Update routes msg to the form, the help or the active screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		if m.form != nil {
			m.form.resize()
		}
		return m, tea.Batch(m.partners.load(false), m.entries.load(false), m.actions.load(false))
	case tea.BackgroundColorMsg:
		m.c.Styles = NewStyles(msg.IsDark())
		return m, nil
	case refMsg:
		if msg.err != nil {
			m.setStatus(fmt.Sprintf(m.c.T.LoadFailed, msg.err), false)
		}
		m.c.Ref = msg.ref
		return m, nil
	case pollMsg:
		return m, tea.Batch(checkRevision(m.c.Store), poll())
	case revisionMsg:
		if msg.err != nil || msg.rev == m.revision {
			return m, nil
		}
		first := m.revision == ""
		m.revision = msg.rev
		if first {
			return m, nil
		}
		return m, m.reload()
	case loadedMsg:
		msg.apply()
		return m, nil
	case dashboardMsg:
		return m, m.dash.update(msg)
	case partnersMsg:
		return m, m.partners.update(msg)
	case entriesMsg, entryFocusMsg, entryActionsMsg:
		return m, m.entries.update(msg)
	case actionsMsg:
		return m, m.actions.update(msg)
	case formDataMsg:
		if msg.err != nil {
			m.setStatus(fmt.Sprintf(m.c.T.LoadFailed, msg.err), false)
			return m, nil
		}
		m.form = msg.open()
		m.status = ""
		return m, m.form.init()
	case savedMsg:
		if m.form == nil {
			return m, nil
		}
		if msg.err != nil {
			return m, m.form.fail(msg.err)
		}
		m.form = nil
		m.setStatus(msg.status, true)
		if msg.undo != nil {
			m.undo = append(m.undo, *msg.undo)
		}
		cmds := []tea.Cmd{m.reload()}
		if msg.focus != 0 {
			m.active, m.stack = screenEntries, nil
			cmds = append(cmds, m.entries.focus(msg.focus))
		}
		return m, tea.Batch(cmds...)
	case changeMsg:
		if msg.err != nil {
			m.setStatus(m.c.describe(msg.err), false)
			return m, m.reload()
		}
		m.setStatus(msg.status, true)
		if msg.undo != nil {
			m.undo = append(m.undo, *msg.undo)
		}
		return m, m.reload()
	case undoneMsg:
		if msg.err != nil {
			m.setStatus(m.c.describe(msg.err), false)
		} else {
			m.setStatus(fmt.Sprintf(m.c.T.Undone, msg.desc), true)
		}
		return m, m.reload()
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	if m.form != nil {
		return m, m.form.update(msg)
	}
	if m.active == screenEntries {
		return m, m.entries.update(msg) // the filter bar's cursor
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
	if m.confirm != nil {
		c := m.confirm
		switch {
		case matches(msg, k.Yes):
			m.confirm = nil
			return c.yes
		case matches(msg, k.No), matches(msg, k.Quit):
			m.confirm = nil
		}
		return nil
	}
	if m.help {
		switch {
		case matches(msg, k.Quit):
			return tea.Quit
		case matches(msg, k.Help), matches(msg, k.Back):
			m.help, m.helpScroll = false, 0
		default:
			n := strings.Count(m.helpView(), "\n") + 1
			m.helpScroll, _ = step(k, msg, m.helpScroll, n-m.c.BodyHeight()+1, m.c.BodyHeight())
		}
		return nil
	}
	if m.active == screenEntries && m.entries.typing && len(m.stack) == 0 {
		return m.entries.update(msg)
	}
	if len(m.stack) > 0 {
		switch {
		case matches(msg, k.Back):
			m.stack = m.stack[:len(m.stack)-1]
			return nil
		case matches(msg, k.NextTab), matches(msg, k.PrevTab), matches(msg, k.Screen):
			m.stack = nil // leave the drill-down for the screen asked for
		case matches(msg, k.Quit), matches(msg, k.Help), matches(msg, k.Add), matches(msg, k.Refresh), matches(msg, k.Undo):
		case matches(msg, k.Assess):
			if pv, ok := m.stack[len(m.stack)-1].(*partnerView); ok && pv.p != nil {
				p, entries := *pv.p, pv.entries.Entries
				m.form = assessForm(m.c, p, entries)
				m.status = ""
				return m.form.init()
			}
			return nil
		default:
			cmd, next := m.stack[len(m.stack)-1].key(msg)
			if next != nil {
				m.stack = append(m.stack, next)
			}
			return cmd
		}
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
		c := m.c
		return loadPartnersThen(c, func(ps []store.Partner) *form { return entryForm(c, ps, nil) })
	case matches(msg, k.Refresh):
		return m.reload()
	case matches(msg, k.Undo):
		return m.popUndo()
	default:
		return m.screenKey(msg)
	}
	return nil
}

// screenKey handles the keys that belong to the active screen.
func (m *Model) screenKey(msg tea.KeyPressMsg) tea.Cmd {
	k, c, t := m.c.Keys, m.c, m.c.T
	st := c.Store
	switch m.active {
	case screenEntries:
		e, ok := m.entries.selected()
		switch {
		case !ok:
		case matches(msg, k.Edit):
			return loadPartnersThen(c, func(ps []store.Partner) *form { return entryForm(c, ps, &e) })
		case matches(msg, k.FollowUp):
			m.form = actionForm(c, e)
			m.status = ""
			return m.form.init()
		case matches(msg, k.Delete):
			id := e.ID
			m.confirm = &confirmation{prompt: fmt.Sprintf(t.ConfirmDelete, id, line(e.Title)), yes: func() tea.Msg {
				if err := st.DeleteEntry(context.Background(), id); err != nil {
					return changeMsg{err: err}
				}
				return changeMsg{status: fmt.Sprintf(t.EntryDeleted, id), undo: &undoStep{
					desc: fmt.Sprintf(t.UndoDelete, id),
					run:  func(ctx context.Context) error { return st.RestoreEntry(ctx, id) },
				}}
			}}
			return nil
		}
		return m.entries.update(msg)
	case screenPartners:
		p, ok := m.partners.selected()
		switch {
		case ok && matches(msg, k.Enter):
			return m.push(&partnerView{c: c, id: p.ID})
		case matches(msg, k.NewPartner):
			m.form = partnerForm(c, nil)
			m.status = ""
			return m.form.init()
		case matches(msg, k.ShowAll):
			m.partners.archived = !m.partners.archived
			return m.partners.load(true)
		case !ok:
		case matches(msg, k.Edit):
			m.form = partnerForm(c, &p)
			m.status = ""
			return m.form.init()
		case matches(msg, k.Archive):
			archive := !p.Archived
			prompt, done, name := t.ConfirmArchive, t.PartnerArchived, line(p.Label())
			if !archive {
				prompt, done = t.ConfirmUnarchive, t.PartnerUnarchived
			}
			id := p.ID
			m.confirm = &confirmation{prompt: fmt.Sprintf(prompt, name), yes: func() tea.Msg {
				if err := st.SetPartnerArchived(context.Background(), id, archive); err != nil {
					return changeMsg{err: err}
				}
				return changeMsg{status: fmt.Sprintf(done, name), undo: &undoStep{
					desc: fmt.Sprintf(t.UndoArchive, name),
					run:  func(ctx context.Context) error { return st.SetPartnerArchived(ctx, id, !archive) },
				}}
			}}
			return nil
		}
		return m.partners.update(msg)
	case screenActions:
		a, ok := m.actions.selected()
		switch {
		case matches(msg, k.ShowAll):
			m.actions.all = !m.actions.all
			return m.actions.load(true)
		case ok && matches(msg, k.Done):
			id, date := a.ID, ""
			if a.Done == "" {
				date = c.Now().Format(store.DateLayout)
			}
			return func() tea.Msg {
				prev, err := st.SetActionDone(context.Background(), id, date)
				if err != nil {
					return changeMsg{err: err}
				}
				if date == "" {
					return changeMsg{status: fmt.Sprintf(t.ActionReopened, id)}
				}
				return changeMsg{status: fmt.Sprintf(t.ActionDone, id), undo: &undoStep{
					desc: fmt.Sprintf(t.UndoActionDone, id),
					run: func(ctx context.Context) error {
						_, err := st.SetActionDone(ctx, id, prev)
						return err
					},
				}}
			}
		}
		return m.actions.update(msg)
	}
	if id, ok := m.dash.selected(); ok && matches(msg, k.Enter) {
		return m.push(&goalView{c: c, goal: id})
	}
	return m.dash.update(msg)
}

// push opens a detail view on top of the drill-down.
func (m *Model) push(v detailView) tea.Cmd {
	m.stack = append(m.stack, v)
	return v.load()
}

// popUndo undoes the newest change of this session.
func (m *Model) popUndo() tea.Cmd {
	if len(m.undo) == 0 {
		m.setStatus(m.c.T.NothingToUndo, false)
		return nil
	}
	u := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	return func() tea.Msg {
		return undoneMsg{desc: u.desc, err: u.run(context.Background())}
	}
}

// reload fetches everything on screen again.
func (m *Model) reload() tea.Cmd {
	cmds := []tea.Cmd{loadRef(m.c.Store), m.dash.load(), m.partners.load(true), m.entries.load(true), m.actions.load(true)}
	for _, v := range m.stack {
		cmds = append(cmds, v.load())
	}
	return tea.Batch(cmds...)
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
		lines := strings.Split(m.helpView(), "\n")
		body = strings.Join(lines[min(m.helpScroll, len(lines)-1):], "\n")
	case len(m.stack) > 0:
		body = m.stack[len(m.stack)-1].view()
	case m.active == screenDashboard:
		body = m.dash.view()
	case m.active == screenPartners:
		body = m.partners.view()
	case m.active == screenActions:
		body = m.actions.view()
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
	names := []string{t.TabDashboard, t.TabPartners, t.TabEntries, t.TabActions}
	var parts []string
	for i, n := range names {
		label := fmt.Sprintf("%d %s", i+1, n)
		if i == m.active && m.form == nil && !m.help && len(m.stack) == 0 {
			parts = append(parts, s.TabActive.Render(label))
		} else {
			parts = append(parts, s.TabInactive.Render(label))
		}
	}
	return strings.Join(parts, "   ")
}

func (m *Model) footer() string {
	s, w := m.c.Styles, m.c.Width
	if m.confirm != nil {
		q := s.Warn.Bold(true).Render(trunc(line(m.confirm.prompt), max(w-width(m.c.T.ConfirmKeys)-2, 1)))
		return q + "  " + s.HelpKey.Render(m.c.T.ConfirmKeys)
	}
	keys := m.c.Keys.ShortHelp(m.active)
	switch {
	case m.form != nil:
		keys = m.c.Keys.FormHelp()
	case len(m.stack) > 0:
		keys = m.stack[len(m.stack)-1].help()
	}
	var help []string
	for _, b := range keys {
		help = append(help, s.HelpKey.Render(b.Help().Key)+" "+s.HelpDesc.Render(b.Help().Desc))
	}
	left := ""
	if m.status != "" {
		st := s.Error
		if m.statusOK {
			st = s.Good
		}
		left = st.Render(trunc(line(m.status), w)) + "   "
	}
	// Drop keys from the middle until the line fits: the last one, the way
	// to every other key, stays.
	right := strings.Join(help, s.Subtle.Render(" · "))
	for len(help) > 1 && width(left+right) > w {
		help = append(help[:len(help)-2], help[len(help)-1])
		right = strings.Join(help, s.Subtle.Render(" · "))
	}
	if width(left+right) > w {
		return strings.TrimSuffix(left, "   ")
	}
	return left + right
}

// helpView lists every key, generated from the key map: one block per
// group, packed side by side as the width allows.
func (m *Model) helpView() string {
	s, t, w := m.c.Styles, m.c.T, m.c.Width
	var blocks []string
	titles := m.c.Keys.HelpTitles(t)
	for i, group := range m.c.Keys.FullHelp() {
		var b strings.Builder
		b.WriteString(s.Label.Render(titles[i]))
		for _, k := range group {
			b.WriteString("\n" + s.HelpKey.Render(fit(k.Help().Key, 12)) + s.HelpDesc.Render(k.Help().Desc))
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
