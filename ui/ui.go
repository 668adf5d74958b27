// Package ui is vision2030's terminal interface: one root model that holds
// the screens (the tabs and the drill-down stack) and routes messages to
// them, and one component per screen. It never speaks SQL and never blocks
// in Update: every query runs as a tea.Cmd under the context New was given,
// so quitting cancels the work in flight.
package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"vision2030/config"
	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// The smallest terminal the screens are drawn in; below it a notice is shown.
const (
	MinWidth  = render.DashboardMinWidth
	MinHeight = 10
)

// PollInterval is how often the model checks whether another process has
// written to the database; statusTimeout how long a status line stays.
const (
	PollInterval  = 500 * time.Millisecond
	statusTimeout = 5 * time.Second
)

// Options configure a Model.
type Options struct {
	Context   context.Context  // cancelled when the program ends; Background if nil
	Catalogue *i18n.Catalogue  // default English
	Settings  *config.Settings // author, theme, keys; nil for the defaults
	Author    string           // overrides Settings.Author when set
	// Theme is auto, dark or light (the settings' theme when empty). Auto
	// asks the terminal for its background and guesses from ColorFGBG
	// (the COLORFGBG variable) until it answers.
	Theme     string
	ColorFGBG string
	Now       func() time.Time
	Clock     Clock // for tests; a real clock over Now if nil
}

// Model is the root model: it owns the screens, the help, the yes/no
// question, the undo history, the status line and the watch on the
// database.
type Model struct {
	c      *Common
	cancel context.CancelFunc
	theme  string

	tabs   []Screen
	active int
	stack  []Screen // the drill-down, innermost last
	stale  map[int]touched
	// focusLater is the record a hidden screen selects when it comes into
	// view, after the reload that view brings.
	focusLater map[int]focus

	help       bool
	helpView   viewport.Model
	question   *askMsg
	status     string
	statusOK   bool
	statusSeq  int
	undo, redo []change
	revision   string
	quitting   bool
}

