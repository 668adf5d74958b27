package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"vision2030/render"
	"vision2030/store"
)

// A form is a screen on the drill-down stack: its fields, one focused, in
// a pane that scrolls. What it writes is its spec's (the entry, partner,
// action, assessment, goal and stage forms, each in the file of what it
// edits). The form keeps what the user typed: esc or ctrl+c with changes
// asks first, a draft is saved in the database within a second of the
// last change and offered back at the next open, a failed save puts the
// cursor on the
// field at fault, and a change made elsewhere meanwhile is shown beside
// the user's for them to choose.
type form struct {
	base
	spec   formSpec
	title  string
	draft  string // the draft's name: "entry:new", "partner:7"
	fields []field
	focus  int
	errs   map[string]string // by field name: shown under it
	// typed marks the fields the user changed, and tried is set once they
	// tried to save: only then does an empty field say it is required.
	typed  map[string]bool
	tried  bool
	err    string // why the last save failed, if not a field's fault
	saving bool
	vp     viewport.Model
	labelW int

	saved   string    // the body of the draft last written
	savedAt time.Time // when
	// changed is set by a change not yet in a draft; armed while a
	// draftTickMsg is on its way; writing while a draft is being written
	// (off the update loop: one at a time, so that an older one cannot
	// land after a newer).
	changed, armed, writing bool
	drafts                  *draftLock
	editing                 string // the field open in the editor
	// confirmed is set while a save the user said yes to runs: a spec
	// that asks first (askFirst) does not ask again.
	confirmed bool
}

// askFirst is what a spec's submit returns for a save to ask about
// first: yes saves again with the form's confirmed set.
type askFirst struct{ prompt string }

func (a *askFirst) Error() string { return a.prompt }

// saidError is a failed save that says what is wrong in the user's words,
// the form kept open as it is.
type saidError string

func (e saidError) Error() string { return string(e) }

// draftLock orders a form's draft writes and its deletion, which run off
// the update loop: once the form is closed (its draft deleted), a write
// still on its way writes nothing, so that no draft comes back.
type draftLock struct {
	sync.Mutex
	closed bool
}

// formSpec is what a form writes: submit validates what the fields say
// and returns the command that writes it; retry writes again after the
// user chose, field by field, to keep the values stored meanwhile
// (keepTheirs) over theirs, or agreed to drop data (drop).
type formSpec interface {
	submit(f *form) (tea.Cmd, error)
	retry(f *form, keepTheirs []string, current any, drop bool) tea.Cmd
}

// deletedSpec is a form spec whose record may be restored when it was
// deleted elsewhere while the form was open: restore brings it back with
// the form's changes, saveAsNew saves the form's text as a new record.
// deletedTexts: what the form says, the question that offers to restore,
// the one (after no) that offers to save as new.
type deletedSpec interface {
	restoreDeleted(f *form) tea.Cmd
	saveAsNew(f *form) (tea.Cmd, error)
	deletedTexts() (gone, askRestore, askNew string)
}

// recordSpec is a form spec that edits a stored record. The draft keeps
// the record as the edit began from it (its version and values), and a
// restored draft's record becomes the form's again, so that what was
// written elsewhere since the draft began meets the draft's changes as a
// conflict, as it would have had the form stayed open.
type recordSpec interface {
	// record is the record as the form began from it, nil for a new one.
	record() any
	// restoreRecord takes back a record kept by record; it reports
	// whether it could read it.
	restoreRecord(b []byte) bool
}

// readRecord reads a kept record into *to, a new value: the record the
// form was given may be shared.
func readRecord[T any](b []byte, to *T) bool {
	var r T
	if string(b) == "null" || json.Unmarshal(b, &r) != nil {
		return false
	}
	*to = r
	return true
}

// draftInterval is how soon after a change the form writes its draft, and
// so how often at most while the user types: a crash loses at most about
// this much typing. A form without changes sets no timer.
const draftInterval = time.Second

