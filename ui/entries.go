package ui

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// entriesScreen is the log, newest first, paged through SQL: a filter bar
// that searches as the user types (each keystroke cancels the query before
// it), the list, and the selected entry's facts and summary.
type entriesScreen struct {
	base
	list   list[store.Entry]
	bar    filterBar
	filter store.Filter
	// storeFailed: the store refused filter (a goal, partner or country
	// the file does not have); typed again, it is tried again.
	storeFailed bool
	pending     bool // a query is in flight
	slow        bool // and has taken a while: say "searching…"
	exact       bool // count every match, not only up to store.CountCap
	more        bool // the count stopped at the cap: more match
	lay         split
	detail      viewport.Model
	shownID     int64       // the entry the detail shows
	shown       store.Entry // as it was when drawn: a reload that brings it changed draws it again
	actionsFor  int64       // the entry whose actions are loaded
	focusing    int64       // the entry written, to select once its position is known
	focusSaid   string      // what the status line said of that write, if an undo or redo
	actions     []store.Action
	ald         loader
	pld         loader
}

// entriesPartnersMin is the narrowest list that has a fourth column
// besides the marker: the entries' partners, the partners' last contact,
// the actions' entry.
const entriesPartnersMin = 60

// slowQuery is how long a query runs before the screen says "searching…".
const slowQuery = 300 * time.Millisecond

type (
	entriesMsg struct {
		to
		seq  int
		from int
		page store.EntryPage
		err  error
	}
	entriesSlowMsg struct {
		to
		seq int
	}
	entryActionsMsg struct {
		to
		seq     int
		id      int64
		actions []store.Action
	}
)

func newEntriesScreen(c *Common) Screen {
	s := &entriesScreen{base: newBase(c), detail: viewport.New()}
	s.bar.box.placeholder = c.T.FilterPlaceholder
	return s
}

func (s *entriesScreen) Title() string { return s.c.T.TabEntries }

func (s *entriesScreen) Init() tea.Cmd { return s.load(true) }

func (s *entriesScreen) Typing() bool { return s.bar.typing }

// searchEntries is the one place the log is queried from: a page from
// the store's search, its count stopped at store.CountCap unless exact.
func searchEntries(ctx context.Context, st *store.Store, f store.Filter, from, n int, exact bool) (store.EntryPage, error) {
	upTo := store.CountCap
	if exact {
		upTo = 0
	}
	return st.SearchEntriesUpTo(ctx, f, from, n, upTo)
}

// load asks for the rows of the window, if they are not loaded (or
// force), cancelling the query before.
func (s *entriesScreen) load(force bool) tea.Cmd {
	from, n, ok := s.list.need(force)
	if !ok {
		return nil
	}
	ctx, seq := s.list.ld.next(s.c)
	st, f, to, exact := s.c.Store, s.filter, to{s.id}, s.exact
	s.slow, s.pending = false, true
	return tea.Batch(func() tea.Msg {
		page, err := searchEntries(ctx, st, f, from, n, exact)
		return entriesMsg{to, seq, from, page, err}
	}, s.c.Clock.After(slowQuery, entriesSlowMsg{to, seq}))
}

// keepSelected asks where the selected entry (or id) is now, so that the
// cursor stays on it after a reload.
func (s *entriesScreen) keepSelected(id int64) tea.Cmd {
	if id == 0 {
		id = s.focusing // a write's entry is still to be selected
	}
	if id == 0 {
		e, ok := s.list.selected()
		if !ok {
			return nil
		}
		id = e.ID
	}
	ctx, seq := s.pld.next(s.c)
	st, f := s.c.Store, s.filter
	return position(to{s.id}, seq, func() (int, error) { return st.EntryPosition(ctx, f, id) })
}

func (s *entriesScreen) Reload(t touched) tea.Cmd {
	if t&(touchEntries|touchPartners|touchActions) == 0 {
		return nil
	}
	s.shownID, s.actionsFor = 0, 0 // the detail is drawn again
	return tea.Batch(s.load(true), s.keepSelected(0))
}

// Focus selects an entry after a write, in the filter the user had (its
// bar and text stay): the list is reloaded with it, and if the filter
// does not match the entry, the status line says so and how to clear it.
func (s *entriesScreen) Focus(f focus) tea.Cmd {
	if f.kind != touchEntries {
		return nil
	}
	s.focusing, s.focusSaid = f.id, f.said
	s.shownID = 0
	return tea.Batch(s.load(true), s.keepSelected(f.id))
}

func (s *entriesScreen) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.relayout()
}

func (s *entriesScreen) relayout() {
	s.lay = fitPane(s.c, s.w, s.h, &s.bar, &s.list, &s.detail)
	s.shownID = 0
	s.drawDetail()
}

