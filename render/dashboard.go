package render

import (
	"fmt"
	"math"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"vision2030/i18n"
	"vision2030/store"
)

// The dashboard, drawn for the TUI's first screen and for `vision2030
// report`: one drawing, so that the two cannot drift apart.

// DashboardMinWidth is the narrowest the dashboard is drawn: the terminal
// interface asks for at least this much, and the report is never narrower.
const DashboardMinWidth = 40

// DashboardItemKind is what a line of the dashboard that can be opened
// stands for.
type DashboardItemKind int

// The things the dashboard lists that open: a goal, an action (its entry),
// a stale partner, a country.
const (
	ItemGoal DashboardItemKind = iota
	ItemAction
	ItemStale
	ItemCountry
)

// DashboardItem is a line of the dashboard that can be opened.
type DashboardItem struct {
	Kind   DashboardItemKind
	ID     int64  // the goal, the action's entry, the partner
	Action int64  // the action, for an action
	Code   string // the country
	Line   int    // where it is drawn, from 0
}

// DashboardView is what Dashboard draws: the figures, the region names the
// country table is grouped by, and how.
type DashboardView struct {
	Data    store.Dashboard
	Regions []store.Region // in display order
	Width   int
	Styles  DashboardStyles
	T       *i18n.Catalogue
	Today   time.Time
	// Selected is the index of the item under the cursor in what Dashboard
	// returns, or -1; it is drawn with the marker glyph and the selection
	// style.
	Selected int
	// Report is set when the dashboard is printed (`report`) rather than
	// shown on the screen: what it leaves out is found with a command, not
	// on another screen.
	Report bool
}

// Dashboard draws v, no line wider than v.Width, and returns the lines
// that can be opened, in order.
func Dashboard(v DashboardView) (string, []DashboardItem) {
	if v.Width < 1 {
		return "", nil
	}
	b := &dashboard{DashboardView: v, g: Glyphs()}
	b.heading()
	b.goals()
	b.requests()
	b.actions()
	b.stale()
	b.countries()
	return strings.Join(b.lines, "\n"), b.items
}

type dashboard struct {
	DashboardView
	g     GlyphSet
	lines []string
	items []DashboardItem
}

func (b *dashboard) add(l string) { b.lines = append(b.lines, Truncate(l, b.Width)) }

// wrapped adds text wrapped to the width, each line styled by st.
func (b *dashboard) wrapped(text string, st func(...string) string) {
	for _, l := range strings.Split(Wrap(text, b.Width), "\n") {
		b.add(st(l))
	}
}

// item records that the next line is an item, and reports whether it is
// the selected one.
func (b *dashboard) item(kind DashboardItemKind, id int64, code string) bool {
	b.items = append(b.items, DashboardItem{Kind: kind, ID: id, Code: code, Line: len(b.lines)})
	return len(b.items)-1 == b.Selected
}

// row adds a one-line item: the marker and the selection style when it is
// selected, two spaces and st otherwise.
func (b *dashboard) row(kind DashboardItemKind, id int64, code, text string, st func(...string) string) {
	s := b.Styles
	if b.item(kind, id, code) {
		m := b.g.Marker + " "
		b.add(s.Marker.Render(m) + s.Selected.Render(Truncate(text, max(b.Width-Width(m), 1))))
		return
	}
	b.add("  " + st(text))
}

// rowTail adds a one-line item whose tail (a date, a status) stays whole:
// it is the text before it that is cut.
func (b *dashboard) rowTail(kind DashboardItemKind, id int64, code, text, tail string, st func(...string) string) {
	room := b.Width - 2 - Width(tail) // the marker or two spaces
	b.row(kind, id, code, Truncate(text, max(room, 1))+tail, st)
}

func (b *dashboard) heading() {
	s, t, d := b.Styles, b.T, b.Data
	sep := " " + b.g.Sep + " "
	b.add(s.Title.Render(t.VisionName) + s.Subtle.Render(sep+t.Formulated))
	b.wrapped(t.Ideal, s.Ideal.Render)
	b.wrapped(YearsLeft(t, b.Today)+sep+fmt.Sprintf(t.AsOf, d.AsOf), s.Subtle.Render)
	b.wrapped(fmt.Sprintf(t.PartnersTotal, t.PartnersN.N(d.Partners), t.CountriesN.N(len(d.Countries)), t.EntriesN.N(d.Entries)), s.Subtle.Render)
	b.add("")
}

