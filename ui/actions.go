package ui

import (
	"context"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"vision2030/store"
)

// actionsScreen lists the follow-up actions, open ones first by due date,
// paged through SQL; x marks one done or open again.
type actionsScreen struct {
	c     *Common
	p     pager
	items []store.Action
	all   bool // done actions are shown too
}

type actionsMsg struct {
	seq   int
	items []store.Action
	off   int
	total int
	err   error
}

func (m *actionsScreen) listRows() int { return max(m.c.BodyHeight()-1, 1) }

func (m *actionsScreen) load(force bool) tea.Cmd {
	rows := m.listRows()
	off, seq, ok := m.p.request(rows, force)
	if !ok {
		return nil
	}
	st, open := m.c.Store, !m.all
	return func() tea.Msg {
		as, total, err := st.Actions(context.Background(), store.ActionQuery{Open: open, Offset: off, Limit: rows})
		return actionsMsg{seq, as, off, total, err}
	}
}

func (m *actionsScreen) selected() (store.Action, bool) {
	i := m.p.index(len(m.items))
	if i < 0 {
		return store.Action{}, false
	}
	return m.items[i], true
}

func (m *actionsScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case actionsMsg:
		ok, refetch := m.p.arrived(msg.seq, msg.off, m.listRows(), msg.total, msg.err)
		if !ok {
			return nil
		}
		m.items = msg.items
		if refetch {
			return m.load(false)
		}
	case tea.KeyPressMsg:
		if !m.p.key(m.c.Keys, msg, m.listRows()) {
			return nil
		}
		return m.load(false)
	}
	return nil
}

func (m *actionsScreen) view() string {
	c, s, t := m.c, m.c.Styles, m.c.T
	w := c.Width
	switch {
	case m.p.err != nil:
		return s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, m.p.err), w))
	case !m.p.loaded:
		return s.Subtle.Render(t.Loading)
	case m.p.total == 0:
		return s.Subtle.Render(wrap(t.NoActions, w))
	}
	count := fmt.Sprintf(t.EntriesCount, m.p.cursor+1, m.p.total)
	if m.all {
		count = t.ShowingDone + " · " + count
	}
	var b strings.Builder
	b.WriteString(c.listHeading(t.TabActions, count, w))
	today := c.Now().Format(store.DateLayout)
	sel := m.p.index(len(m.items))
	for i, a := range m.items {
		mark := "○ "
		if a.Done != "" {
			mark = "● "
		}
		what, entry := mark+actionLine(t, a, today), fmt.Sprintf("  #%d %s", a.EntryID, line(a.EntryTitle))
		switch {
		case i == sel:
			what = s.Selected.Render(fit(what+entry, w))
		case a.Overdue(today):
			what = fit(s.Bad.Render(what)+s.Subtle.Render(entry), w)
		default:
			what = fit(what+s.Subtle.Render(entry), w)
		}
		b.WriteString("\n" + what)
	}
	return b.String()
}
