package ui

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"vision2030/store"
)

// form is a huh form over values bound by pointer, so that a form rebuilt
// after a failed save keeps everything the user typed. The entry, partner
// and action forms are each a build function and a save function.
type form struct {
	c      *Common
	title  string
	huh    *huh.Form
	build  func() *huh.Form
	save   func() (tea.Cmd, error) // validates; a cmd that writes and answers savedMsg
	err    string                  // why the last save failed
	saving bool

	// huh moves between fields through a command, so a key typed right after
	// enter would reach the field being left. Keys that arrive while a move
	// is under way wait in queue until the focus has moved.
	moving   bool
	movingAt huh.Field // the field being left
	queue    []tea.Msg
	moveSeq  int
}

// formFlushMsg releases the queued keys if a move never completes (enter
// that only closed a filter, say).
type formFlushMsg struct{ seq int }

// moveTimeout is how long keys wait for a move before they are released.
const moveTimeout = 300 * time.Millisecond

// savedMsg reports the end of a save.
type savedMsg struct {
	status string    // what to tell the user
	undo   *undoStep // how to take it back; nil if it cannot be
	focus  int64     // an entry to show, 0 for none
	err    error
}

// undoStep is the inverse of one change made in this session.
type undoStep struct {
	desc string // what it undoes, for the status line
	run  func(ctx context.Context) error
}

func newForm(c *Common, title string, build func() *huh.Form, save func() (tea.Cmd, error)) *form {
	f := &form{c: c, title: title, build: build, save: save}
	f.rebuild()
	return f
}

func (f *form) rebuild() {
	h := f.c.BodyHeight()
	f.huh = f.build().WithTheme(huh.ThemeFunc(huh.ThemeCharm)).WithShowHelp(true).
		WithWidth(max(min(f.c.Width, 100), 1)).WithHeight(max(h-2, 1))
}

// fieldErr turns a store field check into the error huh shows under a field.
func (c *Common) fieldErr(fe *store.FieldError) error {
	if fe == nil {
		return nil
	}
	return errors.New(c.T.FieldError(fe))
}

// filtering reports whether the focused field is filtering its options, when
// esc belongs to the field and not to the form.
func (f *form) filtering() bool {
	if fl, ok := f.huh.GetFocusedField().(interface{ GetFiltering() bool }); ok {
		return fl.GetFiltering()
	}
	return false
}

func (f *form) init() tea.Cmd { return f.huh.Init() }

// update passes msg to the form, keeping keys in order across moves
// between fields, and starts the save when the form completes.
func (f *form) update(msg tea.Msg) tea.Cmd {
	if f.saving {
		return nil
	}
	switch msg := msg.(type) {
	case formFlushMsg:
		if msg.seq == f.moveSeq && f.moving {
			return f.flush()
		}
		return nil
	case tea.KeyPressMsg:
		if f.moving {
			f.queue = append(f.queue, msg)
			return nil
		}
		from := f.huh.GetFocusedField()
		cmd := f.step(msg)
		switch msg.String() {
		case "enter", "tab", "shift+tab":
			if f.saving || f.huh.State != huh.StateNormal || from == nil || from.Error() != nil || f.huh.GetFocusedField() != from {
				return cmd
			}
			f.moving, f.movingAt = true, from
			f.moveSeq++
			seq := f.moveSeq
			return tea.Batch(cmd, tea.Tick(moveTimeout, func(time.Time) tea.Msg { return formFlushMsg{seq} }))
		}
		return cmd
	}
	cmd := f.step(msg)
	if f.moving && f.huh.GetFocusedField() != f.movingAt {
		return tea.Batch(cmd, f.flush())
	}
	return cmd
}

// flush ends a move and passes on the keys that waited for it.
func (f *form) flush() tea.Cmd {
	queue := f.queue
	f.queue, f.moving, f.movingAt = nil, false, nil
	var cmds []tea.Cmd
	for _, k := range queue {
		cmds = append(cmds, f.update(k))
	}
	return tea.Batch(cmds...)
}