// New returns the root model over st, or a *config.Error when the
// settings' key bindings name an unknown action or bind a key twice.
func New(st *store.Store, o Options) (*Model, error) {
	if o.Catalogue == nil {
		o.Catalogue = i18n.English
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Clock == nil {
		o.Clock = realClock{o.Now}
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	if o.Author == "" && o.Settings != nil {
		o.Author = o.Settings.Author
	}
	if o.Theme == "" && o.Settings != nil {
		o.Theme = o.Settings.Theme
	}
	keys, err := newKeyMap(o.Catalogue, o.Settings)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(o.Context)
	c := &Common{ctx: ctx, Keys: keys, T: o.Catalogue, Store: st, Clock: o.Clock, Author: o.Author,
		Styles: NewStyles(themeDark(o.Theme, o.ColorFGBG))}
	m := &Model{c: c, cancel: cancel, theme: o.Theme, stale: map[int]touched{}, focusLater: map[int]focus{}}
	for _, mk := range tabs {
		m.tabs = append(m.tabs, mk(c))
	}
	return m, nil
}

// themeDark is the first guess at the background: the setting, else
// COLORFGBG ("15;0": light text on colour 0), else dark.
func themeDark(theme, colorfgbg string) bool {
	switch theme {
	case "light":
		return false
	case "dark":
		return true
	}
	parts := strings.Split(colorfgbg, ";")
	if bg, err := strconv.Atoi(parts[len(parts)-1]); err == nil && colorfgbg != "" {
		return bg < 7 || bg == 8
	}
	return true
}

// EnvColorFGBG is the variable some terminals set to say their colours.
func EnvColorFGBG() string { return os.Getenv("COLORFGBG") }

// top is the screen the user sees: the innermost of the drill-down, else
// the active tab.
func (m *Model) top() Screen {
	if len(m.stack) > 0 {
		return m.stack[len(m.stack)-1]
	}
	return m.tabs[m.active]
}

// Init asks for the background colour, loads the reference data and every
// tab, and starts watching the database.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{loadRef(m.c), checkRevision(m.c, m.revision, false), m.c.Clock.After(PollInterval, pollMsg{})}
	if m.theme != "dark" && m.theme != "light" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	for _, s := range m.tabs {
		cmds = append(cmds, s.Init())
	}
	return tea.Batch(cmds...)
}

// Messages of the root.
type (
	refMsg struct {
		ref Reference
		err error
	}
	pollMsg     struct{}
	revisionMsg struct {
		rev   string
		touch touched // what was written since the revision before
		refs  bool    // goals, rubrics or countries changed
		err   error
	}
	statusClearMsg struct{ seq int }
	undoneMsg      struct {
		ch   change
		redo bool
		err  error
	}
	// undoVerb undoes (or redoes) ch over changes made elsewhere, after
	// the user said yes.
	undoVerb struct {
		ch   change
		redo bool
	}
)

func (v undoVerb) run(c *Common) tea.Cmd { return runUndo(c, v.ch, v.redo, true) }

func runUndo(c *Common, ch change, redo, force bool) tea.Cmd {
	ctx := c.Context()
	return func() tea.Msg {
		var err error
		if redo {
			err = ch.redo(ctx, c, force)
		} else {
			err = ch.undo(ctx, c, force)
		}
		return undoneMsg{ch, redo, err}
	}
}

// loadRef loads the reference data every screen names.
func loadRef(c *Common) tea.Cmd {
	st, ctx, lang := c.Store, c.Context(), c.Lang()
	return func() tea.Msg {
		var r Reference
		var err error
		if r.Goals, err = st.Goals(ctx); err != nil {
			return refMsg{err: err}
		}
		if r.Stages, err = st.Stages(ctx); err != nil {
			return refMsg{err: err}
		}
		if r.Regions, err = st.Regions(ctx); err != nil {
			return refMsg{err: err}
		}
		cs, err := st.Countries(ctx)
		if err != nil {
			return refMsg{err: err}
		}
		store.SortCountries(cs, lang)
		r.Countries = map[string]store.Country{}
		for _, country := range cs {
			r.Countries[country.Code] = country
			r.CountryCodes = append(r.CountryCodes, country.Code)
		}
		return refMsg{ref: r}
	}
}

// checkRevision asks what was written since revision since, by any
// process: the kinds of rows it touched. At the start (since "") and after
// this session's own write, which has reloaded what it touched and focused
// its record, it reads only the revision.
func checkRevision(c *Common, since string, own bool) tea.Cmd {
	st, ctx := c.Store, c.Context()
	return func() tea.Msg {
		n, err := strconv.ParseInt(since, 10, 64)
		if since == "" || err != nil || own {
			rev, err := st.Revision(ctx)
			return revisionMsg{rev: rev, err: err}
		}
		cs, err := st.Changes(ctx, n)
		if err != nil {
			return revisionMsg{err: err}
		}
		msg := revisionMsg{rev: strconv.FormatInt(cs.Revision, 10), refs: cs.All || cs.Countries || len(cs.Goals) > 0}
		switch {
		case cs.All:
			msg.touch = touchAll
		default:
			for _, k := range []struct {
				ids   int
				touch touched
			}{{len(cs.Entries), touchEntries}, {len(cs.Partners), touchPartners}, {len(cs.Actions), touchActions},
				{len(cs.Assessments), touchAssessments}, {len(cs.Goals), touchGoals}} {
				if k.ids > 0 {
					msg.touch |= k.touch
				}
			}
			if cs.Countries {
				msg.touch |= touchPartners
			}
		}
		return msg
	}
}

// Update routes msg: keys and mouse to the help, the question or the
// screen on top; answers to the screen that asked; the rest to the root.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.quitting {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		return m, m.resize()
	case tea.BackgroundColorMsg:
		if m.theme != "dark" && m.theme != "light" {
			m.c.Styles = NewStyles(msg.IsDark())
			return m, m.resize() // screens redraw what they keep drawn
		}
		return m, nil
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.MouseClickMsg:
		return m, m.click(msg.Mouse())
	case tea.MouseWheelMsg:
		return m, m.wheel(msg.Mouse())
	case refMsg:
		if msg.err != nil {
			return m, m.setStatus(fmt.Sprintf(m.c.T.LoadFailed, m.c.describe(msg.err)), false)
		}
		m.c.Ref = msg.ref
		return m, m.resize()
	case pollMsg:
		return m, tea.Batch(checkRevision(m.c, m.revision, false), m.c.Clock.After(PollInterval, pollMsg{}))
	case revisionMsg:
		if msg.err != nil || msg.rev == m.revision {
			return m, nil
		}
		first := m.revision == ""
		m.revision = msg.rev
		if first || msg.touch == 0 {
			return m, nil
		}
		// Only the screens showing what was written reload.
		cmd := m.reload(msg.touch)
		if msg.refs {
			cmd = tea.Batch(cmd, loadRef(m.c))
		}
		return m, cmd
	case statusClearMsg:
		if msg.seq == m.statusSeq {
			m.status = ""
		}
		return m, nil
	case statusMsg:
		return m, m.setStatus(msg.text, msg.ok)
	case askMsg:
		m.question = &msg
		return m, nil
	case pushMsg:
		return m, m.push(msg.s)
	case popMsg:
		return m, m.pop(msg.id)
	case quitMsg:
		return m, m.quit()
	case leaveForMsg:
		var cmds []tea.Cmd
		for _, s := range m.stack {
			if f, ok := s.(*form); ok {
				cmds = append(cmds, f.deleteDraft())
			}
		}
		return m, tea.Batch(append(cmds, m.switchTab(msg.tab))...)
	case failedMsg:
		return m, m.setStatus(m.c.describe(msg.err), false)
	case changedMsg:
		return m, m.changed(msg)
	case undoneMsg:
		return m, m.undone(msg)
	case verb:
		return m, msg.run(m.c)
	case addressed:
		if s := m.screen(msg.addressee()); s != nil {
			return m, s.Update(msg)
		}
		return m, nil
	}
	// Anything else (a paste, a focus report) belongs to the screen on top.
	return m, m.top().Update(msg)
}

