package ui

import "strings"

// The partners and entries screens are a list with a detail pane for the
// selected row: side by side on a wide terminal, the list above the detail
// on a narrow one.

// sideBySide reports whether the terminal is wide enough to put the detail
// beside the list.
func (c *Common) sideBySide() bool { return c.Width >= 100 }

// listRows is how many rows of a list fit, when reserved lines above the
// list (a filter bar) are taken.
func (c *Common) listRows(reserved int) int {
	h := c.BodyHeight() - 1 - reserved // the list's heading
	if !c.sideBySide() {
		h /= 2
	}
	return max(h, 1)
}

// listWidths splits the width between the list and the detail.
func (c *Common) listWidths() (list, detail int) {
	if c.sideBySide() {
		list = c.Width * 55 / 100
		return list, c.Width - list
	}
	return c.Width, c.Width
}

// listDetail lays out a list (its heading line and its rows, drawn listW
// wide) and the detail of the selected row, in h lines.
func (c *Common) listDetail(list []string, detail string, h int) string {
	s, w := c.Styles, c.Width
	listW, detailW := c.listWidths()
	block := strings.Join(list, "\n")
	if c.sideBySide() {
		return joinColumns(clip(block, listW, h), listW, clip(s.Pane.Render(detail), detailW, h))
	}
	rows := c.listRows(c.BodyHeight() - h)
	return clip(block, w, rows+1) + "\n" + clip(s.Subtle.Render(strings.Repeat("─", w))+"\n"+detail, w, h-rows-1)
}

// listHeading is a list's title, with a count right-aligned in w cells.
func (c *Common) listHeading(title, count string, w int) string {
	s := c.Styles
	return s.Heading.Render(fit(title, max(w-width(count)-1, 0))) + " " + s.Subtle.Render(count)
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
