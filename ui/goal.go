package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/render"
	"vision2030/store"
)

// goalScreen is one goal: progress with its coverage, partners by stage,
// countries by stage (which open), the quarterly history, the partners
// behind, the description and the rubric. e edits the goal (texts in both
// languages, the 2030 target); enter on a rubric line edits that stage.
type goalScreen struct {
	base
	goal    int
	sum     *store.GoalSummary
	cs      []store.CountryStages
	behind  []store.PartnerStage
	nBehind int
	err     error
	ld      loader
	vp      viewport.Model
	cursor  int   // over the countries, then the stages of the rubric
	lines   []int // the line of each item
}

// maxBehind is how many partners behind a goal screen names.
const maxBehind = 15

type goalMsg struct {
	to
	seq     int
	sum     store.GoalSummary
	cs      []store.CountryStages
	behind  []store.PartnerStage
	nBehind int
	err     error
}

func newGoalScreen(c *Common, goal int) Screen {
	return &goalScreen{base: newBase(c), goal: goal, vp: viewport.New()}
}

func (s *goalScreen) Title() string { return fmt.Sprintf(s.c.T.GoalCrumb, s.goal) }
func (s *goalScreen) Init() tea.Cmd { return s.load() }
func (s *goalScreen) close()        { s.ld.stop() }

func (s *goalScreen) load() tea.Cmd {
	ctx, seq := s.ld.next(s.c)
	st, now, goal, to, lang := s.c.Store, s.c.Now(), s.goal, to{s.id}, s.c.Lang()
	return func() tea.Msg {
		m := goalMsg{to: to, seq: seq}
		goals, err := st.GoalProgress(ctx, now)
		if err != nil {
			m.err = err
			return m
		}
		for _, g := range goals {
			if g.Goal.ID == goal {
				m.sum = g
			}
		}
		if m.cs, m.err = st.GoalCountries(ctx, goal, now, lang); m.err != nil {
			return m
		}
		m.behind, m.nBehind, m.err = st.PartnerStages(ctx, store.StageQuery{Goal: goal, Behind: true, Limit: maxBehind}, now)
		return m
	}
}

func (s *goalScreen) Reload(t touched) tea.Cmd {
	if t&(touchAssessments|touchPartners|touchGoals|touchEntries) == 0 {
		return nil
	}
	return s.load()
}

func (s *goalScreen) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.vp.SetWidth(s.w)
	s.vp.SetHeight(max(s.h-1, 1)) // the last line says whether there is more
	s.draw()
	s.follow()
}

func (s *goalScreen) items() int { return len(s.cs) + store.MaxStage + 1 }

func (s *goalScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case goalMsg:
		if msg.seq != s.ld.seq {
			return nil
		}
		s.err = msg.err
		if msg.err == nil {
			s.sum, s.cs, s.behind, s.nBehind = &msg.sum, msg.cs, msg.behind, msg.nBehind
			s.cursor = min(s.cursor, s.items()-1)
			s.draw()
			s.follow() // the selected row is in view, also on opening
		}
	case tea.KeyPressMsg:
		k := s.c.Keys
		switch {
		case s.sum == nil:
		case matches(msg, k.Down):
			s.cursor = min(s.cursor+1, s.items()-1)
			s.draw()
			s.follow()
		case matches(msg, k.Up):
			s.cursor = max(s.cursor-1, 0)
			s.draw()
			s.follow()
		case matches(msg, k.Top), matches(msg, k.Bottom):
			s.cursor = 0
			if matches(msg, k.Bottom) {
				s.cursor = s.items() - 1
			}
			s.draw()
			scrollKeys(&s.vp, k, msg)
		case matches(msg, k.PageDown), matches(msg, k.PageUp):
			off := s.vp.YOffset()
			scrollKeys(&s.vp, k, msg)
			s.pageCursor(matches(msg, k.PageDown), s.vp.YOffset() == off)
		case matches(msg, k.Open):
			return s.open()
		case matches(msg, k.Edit):
			if why := s.c.refuseWrite(); why != "" {
				return status(why, false)
			}
			if s.cursor >= len(s.cs) {
				return push(newStageForm(s.c, s.c.Ref.stage(s.goal, s.cursor-len(s.cs))))
			}
			return push(newGoalForm(s.c, s.sum.Goal))
		}
	}
	return nil
}

