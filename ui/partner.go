package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"vision2030/render"
	"vision2030/store"
)

// A partner: the screen that shows one (its stage on every goal with the
// history, its open actions, the timeline of its entries), what is done to
// a partner (add, edit, archive, record a stage), and the partner and
// stage forms.

// partnerScreen is one partner. The cursor moves on its timeline; enter
// opens an entry, and e, d and f work on it as everywhere.
type partnerScreen struct {
	base
	partnerID int64
	p         *store.Partner
	history   []store.Assessment
	timeline  list[store.Entry]
	total     int
	actions   []store.Action
	err       error
	ld        loader
	vp        viewport.Model
	first     int // the line of the timeline's first row
	// goal is the goal the partner was reached through (0 for none): the
	// timeline then shows that goal's entries until ShowAll shows all.
	goal     int
	allGoals bool
	// assessing is set while this screen's stage form is open: once the
	// stage is recorded, the screen shows the stages.
	assessing bool
}

// maxTimeline is how many of a partner's newest entries its screen lists,
// and maxPartnerActions how many of its open actions.
const (
	maxTimeline       = 200
	maxPartnerActions = 50
)

type partnerMsg struct {
	to
	seq     int
	p       store.Partner
	history []store.Assessment
	page    store.EntryPage
	actions []store.Action
	err     error
}

func newPartnerScreen(c *Common, id int64) Screen {
	return &partnerScreen{base: newBase(c), partnerID: id, vp: viewport.New()}
}

// newPartnerScreenFor is a partner reached through goal (a drill-down):
// its timeline shows the entries of that goal first.
func newPartnerScreenFor(c *Common, id int64, goal int) Screen {
	s := newPartnerScreen(c, id).(*partnerScreen)
	s.goal = goal
	return s
}

// timelineGoal is the goal the timeline is filtered by, 0 for none.
func (s *partnerScreen) timelineGoal() int {
	if s.allGoals {
		return 0
	}
	return s.goal
}

func (s *partnerScreen) Title() string {
	if s.p == nil {
		return s.c.T.Loading
	}
	return render.Line(s.p.Label())
}

func (s *partnerScreen) Init() tea.Cmd { return s.load() }
func (s *partnerScreen) close()        { s.ld.stop() }

func (s *partnerScreen) load() tea.Cmd {
	ctx, seq := s.ld.next(s.c)
	st, id, to := s.c.Store, s.partnerID, to{s.id}
	f := store.Filter{PartnerIDs: []int64{id}}
	if g := s.timelineGoal(); g != 0 {
		f.Goals = []int{g}
	}
	return func() tea.Msg {
		m := partnerMsg{to: to, seq: seq}
		if m.p, m.err = st.Partner(ctx, id); m.err != nil {
			return m
		}
		if m.history, m.err = st.Assessments(ctx, id); m.err != nil {
			return m
		}
		if m.page, m.err = st.SearchEntries(ctx, f, 0, maxTimeline); m.err != nil {
			return m
		}
		m.actions, _, m.err = st.Actions(ctx, store.ActionQuery{Partner: id, Open: true, Limit: maxPartnerActions})
		return m
	}
}

func (s *partnerScreen) Reload(touched) tea.Cmd { return s.load() }

func (s *partnerScreen) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.vp.SetWidth(s.w)
	s.vp.SetHeight(max(s.h-1, 1)) // the last line says whether there is more
	s.draw()
}

