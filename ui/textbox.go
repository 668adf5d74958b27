package ui

import (
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/rivo/uniseg"

	"vision2030/render"
)

// textbox edits text, one line or many, exactly as given: it never
// rewrites what it holds (CRLF, tabs and control characters stay as they
// are; a new line in a CRLF text is CRLF), so a field the user does not
// touch is saved byte for byte. It draws every character through
// render.VisibleRune, so controls and bidirectional overrides show as
// visible stand-ins while editing instead of acting on the terminal. The
// cursor moves by grapheme cluster. Library text inputs cannot do either
// (they normalise tabs and line ends, and draw the raw runes), which is why
// the forms have their own.
type textbox struct {
	runes       []rune
	cursor      int // a rune index, always at a cluster boundary
	multiline   bool
	width       int // cells of a line
	height      int // lines shown, when multiline
	top         int // the first line shown
	left        int // the first cell shown, on one line
	placeholder string
}

// cluster is one grapheme cluster of the text as drawn.
type cluster struct {
	start, end int    // runes
	text       string // as drawn
	w          int
	brk        bool // a line break (multiline)
}

// row is one line of the text as drawn: clusters [start, end).
type row struct{ start, end int }

// SetValue sets the text: the cursor at its end on one line, at its start
// (so that it shows from the start) on several.
func (b *textbox) SetValue(s string) {
	b.runes = []rune(s)
	b.cursor = len(b.runes)
	if b.multiline {
		b.cursor, b.top = 0, 0
	}
	b.follow()
}

func (b *textbox) Value() string { return string(b.runes) }

func (b *textbox) setSize(w, h int) {
	b.width, b.height = max(w, 1), max(h, 1)
	b.left = 0 // follow scrolls again from the start, the cursor at the right edge at most
	b.follow()
}

// crlf reports whether the text's lines end in CRLF.
func (b *textbox) crlf() bool { return strings.Contains(string(b.runes), "\r\n") }

func (b *textbox) clusters() []cluster {
	var out []cluster
	s := string(b.runes)
	state, pos := -1, 0
	for len(s) > 0 {
		var c string
		c, s, _, state = uniseg.StepString(s, state)
		n := len([]rune(c))
		cl := cluster{start: pos, end: pos + n}
		pos += n
		if b.multiline && (c == "\n" || c == "\r\n") {
			cl.brk = true
		} else {
			var d strings.Builder
			for _, r := range c {
				d.WriteString(render.VisibleRune(r))
			}
			cl.text = d.String()
			cl.w = render.Width(cl.text)
		}
		out = append(out, cl)
	}
	return out
}

// rows wraps the clusters to the width: at a line break, else at the last
// place that fits where render.Wrap would break (after a space, between
// Japanese characters where kinsoku allows: never before 、。」ー), else
// where the line is full.
func (b *textbox) rows(cs []cluster) []row {
	if !b.multiline {
		return []row{{0, len(cs)}}
	}
	// breakBefore reports whether a line may start at cs[k].
	breakBefore := func(k int) bool {
		prev, cur := cs[k-1], cs[k]
		if prev.text == " " {
			return cur.text != " "
		}
		return render.BreakBetween(prev.text, cur.text)
	}
	var rows []row
	start, x, opp := 0, 0, -1
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.brk {
			rows = append(rows, row{start, i + 1})
			start, x, opp = i+1, 0, -1
			continue
		}
		if x+c.w > b.width && i > start {
			end := i
			switch {
			case c.text == " ":
				end = i + 1 // a space that does not fit hangs at the line's end
			case breakBefore(i):
			case opp > start:
				end = opp
			}
			rows = append(rows, row{start, end})
			start, x, opp = end, 0, -1
			i = end - 1
			continue
		}
		if i > start && breakBefore(i) {
			opp = i
		}
		x += c.w
	}
	rows = append(rows, row{start, len(cs)})
	return rows
}