func (s *goalScreen) open() tea.Cmd {
	if s.cursor < len(s.cs) {
		return push(newCountryScreen(s.c, s.cs[s.cursor].Country, s.goal))
	}
	if why := s.c.refuseWrite(); why != "" {
		return status(why, false)
	}
	return push(newStageForm(s.c, s.c.Ref.stage(s.goal, s.cursor-len(s.cs))))
}

// pageCursor moves the selection after a page down or up (see
// pagedCursor), and shows it when the page could not scroll further down.
func (s *goalScreen) pageCursor(down, stuck bool) {
	cursor, changed := pagedCursor(s.lines, s.cursor, s.vp.YOffset(), s.vp.Height(), down, stuck)
	if !changed {
		return
	}
	s.cursor = cursor
	off := s.vp.YOffset()
	s.draw()
	s.vp.SetYOffset(off)
	if stuck && down {
		s.follow()
	}
}

func (s *goalScreen) follow() {
	if s.cursor >= len(s.lines) {
		return
	}
	line := s.lines[s.cursor]
	showLine(&s.vp, line)
}

func (s *goalScreen) Click(x, y int) tea.Cmd {
	line := s.vp.YOffset() + y
	for i, l := range s.lines {
		if l == line {
			again := i == s.cursor
			s.cursor = i
			off := s.vp.YOffset()
			s.draw()
			s.vp.SetYOffset(off)
			if again {
				return s.open()
			}
		}
	}
	return nil
}

func (s *goalScreen) Wheel(x, y, delta int) tea.Cmd {
	scrollBy(&s.vp, delta)
	return nil
}

