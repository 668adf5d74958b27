package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"vision2030/i18n"
	"vision2030/store"
)

// entriesScreen is the log of entries, newest first, paged through SQL, with
// a filter bar and a detail pane for the selected entry.
type entriesScreen struct {
	c    *Common
	p    pager
	page store.EntryPage

	input     textinput.Model
	typing    bool         // the filter bar has the keys
	filter    store.Filter // the filter in force
	filterErr string       // why the text in the bar does not parse

	actionsFor int64 // the entry whose actions are loaded
	actions    []store.Action
}

type entriesMsg struct {
	seq  int
	page store.EntryPage
	err  error
}

// entryFocusMsg moves the cursor to the entry at a position, after a save.
type entryFocusMsg struct {
	pos int
	err error
}

// entryActionsMsg carries the actions of the selected entry.
type entryActionsMsg struct {
	id      int64
	actions []store.Action
}

func newEntriesScreen(c *Common) *entriesScreen {
	in := textinput.New()
	in.Prompt = c.T.FilterPrompt
	in.Placeholder = c.T.FilterPlaceholder
	in.CharLimit = store.MaxFilter
	return &entriesScreen{c: c, input: in}
}

// barShown reports whether the filter bar takes a line.
func (m *entriesScreen) barShown() bool { return m.typing || m.input.Value() != "" }

// listRows is how many entries fit in the list.
func (m *entriesScreen) listRows() int {
	if m.barShown() {
		return m.c.listRows(1)
	}
	return m.c.listRows(0)
}

// load fetches the page that holds the cursor, if it is not loaded.
func (m *entriesScreen) load(force bool) tea.Cmd {
	rows := m.listRows()
	off, seq, ok := m.p.request(rows, force)
	if !ok {
		return nil
	}
	st, f := m.c.Store, m.filter
	return func() tea.Msg {
		page, err := st.SearchEntries(context.Background(), f, off, rows)
		return entriesMsg{seq, page, err}
	}
}

// focus clears the filter and moves the cursor to entry id once its
// position is known.
func (m *entriesScreen) focus(id int64) tea.Cmd {
	m.input.SetValue("")
	m.filter, m.filterErr, m.typing = store.Filter{}, "", false
	m.input.Blur()
	st := m.c.Store
	return func() tea.Msg {
		pos, err := st.EntryPosition(context.Background(), store.Filter{}, id)
		return entryFocusMsg{pos, err}
	}
}

// selected is the entry under the cursor.
func (m *entriesScreen) selected() (store.Entry, bool) {
	i := m.p.index(len(m.page.Entries))
	if i < 0 {
		return store.Entry{}, false
	}
	return m.page.Entries[i], true
}

// loadActions fetches the selected entry's actions if they are not loaded.
func (m *entriesScreen) loadActions() tea.Cmd {
	e, ok := m.selected()
	if !ok || e.ID == m.actionsFor {
		return nil
	}
	st := m.c.Store
	return func() tea.Msg {
		as, _, err := st.Actions(context.Background(), store.ActionQuery{EntryID: e.ID, Limit: 20})
		if err != nil {
			return nil
		}
		return entryActionsMsg{e.ID, as}
	}
}

// setFilter applies the text in the bar if it parses.
func (m *entriesScreen) setFilter() tea.Cmd {
	f, err := store.ParseFilter(m.input.Value())
	if err != nil {
		var fe *store.FilterError
		if errors.As(err, &fe) {
			m.filterErr = m.c.T.FilterError(fe)
		}
		return nil
	}
	m.filterErr = ""
	if f.String() == m.filter.String() {
		return nil
	}
	m.filter = f
	m.p.cursor = 0
	m.p.loaded = false
	return m.load(true)
}

func (m *entriesScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case entriesMsg:
		ok, refetch := m.p.arrived(msg.seq, msg.page.Offset, m.listRows(), msg.page.Total, msg.err)
		if !ok {
			return nil
		}
		m.page = msg.page
		if refetch {
			return m.load(false)
		}
		m.actionsFor = 0
		return m.loadActions()
	case entryFocusMsg:
		if msg.err == nil {
			m.p.cursor = msg.pos
			m.p.total = max(m.p.total, msg.pos+1)
		}
		return m.load(true)
	case entryActionsMsg:
		m.actionsFor, m.actions = msg.id, msg.actions
		return nil
	case tea.KeyPressMsg:
		k, rows := m.c.Keys, m.listRows()
		if m.typing {
			switch msg.String() {
			case "esc":
				m.typing = false
				m.input.Blur()
				m.input.SetValue("")
				m.filterErr = ""
				return m.setFilter()
			case "enter", "down", "up", "tab":
				m.typing = false
				m.input.Blur()
				return nil
			}
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			return tea.Batch(cmd, m.setFilter())
		}
		switch {
		case matches(msg, k.Filter):
			m.typing = true
			return m.input.Focus()
		case matches(msg, k.Back) && m.input.Value() != "":
			m.input.SetValue("")
			return m.setFilter()
		case m.p.key(k, msg, rows):
			return tea.Batch(m.load(false), m.loadActions())
		}
		return nil
	default:
		if m.typing {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			return cmd
		}
	}
	return nil
}