// at returns the cluster index of the cursor.
func at(cs []cluster, cursor int) int {
	for i, c := range cs {
		if c.start >= cursor {
			return i
		}
	}
	return len(cs)
}

// rowOf returns the row the cluster index ci is drawn in, and its column.
func rowOf(cs []cluster, rows []row, ci int) (int, int) {
	for r := len(rows) - 1; r >= 0; r-- {
		if ci >= rows[r].start {
			x := 0
			for _, c := range cs[rows[r].start:min(ci, len(cs))] {
				x += c.w
			}
			return r, x
		}
	}
	return 0, 0
}

// follow scrolls to the cursor.
func (b *textbox) follow() {
	cs := b.clusters()
	rows := b.rows(cs)
	r, x := rowOf(cs, rows, at(cs, b.cursor))
	if b.multiline {
		if r < b.top {
			b.top = r
		}
		if r >= b.top+b.height {
			b.top = r - b.height + 1
		}
		b.top = min(max(b.top, 0), max(len(rows)-1, 0))
		return
	}
	total := 0
	for _, c := range cs {
		total += c.w
	}
	switch {
	case total < b.width:
		b.left = 0 // it all fits, the cursor at its end too
	case x < b.left:
		b.left = x
	case x >= b.left+b.width:
		b.left = x - b.width + 1
	}
}

func (b *textbox) insert(s string) {
	if s == "" {
		return
	}
	add := []rune(s)
	b.runes = append(b.runes[:b.cursor], append(add, b.runes[b.cursor:]...)...)
	b.cursor += len(add)
	b.snap()
}

// snap moves the cursor to the start of the cluster it is inside.
func (b *textbox) snap() {
	for _, c := range b.clusters() {
		if b.cursor > c.start && b.cursor < c.end {
			b.cursor = c.end
			return
		}
	}
}

func (b *textbox) cut(from, to int) {
	from, to = max(from, 0), min(to, len(b.runes))
	if from >= to {
		return
	}
	b.runes = append(b.runes[:from], b.runes[to:]...)
	b.cursor = from
}

// wordStart is where the word before the cursor starts, wordEnd where the
// word after it ends.
func (b *textbox) wordStart() int {
	i := b.cursor
	for i > 0 && unicode.IsSpace(b.runes[i-1]) {
		i--
	}
	for i > 0 && !unicode.IsSpace(b.runes[i-1]) {
		i--
	}
	return i
}

func (b *textbox) wordEnd() int {
	i := b.cursor
	for i < len(b.runes) && unicode.IsSpace(b.runes[i]) {
		i++
	}
	for i < len(b.runes) && !unicode.IsSpace(b.runes[i]) {
		i++
	}
	return i
}

// lineStart and lineEnd bound the cursor's line of text.
func (b *textbox) lineStart() int {
	i := b.cursor
	for i > 0 && b.runes[i-1] != '\n' {
		i--
	}
	return i
}

func (b *textbox) lineEnd() int {
	i := b.cursor
	for i < len(b.runes) && b.runes[i] != '\n' && !(b.runes[i] == '\r' && i+1 < len(b.runes) && b.runes[i+1] == '\n') {
		i++
	}
	return i
}

// update edits or moves for a key, and reports whether it was the
// textbox's and whether the text changed.
func (b *textbox) update(msg tea.Msg) (handled, changed bool) {
	was := b.Value()
	defer b.follow()
	if p, ok := msg.(tea.PasteMsg); ok {
		b.insert(p.Content)
		return true, true
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return false, false
	}
	cs := b.clusters()
	ci := at(cs, b.cursor)
	switch k.String() {
	case "left", "ctrl+b":
		if ci > 0 {
			b.cursor = cs[ci-1].start
		}
	case "right", "ctrl+f":
		if ci < len(cs) {
			b.cursor = cs[ci].end
		}
	case "home", "ctrl+a":
		b.cursor = b.lineStart()
	case "end":
		b.cursor = b.lineEnd()
	case "ctrl+left", "alt+left", "alt+b":
		b.cursor = b.wordStart()
	case "ctrl+right", "alt+right", "alt+f":
		b.cursor = b.wordEnd()
	case "backspace", "ctrl+h":
		if ci > 0 {
			b.cut(cs[ci-1].start, b.cursor)
		}
	case "delete", "ctrl+d":
		if ci < len(cs) {
			b.cut(b.cursor, cs[ci].end)
		}
	case "ctrl+w", "alt+backspace":
		b.cut(b.wordStart(), b.cursor)
	case "alt+d", "alt+delete":
		b.cut(b.cursor, b.wordEnd())
	case "ctrl+u":
		b.cut(b.lineStart(), b.cursor)
	case "ctrl+k":
		b.cut(b.cursor, b.lineEnd())
	case "up", "down", "pgup", "pgdown":
		if !b.multiline {
			return false, false
		}
		rows := b.rows(cs)
		r, x := rowOf(cs, rows, ci)
		step := map[string]int{"up": -1, "down": 1, "pgup": -b.height, "pgdown": b.height}[k.String()]
		to := min(max(r+step, 0), len(rows)-1)
		if to == r {
			return true, false
		}
		b.cursor = b.atColumn(cs, rows[to], x)
	case "enter", "ctrl+j", "alt+enter", "shift+enter":
		if !b.multiline {
			return false, false
		}
		if b.crlf() {
			b.insert("\r\n")
		} else {
			b.insert("\n")
		}
	default:
		if k.Text == "" || k.Mod&(tea.ModCtrl|tea.ModAlt) != 0 {
			return false, false
		}
		b.insert(k.Text)
	}
	return true, b.Value() != was
}

// atColumn is the rune index of the cluster at column x of row r.
func (b *textbox) atColumn(cs []cluster, r row, x int) int {
	pos := 0
	for i := r.start; i < r.end; i++ {
		if cs[i].brk || pos+cs[i].w > x {
			return cs[i].start
		}
		pos += cs[i].w
	}
	if r.end < len(cs) && r.end > r.start {
		return cs[r.end-1].start // the end of a wrapped line is the next line's start
	}
	return len(b.runes)
}

// view draws the text: one line scrolled to the cursor, or height lines.
// The cursor is drawn in the cursor style when focused.
func (b *textbox) view(text, cursor, placeholder lipgloss.Style, focused bool) string {
	cs := b.clusters()
	if len(cs) == 0 && b.placeholder != "" && !focused {
		return placeholder.Render(render.Truncate(b.placeholder, b.width))
	}
	ci := at(cs, b.cursor)
	rows := b.rows(cs)
	first, last := 0, 1
	if b.multiline {
		first, last = b.top, min(b.top+b.height, len(rows))
	}
	var out []string
	for r := first; r < last; r++ {
		var line strings.Builder
		x := 0
		for i := rows[r].start; i < rows[r].end; i++ {
			c := cs[i]
			if !b.multiline && x < b.left {
				x += c.w
				continue
			}
			if !b.multiline && x-b.left+c.w > b.width {
				break
			}
			if b.multiline && x+c.w > b.width && !(focused && i == ci) {
				continue // a hanging space
			}
			switch {
			case focused && i == ci && c.brk:
				line.WriteString(cursor.Render(" "))
			case focused && i == ci:
				line.WriteString(cursor.Render(c.text))
			case !c.brk:
				line.WriteString(text.Render(c.text))
			}
			x += c.w
		}
		if focused && ci == len(cs) && r == len(rows)-1 {
			line.WriteString(cursor.Render(" "))
		}
		out = append(out, line.String())
	}
	if len(cs) == 0 && b.placeholder != "" {
		out = []string{cursor.Render(" ") + placeholder.Render(render.Truncate(b.placeholder, max(b.width-1, 1)))}
	}
	return strings.Join(out, "\n")
}

// lines is how many lines the text takes at the width.
func (b *textbox) lines() int {
	if !b.multiline {
		return 1
	}
	return len(b.rows(b.clusters()))
}