// drawDetail draws the selected entry into the detail pane, and asks for
// its actions.
func (s *entriesScreen) drawDetail() tea.Cmd {
	e, ok := s.list.selected()
	if !ok {
		s.detail.SetContent("")
		return nil
	}
	if e.ID == s.shownID && reflect.DeepEqual(e, s.shown) {
		return nil
	}
	same := e.ID == s.shownID // changed: drawn again where the user had scrolled to
	var cmd tea.Cmd
	if s.actionsFor != e.ID {
		s.actions = nil
		ctx, seq := s.ald.next(s.c)
		st, to, id := s.c.Store, to{s.id}, e.ID
		cmd = func() tea.Msg {
			as, _, err := st.Actions(ctx, store.ActionQuery{EntryID: id, Limit: 20})
			if err != nil {
				return nil
			}
			return entryActionsMsg{to, seq, id, as}
		}
	}
	s.shownID, s.shown = e.ID, e
	s.detail.SetContent(entryDetail(s.c, e, s.actions, s.lay.detailW))
	if !same {
		s.detail.GotoTop()
	}
	return cmd
}

// applyFilter applies the text in the bar if it parses, starting a search
// that supersedes the one before; if it does not, the bar says why and
// the list shows no rows until the filter is mended.
func (s *entriesScreen) applyFilter() tea.Cmd {
	lines := s.bar.lines(s.w)
	defer func() {
		if s.bar.lines(s.w) != lines {
			s.relayout()
		}
	}()
	f, err := store.ParseFilter(s.bar.box.Value())
	if err != nil {
		if !s.bar.setErr(s.c, err) {
			s.bar.err = s.c.describe(err)
		}
		return nil
	}
	failed := s.bar.failed()
	s.bar.err = ""
	if f.String() == s.filter.String() && !s.storeFailed {
		if failed {
			s.shownID = 0
			return s.drawDetail()
		}
		return nil
	}
	s.filter, s.storeFailed = f, false
	s.list.cursor, s.list.top, s.list.loaded = 0, 0, false
	s.shownID = 0
	return s.load(true)
}

