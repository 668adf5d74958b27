package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/render"
	"vision2030/store"
)

// actionsScreen lists the follow-up actions, open ones first by due date,
// paged through SQL, each with its own number and its entry. x marks one
// done (or open again), e edits it, d deletes it, enter opens its entry.
type actionsScreen struct {
	base
	list   list[store.Action]
	bar    filterBar
	all    bool // done actions are listed too
	lay    split
	pld    loader
	detail viewport.Model
}

type (
	actionsMsg struct {
		to
		seq   int
		from  int
		items []store.Action
		total int
		err   error
	}
)

func newActionsScreen(c *Common) Screen {
	s := &actionsScreen{base: newBase(c), detail: viewport.New()}
	s.bar.box.placeholder = c.T.ActionFilterHint
	return s
}

func (s *actionsScreen) Title() string { return s.c.T.TabActions }
func (s *actionsScreen) Init() tea.Cmd { return s.load(true) }
func (s *actionsScreen) Typing() bool  { return s.bar.typing }

func (s *actionsScreen) query() store.ActionQuery {
	return store.ActionQuery{Open: !s.all, Text: s.bar.box.Value()}
}

func (s *actionsScreen) load(force bool) tea.Cmd {
	from, n, ok := s.list.need(force)
	if !ok {
		return nil
	}
	ctx, seq := s.list.ld.next(s.c)
	st, to, q := s.c.Store, to{s.id}, s.query()
	q.Offset, q.Limit = from, n
	return func() tea.Msg {
		items, total, err := st.Actions(ctx, q)
		return actionsMsg{to, seq, from, items, total, err}
	}
}

// keepSelected asks where action id (or the selected one) is now.
func (s *actionsScreen) keepSelected(id int64) tea.Cmd {
	if id == 0 {
		a, ok := s.list.selected()
		if !ok {
			return nil
		}
		id = a.ID
	}
	ctx, seq := s.pld.next(s.c)
	st, q := s.c.Store, s.query()
	return position(to{s.id}, seq, func() (int, error) { return st.ActionPosition(ctx, q, id) })
}

func (s *actionsScreen) Reload(t touched) tea.Cmd {
	if t&(touchActions|touchEntries) == 0 {
		return nil
	}
	return tea.Batch(s.load(true), s.keepSelected(0))
}

// Focus selects an action after a write.
func (s *actionsScreen) Focus(f focus) tea.Cmd {
	if f.kind != touchActions {
		return nil
	}
	return s.keepSelected(f.id)
}

func (s *actionsScreen) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.relayout()
}

func (s *actionsScreen) relayout() {
	s.lay = fitPane(s.c, s.w, s.h, &s.bar, &s.list, &s.detail)
	s.drawDetail()
}

// drawDetail draws the selected action in full into the detail pane.
func (s *actionsScreen) drawDetail() {
	a, ok := s.list.selected()
	if !ok {
		s.detail.SetContent("")
		return
	}
	s.detail.SetContent(actionFacts(s.c, a, s.lay.detailW))
}

