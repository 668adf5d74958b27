package ui

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/render"
)

// loader runs one kind of query for a screen: each new one cancels the one
// before (a newer keystroke supersedes an older query), and answers are
// told apart by their number, so a late answer to an old query is dropped.
type loader struct {
	seq    int
	cancel context.CancelFunc
}

// next cancels the query in flight and returns the context and number of
// the next one.
func (l *loader) next(c *Common) (context.Context, int) {
	l.stop()
	ctx, cancel := context.WithCancel(c.Context())
	l.cancel = cancel
	l.seq++
	return ctx, l.seq
}

// stop cancels the query in flight, if any.
func (l *loader) stop() {
	if l.cancel != nil {
		l.cancel()
		l.cancel = nil
	}
}

// list is a cursor over rows that may live in the database: only a block
// around the visible window is loaded. It scrolls line by line, moving the
// window only as far as the cursor needs, and the last page fills the
// window.
type list[T any] struct {
	cursor, top int // the selected row; the first visible row
	height      int // visible rows
	total       int
	from        int // rows[i] is row from+i
	rows        []T
	loaded      bool
	err         error
	ld          loader
}

// setAll makes the list rows, all of them in memory.
func (l *list[T]) setAll(rows []T) {
	l.from, l.rows, l.total, l.loaded, l.err = 0, rows, len(rows), true, nil
	l.clamp()
}

func (l *list[T]) setHeight(h int) {
	h = max(h, 1)
	if h > l.height {
		// Taller: the rows above come back into view first.
		l.top = max(l.top-(h-l.height), 0)
	}
	l.height = h
	l.clamp()
}

// clamp keeps the cursor on a row and in the window, and the window on the
// rows.
func (l *list[T]) clamp() {
	l.cursor = min(max(l.cursor, 0), max(l.total-1, 0))
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if l.cursor >= l.top+l.height {
		l.top = l.cursor - l.height + 1
	}
	l.top = min(max(l.top, 0), max(l.total-l.height, 0))
}

// move handles a navigation key and reports whether msg was one.
func (l *list[T]) move(k *KeyMap, msg tea.KeyPressMsg) bool {
	switch {
	case matches(msg, k.Down):
		l.cursor++
	case matches(msg, k.Up):
		l.cursor--
	case matches(msg, k.PageDown):
		l.cursor += l.height
		l.top += l.height
	case matches(msg, k.PageUp):
		l.cursor -= l.height
		l.top -= l.height
	case matches(msg, k.Top):
		l.cursor, l.top = 0, 0
	case matches(msg, k.Bottom):
		l.cursor, l.top = l.total-1, l.total-l.height
	default:
		return false
	}
	l.clamp()
	return true
}

// scroll moves the window by delta rows (the wheel), taking the cursor
// along when it would leave it.
func (l *list[T]) scroll(delta int) {
	l.top = min(max(l.top+delta, 0), max(l.total-l.height, 0))
	l.cursor = min(max(l.cursor, l.top), l.top+l.height-1)
	l.clamp()
}

// clickRow selects visible row y and reports whether it was selected
// already (a second click, which opens).
func (l *list[T]) clickRow(y int) (again, ok bool) {
	i := l.top + y
	if y < 0 || y >= l.height || i >= l.total {
		return false, false
	}
	again = i == l.cursor
	l.cursor = i
	l.clamp()
	return again, true
}

// need returns the block of rows to load for the window, or false when it
// is loaded: three windows' worth around it, so that moving line by line
// asks for a block only now and then.
func (l *list[T]) need(force bool) (from, n int, ok bool) {
	if !force && l.loaded && l.top >= l.from && min(l.top+l.height, l.total) <= l.from+len(l.rows) {
		return 0, 0, false
	}
	from = max(l.top-l.height, 0)
	return from, 3 * l.height, true
}

// arrived records a block of rows from row from, of total rows in all. The
// cursor stays on its row, moved up when the list has shrunk under it.
func (l *list[T]) arrived(from int, rows []T, total int) {
	l.from, l.rows, l.total, l.loaded, l.err = from, rows, total, true, nil
	l.clamp()
}

// at returns row i if it is loaded.
func (l *list[T]) at(i int) (T, bool) {
	var zero T
	if i < l.from || i >= l.from+len(l.rows) || i >= l.total {
		return zero, false
	}
	return l.rows[i-l.from], true
}

// selected returns the row under the cursor, if loaded.
func (l *list[T]) selected() (T, bool) { return l.at(l.cursor) }

// table draws the visible rows as a table w cells wide: a header, then one
// line per row, the selected one marked with the marker glyph as well as
// the selection style, so that it shows without colour. Rows not loaded
// yet show the ellipsis. cells gives a row's cells; style a cell's style
// (nil for none); fixed marks the columns never narrowed (after the
// marker's).
func (l *list[T]) table(c *Common, w int, head []string, cells func(T) []string, style func(T, int) lipgloss.Style, fixed ...int) string {
	s, g := c.Styles, render.Glyphs()
	tb := render.NewTable(append([]string{""}, head...)...).MaxWidth(w).HeaderStyle(s.Label).Fixed(0)
	for _, f := range fixed {
		tb.Fixed(f + 1)
	}
	var shown []T
	var have []bool
	sel := -1
	for i := l.top; i < min(l.top+l.height, l.total); i++ {
		r, ok := l.at(i)
		shown, have = append(shown, r), append(have, ok)
		mark := " "
		if i == l.cursor {
			mark, sel = g.Marker, len(shown)-1
		}
		if !ok {
			tb.Row(mark, g.Ellipsis)
			continue
		}
		tb.Row(append([]string{mark}, cells(r)...)...)
	}
	tb.Selected(sel, s.Selected)
	tb.CellStyle(func(row, col int) lipgloss.Style {
		switch {
		case col == 0:
			return s.Marker
		case style == nil || !have[row]:
			return lipgloss.NewStyle()
		}
		return style(shown[row], col-1)
	})
	return tb.String()
}

// counter says where the cursor is: "3 of 120".
func (l *list[T]) counter(c *Common) string {
	if l.total == 0 {
		return ""
	}
	return c.T.CountOf(l.cursor+1, l.total)
}

// padLines makes s exactly h lines, adding empty ones.
func padLines(s string, h int) string {
	n := strings.Count(s, "\n") + 1
	if s == "" {
		n = 0
	}
	if n >= h {
		return s
	}
	if s == "" {
		return strings.Repeat("\n", h-1)
	}
	return s + strings.Repeat("\n", h-n)
}

// positionMsg says which row of its list a record is on now (ok false: it
// is not in the list), so that the cursor can stay on it after a reload.
type positionMsg struct {
	to
	seq, pos int
	ok       bool
}

// position asks, off the update loop, where a record is: find answers with
// its row.
func position(to to, seq int, find func() (int, error)) tea.Cmd {
	return func() tea.Msg {
		pos, err := find()
		return positionMsg{to, seq, pos, err == nil}
	}
}

// place puts the cursor on row pos, which may not be loaded yet.
func (l *list[T]) place(pos int) {
	l.cursor = pos
	l.total = max(l.total, pos+1)
	l.clamp()
}
