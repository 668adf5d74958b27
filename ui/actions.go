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
	err   error
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
	off := m.p.wantOffset(rows)
	if off < 0 && !force {
		return nil
	}
	if off < 0 {
		off = m.p.offset
	}
	m.p.seq++
	seq, st, open := m.p.seq, m.c.Store, !m.all
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
		if msg.seq != m.p.seq {
			return nil
		}
		m.err = msg.err
		if msg.err != nil {
			return nil
		}
		m.items = msg.items
		m.p.loaded, m.p.offset, m.p.size, m.p.total = true, msg.off, m.listRows(), msg.total
		if m.p.cursor >= m.p.total && m.p.total > 0 {
			m.p.move(0)
			return m.load(false)
		}
	case tea.KeyPressMsg:
		if !m.p.move2(m.c.Keys, msg, m.listRows()) {
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
	case m.err != nil:
		return s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, m.err), w))
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
	b.WriteString(s.Heading.Render(fit(t.TabActions, max(w-width(count)-1, 0))) + " " + s.Subtle.Render(count))
	today := c.Now().Format(store.DateLayout)
	sel := m.p.index(len(m.items))
	for i, a := range m.items {
		mark := "○ "
		if a.Done != "" {
			mark = "● "
		}
		text := fit(mark+actionLine(t, a, today)+s.Subtle.Render(fmt.Sprintf("  #%d %s", a.EntryID, line(a.EntryTitle))), w)
		switch {
		case i == sel:
			text = s.Selected.Render(fit(mark+actionLine(t, a, today)+fmt.Sprintf("  #%d %s", a.EntryID, line(a.EntryTitle)), w))
		case a.Overdue(today):
			text = s.Bad.Render(text)
		}
		b.WriteString("\n" + text)
	}
	return b.String()
}