// actionFacts is what the actions screen says of the selected action:
// what is to be done, in full, its owner, when, its entry and who wrote it.
func actionFacts(c *Common, a store.Action, w int) string {
	st, t := c.Styles, c.T
	var b strings.Builder
	b.WriteString(st.Value.Bold(true).Render(render.Wrap(render.Line(a.What), w)) + "\n")
	facts := [][2]string{
		{t.ColActionOwner, a.Owner},
		{t.ColActionDue, actionWhen(c, a)},
	}
	if a.Done != "" {
		facts = append(facts, [2]string{t.ColActionDone, a.Done})
	}
	facts = append(facts, [][2]string{
		{t.ColActionEntry, fmt.Sprintf("#%d %s", a.EntryID, a.EntryTitle)},
		{t.DetailAuthor, a.Author},
	}...)
	lw := 0
	for _, f := range facts {
		lw = max(lw, render.Width(f[0])+2)
	}
	lw = min(lw, max(w/3, 1))
	for _, f := range facts {
		v := render.Line(f[1])
		if v == "" {
			v = t.NoValue
		}
		v = strings.ReplaceAll(render.Wrap(v, max(w-lw, 1)), "\n", "\n"+spaces(lw))
		b.WriteString(st.Label.Render(render.Fit(f[0], lw)) + v + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// actionWhen says when an action is due (a done one's mark says it is
// done; its details say when).
func actionWhen(c *Common, a store.Action) string {
	t := c.T
	switch {
	case a.Due == "":
		return t.NoDue
	case a.Overdue(c.today()):
		return a.Due + " " + t.Overdue
	}
	return a.Due
}

func (s *actionsScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case actionsMsg:
		if msg.seq != s.list.ld.seq {
			return nil
		}
		if msg.err != nil {
			switch {
			case errors.Is(msg.err, context.Canceled):
			case s.bar.setErr(s.c, msg.err): // said as the entries' filter says it
				s.relayout()
			default:
				s.list.err = msg.err
			}
			return nil
		}
		s.list.arrived(msg.from, msg.items, msg.total)
		s.drawDetail()
		return s.load(false)
	case positionMsg:
		if msg.seq == s.pld.seq && msg.ok {
			s.list.place(msg.pos)
			s.drawDetail()
			return s.load(false)
		}
	case sizedMsg:
		return s.load(false)
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.PasteMsg:
		if s.bar.typing {
			return s.typed(msg)
		}
	}
	return nil
}

func (s *actionsScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k, c := s.c.Keys, s.c
	if s.bar.typing {
		return s.typed(msg)
	}
	if cmd, ok := s.bar.barKeys(k, msg, s.relayout, s.filterChanged); ok {
		return cmd
	}
	a, ok := s.list.selected()
	switch {
	case s.list.move(k, msg):
		s.drawDetail()
		return s.load(false)
	case matches(msg, k.ShowAll):
		s.all = !s.all
		return s.load(true)
	case !ok:
	case matches(msg, k.Open):
		return push(newEntryScreen(c, a.EntryID))
	case matches(msg, k.Done):
		return actionVerb(c, actionDone{a.ID, a.Done == ""})
	case matches(msg, k.Edit):
		if why := c.refuseWrite(); why != "" {
			return status(why, false)
		}
		return push(newActionForm(c, store.Entry{ID: a.EntryID, Title: a.EntryTitle}, &a))
	case matches(msg, k.Delete):
		if why := c.refuseWrite(); why != "" {
			return status(why, false)
		}
		return ask(fmt.Sprintf(c.T.ConfirmDeleteAction, a.ID, render.Line(a.What)), actionDelete{a.ID}, nil)
	}
	return nil
}

// typed follows a key or a paste into the filter bar.
func (s *actionsScreen) typed(msg tea.Msg) tea.Cmd {
	changed, resized := s.bar.key(s.c.Keys, msg)
	if resized {
		s.relayout()
	}
	if changed {
		return s.filterChanged()
	}
	return nil
}

// filterChanged starts over with the text in the bar.
func (s *actionsScreen) filterChanged() tea.Cmd {
	if s.bar.failed() {
		s.bar.err = ""
		s.relayout()
	}
	s.list.cursor, s.list.top = 0, 0
	return s.load(true)
}

// actionVerb runs v unless the file cannot be written.
func actionVerb(c *Common, v verb) tea.Cmd {
	if why := c.refuseWrite(); why != "" {
		return status(why, false)
	}
	return v.run(c)
}

func (s *actionsScreen) Click(x, y int) tea.Cmd {
	row, ok := s.lay.listRow(x, y)
	if !ok {
		return nil
	}
	again, ok := s.list.clickRow(row)
	switch {
	case !ok:
		return nil
	case again:
		return s.key(tea.KeyPressMsg{Code: tea.KeyEnter})
	}
	s.drawDetail()
	return s.load(false)
}

func (s *actionsScreen) Wheel(x, y, delta int) tea.Cmd {
	if s.lay.inDetail(x, y) {
		scrollBy(&s.detail, delta)
		return nil
	}
	s.list.scroll(delta)
	s.drawDetail()
	return s.load(false)
}

func (s *actionsScreen) View() string {
	c, st, t := s.c, s.c.Styles, s.c.T
	g := render.Glyphs()
	var bar string
	if s.lay.bar > 0 {
		bar = s.bar.view(c, s.w, t.ActionsN.N(s.list.total))
	}
	switch {
	case s.bar.failed():
		return bar // its error under it, and no rows
	case s.list.err != nil:
		return joinLines(bar, st.Error.Render(render.Wrap(fmt.Sprintf(t.LoadFailed, c.describe(s.list.err)), s.w)))
	case !s.list.loaded:
		return joinLines(bar, st.Subtle.Render(t.Loading))
	case s.list.total == 0 && s.bar.box.Value() != "":
		return joinLines(bar, st.Subtle.Render(render.Wrap(fmt.Sprintf(t.NoActionMatches, render.Line(s.bar.box.Value())), s.w)))
	case s.list.total == 0:
		return joinLines(bar, st.Subtle.Render(render.Wrap(fmt.Sprintf(t.NoActions, keyOf(c.Keys.FollowUp)), s.w)))
	}
	today := c.today()
	// The entry is in the detail pane (enter opens it), so that what is
	// to be done and its owner keep their room.
	head := []string{t.ColActionID, "", t.ColActionWhat, t.ColActionOwner, t.ColActionDue}
	ownerW := max(s.lay.listW/7, 6)
	table := s.list.table(c, s.lay.listW, head, func(a store.Action) []string {
		mark := g.Open
		if a.Done != "" {
			mark = g.Done
		}
		return []string{fmt.Sprintf("#%d", a.ID), mark, a.What, render.Truncate(render.Line(a.Owner), ownerW), actionWhen(c, a)}
	}, func(a store.Action, col int) lipgloss.Style {
		switch {
		case a.Overdue(today) && col != 3:
			return st.Bad
		case a.Done != "" || col == 3:
			return st.Subtle
		}
		return lipgloss.NewStyle()
	}, 0, 1, 3, 4)
	return s.lay.join(c, bar, table, viewMore(c, &s.detail, s.lay.detailW))
}

// Note says where the cursor is, and whether done actions are listed.
func (s *actionsScreen) Note() []string {
	if s.all {
		return []string{s.c.T.ShowingDone, s.list.counter(s.c)}
	}
	return []string{s.list.counter(s.c)}
}

func (s *actionsScreen) ShortHelp() []key.Binding {
	k, t := s.c.Keys, s.c.T
	if s.bar.typing {
		return []key.Binding{withHelp(k.Open, t.KeyFilterDone), withHelp(k.Back, t.KeyFilterClear)}
	}
	b := []key.Binding{withHelp(k.Open, t.KeyOpenEntry), k.Filter}
	if s.c.refuseWrite() == "" {
		b = append(b, k.Done, k.Edit, k.Delete)
	}
	all := k.ShowAll
	if s.all {
		all = withHelp(all, t.KeyHideDone)
	}
	return append(b, all, k.Undo, k.Help)
}

func (s *actionsScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// ---- verbs ----

// actionDone marks an action done today, or open again.
type actionDone struct {
	id   int64
	done bool
}

func (v actionDone) run(c *Common) tea.Cmd {
	st, ctx, t, date := c.Store, c.Context(), c.T, ""
	if v.done {
		date = c.today()
	}
	return func() tea.Msg {
		prev, err := st.SetActionDone(ctx, v.id, date)
		if err != nil {
			return failedMsg{err}
		}
		text := fmt.Sprintf(t.ActionDone, v.id)
		if !v.done {
			text = fmt.Sprintf(t.ActionReopened, v.id)
		}
		return changedMsg{status: text, change: actionDoneChange{v.id, prev, date}, touch: touchActions,
			focus: &focus{kind: touchActions, id: v.id}}
	}
}

// actionDelete deletes an action (the user said yes).
type actionDelete struct{ id int64 }

func (v actionDelete) run(c *Common) tea.Cmd {
	st, ctx, t := c.Store, c.Context(), c.T
	return func() tea.Msg {
		if err := st.DeleteAction(ctx, v.id); err != nil {
			return failedMsg{err}
		}
		return changedMsg{status: fmt.Sprintf(t.ActionDeleted, v.id), change: removal{touchActions, v.id, removed}, touch: touchActions}
	}
}

// ---- changes ----

type actionDoneChange struct {
	id         int64
	prev, date string
}

func (ch actionDoneChange) describe(c *Common) string {
	if ch.date == "" {
		return fmt.Sprintf(c.T.UndoActionReopen, ch.id)
	}
	return fmt.Sprintf(c.T.UndoActionDone, ch.id)
}
func (ch actionDoneChange) touches() touched { return touchActions }
func (ch actionDoneChange) affected(bool) *focus {
	return &focus{kind: touchActions, id: ch.id}
}
func (ch actionDoneChange) undo(ctx context.Context, c *Common, _ bool) error {
	_, err := c.Store.SetActionDone(ctx, ch.id, ch.prev)
	return err
}
func (ch actionDoneChange) redo(ctx context.Context, c *Common, _ bool) error {
	_, err := c.Store.SetActionDone(ctx, ch.id, ch.date)
	return err
}

type actionEdited struct{ before, after store.Action }

func (ch actionEdited) describe(c *Common) string {
	return fmt.Sprintf(c.T.UndoActionEdit, ch.before.ID)
}
func (ch actionEdited) touches() touched { return touchActions }
func (ch actionEdited) affected(bool) *focus {
	return &focus{kind: touchActions, id: ch.after.ID}
}
func (ch actionEdited) undo(ctx context.Context, c *Common, force bool) error {
	p := ch.after.Diff(ch.before)
	p.Force, p.By = force, c.Author
	_, err := c.Store.PatchAction(ctx, ch.after.ID, p)
	return err
}
func (ch actionEdited) redo(ctx context.Context, c *Common, force bool) error {
	p := ch.before.Diff(ch.after)
	p.Force, p.By = force, c.Author
	_, err := c.Store.PatchAction(ctx, ch.after.ID, p)
	return err
}

// ---- the form ----

// actionForm adds a follow-up action to entry e, or edits action old.
type actionForm struct {
	c           *Common
	e           store.Entry
	old         *store.Action
	what, owner *textField
	due, done   *dateField
	patch       store.ActionPatch
}

func newActionForm(c *Common, e store.Entry, old *store.Action) *form {
	t := c.T
	s := &actionForm{c: c, e: e, old: old}
	v := store.Action{NewAction: store.NewAction{Due: c.Now().AddDate(0, 0, 7).Format(store.DateLayout)}}
	title, draft := fmt.Sprintf(t.FormNewAction, e.ID, render.Line(e.Title)), fmt.Sprintf("action:new:%d", e.ID)
	if old != nil {
		v = *old
		title, draft = fmt.Sprintf(t.FormEditAction, old.ID, render.Line(e.Title)), fmt.Sprintf("action:%d", old.ID)
	}
	s.what = newText(c, "what", t.FormWhat, v.What, func(v string) *store.FieldError {
		return store.CheckText("what", v, store.MaxTitle, true)
	})
	s.owner = newText(c, "owner", t.FormOwner, v.Owner, func(v string) *store.FieldError {
		return store.CheckText("owner", v, store.MaxShort, false)
	})
	s.due = newDate(c, "due", t.FormDue, v.Due, false, true)
	fields := []field{s.what, s.owner, s.due}
	if old != nil {
		s.done = newDate(c, "done", t.FormDone, v.Done, false, false)
		fields = append(fields, s.done)
	}
	return newForm(c, s, title, draft, fields...)
}

func (s *actionForm) submit(f *form) (tea.Cmd, error) {
	a := store.NewAction{EntryID: s.e.ID, What: s.what.value(), Owner: s.owner.value(), Due: s.due.value(), Author: s.c.Author}
	if s.old != nil {
		a.Author = s.old.Author
	}
	if fe := a.Validate(s.c.Now()); fe != nil {
		return nil, fe
	}
	st, ctx, t, to := s.c.Store, s.c.Context(), s.c.T, to{f.id}
	if s.old == nil {
		return func() tea.Msg {
			id, err := st.AddAction(ctx, a)
			var fe *store.FieldError
			if errors.As(err, &fe) && fe.Field == "entry" && fe.Problem == store.ProblemUnknown {
				// The entry was deleted while the form was open.
				err = saidError(fmt.Sprintf(t.FollowUpEntryDeleted, a.EntryID))
			}
			if err != nil {
				return savedMsg{to: to, err: err}
			}
			return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.ActionAdded, id), change: removal{touchActions, id, added},
				touch: touchActions, focus: &focus{kind: touchActions, id: id, isNew: true}}}
		}, nil
	}
	want := *s.old
	want.NewAction = a
	want.Done = s.done.value()
	s.patch = s.old.Diff(want)
	if s.patch.What == nil && s.patch.Owner == nil && s.patch.Due == nil && s.patch.Done == nil {
		return nil, nil
	}
	return s.write(f), nil
}

func (s *actionForm) write(f *form) tea.Cmd {
	st, ctx, t, to, id, p := s.c.Store, s.c.Context(), s.c.T, to{f.id}, s.old.ID, s.patch
	p.By = s.c.Author
	return func() tea.Msg {
		ch, err := st.PatchAction(ctx, id, p)
		if err != nil {
			return savedMsg{to: to, err: err}
		}
		if !ch.Changed {
			return savedMsg{to: to, done: changedMsg{status: t.NothingChanged}}
		}
		return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.ActionUpdated, id), change: actionEdited{ch.Before, ch.After},
			touch: touchActions, focus: &focus{kind: touchActions, id: id}}}
	}
}

func (s *actionForm) retry(f *form, keepTheirs []string, current any, _ bool) tea.Cmd {
	s.patch = rebase(s.patch, keepTheirs, current, func(p store.ActionPatch, base *store.Action) store.ActionPatch {
		p.Base = base
		return p
	})
	return s.write(f)
}

func (s *actionForm) record() any {
	if s.old == nil {
		return nil
	}
	return s.old
}

func (s *actionForm) restoreRecord(b []byte) bool { return readRecord(b, &s.old) }
