package ui

import (
	"context"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"vision2030/store"
)

// entriesScreen is the log of entries, newest first, paged through SQL, with
// a detail pane for the selected entry.
type entriesScreen struct {
	c    *Common
	p    pager
	page store.EntryPage
	err  error
}

type entriesMsg struct {
	seq  int
	page store.EntryPage
	err  error
}

// entryFocusMsg moves the cursor to the entry at a position, after an add.
type entryFocusMsg struct {
	pos int
	err error
}

// listRows is how many entries fit in the list.
func (m *entriesScreen) listRows() int {
	h := m.c.BodyHeight() - 1 // the header line
	if !m.sideBySide() {
		h = h / 2
	}
	return max(h, 1)
}

func (m *entriesScreen) sideBySide() bool { return m.c.Width >= 100 }

// load fetches the page that holds the cursor, if it is not loaded.
func (m *entriesScreen) load(force bool) tea.Cmd {
	rows := m.listRows()
	off := m.p.wantOffset(rows)
	if off < 0 && !force {
		return nil
	}
	if off < 0 {
		off = m.p.offset
	}
	m.p.seq++
	seq, st := m.p.seq, m.c.Store
	return func() tea.Msg {
		page, err := st.Entries(context.Background(), off, rows)
		return entriesMsg{seq, page, err}
	}
}

// focus moves the cursor to the entry id once its position is known.
func (m *entriesScreen) focus(id int64) tea.Cmd {
	st := m.c.Store
	return func() tea.Msg {
		pos, err := st.EntryPosition(context.Background(), store.Filter{}, id)
		return entryFocusMsg{pos, err}
	}
}

func (m *entriesScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case entriesMsg:
		if msg.seq != m.p.seq {
			return nil
		}
		m.err = msg.err
		if msg.err != nil {
			return nil
		}
		m.page = msg.page
		m.p.loaded, m.p.offset, m.p.size, m.p.total = true, msg.page.Offset, m.listRows(), msg.page.Total
		if m.p.cursor >= m.p.total {
			m.p.move(0)
			return m.load(false)
		}
	case entryFocusMsg:
		if msg.err == nil {
			m.p.cursor = msg.pos
			m.p.total = max(m.p.total, msg.pos+1)
		}
		return m.load(true)
	case tea.KeyPressMsg:
		k, rows := m.c.Keys, m.listRows()
		switch {
		case matches(msg, k.Down):
			m.p.move(1)
		case matches(msg, k.Up):
			m.p.move(-1)
		case matches(msg, k.PageDown):
			m.p.move(rows)
		case matches(msg, k.PageUp):
			m.p.move(-rows)
		case matches(msg, k.Top):
			m.p.move(-m.p.total)
		case matches(msg, k.Bottom):
			m.p.move(m.p.total)
		default:
			return nil
		}
		return m.load(false)
	}
	return nil
}

func (m *entriesScreen) view() string {
	c, s, t := m.c, m.c.Styles, m.c.T
	w, h := c.Width, c.BodyHeight()
	if m.err != nil {
		return s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, m.err), w))
	}
	if !m.p.loaded {
		return s.Subtle.Render(t.Loading)
	}
	if m.p.total == 0 {
		return s.Subtle.Render(wrap(t.NoEntries, w))
	}
	listW, detailW := w, w
	if m.sideBySide() {
		listW = w * 55 / 100
		detailW = w - listW
	}
	var list strings.Builder
	count := fmt.Sprintf(t.EntriesCount, m.p.cursor+1, m.p.total)
	list.WriteString(s.Heading.Render(fit(t.TabEntries, max(listW-width(count)-1, 0))) + " " + s.Subtle.Render(count))
	sel := m.p.index(len(m.page.Entries))
	for i, e := range m.page.Entries {
		list.WriteString("\n" + m.row(e, listW, i == sel))
	}
	var detail string
	if sel >= 0 {
		detail = m.detail(m.page.Entries[sel], detailW)
	}
	if m.sideBySide() {
		left := clip(list.String(), listW, h)
		right := clip(s.Pane.Render(detail), detailW, h)
		return joinColumns(left, listW, right)
	}
	top := clip(list.String(), w, m.listRows()+1)
	rest := h - m.listRows() - 1
	return top + "\n" + clip(s.Subtle.Render(strings.Repeat("─", w))+"\n"+detail, w, rest)
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
	s, t := m.c.Styles, m.c.T
	inner := max(w-2, 1) // the pane's border and padding
	var b strings.Builder
	b.WriteString(s.Value.Bold(true).Render(wrap(line(e.Title), inner)) + "\n")
	field := func(label, value string) {
		lw := 10
		b.WriteString(s.Label.Render(fit(label, lw)) + wrapIndent(value, inner-lw, lw) + "\n")
	}
	field(t.DetailDate, e.Date)
	kind := t.EntryKind(e.Kind)
	if e.Kind == store.KindRequest {
		dash := func(d string) string {
			if d == "" {
				return t.NoValue
			}
			return d
		}
		kind += " · " + fmt.Sprintf(t.DetailRequest, dash(e.Opened), dash(e.FirstResponse), dash(e.Closed))
		if e.CameFirst {
			kind += " · " + t.DetailCameFirst
		}
	}
	field(t.DetailKind, kind)
	field(t.DetailPartners, line(partnerLabels(e.Partners)))
	var goals []string
	for _, g := range e.Goals {
		goals = append(goals, fmt.Sprintf("%d %s", g, line(m.c.goalTitle(g))))
	}
	field(t.DetailGoals, strings.Join(goals, "; "))
	field(t.DetailAuthor, line(e.Author))
	b.WriteString("\n" + wrap(clean(e.Summary), inner))
	return b.String()
}

// wrapIndent wraps v to w cells and indents every line after the first.
func wrapIndent(v string, w, indent int) string {
	return strings.ReplaceAll(wrap(v, max(w, 1)), "\n", "\n"+strings.Repeat(" ", indent))
}

// joinColumns puts two blocks side by side, the left one padded to lw cells.
func joinColumns(left string, lw int, right string) string {
	l, r := strings.Split(left, "\n"), strings.Split(right, "\n")
	n := max(len(l), len(r))
	out := make([]string, n)
	for i := range n {
		var a, b string
		if i < len(l) {
			a = l[i]
		}
		if i < len(r) {
			b = r[i]
		}
		out[i] = fit(a, lw) + b
	}
	return strings.Join(out, "\n")
}