// draw lays the goal out in the viewport.
func (s *goalScreen) draw() {
	if s.sum == nil {
		return
	}
	c, st, t, w := s.c, s.c.Styles, s.c.T, s.w
	g, glyphs, lang := *s.sum, render.Glyphs(), c.Lang()
	var lines []string
	add := func(text string) { lines = append(lines, strings.Split(text, "\n")...) }
	wrapped := func(text string, style lipgloss.Style) { add(style.Render(render.Wrap(text, w))) }
	title := fmt.Sprintf(t.GoalHeading, g.Goal.ID, render.Line(g.Goal.TitleIn(lang)))
	wrapped(t.WithNote(title, t.Note(g.Goal.TitleNote(lang))), st.Title)
	if p, ok := g.Progress(); ok {
		head := render.Bar(p, min(barMax, max(w/4, 4)), st.Dash, glyphs) + " " +
			render.ProgressStyle(p, g.Goal.Target, st.Dash).Render(fmt.Sprintf(t.ProgressShort, 100*p, 100*g.Goal.Target)) +
			sep() + render.StatusStyle(g.Status, st.Dash).Render(t.Statuses[g.Status])
		if render.Width(head) > w {
			head = render.StatusStyle(g.Status, st.Dash).Render(t.Statuses[g.Status])
		}
		add(head)
		detail := fmt.Sprintf(t.ProgressValue, g.AtFramework, g.Tracked, g.Assessed)
		if g.HasProjection {
			detail += sep() + fmt.Sprintf(t.ProjectionValue, 100*g.Projection)
		}
		wrapped(detail, st.Subtle)
	} else {
		wrapped(t.NotAssessed+sep()+t.TrackedN.N(g.Tracked), st.Subtle)
	}
	target := fmt.Sprintf(t.TargetValue, 100*g.Goal.Target)
	if g.Goal.TargetDefault {
		target = t.WithAside(target, t.TargetDefault)
	}
	wrapped(target, st.Subtle)
	add("")

	// Partners by stage, as bars.
	add(st.Heading.Render(t.ByStageHeading))
	var bars [][]string
	for n := 0; n <= store.MaxStage; n++ {
		bars = append(bars, []string{fmt.Sprintf("%d %s", n, c.stageName(g.Goal.ID, n)),
			fmt.Sprint(g.AtStage[n])})
	}
	nameW := 0
	for _, b := range bars {
		nameW = max(nameW, render.Width(render.Line(b[0])))
	}
	nameW = min(nameW, max(w*2/5, 8)) // a stage's name is whole where the bars can give way
	for n, b := range bars {
		label := render.Fit(render.Line(b[0]), nameW)
		barW := max(min(chartMax, w-nameW-8), 1)
		add(label + "  " + render.CountBar(g.AtStage[n], g.Assessed, barW, st.Dash, glyphs) + " " + b[1])
	}
	add("")

	// Countries by stage: they open.
	s.lines = nil
	add(st.Heading.Render(t.ByCountryHeading))
	head := []string{"", t.ColCountry}
	for n := 0; n <= store.MaxStage; n++ {
		head = append(head, fmt.Sprint(n))
	}
	head = append(head, t.ColUnassessed)
	tb := render.NewTable(head...).MaxWidth(w).HeaderStyle(st.Label).Fixed(0, 2, 3, 4, 5, 6, 7)
	sel := -1
	for i, cs := range s.cs {
		mark := " "
		if i == s.cursor {
			mark, sel = glyphs.Marker, i
		}
		row := []string{mark, t.WithAside(cs.Country.NameIn(lang), cs.Country.Code)}
		for n := 0; n <= store.MaxStage; n++ {
			cell := t.NoValue
			if cs.AtStage[n] > 0 {
				cell = fmt.Sprint(cs.AtStage[n])
			}
			row = append(row, cell)
		}
		unassessed := t.NoValue // as the stages say none
		if cs.Unassessed > 0 {
			unassessed = fmt.Sprint(cs.Unassessed)
		}
		tb.Row(append(row, unassessed)...)
	}
	tb.Selected(sel, st.Selected)
	first := len(lines) + 1
	if len(s.cs) == 0 {
		add(st.Subtle.Render(t.NoTrackedPartners))
	} else {
		add(tb.String())
		for i := range s.cs {
			s.lines = append(s.lines, first+i)
		}
	}
	add("")

	// Quarterly history.
	add(st.Heading.Render(t.HistoryHeading))
	if len(g.History) == 0 {
		add(st.Subtle.Render(t.NoHistory))
	}
	hist := g.History[max(len(g.History)-render.SparkPoints, 0):]
	labelW := 0
	for _, q := range hist {
		labelW = max(labelW, render.Width(t.QuarterLabel(q.Quarter)))
	}
	for _, q := range hist {
		add(render.Fit(t.QuarterLabel(q.Quarter), labelW+2) + render.Bar(q.Progress, max(min(chartMax, w-labelW-8), 1), st.Dash, glyphs) +
			fmt.Sprintf(" %3.0f%%", 100*q.Progress))
	}
	if g.HasProjection {
		add(render.Fit("2030", labelW+2) + st.Subtle.Render(fmt.Sprintf(t.ProjectionValue, 100*g.Projection)))
	}
	add("")

	// The partners behind.
	wrapped(fmt.Sprintf(t.BehindHeading, s.nBehind), st.Heading)
	if s.nBehind == 0 {
		add(st.Subtle.Render(t.NoneBehind))
	}
	for _, p := range s.behind {
		add(render.Truncate(fmt.Sprintf("%d  %s%s%s", p.Stage, t.WithAside(render.Line(p.Partner.NameIn(lang)), p.Partner.CountryCode), sep(), p.Date), w))
	}
	if s.nBehind > len(s.behind) {
		add(st.Subtle.Render(fmt.Sprintf(t.AndMore, s.nBehind-len(s.behind))))
	}
	add("")

	// The description, after the figures: they (and the first country,
	// selected) come first on a screen of 24 lines.
	if d := g.Goal.DescriptionIn(lang); d != "" {
		wrapped(t.WithNote(render.Line(d), t.Note(g.Goal.DescriptionNote(lang))), st.Value)
		add("")
	}

	// The rubric: each stage opens its form. A note on the stages' texts
	// (a draft, a translation to confirm) is said once, under the list,
	// each stage it is about marked.
	add(st.Heading.Render(t.RubricHeading) + "  " + st.Subtle.Render(fmt.Sprintf(t.RubricEditHint, keyOf(c.Keys.Edit))))
	notes := t.Footnotes()
	for n := 0; n <= store.MaxStage; n++ {
		stage := c.Ref.stage(g.Goal.ID, n)
		notes.Add(fmt.Sprintf("%d %s %s %s", n, render.Line(stage.NameIn(lang)), glyphs.Dash, render.Line(stage.RubricIn(lang))),
			stage.RubricNote(lang))
	}
	for n := 0; n <= store.MaxStage; n++ {
		text := notes.Marked(n)
		i := len(s.cs) + n
		s.lines = append(s.lines, len(lines))
		marker := "  "
		style := st.Value
		if i == s.cursor {
			marker, style = glyphs.Marker+" ", st.Selected
		}
		for j, l := range strings.Split(render.Wrap(text, max(w-2, 1)), "\n") {
			if j == 0 {
				add(st.Marker.Render(marker) + style.Render(l))
			} else {
				add("  " + style.Render(l))
			}
		}
	}
	for _, l := range notes.Lines() {
		wrapped(l, st.Subtle)
	}
	s.vp.SetContent(strings.Join(lines, "\n"))
}

func (s *goalScreen) View() string {
	if msg, ok := s.c.notLoaded(s.err, s.sum == nil, s.w); ok {
		return msg
	}
	return moreBelow(s.c, &s.vp, s.w)
}

func (s *goalScreen) ShortHelp() []key.Binding {
	k, t := s.c.Keys, s.c.T
	b := []key.Binding{k.Open}
	switch {
	case s.c.refuseWrite() != "":
	case s.cursor >= len(s.cs): // on a stage: e edits it, as the rubric's hint says
		b = append(b, withHelp(k.Edit, t.KeyEditStage))
	default:
		b = append(b, withHelp(k.Edit, t.KeyEditGoal))
	}
	return append(b, k.Down, k.Back, k.Help)
}

func (s *goalScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// ---- changes ----

type goalEdited struct{ before, after store.Goal }

func (ch goalEdited) describe(c *Common) string { return fmt.Sprintf(c.T.UndoGoalEdit, ch.before.ID) }
func (ch goalEdited) touches() touched          { return touchGoals }
func (ch goalEdited) affected(bool) *focus      { return nil }
func (ch goalEdited) undo(ctx context.Context, c *Common, force bool) error {
	p := ch.after.Diff(ch.before)
	p.Force, p.By = force, c.Author
	_, err := c.Store.PatchGoal(ctx, ch.after.ID, p)
	return err
}
func (ch goalEdited) redo(ctx context.Context, c *Common, force bool) error {
	p := ch.before.Diff(ch.after)
	p.Force, p.By = force, c.Author
	_, err := c.Store.PatchGoal(ctx, ch.after.ID, p)
	return err
}

type stageEdited struct{ before, after store.Stage }

func (ch stageEdited) describe(c *Common) string {
	return fmt.Sprintf(c.T.UndoStageEdit, ch.before.Stage, ch.before.GoalID)
}
func (ch stageEdited) touches() touched     { return touchGoals }
func (ch stageEdited) affected(bool) *focus { return nil }
func (ch stageEdited) undo(ctx context.Context, c *Common, force bool) error {
	p := ch.after.Diff(ch.before)
	p.Force = force
	_, err := c.Store.PatchStage(ctx, ch.after.GoalID, ch.after.Stage, p)
	return err
}
func (ch stageEdited) redo(ctx context.Context, c *Common, force bool) error {
	p := ch.before.Diff(ch.after)
	p.Force = force
	_, err := c.Store.PatchStage(ctx, ch.after.GoalID, ch.after.Stage, p)
	return err
}

// ---- the goal form ----

// goalForm edits a goal's texts in both languages, whether its description
// is a draft and its Japanese confirmed, and its 2030 target (empty for
// the default).
type goalForm struct {
	c                                            *Common
	old                                          store.Goal
	title, titleJA, short, shortJA, desc, descJA *textField
	draft, confirmed                             *toggleField
	target                                       *textField
	patch                                        store.GoalPatch
}

func newGoalForm(c *Common, g store.Goal) *form {
	t := c.T
	s := &goalForm{c: c, old: g}
	text := func(key, label, value string, limit int, required bool) *textField {
		return newText(c, key, label, value, func(v string) *store.FieldError { return store.CheckText(key, v, limit, required) })
	}
	s.title = text("title", t.FormTitleEN, g.Title, store.MaxTitle, true)
	s.titleJA = text("japanese title", t.FormTitleJA, g.TitleJA, store.MaxTitle, false)
	s.short = text("short title", t.FormShortTitleEN, g.ShortTitle, store.MaxShort, false)
	s.shortJA = text("japanese short title", t.FormShortTitleJA, g.ShortTitleJA, store.MaxShort, false)
	s.desc = text("description", t.FormDescriptionEN, g.Description, store.MaxNote, false).multi(3, false)
	s.descJA = text("japanese description", t.FormDescriptionJA, g.DescriptionJA, store.MaxNote, false).multi(3, false)
	s.draft = newToggle(c, "description draft", t.FormDescriptionDraft, g.DescriptionDraft)
	s.confirmed = newToggle(c, "japanese confirmed", t.FormJAConfirmed, g.JAConfirmed)
	target := ""
	if !g.TargetDefault {
		target = strconv.FormatFloat(100*g.Target, 'f', -1, 64)
	}
	s.target = newText(c, "target", t.FormTarget, target, func(v string) *store.FieldError {
		_, _, fe := parseTarget(v)
		return fe
	})
	s.target.box.placeholder = fmt.Sprintf(t.FormTargetHint, 100*store.DefaultTarget)
	return newForm(c, s, fmt.Sprintf(t.FormEditGoal, g.ID), fmt.Sprintf("goal:%d", g.ID),
		s.title, s.titleJA, s.short, s.shortJA, s.desc, s.descJA, s.draft, s.confirmed, s.target)
}

// parseTarget reads a target in percent; "" is the default.
func parseTarget(v string) (float64, bool, *store.FieldError) {
	v = strings.TrimSuffix(strings.TrimSpace(v), "%")
	if strings.TrimSpace(v) == "" {
		return store.DefaultTarget, true, nil
	}
	p, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || p <= 0 || p > 100 {
		return 0, false, &store.FieldError{Field: "target", Problem: store.ProblemBadTarget, Value: v}
	}
	return p / 100, false, nil
}

func (s *goalForm) submit(f *form) (tea.Cmd, error) {
	g := s.old
	g.Title, g.TitleJA, g.ShortTitle, g.ShortTitleJA = s.title.value(), s.titleJA.value(), s.short.value(), s.shortJA.value()
	g.Description, g.DescriptionJA = s.desc.value(), s.descJA.value()
	g.DescriptionDraft, g.JAConfirmed = s.draft.on, s.confirmed.on
	if s.target.changed() {
		var fe *store.FieldError
		if g.Target, g.TargetDefault, fe = parseTarget(s.target.value()); fe != nil {
			return nil, fe
		}
	}
	if fe := g.Validate(); fe != nil {
		return nil, fe
	}
	s.patch = s.old.Diff(g)
	if s.patch.IsZero() {
		return nil, nil
	}
	return s.write(f), nil
}

func (s *goalForm) write(f *form) tea.Cmd {
	st, ctx, t, to, id, p := s.c.Store, s.c.Context(), s.c.T, to{f.id}, s.old.ID, s.patch
	p.By = s.c.Author
	return func() tea.Msg {
		ch, err := st.PatchGoal(ctx, id, p)
		if err != nil {
			return savedMsg{to: to, err: err}
		}
		return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.GoalUpdated, id), change: goalEdited{ch.Before, ch.After},
			touch: touchGoals}}
	}
}

func (s *goalForm) retry(f *form, keepTheirs []string, current any, _ bool) tea.Cmd {
	s.patch = rebase(s.patch, keepTheirs, current, func(p store.GoalPatch, base *store.Goal) store.GoalPatch {
		p.Base = base
		return p
	})
	return s.write(f)
}

// ---- the stage form ----

// stageForm edits one stage of a goal's rubric: its name and rubric line in
// both languages, and whether the English line is a draft.
type stageForm struct {
	c                              *Common
	old                            store.Stage
	name, nameJA, rubric, rubricJA *textField
	draft, confirmed               *toggleField
	patch                          store.StagePatch
}

func newStageForm(c *Common, st store.Stage) *form {
	t := c.T
	s := &stageForm{c: c, old: st}
	text := func(key, label, value string, limit int, required bool) *textField {
		return newText(c, key, label, value, func(v string) *store.FieldError { return store.CheckText(key, v, limit, required) })
	}
	s.name = text("name", t.FormNameEN, st.Name, store.MaxShort, true)
	s.nameJA = text("japanese name", t.FormNameJA, st.NameJA, store.MaxShort, false)
	s.rubric = text("rubric", t.FormRubricEN, st.Rubric, store.MaxNote, false).multi(3, false)
	s.rubricJA = text("japanese rubric", t.FormRubricJA, st.RubricJA, store.MaxNote, false).multi(3, false)
	s.draft = newToggle(c, "rubric draft", t.FormRubricDraft, st.RubricDraft)
	s.confirmed = newToggle(c, "japanese confirmed", t.FormJAConfirmed, st.JAConfirmed)
	return newForm(c, s, fmt.Sprintf(t.FormEditStage, st.Stage, st.GoalID), fmt.Sprintf("stage:%d:%d", st.GoalID, st.Stage),
		s.name, s.nameJA, s.rubric, s.rubricJA, s.draft, s.confirmed)
}

func (s *stageForm) submit(f *form) (tea.Cmd, error) {
	st := s.old
	st.Name, st.NameJA, st.Rubric, st.RubricJA = s.name.value(), s.nameJA.value(), s.rubric.value(), s.rubricJA.value()
	st.RubricDraft, st.JAConfirmed = s.draft.on, s.confirmed.on
	if fe := st.Validate(); fe != nil {
		return nil, fe
	}
	s.patch = s.old.Diff(st)
	if s.patch.IsZero() {
		return nil, nil
	}
	return s.write(f), nil
}

func (s *stageForm) write(f *form) tea.Cmd {
	st, ctx, t, to, old, p := s.c.Store, s.c.Context(), s.c.T, to{f.id}, s.old, s.patch
	return func() tea.Msg {
		ch, err := st.PatchStage(ctx, old.GoalID, old.Stage, p)
		if err != nil {
			return savedMsg{to: to, err: err}
		}
		return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.StageUpdated, old.Stage, old.GoalID),
			change: stageEdited{ch.Before, ch.After}, touch: touchGoals}}
	}
}

func (s *stageForm) retry(f *form, keepTheirs []string, current any, _ bool) tea.Cmd {
	s.patch = rebase(s.patch, keepTheirs, current, func(p store.StagePatch, base *store.Stage) store.StagePatch {
		p.Base = base
		return p
	})
	return s.write(f)
}

func (s *goalForm) record() any                  { return s.old }
func (s *goalForm) restoreRecord(b []byte) bool  { return readRecord(b, &s.old) }
func (s *stageForm) record() any                 { return s.old }
func (s *stageForm) restoreRecord(b []byte) bool { return readRecord(b, &s.old) }