// Messages of a form.
type (
	// savedMsg answers a form's write: the change, or why it failed.
	savedMsg struct {
		to
		done changedMsg
		err  error
	}
	draftTickMsg  struct{ to }
	draftSavedMsg struct{ to }
	draftLoadMsg  struct {
		to
		d  store.Draft
		ok bool
	}
	restoreDraftMsg struct {
		to
		body string
	}
	discardDraftMsg struct{ to }
	// cancelFormMsg closes the form without saving, its draft deleted;
	// dropped says that what was typed is dropped (not said of a form left
	// as it was opened).
	cancelFormMsg struct {
		to
		dropped bool
	}
	// resolveMsg carries the user's choices on a conflict.
	resolveMsg struct {
		to
		keepTheirs []string
		current    any
	}
	// restoreDeletedMsg says yes to restoring a record deleted elsewhere
	// while the form was open, with the form's changes; saveAsNewMsg to
	// saving the form's text as a new record instead.
	restoreDeletedMsg struct{ to }
	saveAsNewMsg      struct{ to }
	// dropMsg says yes to dropping data a change of kind would drop.
	dropMsg struct{ to }
	// confirmedMsg says yes to a save the form asked about first
	// (askFirst): it saves again, confirmed.
	confirmedMsg  struct{ to }
	editorDoneMsg struct {
		to
		text string
		err  error
	}
)

func newForm(c *Common, spec formSpec, title, draft string, fields ...field) *form {
	f := &form{base: newBase(c), spec: spec, title: title, draft: draft, fields: fields, errs: map[string]string{}, drafts: &draftLock{},
		vp: viewport.New()}
	f.focus = -1
	f.moveTo(0, false)
	return f
}

func (f *form) Title() string { return render.Line(f.title) }

// Typing: a form takes every key.
func (f *form) Typing() bool { return true }

// Dirty reports whether a field differs from what it was given.
func (f *form) Dirty() bool {
	for _, fl := range f.fields {
		if !fl.hidden() && fl.changed() {
			return true
		}
	}
	return false
}

func (f *form) Init() tea.Cmd {
	f.saved = f.encode()
	var cmds []tea.Cmd
	if f.c.refuseWrite() == "" && f.draft != "" {
		st, ctx, author, name, id := f.c.Store, f.c.Context(), f.c.Author, f.draft, f.id
		cmds = append(cmds, func() tea.Msg {
			d, ok, err := st.LoadDraft(ctx, author, name)
			return draftLoadMsg{to{id}, d, ok && err == nil}
		})
	}
	return tea.Batch(cmds...)
}

// start focuses field i (the first a form wants filled, when it has
// defaults above it).
func (f *form) start(name string) *form {
	for i, fl := range f.fields {
		if fl.name() == name {
			f.moveTo(i, false)
		}
	}
	return f
}

// moveTo focuses field i (skipping hidden ones in the direction of the
// move); leaving a field checks it.
func (f *form) moveTo(i int, check bool) {
	if check && f.focus >= 0 && f.focus < len(f.fields) {
		f.checkLeft(f.fields[f.focus])
	}
	n := len(f.fields)
	dir := 1
	if i < f.focus {
		dir = -1
	}
	for range n {
		i = (i%n + n) % n
		if !f.fields[i].hidden() {
			break
		}
		i += dir
	}
	f.focus = i
	if p, ok := f.fields[i].(*pickerField); ok {
		p.enter()
	}
	f.layout()
}

// checkLeft shows or clears the error of a field the user leaves; that an
// empty field is required is said only once they typed into it or tried to
// save: passing through a field says nothing.
func (f *form) checkLeft(fl field) {
	var fe *store.FieldError
	if err := fl.check(); errors.As(err, &fe) && fe.Problem == store.ProblemRequired && !f.tried && !f.typed[fl.name()] {
		delete(f.errs, fl.name())
		return
	}
	f.checkField(fl)
}

// checkField shows or clears the field's error.
func (f *form) checkField(fl field) {
	if err := fl.check(); err != nil {
		f.errs[fl.name()] = f.words(err)
	} else {
		delete(f.errs, fl.name())
	}
}

func (f *form) words(err error) string {
	var fe *store.FieldError
	if errors.As(err, &fe) {
		return f.c.T.FieldError(fe)
	}
	return f.c.describe(err)
}

// focusKey is where a draft keeps the field the user was in, recordKey
// the record an edit began from.
const (
	focusKey  = "_focus"
	recordKey = "_record"
)