func (s *partnerScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case partnerMsg:
		if msg.seq != s.ld.seq {
			return nil
		}
		s.err = msg.err
		if msg.err == nil {
			recorded := s.assessing && len(msg.history) != len(s.history)
			s.p, s.history, s.actions, s.total = &msg.p, msg.history, msg.actions, msg.page.Total
			s.timeline.setAll(msg.page.Entries)
			if recorded {
				// The stage just recorded, and the timeline from its start.
				s.assessing = false
				s.timeline.cursor = 0
			}
			s.draw()
			if recorded {
				s.vp.GotoTop()
			}
		}
	case tea.KeyPressMsg:
		k, c := s.c.Keys, s.c
		if s.p == nil {
			return nil
		}
		s.assessing = false // the form was left without a stage
		switch {
		case matches(msg, k.Assess):
			if why := c.refuseWrite(); why != "" {
				return status(why, false)
			}
			s.assessing = true
			return push(newAssessForm(c, *s.p, s.history, s.timelineGoal(), s.timeline.rows))
		case matches(msg, k.NewPartner):
			return newPartner(c)
		case matches(msg, k.Open):
			if e, ok := s.timeline.selected(); ok {
				return push(newEntryScreen(c, e.ID))
			}
		case matches(msg, k.PageDown), matches(msg, k.PageUp):
			scrollKeys(&s.vp, k, msg)
		case s.goal != 0 && matches(msg, k.ShowAll):
			s.allGoals = !s.allGoals
			s.timeline.cursor = 0
			return s.load()
		case s.timeline.move(k, msg):
			s.draw()
			s.follow()
			switch {
			case matches(msg, k.Bottom):
				s.vp.GotoBottom() // and what is said under the last row
			case matches(msg, k.Top):
				s.vp.GotoTop() // and the stages and actions above the first
			}
		default:
			if e, ok := s.timeline.selected(); ok {
				return entryVerbs(c, e, msg)
			}
		}
	}
	return nil
}

// follow scrolls to the timeline's cursor.
func (s *partnerScreen) follow() {
	line := s.first + s.timeline.cursor
	showLine(&s.vp, line)
}

func (s *partnerScreen) Click(x, y int) tea.Cmd {
	i := s.vp.YOffset() + y - s.first
	if i < 0 || i >= s.timeline.total {
		return nil
	}
	again := i == s.timeline.cursor
	s.timeline.cursor = i
	off := s.vp.YOffset()
	s.draw()
	s.vp.SetYOffset(off)
	if again {
		if e, ok := s.timeline.selected(); ok {
			return push(newEntryScreen(s.c, e.ID))
		}
	}
	return nil
}

func (s *partnerScreen) Wheel(x, y, delta int) tea.Cmd {
	scrollBy(&s.vp, delta)
	return nil
}

