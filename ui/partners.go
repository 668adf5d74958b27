package ui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"vision2030/render"
	"vision2030/store"
)

// partnersScreen lists the partners grouped by country, in the language's
// order (五十音 in Japanese), paged through SQL, with the selected
// partner's facts beside or under the list. / filters by name.
type partnersScreen struct {
	base
	list     list[store.Partner]
	bar      filterBar
	archived bool // archived partners are listed too
	// archivedMatch is how many archived partners the filter matches when
	// it matches none listed.
	archivedMatch int
	lay           split
	detail        viewport.Model
	pld           loader
}

type (
	partnersMsg struct {
		to
		seq  int
		from int
		page store.PartnerPage
		err  error
		// archived is how many archived partners the filter matches,
		// counted when it matches no partner that is listed.
		archived int
	}
)

func newPartnersScreen(c *Common) Screen {
	s := &partnersScreen{base: newBase(c), detail: viewport.New()}
	s.bar.box.placeholder = c.T.PartnerFilterHint
	return s
}

func (s *partnersScreen) Title() string { return s.c.T.TabPartners }
func (s *partnersScreen) Init() tea.Cmd { return s.load(true) }
func (s *partnersScreen) Typing() bool  { return s.bar.typing }

func (s *partnersScreen) query() store.PartnerQuery {
	return store.PartnerQuery{Archived: s.archived, Lang: s.c.Lang(), Text: s.bar.box.Value()}
}

func (s *partnersScreen) load(force bool) tea.Cmd {
	from, n, ok := s.list.need(force)
	if !ok {
		return nil
	}
	ctx, seq := s.list.ld.next(s.c)
	st, q, to := s.c.Store, s.query(), to{s.id}
	q.Offset, q.Limit = from, n
	return func() tea.Msg {
		page, err := st.PartnersByCountry(ctx, q)
		archived := 0
		if err == nil && page.Total == 0 && q.Text != "" && !q.Archived {
			q.Archived, q.Offset, q.Limit = true, 0, 1
			if all, err := st.PartnersByCountry(ctx, q); err == nil {
				archived = all.Total
			}
		}
		return partnersMsg{to: to, seq: seq, from: from, page: page, err: err, archived: archived}
	}
}

// keepSelected asks where partner id (or the selected one) is now.
func (s *partnersScreen) keepSelected(id int64) tea.Cmd {
	if id == 0 {
		p, ok := s.list.selected()
		if !ok {
			return nil
		}
		id = p.ID
	}
	ctx, seq := s.pld.next(s.c)
	st, q := s.c.Store, s.query()
	return position(to{s.id}, seq, func() (int, error) { return st.PartnerPosition(ctx, q, id) })
}

func (s *partnersScreen) Reload(t touched) tea.Cmd {
	if t&(touchPartners|touchEntries) == 0 {
		return nil
	}
	return tea.Batch(s.load(true), s.keepSelected(0))
}

// Focus selects a partner after a write: a new one is selected once it is
// added.
func (s *partnersScreen) Focus(f focus) tea.Cmd {
	if f.kind != touchPartners {
		return nil
	}
	return s.keepSelected(f.id)
}

func (s *partnersScreen) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.relayout()
}

func (s *partnersScreen) relayout() {
	s.lay = fitPane(s.c, s.w, s.h, &s.bar, &s.list, &s.detail)
	s.drawDetail()
}

func (s *partnersScreen) drawDetail() {
	p, ok := s.list.selected()
	if !ok {
		s.detail.SetContent("")
		return
	}
	s.detail.SetContent(partnerFacts(s.c, p, s.lay.detailW))
}

