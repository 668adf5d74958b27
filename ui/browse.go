package ui

import (
	"charm.land/bubbles/v2/viewport"
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/render"
	"vision2030/store"
)

// What the list screens (entries, partners, actions) share: the `/` filter
// bar, and the layout of a list with the detail of the selected row beside
// it on a wide terminal, under it on a narrow one.

// filterBar is the line a list is filtered with. While it has the keys
// every key is text; enter, tab or ↓ go back to the list keeping the
// filter, esc clears it.
type filterBar struct {
	box    textbox
	typing bool
	// err is what is wrong with the filter, in the user's words: it does
	// not parse, or it names a goal, partner or country the file does not
	// have. While it is set the list shows no rows.
	err string
}

// failed reports whether the filter has an error: the screen then shows
// the bar and its error, and no rows.
func (b *filterBar) failed() bool { return b.err != "" }

// setErr takes err, a filter's mistake (a *store.FilterError, from
// parsing or from the store), as the bar's error and reports whether it
// was one; any other error is left to the list.
func (b *filterBar) setErr(c *Common, err error) bool {
	var fe *store.FilterError
	if !errors.As(err, &fe) {
		return false
	}
	b.err = c.filterMessage(fe)
	return true
}

// shown reports whether the bar takes a line.
func (b *filterBar) shown() bool { return b.typing || b.box.Value() != "" }

func (b *filterBar) start() { b.typing = true }

// key handles a key or a paste while typing. It reports whether the text
// changed, and whether the bar came or went (the screen lays out again).
func (b *filterBar) key(k *KeyMap, msg tea.Msg) (changed, resized bool) {
	shown := b.shown()
	defer func() { resized = shown != b.shown() }()
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case matches(km, k.Back):
			b.typing = false
			had := b.box.Value() != ""
			b.box.SetValue("")
			b.err = ""
			return had, false
		case km.String() == "enter", km.String() == "tab", km.String() == "down":
			b.typing = false
			return false, false
		}
	}
	_, changed = b.box.update(msg)
	return changed, false
}

// barKeys handles the keys of a list's filter bar that are not typed into
// it: the filter key opens the bar, back clears it. relayout fits the
// screen around the bar; cleared runs the list again without the filter.
// ok is false for any other key.
func (b *filterBar) barKeys(k *KeyMap, msg tea.KeyPressMsg, relayout func(), cleared func() tea.Cmd) (cmd tea.Cmd, ok bool) {
	switch {
	case matches(msg, k.Filter):
		b.start()
		relayout()
		return nil, true
	case matches(msg, k.Back) && b.shown():
		b.clear()
		relayout()
		return cleared(), true
	}
	return nil, false
}

func (b *filterBar) clear() {
	b.typing = false
	b.box.SetValue("")
	b.err = ""
}

// maxErrLines is how many lines the bar's error may take under it.
const maxErrLines = 2

// errLines is the bar's error wrapped to w cells, at most maxErrLines.
func (b *filterBar) errLines(w int) []string {
	if b.err == "" {
		return nil
	}
	lines := strings.Split(render.Wrap(render.Line(b.err), w), "\n")
	if len(lines) > maxErrLines {
		lines = lines[:maxErrLines]
		lines[maxErrLines-1] = render.Truncate(lines[maxErrLines-1]+" "+render.Glyphs().Ellipsis, w)
	}
	return lines
}

// lines is how many lines the bar takes w cells wide: none when hidden,
// else its own and its error's.
func (b *filterBar) lines(w int) int {
	if !b.shown() {
		return 0
	}
	return 1 + len(b.errLines(w))
}

// view draws the bar w cells wide; note is said at its right (a count,
// "searching…"). A filter with an error says why on the lines under it,
// whole, and the note says the filter has an error (no count: no rows are
// shown).
func (b *filterBar) view(c *Common, w int, note string) string {
	th := c.Styles.Form.Focused.TextInput
	prompt := th.Prompt.Render(c.T.FilterPrompt)
	right := ""
	switch {
	case b.err != "":
		right = c.Styles.Error.Render(c.T.FilterInvalid)
	case note != "":
		right = c.Styles.Subtle.Render(note)
	}
	right = render.Truncate(right, max(w/2, 1))
	text := b.box.view(th.Text, th.Cursor, th.Placeholder, b.typing)
	line := render.Truncate(prompt+text, max(w-render.Width(right)-1, 1))
	out := []string{render.Truncate(line+spaces(w-render.Width(line)-render.Width(right))+right, w)}
	for _, l := range b.errLines(w) {
		out = append(out, c.Styles.Error.Render(l))
	}
	return strings.Join(out, "\n")
}

// setWidth gives the text the bar's width less its prompt and room for a
// note.
func (b *filterBar) setWidth(c *Common, w int) {
	b.box.setSize(max(w-render.Width(c.T.FilterPrompt)-min(noteRoom, w/3), 1), 1)
}

