package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"vision2030/render"
	"vision2030/store"
)

// dashboard is the first screen: the goals with progress and coverage, the
// requests yardstick, the actions due, the stale partners and the
// countries, drawn by render.Dashboard as the report is. The cursor moves
// over what opens (goals, actions, stale partners, countries); the page
// scrolls in a viewport, with a line saying there is more below.
type dashboard struct {
	base
	data   *store.Dashboard
	err    error
	ld     loader
	vp     viewport.Model
	items  []render.DashboardItem
	cursor int
}

type dashboardMsg struct {
	to
	seq  int
	data store.Dashboard
	err  error
}

func newDashboard(c *Common) Screen {
	return &dashboard{base: newBase(c), vp: viewport.New()}
}

func (s *dashboard) Title() string { return s.c.T.TabDashboard }

func (s *dashboard) Init() tea.Cmd { return s.load() }

// load reads every figure of the dashboard in one store call (one read
// transaction), superseding a load in flight.
func (s *dashboard) load() tea.Cmd {
	ctx, seq := s.ld.next(s.c)
	st, now, id := s.c.Store, s.c.Now(), s.id
	return func() tea.Msg {
		d, err := st.Dashboard(ctx, now)
		return dashboardMsg{to{id}, seq, d, err}
	}
}

func (s *dashboard) Reload(touched) tea.Cmd { return s.load() }

func (s *dashboard) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.vp.SetWidth(s.w)
	s.vp.SetHeight(max(s.h-1, 1)) // the last line says whether there is more
	// The lines move with the width: the selection stays in view.
	s.draw(true)
}

// draw lays the dashboard out again; follow scrolls to the cursor.
func (s *dashboard) draw(follow bool) {
	if s.data == nil {
		return
	}
	text, items := render.Dashboard(render.DashboardView{Data: *s.data, Regions: s.c.Ref.Regions, Width: s.w,
		Styles: s.c.Styles.Dash, T: s.c.T, Today: s.c.Now(), Selected: s.cursor})
	s.items = items
	s.vp.SetContent(text)
	if follow && s.cursor < len(items) {
		line := items[s.cursor].Line
		switch {
		case line < s.vp.YOffset():
			s.vp.SetYOffset(max(line-1, 0))
		case line >= s.vp.YOffset()+s.vp.Height():
			s.vp.SetYOffset(line - s.vp.Height() + 2)
		}
	}
}

func (s *dashboard) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case dashboardMsg:
		if msg.seq != s.ld.seq {
			return nil
		}
		s.err = msg.err
		if msg.err == nil {
			s.data = &msg.data
			s.draw(false)
			s.cursor = min(s.cursor, max(len(s.items)-1, 0))
			s.draw(false)
		}
	case tea.KeyPressMsg:
		k := s.c.Keys
		switch {
		case matches(msg, k.Down):
			s.cursor = min(s.cursor+1, max(len(s.items)-1, 0))
			s.draw(true)
		case matches(msg, k.Up):
			s.cursor = max(s.cursor-1, 0)
			s.draw(true)
		case matches(msg, k.Top):
			s.cursor = 0
			s.draw(false)
			s.vp.GotoTop()
		case matches(msg, k.Bottom):
			s.cursor = max(len(s.items)-1, 0)
			s.draw(false)
			s.vp.GotoBottom()
		case matches(msg, k.PageDown), matches(msg, k.PageUp):
			off := s.vp.YOffset()
			scrollKeys(&s.vp, k, msg)
			s.pageCursor(matches(msg, k.PageDown), s.vp.YOffset() == off)
		case matches(msg, k.Open):
			return s.open()
		case matches(msg, k.Edit):
			return s.edit()
		}
	}
	return nil
}