func (b *dashboard) goals() {
	s, t, lang := b.Styles, b.T, b.T.Lang
	sep := " " + b.g.Sep + " "
	b.add(s.Heading.Render(t.GoalsHeading))
	labelW := max(Width(t.Progress), Width(t.Activity), Width(t.Trend)) + 2
	// A note on the titles (a translation for JAW to confirm) is said once,
	// under the goals, each title it is about marked.
	notes := t.Footnotes()
	for _, g := range b.Data.Goals {
		notes.Add(Line(g.Goal.TitleIn(lang)), g.Goal.TitleNote(lang))
	}
	for k, g := range b.Data.Goals {
		num := fmt.Sprintf("%d  ", g.Goal.ID)
		selected := b.item(ItemGoal, int64(g.Goal.ID), "")
		lead := "  "
		if selected {
			lead = b.g.Marker + " "
		}
		indent := strings.Repeat(" ", Width(lead+num))
		title := notes.Marked(k)
		for i, l := range strings.Split(Wrap(title, max(b.Width-Width(indent), 1)), "\n") {
			switch {
			case i == 0 && selected:
				b.add(s.Marker.Render(lead) + s.Heading.Render(num) + s.Selected.Render(l))
			case i == 0:
				b.add(lead + s.Heading.Render(num) + s.Value.Bold(true).Render(l))
			default:
				b.add(indent + s.Value.Bold(true).Render(l))
			}
		}
		inner := max(b.Width-Width(indent)-labelW, 1)
		value := func(label, v string, st func(...string) string) {
			for i, l := range strings.Split(Wrap(v, inner), "\n") {
				if i > 0 {
					label = ""
				}
				b.add(indent + s.Label.Render(Fit(label, labelW)) + st(l))
			}
		}
		if p, ok := g.Progress(); ok {
			pct := ProgressStyle(p, g.Goal.Target, s).Render(fmt.Sprintf(t.ProgressShort, 100*p, 100*g.Goal.Target))
			status := StatusStyle(g.Status, s).Render(t.Statuses[g.Status])
			// The bar goes first when space is short; the status word is
			// never cut.
			head := Bar(p, min(20, max(inner/3, 4)), s, b.g) + " " + pct + s.Subtle.Render(sep) + status
			if Width(head) > inner {
				head = pct + s.Subtle.Render(sep) + status
			}
			if Width(head) > inner {
				value(t.Progress, pct, s.Value.Render)
				value("", status, s.Value.Render)
			} else {
				b.add(indent + s.Label.Render(Fit(t.Progress, labelW)) + head)
			}
			detail := fmt.Sprintf(t.ProgressValue, g.AtFramework, g.Tracked, g.Assessed)
			if g.HasProjection {
				detail += sep + fmt.Sprintf(t.ProjectionValue, 100*g.Projection)
			}
			value("", detail, s.Subtle.Render)
			if len(g.History) > 0 {
				first, last := g.History[max(len(g.History)-SparkPoints, 0)], g.History[len(g.History)-1]
				value(t.Trend, Sparkline(g.History, b.g)+"  "+t.QuarterLabel(first.Quarter)+b.g.Dash+t.QuarterLabel(last.Quarter), s.Value.Render)
			}
		} else {
			value(t.Progress, t.NotAssessed+sep+t.TrackedN.N(g.Tracked), s.Subtle.Render)
		}
		act := fmt.Sprintf(t.ActivityValue, i18n.Count(g.Entries90), i18n.Count(g.EntriesAll))
		if g.LastActivity != "" {
			act += sep + fmt.Sprintf(t.LastActivity, g.LastActivity)
		}
		value(t.Activity, act, s.Value.Render)
	}
	for _, l := range notes.Lines() {
		b.wrapped(l, s.Subtle.Render)
	}
	b.add("")
}

func (b *dashboard) requests() {
	s, t, r := b.Styles, b.T, b.Data.Requests
	b.wrapped(t.RequestsHeading, s.Heading.Render)
	if r.Overall.Count == 0 {
		b.add("  " + s.Subtle.Render(t.NoRequests))
		b.add("")
		return
	}
	rows := RequestRows(t, r)
	tb := NewTable(rows[0]...).Rows(rows[1:]...).MaxWidth(b.Width-2).Fixed(0, 1, 2, 3).HeaderStyle(s.Label)
	for _, l := range strings.Split(tb.String(), "\n") {
		b.add("  " + l)
	}
	b.add("")
}