// encode writes the form as a draft. A new record's draft holds every
// field; an edit's holds the record it began from and only the fields
// changed, so that a restored draft shows what was stored since in the
// fields it did not touch.
func (f *form) encode() string {
	m := map[string]string{focusKey: f.fields[f.focus].name()}
	var rec any
	if rs, ok := f.spec.(recordSpec); ok {
		rec = rs.record()
	}
	if rec != nil {
		b, _ := json.Marshal(rec)
		m[recordKey] = string(b)
	}
	for _, fl := range f.fields {
		if rec == nil || fl.changed() {
			m[fl.name()] = fl.encode()
		}
	}
	b, _ := json.Marshal(m)
	return string(b)
}

func (f *form) decode(body string) {
	var m map[string]string
	if json.Unmarshal([]byte(body), &m) != nil {
		return
	}
	if rs, ok := f.spec.(recordSpec); ok && m[recordKey] != "" && rs.record() != nil {
		rs.restoreRecord([]byte(m[recordKey]))
	}
	for i, fl := range f.fields {
		if v, ok := m[fl.name()]; ok {
			fl.decode(v)
		}
		if fl.name() == m[focusKey] && !fl.hidden() {
			f.focus = i
		}
	}
	f.layout()
}

// Update follows msg; a change not yet in a draft arms the draft's timer,
// if it is not armed.
func (f *form) Update(msg tea.Msg) tea.Cmd {
	cmd := f.update(msg)
	if f.changed && !f.armed && f.draft != "" {
		f.armed = true
		cmd = tea.Batch(cmd, f.c.Clock.After(draftInterval, draftTickMsg{to{f.id}}))
	}
	return cmd
}

func (f *form) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return f.key(msg)
	case tea.PasteMsg:
		if !f.saving {
			fl := f.fields[f.focus]
			fl.update(f, msg)
			f.edited(fl)
		}
	case draftTickMsg:
		f.armed = false
		if f.writing || f.saving {
			return nil // changed stays set: the timer is armed again
		}
		f.changed = false
		body := f.encode()
		if body == f.saved || f.c.refuseWrite() != "" || f.draft == "" {
			return nil
		}
		f.saved, f.savedAt, f.writing = body, f.c.Now(), true
		st, ctx, d, to := f.c.Store, f.c.Context(), store.Draft{Author: f.c.Author, Form: f.draft, Body: body}, to{f.id}
		lock := f.drafts
		return func() tea.Msg {
			lock.Lock()
			defer lock.Unlock()
			if !lock.closed {
				st.SaveDraft(ctx, d) // best effort: a draft that cannot be saved is not worth a word
			}
			return draftSavedMsg{to}
		}
	case draftSavedMsg:
		f.writing = false
	case draftLoadMsg:
		if !msg.ok || msg.d.Body == f.encode() {
			return nil
		}
		when := msg.d.SavedAt
		if t, err := time.Parse(time.RFC3339, when); err == nil {
			when = t.Local().Format("2006-01-02 15:04")
		}
		return ask(fmt.Sprintf(f.c.T.AskRestoreDraft, when), restoreDraftMsg{to{f.id}, msg.d.Body}, discardDraftMsg{to{f.id}})
	case restoreDraftMsg:
		f.decode(msg.body)
		f.saved = f.encode()
		return status(f.c.T.DraftRestored, true)
	case discardDraftMsg:
		return f.dropDraft(false) // the form stays open: its drafts go on
	case cancelFormMsg:
		if !msg.dropped {
			return tea.Batch(f.deleteDraft(), pop(f.id))
		}
		return tea.Batch(f.deleteDraft(), pop(f.id), status(f.c.T.FormCancelled, false))
	case savedMsg:
		f.saving = false
		if msg.err != nil {
			return f.fail(msg.err)
		}
		return tea.Batch(f.deleteDraft(), pop(f.id), msgCmd(msg.done))
	case resolveMsg:
		f.saving = true
		return f.spec.retry(f, msg.keepTheirs, msg.current, false)
	case restoreDeletedMsg:
		if ds, ok := f.spec.(deletedSpec); ok {
			f.saving = true
			return ds.restoreDeleted(f)
		}
	case saveAsNewMsg:
		if ds, ok := f.spec.(deletedSpec); ok {
			cmd, err := ds.saveAsNew(f)
			if err != nil {
				return f.fail(err)
			}
			f.saving = cmd != nil
			return cmd
		}
	case dropMsg:
		f.saving = true
		return f.spec.retry(f, nil, nil, true)
	case confirmedMsg:
		f.confirmed = true
		cmd := f.save()
		f.confirmed = false
		return cmd
	case editorDoneMsg:
		for _, fl := range f.fields {
			if tf, ok := fl.(*textField); ok && tf.name() == f.editing && msg.err == nil {
				tf.box.SetValue(msg.text)
				f.edited(tf)
			}
		}
		f.editing = ""
		if msg.err != nil {
			return status(fmt.Sprintf(f.c.T.EditorFailed, render.Line(msg.err.Error())), false)
		}
	}
	return nil
}