// edit opens the form of what is under the cursor, as its own screen
// would: a goal, an action, a partner.
func (s *dashboard) edit() tea.Cmd {
	if s.cursor >= len(s.items) {
		return nil
	}
	if why := s.c.refuseWrite(); why != "" {
		return status(why, false)
	}
	c, it := s.c, s.items[s.cursor]
	switch it.Kind {
	case render.ItemGoal:
		if g, ok := s.selectedGoal(); ok {
			return push(newGoalForm(c, g))
		}
	case render.ItemAction:
		return func() tea.Msg {
			e, err := c.Store.Entry(c.Context(), it.ID)
			if err != nil {
				return statusMsg{c.describe(err), false}
			}
			a, err := c.Store.Action(c.Context(), it.Action)
			if err != nil {
				return statusMsg{c.describe(err), false}
			}
			return pushMsg{newActionForm(c, e, &a)}
		}
	case render.ItemStale:
		return func() tea.Msg {
			p, err := c.Store.Partner(c.Context(), it.ID)
			if err != nil {
				return statusMsg{c.describe(err), false}
			}
			return pushMsg{newPartnerForm(c, &p)}
		}
	}
	return nil
}

// selectedGoal is the goal under the cursor, if a goal is.
func (s *dashboard) selectedGoal() (store.Goal, bool) {
	if s.cursor >= len(s.items) || s.items[s.cursor].Kind != render.ItemGoal {
		return store.Goal{}, false
	}
	return s.c.Ref.goal(int(s.items[s.cursor].ID))
}

// pageCursor moves the selection after a page down or up, as on a goal's
// screen (pagedCursor).
func (s *dashboard) pageCursor(down, stuck bool) {
	lines := make([]int, len(s.items))
	for i, it := range s.items {
		lines[i] = it.Line
	}
	cursor, changed := pagedCursor(lines, s.cursor, s.vp.YOffset(), s.vp.Height(), down, stuck)
	if !changed {
		return
	}
	s.cursor = cursor
	off := s.vp.YOffset()
	s.draw(false)
	s.vp.SetYOffset(off)
	if stuck && down {
		s.vp.GotoBottom()
	}
}

// open drills into the item under the cursor.
func (s *dashboard) open() tea.Cmd {
	if s.cursor >= len(s.items) {
		return nil
	}
	it := s.items[s.cursor]
	switch it.Kind {
	case render.ItemGoal:
		return push(newGoalScreen(s.c, int(it.ID)))
	case render.ItemAction:
		return push(newEntryScreen(s.c, it.ID))
	case render.ItemStale:
		return push(newPartnerScreen(s.c, it.ID))
	case render.ItemCountry:
		return push(newCountryScreen(s.c, s.c.Ref.Countries[it.Code], 0))
	}
	return nil
}

func (s *dashboard) Click(x, y int) tea.Cmd {
	line := s.vp.YOffset() + y
	for i, it := range s.items {
		if it.Line == line {
			again := i == s.cursor
			s.cursor = i
			off := s.vp.YOffset()
			s.draw(false)
			s.vp.SetYOffset(off)
			if again {
				return s.open()
			}
		}
	}
	return nil
}

func (s *dashboard) Wheel(x, y, delta int) tea.Cmd {
	scrollBy(&s.vp, delta)
	return nil
}

func (s *dashboard) View() string {
	if msg, ok := s.c.notLoaded(s.err, s.data == nil, s.w); ok {
		return msg
	}
	return moreBelow(s.c, &s.vp, s.w)
}

func (s *dashboard) ShortHelp() []key.Binding {
	k := s.c.Keys
	b := []key.Binding{k.Open}
	if s.c.refuseWrite() == "" {
		b = append(b, k.Add)
		if s.cursor < len(s.items) {
			switch s.items[s.cursor].Kind {
			case render.ItemGoal:
				b = append(b, withHelp(k.Edit, s.c.T.KeyEditGoal))
			case render.ItemAction, render.ItemStale:
				b = append(b, k.Edit)
			}
		}
	}
	return append(b, k.NextTab, k.Quit, k.Help)
}

func (s *dashboard) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }
