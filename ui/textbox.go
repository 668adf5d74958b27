package ui

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	fresh       bool // set and not typed in since: see SetValue

	// The text as drawn, kept between keys: a long text is measured and
	// wrapped again only in the line of text that changed.
	lay     *boxLayout
	cache   map[string]*lineLayout // by the text of a line (between new lines)
	cacheW  int                    // the width cache was wrapped at
	version int                    // moves on with every change of the text
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

// lineLayout is one line of text (up to a new line, or the whole text of
// a one-line box) as drawn: its clusters, starts counted from the line's
// first rune, and its rows at the box's width.
type lineLayout struct {
	cs   []cluster
	rows []row
	w    int // cells in all
}

// lineAt is a line of the text where it is: its first rune, cluster and
// row in the whole text, how many runes it has and the runes of the break
// after it (0 for none, 1 LF, 2 CRLF). The break is a cluster of its own,
// the last of the line's last row.
type lineAt struct {
	*lineLayout
	rune0, c0, r0 int
	runes, brk    int
}

// boxLayout is the text as drawn: its lines, found by binary search, so
// that a key looks at the lines it touches and no more.
type boxLayout struct {
	lines  []lineAt
	n      int // clusters
	nrows  int
	nrunes int
}

func (l *lineAt) clusters() int { return len(l.cs) + min(l.brk, 1) }

// line returns the index of the line that holds cluster i (the last for
// i past the end).
func (l *boxLayout) line(i int) int {
	return max(sort.Search(len(l.lines), func(k int) bool { return l.lines[k].c0 > i })-1, 0)
}

// cluster returns cluster i of the text, its runes counted from the text's
// start.
func (l *boxLayout) cluster(i int) cluster {
	ln := &l.lines[l.line(i)]
	j := i - ln.c0
	if j < len(ln.cs) {
		c := ln.cs[j]
		c.start += ln.rune0
		c.end += ln.rune0
		return c
	}
	start := ln.rune0 + ln.runes
	return cluster{start: start, end: start + ln.brk, brk: true}
}

// row returns row r of the text, in clusters of the text.
func (l *boxLayout) row(r int) row {
	k := max(sort.Search(len(l.lines), func(k int) bool { return l.lines[k].r0 > r })-1, 0)
	ln := &l.lines[k]
	j := r - ln.r0
	out := row{ln.rows[j].start + ln.c0, ln.rows[j].end + ln.c0}
	if j == len(ln.rows)-1 && ln.brk > 0 {
		out.end++ // the break
	}
	return out
}

// at returns the index of the cluster at the cursor (a rune index at a
// cluster boundary): the first that starts there or after.
func (l *boxLayout) at(cursor int) int {
	k := max(sort.Search(len(l.lines), func(k int) bool { return l.lines[k].rune0 > cursor })-1, 0)
	ln := &l.lines[k]
	rel := cursor - ln.rune0
	if rel > ln.runes && ln.brk > 0 {
		return ln.c0 + len(ln.cs) + 1 // inside the break: the next line's first
	}
	return ln.c0 + sort.Search(len(ln.cs), func(j int) bool { return ln.cs[j].start >= rel })
}

// rowOf returns the row cluster ci is drawn in, and its column.
func (l *boxLayout) rowOf(ci int) (int, int) {
	ln := &l.lines[l.line(ci)]
	j := ci - ln.c0
	r := max(sort.Search(len(ln.rows), func(k int) bool { return ln.rows[k].start > j })-1, 0)
	x := 0
	for _, c := range ln.cs[ln.rows[r].start:min(j, len(ln.cs))] {
		x += c.w
	}
	return ln.r0 + r, x
}

// SetValue sets the text: the cursor at its end on one line, at its start
// (so that it shows from the start) on several. A line wider than the box
// opens showing its start, the cursor there, until the first key.
func (b *textbox) SetValue(s string) {
	b.runes = []rune(s)
	b.changed()
	b.cursor = len(b.runes)
	b.fresh = true
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

// changed follows a change of the text: it is laid out again.
func (b *textbox) changed() {
	b.lay = nil
	b.version++
}

// crlf reports whether the text's lines end in CRLF.
func (b *textbox) crlf() bool {
	for i := 1; i < len(b.runes); i++ {
		if b.runes[i] == '\n' && b.runes[i-1] == '\r' {
			return true
		}
	}
	return false
}

// layout is the text as drawn at the box's width. Each line of text (up
// to a new line) is segmented, measured and wrapped once, and kept until
// it changes or the width does.
func (b *textbox) layout() *boxLayout {
	if b.lay != nil && b.cacheW == b.width {
		return b.lay
	}
	if b.cacheW != b.width {
		b.cache = nil
	}
	old := b.cache
	b.cache, b.cacheW = map[string]*lineLayout{}, b.width
	lay := &boxLayout{nrunes: len(b.runes)}
	add := func(runes []rune, from, brk int) {
		key := string(runes)
		l, ok := b.cache[key]
		if !ok {
			l, ok = old[key]
		}
		if !ok {
			cs := clustersOf(key)
			l = &lineLayout{cs: cs, rows: b.wrap(cs)}
			for _, c := range cs {
				l.w += c.w
			}
		}
		b.cache[key] = l
		ln := lineAt{lineLayout: l, rune0: from, c0: lay.n, r0: lay.nrows, runes: len(runes), brk: brk}
		lay.lines = append(lay.lines, ln)
		lay.n += ln.clusters()
		lay.nrows += len(l.rows)
	}
	if !b.multiline {
		add(b.runes, 0, 0)
		b.lay = lay
		return lay
	}
	start := 0
	for i, r := range b.runes {
		if r != '\n' {
			continue
		}
		end := i
		if end > start && b.runes[end-1] == '\r' {
			end-- // CRLF is one cluster, the break
		}
		add(b.runes[start:end], start, i+1-end)
		start = i + 1
	}
	add(b.runes[start:], start, 0)
	b.lay = lay
	return lay
}

// clustersOf segments s (a line of text, or the whole of a one-line box)
// into the clusters it is drawn as, their starts counted in runes from 0.
func clustersOf(s string) []cluster {
	var out []cluster
	state, pos := -1, 0
	for len(s) > 0 {
		var c string
		c, s, _, state = uniseg.StepString(s, state)
		n := utf8.RuneCountInString(c)
		cl := cluster{start: pos, end: pos + n}
		pos += n
		var d strings.Builder
		for _, r := range c {
			d.WriteString(render.VisibleRune(r))
		}
		cl.text = d.String()
		cl.w = render.Width(cl.text)
		out = append(out, cl)
	}
	return out
}

// wrap wraps the clusters of one line of text (no breaks in it) to the
// width: at the last place that fits where render.Wrap would break (after
// a space, between Japanese characters where kinsoku allows: never before
// 、。」ー), else where the line is full. One line of a one-line box is one
// row.
func (b *textbox) wrap(cs []cluster) []row {
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
	return append(rows, row{start, len(cs)})
}

// follow scrolls to the cursor.
func (b *textbox) follow() {
	lay := b.layout()
	r, x := lay.rowOf(lay.at(b.cursor))
	if b.multiline {
		if r < b.top {
			b.top = r
		}
		if r >= b.top+b.height {
			b.top = r - b.height + 1
		}
		b.top = min(max(b.top, 0), max(lay.nrows-1, 0))
		return
	}
	if b.fresh {
		// Not typed in yet: the start of a line wider than the box, else
		// the cursor at the end.
		if lay.lines[0].w >= b.width {
			b.cursor, b.left = 0, 0
			return
		}
		b.cursor = len(b.runes)
	}
	switch {
	case lay.lines[0].w < b.width:
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
	b.changed()
	b.cursor += len(add)
	b.snap()
}

// snap moves the cursor to the end of the cluster it is inside.
func (b *textbox) snap() {
	lay := b.layout()
	if i := lay.at(b.cursor+1) - 1; i >= 0 {
		if c := lay.cluster(i); b.cursor > c.start && b.cursor < c.end {
			b.cursor = c.end
		}
	}
}

func (b *textbox) cut(from, to int) {
	from, to = max(from, 0), min(to, len(b.runes))
	if from >= to {
		return
	}
	b.runes = append(b.runes[:from], b.runes[to:]...)
	b.changed()
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

// pasted is pasted text as the box takes it. Control characters other
// than tab, CR and LF (the rest of C0, DEL) are dropped: a paste carries
// no meaning in them, and they would show as stand-ins. Terminals paste
// lines separated by CR: in a box of several lines a CR, an LF or a CRLF
// becomes the box's line break (CRLF if its text already uses CRLF, else
// LF). In a one-line box a tab becomes a space, and a run of line breaks,
// with the spaces and tabs around it, becomes one space, as every screen
// shows it. Text already in the box is left as it is.
func (b *textbox) pasted(s string) string {
	s = strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\r' && r != '\n') || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if !b.multiline {
		s = strings.ReplaceAll(s, "\t", " ")
		return pastedBreaks.ReplaceAllString(s, " ")
	}
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	brk := "\n"
	if b.crlf() {
		brk = "\r\n"
	}
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			out.WriteString(brk)
		case '\n':
			out.WriteString(brk)
		default:
			out.WriteByte(s[i])
		}
	}
	return out.String()
}

// pastedBreaks is a run of line breaks with the blanks around it, as a
// one-line box takes it from a paste (tabs are spaces by then).
var pastedBreaks = regexp.MustCompile(`[ ]*[\r\n][ \r\n]*`)