// deleteDraft deletes the form's draft as it closes: no draft write on
// its way writes after it.
func (f *form) deleteDraft() tea.Cmd { return f.dropDraft(true) }

// dropDraft deletes the form's draft; closing, no later write writes one.
func (f *form) dropDraft(closing bool) tea.Cmd {
	if f.c.refuseWrite() != "" || f.draft == "" {
		return nil
	}
	st, ctx, author, name, lock := f.c.Store, f.c.Context(), f.c.Author, f.draft, f.drafts
	return func() tea.Msg {
		lock.Lock()
		defer lock.Unlock()
		lock.closed = lock.closed || closing
		st.DeleteDraft(ctx, author, name)
		return nil
	}
}

// edited follows a change of fl: its error, once shown, follows what is
// typed; the layout follows the text's height.
func (f *form) edited(fl field) {
	if f.typed == nil {
		f.typed = map[string]bool{}
	}
	f.typed[fl.name()] = true
	f.changed = true
	if _, shown := f.errs[fl.name()]; shown {
		f.checkField(fl)
	}
	f.err = ""
	f.layout()
}

func (f *form) key(msg tea.KeyPressMsg) tea.Cmd {
	if f.saving {
		return nil
	}
	k := f.c.Keys
	fl := f.fields[f.focus]
	switch {
	case matches(msg, k.Save):
		return f.save()
	case matches(msg, k.NextField):
		f.moveTo(f.focus+1, true)
		return nil
	case matches(msg, k.PrevField):
		f.moveTo(f.focus-1, false) // going back to change something says nothing yet
		return nil
	case matches(msg, k.Editor):
		if tf, ok := fl.(*textField); ok {
			return f.openEditor(tf)
		}
		return nil
	}
	before := fl.encode()
	if handled, cmd := fl.update(f, msg); handled {
		if fl.encode() != before {
			f.edited(fl)
		} else {
			f.layout()
		}
		return cmd
	}
	switch {
	case matches(msg, k.Back):
		if f.Dirty() {
			return ask(f.c.T.AskDiscard, cancelFormMsg{to{f.id}, true}, nil)
		}
		return msgCmd(cancelFormMsg{to: to{f.id}})
	case matches(msg, k.Choose) && !fl.takesEnter():
		if f.last() {
			return f.save()
		}
		f.moveTo(f.focus+1, true)
	}
	return nil
}

// last reports whether the focus is on the last visible field.
func (f *form) last() bool {
	for i := f.focus + 1; i < len(f.fields); i++ {
		if !f.fields[i].hidden() {
			return false
		}
	}
	return true
}

// save checks every field and submits; the first field at fault gets the
// focus and says what is wrong.
func (f *form) save() tea.Cmd {
	if why := f.c.refuseWrite(); why != "" {
		f.err = why
		f.layout()
		return nil
	}
	f.tried = true
	first := -1
	for i, fl := range f.fields {
		if fl.hidden() {
			continue
		}
		f.checkField(fl)
		if _, bad := f.errs[fl.name()]; bad && first < 0 {
			first = i
		}
	}
	if first >= 0 {
		f.moveTo(first, false)
		return nil
	}
	cmd, err := f.spec.submit(f)
	if err != nil {
		return f.fail(err)
	}
	if cmd == nil { // nothing changed: nothing is written
		return tea.Batch(f.deleteDraft(), pop(f.id), status(f.c.T.NothingChanged, true))
	}
	f.saving, f.err = true, ""
	f.layout()
	return cmd
}

// fail shows why a save failed: a field's fault puts the cursor there with
// the words (a date names the date it must follow); a conflict shows both
// values; a change of kind that would drop data asks.
func (f *form) fail(err error) tea.Cmd {
	f.saving = false
	var fe *store.FieldError
	var ce *store.ConflictError
	var de *store.DropError
	var af *askFirst
	var said saidError
	switch {
	case errors.As(err, &said):
		f.err = string(said)
	case errors.As(err, &af):
		f.layout()
		return ask(af.prompt, confirmedMsg{to{f.id}}, nil)
	case errors.As(err, &fe):
		for i, fl := range f.fields {
			if fl.name() == fe.Field && !fl.hidden() {
				f.moveTo(i, false)
				f.errs[fe.Field] = f.c.T.FieldError(fe)
				f.layout()
				return nil
			}
		}
		f.err = f.c.T.FieldError(fe)
	case errors.As(err, &ce):
		return push(newConflictScreen(f.c, f, ce))
	case errors.As(err, &de):
		return ask(fmt.Sprintf(f.c.T.AskDropRequest, f.c.conflictsLine(de.Fields)), dropMsg{to{f.id}}, nil)
	case errors.Is(err, store.ErrDeleted):
		ds, ok := f.spec.(deletedSpec)
		if !ok {
			f.err = f.c.describe(err)
			break
		}
		// Nothing typed is lost: restore it with the changes, or save them
		// as a new record, or (no to both) keep the form to decide later.
		gone, askRestore, askNew := ds.deletedTexts()
		f.err = gone
		f.layout()
		return ask(askRestore, restoreDeletedMsg{to{f.id}}, askMsg{prompt: askNew, yes: saveAsNewMsg{to{f.id}}})
	default:
		f.err = f.c.describe(err)
	}
	f.layout()
	return nil
}

// openEditor hands the text to $VISUAL or $EDITOR and reads it back.
func (f *form) openEditor(tf *textField) tea.Cmd {
	editor := os.Getenv("VISUAL")
	if editor == "" {
		editor = os.Getenv("EDITOR")
	}
	if editor == "" {
		return status(f.c.T.NoEditor, false)
	}
	tmp, err := os.CreateTemp("", "vision2030-*.md")
	if err != nil {
		return status(fmt.Sprintf(f.c.T.EditorFailed, render.Line(err.Error())), false)
	}
	path := tmp.Name()
	_, err = tmp.WriteString(tf.box.Value())
	tmp.Close()
	if err != nil {
		os.Remove(path)
		return status(fmt.Sprintf(f.c.T.EditorFailed, render.Line(err.Error())), false)
	}
	f.editing = tf.name()
	args := strings.Fields(editor)
	cmd := exec.Command(args[0], append(args[1:], path)...)
	id := f.id
	return tea.ExecProcess(cmd, func(err error) tea.Msg {
		defer os.Remove(path)
		if err != nil {
			return editorDoneMsg{to{id}, "", err}
		}
		b, rerr := os.ReadFile(path)
		return editorDoneMsg{to{id}, string(b), rerr}
	})
}

func (f *form) SetSize(w, h int) {
	f.base.SetSize(w, h)
	f.layout()
}

// layout measures the fields: the label column, the tall field's height
// (what the others leave), and the scroll that keeps the focused field in
// view.
func (f *form) layout() {
	if f.w == 0 {
		return
	}
	f.labelW = 0
	for _, fl := range f.fields {
		// The marker of the focused field, the label and its error mark, a gap.
		if !fl.hidden() {
			f.labelW = max(f.labelW, render.Width(fl.label())+6)
		}
	}
	f.labelW = min(f.labelW, max(f.w/3, 8))
	vw := max(f.w-f.labelW, 1)
	head := 2 // the title and the line under it (saving, an error)
	var tall *textField
	used := 0
	for i, fl := range f.fields {
		if fl.hidden() {
			continue
		}
		fl.setWidth(vw)
		if tf, ok := fl.(*textField); ok {
			if tf.tall {
				tall = tf
				used++ // at least its first line
				if _, bad := f.errs[fl.name()]; bad {
					used++
				}
				continue
			}
		}
		used += f.fieldHeight(fl, i == f.focus, vw)
	}
	f.vp.SetWidth(f.w)
	f.vp.SetHeight(max(f.h-head, 1))
	if tall != nil {
		tall.box.setSize(vw, max(f.h-head-used, 3))
	}
	content, at, end := f.draw(vw)
	f.vp.SetContent(content)
	if at < f.vp.YOffset() {
		f.vp.SetYOffset(at)
	} else if end > f.vp.YOffset()+f.vp.Height() {
		f.vp.SetYOffset(min(at, end-f.vp.Height()))
	}
}