// step passes one message to huh.
func (f *form) step(msg tea.Msg) tea.Cmd {
	m, cmd := f.huh.Update(msg)
	if hf, ok := m.(*huh.Form); ok {
		f.huh = hf
	}
	if f.huh.State != huh.StateCompleted {
		return cmd
	}
	save, err := f.save()
	if err != nil {
		return f.fail(err)
	}
	f.saving = true
	return save
}

// fail shows why a save failed and reopens the form with what was typed.
func (f *form) fail(err error) tea.Cmd {
	f.saving, f.moving, f.movingAt, f.queue = false, false, nil, nil
	f.err = f.c.describe(err)
	f.rebuild()
	return f.huh.Init()
}

func (f *form) resize() {
	f.huh = f.huh.WithWidth(max(min(f.c.Width, 100), 1)).WithHeight(max(f.c.BodyHeight()-2, 1))
}

func (f *form) view() string {
	s, t := f.c.Styles, f.c.T
	head := s.Heading.Render(f.title)
	if f.saving {
		head += "  " + s.Subtle.Render(t.FormSaving)
	}
	status := ""
	if fl := f.huh.GetFocusedField(); fl != nil && fl.Error() != nil {
		status = s.Error.Render(trunc(line(fl.Error().Error()), f.c.Width))
	} else if f.err != "" {
		status = s.Error.Render(trunc(line(f.err), f.c.Width))
	}
	return head + "\n" + status + "\n" + f.huh.View()
}

// formDataMsg carries what a form needs to open: the partners to pick from
// and the record to edit.
type formDataMsg struct {
	open func() *form
	err  error
}

// loadPartnersThen loads the active partners and opens a form with them.
func loadPartnersThen(c *Common, open func([]store.Partner) *form) tea.Cmd {
	st := c.Store
	return func() tea.Msg {
		ps, err := st.ActivePartners(context.Background())
		return formDataMsg{func() *form { return open(ps) }, err}
	}
}

// entryValues is what the user has typed into the entry form.
type entryValues struct {
	date, kind, title, summary    string
	partners                      []int64
	goals                         []int
	opened, firstResponse, closed string
	cameFirst                     bool
}

// entryForm adds an entry, or edits entry old if it is not nil.
func entryForm(c *Common, partners []store.Partner, old *store.Entry) *form {
	t := c.T
	v := &entryValues{date: c.Now().Format(store.DateLayout), kind: string(store.KindConsultation)}
	title := t.FormAddTitle
	if old != nil {
		title = fmt.Sprintf(t.FormEditTitle, old.ID)
		v = &entryValues{date: old.Date, kind: string(old.Kind), title: old.Title, summary: old.Summary,
			goals: append([]int(nil), old.Goals...), opened: old.Opened, firstResponse: old.FirstResponse,
			closed: old.Closed, cameFirst: old.CameFirst}
		for _, p := range old.Partners {
			v.partners = append(v.partners, p.ID)
		}
		// A partner archived since is still offered, so the link is kept.
		for _, p := range old.Partners {
			found := false
			for _, q := range partners {
				found = found || q.ID == p.ID
			}
			if !found {
				partners = append(partners, store.Partner{ID: p.ID, Name: p.Label, CountryCode: "–"})
			}
		}
	}
	entry := func() store.NewEntry {
		e := store.NewEntry{Date: strings.TrimSpace(v.date), Kind: store.EntryKind(v.kind), Title: strings.TrimSpace(v.title),
			Summary: v.summary, Author: c.Author, PartnerIDs: v.partners, GoalIDs: v.goals}
		if old != nil {
			e.Author = old.Author
		}
		if e.Kind == store.KindRequest {
			e.Opened, e.FirstResponse, e.Closed = strings.TrimSpace(v.opened), strings.TrimSpace(v.firstResponse), strings.TrimSpace(v.closed)
			e.CameFirst = v.cameFirst
		}
		return e
	}
	build := func() *huh.Form {
		var kinds []huh.Option[string]
		for _, k := range store.EntryKinds {
			kinds = append(kinds, huh.NewOption(t.EntryKind(k), string(k)))
		}
		var popts []huh.Option[int64]
		for _, p := range partners {
			label := line(p.Label())
			if p.ShortName != "" && p.ShortName != p.Name {
				label += " — " + line(p.Name)
			}
			popts = append(popts, huh.NewOption(fmt.Sprintf("%s (%s)", label, p.CountryCode), p.ID))
		}
		var goals []huh.Option[int]
		for _, g := range c.Ref.Goals {
			goals = append(goals, huh.NewOption(fmt.Sprintf("%d %s", g.ID, line(g.Title)), g.ID))
		}
		h := c.BodyHeight()
		date := func(field string, required bool) func(string) error {
			return func(s string) error {
				return c.fieldErr(store.CheckDate(field, strings.TrimSpace(s), c.Now(), required, false))
			}
		}
		notRequest := func() bool { return v.kind != string(store.KindRequest) }
		return huh.NewForm(
			huh.NewGroup(
				huh.NewInput().Key("date").Title(t.FormDate).Description(t.FormDateHint).Value(&v.date).Validate(date("date", true)),
				huh.NewSelect[string]().Key("kind").Title(t.FormKind).Options(kinds...).Value(&v.kind).Height(min(len(kinds)+2, max(h/3, 3))),
				huh.NewMultiSelect[int64]().Key("partners").Title(t.FormPartners).Description(t.FormPartnersHint).
					Options(popts...).Value(&v.partners).Filterable(true).Height(min(len(popts)+2, max(h/3, 4))).
					Validate(func(ids []int64) error {
						if len(ids) == 0 {
							return c.fieldErr(&store.FieldError{Field: "partners", Problem: store.ProblemRequired})
						}
						return nil
					}),
				huh.NewMultiSelect[int]().Key("goals").Title(t.FormGoals).Options(goals...).Value(&v.goals).
					Validate(func(ids []int) error {
						if len(ids) == 0 {
							return c.fieldErr(&store.FieldError{Field: "goals", Problem: store.ProblemRequired})
						}
						return nil
					}),
				huh.NewInput().Key("title").Title(t.FormTitle).Value(&v.title).CharLimit(store.MaxTitle).
					Validate(func(s string) error { return c.fieldErr(store.CheckText("title", s, store.MaxTitle, true)) }),
				huh.NewText().Key("summary").Title(t.FormSummary).Description(t.FormSummaryHint).Value(&v.summary).
					CharLimit(store.MaxSummary).Lines(min(5, max(h/6, 1))).
					Validate(func(s string) error { return c.fieldErr(store.CheckText("summary", s, store.MaxSummary, false)) }),
			),
			huh.NewGroup(
				huh.NewNote().Title(t.FormRequestTitle).Description(t.FormRequestHint),
				huh.NewInput().Key("opened").Title(t.FormOpened).Description(t.FormOptionalDate).Value(&v.opened).Validate(date("opened", false)),
				huh.NewInput().Key("first").Title(t.FormFirstResponse).Description(t.FormOptionalDate).Value(&v.firstResponse).Validate(date("first response", false)),
				huh.NewInput().Key("closed").Title(t.FormClosed).Description(t.FormOptionalDate).Value(&v.closed).Validate(date("closed", false)),
				huh.NewConfirm().Key("came_first").Title(t.FormCameFirst).Value(&v.cameFirst).Affirmative(t.Yes).Negative(t.No),
			).WithHideFunc(notRequest),
		)
	}
	save := func() (tea.Cmd, error) {
		e := entry()
		if fe := e.Validate(c.Now()); fe != nil {
			return nil, fe
		}
		st := c.Store
		if old == nil {
			return func() tea.Msg {
				id, err := st.AddEntry(context.Background(), e)
				if err != nil {
					return savedMsg{err: err}
				}
				return savedMsg{status: fmt.Sprintf(t.EntryAdded, id), focus: id, undo: &undoStep{
					desc: fmt.Sprintf(t.UndoAdd, id),
					run:  func(ctx context.Context) error { return st.DeleteEntry(ctx, id) },
				}}
			}, nil
		}
		id, patch := old.ID, old.Diff(e)
		return func() tea.Msg {
			ch, err := st.PatchEntry(context.Background(), id, patch)
			if err != nil {
				return savedMsg{err: err}
			}
			return savedMsg{status: fmt.Sprintf(t.EntryUpdated, id), focus: id, undo: &undoStep{
				desc: fmt.Sprintf(t.UndoEdit, id),
				run: func(ctx context.Context) error {
					_, err := st.PatchEntry(ctx, id, ch.After.Diff(ch.Before.Edit()))
					return err
				},
			}}
		}, nil
	}
	return newForm(c, title, build, save)
}

// partnerValues is what the user has typed into the partner form.
type partnerValues struct {
	name, short, kind, country, since, contact, companies, notes string
}

// partnerForm adds a partner, or edits old if it is not nil.
func partnerForm(c *Common, old *store.Partner) *form {
	t := c.T
	v := &partnerValues{kind: string(store.KindUnion)}
	title := t.FormNewPartner
	if old != nil {
		title = fmt.Sprintf(t.FormEditPartner, line(old.Label()))
		v = &partnerValues{name: old.Name, short: old.ShortName, kind: string(old.Kind), country: old.CountryCode,
			contact: old.Contact, companies: old.Companies, notes: old.Notes}
		if old.Since != 0 {
			v.since = strconv.Itoa(old.Since)
		}
	}
	partner := func() (store.Partner, *store.FieldError) {
		var p store.Partner
		if old != nil {
			p = *old // the fields the form does not show stay as they are
		} else {
			p.Tracked = store.TrackedByDefault(store.PartnerKind(v.kind))
		}
		p.Name, p.ShortName, p.Kind, p.CountryCode = v.name, v.short, store.PartnerKind(v.kind), v.country
		p.Contact, p.Companies, p.Notes, p.Since = v.contact, v.companies, v.notes, 0
		if s := strings.TrimSpace(v.since); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				return p, &store.FieldError{Field: "since", Problem: store.ProblemBadYear, Value: s}
			}
			p.Since = n
		}
		return p, p.Validate(c.Now())
	}
	build := func() *huh.Form {
		var kinds []huh.Option[string]
		for _, k := range store.PartnerKinds {
			kinds = append(kinds, huh.NewOption(t.PartnerKind(k), string(k)))
		}
		var countries []huh.Option[string]
		for _, code := range c.Ref.CountryCodes {
			countries = append(countries, huh.NewOption(fmt.Sprintf("%s (%s)", line(c.countryName(code)), code), code))
		}
		h := c.BodyHeight()
		text := func(field string, limit int, required bool) func(string) error {
			return func(s string) error { return c.fieldErr(store.CheckText(field, s, limit, required)) }
		}
		return huh.NewForm(huh.NewGroup(
			huh.NewInput().Key("name").Title(t.FormName).Value(&v.name).Validate(text("name", store.MaxShort, true)),
			huh.NewInput().Key("short").Title(t.FormShortName).Value(&v.short).Validate(text("short name", store.MaxShortName, false)),
			huh.NewSelect[string]().Key("kind").Title(t.FormKind).Options(kinds...).Value(&v.kind).Height(min(len(kinds)+2, max(h/3, 3))),
			huh.NewSelect[string]().Key("country").Title(t.FormCountry).Description(t.FormFilterHint).Options(countries...).
				Value(&v.country).Filtering(false).Height(min(len(countries)+2, max(h/3, 4))).
				Validate(func(s string) error {
					if s == "" {
						return c.fieldErr(&store.FieldError{Field: "country", Problem: store.ProblemRequired})
					}
					return nil
				}),
			huh.NewInput().Key("since").Title(t.FormSince).Description(t.FormSinceHint).Value(&v.since).
				Validate(func(s string) error {
					_, fe := partner()
					if fe != nil && fe.Field == "since" {
						return c.fieldErr(fe)
					}
					return nil
				}),
			huh.NewInput().Key("contact").Title(t.FormContact).Value(&v.contact).Validate(text("contact", store.MaxNote, false)),
			huh.NewInput().Key("companies").Title(t.FormCompanies).Value(&v.companies).Validate(text("companies", store.MaxNote, false)),
			huh.NewText().Key("notes").Title(t.FormNotes).Value(&v.notes).Lines(min(4, max(h/6, 1))).Validate(text("notes", store.MaxNote, false)),
		))
	}
	save := func() (tea.Cmd, error) {
		p, fe := partner()
		if fe != nil {
			return nil, fe
		}
		st := c.Store
		if old == nil {
			return func() tea.Msg {
				id, err := st.AddPartner(context.Background(), p)
				if err != nil {
					return savedMsg{err: err}
				}
				return savedMsg{status: fmt.Sprintf(t.PartnerAdded, line(p.Name)), undo: &undoStep{
					desc: fmt.Sprintf(t.UndoPartnerAdd, line(p.Name)),
					run:  func(ctx context.Context) error { return st.SetPartnerArchived(ctx, id, true) },
				}}
			}, nil
		}
		patch := old.Diff(p)
		return func() tea.Msg {
			ch, err := st.PatchPartner(context.Background(), old.ID, patch)
			if err != nil {
				return savedMsg{err: err}
			}
			return savedMsg{status: fmt.Sprintf(t.PartnerUpdated, line(p.Name)), undo: &undoStep{
				desc: fmt.Sprintf(t.UndoPartnerEdit, line(ch.Before.Name)),
				run: func(ctx context.Context) error {
					_, err := st.PatchPartner(ctx, old.ID, ch.After.Diff(ch.Before))
					return err
				},
			}}
		}, nil
	}
	return newForm(c, title, build, save)
}

// actionValues is what the user has typed into the action form.
type actionValues struct{ what, owner, due string }

// actionForm adds a follow-up action to entry e.
func actionForm(c *Common, e store.Entry) *form {
	t := c.T
	v := &actionValues{due: c.Now().AddDate(0, 0, 7).Format(store.DateLayout)}
	action := func() store.NewAction {
		return store.NewAction{EntryID: e.ID, What: strings.TrimSpace(v.what), Owner: strings.TrimSpace(v.owner),
			Due: strings.TrimSpace(v.due), Author: c.Author}
	}
	build := func() *huh.Form {
		return huh.NewForm(huh.NewGroup(
			huh.NewNote().Title(fmt.Sprintf(t.FormActionFor, e.ID)).Description(line(e.Title)),
			huh.NewInput().Key("what").Title(t.FormWhat).Value(&v.what).CharLimit(store.MaxTitle).
				Validate(func(s string) error { return c.fieldErr(store.CheckText("what", s, store.MaxTitle, true)) }),
			huh.NewInput().Key("owner").Title(t.FormOwner).Value(&v.owner).
				Validate(func(s string) error { return c.fieldErr(store.CheckText("owner", s, store.MaxShort, false)) }),
			huh.NewInput().Key("due").Title(t.FormDue).Description(t.FormOptionalDate).Value(&v.due).
				Validate(func(s string) error {
					return c.fieldErr(store.CheckDate("due", strings.TrimSpace(s), c.Now(), false, true))
				}),
		))
	}
	save := func() (tea.Cmd, error) {
		a := action()
		if fe := a.Validate(c.Now()); fe != nil {
			return nil, fe
		}
		st := c.Store
		return func() tea.Msg {
			id, err := st.AddAction(context.Background(), a)
			if err != nil {
				return savedMsg{err: err}
			}
			return savedMsg{status: fmt.Sprintf(t.ActionAdded, id)}
		}, nil
	}
	return newForm(c, t.FormNewAction, build, save)
}

