package ui

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/i18n"
	"vision2030/store"
)

// RenderDashboard renders the dashboard d at w cells wide. The dashboard
// screen and the report command both call it, so they cannot drift apart.
func RenderDashboard(d store.Dashboard, w int, s Styles, t *i18n.Catalogue, today time.Time) string {
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
		num := fmt.Sprintf("%d  ", g.Goal.ID)
		title := wrap(line(g.Goal.Title), max(w-width(num), 1))
		for i, l := range strings.Split(title, "\n") {
			if i == 0 {
				add(s.Heading.Render(num) + s.Value.Bold(true).Render(l))
			} else {
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
			add(indent + s.Label.Render(fit(t.Progress, labelW)) + bar(p, g.Goal.Target, barW, s))
			value("", fmt.Sprintf(t.ProgressValue, 100*p, 100*g.Goal.Target, g.AtFramework, g.Assessed), progressStyle(p, g.Goal.Target, s))
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

	add(s.Heading.Render(t.ActionsHeading))
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

func (m *dashboardScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case dashboardMsg:
		m.err = msg.err
		if msg.err == nil {
			m.data = &msg.data
		}
	case tea.KeyPressMsg:
		k := m.c.Keys
		switch {
		case matches(msg, k.Down):
			m.scroll++
		case matches(msg, k.Up):
			m.scroll--
		case matches(msg, k.PageDown):
			m.scroll += m.c.BodyHeight()
		case matches(msg, k.PageUp):
			m.scroll -= m.c.BodyHeight()
		case matches(msg, k.Top):
			m.scroll = 0
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
	lines := strings.Split(RenderDashboard(*m.data, w, m.c.Styles, m.c.T, m.c.Now()), "\n")
	m.scroll = min(max(m.scroll, 0), max(len(lines)-h, 0))
	lines = lines[m.scroll:]
	return strings.Join(lines[:min(h, len(lines))], "\n")
}
