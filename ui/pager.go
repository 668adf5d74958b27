package ui

import tea "charm.land/bubbletea/v2"

// step moves position pos in a list of n rows for a navigation key, page
// rows at a time for page keys, and reports whether msg was one.
func step(k KeyMap, msg tea.KeyPressMsg, pos, n, page int) (int, bool) {
	switch {
	case matches(msg, k.Down):
		pos++
	case matches(msg, k.Up):
		pos--
	case matches(msg, k.PageDown):
		pos += max(page, 1)
	case matches(msg, k.PageUp):
		pos -= max(page, 1)
	case matches(msg, k.Top):
		pos = 0
	case matches(msg, k.Bottom):
		pos = n - 1
	default:
		return pos, false
	}
	return min(max(pos, 0), max(n-1, 0)), true
}

// pager is a cursor over a list that lives in the database: only the page
// around the cursor is loaded. Screens ask for a new page when the cursor
// leaves the loaded one.
type pager struct {
	cursor, total int
	offset, size  int   // the loaded page
	loaded        bool  // whether a page has arrived
	seq           int   // the newest request; older answers are dropped
	err           error // why the newest request failed
}

// key moves the cursor for a navigation key and reports whether msg was
// one.
func (p *pager) key(k KeyMap, msg tea.KeyPressMsg, rows int) bool {
	var ok bool
	p.cursor, ok = step(k, msg, p.cursor, p.total, rows)
	return ok
}

// request returns the offset and sequence number of a request for the page
// of rows that holds the cursor, or false if that page is loaded already
// (unless force, which asks for the loaded page again).
func (p *pager) request(rows int, force bool) (offset, seq int, ok bool) {
	rows = max(rows, 1)
	off := p.cursor - p.cursor%rows
	if p.loaded && off == p.offset && rows == p.size {
		if !force {
			return 0, 0, false
		}
		off = p.offset
	}
	p.seq++
	return off, p.seq, true
}

// arrived records the answer to request seq: a page of rows from offset, of
// total in all, or err. It reports false for the answer to an older request
// or a failed one, and refetch when the list has shrunk under the cursor,
// which then moves to the last row.
func (p *pager) arrived(seq, offset, rows, total int, err error) (ok, refetch bool) {
	if seq != p.seq {
		return false, false
	}
	if p.err = err; err != nil {
		return false, false
	}
	p.loaded, p.offset, p.size, p.total = true, offset, rows, total
	if p.cursor >= total && total > 0 {
		p.cursor = total - 1
		return true, true
	}
	return true, false
}

// index is the cursor's row in the loaded page, or -1.
func (p *pager) index(n int) int {
	i := p.cursor - p.offset
	if i < 0 || i >= n {
		return -1
	}
	return i
}
