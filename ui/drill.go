package ui

import (
	"context"
	"fmt"
	"math"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"vision2030/store"
)

// A detail view is one level of the drill-down from a goal to a country to
// a partner to an entry. The root keeps them on a stack: enter pushes, esc
// pops, and each view keeps its own cursor, so going back lands where the
// user left.
type detailView interface {
	load() tea.Cmd
	// key handles a key press and may return a view to push.
	key(msg tea.KeyPressMsg) (tea.Cmd, detailView)
	view() string
	help() []key.Binding
}

// loadedMsg carries data fetched for a view; apply stores it there.
type loadedMsg struct{ apply func() }

// failed wraps a load error as a loadedMsg that records it.
func failed(dst *error, err error) tea.Msg { return loadedMsg{func() { *dst = err }} }

// listCursor is a cursor over a short list held in memory, with the scroll
// that keeps it on screen.
type listCursor struct{ pos, n int }

func (l *listCursor) key(k KeyMap, msg tea.KeyPressMsg, page int) bool {
	var ok bool
	l.pos, ok = step(k, msg, l.pos, l.n, page)
	return ok
}

// scrollTo cuts lines to h, keeping the first pinned lines (a view's
// heading) on top and line focus in view below them.
func scrollTo(lines []string, pinned, focus, h int) string {
	pinned = min(pinned, len(lines), max(h-1, 0))
	head, body := lines[:pinned], lines[pinned:]
	h -= pinned
	focus -= pinned
	start := 0
	if focus >= h {
		start = focus - h/2
	}
	start = max(min(start, len(body)-h), 0)
	end := min(start+h, len(body))
	return strings.Join(append(append([]string{}, head...), body[start:end]...), "\n")
}

// stageBar draws n of total as a bar w cells wide.
func stageBar(n, total, w int, s Styles) string {
	if total == 0 {
		return s.BarEmpty.Render(strings.Repeat("░", w))
	}
	full := int(math.Round(float64(n) / float64(total) * float64(w)))
	if n > 0 && full == 0 {
		full = 1
	}
	return s.BarFull.Render(strings.Repeat("█", full)) + s.BarEmpty.Render(strings.Repeat("░", w-full))
}

// stageName is the rubric name of a stage on a goal.
func (c *Common) stageName(goal, stage int) string {
	for _, st := range c.Ref.Stages {
		if st.GoalID == goal && st.Stage == stage {
			return st.Name
		}
	}
	return fmt.Sprint(stage)
}

// ---- goal ----

// goalView is one goal: progress, partners by stage, countries by stage
// (the list enter drills into), quarterly history, partners behind and the
// rubric.
type goalView struct {
	c       *Common
	goal    int
	sum     *store.GoalSummary
	cs      []store.CountryStages
	behind  []store.PartnerStage
	nBehind int
	err     error
	cur     listCursor
}

// maxBehind is how many partners behind a goal view names.
const maxBehind = 15

func (v *goalView) load() tea.Cmd {
	st, now, goal := v.c.Store, v.c.Now(), v.goal
	return func() tea.Msg {
		ctx := context.Background()
		goals, err := st.GoalProgress(ctx, now)
		if err != nil {
			return failed(&v.err, err)
		}
		cs, err := st.GoalCountries(ctx, goal, now)
		if err != nil {
			return failed(&v.err, err)
		}
		behind, n, err := st.PartnerStages(ctx, store.StageQuery{Goal: goal, Behind: true, Limit: maxBehind}, now)
		if err != nil {
			return failed(&v.err, err)
		}
		return loadedMsg{func() {
			for i := range goals {
				if goals[i].Goal.ID == goal {
					v.sum = &goals[i]
				}
			}
			v.cs, v.behind, v.nBehind, v.err = cs, behind, n, nil
			v.cur.n = len(cs)
			v.cur.pos = min(v.cur.pos, max(len(cs)-1, 0))
		}}
	}
}

func (v *goalView) key(msg tea.KeyPressMsg) (tea.Cmd, detailView) {
	k := v.c.Keys
	if v.cur.key(k, msg, v.c.BodyHeight()/2) {
		return nil, nil
	}
	if matches(msg, k.Enter) && v.cur.pos < len(v.cs) {
		cv := &countryView{c: v.c, goal: v.goal, country: v.cs[v.cur.pos].Country}
		return cv.load(), cv
	}
	return nil, nil
}