// update edits or moves for a key, and reports whether it was the
// textbox's and whether the text changed.
func (b *textbox) update(msg tea.Msg) (handled, changed bool) {
	was := b.version
	b.fresh = false
	defer b.follow()
	if p, ok := msg.(tea.PasteMsg); ok {
		b.insert(b.pasted(p.Content))
		return true, b.version != was
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return false, false
	}
	lay := b.layout()
	ci := lay.at(b.cursor)
	switch k.String() {
	case "left", "ctrl+b":
		if ci > 0 {
			b.cursor = lay.cluster(ci - 1).start
		}
	case "right", "ctrl+f":
		if ci < lay.n {
			b.cursor = lay.cluster(ci).end
		}
	case "home", "ctrl+a":
		b.cursor = b.lineStart()
	case "end":
		b.cursor = b.lineEnd()
	case "ctrl+home", "ctrl+end":
		// The start or end of the whole text, in a box of several lines
		// (in one line home and end do it).
		if !b.multiline {
			return false, false
		}
		b.cursor = 0
		if k.String() == "ctrl+end" {
			b.cursor = len(b.runes)
		}
	case "ctrl+left", "alt+left", "alt+b":
		b.cursor = b.wordStart()
	case "ctrl+right", "alt+right", "alt+f":
		b.cursor = b.wordEnd()
	case "backspace", "ctrl+h":
		if ci > 0 {
			b.cut(lay.cluster(ci-1).start, b.cursor)
		}
	case "delete", "ctrl+d":
		if ci < lay.n {
			b.cut(b.cursor, lay.cluster(ci).end)
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
		r, x := lay.rowOf(ci)
		step := map[string]int{"up": -1, "down": 1, "pgup": -b.height, "pgdown": b.height}[k.String()]
		to := min(max(r+step, 0), lay.nrows-1)
		if to == r {
			return true, false
		}
		b.cursor = lay.atColumn(lay.row(to), x)
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
	return true, b.version != was
}

// atColumn is the rune index of the cluster at column x of row r.
func (l *boxLayout) atColumn(r row, x int) int {
	pos := 0
	for i := r.start; i < r.end; i++ {
		c := l.cluster(i)
		if c.brk || pos+c.w > x {
			return c.start
		}
		pos += c.w
	}
	if r.end < l.n && r.end > r.start {
		return l.cluster(r.end - 1).start // the end of a wrapped line is the next line's start
	}
	return l.nrunes
}

// view draws the text: one line scrolled to the cursor, or height lines.
// The cursor is drawn in the cursor style when focused. Only the rows
// shown are drawn, each run of text between the cursor and the row's ends
// styled at once.
func (b *textbox) view(text, cursor, placeholder lipgloss.Style, focused bool) string {
	lay := b.layout()
	if lay.n == 0 && b.placeholder != "" && !focused {
		return b.placeholderView(placeholder, "", "")
	}
	ci := lay.at(b.cursor)
	left := b.left
	if !focused {
		left = 0 // a field not being typed in shows its start
	}
	first, last := 0, 1
	if b.multiline {
		first, last = b.top, min(b.top+b.height, lay.nrows)
	}
	var out []string
	for r := first; r < last; r++ {
		var line, run strings.Builder
		flush := func() {
			if run.Len() > 0 {
				line.WriteString(text.Render(run.String()))
				run.Reset()
			}
		}
		x := 0
		rw := lay.row(r)
		for i := rw.start; i < rw.end; i++ {
			c := lay.cluster(i)
			if !b.multiline && x < left {
				x += c.w
				continue
			}
			if !b.multiline && x-left+c.w > b.width {
				break
			}
			if b.multiline && x+c.w > b.width && !(focused && i == ci) {
				continue // a hanging space
			}
			switch {
			case focused && i == ci && c.brk:
				flush()
				line.WriteString(cursor.Render(" "))
			case focused && i == ci:
				flush()
				line.WriteString(cursor.Render(c.text))
			case !c.brk:
				run.WriteString(c.text)
			}
			x += c.w
		}
		flush()
		if focused && ci == lay.n && r == lay.nrows-1 {
			line.WriteString(cursor.Render(" "))
		}
		out = append(out, line.String())
	}
	if lay.n == 0 && b.placeholder != "" {
		return b.placeholderView(placeholder, cursor.Render(" "), " ")
	}
	return strings.Join(out, "\n")
}

// placeholderView draws the placeholder after first (the cursor, when
// focused) and indented by indent on the lines after: wrapped over the
// box's lines when it has several, else cut to its one line.
func (b *textbox) placeholderView(style lipgloss.Style, first, indent string) string {
	w := max(b.width-render.Width(indent), 1)
	if !b.multiline {
		return first + style.Render(render.Truncate(b.placeholder, w))
	}
	lines := strings.Split(render.Wrap(b.placeholder, w), "\n")
	if len(lines) > b.height {
		lines = lines[:b.height]
		lines[len(lines)-1] = render.Truncate(lines[len(lines)-1]+" "+render.Glyphs().Ellipsis, w)
	}
	for i, l := range lines {
		lead := indent
		if i == 0 {
			lead = first
		}
		lines[i] = lead + style.Render(l)
	}
	return strings.Join(lines, "\n")
}
