package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/render"
	"vision2030/store"
)

// countryScreen is one country's partners: with their stage on a goal when
// opened from that goal, else with their kind and last contact. Enter
// opens a partner.
type countryScreen struct {
	base
	country store.Country
	goal    int // 0 when opened from the dashboard
	list    list[store.PartnerStage]
	ld      loader
}

// maxCountryPartners bounds a country's list; partners per country are few.
const maxCountryPartners = 500

type countryMsg struct {
	to
	seq int
	ps  []store.PartnerStage
	err error
}

func newCountryScreen(c *Common, country store.Country, goal int) Screen {
	return &countryScreen{base: newBase(c), country: country, goal: goal}
}

func (s *countryScreen) Title() string {
	name := s.country.NameIn(s.c.Lang())
	if s.goal != 0 {
		return fmt.Sprintf(s.c.T.CountryOnGoal, name, s.goal)
	}
	return name
}

// crumb is the country's name alone under its goal's screen: "Goal 1 →
// Mexico", not "Goal 1 → Mexico · goal 1".
func (s *countryScreen) crumb(prev Screen) string {
	if g, ok := prev.(*goalScreen); ok && g.goal == s.goal {
		return s.country.NameIn(s.c.Lang())
	}
	return s.Title()
}

func (s *countryScreen) Init() tea.Cmd { return s.load() }
func (s *countryScreen) close()        { s.ld.stop() }

func (s *countryScreen) load() tea.Cmd {
	ctx, seq := s.ld.next(s.c)
	st, now, to, code, goal, lang := s.c.Store, s.c.Now(), to{s.id}, s.country.Code, s.goal, s.c.Lang()
	return func() tea.Msg {
		if goal != 0 {
			ps, _, err := st.PartnerStages(ctx, store.StageQuery{Goal: goal, Country: code, Limit: maxCountryPartners}, now)
			return countryMsg{to, seq, ps, err}
		}
		page, err := st.PartnersByCountry(ctx, store.PartnerQuery{Country: code, Lang: lang, Limit: maxCountryPartners})
		var ps []store.PartnerStage
		for _, p := range page.Partners {
			ps = append(ps, store.PartnerStage{Partner: p})
		}
		return countryMsg{to, seq, ps, err}
	}
}

func (s *countryScreen) Reload(t touched) tea.Cmd {
	if t&(touchPartners|touchAssessments|touchEntries) == 0 {
		return nil
	}
	return s.load()
}

func (s *countryScreen) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.list.setHeight(s.h - 3) // the heading, a blank line, the table's header
}

func (s *countryScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case countryMsg:
		if msg.seq != s.ld.seq {
			return nil
		}
		if msg.err != nil {
			s.list.err = msg.err
			return nil
		}
		s.list.setAll(msg.ps)
	case tea.KeyPressMsg:
		k := s.c.Keys
		switch {
		case s.list.move(k, msg):
		case matches(msg, k.Open):
			if p, ok := s.list.selected(); ok {
				return push(newPartnerScreenFor(s.c, p.Partner.ID, s.goal))
			}
		case matches(msg, k.Edit): // as on the partners screen
			if p, ok := s.list.selected(); ok {
				return editPartner(s.c, p.Partner)
			}
		case matches(msg, k.NewPartner):
			return newPartner(s.c)
		}
	}
	return nil
}

func (s *countryScreen) Click(x, y int) tea.Cmd {
	again, ok := s.list.clickRow(y - 3)
	if ok && again {
		if p, ok := s.list.selected(); ok {
			return push(newPartnerScreenFor(s.c, p.Partner.ID, s.goal))
		}
	}
	return nil
}

func (s *countryScreen) Wheel(x, y, delta int) tea.Cmd {
	s.list.scroll(delta)
	return nil
}

func (s *countryScreen) View() string {
	c, st, t := s.c, s.c.Styles, s.c.T
	switch {
	case s.list.err != nil:
		return st.Error.Render(render.Wrap(fmt.Sprintf(t.LoadFailed, c.describe(s.list.err)), s.w))
	case !s.list.loaded:
		return st.Subtle.Render(t.Loading)
	}
	heading := t.WithAside(s.country.NameIn(c.Lang()), s.country.Code)
	if s.goal != 0 {
		heading = fmt.Sprintf(t.CountryHeading, s.country.NameIn(c.Lang()), s.country.Code, s.goal, c.goalTitle(s.goal))
	}
	top := st.Title.Render(render.Truncate(render.Line(heading), s.w)) + "\n" +
		st.Subtle.Render(render.Truncate(t.PartnersN.N(s.list.total)+sep()+s.list.counter(c), s.w))
	if s.list.total == 0 {
		return top + "\n\n" + st.Subtle.Render(t.NoPartners)
	}
	var table string
	if s.goal != 0 {
		table = s.list.table(c, s.w, []string{t.ColName, t.ColStageOn, t.ColDate}, func(p store.PartnerStage) []string {
			stage := t.NotAssessedShort
			if p.Assessed {
				stage = fmt.Sprintf("%d %s", p.Stage, c.stageName(s.goal, p.Stage))
			}
			return []string{shortFirst(c, p.Partner), stage, p.Date}
		}, func(p store.PartnerStage, col int) lipgloss.Style {
			if !p.Assessed {
				return st.Subtle
			}
			return lipgloss.NewStyle()
		}, 2)
	} else {
		table = s.list.table(c, s.w, []string{t.ColName, t.ColKind, t.ColLastContact}, func(p store.PartnerStage) []string {
			last := p.Partner.LastContact
			if last == "" {
				last = t.NeverContacted
			}
			return []string{shortFirst(c, p.Partner), t.PartnerKind(p.Partner.Kind), last}
		}, nil, 2)
	}
	return top + "\n\n" + table
}

func (s *countryScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	b := []key.Binding{k.Open}
	if s.c.refuseWrite() == "" {
		b = append(b, k.Edit, k.NewPartner)
	}
	return append(b, k.Down, k.Back, k.Help)
}

func (s *countryScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// shortFirst names a partner by its short name first, for lists not
// ordered by name.
func shortFirst(c *Common, p store.Partner) string {
	name := p.NameIn(c.Lang())
	if p.ShortName == "" || strings.HasPrefix(name, p.ShortName) {
		return name
	}
	return p.ShortName + " " + render.Glyphs().Dash + " " + name
}