// screen finds a screen by its number.
func (m *Model) screen(id int) Screen {
	for _, s := range m.stack {
		if s.ID() == id {
			return s
		}
	}
	for _, s := range m.tabs {
		if s.ID() == id {
			return s
		}
	}
	return nil
}

func (m *Model) setStatus(text string, ok bool) tea.Cmd {
	m.status, m.statusOK = text, ok
	m.statusSeq++
	return m.c.Clock.After(statusTimeout, statusClearMsg{m.statusSeq})
}

// key handles a key press: ctrl+c, the question, the help, then the
// screen on top, which takes every key while it is taking text.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k, t := m.c.Keys, m.c.T
	if msg.String() == "ctrl+c" {
		if m.dirty() {
			m.question = &askMsg{prompt: t.AskQuitForm, yes: quitMsg{}}
			return nil
		}
		return m.quit()
	}
	if m.status != "" && m.question == nil {
		m.status = "" // the next key clears the status line
	}
	if q := m.question; q != nil {
		switch {
		case matches(msg, k.Yes):
			m.question = nil
			return msgCmd(q.yes)
		case matches(msg, k.No):
			m.question = nil
			if q.no != nil {
				return msgCmd(q.no)
			}
		}
		return nil
	}
	if m.help {
		switch {
		case matches(msg, k.Help), matches(msg, k.Back), matches(msg, k.Quit):
			m.help = false
		default:
			m.sizeHelp()
			scrollKeys(&m.helpView, k, msg)
		}
		return nil
	}
	top := m.top()
	if ty, ok := top.(typer); ok && ty.Typing() {
		return top.Update(msg)
	}
	switch {
	case matches(msg, k.Quit), matches(msg, k.Back) && len(m.stack) > 0:
		if len(m.stack) > 0 {
			return m.pop(top.ID())
		}
		if matches(msg, k.Quit) {
			return m.quit()
		}
		return top.Update(msg)
	case matches(msg, k.Help):
		m.help = true
		m.helpView.SetContent(m.helpText())
		m.helpView.GotoTop()
		m.sizeHelp()
		return nil
	case matches(msg, k.NextTab):
		return m.switchTab((m.active + 1) % len(m.tabs))
	case matches(msg, k.PrevTab):
		return m.switchTab((m.active + len(m.tabs) - 1) % len(m.tabs))
	case matches(msg, k.Undo):
		return m.popChange(false)
	case matches(msg, k.Redo):
		return m.popChange(true)
	case matches(msg, k.Refresh):
		return tea.Batch(m.reload(touchAll), loadRef(m.c), m.setStatus(t.Reloaded, true))
	case matches(msg, k.Add):
		return addEntry(m.c)
	}
	if i, ok := k.tabKey(msg); ok && i < len(m.tabs) {
		return m.switchTab(i)
	}
	return top.Update(msg)
}

