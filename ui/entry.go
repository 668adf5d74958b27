package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// An entry: the screen that shows one in full, what is done to an entry
// wherever one is shown (e edit, d delete, f follow-up), and the entry
// form.

// entryScreen is one entry in full, scrolling: its facts, its actions and
// its summary drawn as Markdown.
type entryScreen struct {
	base
	entryID int64
	e       *store.Entry
	actions []store.Action
	err     error
	ld      loader
	vp      viewport.Model
}

type entryMsg struct {
	to
	seq     int
	e       store.Entry
	actions []store.Action
	err     error
}

func newEntryScreen(c *Common, id int64) Screen {
	return &entryScreen{base: newBase(c), entryID: id, vp: viewport.New()}
}

func (s *entryScreen) Title() string { return fmt.Sprintf("#%d", s.entryID) }

func (s *entryScreen) Init() tea.Cmd { return s.load() }

func (s *entryScreen) close() { s.ld.stop() }

func (s *entryScreen) load() tea.Cmd {
	ctx, seq := s.ld.next(s.c)
	st, id, to := s.c.Store, s.entryID, to{s.id}
	return func() tea.Msg {
		e, err := st.Entry(ctx, id)
		if err != nil {
			return entryMsg{to: to, seq: seq, err: err}
		}
		as, _, err := st.Actions(ctx, store.ActionQuery{EntryID: id})
		return entryMsg{to, seq, e, as, err}
	}
}

func (s *entryScreen) Reload(t touched) tea.Cmd {
	if t&(touchEntries|touchActions|touchPartners) == 0 {
		return nil
	}
	return s.load()
}

func (s *entryScreen) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.vp.SetWidth(s.w)
	s.vp.SetHeight(s.h)
	s.draw()
}

func (s *entryScreen) draw() {
	if s.e == nil {
		return
	}
	text := entryDetail(s.c, *s.e, s.actions, s.w)
	if s.e.DeletedAt != "" {
		text = s.c.Styles.Bad.Render(s.c.T.DeletedMark) + "\n" + text
	}
	s.vp.SetContent(text)
}

func (s *entryScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case entryMsg:
		if msg.seq != s.ld.seq {
			return nil
		}
		s.err = msg.err
		if msg.err == nil {
			s.e, s.actions = &msg.e, msg.actions
			s.draw()
		}
	case tea.KeyPressMsg:
		if scrollKeys(&s.vp, s.c.Keys, msg) || s.e == nil {
			return nil
		}
		return entryVerbs(s.c, *s.e, msg)
	}
	return nil
}

func (s *entryScreen) Click(x, y int) tea.Cmd { return nil }

func (s *entryScreen) Wheel(x, y, delta int) tea.Cmd {
	scrollBy(&s.vp, delta)
	return nil
}

func (s *entryScreen) View() string {
	if msg, ok := s.c.notLoaded(s.err, s.e == nil, s.w); ok {
		return msg
	}
	return viewMore(s.c, &s.vp, s.w)
}

func (s *entryScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	if s.e != nil && s.e.DeletedAt != "" {
		// A deleted entry is not edited nor followed up: it is restored.
		var b []key.Binding
		if s.c.refuseWrite() == "" {
			b = append(b, withHelp(k.Delete, s.c.T.KeyRestore))
		}
		return append(b, k.Down, k.Back, k.Help)
	}
	return append(entryKeys(s.c), k.Down, k.Back, k.Help)
}