// typed follows a key or a paste into the filter bar.
func (s *partnersScreen) typed(msg tea.Msg) tea.Cmd {
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
func (s *partnersScreen) filterChanged() tea.Cmd {
	if s.bar.failed() {
		s.bar.err = ""
		s.relayout()
	}
	s.list.cursor, s.list.top, s.list.loaded = 0, 0, false
	return s.load(true)
}

func (s *partnersScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case partnersMsg:
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
		s.list.arrived(msg.from, msg.page.Partners, msg.page.Total)
		s.archivedMatch = msg.archived
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

func (s *partnersScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k, c := s.c.Keys, s.c
	if s.bar.typing {
		return s.typed(msg)
	}
	if cmd, ok := s.bar.barKeys(k, msg, s.relayout, s.filterChanged); ok {
		return cmd
	}
	p, ok := s.list.selected()
	switch {
	case s.list.move(k, msg):
		s.drawDetail()
		return s.load(false)
	case matches(msg, k.ShowAll):
		s.archived = !s.archived
		return tea.Batch(s.load(true), s.keepSelected(0))
	case matches(msg, k.NewPartner):
		return newPartner(c)
	case !ok:
	case matches(msg, k.Open):
		return push(newPartnerScreen(c, p.ID))
	case matches(msg, k.Edit):
		return editPartner(c, p)
	case matches(msg, k.Delete):
		return archivePartner(c, p)
	}
	return nil
}

func (s *partnersScreen) Click(x, y int) tea.Cmd {
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

func (s *partnersScreen) Wheel(x, y, delta int) tea.Cmd {
	if s.lay.inDetail(x, y) {
		scrollBy(&s.detail, delta)
		return nil
	}
	s.list.scroll(delta)
	s.drawDetail()
	return s.load(false)
}

func (s *partnersScreen) View() string {
	c, st, t := s.c, s.c.Styles, s.c.T
	var bar string
	if s.lay.bar > 0 {
		bar = s.bar.view(c, s.w, t.PartnersN.N(s.list.total))
	}
	switch {
	case s.bar.failed():
		return bar // its error under it, and no rows
	case s.list.err != nil:
		return joinLines(bar, st.Error.Render(render.Wrap(fmt.Sprintf(t.LoadFailed, c.describe(s.list.err)), s.w)))
	case !s.list.loaded:
		return joinLines(bar, st.Subtle.Render(t.Loading))
	case s.list.total == 0 && s.bar.box.Value() != "":
		msg := fmt.Sprintf(t.NoPartnerMatches, render.Line(s.bar.box.Value()))
		switch {
		case s.archived:
		case s.archivedMatch > 0: // the filter matches archived partners: say how to see them
			msg += t.SentenceSep + t.ArchivedMatch.N(s.archivedMatch, keyOf(c.Keys.ShowAll))
		default:
			msg += t.SentenceSep + fmt.Sprintf(t.ArchivedHint, keyOf(c.Keys.ShowAll))
		}
		return joinLines(bar, st.Subtle.Render(render.Wrap(msg, s.w)))
	case s.list.total == 0:
		return joinLines(bar, st.Subtle.Render(render.Wrap(t.NoPartners, s.w)))
	}
	g := render.Glyphs()
	// The first row in view names its country, also when the list is
	// scrolled into the middle of a country's partners.
	prev := ""
	head := []string{t.ColCountry, t.ColName, t.ColKind, t.ColLastContact}
	cap := max(s.lay.listW/6, 6)
	// The kind as wide as the widest kind (Japanese kinds are twice as
	// wide as they are long) when that is no more than a quarter of the
	// list, else in its short words; the name takes what the other columns
	// leave.
	kindOf, kindW := t.PartnerKind, 0
	for _, k := range store.PartnerKinds {
		kindW = max(kindW, render.Width(t.PartnerKind(k)))
	}
	if kindW > s.lay.listW/4 {
		kindOf, kindW = t.PartnerKindShort, 0
		for _, k := range store.PartnerKinds {
			kindW = max(kindW, render.Width(t.PartnerKindShort(k)))
		}
	}
	kindW = min(kindW, max(s.lay.listW/4, cap))
	// A narrow list leaves the last contact to the detail pane, so that
	// the name keeps some room.
	narrow := s.lay.listW < entriesPartnersMin
	if narrow {
		head = head[:3]
	}
	lastOf := func(p store.Partner) string {
		if p.LastContact == "" {
			return t.NeverContacted
		}
		return p.LastContact
	}
	// The columns other than the name as the rows in view draw them, for
	// the room the name has.
	countryW, kindCol, lastW := render.Width(t.ColCountry), render.Width(t.ColKind), render.Width(t.ColLastContact)
	before := prev
	for i := s.list.top; i < min(s.list.top+s.list.height, s.list.total); i++ {
		if p, ok := s.list.at(i); ok {
			if p.CountryCode != before {
				countryW = max(countryW, render.Width(render.Truncate(render.Line(c.countryName(p.CountryCode)), cap)))
			}
			before = p.CountryCode
			kindCol = max(kindCol, render.Width(render.Truncate(kindOf(p.Kind), kindW)))
			lastW = max(lastW, render.Width(lastOf(p)))
		}
	}
	nameW := s.lay.listW - render.Width(g.Marker) - countryW - kindCol - 3*2
	if !narrow {
		nameW -= lastW + 2
	}
	table := s.list.table(c, s.lay.listW, head, func(p store.Partner) []string {
		country := ""
		if p.CountryCode != prev {
			country = c.countryName(p.CountryCode)
		}
		prev = p.CountryCode
		name := partnerNameIn(c, p, nameW)
		if p.Archived { // said in a word, not a mark to learn
			name = partnerNameIn(c, p, nameW-render.Width(t.ArchivedTag)-1) + " " + t.ArchivedTag
		}
		row := []string{render.Truncate(render.Line(country), cap), name, render.Truncate(kindOf(p.Kind), kindW), lastOf(p)}
		if narrow {
			return row[:3]
		}
		return row
	}, func(p store.Partner, col int) lipgloss.Style {
		switch {
		case col == 0:
			return st.Heading
		case p.Archived || col == 2:
			return st.Subtle
		}
		return lipgloss.NewStyle()
	}, 0, 2, 3)
	return s.lay.join(c, bar, table, viewMore(c, &s.detail, s.lay.detailW))
}

// Note says where the cursor is, and whether archived partners are listed.
func (s *partnersScreen) Note() []string {
	if s.archived {
		return []string{s.c.T.ShowingArchived, s.list.counter(s.c)}
	}
	return []string{s.list.counter(s.c)}
}

func (s *partnersScreen) ShortHelp() []key.Binding {
	k, t := s.c.Keys, s.c.T
	if s.bar.typing {
		return []key.Binding{withHelp(k.Open, t.KeyFilterDone), withHelp(k.Back, t.KeyFilterClear)}
	}
	b := []key.Binding{k.Open, k.Filter}
	if s.c.refuseWrite() == "" {
		b = append(b, k.NewPartner, k.Edit, withHelp(k.Delete, t.KeyArchive))
	}
	all := k.ShowAll
	if s.archived {
		all = withHelp(all, t.KeyHideArchived)
	}
	return append(b, all, k.Help)
}

func (s *partnersScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// partnerName is a partner as lists name it: the name the list is sorted
// by, then the short name.
func partnerName(c *Common, p store.Partner) string {
	name := p.NameIn(c.Lang())
	if p.ShortName != "" && p.ShortName != p.Name {
		name = c.T.WithAside(name, p.ShortName)
	}
	return name
}

// partnerNameIn is partnerName in w cells: a name too long keeps its
// short name, the name shortened before it ("Japan Business Fed…
// (Keidanren)"), while the name keeps some room.
func partnerNameIn(c *Common, p store.Partner, w int) string {
	name := render.Line(partnerName(c, p))
	if render.Width(name) <= w || p.ShortName == "" || p.ShortName == p.Name {
		return name
	}
	short := render.Line(p.ShortName)
	room := w - render.Width(c.T.WithAside("", short))
	if room < minNameRoom {
		return name
	}
	return c.T.WithAside(render.Truncate(render.Line(p.NameIn(c.Lang())), room), short)
}

// minNameRoom is the least a shortened name keeps beside its short name.
const minNameRoom = 8

// partnerFacts is what the partners screen says of the selected partner.
func partnerFacts(c *Common, p store.Partner, w int) string {
	st, t := c.Styles, c.T
	var b strings.Builder
	b.WriteString(st.Value.Bold(true).Render(render.Wrap(render.Line(p.NameIn(c.Lang())), w)) + "\n")
	type fact struct{ label, value string }
	kind := t.PartnerKind(p.Kind)
	if p.Archived {
		kind += sep() + t.Archived
	}
	tracked := t.NotTracked
	if p.Tracked {
		tracked = t.Tracked
	}
	since := ""
	if p.Since != 0 {
		since = fmt.Sprint(p.Since)
	}
	last := p.LastContact
	if last == "" {
		last = t.NeverContacted
	}
	// The labels are the form's: 名称 the name as registered (English,
	// Thai…), 日本語名称 the Japanese one.
	otherLabel, otherValue := otherName(c, p)
	facts := []fact{
		{t.DetailKind, kind + sep() + tracked},
		{t.DetailCountry, t.WithAside(c.countryName(p.CountryCode), p.CountryCode)},
		{t.DetailShortName, p.ShortName},
		{otherLabel, otherValue},
		{t.DetailSince, since},
		{t.DetailLastContact, last},
		{t.DetailContact, p.Contact},
		{t.DetailCompanies, p.Companies},
		{t.DetailNotes, p.Notes},
	}
	if otherLabel == "" {
		facts = slices.DeleteFunc(facts, func(f fact) bool { return f.label == "" })
	}
	lw := 0
	for _, f := range facts {
		lw = max(lw, render.Width(f.label)+2)
	}
	lw = min(lw, max(w/3, 1))
	for _, f := range facts {
		v := render.Line(f.value)
		if v == "" {
			v = t.NoValue
		}
		v = strings.ReplaceAll(render.Wrap(v, max(w-lw, 1)), "\n", "\n"+spaces(lw))
		b.WriteString(st.Label.Render(render.Fit(f.label, lw)) + v + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// otherName is the partner's name the title does not show, labelled as
// the form labels it: in Japanese the name (名称), unless the title is it
// already (no label: no row); else the Japanese name, with its reading.
func otherName(c *Common, p store.Partner) (label, value string) {
	if c.Lang() == store.LangJA {
		if p.NameJA == "" {
			return "", ""
		}
		return c.T.FormName, p.Name
	}
	switch {
	case p.NameJA != "" && p.Yomi != "":
		return c.T.FormNameJA, c.T.WithAside(p.NameJA, p.Yomi)
	case p.NameJA != "":
		return c.T.FormNameJA, p.NameJA
	}
	return c.T.FormNameJA, p.Yomi
}