// dirty reports whether a form on the stack holds changes.
func (m *Model) dirty() bool {
	for _, s := range m.stack {
		if d, ok := s.(dirtier); ok && d.Dirty() {
			return true
		}
	}
	return false
}

// leaveForMsg shows tab i after the user agreed to discard the forms on
// the stack (their drafts go with them).
type leaveForMsg struct{ tab int }

// switchTab shows tab i, leaving the drill-down.
func (m *Model) switchTab(i int) tea.Cmd {
	var cmds []tea.Cmd
	for len(m.stack) > 0 {
		cmds = append(cmds, m.pop(m.stack[len(m.stack)-1].ID()))
	}
	m.active = i
	return tea.Batch(append(cmds, m.shown(m.tabs[i]))...)
}

// shown reloads a screen that comes into view, if a write touched what it
// shows while it was hidden.
func (m *Model) shown(s Screen) tea.Cmd {
	var cmds []tea.Cmd
	if t := m.stale[s.ID()]; t != 0 {
		delete(m.stale, s.ID())
		if r, ok := s.(reloader); ok {
			cmds = append(cmds, r.Reload(t))
		}
	}
	// After the reload, which keeps the row selected before: the record
	// written is the one to select.
	if f, ok := m.focusLater[s.ID()]; ok {
		delete(m.focusLater, s.ID())
		cmds = append(cmds, s.(focuser).Focus(f))
	}
	return tea.Batch(cmds...)
}

func (m *Model) push(s Screen) tea.Cmd {
	m.stack = append(m.stack, s)
	w, h := m.bodySize()
	s.SetSize(w, h)
	if len(m.stack) == 1 {
		m.tabs[m.active].SetSize(w, h) // the breadcrumb came
	}
	return s.Init()
}

// pop closes screen id if it is on top, stopping its queries.
func (m *Model) pop(id int) tea.Cmd {
	if len(m.stack) == 0 || m.stack[len(m.stack)-1].ID() != id {
		return nil
	}
	s := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	delete(m.stale, id)
	delete(m.focusLater, id)
	if c, ok := s.(interface{ close() }); ok {
		c.close()
	}
	w, h := m.bodySize()
	m.top().SetSize(w, h) // the breadcrumb may have gone
	return tea.Batch(m.top().Update(sizedMsg{}), m.shown(m.top()))
}

func (m *Model) quit() tea.Cmd {
	m.quitting = true
	m.cancel()
	return tea.Quit
}

