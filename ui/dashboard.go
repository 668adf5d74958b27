package ui

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"vision2030/i18n"
	"vision2030/store"
)

// RenderDashboard renders the dashboard d at w cells wide. The dashboard
// screen and the report command both call it, so they cannot drift apart.
func RenderDashboard(d store.Dashboard, w int, s Styles, t *i18n.Catalogue, today time.Time) string {
	return renderDashboard(d, w, s, t, today, 0)
}

// goalMarker marks the goal the dashboard's cursor is on.
const goalMarker = "▸"

// renderDashboard is RenderDashboard with goal selected (its id) marked.
func renderDashboard(d store.Dashboard, w int, s Styles, t *i18n.Catalogue, today time.Time, selected int) string {
	if w < 1 {
		return ""
	}
	var b strings.Builder
	add := func(l string) { b.WriteString(trunc(l, w) + "\n") }

	add(s.Title.Render(t.VisionName) + s.Subtle.Render(" · "+t.Formulated))
	for _, l := range strings.Split(wrap(t.Ideal, w), "\n") {
		add(s.Ideal.Render(l))
	}
	for _, l := range strings.Split(wrap(yearsLeft(t, today)+" · "+fmt.Sprintf(t.AsOf, d.AsOf), w), "\n") {
		add(s.Subtle.Render(l))
	}
	add(s.Subtle.Render(fmt.Sprintf(t.PartnersTotal, d.Partners, len(d.Countries), d.Entries)))
	add("")

	add(s.Heading.Render(t.GoalsHeading))
	labelW := max(width(t.Progress), width(t.Activity)) + 2
	for _, g := range d.Goals {
		num := fmt.Sprintf("  %d  ", g.Goal.ID)
		if g.Goal.ID == selected {
			num = goalMarker + fmt.Sprintf(" %d  ", g.Goal.ID)
		}
		title := wrap(line(g.Goal.Title), max(w-width(num), 1))
		for i, l := range strings.Split(title, "\n") {
			switch {
			case i == 0 && g.Goal.ID == selected:
				add(s.Heading.Render(num) + s.Selected.Render(l))
			case i == 0:
				add(s.Heading.Render(num) + s.Value.Bold(true).Render(l))
			default:
				add(strings.Repeat(" ", width(num)) + s.Value.Bold(true).Render(l))
			}
		}
		indent := strings.Repeat(" ", width(num))
		inner := w - width(indent) - labelW
		// value adds a labelled value, wrapped under itself.
		value := func(label, v string, st lipgloss.Style) {
			for i, l := range strings.Split(wrap(v, max(inner, 1)), "\n") {
				if i > 0 {
					label = ""
				}
				add(indent + s.Label.Render(fit(label, labelW)) + st.Render(l))
			}
		}
		if p, ok := g.Progress(); ok {
			barW := min(20, max(inner/3, 4))
			head := bar(p, g.Goal.Target, barW, s) + " " + progressStyle(p, g.Goal.Target, s).Render(fmt.Sprintf(t.ProgressShort, 100*p, 100*g.Goal.Target)) +
				" · " + statusStyle(g.Status, s).Render(t.Statuses[g.Status])
			add(indent + s.Label.Render(fit(t.Progress, labelW)) + head)
			detail := fmt.Sprintf(t.ProgressValue, g.AtFramework, g.Tracked, g.Assessed)
			if g.HasProjection {
				detail += " · " + fmt.Sprintf(t.ProjectionValue, 100*g.Projection)
			}
			value("", detail, s.Subtle)
			if len(g.History) > 0 {
				first, last := g.History[max(len(g.History)-sparkPoints, 0)], g.History[len(g.History)-1]
				value(t.Trend, sparkline(g.History)+"  "+first.Quarter+"–"+last.Quarter, s.Value)
			}
		} else {
			value(t.Progress, t.NotAssessed, s.Subtle)
		}
		act := fmt.Sprintf(t.ActivityValue, g.Entries90, g.EntriesAll)
		if g.LastActivity != "" {
			act += " · " + fmt.Sprintf(t.LastActivity, g.LastActivity)
		}
		value(t.Activity, act, s.Value)
	}
	add("")

	add(s.Heading.Render(t.RequestsHeading))
	if d.Requests.Overall.Count == 0 {
		add(s.Subtle.Render(t.NoRequests))
	} else {
		rows := requestRows(t, d.Requests)
		cw := make([]int, len(rows[0]))
		for _, r := range rows {
			for i, cell := range r {
				cw[i] = max(cw[i], width(cell))
			}
		}
		for i, r := range rows {
			text := fit(r[0], cw[0])
			for j, cell := range r[1:] {
				text += "  " + pad(cell, cw[j+1])
			}
			if i == 0 {
				text = s.Label.Render(text)
			}
			add(text)
		}
	}
	add("")

	heading := t.ActionsHeading
	if d.Overdue > 0 {
		heading += s.Bad.Render(" · " + fmt.Sprintf(t.OverdueCount, d.Overdue))
	}
	add(s.Heading.Render(heading))
	if len(d.DueActions) == 0 {
		add(s.Subtle.Render(t.NoDueActions))
	}
	for _, a := range d.DueActions {
		st := s.Value
		if a.Overdue(d.AsOf) {
			st = s.Bad
		}
		add(st.Render(fmt.Sprintf("#%-4d ", a.EntryID)) + st.Render(actionLine(t, a, d.AsOf)))
	}
	if more := d.DueTotal - len(d.DueActions); more > 0 {
		add(s.Subtle.Render(fmt.Sprintf(t.MoreActions, more)))
	}
	add("")

	add(s.Heading.Render(fmt.Sprintf(t.StaleHeading, store.StaleDays)))
	if d.StaleTotal == 0 {
		add(s.Subtle.Render(t.NoStale))
	} else {
		for _, l := range strings.Split(wrap(staleLine(t, d), w), "\n") {
			add(l)
		}
	}
	add("")

	add(s.Heading.Render(t.CountriesHeading))
	if len(d.Countries) == 0 {
		add(s.Subtle.Render(t.NoPartners))
	} else {
		numW := max(width(t.ColPartners), 3)
		lastW := max(width(t.ColLastContact), len(store.DateLayout))
		nameW := min(max(w-numW-lastW-4, 1), 36)
		add(s.Label.Render(fit(t.ColCountry, nameW) + "  " + pad(t.ColPartners, numW) + "  " + t.ColLastContact))
		for _, c := range d.Countries {
			last := c.LastContact
			if last == "" {
				last = t.NeverContacted
			}
			name := fmt.Sprintf("%s (%s)", line(t.CountryName(c.Country)), c.Country.Code)
			add(fit(name, nameW) + "  " + pad(fmt.Sprint(c.Partners), numW) + "  " + last)
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// requestRows is the requests yardstick as table cells, a heading row
// first: year (all years last), requests, share that came first, median
// days to first response.
func requestRows(t *i18n.Catalogue, r store.RequestStats) [][]string {
	rows := [][]string{{t.ColYear, t.ColRequests, t.ColCameFirst, t.ColMedianDays}}
	for _, y := range append(append([]store.YearRequests{}, r.PerYear...), r.Overall) {
		label := fmt.Sprint(y.Year)
		if y.Year == 0 {
			label = t.AllYears
		}
		share, median := t.NoValue, t.NoValue
		if f, ok := y.FirstShare(); ok {
			share = fmt.Sprintf("%.0f%% (%d)", 100*f, y.CameFirst)
		}
		if y.MedianDays != nil {
			median = fmt.Sprintf("%.1f", *y.MedianDays)
		}
		rows = append(rows, []string{label, fmt.Sprint(y.Count), share, median})
	}
	return rows
}

// staleLine names the stale partners of d in one line.
func staleLine(t *i18n.Catalogue, d store.Dashboard) string {
	var names []string
	for _, p := range d.Stale {
		names = append(names, line(p.Label()))
	}
	if more := d.StaleTotal - len(d.Stale); more > 0 {
		names = append(names, fmt.Sprintf(t.AndMore, more))
	}
	return fmt.Sprintf(t.StaleValue, d.StaleTotal, d.Partners) + " " + strings.Join(names, ", ")
}

// pad right-aligns s in w cells.
func pad(s string, w int) string {
	if n := w - width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// yearsLeft says how long is left until the end of 2030.
func yearsLeft(t *i18n.Catalogue, today time.Time) string {
	end := time.Date(2030, 12, 31, 0, 0, 0, 0, time.UTC)
	y, m, d := today.Date()
	days := int(math.Round(end.Sub(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)).Hours() / 24))
	if days < 0 {
		return t.VisionOver
	}
	return fmt.Sprintf(t.YearsLeft, float64(days)/365.25, days)
}

// bar draws a progress bar of w cells filled to share p, with a tick at the
// target when it is below 100 %.
func bar(p, target float64, w int, s Styles) string {
	full := int(math.Round(p * float64(w)))
	full = min(max(full, 0), w)
	return s.BarFull.Render(strings.Repeat("█", full)) + s.BarEmpty.Render(strings.Repeat("░", w-full))
}

// sparkPoints is how many quarters the dashboard's trend shows.
const sparkPoints = 12

// sparkline draws the last sparkPoints quarters of history, one cell each.
func sparkline(h []store.QuarterPoint) string {
	const ticks = "▁▂▃▄▅▆▇█"
	r := []rune(ticks)
	var b strings.Builder
	for _, p := range h[max(len(h)-sparkPoints, 0):] {
		i := int(math.Round(p.Progress * float64(len(r)-1)))
		b.WriteRune(r[min(max(i, 0), len(r)-1)])
	}
	return b.String()
}

// statusStyle colours a goal status.
func statusStyle(st store.GoalStatus, s Styles) lipgloss.Style {
	switch st {
	case store.OnTrack:
		return s.Good
	case store.AtRisk:
		return s.Warn
	case store.OffTrack:
		return s.Bad
	}
	return s.Subtle
}

// progressStyle colours progress by how close it is to the target.
func progressStyle(p, target float64, s Styles) lipgloss.Style {
	switch {
	case p >= target:
		return s.Good
	case p >= 0.8*target:
		return s.Warn
	}
	return s.Value
}

// dashboardScreen shows the dashboard, scrolling when it is taller than the
// screen.
type dashboardScreen struct {
	c      *Common
	data   *store.Dashboard
	err    error
	scroll int
	goal   int // the goal under the cursor, by position
}

type dashboardMsg struct {
	data store.Dashboard
	err  error
}

func (m *dashboardScreen) load() tea.Cmd {
	st, now := m.c.Store, m.c.Now()
	return func() tea.Msg {
		d, err := st.Dashboard(context.Background(), now)
		return dashboardMsg{d, err}
	}
}

// selected is the id of the goal under the cursor, if the goals are loaded.
func (m *dashboardScreen) selected() (int, bool) {
	if m.data == nil || m.goal >= len(m.data.Goals) {
		return 0, false
	}
	return m.data.Goals[m.goal].Goal.ID, true
}

func (m *dashboardScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case dashboardMsg:
		m.err = msg.err
		if msg.err == nil {
			m.data = &msg.data
			m.goal = min(m.goal, max(len(msg.data.Goals)-1, 0))
		}
	case tea.KeyPressMsg:
		k := m.c.Keys
		n := 0
		if m.data != nil {
			n = len(m.data.Goals)
		}
		switch {
		case matches(msg, k.Down):
			m.goal = min(m.goal+1, max(n-1, 0))
			m.scroll = -1 // follow the cursor
		case matches(msg, k.Up):
			m.goal = max(m.goal-1, 0)
			m.scroll = -1
		case matches(msg, k.PageDown):
			m.scroll = max(m.scroll, 0) + m.c.BodyHeight()
		case matches(msg, k.PageUp):
			m.scroll = max(m.scroll, 0) - m.c.BodyHeight()
		case matches(msg, k.Top):
			m.scroll, m.goal = 0, 0
		case matches(msg, k.Bottom):
			m.scroll = math.MaxInt / 2
		}
	}
	return nil
}

func (m *dashboardScreen) view() string {
	w, h := m.c.Width, m.c.BodyHeight()
	switch {
	case m.err != nil:
		return m.c.Styles.Error.Render(wrap(fmt.Sprintf(m.c.T.LoadFailed, m.err), w))
	case m.data == nil:
		return m.c.Styles.Subtle.Render(m.c.T.Loading)
	}
	id, _ := m.selected()
	lines := strings.Split(renderDashboard(*m.data, w, m.c.Styles, m.c.T, m.c.Now(), id), "\n")
	if m.scroll < 0 {
		// Keep the selected goal's title on screen.
		m.scroll = 0
		for i, l := range lines {
			if strings.HasPrefix(ansi.Strip(l), goalMarker) {
				if i >= h {
					m.scroll = i - h/3
				}
				break
			}
		}
	}
	m.scroll = min(max(m.scroll, 0), max(len(lines)-h, 0))
	lines = lines[m.scroll:]
	return strings.Join(lines[:min(h, len(lines))], "\n")
}