// assessValues is what the user has typed into the assessment form.
type assessValues struct {
	goal, stage int
	date, note  string
	entry       int64
}

// assessForm records partner p's stage on a goal. The rubric of the stage
// under the cursor is shown as it moves; entries are the partner's newest,
// to pick one as evidence.
func assessForm(c *Common, p store.Partner, entries []store.Entry) *form {
	t := c.T
	v := &assessValues{date: c.Now().Format(store.DateLayout)}
	if len(c.Ref.Goals) > 0 {
		v.goal = c.Ref.Goals[0].ID
	}
	rubric := func(goal, stage int) store.Stage {
		for _, s := range c.Ref.Stages {
			if s.GoalID == goal && s.Stage == stage {
				return s
			}
		}
		return store.Stage{GoalID: goal, Stage: stage}
	}
	build := func() *huh.Form {
		var goals []huh.Option[int]
		for _, g := range c.Ref.Goals {
			goals = append(goals, huh.NewOption(fmt.Sprintf("%d %s", g.ID, line(g.Title)), g.ID))
		}
		evidence := []huh.Option[int64]{huh.NewOption(t.FormNoEvidence, int64(0))}
		for i, e := range entries {
			if i == 30 {
				break
			}
			evidence = append(evidence, huh.NewOption(fmt.Sprintf("#%d %s %s", e.ID, e.Date, line(e.Title)), e.ID))
		}
		h := c.BodyHeight()
		return huh.NewForm(huh.NewGroup(
			huh.NewSelect[int]().Key("goal").Title(t.FormGoal).Options(goals...).Value(&v.goal),
			huh.NewSelect[int]().Key("stage").Title(t.FormStage).
				OptionsFunc(func() []huh.Option[int] {
					var opts []huh.Option[int]
					for st := 0; st <= store.MaxStage; st++ {
						opts = append(opts, huh.NewOption(fmt.Sprintf("%d %s", st, line(rubric(v.goal, st).Name)), st))
					}
					return opts
				}, &v.goal).
				// huh hashes the bindings to see a change; it reads exported
				// fields only, and follows pointers.
				DescriptionFunc(func() string { return line(rubric(v.goal, v.stage).Rubric) },
					struct{ Goal, Stage *int }{&v.goal, &v.stage}).
				Value(&v.stage).Height(store.MaxStage+3),
			huh.NewInput().Key("date").Title(t.FormDate).Description(t.FormDateHint).Value(&v.date).
				Validate(func(s string) error {
					return c.fieldErr(store.CheckDate("date", strings.TrimSpace(s), c.Now(), true, false))
				}),
			huh.NewText().Key("note").Title(t.FormNote).Value(&v.note).Lines(min(3, max(h/8, 1))).
				Validate(func(s string) error { return c.fieldErr(store.CheckText("note", s, store.MaxNote, false)) }),
			huh.NewSelect[int64]().Key("entry").Title(t.FormEvidence).Options(evidence...).Value(&v.entry).
				Height(min(len(evidence)+2, max(h/4, 3))),
		))
	}
	save := func() (tea.Cmd, error) {
		a := store.NewAssessment{PartnerID: p.ID, GoalID: v.goal, Stage: v.stage, Date: strings.TrimSpace(v.date),
			Note: v.note, Author: c.Author, EntryID: v.entry}
		if fe := a.Validate(c.Now()); fe != nil {
			return nil, fe
		}
		st := c.Store
		return func() tea.Msg {
			if _, err := st.AddAssessment(context.Background(), a); err != nil {
				return savedMsg{err: err}
			}
			return savedMsg{status: fmt.Sprintf(t.StageRecorded, line(p.Label()), a.Stage, a.GoalID)}
		}, nil
	}
	return newForm(c, fmt.Sprintf(t.FormAssessTitle, line(p.Label())), build, save)
}