func (b *dashboard) actions() {
	s, t, d := b.Styles, b.T, b.Data
	heading := s.Heading.Render(t.ActionsHeading)
	if d.Overdue > 0 {
		heading += s.Bad.Render(" " + b.g.Sep + " " + fmt.Sprintf(t.OverdueCount, d.Overdue))
	}
	b.add(heading)
	if len(d.DueActions) == 0 {
		b.add("  " + s.Subtle.Render(t.NoDueActions))
	}
	for _, a := range d.DueActions {
		st := s.Value.Render
		if a.Overdue(d.AsOf) {
			st = s.Bad.Render
		}
		what, when := ActionParts(t, a, d.AsOf)
		b.rowTail(ItemAction, a.EntryID, "", fmt.Sprintf("#%d ", a.ID)+what, " "+b.g.Dash+" "+when, st)
		if n := len(b.items); n > 0 {
			b.items[n-1].Action = a.ID
		}
	}
	if more := d.DueTotal - len(d.DueActions); more > 0 {
		format := t.MoreActions
		if b.Report {
			format = t.RpMoreActions
		}
		b.add("  " + s.Subtle.Render(fmt.Sprintf(format, more)))
	}
	b.add("")
}

func (b *dashboard) stale() {
	s, t, d := b.Styles, b.T, b.Data
	b.wrapped(fmt.Sprintf(t.StaleHeading, store.StaleDays), s.Heading.Render)
	if d.StaleTotal == 0 {
		b.add("  " + s.Subtle.Render(t.NoStale))
		b.add("")
		return
	}
	b.add("  " + s.Subtle.Render(fmt.Sprintf(t.StaleValue, d.StaleTotal, d.Partners)))
	for _, p := range d.Stale {
		last := p.LastContact
		if last == "" {
			last = t.NeverContacted
		}
		b.rowTail(ItemStale, p.ID, "", t.WithAside(Line(p.NameIn(t.Lang)), p.CountryCode), " "+b.g.Sep+" "+fmt.Sprintf(t.LastContactOn, last), s.Value.Render)
	}
	if more := d.StaleTotal - len(d.Stale); more > 0 {
		b.add("  " + s.Subtle.Render(fmt.Sprintf(t.AndMore, more)))
	}
	b.add("")
}

// countries is the table of countries with active partners, grouped by
// region in the regions' order, the most partners first within each.
func (b *dashboard) countries() {
	s, t, d := b.Styles, b.T, b.Data
	b.add(s.Heading.Render(t.CountriesHeading))
	if len(d.Countries) == 0 {
		b.add("  " + s.Subtle.Render(t.NoPartners))
		return
	}
	type row struct {
		cells   []string
		code    string
		heading bool
	}
	var rows []row
	done := map[string]bool{}
	group := func(name string, match func(store.CountrySummary) bool) {
		first := true
		for _, c := range d.Countries {
			if done[c.Country.Code] || !match(c) {
				continue
			}
			if first && name != "" {
				rows = append(rows, row{cells: []string{"", name}, heading: true})
				first = false
			}
			done[c.Country.Code] = true
			last := c.LastContact
			if last == "" {
				last = t.NeverContacted
			}
			rows = append(rows, row{cells: []string{"", t.WithAside(c.Country.NameIn(t.Lang), c.Country.Code),
				fmt.Sprint(c.Partners), last}, code: c.Country.Code})
		}
	}
	for _, r := range b.Regions {
		group(r.NameIn(t.Lang), func(c store.CountrySummary) bool { return c.Country.Region == r.Code })
	}
	group(t.OtherRegion, func(store.CountrySummary) bool { return true })

	// The marker's room is kept when no row has it, so that the table does
	// not move when the selection enters it.
	tb := NewTable("", t.ColCountry, t.ColPartners, t.ColLastContact).HeaderStyle(s.Label).
		MaxWidth(b.Width).Fixed(0, 2, 3).MinWidth(0, Width(b.g.Marker))
	sel := -1
	start := len(b.lines) + 1 // under the header
	for i, r := range rows {
		if !r.heading {
			b.items = append(b.items, DashboardItem{Kind: ItemCountry, Code: r.code, Line: start + i})
			if len(b.items)-1 == b.Selected {
				sel = i
				r.cells[0] = b.g.Marker
			}
		}
		tb.Row(r.cells...)
	}
	tb.Selected(sel, s.Selected).CellStyle(func(row, col int) (st lipgloss.Style) {
		switch {
		case rows[row].heading:
			return s.Heading
		case col == 3 && rows[row].cells[3] == t.NeverContacted:
			return s.Subtle
		}
		return st
	})
	for _, l := range strings.Split(tb.String(), "\n") {
		b.add(l)
	}
}

// RequestRows is the requests yardstick as table cells, a heading row
// first: year (all years last), requests, share that came first, median
// days to first response.
func RequestRows(t *i18n.Catalogue, r store.RequestStats) [][]string {
	rows := [][]string{{t.ColYear, t.ColRequests, t.ColCameFirst, t.ColMedianDays}}
	for _, y := range append(append([]store.YearRequests{}, r.PerYear...), r.Overall) {
		label := t.YearLabel(r.FiscalYear, y.Year)
		if y.Year == 0 {
			label = t.AllYears
		}
		share, median := t.NoValue, t.NoValue
		if f, ok := y.FirstShare(); ok {
			share = t.WithAside(fmt.Sprintf("%.0f%%", 100*f), fmt.Sprint(y.CameFirst))
		}
		if y.MedianDays != nil {
			median = fmt.Sprintf("%.1f", *y.MedianDays)
		}
		rows = append(rows, []string{label, fmt.Sprint(y.Count), share, median})
	}
	return rows
}

// ActionLine is an action in a few words: what, owner, when.
func ActionLine(t *i18n.Catalogue, a store.Action, today string) string {
	what, when := ActionParts(t, a, today)
	return what + " " + Glyphs().Dash + " " + when
}

// ActionParts are the two parts of ActionLine: what (with the owner) and
// when.
func ActionParts(t *i18n.Catalogue, a store.Action, today string) (what, when string) {
	sep := " " + Glyphs().Sep + " "
	when = t.NoDue
	switch {
	case a.Done != "":
		when = fmt.Sprintf(t.DoneOn, a.Done)
	case a.Overdue(today):
		when = fmt.Sprintf(t.DueOn, a.Due) + sep + t.Overdue
	case a.Due != "":
		when = fmt.Sprintf(t.DueOn, a.Due)
	}
	what = Line(a.What)
	if a.Owner != "" {
		what = t.WithAside(what, Line(a.Owner))
	}
	return what, when
}

// YearsLeft says how long is left until the end of 2030.
func YearsLeft(t *i18n.Catalogue, today time.Time) string {
	end := time.Date(2030, 12, 31, 0, 0, 0, 0, time.UTC)
	y, m, d := today.Date()
	days := int(math.Round(end.Sub(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)).Hours() / 24))
	if days < 0 {
		return t.VisionOver
	}
	return fmt.Sprintf(t.YearsLeft, float64(days)/365.25, days)
}

// Bar draws share p (0–1) as a bar w cells wide.
func Bar(p float64, w int, s DashboardStyles, g GlyphSet) string {
	full := min(max(int(math.Round(p*float64(w))), 0), w)
	return s.BarFull.Render(strings.Repeat(g.BarFull, full)) + s.BarEmpty.Render(strings.Repeat(g.BarEmpty, w-full))
}

// CountBar draws n of total as a bar w cells wide; any n above zero shows
// at least one cell.
func CountBar(n, total, w int, s DashboardStyles, g GlyphSet) string {
	if total == 0 {
		return s.BarEmpty.Render(strings.Repeat(g.BarEmpty, w))
	}
	full := min(int(math.Round(float64(n)/float64(total)*float64(w))), w)
	if n > 0 && full == 0 {
		full = 1
	}
	return s.BarFull.Render(strings.Repeat(g.BarFull, full)) + s.BarEmpty.Render(strings.Repeat(g.BarEmpty, w-full))
}

// SparkPoints is how many quarters a trend shows.
const SparkPoints = 12

// Sparkline draws the last SparkPoints quarters of h, one cell each.
func Sparkline(h []store.QuarterPoint, g GlyphSet) string {
	var b strings.Builder
	for _, p := range h[max(len(h)-SparkPoints, 0):] {
		i := int(math.Round(p.Progress * float64(len(g.Ticks)-1)))
		b.WriteString(g.Ticks[min(max(i, 0), len(g.Ticks)-1)])
	}
	return b.String()
}

// StatusStyle colours a goal status.
func StatusStyle(st store.GoalStatus, s DashboardStyles) lipgloss.Style {
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

// ProgressStyle colours progress by how close it is to the target.
func ProgressStyle(p, target float64, s DashboardStyles) lipgloss.Style {
	switch {
	case p >= target:
		return s.Good
	case p >= 0.8*target:
		return s.Warn
	}
	return s.Value
}
