package ui

import tea "charm.land/bubbletea/v2"

// pager is a cursor over a list that lives in the database: only the page
// around the cursor is loaded. Screens ask for a new page when the cursor
// leaves the loaded one.
type pager struct {
	cursor, total int
	offset, size  int  // the loaded page
	loaded        bool // whether a page has arrived
	seq           int  // the newest request; older answers are dropped
}

// move moves the cursor by d rows, staying in range.
func (p *pager) move(d int) {
	p.cursor = min(max(p.cursor+d, 0), max(p.total-1, 0))
}

// wantOffset is the offset of the page that holds the cursor, for a page of
// size rows, or -1 if that page is already loaded.
func (p *pager) wantOffset(rows int) int {
	rows = max(rows, 1)
	off := p.cursor - p.cursor%rows
	if p.loaded && off == p.offset && rows == p.size {
		return -1
	}
	return off
}

// index is the cursor's row in the loaded page, or -1.
func (p *pager) index(n int) int {
	i := p.cursor - p.offset
	if i < 0 || i >= n {
		return -1
	}
	return i
}

// move2 moves the cursor for a navigation key and reports whether msg was
// one.
func (p *pager) move2(k KeyMap, msg tea.KeyPressMsg, rows int) bool {
	switch {
	case matches(msg, k.Down):
		p.move(1)
	case matches(msg, k.Up):
		p.move(-1)
	case matches(msg, k.PageDown):
		p.move(rows)
	case matches(msg, k.PageUp):
		p.move(-rows)
	case matches(msg, k.Top):
		p.move(-p.total)
	case matches(msg, k.Bottom):
		p.move(p.total)
	default:
		return false
	}
	return true
}
