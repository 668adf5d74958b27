package ui

import (
	"context"
	"fmt"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Screen is one screen of the dashboard, a component in the sense of
// soft-serve's pkg/ui: Update returns only a command, View draws without
// changing anything, SetSize tells it the space it has, and its keys are a
// help.KeyMap, so that the footer and the `?` screen show them. The root
// model holds the tabs and the drill-down stack and routes messages; what
// a screen does (its verbs) lives in its own file.
type Screen interface {
	help.KeyMap
	ID() int
	Title() string
	Init() tea.Cmd
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(w, h int)
}

// What a screen may do beyond Screen; the root asks with a type assertion.
type (
	// typer is a screen that is taking text: every key but ctrl+c is its.
	typer interface{ Typing() bool }
	// reloader reloads what a write touched.
	reloader interface{ Reload(t touched) tea.Cmd }
	// clicker takes mouse clicks and the wheel in its own coordinates;
	// again is a click on the row already selected (a double click).
	clicker interface {
		Click(x, y int) tea.Cmd
		Wheel(x, y, delta int) tea.Cmd
	}
	// focuser moves its cursor to a record after a write.
	focuser interface{ Focus(f focus) tea.Cmd }
	// dirtier is a form that holds changes the user has not saved.
	dirtier interface{ Dirty() bool }
	// noter says where its cursor is ("3 of 120"), at the right of the tab
	// bar: in parts, the first the most important, the later ones left out
	// when the tab bar is too narrow for them.
	noter interface{ Note() []string }
)

// tabs are the screens of the tab bar, in order: adding one is one line
// here and one file.
var tabs = []func(c *Common) Screen{
	newDashboard,
	newPartnersScreen,
	newEntriesScreen,
	newActionsScreen,
}

// base is what every screen embeds: its number and the shared Common.
type base struct {
	c  *Common
	id int
	w  int
	h  int
}

func newBase(c *Common) base { return base{c: c, id: c.newID()} }

func (b *base) ID() int { return b.id }

func (b *base) SetSize(w, h int) { b.w, b.h = max(w, 1), max(h, 1) }

// touched says what a write changed, so that only the screens showing it
// reload.
type touched uint8

const (
	touchEntries touched = 1 << iota
	touchPartners
	touchActions
	touchAssessments
	touchGoals
	touchAll touched = 0xff
)

// focus is the record a screen should select after a write.
type focus struct {
	kind  touched // touchEntries, touchPartners, touchActions
	id    int64
	isNew bool // added: show it where new records are listed
	// said is what the status line said of the write (an undo, a redo):
	// a list whose filter hides the record says so after it, not instead.
	said string
}

// focusIf is a focus on record id of kind, if the record is there (ok).
func focusIf(ok bool, kind touched, id int64) *focus {
	if !ok {
		return nil
	}
	return &focus{kind: kind, id: id}
}

// Messages that go to the root.
type (
	// pushMsg opens a screen on top of the drill-down.
	pushMsg struct{ s Screen }
	// popMsg closes screen id if it is on top.
	popMsg struct{ id int }
	// statusMsg says something in the footer.
	statusMsg struct {
		text string
		ok   bool
	}
	// askMsg asks a yes/no question; the answer's message is sent (no may
	// be nil).
	askMsg struct {
		prompt  string
		yes, no tea.Msg
	}
	// changedMsg reports a write: what to say, how to undo it, what it
	// touched and what to select.
	changedMsg struct {
		status string
		change change
		touch  touched
		focus  *focus
	}
	// failedMsg reports a write or a load that failed.
	failedMsg struct{ err error }
	// quitMsg quits, changes or not (the user said so).
	quitMsg struct{}
	// sizedMsg follows SetSize: a screen may load what its new size shows.
	sizedMsg struct{}
)

// addressed is a message for one screen: the answer to its query.
type addressed interface{ addressee() int }

// to addresses a message to screen id.
type to struct{ screen int }

func (t to) addressee() int { return t.screen }

// verb is a message that is a change to make: the root runs it (after the
// user said yes, for a question). The verbs are defined beside the screens
// that offer them.
type verb interface {
	run(c *Common) tea.Cmd
}

// change is a write made in this session, which undo takes back and redo
// makes again. Force writes over changes made elsewhere since; without it
// such changes make a *store.ConflictError, which the root asks about.
type change interface {
	describe(c *Common) string
	undo(ctx context.Context, c *Common, force bool) error
	redo(ctx context.Context, c *Common, force bool) error
	touches() touched
	// affected is the record to select after it is undone (or redone), or
	// nil when that took the record away.
	affected(redo bool) *focus
}

// removal is an entry or action added, restored or deleted. Deleting
// is soft, so each is the same pair of store calls: undo does the opposite
// of what the change did, redo does it again.
type removal struct {
	kind touched // touchEntries or touchActions
	id   int64
	how  removalKind
}

type removalKind int

const (
	added removalKind = iota
	restored
	removed
)

func (ch removal) describe(c *Common) string {
	t := c.T
	var f string
	switch {
	case ch.kind == touchActions && ch.how == removed:
		f = t.UndoActionDelete
	case ch.kind == touchActions:
		f = t.UndoActionAdd // actions are not restored but by undo
	case ch.how == added:
		f = t.UndoAdd
	case ch.how == restored:
		f = t.UndoRestore
	default:
		f = t.UndoDelete
	}
	return fmt.Sprintf(f, ch.id)
}

// touches is what the row's presence changes: an entry's partners and
// follow-ups are listed with it.
func (ch removal) touches() touched {
	if ch.kind == touchEntries {
		return touchEntries | touchPartners | touchActions
	}
	return ch.kind
}

// affected is the row when the change (redo) or its undo leaves it there.
func (ch removal) affected(redo bool) *focus {
	return focusIf(redo != (ch.how == removed), ch.kind, ch.id)
}

func (ch removal) undo(ctx context.Context, c *Common, _ bool) error {
	return ch.set(ctx, c, ch.how == removed)
}

func (ch removal) redo(ctx context.Context, c *Common, _ bool) error {
	return ch.set(ctx, c, ch.how != removed)
}

// set puts the row back (present) or deletes it.
func (ch removal) set(ctx context.Context, c *Common, present bool) error {
	switch {
	case ch.kind == touchEntries && present:
		return c.Store.RestoreEntry(ctx, ch.id)
	case ch.kind == touchEntries:
		return c.Store.DeleteEntry(ctx, ch.id)
	case present:
		return c.Store.RestoreAction(ctx, ch.id)
	default:
		return c.Store.DeleteAction(ctx, ch.id)
	}
}

func push(s Screen) tea.Cmd { return msgCmd(pushMsg{s}) }

func pop(id int) tea.Cmd { return msgCmd(popMsg{id}) }

func status(text string, ok bool) tea.Cmd { return msgCmd(statusMsg{text, ok}) }

func ask(prompt string, yes, no tea.Msg) tea.Cmd { return msgCmd(askMsg{prompt, yes, no}) }

// msgCmd is a command that delivers msg at once.
func msgCmd(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
