package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"vision2030/store"
)

// entryValues is what the user has typed into the entry form. The form binds
// to it, so a form rebuilt after a failed save keeps every value.
type entryValues struct {
	date, kind, title, summary string
	partners                   []int64
	goals                      []int
}

// entryForm adds an entry: date, kind, partners, goals, title and summary,
// each validated as it is left and all again in the store.
type entryForm struct {
	c        *Common
	form     *huh.Form
	v        *entryValues
	partners []store.Partner
	err      string // why the last save failed
	saving   bool
}

// formPartnersMsg carries the partners to pick from, to open the form.
type formPartnersMsg struct {
	partners []store.Partner
	err      error
}

// entrySavedMsg reports the end of a save.
type entrySavedMsg struct {
	id  int64
	err error
}

// openEntryForm loads the partners the form offers.
func openEntryForm(c *Common) tea.Cmd {
	st := c.Store
	return func() tea.Msg {
		ps, err := st.ActivePartners(context.Background())
		return formPartnersMsg{ps, err}
	}
}

func newEntryForm(c *Common, partners []store.Partner) *entryForm {
	f := &entryForm{c: c, partners: partners, v: &entryValues{
		date: c.Now().Format(store.DateLayout),
		kind: string(store.KindConsultation),
	}}
	f.build()
	return f
}

// fieldErr turns a store field check into the error huh shows under a field.
func (f *entryForm) fieldErr(fe *store.FieldError) error {
	if fe == nil {
		return nil
	}
	return errors.New(f.c.T.FieldError(fe))
}

func (f *entryForm) build() {
	c, t, v := f.c, f.c.T, f.v
	var kinds []huh.Option[string]
	for _, k := range store.EntryKinds {
		kinds = append(kinds, huh.NewOption(t.EntryKind(k), string(k)))
	}
	var partners []huh.Option[int64]
	for _, p := range f.partners {
		label := line(p.Label())
		if p.ShortName != "" && p.ShortName != p.Name {
			label += " — " + line(p.Name)
		}
		partners = append(partners, huh.NewOption(fmt.Sprintf("%s (%s)", label, p.CountryCode), p.ID))
	}
	var goals []huh.Option[int]
	for _, g := range c.Ref.Goals {
		goals = append(goals, huh.NewOption(fmt.Sprintf("%d %s", g.ID, line(g.Title)), g.ID))
	}
	h := c.BodyHeight()
	f.form = huh.NewForm(huh.NewGroup(
		huh.NewInput().Key("date").Title(t.FormDate).Description(t.FormDateHint).Value(&v.date).
			Validate(func(s string) error {
				return f.fieldErr(store.CheckDate("date", strings.TrimSpace(s), c.Now(), true, false))
			}),
		huh.NewSelect[string]().Key("kind").Title(t.FormKind).Options(kinds...).Value(&v.kind).Height(min(len(kinds)+2, max(h/3, 3))),
		huh.NewMultiSelect[int64]().Key("partners").Title(t.FormPartners).Description(t.FormPartnersHint).
			Options(partners...).Value(&v.partners).Filterable(true).Height(min(len(partners)+2, max(h/3, 4))).
			Validate(func(ids []int64) error {
				if len(ids) == 0 {
					return f.fieldErr(&store.FieldError{Field: "partners", Problem: store.ProblemRequired})
				}
				return nil
			}),
		huh.NewMultiSelect[int]().Key("goals").Title(t.FormGoals).Options(goals...).Value(&v.goals).
			Validate(func(ids []int) error {
				if len(ids) == 0 {
					return f.fieldErr(&store.FieldError{Field: "goals", Problem: store.ProblemRequired})
				}
				return nil
			}),
		huh.NewInput().Key("title").Title(t.FormTitle).Value(&v.title).CharLimit(store.MaxTitle).
			Validate(func(s string) error { return f.fieldErr(store.CheckText("title", s, store.MaxTitle, true)) }),
		huh.NewText().Key("summary").Title(t.FormSummary).Description(t.FormSummaryHint).Value(&v.summary).
			CharLimit(store.MaxSummary).Lines(min(5, max(h/6, 1))).
			Validate(func(s string) error { return f.fieldErr(store.CheckText("summary", s, store.MaxSummary, false)) }),
	)).WithTheme(huh.ThemeFunc(huh.ThemeCharm)).WithShowHelp(true).
		WithWidth(max(min(c.Width, 100), 1)).WithHeight(max(h-2, 1))
}

// entry is the form's values as a store.NewEntry.
func (f *entryForm) entry() store.NewEntry {
	return store.NewEntry{
		Date:       strings.TrimSpace(f.v.date),
		Kind:       store.EntryKind(f.v.kind),
		Title:      strings.TrimSpace(f.v.title),
		Summary:    f.v.summary,
		Author:     f.c.Author,
		PartnerIDs: f.v.partners,
		GoalIDs:    f.v.goals,
	}
}

// filtering reports whether the focused field is filtering its options, when
// esc belongs to the field and not to the form.
func (f *entryForm) filtering() bool {
	switch fl := f.form.GetFocusedField().(type) {
	case *huh.MultiSelect[int64]:
		return fl.GetFiltering()
	case *huh.Select[string]:
		return fl.GetFiltering()
	}
	return false
}

func (f *entryForm) init() tea.Cmd { return f.form.Init() }

// update passes msg to the form and starts the save when it completes.
func (f *entryForm) update(msg tea.Msg) tea.Cmd {
	if f.saving {
		return nil
	}
	m, cmd := f.form.Update(msg)
	if form, ok := m.(*huh.Form); ok {
		f.form = form
	}
	if f.form.State != huh.StateCompleted {
		return cmd
	}
	e := f.entry()
	if fe := e.Validate(f.c.Now()); fe != nil {
		return f.fail(fe)
	}
	f.saving = true
	st := f.c.Store
	return func() tea.Msg {
		id, err := st.AddEntry(context.Background(), e)
		return entrySavedMsg{id, err}
	}
}

// fail shows why a save failed and reopens the form with what was typed.
func (f *entryForm) fail(err error) tea.Cmd {
	f.saving = false
	var fe *store.FieldError
	if errors.As(err, &fe) {
		f.err = f.c.T.FieldError(fe)
	} else {
		f.err = fmt.Sprintf(f.c.T.SaveFailed, err)
	}
	f.build()
	return f.form.Init()
}

func (f *entryForm) resize() {
	f.form = f.form.WithWidth(max(min(f.c.Width, 100), 1)).WithHeight(max(f.c.BodyHeight()-2, 1))
}

func (f *entryForm) view() string {
	s, t := f.c.Styles, f.c.T
	head := s.Heading.Render(t.FormAddTitle)
	if f.saving {
		head += "  " + s.Subtle.Render(t.FormSaving)
	}
	status := ""
	if f.err != "" {
		status = s.Error.Render(trunc(f.err, f.c.Width))
	}
	return head + "\n" + status + "\n" + f.form.View()
}