// draw lays the partner out in the viewport.
func (s *partnerScreen) draw() {
	if s.p == nil {
		return
	}
	c, st, t, w := s.c, s.c.Styles, s.c.T, s.w
	g := render.Glyphs()
	p := *s.p
	var lines []string
	add := func(text string) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	title := render.Line(shortFirst(c, p))
	add(st.Title.Render(render.Wrap(title, w)))
	facts := []string{t.PartnerKind(p.Kind), t.WithAside(c.countryName(p.CountryCode), p.CountryCode)}
	if p.Tracked {
		facts = append(facts, t.Tracked)
	} else {
		facts = append(facts, t.NotTracked)
	}
	if p.Since != 0 {
		facts = append(facts, fmt.Sprintf(t.SinceYear, p.Since))
	}
	if p.Archived {
		facts = append(facts, t.Archived)
	}
	add(st.Subtle.Render(render.Wrap(strings.Join(facts, sep()), w)))
	add("")

	add(st.Heading.Render(t.StagesHeading) + "  " + st.Subtle.Render(fmt.Sprintf(t.AssessHint, keyOf(c.Keys.Assess))))
	// The goals' short titles as wide as the widest (Japanese ones are
	// twice as wide as they are long), up to two fifths of the width; a
	// longer title wraps in its column beside the stage, not cut.
	labelW := 0
	for _, goal := range c.Ref.Goals {
		labelW = max(labelW, render.Width(fmt.Sprintf("%d %s", goal.ID, render.Line(goal.ShortTitleIn(c.Lang())))))
	}
	labelW = min(labelW, max(w*2/5, 8))
	indent := spaces(labelW + 2)
	for _, goal := range c.Ref.Goals {
		var hist []store.Assessment
		for _, a := range s.history {
			if a.GoalID == goal.ID {
				hist = append(hist, a)
			}
		}
		num := strconv.Itoa(goal.ID) + " "
		labels := strings.Split(render.Wrap(render.Line(goal.ShortTitleIn(c.Lang())), max(labelW-render.Width(num), 1)), "\n")
		for i := range labels {
			if i == 0 {
				labels[i] = num + labels[i]
			} else {
				labels[i] = spaces(render.Width(num)) + labels[i]
			}
		}
		var right []string
		if len(hist) == 0 {
			right = append(right, st.Subtle.Render(t.NotAssessedShort))
		} else {
			cur := hist[0]
			stage := fmt.Sprintf("%d %s", cur.Stage, render.Line(c.stageName(goal.ID, cur.Stage)))
			style := st.Value
			if cur.Stage >= store.FrameworkStage {
				style = st.Good
			}
			right = append(right, render.Truncate(style.Render(stage)+st.Subtle.Render(sep()+cur.Date), max(w-len(indent), 1)))
			var steps []string
			for i := len(hist) - 1; i >= 0; i-- {
				steps = append(steps, fmt.Sprintf("%s %d", hist[i].Date, hist[i].Stage))
			}
			for _, l := range strings.Split(render.Wrap(strings.Join(steps, " "+g.Arrow+" "), max(w-len(indent), 1)), "\n") {
				right = append(right, st.Subtle.Render(l))
			}
			if cur.Note != "" {
				right = append(right, st.Subtle.Render(render.Truncate(fmt.Sprintf(t.Quoted, render.Line(cur.Note)), max(w-len(indent), 1))))
			}
		}
		for i := range max(len(labels), len(right)) {
			line := indent
			if i < len(labels) {
				line = render.Fit(labels[i], labelW) + "  "
			}
			if i < len(right) {
				line += right[i]
			}
			add(render.Truncate(line, w))
		}
	}
	add("")

	add(st.Heading.Render(t.DetailActions))
	if len(s.actions) == 0 {
		add(st.Subtle.Render(t.NoOpenActions))
	}
	today := c.today()
	for _, a := range s.actions {
		style := st.Value
		if a.Overdue(today) {
			style = st.Bad
		}
		add(style.Render(render.Truncate(fmt.Sprintf("%s #%d %s", g.Open, a.ID, render.ActionLine(t, a, today)), w)))
	}
	add("")

	count := t.CountOf(min(s.timeline.cursor+1, s.total), s.total)
	switch {
	case s.goal != 0 && s.allGoals:
		count += sep() + fmt.Sprintf(t.TimelineAllGoals, keyOf(c.Keys.ShowAll), s.goal)
	case s.goal != 0:
		count += sep() + fmt.Sprintf(t.TimelineGoalOnly, s.goal, keyOf(c.Keys.ShowAll))
	}
	add(render.Truncate(st.Heading.Render(t.TimelineHeading)+"  "+st.Subtle.Render(count), w))
	s.first = len(lines)
	if s.total == 0 {
		add(st.Subtle.Render(t.NoEntriesPartner))
	} else {
		s.timeline.setHeight(len(s.timeline.rows))
		add(s.timeline.table(c, w, []string{t.ColDate, t.ColKind, t.ColTitle}, func(e store.Entry) []string {
			return []string{e.Date, t.EntryKind(e.Kind), e.Title}
		}, nil, 0, 1))
		s.first++ // the table's header
	}
	if s.total > s.timeline.total {
		// The rest are on the entries screen, by the filter that names
		// this partner.
		term := s.p.ShortName
		if term == "" || strings.ContainsAny(term, " \t\"") {
			term = strconv.FormatInt(s.p.ID, 10)
		}
		add(st.Subtle.Render(render.Wrap(fmt.Sprintf(t.TimelineMore, s.total-s.timeline.total, "partner:"+term), w)))
	}
	s.vp.SetContent(strings.Join(lines, "\n"))
}

func (s *partnerScreen) View() string {
	if msg, ok := s.c.notLoaded(s.err, s.p == nil, s.w); ok {
		return msg
	}
	return moreBelow(s.c, &s.vp, s.w)
}

func (s *partnerScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	b := []key.Binding{k.Open}
	if s.c.refuseWrite() == "" {
		b = append(b, k.Assess)
	}
	switch {
	case s.goal != 0 && s.allGoals:
		b = append(b, withHelp(k.ShowAll, fmt.Sprintf(s.c.T.KeyTimelineGoal, s.goal)))
	case s.goal != 0:
		b = append(b, withHelp(k.ShowAll, s.c.T.KeyTimelineAll))
	}
	if _, ok := s.timeline.selected(); ok { // e, d, f act on the entry selected: none, none to act on
		b = append(b, entryKeys(s.c)...)
	}
	return append(b, k.Back, k.Help)
}