func (f *form) fieldHeight(fl field, focused bool, w int) int {
	n := max(strings.Count(fl.view(f, focused, w), "\n")+1, len(f.labelLines(fl, focused)))
	if _, bad := f.errs[fl.name()]; bad {
		n++
	}
	return n
}

// labelLines is a field's label as the label column draws it: after the
// marker of the focused field, with its error mark, wrapped when it is
// wider than the column rather than cut.
func (f *form) labelLines(fl field, focused bool) []string {
	th := f.c.Styles.Form
	st := th.Blurred
	if focused {
		st = th.Focused
	}
	label := fl.label()
	if _, bad := f.errs[fl.name()]; bad {
		label += st.ErrorIndicator.String()
	}
	mark := "  "
	if focused {
		mark = st.SelectSelector.String()
	}
	markW := render.Width(mark)
	lines := strings.Split(render.Wrap(label, max(f.labelW-1-markW, 1)), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = render.Truncate(mark+lines[i], f.labelW-1)
		} else {
			lines[i] = render.Truncate(spaces(markW)+lines[i], f.labelW-1)
		}
	}
	return lines
}

// draw lays out every field: the label, the value beside it, the error
// under it. It returns the lines of the focused field.
func (f *form) draw(vw int) (content string, at, end int) {
	th := f.c.Styles.Form
	var lines []string
	for i, fl := range f.fields {
		if fl.hidden() {
			continue
		}
		focused := i == f.focus
		st := th.Blurred
		if focused {
			st = th.Focused
		}
		labels := f.labelLines(fl, focused)
		if focused {
			at = len(lines)
		}
		values := strings.Split(fl.view(f, focused, vw), "\n")
		for j := range max(len(values), len(labels)) {
			line := strings.Repeat(" ", f.labelW)
			if j < len(labels) {
				line = st.Title.Render(render.Fit(labels[j], f.labelW))
			}
			if j < len(values) {
				line += values[j]
			}
			lines = append(lines, line)
		}
		if e, bad := f.errs[fl.name()]; bad {
			for _, l := range strings.Split(render.Wrap(e, vw), "\n") {
				lines = append(lines, strings.Repeat(" ", f.labelW)+th.Focused.ErrorMessage.Render(l))
			}
		}
		if focused {
			end = len(lines)
		}
	}
	return strings.Join(lines, "\n"), at, end
}

func (f *form) View() string {
	s, t := f.c.Styles, f.c.T
	head := s.Heading.Render(render.Truncate(render.Line(f.title), f.w))
	sub := ""
	switch {
	case f.saving:
		sub = s.Subtle.Render(t.FormSaving)
	case f.err != "":
		sub = s.Error.Render(render.Truncate(render.Line(f.err), f.w))
	case !f.savedAt.IsZero():
		sub = s.Subtle.Render(fmt.Sprintf(t.DraftSavedAt, f.savedAt.Local().Format("15:04:05")))
	}
	return head + "\n" + sub + "\n" + f.vp.View()
}

func (f *form) ShortHelp() []key.Binding {
	k, t := f.c.Keys, f.c.T
	b := []key.Binding{k.Save, k.NextField, withHelp(k.Back, t.KeyFormCancel)}
	switch fl := f.fields[f.focus].(type) {
	case *textField:
		if fl.box.multiline {
			b = append(b, k.Editor)
		}
	case *pickerField:
		b = append([]key.Binding{withHelp(k.Choose, t.KeyFormToggle)}, b...)
	}
	return b
}

func (f *form) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

// field returns the field named name.
func (f *form) field(name string) field {
	for _, fl := range f.fields {
		if fl.name() == name {
			return fl
		}
	}
	return nil
}

// Click focuses the field clicked.
func (f *form) Click(x, y int) tea.Cmd {
	line := f.vp.YOffset() + y - 2
	if line < 0 {
		return nil
	}
	n := 0
	for i, fl := range f.fields {
		if fl.hidden() {
			continue
		}
		h := f.fieldHeight(fl, i == f.focus, max(f.w-f.labelW, 1))
		if line < n+h {
			if i != f.focus {
				f.moveTo(i, true)
			}
			return nil
		}
		n += h
	}
	return nil
}

func (f *form) Wheel(x, y, delta int) tea.Cmd {
	scrollBy(&f.vp, delta)
	return nil
}
