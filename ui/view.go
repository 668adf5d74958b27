package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/render"
)

// The root's drawing: the tab bar (with "read-only" when the file cannot be
// written), a banner when it is damaged, the breadcrumb in a drill-down,
// the screen on top, and the footer (the status line and the screen's keys,
// or a question).

// View draws the whole screen in the alternate screen buffer, with mouse
// clicks and the wheel reported.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// chromeTop is the number of lines above the body: the tab bar, the banner
// of a damaged file, the breadcrumb.
func (m *Model) chromeTop() int {
	n := 1
	if m.c.Store.Damaged() {
		n++
	}
	if len(m.stack) > 0 {
		n++
	}
	return n
}

// bodySize is the space a screen has.
func (m *Model) bodySize() (int, int) {
	return max(m.c.Width, 1), max(m.c.Height-m.chromeTop()-1, 1)
}

// sizeHelp makes the keys' help as tall as the body is now: a breadcrumb
// or a longer footer may have come since the terminal was sized.
func (m *Model) sizeHelp() {
	m.helpView.SetHeight(max(m.c.Height-m.chromeTop()-len(m.footer()), 1))
}

// resize gives every screen its size, and then a sizedMsg, so that a list
// can load the rows its new height shows.
func (m *Model) resize() tea.Cmd {
	w, h := m.bodySize()
	var cmds []tea.Cmd
	for _, s := range append(append([]Screen{}, m.tabs...), m.stack...) {
		s.SetSize(w, h)
		cmds = append(cmds, s.Update(sizedMsg{}))
	}
	m.helpView.SetWidth(w)
	m.helpView.SetHeight(h)
	if m.help {
		m.helpView.SetContent(m.helpText())
		m.sizeHelp()
	}
	return tea.Batch(cmds...)
}

// tooSmall says the terminal's size and the least it needs, in the first
// of the catalogue's forms that fits w×h whole; in a smaller one, the
// short form as much as fits.
func (m *Model) tooSmall(w, h int) string {
	t := m.c.T
	var say string
	for _, format := range []string{t.TooSmall, t.TooSmallTwoLines, t.TooSmallShort} {
		say = fmt.Sprintf(format, w, h, MinWidth, MinHeight)
		lines := strings.Split(say, "\n")
		fits := len(lines) <= h
		for _, l := range lines {
			fits = fits && render.Width(l) <= w
		}
		if fits {
			return say
		}
	}
	return render.Clip(render.Wrap(say, w), w, h)
}

// Render draws the screen as a string no wider than the terminal and no
// taller.
func (m *Model) Render() string {
	c := m.c
	w, h := c.Width, c.Height
	if w < 1 || h < 1 {
		return ""
	}
	if w < MinWidth || h < MinHeight {
		return m.tooSmall(w, h)
	}
	var top []string
	top = append(top, m.tabBar())
	if c.Store.Damaged() {
		top = append(top, c.Styles.Banner.Render(render.Truncate(fmt.Sprintf(c.T.DamagedBanner, c.Store.Path()), w)))
	}
	if len(m.stack) > 0 {
		top = append(top, m.breadcrumb())
	}
	foot := m.footer()
	bodyH := h - len(top) - len(foot)
	var body string
	if m.help {
		body = viewMore(c, &m.helpView, w)
	} else {
		body = m.top().View()
	}
	body = padLines(render.Clip(body, w, bodyH), bodyH)
	return render.Clip(strings.Join(append(append(top, body), foot...), "\n"), w, h)
}

// tabNames are the tab bar's labels: number and name, or, when they do not
// all fit, the name of the active tab only.
func (m *Model) tabNames() []string {
	var names []string
	w := 0
	for i, s := range m.tabs {
		names = append(names, fmt.Sprintf("%d %s", i+1, s.Title()))
		w += render.Width(names[i]) + tabGap
	}
	if w-tabGap > m.c.Width {
		for i := range names {
			if i != m.active {
				names[i] = fmt.Sprint(i + 1)
			}
		}
	}
	return names
}

const tabGap = 3

// tabBar is the tabs, the active one underlined, and "read-only" at the
// right when the file cannot be written.
func (m *Model) tabBar() string {
	s, w := m.c.Styles, m.c.Width
	var parts []string
	for i, n := range m.tabNames() {
		if i == m.active {
			parts = append(parts, s.TabActive.Render(n))
		} else {
			parts = append(parts, s.TabInactive.Render(n))
		}
	}
	bar := strings.Join(parts, strings.Repeat(" ", tabGap))
	var notes []string
	if n, ok := m.top().(noter); ok && !m.help {
		for _, note := range n.Note() {
			if note != "" {
				notes = append(notes, note)
			}
		}
	}
	ro := ""
	if m.c.Store.ReadOnly() {
		ro = s.ReadOnly.Render(m.c.T.ReadOnlyMark)
	}
	// The note gives way to the tabs, its last parts first; "read-only" to
	// nothing.
	var r string
	for n := len(notes); n >= 0; n-- {
		var right []string
		if n > 0 {
			right = append(right, s.Subtle.Render(render.Line(strings.Join(notes[:n], sep()))))
		}
		if ro != "" {
			right = append(right, ro)
		}
		r = strings.Join(right, "  ")
		if render.Width(bar)+render.Width(r)+2 <= w || n == 0 {
			break
		}
	}
	if r == "" {
		return render.Truncate(bar, w)
	}
	bar = render.Truncate(bar, max(w-render.Width(r)-2, 1))
	return render.Truncate(bar+spaces(w-render.Width(bar)-render.Width(r))+r, w)
}

// tabAt is the tab drawn at column x of the tab bar.
func (m *Model) tabAt(x int) (int, bool) {
	pos := 0
	for i, n := range m.tabNames() {
		end := pos + render.Width(n)
		if x >= pos && x < end {
			return i, true
		}
		pos = end + tabGap
	}
	return 0, false
}

// crumbed is a screen whose level in the breadcrumb leaves out what the
// level before it says.
type crumbed interface{ crumb(prev Screen) string }

// breadcrumb names where the user is: the tab, then each level of the
// drill-down.
func (m *Model) breadcrumb() string {
	g := render.Glyphs()
	parts := []string{m.tabs[m.active].Title()}
	var prev Screen = m.tabs[m.active]
	for _, s := range m.stack {
		if c, ok := s.(crumbed); ok {
			parts = append(parts, c.crumb(prev))
		} else {
			parts = append(parts, s.Title())
		}
		prev = s
	}
	line := strings.Join(parts, " "+g.Arrow+" ")
	if render.Width(line) > m.c.Width {
		// The innermost levels matter most: cut from the left.
		for len(parts) > 1 && render.Width(g.Ellipsis+" "+g.Arrow+" "+strings.Join(parts, " "+g.Arrow+" ")) > m.c.Width {
			parts = parts[1:]
		}
		line = g.Ellipsis + " " + g.Arrow + " " + strings.Join(parts, " "+g.Arrow+" ")
	}
	return m.c.Styles.Crumb.Render(render.Truncate(render.Line(line), m.c.Width))
}

// footer is the question being asked, or the status line and the keys of
// the screen on top.
func (m *Model) footer() []string {
	s, t, w := m.c.Styles, m.c.T, m.c.Width
	if q := m.question; q != nil {
		keys := m.helpModel().ShortHelpView([]key.Binding{m.c.Keys.Yes, m.c.Keys.No})
		lines := strings.Split(render.Wrap(render.Line(q.prompt), w), "\n")
		if len(lines) > 3 {
			lines = append(lines[:2], render.Truncate(strings.Join(lines[2:], " "), w))
		}
		for i := range lines {
			lines[i] = s.Ask.Render(lines[i])
		}
		return append(lines, keys)
	}
	var bindings []key.Binding
	if m.help {
		bindings = []key.Binding{withHelp(m.c.Keys.Help, t.KeyCloseHelp), m.c.Keys.Down, m.c.Keys.Up}
	} else {
		bindings = m.top().ShortHelp()
	}
	left := ""
	if m.status != "" {
		st := s.Error
		if m.statusOK {
			st = s.OK
		}
		left = st.Render(render.Truncate(render.Line(m.status), w))
		if render.Width(left)+3 >= w {
			return []string{left}
		}
		left += "   "
	}
	// Drop keys from the middle until the line fits: the last one (the way
	// to every other key) stays.
	hm := m.helpModel()
	room := w - render.Width(left)
	line := hm.ShortHelpView(bindings)
	for len(bindings) > 1 && render.Width(line) > room {
		bindings = append(bindings[:len(bindings)-2], bindings[len(bindings)-1])
		line = hm.ShortHelpView(bindings)
	}
	return []string{render.Truncate(left+line, w)}
}

func (m *Model) helpModel() help.Model {
	h := help.New()
	h.Styles = m.c.Styles.Help
	h.ShortSeparator = sep()
	h.Ellipsis = render.Glyphs().Ellipsis
	return h
}

// helpText is every key, generated from the key map: one column per
// group, packed side by side as the width allows.
func (m *Model) helpText() string {
	c := m.c
	k, t, s := c.Keys, c.T, c.Styles
	groups := []struct {
		title string
		keys  []key.Binding
	}{
		{t.HelpMove, []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open, k.Back}},
		{t.HelpScreens, []key.Binding{k.NextTab, k.PrevTab, k.Tabs[0], k.Tabs[1], k.Tabs[2], k.Tabs[3], k.Refresh, k.Help, k.Quit}},
		{t.HelpEntries, []key.Binding{k.Add, k.Filter, k.Edit, k.Delete, k.FollowUp, k.Count, k.Undo, k.Redo}},
		{t.HelpPartners, []key.Binding{k.NewPartner, k.Assess, withHelp(k.Delete, t.KeyArchive), k.ShowAll, k.Done}},
		{t.HelpForm, []key.Binding{k.NextField, k.PrevField, k.Choose, k.Save, k.Editor, withHelp(k.Back, t.KeyFormCancel)}},
		{t.HelpAsk, []key.Binding{k.Yes, k.No}},
	}
	hm := m.helpModel()
	var blocks []string
	for _, g := range groups {
		blocks = append(blocks, s.Label.Render(g.title)+"\n"+hm.FullHelpView([][]key.Binding{g.keys}))
	}
	var rows, row []string
	used := 0
	for _, b := range blocks {
		bw := render.Width(b) + 4
		if len(row) > 0 && used+bw > c.Width {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, used = nil, 0
		}
		row = append(row, lipgloss.NewStyle().PaddingRight(4).Render(b))
		used += bw
	}
	rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	mouse := render.Wrap(t.HelpMouse, c.Width)
	return s.Heading.Render(t.HelpTitle) + "\n\n" + strings.Join(rows, "\n\n") + "\n\n" + s.Subtle.Render(mouse)
}

// scrollKeys scrolls a viewport with the navigation keys of the key map.
func scrollKeys(v *viewport.Model, k *KeyMap, msg tea.KeyPressMsg) bool {
	switch {
	case matches(msg, k.Down):
		v.ScrollDown(1)
	case matches(msg, k.Up):
		v.ScrollUp(1)
	case matches(msg, k.PageDown):
		v.PageDown()
	case matches(msg, k.PageUp):
		v.PageUp()
	case matches(msg, k.Top):
		v.GotoTop()
	case matches(msg, k.Bottom):
		v.GotoBottom()
	default:
		return false
	}
	return true
}

// moreBelow draws v over a line below it that says how many more lines
// there are below, when the text goes on past it: a screen whose lines
// are selected keeps its last line for this (v is a line shorter than the
// screen), so that the sign never hides a selected line.
func moreBelow(c *Common, v *viewport.Model, w int) string {
	more := ""
	if below := v.TotalLineCount() - v.YOffset() - v.Height(); below > 0 {
		more = c.Styles.Subtle.Render(render.Truncate(render.Glyphs().Down+" "+c.T.MoreLinesN.N(below), w))
	}
	return padLines(v.View(), v.Height()) + "\n" + more
}

// viewMore draws v w cells wide, its last line saying how many more
// lines there are below when the text goes on past it.
func viewMore(c *Common, v *viewport.Model, w int) string {
	below := v.TotalLineCount() - v.YOffset() - v.Height()
	if below <= 0 || v.Height() < 2 {
		return v.View()
	}
	lines := strings.Split(v.View(), "\n")
	last := min(v.Height(), len(lines)) - 1
	lines[last] = c.Styles.Subtle.Render(render.Truncate(render.Glyphs().Down+" "+c.T.MoreLinesN.N(below+1), w))
	return strings.Join(lines[:last+1], "\n")
}

// scrollBy scrolls v by delta lines, down when positive: the wheel.
func scrollBy(v *viewport.Model, delta int) {
	if delta > 0 {
		v.ScrollDown(delta)
	} else {
		v.ScrollUp(-delta)
	}
}

// showLine scrolls v as little as needed for line to be in view.
func showLine(v *viewport.Model, line int) {
	switch {
	case line < v.YOffset():
		v.SetYOffset(line)
	case line >= v.YOffset()+v.Height():
		v.SetYOffset(line - v.Height() + 1)
	}
}

// click handles a mouse click: a tab of the tab bar, or a row of the
// screen on top.
func (m *Model) click(ms tea.Mouse) tea.Cmd {
	if ms.Button != tea.MouseLeft || m.question != nil {
		return nil
	}
	if ms.Y == 0 {
		if i, ok := m.tabAt(ms.X); ok {
			m.help = false
			if m.dirty() {
				m.question = &askMsg{prompt: m.c.T.AskDiscard, yes: leaveForMsg{i}}
				return nil
			}
			return m.switchTab(i)
		}
		return nil
	}
	if m.help {
		return nil
	}
	if cl, ok := m.top().(clicker); ok {
		return cl.Click(ms.X, ms.Y-m.chromeTop())
	}
	return nil
}

// wheel scrolls the help or the screen on top.
func (m *Model) wheel(ms tea.Mouse) tea.Cmd {
	delta := 3
	if ms.Button == tea.MouseWheelUp {
		delta = -3
	} else if ms.Button != tea.MouseWheelDown {
		return nil
	}
	if m.help {
		scrollBy(&m.helpView, delta)
		return nil
	}
	if cl, ok := m.top().(clicker); ok {
		return cl.Wheel(ms.X, ms.Y-m.chromeTop(), delta)
	}
	return nil
}