func (s *entriesScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case entriesMsg:
		if msg.seq != s.list.ld.seq {
			return nil
		}
		s.slow, s.pending = false, false
		if msg.err != nil {
			lines := s.bar.lines(s.w)
			switch {
			case errors.Is(msg.err, context.Canceled):
			case s.bar.setErr(s.c, msg.err): // a goal, partner or country the file does not have
				s.storeFailed = true
				if s.bar.lines(s.w) != lines {
					s.relayout()
				}
			default:
				s.list.err = msg.err
			}
			return nil
		}
		s.list.arrived(msg.from, msg.page.Entries, msg.page.Total)
		s.more = msg.page.More
		return tea.Batch(s.load(false), s.drawDetail())
	case entriesSlowMsg:
		s.slow = msg.seq == s.list.ld.seq && s.pending
	case positionMsg:
		if msg.seq != s.pld.seq {
			return nil
		}
		id, said := s.focusing, s.focusSaid
		s.focusing, s.focusSaid = 0, ""
		if !msg.ok && id != 0 && !s.filter.IsZero() {
			if said != "" { // an undo or a redo: what it said, then this
				return status(said+" "+fmt.Sprintf(s.c.T.FilterHidesIt, keyOf(s.c.Keys.Back)), true)
			}
			return status(fmt.Sprintf(s.c.T.FilterHidesEntry, id, keyOf(s.c.Keys.Back)), true)
		}
		if msg.ok {
			s.list.place(msg.pos)
			return tea.Batch(s.load(false), s.drawDetail())
		}
	case entryActionsMsg:
		if msg.seq == s.ald.seq {
			s.actions, s.actionsFor = msg.actions, msg.id
			if e, ok := s.list.selected(); ok && e.ID == msg.id {
				s.shownID = 0
				s.drawDetail()
			}
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

func (s *entriesScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	if s.bar.typing {
		return s.typed(msg)
	}
	if cmd, ok := s.bar.barKeys(k, msg, s.relayout, s.applyFilter); ok {
		return cmd
	}
	if s.bar.failed() {
		return nil // no rows to move over, open or change
	}
	switch {
	case matches(msg, k.Count):
		if !s.more && !s.exact {
			// Counted in full already: nothing more to count.
			return status(fmt.Sprintf(s.c.T.CountedAll, i18n.Count(s.list.total)), true)
		}
		s.exact = !s.exact
		return s.load(true)
	case s.list.move(k, msg):
		return tea.Batch(s.load(false), s.drawDetail())
	case matches(msg, k.Open):
		if e, ok := s.list.selected(); ok {
			return push(newEntryScreen(s.c, e.ID))
		}
		return nil
	}
	if e, ok := s.list.selected(); ok {
		return entryVerbs(s.c, e, msg)
	}
	return nil
}

// typed follows a key or a paste into the filter bar.
func (s *entriesScreen) typed(msg tea.Msg) tea.Cmd {
	changed, resized := s.bar.key(s.c.Keys, msg)
	if resized {
		s.relayout()
	}
	if changed {
		return s.applyFilter()
	}
	return nil
}

func (s *entriesScreen) Click(x, y int) tea.Cmd {
	row, ok := s.lay.listRow(x, y)
	if !ok || s.bar.failed() {
		if y < s.lay.bar {
			s.bar.start()
		}
		return nil
	}
	again, ok := s.list.clickRow(row)
	if !ok {
		return nil
	}
	if again {
		return s.key(tea.KeyPressMsg{Code: tea.KeyEnter})
	}
	return tea.Batch(s.load(false), s.drawDetail())
}

func (s *entriesScreen) Wheel(x, y, delta int) tea.Cmd {
	if s.lay.inDetail(x, y) {
		scrollBy(&s.detail, delta)
		return nil
	}
	s.list.scroll(delta)
	return tea.Batch(s.load(false), s.drawDetail())
}

// count says how many entries the list holds, capped until asked.
func (s *entriesScreen) count() string {
	t := s.c.T
	n := t.Number(s.list.total)
	if s.more && !s.exact {
		n = fmt.Sprintf(t.CountCapped, t.Number(s.list.total))
	}
	if !s.filter.IsZero() {
		return fmt.Sprintf(t.FilterMatched, n)
	}
	return t.EntriesTotal.N(s.list.total, n)
}

func (s *entriesScreen) View() string {
	c, st, t := s.c, s.c.Styles, s.c.T
	var bar string
	if s.lay.bar > 0 {
		note := ""
		switch {
		case s.slow:
			note = t.Searching
		case s.list.loaded:
			note = s.count()
		}
		bar = s.bar.view(c, s.w, note)
	}
	switch {
	case s.bar.failed():
		return bar // its error under it, and no rows
	case s.list.err != nil:
		return joinLines(bar, st.Error.Render(render.Wrap(fmt.Sprintf(t.LoadFailed, c.describe(s.list.err)), s.w)))
	case !s.list.loaded && s.slow:
		return joinLines(bar, st.Subtle.Render(t.Searching))
	case !s.list.loaded:
		return joinLines(bar, st.Subtle.Render(t.Loading))
	case s.list.total == 0 && !s.filter.IsZero():
		return joinLines(bar, st.Subtle.Render(render.Wrap(t.NoMatches, s.w)))
	case s.list.total == 0:
		return joinLines(bar, st.Subtle.Render(render.Wrap(fmt.Sprintf(t.NoEntries, keyOf(c.Keys.Add)), s.w)))
	}
	head := []string{t.ColDate, t.ColKind, t.ColTitle, t.ColPartnersShort}
	kindW := 0
	for _, k := range store.EntryKinds {
		kindW = max(kindW, render.Width(t.EntryKind(k)))
	}
	kindW, partnersW := min(kindW, s.lay.listW/5), s.lay.listW/4
	// A narrow list leaves the partners to the detail pane, so that the
	// title (Japanese takes two cells a character) keeps some room.
	narrow := s.lay.listW < entriesPartnersMin
	if narrow {
		head = head[:3]
	}
	table := s.list.table(c, s.lay.listW, head, func(e store.Entry) []string {
		// The title takes what the other columns leave.
		row := []string{e.Date, render.Truncate(t.EntryKind(e.Kind), kindW), e.Title,
			render.Truncate(render.Line(partnerLabels(t, e.Partners)), partnersW)}
		if narrow {
			return row[:3]
		}
		return row
	}, func(e store.Entry, col int) lipgloss.Style {
		if e.Kind == store.KindNews {
			return st.Subtle.Italic(true)
		}
		if col == 3 {
			return st.Subtle
		}
		return lipgloss.NewStyle()
	}, 0, 1, 3)
	return s.lay.join(c, bar, table, viewMore(c, &s.detail, s.lay.detailW))
}

// Note says where the cursor is and how many entries there are (nothing
// while the filter has an error: no rows are shown).
func (s *entriesScreen) Note() []string {
	if !s.list.loaded || s.list.total == 0 || s.bar.failed() {
		return nil
	}
	return []string{s.list.counter(s.c), s.count()}
}

func (s *entriesScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	if s.bar.typing {
		return []key.Binding{withHelp(k.Open, s.c.T.KeyFilterDone), withHelp(k.Back, s.c.T.KeyFilterClear)}
	}
	return append(append([]key.Binding{k.Open, k.Filter}, entryKeys(s.c)...), k.Undo, k.Help)
}

func (s *entriesScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }
