package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// Common is what every screen shares: the work's context, the size of the
// terminal, styles, keys, words, the store, the clock and the reference
// data. One value is made by New and passed to every screen.
type Common struct {
	ctx    context.Context
	Width  int
	Height int
	Styles Styles
	Keys   *KeyMap
	T      *i18n.Catalogue
	Store  *store.Store
	Clock  Clock
	Ref    Reference
	Author string // recorded on what the user writes
	nextID int
}

// Context is the context every query runs under: quitting cancels it.
func (c *Common) Context() context.Context { return c.ctx }

// Now is the clock's time.
func (c *Common) Now() time.Time { return c.Clock.Now() }

// today is the clock's date, YYYY-MM-DD.
func (c *Common) today() string { return c.Now().Format(store.DateLayout) }

// Lang is the language screens show reference data in.
func (c *Common) Lang() string { return c.T.Lang }

// newID numbers a screen, so that the answers to its queries find it.
func (c *Common) newID() int {
	c.nextID++
	return c.nextID
}

// Clock is where the UI's time comes from: the time, and timers that
// deliver a message later. Tests give a clock they move by hand.
type Clock interface {
	Now() time.Time
	After(d time.Duration, msg tea.Msg) tea.Cmd
}

type realClock struct{ now func() time.Time }

func (c realClock) Now() time.Time { return c.now() }

func (c realClock) After(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// Reference is the small, rarely changing data every screen may name:
// goals, stages, countries and regions, loaded at start and after they are
// edited.
type Reference struct {
	Goals        []store.Goal
	Stages       []store.Stage
	Countries    map[string]store.Country
	CountryCodes []string // in the language's order
	Regions      []store.Region
}

// goal returns the goal with id.
func (r Reference) goal(id int) (store.Goal, bool) {
	for _, g := range r.Goals {
		if g.ID == id {
			return g, true
		}
	}
	return store.Goal{ID: id}, false
}

// stage returns stage n of goal's rubric.
func (r Reference) stage(goal, n int) store.Stage {
	for _, s := range r.Stages {
		if s.GoalID == goal && s.Stage == n {
			return s
		}
	}
	return store.Stage{GoalID: goal, Stage: n, Name: fmt.Sprint(n)}
}

// goalTitle is a goal's short title in the user's language.
func (c *Common) goalTitle(id int) string {
	g, ok := c.Ref.goal(id)
	if !ok {
		return fmt.Sprint(id)
	}
	return g.ShortTitleIn(c.Lang())
}

// stageName is a stage's name in the user's language.
func (c *Common) stageName(goal, n int) string { return c.Ref.stage(goal, n).NameIn(c.Lang()) }

// countryName is a country's name in the user's language, or its code.
func (c *Common) countryName(code string) string {
	if country, ok := c.Ref.Countries[code]; ok {
		return country.NameIn(c.Lang())
	}
	return code
}

// sep is the separator between items on a line, with its spaces.
func sep() string { return " " + render.Glyphs().Sep + " " }

// filterMessage says what is wrong with a filter, with what the term
// could be, as the shell says it; an unknown key, with the keys.
func (c *Common) filterMessage(fe *store.FilterError) string {
	msg := c.T.FilterMessage(fe)
	if fe.Problem == store.FilterUnknownKey {
		msg = fmt.Sprintf(c.T.ErrFilterValues, msg, strings.Join(store.FilterKeys, ", "))
	}
	return msg
}

// describe words the error of a load, a save or a change for the user, in
// one sentence: a field and its problem, a record gone meanwhile, a file
// that cannot be written, or the catalogue's words around the error.
func (c *Common) describe(err error) string {
	t := c.T
	var fe *store.FieldError
	var file *store.FileError
	var flt *store.FilterError
	switch {
	case errors.As(err, &fe):
		return t.FieldError(fe)
	case errors.As(err, &flt): // a goal, partner or country the file does not have
		return c.filterMessage(flt)
	case errors.As(err, &file) && errors.Is(err, store.ErrReadOnly):
		return fmt.Sprintf(t.ErrReadOnly, file.Path)
	case errors.As(err, &file) && errors.Is(err, store.ErrDamaged):
		return fmt.Sprintf(t.ErrDamaged, file.Path) + " " + t.HintDamaged
	case errors.Is(err, store.ErrNotFound), errors.Is(err, store.ErrDeleted):
		return t.GoneWhileEditing
	case errors.Is(err, store.ErrUnchanged), errors.Is(err, store.ErrAlreadyDeleted), errors.Is(err, store.ErrNotDeleted):
		return t.AlreadySo
	case errors.Is(err, context.Canceled):
		return t.Cancelled
	}
	return fmt.Sprintf(t.SaveFailed, render.Line(err.Error()))
}

// refuseWrite says why nothing can be written here, or "" when writes are
// possible: a read-only file, a damaged one.
func (c *Common) refuseWrite() string {
	switch {
	case c.Store.ReadOnly():
		return fmt.Sprintf(c.T.ErrReadOnly, c.Store.Path())
	case c.Store.Damaged():
		return fmt.Sprintf(c.T.ErrDamaged, c.Store.Path()) + " " + c.T.HintDamaged
	}
	return ""
}

// conflictValue shows one side of a conflict in a few words.
func (c *Common) conflictValue(v any) string {
	switch v := v.(type) {
	case string:
		if v == "" {
			return c.T.NoValue
		}
		return fmt.Sprintf(c.T.Quoted, render.Line(v))
	case bool:
		if v {
			return c.T.Yes
		}
		return c.T.No
	case nil:
		return c.T.NoValue
	}
	return render.Line(fmt.Sprint(v))
}

// conflictWhole is a value as the conflict screen shows it: whole, its
// lines kept, to be wrapped.
func (c *Common) conflictWhole(v any) string {
	if v, ok := v.(string); ok && v != "" {
		return fmt.Sprintf(c.T.Quoted, strings.TrimRight(render.Clean(v), "\n"))
	}
	return c.conflictValue(v)
}

// conflictsLine lists what a write would overwrite: field and the value
// there now.
func (c *Common) conflictsLine(cs []store.Conflict) string {
	var parts []string
	for _, x := range cs {
		parts = append(parts, fmt.Sprintf(c.T.FieldValue, c.T.FieldName(x.Field), c.conflictValue(x.Theirs)))
	}
	return strings.Join(parts, c.T.ItemSep)
}

// notLoaded is what a screen shows, w cells wide, while its data is not
// there: the error that kept it away, or "Loading…" while it is on its way
// (missing); ok is false once the data is there.
func (c *Common) notLoaded(err error, missing bool, w int) (string, bool) {
	switch {
	case err != nil:
		return c.Styles.Error.Render(render.Wrap(fmt.Sprintf(c.T.LoadFailed, c.describe(err)), w)), true
	case missing:
		return c.Styles.Subtle.Render(c.T.Loading), true
	}
	return "", false
}