// The proportions the screens are laid out by, in one place: the detail
// goes beside a list from sideBySide cells, the list then takes listShare
// per cent of the width (its titles and names are what is read down), the
// detail at least detailMin cells; the filter bar leaves noteRoom cells for its note;
// a progress bar takes at most barMax cells, a bar chart chartMax.
const (
	sideBySide = 100
	listShare  = 60
	detailMin  = 40
	noteRoom   = 28
	barMax     = 20
	chartMax   = 30
)

// split is where a list screen puts its parts.
type split struct {
	side            bool // the detail beside the list
	bar             int  // lines of the filter bar
	listW, rows     int  // the list's width and visible rows (under its header)
	detailW, detail int  // the detail's width and height
}

// layout splits w×h for a list and its detail, under bar lines of the
// filter bar: side by side from sideBySide cells; else the list takes
// about two fifths of the height, the detail the rest, a rule between them.
func layout(w, h, bar int) split {
	s := split{bar: bar}
	h -= s.bar
	if w >= sideBySide {
		s.side = true
		s.listW = w*listShare/100 - 1 // a space before the pane's border
		s.listW = min(s.listW, w-detailMin-3)
		s.detailW = w - s.listW - 3 // the space, the pane's border and space
		s.rows = max(h-1, 1)
		s.detail = h
		return s
	}
	s.listW, s.detailW = w, w
	s.rows = max((h-2)*2/5, min(3, h-2), 1)
	s.detail = max(h-s.rows-2, 1)
	return s
}

// pagedCursor is where the selection goes after a page down (or up) on a
// screen whose selectable rows are at lines (in order), the page now
// showing height lines from top; stuck says the page could not scroll
// further. A selection still on the page stays. Else it goes to the first
// row on the page (or the last), or, when the page holds none (a chart
// between the rows), to the first row after it (or the last before it). A
// page down that could not scroll selects the last row; a page up that
// could not, the first. changed is false when the selection stays.
func pagedCursor(lines []int, cursor, top, height int, down, stuck bool) (next int, changed bool) {
	bottom := top + height
	switch {
	case len(lines) == 0:
		return cursor, false
	case stuck && down:
		next = len(lines) - 1
	case stuck:
		next = 0
	case cursor < len(lines) && lines[cursor] >= top && lines[cursor] < bottom:
		return cursor, false
	case down:
		next = len(lines) - 1
		for i, l := range lines {
			if l >= top {
				next = i
				break
			}
		}
	default:
		for i, l := range lines {
			if l < bottom {
				next = i
			}
		}
	}
	return next, next != cursor || stuck
}

// fitPane lays a list screen out in w×h, as layout splits it: the filter
// bar's width, the list's rows and the detail pane's size. The list
// screens (entries, partners, actions) each call it when their size or
// their bar's height changes.
func fitPane(c *Common, w, h int, bar *filterBar, rows interface{ setHeight(int) }, detail *viewport.Model) split {
	lay := layout(w, h, bar.lines(w))
	bar.setWidth(c, w)
	rows.setHeight(lay.rows)
	detail.SetWidth(lay.detailW)
	detail.SetHeight(lay.detail)
	return lay
}

// join draws the parts: the bar, the list (its header and rows) and the
// detail.
func (s split) join(c *Common, bar, list, detail string) string {
	var out []string
	if s.bar > 0 {
		out = append(out, bar)
	}
	list = padLines(render.Clip(list, s.listW, s.rows+1), s.rows+1)
	detail = render.Clip(detail, s.detailW, s.detail)
	if s.side {
		pane := lipgloss.NewStyle().Border(render.Glyphs().Border, false, false, false, true).
			BorderForeground(c.Styles.Palette.Rule).PaddingLeft(1).Height(s.detail).Render(detail)
		out = append(out, lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(s.listW+1).Render(list), pane))
		return strings.Join(out, "\n")
	}
	rule := c.Styles.Rule.Render(strings.Repeat(render.Glyphs().Rule, s.listW))
	return strings.Join(append(out, list, rule, detail), "\n")
}

// listClick reports which row of a list laid out by s the point (x, y)
// is on, if any.
func (s split) listRow(x, y int) (int, bool) {
	y -= s.bar + 1 // the bar, the list's header
	if y < 0 || y >= s.rows || x >= s.listW {
		return 0, false
	}
	return y, true
}

// inDetail reports whether (x, y) is on the detail.
func (s split) inDetail(x, y int) bool {
	if s.side {
		return x > s.listW
	}
	return y > s.bar+s.rows+1
}

// joinLines joins the parts that are not empty, one per line.
func joinLines(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n")
}

func spaces(n int) string { return strings.Repeat(" ", max(n, 0)) }