func (s *entryScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// entryKeys are the keys of an entry wherever one is shown.
func entryKeys(c *Common) []key.Binding {
	if c.refuseWrite() != "" {
		return nil
	}
	k := c.Keys
	return []key.Binding{k.Edit, k.Delete, k.FollowUp}
}

// entryVerbs does what e, d and f do to an entry, wherever it is shown.
func entryVerbs(c *Common, e store.Entry, msg tea.KeyPressMsg) tea.Cmd {
	k := c.Keys
	if e.DeletedAt != "" {
		// A deleted entry (its own screen shows one): d restores it, with
		// undo; e and f do nothing.
		if !matches(msg, k.Delete) {
			return nil
		}
		if why := c.refuseWrite(); why != "" {
			return status(why, false)
		}
		return msgCmd(entryRestore{e.ID})
	}
	switch {
	case matches(msg, k.Edit):
		return editEntry(c, &e)
	case matches(msg, k.Delete):
		if why := c.refuseWrite(); why != "" {
			return status(why, false)
		}
		return ask(fmt.Sprintf(c.T.ConfirmDelete, e.ID, render.Line(e.Title)), entryDelete{e.ID}, nil)
	case matches(msg, k.FollowUp):
		if why := c.refuseWrite(); why != "" {
			return status(why, false)
		}
		return push(newActionForm(c, e, nil))
	}
	return nil
}

// entryDetail is an entry in full, w cells wide: its title, its facts,
// its actions and its summary.
func entryDetail(c *Common, e store.Entry, actions []store.Action, w int) string {
	s, t := c.Styles, c.T
	var b strings.Builder
	b.WriteString(s.Value.Bold(true).Render(render.Wrap(render.Line(e.Title), w)) + "\n")
	labels := []string{t.DetailDate, t.DetailPartners, t.DetailGoals, t.DetailAuthor, t.DetailStatus, t.DetailActions}
	lw := 0
	for _, l := range labels {
		lw = max(lw, render.Width(l)+2)
	}
	lw = min(lw, max(w/3, 1))
	field := func(label, value string) {
		indent := strings.Repeat(" ", lw)
		text := strings.ReplaceAll(render.Wrap(value, max(w-lw, 1)), "\n", "\n"+indent)
		b.WriteString(s.Label.Render(render.Fit(label, lw)) + text + "\n")
	}
	field(t.DetailDate, e.Date+sep()+t.EntryKind(e.Kind)+sep()+fmt.Sprintf("#%d", e.ID))
	if e.Kind == store.KindRequest {
		dash := func(d string) string {
			if d == "" {
				return t.NoValue
			}
			return d
		}
		st := t.RequestStatuses[e.Status()] + sep() + fmt.Sprintf(t.DetailRequest, dash(e.Opened), dash(e.FirstResponse), dash(e.Closed))
		if e.CameFirst {
			st += sep() + t.DetailCameFirst
		}
		field(t.DetailStatus, st)
	}
	field(t.DetailPartners, render.Line(partnerLabels(t, e.Partners)))
	var goals []string
	for _, g := range e.Goals {
		goals = append(goals, fmt.Sprintf("%d %s", g, render.Line(c.goalTitle(g))))
	}
	if len(goals) == 0 {
		goals = []string{t.NoValue}
	}
	field(t.DetailGoals, strings.Join(goals, t.ItemSep))
	field(t.DetailAuthor, render.Line(e.Author))
	if len(actions) > 0 {
		var as []string
		for _, a := range actions {
			mark := render.Glyphs().Open
			if a.Done != "" {
				mark = render.Glyphs().Done
			}
			as = append(as, fmt.Sprintf("%s #%d %s", mark, a.ID, render.ActionLine(t, a, c.today())))
		}
		field(t.DetailActions, strings.Join(as, "\n"))
	}
	if strings.TrimSpace(e.Summary) != "" {
		b.WriteString("\n" + markdown(c, e.Summary, w))
	}
	return strings.TrimRight(b.String(), "\n")
}

func partnerLabels(t *i18n.Catalogue, ps []store.PartnerRef) string {
	labels := make([]string, len(ps))
	for i, p := range ps {
		labels[i] = p.Label
	}
	return strings.Join(labels, t.NameSep)
}

// ---- verbs ----

// openEntryForm opens the entry form with the partners to pick from; old
// is the entry to edit, nil for a new one.
type openEntryForm struct {
	partners []store.Partner
	old      *store.Entry
}

func (v openEntryForm) run(c *Common) tea.Cmd { return push(newEntryForm(c, v.partners, v.old)) }

// addEntry opens the form for a new entry.
func addEntry(c *Common) tea.Cmd { return editEntry(c, nil) }

// editEntry loads the partners to pick from and opens the entry form.
func editEntry(c *Common, e *store.Entry) tea.Cmd {
	if why := c.refuseWrite(); why != "" {
		return status(why, false)
	}
	st, ctx, lang := c.Store, c.Context(), c.Lang()
	return func() tea.Msg {
		ps, err := st.ActivePartners(ctx)
		if err != nil {
			return failedMsg{err}
		}
		store.SortPartners(ps, lang)
		return openEntryForm{ps, e}
	}
}

// entryDelete deletes an entry (the user said yes).
type entryDelete struct{ id int64 }

func (v entryDelete) run(c *Common) tea.Cmd {
	st, ctx, t := c.Store, c.Context(), c.T
	return func() tea.Msg {
		if err := st.DeleteEntry(ctx, v.id); err != nil {
			return failedMsg{err}
		}
		return changedMsg{status: fmt.Sprintf(t.EntryDeleted, v.id), change: removal{touchEntries, v.id, removed},
			touch: touchEntries | touchPartners | touchActions}
	}
}

// entryRestore restores a deleted entry.
type entryRestore struct{ id int64 }

func (v entryRestore) run(c *Common) tea.Cmd {
	st, ctx, t := c.Store, c.Context(), c.T
	return func() tea.Msg {
		if err := st.RestoreEntry(ctx, v.id); err != nil {
			return failedMsg{err}
		}
		return changedMsg{status: fmt.Sprintf(t.EntryRestored, v.id), change: removal{touchEntries, v.id, restored},
			touch: touchEntries | touchPartners | touchActions}
	}
}

// ---- changes ----

// entryEdited is an edit: undo writes the fields back as they were, redo
// as the edit left them; each over changes made elsewhere only if forced.
type entryEdited struct{ before, after store.Entry }

func (ch entryEdited) describe(c *Common) string { return fmt.Sprintf(c.T.UndoEdit, ch.before.ID) }
func (ch entryEdited) touches() touched          { return touchEntries | touchPartners }
func (ch entryEdited) affected(bool) *focus {
	return &focus{kind: touchEntries, id: ch.after.ID}
}
func (ch entryEdited) undo(ctx context.Context, c *Common, force bool) error {
	return ch.patch(ctx, c, ch.after, ch.before, force)
}
func (ch entryEdited) redo(ctx context.Context, c *Common, force bool) error {
	return ch.patch(ctx, c, ch.before, ch.after, force)
}

func (ch entryEdited) patch(ctx context.Context, c *Common, from, to store.Entry, force bool) error {
	p := from.Diff(to.Edit())
	p.DropRequest, p.Force, p.By = true, force, c.Author
	_, err := c.Store.PatchEntry(ctx, from.ID, p)
	return err
}

// ---- the form ----

// entryForm adds an entry or edits one. A new entry's form opens on the
// partners (date and kind have their usual values), so that a bilateral
// consultation with two partners, two goals and a summary of three lines
// takes a, the partners' names and enter, tab, 1 2, tab, the title, tab,
// the summary, ctrl+s.
type entryForm struct {
	c                             *Common
	old                           *store.Entry
	date                          *dateField
	kind                          *choiceField[store.EntryKind]
	opened, firstResponse, closed *dateField
	cameFirst                     *toggleField
	partners, goals               *pickerField
	title, summary                *textField
	patch                         store.EntryPatch
}

func newEntryForm(c *Common, partners []store.Partner, old *store.Entry) *form {
	t := c.T
	s := &entryForm{c: c, old: old}
	v := store.NewEntry{Date: c.today(), Kind: store.KindConsultation}
	title, draft := t.FormAddTitle, "entry:new"
	if old != nil {
		v = old.Edit()
		title, draft = fmt.Sprintf(t.FormEditTitle, old.ID), fmt.Sprintf("entry:%d", old.ID)
		// A partner archived since is still offered, so the link is kept.
		for _, p := range old.Partners {
			found := false
			for _, q := range partners {
				found = found || q.ID == p.ID
			}
			if !found {
				partners = append(partners, store.Partner{ID: p.ID, Name: p.Label, ShortName: p.Label})
			}
		}
	}
	notRequest := func() bool { return s.kind.value() != store.KindRequest }
	s.date = newDate(c, "date", t.FormDate, v.Date, true, false)
	var kinds []option[store.EntryKind]
	for i, k := range store.EntryKinds {
		kinds = append(kinds, option[store.EntryKind]{value: k, label: t.EntryKind(k), key: rune('1' + i)})
	}
	s.kind = newChoice("kind", t.FormKind, kinds, v.Kind)
	s.kind.note = func(k store.EntryKind) string {
		if k == store.KindRequest {
			return t.FormRequestHint
		}
		return ""
	}
	s.opened = newDate(c, "opened", t.FormOpened, v.Opened, false, false)
	s.firstResponse = newDate(c, "first response", t.FormFirstResponse, v.FirstResponse, false, false)
	s.closed = newDate(c, "closed", t.FormClosed, v.Closed, false, false)
	s.cameFirst = newToggle(c, "came first", t.FormCameFirst, v.CameFirst)
	for _, f := range []*fieldBase{&s.opened.fieldBase, &s.firstResponse.fieldBase, &s.closed.fieldBase, &s.cameFirst.fieldBase} {
		f.hide = notRequest
	}
	var popts []option[int64]
	for _, p := range partners {
		popts = append(popts, partnerOption(c, p))
	}
	s.partners = newPicker(c, "partners", t.FormPartners, popts, v.PartnerIDs, true)
	s.partners.required = true
	var gopts []option[int64]
	for _, g := range c.Ref.Goals {
		gopts = append(gopts, option[int64]{value: int64(g.ID), label: render.Line(g.TitleIn(c.Lang())),
			short: fmt.Sprintf("%d %s", g.ID, render.Line(g.ShortTitleIn(c.Lang()))), key: rune('0' + g.ID)})
	}
	var goals []int64
	for _, g := range v.GoalIDs {
		goals = append(goals, int64(g))
	}
	s.goals = newPicker(c, "goals", t.FormGoals, gopts, goals, true)
	s.goals.numbered, s.goals.rows = true, max(len(gopts), 1)
	s.title = newText(c, "title", t.FormTitle, v.Title, func(v string) *store.FieldError {
		return store.CheckText("title", v, store.MaxTitle, true)
	})
	s.summary = newText(c, "summary", t.FormSummary, v.Summary, func(v string) *store.FieldError {
		return store.CheckText("summary", v, store.MaxSummary, false)
	}).multi(3, true)
	s.summary.box.placeholder = t.FormSummaryHint
	f := newForm(c, s, title, draft, s.date, s.kind, s.opened, s.firstResponse, s.closed, s.cameFirst,
		s.partners, s.goals, s.title, s.summary)
	if old == nil {
		f.start("partners")
	}
	return f
}

// partnerOption is a partner as a picker shows it: the name the list is
// sorted by, the short name and the country, which the filter matches, as
// it matches the name in the other language, the reading and the
// country's name.
func partnerOption(c *Common, p store.Partner) option[int64] {
	name := render.Line(p.NameIn(c.Lang()))
	label := name
	if p.ShortName != "" && p.ShortName != p.Name {
		label = c.T.WithAside(label, render.Line(p.ShortName))
	}
	if p.CountryCode != "" {
		label += " " + render.Glyphs().Sep + " " + p.CountryCode
	}
	also := strings.Join([]string{p.Name, p.NameJA, p.Yomi, c.countryName(p.CountryCode)}, "\n")
	return option[int64]{value: p.ID, label: label, short: render.Line(p.Label()), also: also, code: p.ShortName}
}

// entry is what the fields say, as a new entry.
func (s *entryForm) entry() store.NewEntry {
	e := store.NewEntry{Date: s.date.value(), Kind: s.kind.value(), Title: s.title.value(), Summary: s.summary.value(),
		Author: s.c.Author, PartnerIDs: s.partners.chosen}
	if s.old != nil {
		e.Author = s.old.Author
	}
	for _, g := range s.goals.chosen {
		e.GoalIDs = append(e.GoalIDs, int(g))
	}
	if e.Kind == store.KindRequest {
		e.Opened, e.FirstResponse, e.Closed = s.opened.value(), s.firstResponse.value(), s.closed.value()
		e.CameFirst = s.cameFirst.on
	}
	return e
}

func (s *entryForm) submit(f *form) (tea.Cmd, error) {
	e := s.entry()
	if fe := e.Validate(s.c.Now()); fe != nil {
		return nil, fe
	}
	if s.old == nil {
		return s.add(f, e), nil
	}
	s.patch = s.old.Diff(e)
	if e.Kind != store.KindRequest {
		// Leave the request's data to the store, which refuses to drop it
		// unless the user agrees.
		s.patch.Opened, s.patch.FirstResponse, s.patch.Closed, s.patch.CameFirst = nil, nil, nil, nil
	}
	if s.patch.IsZero() {
		return nil, nil
	}
	return s.write(f), nil
}

func (s *entryForm) add(f *form, e store.NewEntry) tea.Cmd {
	st, ctx, t, to := s.c.Store, s.c.Context(), s.c.T, to{f.id}
	return func() tea.Msg {
		id, err := st.AddEntry(ctx, e)
		if err != nil {
			return savedMsg{to: to, err: err}
		}
		return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.EntryAdded, id), change: removal{touchEntries, id, added},
			touch: touchEntries | touchPartners, focus: &focus{kind: touchEntries, id: id, isNew: true}}}
	}
}