func (s *partnerScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// ---- verbs ----

// newPartner opens the form for a new partner.
func newPartner(c *Common) tea.Cmd {
	if why := c.refuseWrite(); why != "" {
		return status(why, false)
	}
	return push(newPartnerForm(c, nil))
}

// editPartner opens the partner form on p.
func editPartner(c *Common, p store.Partner) tea.Cmd {
	if why := c.refuseWrite(); why != "" {
		return status(why, false)
	}
	return push(newPartnerForm(c, &p))
}

// archivePartner asks, then archives p or makes it active again.
func archivePartner(c *Common, p store.Partner) tea.Cmd {
	if why := c.refuseWrite(); why != "" {
		return status(why, false)
	}
	name := render.Line(p.Label())
	prompt := c.T.ConfirmArchive
	if p.Archived {
		prompt = c.T.ConfirmUnarchive
	}
	return ask(fmt.Sprintf(prompt, name), partnerArchive{p.ID, name, !p.Archived}, nil)
}

// partnerArchive archives a partner or makes it active again.
type partnerArchive struct {
	id      int64
	name    string
	archive bool
}

func (v partnerArchive) run(c *Common) tea.Cmd {
	st, ctx, t := c.Store, c.Context(), c.T
	return func() tea.Msg {
		if err := st.SetPartnerArchived(ctx, v.id, v.archive); err != nil {
			return failedMsg{err}
		}
		text := fmt.Sprintf(t.PartnerArchived, v.name)
		if !v.archive {
			text = fmt.Sprintf(t.PartnerUnarchived, v.name)
		}
		return changedMsg{status: text, change: partnerArchived(v), touch: touchPartners | touchEntries}
	}
}

// ---- changes ----

type partnerArchived partnerArchive

func (ch partnerArchived) describe(c *Common) string {
	if ch.archive {
		return fmt.Sprintf(c.T.UndoArchive, ch.name)
	}
	return fmt.Sprintf(c.T.UndoUnarchive, ch.name)
}
func (ch partnerArchived) touches() touched { return touchPartners | touchEntries }
func (ch partnerArchived) affected(bool) *focus {
	return &focus{kind: touchPartners, id: ch.id}
}
func (ch partnerArchived) undo(ctx context.Context, c *Common, _ bool) error {
	return c.Store.SetPartnerArchived(ctx, ch.id, !ch.archive)
}
func (ch partnerArchived) redo(ctx context.Context, c *Common, _ bool) error {
	return c.Store.SetPartnerArchived(ctx, ch.id, ch.archive)
}

// partnerAdded is undone by archiving the partner: entries may already
// name it.
type partnerAdded struct {
	id   int64
	name string
}

func (ch partnerAdded) describe(c *Common) string { return fmt.Sprintf(c.T.UndoPartnerAdd, ch.name) }
func (ch partnerAdded) touches() touched          { return touchPartners }
func (ch partnerAdded) affected(redo bool) *focus {
	return focusIf(redo, touchPartners, ch.id)
}
func (ch partnerAdded) undo(ctx context.Context, c *Common, _ bool) error {
	return c.Store.SetPartnerArchived(ctx, ch.id, true)
}
func (ch partnerAdded) redo(ctx context.Context, c *Common, _ bool) error {
	return c.Store.SetPartnerArchived(ctx, ch.id, false)
}

type partnerEdited struct{ before, after store.Partner }

func (ch partnerEdited) describe(c *Common) string {
	return fmt.Sprintf(c.T.UndoPartnerEdit, render.Line(ch.before.Label()))
}
func (ch partnerEdited) touches() touched { return touchPartners | touchEntries }
func (ch partnerEdited) affected(bool) *focus {
	return &focus{kind: touchPartners, id: ch.after.ID}
}
func (ch partnerEdited) undo(ctx context.Context, c *Common, force bool) error {
	p := ch.after.Diff(ch.before)
	p.Force, p.By = force, c.Author
	_, err := c.Store.PatchPartner(ctx, ch.after.ID, p)
	return err
}
func (ch partnerEdited) redo(ctx context.Context, c *Common, force bool) error {
	p := ch.before.Diff(ch.after)
	p.Force, p.By = force, c.Author
	_, err := c.Store.PatchPartner(ctx, ch.after.ID, p)
	return err
}

// ---- the partner form ----

type partnerForm struct {
	c                         *Common
	old                       *store.Partner
	name, short, nameJA, yomi *textField
	kind                      *choiceField[store.PartnerKind]
	country                   *pickerField
	tracked                   *toggleField
	since, contact, companies *textField
	notes                     *textField
	patch                     store.PartnerPatch
	trackedTouched            bool
}

func newPartnerForm(c *Common, old *store.Partner) *form {
	t := c.T
	s := &partnerForm{c: c, old: old}
	v := store.Partner{Kind: store.KindUnion, Tracked: store.TrackedByDefault(store.KindUnion)}
	title, draft := t.FormNewPartner, "partner:new"
	if old != nil {
		v = *old
		title, draft = fmt.Sprintf(t.FormEditPartner, render.Line(old.Label())), fmt.Sprintf("partner:%d", old.ID)
	}
	text := func(key, label, value string, limit int, required bool) *textField {
		return newText(c, key, label, value, func(v string) *store.FieldError { return store.CheckText(key, v, limit, required) })
	}
	s.name = text("name", t.FormName, v.Name, store.MaxShort, true)
	s.short = text("short name", t.FormShortName, v.ShortName, store.MaxShortName, false)
	s.nameJA = text("japanese name", t.FormNameJA, v.NameJA, store.MaxShort, false)
	s.yomi = text("reading", t.FormYomi, v.Yomi, store.MaxShort, false)
	var kinds []option[store.PartnerKind]
	for i, k := range store.PartnerKinds {
		kinds = append(kinds, option[store.PartnerKind]{value: k, label: t.PartnerKind(k), key: rune('1' + i)})
	}
	s.kind = newChoice("kind", t.FormKind, kinds, v.Kind)
	s.tracked = newToggle(c, "tracked", t.FormTracked, v.Tracked)
	if old == nil {
		// A new partner is tracked by its kind's default until the user
		// says otherwise.
		s.kind.onPick = func(k store.PartnerKind) {
			if !s.trackedTouched {
				s.tracked.on = store.TrackedByDefault(k)
				s.tracked.given = s.tracked.on
			}
		}
		s.tracked.onToggle = func(bool) { s.trackedTouched = true }
	}
	var countries []option[int64]
	chosen := []int64{}
	for i, code := range c.Ref.CountryCodes {
		country := c.Ref.Countries[code]
		countries = append(countries, option[int64]{value: int64(i), label: t.WithAside(c.countryName(code), code),
			also: strings.Join([]string{country.NameEN, country.NameJA, country.Yomi}, "\n"), code: code})
		if code == v.CountryCode {
			chosen = []int64{int64(i)}
		}
	}
	s.country = newPicker(c, "country", t.FormCountry, countries, chosen, false)
	s.country.required = true
	since := ""
	if v.Since != 0 {
		since = strconv.Itoa(v.Since)
	}
	s.since = newText(c, "since", t.FormSince, since, func(v string) *store.FieldError {
		_, fe := parseYear(c, v)
		return fe
	})
	s.since.box.placeholder = t.FormSinceHint
	s.contact = text("contact", t.FormContact, v.Contact, store.MaxNote, false)
	s.companies = text("companies", t.FormCompanies, v.Companies, store.MaxNote, false)
	s.notes = text("notes", t.FormNotes, v.Notes, store.MaxNote, false).multi(3, true)
	return newForm(c, s, title, draft, s.name, s.short, s.nameJA, s.yomi, s.kind, s.country, s.tracked, s.since,
		s.contact, s.companies, s.notes)
}

// parseYear reads the since field: a year, or nothing.
func parseYear(c *Common, v string) (int, *store.FieldError) { return store.ParseSince(v, c.Now()) }

// partner is what the fields say, over the partner as loaded.
func (s *partnerForm) partner() (store.Partner, *store.FieldError) {
	var p store.Partner
	if s.old != nil {
		p = *s.old // what the form does not show stays as it is
	}
	p.Name, p.ShortName, p.NameJA, p.Yomi = s.name.value(), s.short.value(), s.nameJA.value(), s.yomi.value()
	p.Kind, p.Tracked = s.kind.value(), s.tracked.on
	if len(s.country.chosen) == 1 {
		p.CountryCode = s.c.Ref.CountryCodes[s.country.chosen[0]]
	}
	p.Contact, p.Companies, p.Notes = s.contact.value(), s.companies.value(), s.notes.value()
	var fe *store.FieldError
	if s.since.changed() || s.old == nil {
		p.Since, fe = parseYear(s.c, s.since.value())
	}
	if fe != nil {
		return p, fe
	}
	return p, p.Validate(s.c.Now())
}

func (s *partnerForm) submit(f *form) (tea.Cmd, error) {
	p, fe := s.partner()
	if fe != nil {
		return nil, fe
	}
	st, ctx, t, to := s.c.Store, s.c.Context(), s.c.T, to{f.id}
	if s.old == nil {
		return func() tea.Msg {
			id, err := st.AddPartner(ctx, p)
			if err != nil {
				return savedMsg{to: to, err: err}
			}
			name := render.Line(p.Name)
			return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.PartnerAdded, name), change: partnerAdded{id, name},
				touch: touchPartners, focus: &focus{kind: touchPartners, id: id, isNew: true}}}
		}, nil
	}
	s.patch = s.old.Diff(p)
	if s.patch.IsZero() {
		return nil, nil
	}
	return s.write(f), nil
}

func (s *partnerForm) write(f *form) tea.Cmd {
	st, ctx, t, to, id, p := s.c.Store, s.c.Context(), s.c.T, to{f.id}, s.old.ID, s.patch
	p.By = s.c.Author
	return func() tea.Msg {
		ch, err := st.PatchPartner(ctx, id, p)
		if err != nil {
			return savedMsg{to: to, err: err}
		}
		if !ch.Changed {
			return savedMsg{to: to, done: changedMsg{status: t.NothingChanged}}
		}
		return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.PartnerUpdated, render.Line(ch.After.Label())),
			change: partnerEdited{ch.Before, ch.After}, touch: touchPartners | touchEntries,
			focus: &focus{kind: touchPartners, id: id}}}
	}
}

func (s *partnerForm) retry(f *form, keepTheirs []string, current any, _ bool) tea.Cmd {
	s.patch = rebase(s.patch, keepTheirs, current, func(p store.PartnerPatch, base *store.Partner) store.PartnerPatch {
		p.Base = base
		return p
	})
	return s.write(f)
}

// ---- the assessment form ----

// assessForm records partner p's stage on a goal. The rubric of the stage
// chosen is shown under the stages; entries are the partner's newest, one
// of which may be the evidence.
type assessForm struct {
	c        *Common
	p        store.Partner
	goal     *choiceField[int]
	stage    *choiceField[int]
	date     *dateField
	note     *textField
	evidence *pickerField
	// current is the partner's stage on each goal it was assessed on;
	// picked is set once the user chose a stage, which a change of goal
	// then leaves as it is.
	current map[int]int
	picked  bool
}

// newAssessForm records p's stage: on goal (the one the partner screen
// was reached through) if not 0, else on the first goal, the stage
// chosen at the partner's current one on it. history is p's assessments,
// newest first.
func newAssessForm(c *Common, p store.Partner, history []store.Assessment, goal int, entries []store.Entry) *form {
	t := c.T
	s := &assessForm{c: c, p: p, current: map[int]int{}}
	for _, a := range history {
		if _, ok := s.current[a.GoalID]; !ok {
			s.current[a.GoalID] = a.Stage
		}
	}
	var goals []option[int]
	first := 0
	for _, g := range c.Ref.Goals {
		goals = append(goals, option[int]{value: g.ID, label: render.Line(g.ShortTitleIn(c.Lang())), key: rune('0' + g.ID)})
		if g.ID == goal {
			first = goal
		}
	}
	if first == 0 && len(goals) > 0 {
		first = goals[0].value
	}
	s.goal = newChoice("goal", t.FormGoal, goals, first)
	var stages []option[int]
	for n := 0; n <= store.MaxStage; n++ {
		stages = append(stages, option[int]{value: n, key: rune('0' + n)})
	}
	s.stage = newChoice("stage", t.FormStage, stages, s.current[first])
	name := func() {
		for i := range s.stage.options {
			s.stage.options[i].label = render.Line(c.stageName(s.goal.value(), i))
		}
	}
	name()
	s.goal.onPick = func(g int) {
		name()
		if !s.picked {
			s.stage.index = s.current[g] // the options are the stages 0…MaxStage
		}
	}
	s.stage.onPick = func(int) { s.picked = true }
	s.stage.note = func(n int) string {
		st := c.Ref.stage(s.goal.value(), n)
		return t.WithNote(render.Line(st.RubricIn(c.Lang())), t.Note(st.RubricNote(c.Lang())))
	}
	s.date = newDate(c, "date", t.FormDate, c.today(), true, false)
	s.note = newText(c, "note", t.FormNote, "", func(v string) *store.FieldError {
		return store.CheckText("note", v, store.MaxNote, false)
	}).multi(2, false)
	opts := []option[int64]{{value: 0, label: t.FormNoEvidence}}
	for i, e := range entries {
		if i == 30 {
			break
		}
		opts = append(opts, option[int64]{value: e.ID, label: fmt.Sprintf("#%d %s %s", e.ID, e.Date, render.Line(e.Title)),
			short: fmt.Sprintf("#%d", e.ID)})
	}
	s.evidence = newPicker(c, "entry", t.FormEvidence, opts, []int64{0}, false)
	s.evidence.rows = 4
	return newForm(c, s, fmt.Sprintf(t.FormAssessTitle, render.Line(p.Label())), fmt.Sprintf("assess:%d", p.ID),
		s.goal, s.stage, s.date, s.note, s.evidence)
}

func (s *assessForm) submit(f *form) (tea.Cmd, error) {
	a := store.NewAssessment{PartnerID: s.p.ID, GoalID: s.goal.value(), Stage: s.stage.value(), Date: s.date.value(),
		Note: s.note.value(), Author: s.c.Author}
	if len(s.evidence.chosen) == 1 {
		a.EntryID = s.evidence.chosen[0]
	}
	if fe := a.Validate(s.c.Now()); fe != nil {
		return nil, fe
	}
	st, ctx, t, to, label := s.c.Store, s.c.Context(), s.c.T, to{f.id}, render.Line(s.p.Label())
	if cur, ok := s.current[a.GoalID]; ok && a.Stage < cur && !f.confirmed {
		return nil, &askFirst{fmt.Sprintf(t.AskStageDrop, label, cur, a.GoalID, a.Stage)}
	}
	return func() tea.Msg {
		id, err := st.AddAssessment(ctx, a)
		if err != nil {
			return savedMsg{to: to, err: err}
		}
		// The assessment as stored, to undo: its uid and time are the store's.
		rec, err := st.Assessment(ctx, id)
		if err != nil {
			rec = store.Assessment{ID: id, NewAssessment: a}
		}
		return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.StageRecorded, label, a.Stage, a.GoalID),
			change: &assessmentAdded{a: rec, label: label}, touch: touchAssessments}}
	}, nil
}

// assessmentAdded is an assessment recorded in this session: undo removes
// it (asking first if it was changed since), redo records it again, as a
// new row with the same uid.
type assessmentAdded struct {
	a     store.Assessment
	label string // the partner's
}

func (ch *assessmentAdded) describe(c *Common) string {
	return fmt.Sprintf(c.T.UndoAssessmentAdd, ch.a.Stage, ch.a.GoalID, ch.label)
}
func (ch *assessmentAdded) touches() touched { return touchAssessments }
func (ch *assessmentAdded) affected(bool) *focus {
	return nil
}
func (ch *assessmentAdded) undo(ctx context.Context, c *Common, force bool) error {
	_, err := c.Store.DeleteAssessment(ctx, ch.a.ID, &ch.a, force)
	return err
}
func (ch *assessmentAdded) redo(ctx context.Context, c *Common, _ bool) error {
	id, err := c.Store.AddAssessment(ctx, ch.a.NewAssessment)
	if err != nil {
		return err
	}
	if rec, err := c.Store.Assessment(ctx, id); err == nil {
		ch.a = rec
	} else {
		ch.a.ID = id
	}
	return nil
}

func (s *assessForm) retry(f *form, _ []string, _ any, _ bool) tea.Cmd { return nil }

func (s *partnerForm) record() any {
	if s.old == nil {
		return nil
	}
	return s.old
}

func (s *partnerForm) restoreRecord(b []byte) bool { return readRecord(b, &s.old) }