func (v *goalView) help() []key.Binding {
	k := v.c.Keys
	return []key.Binding{k.Enter, k.Back, k.Up, k.Down, k.Help}
}

func (v *goalView) view() string {
	c, s, t := v.c, v.c.Styles, v.c.T
	w, h := c.Width, c.BodyHeight()
	switch {
	case v.err != nil:
		return s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, v.err), w))
	case v.sum == nil:
		return s.Subtle.Render(t.Loading)
	}
	g := *v.sum
	var lines []string
	add := func(l string) { lines = append(lines, trunc(l, w)) }
	addWrapped := func(text string, st func(...string) string) {
		for _, l := range strings.Split(wrap(text, w), "\n") {
			add(st(l))
		}
	}
	addWrapped(fmt.Sprintf(t.GoalHeading, g.Goal.ID, line(g.Goal.Title)), s.Title.Render)
	pinned := len(lines)
	if p, ok := g.Progress(); ok {
		head := bar(p, g.Goal.Target, min(20, max(w/4, 4)), s) + " " + fmt.Sprintf(t.ProgressShort, 100*p, 100*g.Goal.Target) +
			" · " + statusStyle(g.Status, s).Render(t.Statuses[g.Status])
		add(head)
		detail := fmt.Sprintf(t.ProgressValue, g.AtFramework, g.Tracked, g.Assessed)
		if g.HasProjection {
			detail += " · " + fmt.Sprintf(t.ProjectionValue, 100*g.Projection)
		}
		addWrapped(detail, s.Subtle.Render)
	} else {
		addWrapped(t.NotAssessed, s.Subtle.Render)
	}
	add("")

	// Partners by stage, as a bar chart.
	add(s.Heading.Render(t.ByStageHeading))
	nameW := 0
	for st := 0; st <= store.MaxStage; st++ {
		nameW = max(nameW, width(line(c.stageName(g.Goal.ID, st))))
	}
	nameW = min(nameW, max(w/3, 8))
	for st := 0; st <= store.MaxStage; st++ {
		label := fmt.Sprintf("%d %s", st, fit(line(c.stageName(g.Goal.ID, st)), nameW))
		add(label + "  " + stageBar(g.AtStage[st], g.Assessed, max(min(30, w-width(label)-8), 1), s) + fmt.Sprintf(" %d", g.AtStage[st]))
	}
	add("")

	// Countries × stages: the list enter drills into.
	add(s.Heading.Render(t.ByCountryHeading) + "  " + s.Subtle.Render(t.EnterOpens))
	countryW := min(max(w-5*5-10, 6), 24)
	head := fit(t.ColCountry, countryW)
	for st := 0; st <= store.MaxStage; st++ {
		head += pad(fmt.Sprint(st), 5)
	}
	head += pad(t.ColUnassessed, 10)
	add(s.Label.Render(head))
	first := len(lines)
	for i, cs := range v.cs {
		row := fit(line(c.T.CountryName(cs.Country))+" ("+cs.Country.Code+")", countryW)
		for st := 0; st <= store.MaxStage; st++ {
			cell := t.NoValue
			if cs.AtStage[st] > 0 {
				cell = fmt.Sprint(cs.AtStage[st])
			}
			row += pad(cell, 5)
		}
		row += pad(fmt.Sprint(cs.Unassessed), 10)
		row = fit(row, w)
		if i == v.cur.pos {
			row = s.Selected.Render(row)
		}
		add(row)
	}
	focus := first + v.cur.pos
	add("")

	// Quarterly history.
	add(s.Heading.Render(t.HistoryHeading))
	if len(g.History) == 0 {
		add(s.Subtle.Render(t.NoHistory))
	}
	hist := g.History[max(len(g.History)-12, 0):]
	for _, q := range hist {
		add(fit(q.Quarter, 8) + bar(q.Progress, g.Goal.Target, max(min(30, w-16), 1), s) + fmt.Sprintf(" %3.0f%%", 100*q.Progress))
	}
	if g.HasProjection {
		add(fit("2030", 8) + s.Subtle.Render(fmt.Sprintf(t.ProjectionValue, 100*g.Projection)))
	}
	add("")

	// The partners behind.
	add(s.Heading.Render(fmt.Sprintf(t.BehindHeading, v.nBehind)))
	if v.nBehind == 0 {
		add(s.Subtle.Render(t.NoneBehind))
	}
	for _, p := range v.behind {
		add(fmt.Sprintf("%d  %s (%s) · %s", p.Stage, line(p.Partner.Label()), p.Partner.CountryCode, p.Date))
	}
	if v.nBehind > len(v.behind) {
		add(s.Subtle.Render(fmt.Sprintf(t.AndMore, v.nBehind-len(v.behind))))
	}
	add("")

	// The rubric.
	add(s.Heading.Render(t.RubricHeading))
	for _, st := range c.Ref.Stages {
		if st.GoalID != g.Goal.ID {
			continue
		}
		addWrapped(fmt.Sprintf("%d %s — %s", st.Stage, line(st.Name), line(st.Rubric)), s.Value.Render)
	}
	return scrollTo(lines, pinned, focus, h)
}

// ---- country ----

// countryView is one country's partners with their stage on a goal.
type countryView struct {
	c       *Common
	goal    int
	country store.Country
	ps      []store.PartnerStage
	total   int
	loaded  bool
	err     error
	cur     listCursor
}

// maxCountryPartners bounds a country's list; partners per country are few.
const maxCountryPartners = 500

func (v *countryView) load() tea.Cmd {
	st, now := v.c.Store, v.c.Now()
	q := store.StageQuery{Goal: v.goal, Country: v.country.Code, Limit: maxCountryPartners}
	return func() tea.Msg {
		ps, total, err := st.PartnerStages(context.Background(), q, now)
		if err != nil {
			return failed(&v.err, err)
		}
		return loadedMsg{func() {
			v.ps, v.total, v.loaded, v.err = ps, total, true, nil
			v.cur.n = len(ps)
			v.cur.pos = min(v.cur.pos, max(len(ps)-1, 0))
		}}
	}
}

func (v *countryView) key(msg tea.KeyPressMsg) (tea.Cmd, detailView) {
	k := v.c.Keys
	if v.cur.key(k, msg, v.c.BodyHeight()/2) {
		return nil, nil
	}
	if matches(msg, k.Enter) && v.cur.pos < len(v.ps) {
		pv := &partnerView{c: v.c, id: v.ps[v.cur.pos].Partner.ID}
		return pv.load(), pv
	}
	return nil, nil
}

func (v *countryView) help() []key.Binding {
	k := v.c.Keys
	return []key.Binding{k.Enter, k.Back, k.Up, k.Down, k.Help}
}

func (v *countryView) view() string {
	c, s, t := v.c, v.c.Styles, v.c.T
	w, h := c.Width, c.BodyHeight()
	switch {
	case v.err != nil:
		return s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, v.err), w))
	case !v.loaded:
		return s.Subtle.Render(t.Loading)
	}
	var lines []string
	add := func(l string) { lines = append(lines, trunc(l, w)) }
	add(s.Title.Render(trunc(fmt.Sprintf(t.CountryHeading, line(t.CountryName(v.country)), v.country.Code, v.goal, line(c.goalTitle(v.goal))), w)))
	add(s.Subtle.Render(fmt.Sprintf(t.PartnersCount, v.total)) + "  " + s.Subtle.Render(t.EnterOpens))
	pinned := len(lines)
	add("")
	first := len(lines)
	for i, p := range v.ps {
		stage := t.NotAssessedShort
		if p.Assessed {
			stage = fmt.Sprintf("%d %s", p.Stage, line(c.stageName(v.goal, p.Stage)))
		}
		date := p.Date
		row := fit(line(p.Partner.Label()), min(24, max(w/3, 6))) + "  " + fit(stage, min(30, max(w/3, 6))) + "  " + date
		row = fit(row, w)
		if i == v.cur.pos {
			row = s.Selected.Render(row)
		}
		add(row)
	}
	if len(v.ps) == 0 {
		add(s.Subtle.Render(t.NoPartners))
	}
	return scrollTo(lines, pinned, first+v.cur.pos, h)
}

// ---- partner ----

// partnerView is one partner: its stage on every goal with history, open
// actions and the timeline of its entries (the list enter drills into).
type partnerView struct {
	c       *Common
	id      int64
	p       *store.Partner
	history []store.Assessment
	entries store.EntryPage
	actions []store.Action
	err     error
	cur     listCursor
}

// maxTimeline is how many of a partner's newest entries its view lists,
// and maxPartnerActions how many of its open actions.
const (
	maxTimeline       = 200
	maxPartnerActions = 50
)

func (v *partnerView) load() tea.Cmd {
	st, id := v.c.Store, v.id
	return func() tea.Msg {
		ctx := context.Background()
		p, err := st.Partner(ctx, id)
		if err != nil {
			return failed(&v.err, err)
		}
		hist, err := st.Assessments(ctx, id)
		if err != nil {
			return failed(&v.err, err)
		}
		page, err := st.SearchEntries(ctx, store.Filter{PartnerIDs: []int64{id}}, 0, maxTimeline)
		if err != nil {
			return failed(&v.err, err)
		}
		actions, _, err := st.Actions(ctx, store.ActionQuery{Partner: id, Open: true, Limit: maxPartnerActions})
		if err != nil {
			return failed(&v.err, err)
		}
		return loadedMsg{func() {
			v.p, v.history, v.entries, v.actions, v.err = &p, hist, page, actions, nil
			v.cur.n = len(page.Entries)
			v.cur.pos = min(v.cur.pos, max(len(page.Entries)-1, 0))
		}}
	}
}

func (v *partnerView) key(msg tea.KeyPressMsg) (tea.Cmd, detailView) {
	k := v.c.Keys
	if v.cur.key(k, msg, v.c.BodyHeight()/2) {
		return nil, nil
	}
	if matches(msg, k.Enter) && v.cur.pos < len(v.entries.Entries) {
		ev := &entryView{c: v.c, id: v.entries.Entries[v.cur.pos].ID}
		return ev.load(), ev
	}
	return nil, nil
}

func (v *partnerView) help() []key.Binding {
	k := v.c.Keys
	return []key.Binding{k.Assess, k.Enter, k.Back, k.Up, k.Down, k.Help}
}

func (v *partnerView) view() string {
	c, s, t := v.c, v.c.Styles, v.c.T
	w, h := c.Width, c.BodyHeight()
	switch {
	case v.err != nil:
		return s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, v.err), w))
	case v.p == nil:
		return s.Subtle.Render(t.Loading)
	}
	p := *v.p
	var lines []string
	add := func(l string) { lines = append(lines, trunc(l, w)) }
	title := line(p.Name)
	if p.ShortName != "" && p.ShortName != p.Name {
		title = line(p.ShortName) + " — " + title
	}
	for _, l := range strings.Split(wrap(title, w), "\n") {
		add(s.Title.Render(l))
	}
	facts := []string{t.PartnerKind(p.Kind), fmt.Sprintf("%s (%s)", line(c.countryName(p.CountryCode)), p.CountryCode)}
	if p.Since != 0 {
		facts = append(facts, fmt.Sprintf(t.SinceYear, p.Since))
	}
	if p.Archived {
		facts = append(facts, t.Archived)
	}
	add(s.Subtle.Render(strings.Join(facts, " · ")))
	pinned := len(lines)
	if p.Contact != "" {
		add(s.Label.Render(t.DetailContact+" ") + line(p.Contact))
	}
	if p.Companies != "" {
		add(s.Label.Render(t.DetailCompanies+" ") + line(p.Companies))
	}
	add("")

	add(s.Heading.Render(t.StagesHeading) + "  " + s.Subtle.Render(t.AssessHint))
	for _, g := range c.Ref.Goals {
		var hist []store.Assessment
		for _, a := range v.history {
			if a.GoalID == g.ID {
				hist = append(hist, a)
			}
		}
		label := fmt.Sprintf("%d %s", g.ID, fit(line(g.ShortTitle), min(28, max(w/3, 6))))
		if len(hist) == 0 {
			add(label + "  " + s.Subtle.Render(t.NotAssessedShort))
			continue
		}
		cur := hist[0]
		stage := fmt.Sprintf("%d %s", cur.Stage, line(c.stageName(g.ID, cur.Stage)))
		st := s.Value
		if cur.Stage >= store.FrameworkStage {
			st = s.Good
		}
		add(label + "  " + st.Render(stage) + s.Subtle.Render(" · "+cur.Date))
		var steps []string
		for i := len(hist) - 1; i >= 0; i-- {
			steps = append(steps, fmt.Sprintf("%s %d", hist[i].Date, hist[i].Stage))
		}
		indent := strings.Repeat(" ", width(label)+2)
		for _, l := range strings.Split(wrap(strings.Join(steps, " → "), max(w-width(indent), 1)), "\n") {
			add(indent + s.Subtle.Render(l))
		}
		if cur.Note != "" {
			add(indent + s.Subtle.Render(trunc("“"+line(cur.Note)+"”", max(w-width(indent), 1))))
		}
	}
	add("")

	add(s.Heading.Render(t.DetailActions))
	if len(v.actions) == 0 {
		add(s.Subtle.Render(t.NoOpenActions))
	}
	today := c.Now().Format(store.DateLayout)
	for _, a := range v.actions {
		st := s.Value
		if a.Overdue(today) {
			st = s.Bad
		}
		add(st.Render(fmt.Sprintf("#%-4d ", a.EntryID) + actionLine(t, a, today)))
	}
	add("")

	count := fmt.Sprintf(t.EntriesCount, min(v.cur.pos+1, v.entries.Total), v.entries.Total)
	add(s.Heading.Render(t.TimelineHeading) + "  " + s.Subtle.Render(count+" · "+t.EnterOpens))
	first := len(lines)
	for i, e := range v.entries.Entries {
		row := fit(e.Date+"  "+fit(t.EntryKind(e.Kind), 14)+"  "+line(e.Title), w)
		if i == v.cur.pos {
			row = s.Selected.Render(row)
		}
		add(row)
	}
	if v.entries.Total == 0 {
		add(s.Subtle.Render(t.NoEntriesPartner))
	}
	if v.entries.Total > len(v.entries.Entries) {
		add(s.Subtle.Render(fmt.Sprintf(t.AndMore, v.entries.Total-len(v.entries.Entries))))
	}
	return scrollTo(lines, pinned, first+v.cur.pos, h)
}

// ---- entry ----

// entryView is one entry in full.
type entryView struct {
	c       *Common
	id      int64
	e       *store.Entry
	actions []store.Action
	err     error
	scroll  int
}

func (v *entryView) load() tea.Cmd {
	st, id := v.c.Store, v.id
	return func() tea.Msg {
		ctx := context.Background()
		e, err := st.Entry(ctx, id)
		if err != nil {
			return failed(&v.err, err)
		}
		as, _, err := st.Actions(ctx, store.ActionQuery{EntryID: id})
		if err != nil {
			return failed(&v.err, err)
		}
		return loadedMsg{func() { v.e, v.actions, v.err = &e, as, nil }}
	}
}

func (v *entryView) key(msg tea.KeyPressMsg) (tea.Cmd, detailView) {
	k := v.c.Keys
	switch {
	case matches(msg, k.Down):
		v.scroll++
	case matches(msg, k.Up):
		v.scroll--
	case matches(msg, k.PageDown):
		v.scroll += v.c.BodyHeight()
	case matches(msg, k.PageUp):
		v.scroll -= v.c.BodyHeight()
	}
	v.scroll = max(v.scroll, 0)
	return nil, nil
}

func (v *entryView) help() []key.Binding {
	k := v.c.Keys
	return []key.Binding{k.Back, k.Up, k.Down, k.Help}
}

func (v *entryView) view() string {
	c, s, t := v.c, v.c.Styles, v.c.T
	w, h := c.Width, c.BodyHeight()
	switch {
	case v.err != nil:
		return s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, v.err), w))
	case v.e == nil:
		return s.Subtle.Render(t.Loading)
	}
	text := fmt.Sprintf("#%d", v.e.ID)
	if v.e.DeletedAt != "" {
		text += " · " + t.DeletedMark
	}
	lines := strings.Split(s.Subtle.Render(text)+"\n"+entryDetail(c, *v.e, v.actions, w+2), "\n")
	v.scroll = min(v.scroll, max(len(lines)-h, 0))
	return strings.Join(lines[v.scroll:min(v.scroll+h, len(lines))], "\n")
}