func (s *entryForm) write(f *form) tea.Cmd {
	st, ctx, t, to, id, p := s.c.Store, s.c.Context(), s.c.T, to{f.id}, s.old.ID, s.patch
	p.By = s.c.Author
	return func() tea.Msg {
		ch, err := st.PatchEntry(ctx, id, p)
		if err != nil {
			return savedMsg{to: to, err: err}
		}
		if !ch.Changed {
			return savedMsg{to: to, done: changedMsg{status: t.NothingChanged}}
		}
		return savedMsg{to: to, done: changedMsg{status: fmt.Sprintf(t.EntryUpdated, id), change: entryEdited{ch.Before, ch.After},
			touch: touchEntries | touchPartners, focus: &focus{kind: touchEntries, id: id}}}
	}
}

// restoreDeleted restores the entry deleted elsewhere while the form was
// open, then writes the form's changes to it.
func (s *entryForm) restoreDeleted(f *form) tea.Cmd {
	st, ctx, t, to, id := s.c.Store, s.c.Context(), s.c.T, to{f.id}, s.old.ID
	write := s.write(f)
	return func() tea.Msg {
		if err := st.RestoreEntry(ctx, id); err != nil && !errors.Is(err, store.ErrNotDeleted) {
			return savedMsg{to: to, err: err}
		}
		msg := write()
		if m, ok := msg.(savedMsg); ok && m.err == nil {
			m.done.status = fmt.Sprintf(t.EntryRestoredWithChanges, id)
			return m
		}
		return msg
	}
}

// saveAsNew saves the form's text as a new entry, the deleted one left
// deleted.
func (s *entryForm) saveAsNew(f *form) (tea.Cmd, error) {
	e := s.entry()
	if fe := e.Validate(s.c.Now()); fe != nil {
		return nil, fe
	}
	return s.add(f, e), nil
}

func (s *entryForm) deletedTexts() (gone, askRestore, askNew string) {
	t, id := s.c.T, s.old.ID
	return fmt.Sprintf(t.EntryDeletedWhileEditing, id), fmt.Sprintf(t.AskRestoreDeletedEntry, id), t.AskSaveAsNewEntry
}

func (s *entryForm) retry(f *form, keepTheirs []string, current any, drop bool) tea.Cmd {
	s.patch = rebase(s.patch, keepTheirs, current, func(p store.EntryPatch, base *store.Entry) store.EntryPatch {
		p.Base = base
		return p
	})
	if drop {
		s.patch.DropRequest = true
	}
	return s.write(f)
}

func (s *entryForm) record() any {
	if s.old == nil {
		return nil
	}
	return s.old
}

func (s *entryForm) restoreRecord(b []byte) bool { return readRecord(b, &s.old) }