// changed follows a write: the status line, the undo history, the screens
// that show what it touched, and the record to select.
func (m *Model) changed(msg changedMsg) tea.Cmd {
	cmds := []tea.Cmd{m.setStatus(msg.status, true), checkRevision(m.c, m.revision, true)}
	if msg.change != nil {
		m.undo = append(m.undo, msg.change)
		m.redo = nil
	}
	if msg.touch&touchGoals != 0 {
		cmds = append(cmds, loadRef(m.c))
	}
	if f := msg.focus; f != nil && f.isNew && f.kind == touchEntries {
		// A new entry is shown in the log, where entries are listed.
		cmds = append(cmds, m.switchTab(2))
	}
	cmds = append(cmds, m.reload(msg.touch), m.focus(msg.focus))
	return tea.Batch(cmds...)
}

// focus has the screens that list f's kind select it: the one in view at
// once (after its reload), the hidden ones when they come into view, after
// the reload that brings. The form that wrote may still be on top: its
// answer and its closing come in either order.
func (m *Model) focus(f *focus) tea.Cmd {
	if f == nil {
		return nil
	}
	var cmds []tea.Cmd
	top := m.top()
	for _, s := range append(append([]Screen{}, m.tabs...), m.stack...) {
		fs, ok := s.(focuser)
		switch {
		case !ok:
		case s == top:
			cmds = append(cmds, fs.Focus(*f))
		default:
			m.focusLater[s.ID()] = *f
		}
	}
	return tea.Batch(cmds...)
}

// reload reloads the screens in view that show what t touched, and marks
// the hidden ones to reload when they come into view.
func (m *Model) reload(t touched) tea.Cmd {
	var cmds []tea.Cmd
	top := m.top()
	for _, s := range append(append([]Screen{}, m.tabs...), m.stack...) {
		r, ok := s.(reloader)
		if !ok {
			continue
		}
		if s == top {
			cmds = append(cmds, r.Reload(t))
		} else {
			m.stale[s.ID()] |= t
		}
	}
	return tea.Batch(cmds...)
}

// popChange undoes the newest change of this session, or redoes the newest
// undone one.
func (m *Model) popChange(redo bool) tea.Cmd {
	from := &m.undo
	if redo {
		from = &m.redo
	}
	if len(*from) == 0 {
		if redo {
			return m.setStatus(m.c.T.NothingToRedo, false)
		}
		return m.setStatus(m.c.T.NothingToUndo, false)
	}
	ch := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	return runUndo(m.c, ch, redo, false)
}

// undone follows an undo or a redo. One that would overwrite a change made
// elsewhere asks first, saying what it would overwrite.
func (m *Model) undone(msg undoneMsg) tea.Cmd {
	t := m.c.T
	var ce *store.ConflictError
	if errors.As(msg.err, &ce) {
		format := t.AskUndoOverwrite
		if msg.redo {
			format = t.AskRedoOverwrite
		}
		m.question = &askMsg{prompt: fmt.Sprintf(format, msg.ch.describe(m.c), m.c.conflictsLine(ce.Conflicts)),
			yes: undoVerb{msg.ch, msg.redo}}
		// Until the user says yes, the change stays where it was.
		if msg.redo {
			m.redo = append(m.redo, msg.ch)
		} else {
			m.undo = append(m.undo, msg.ch)
		}
		return nil
	}
	if msg.err != nil {
		return tea.Batch(m.setStatus(m.c.describe(msg.err), false), m.reload(msg.ch.touches()))
	}
	text := fmt.Sprintf(t.Undone, msg.ch.describe(m.c))
	if msg.redo {
		m.undo = append(m.undo, msg.ch)
		text = fmt.Sprintf(t.Redone, msg.ch.describe(m.c))
	} else {
		m.redo = append(m.redo, msg.ch)
	}
	f := msg.ch.affected(msg.redo)
	if f != nil {
		said := *f
		said.said = text
		f = &said
	}
	return tea.Batch(m.setStatus(text, true), m.reload(msg.ch.touches()), m.focus(f),
		checkRevision(m.c, m.revision, true))
}