func (m *entriesScreen) view() string {
	c, s, t := m.c, m.c.Styles, m.c.T
	w, h := c.Width, c.BodyHeight()
	var bar string
	if m.barShown() {
		m.input.SetWidth(max(w-width(t.FilterPrompt)-1, 1))
		bar = m.input.View()
		if m.filterErr != "" {
			bar = trunc(bar, max(w/2, 1)) + "  " + s.Error.Render(line(m.filterErr))
		}
		bar = trunc(bar, w) + "\n"
		h--
	}
	switch {
	case m.p.err != nil:
		return bar + s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, m.p.err), w))
	case !m.p.loaded:
		return bar + s.Subtle.Render(t.Loading)
	case m.p.total == 0 && !m.filter.IsZero():
		return bar + s.Subtle.Render(wrap(t.NoMatches, w))
	case m.p.total == 0:
		return bar + s.Subtle.Render(wrap(t.NoEntries, w))
	}
	listW, detailW := c.listWidths()
	count := fmt.Sprintf(t.EntriesCount, m.p.cursor+1, m.p.total)
	if !m.filter.IsZero() {
		count = fmt.Sprintf(t.FilterMatched, m.p.total) + " · " + count
	}
	list := []string{c.listHeading(t.TabEntries, count, listW)}
	sel := m.p.index(len(m.page.Entries))
	for i, e := range m.page.Entries {
		list = append(list, m.row(e, listW, i == sel))
	}
	var detail string
	if sel >= 0 {
		detail = m.detail(m.page.Entries[sel], detailW)
	}
	return bar + c.listDetail(list, detail, h)
}

// row is one line of the list.
func (m *entriesScreen) row(e store.Entry, w int, selected bool) string {
	t := m.c.T
	kindW := 14
	rest := max(w-len(store.DateLayout)-kindW-4, 2)
	titleW := rest * 2 / 3
	partnersW := rest - titleW
	text := e.Date + "  " + fit(t.EntryKind(e.Kind), kindW) + "  " + fit(line(e.Title), titleW) + fit(" "+line(partnerLabels(e.Partners)), partnersW)
	if w < 40 {
		text = e.Date + " " + line(e.Title)
	}
	text = fit(text, w)
	if selected {
		return m.c.Styles.Selected.Render(text)
	}
	return text
}

func partnerLabels(ps []store.PartnerRef) string {
	labels := make([]string, len(ps))
	for i, p := range ps {
		labels[i] = p.Label
	}
	return strings.Join(labels, ", ")
}

// detail is the selected entry in full.
func (m *entriesScreen) detail(e store.Entry, w int) string {
	var actions []store.Action
	if m.actionsFor == e.ID {
		actions = m.actions
	}
	return entryDetail(m.c, e, actions, w)
}

// entryDetail is an entry in full, with its actions, w cells wide.
func entryDetail(c *Common, e store.Entry, actions []store.Action, w int) string {
	s, t := c.Styles, c.T
	inner := max(w-2, 1) // the pane's border and padding
	var b strings.Builder
	b.WriteString(s.Value.Bold(true).Render(wrap(line(e.Title), inner)) + "\n")
	field := func(label, value string) {
		lw := 10
		b.WriteString(s.Label.Render(fit(label, lw)) + wrapIndent(value, inner-lw, lw) + "\n")
	}
	field(t.DetailDate, e.Date)
	field(t.DetailKind, t.EntryKind(e.Kind))
	if e.Kind == store.KindRequest {
		dash := func(d string) string {
			if d == "" {
				return t.NoValue
			}
			return d
		}
		status := t.RequestStatuses[e.Status()] + " · " + fmt.Sprintf(t.DetailRequest, dash(e.Opened), dash(e.FirstResponse), dash(e.Closed))
		if e.CameFirst {
			status += " · " + t.DetailCameFirst
		}
		field(t.DetailStatus, status)
	}
	field(t.DetailPartners, line(partnerLabels(e.Partners)))
	var goals []string
	for _, g := range e.Goals {
		goals = append(goals, fmt.Sprintf("%d %s", g, line(c.goalTitle(g))))
	}
	field(t.DetailGoals, strings.Join(goals, "; "))
	field(t.DetailAuthor, line(e.Author))
	if len(actions) > 0 {
		var as []string
		today := c.Now().Format(store.DateLayout)
		for _, a := range actions {
			as = append(as, actionLine(t, a, today))
		}
		field(t.DetailActions, strings.Join(as, "\n"))
	}
	b.WriteString("\n" + wrap(clean(e.Summary), inner))
	return b.String()
}

// actionLine is an action in a few words: what, owner, when.
func actionLine(t *i18n.Catalogue, a store.Action, today string) string {
	when := t.NoDue
	switch {
	case a.Done != "":
		when = fmt.Sprintf(t.DoneOn, a.Done)
	case a.Overdue(today):
		when = fmt.Sprintf(t.DueOn, a.Due) + " · " + t.Overdue
	case a.Due != "":
		when = fmt.Sprintf(t.DueOn, a.Due)
	}
	owner := ""
	if a.Owner != "" {
		owner = " (" + line(a.Owner) + ")"
	}
	return line(a.What) + owner + " — " + when
}

// wrapIndent wraps v to w cells and indents every line after the first.
func wrapIndent(v string, w, indent int) string {
	return strings.ReplaceAll(wrap(v, max(w, 1)), "\n", "\n"+strings.Repeat(" ", indent))
}
