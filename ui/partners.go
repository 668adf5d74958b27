package ui

import (
	"context"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"vision2030/store"
)

// partnersScreen lists active partners grouped by country, paged through SQL,
// with a detail pane for the selected partner.
type partnersScreen struct {
	c    *Common
	p    pager
	page store.PartnerPage

	archived bool // archived partners are shown too
}

type partnersMsg struct {
	seq  int
	page store.PartnerPage
	err  error
}

func (m *partnersScreen) listRows() int { return m.c.listRows(0) }

func (m *partnersScreen) load(force bool) tea.Cmd {
	rows := m.listRows()
	off, seq, ok := m.p.request(rows, force)
	if !ok {
		return nil
	}
	st, archived := m.c.Store, m.archived
	return func() tea.Msg {
		page, err := st.PartnersByCountry(context.Background(), store.PartnerQuery{Offset: off, Limit: rows, Archived: archived})
		return partnersMsg{seq, page, err}
	}
}

// selected is the partner under the cursor.
func (m *partnersScreen) selected() (store.Partner, bool) {
	i := m.p.index(len(m.page.Partners))
	if i < 0 {
		return store.Partner{}, false
	}
	return m.page.Partners[i], true
}

func (m *partnersScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case partnersMsg:
		ok, refetch := m.p.arrived(msg.seq, msg.page.Offset, m.listRows(), msg.page.Total, msg.err)
		if !ok {
			return nil
		}
		m.page = msg.page
		if refetch {
			return m.load(false)
		}
	case tea.KeyPressMsg:
		if !m.p.key(m.c.Keys, msg, m.listRows()) {
			return nil
		}
		return m.load(false)
	}
	return nil
}

func (m *partnersScreen) view() string {
	c, s, t := m.c, m.c.Styles, m.c.T
	w, h := c.Width, c.BodyHeight()
	switch {
	case m.p.err != nil:
		return s.Error.Render(wrap(fmt.Sprintf(t.LoadFailed, m.p.err), w))
	case !m.p.loaded:
		return s.Subtle.Render(t.Loading)
	case m.p.total == 0:
		return s.Subtle.Render(t.NoPartners)
	}
	listW, detailW := c.listWidths()
	countryW := min(max(listW/4, 6), 18)
	kindW := 16
	nameW := max(listW-countryW-kindW-len(store.DateLayout)-3, 4)
	count := fmt.Sprintf(t.EntriesCount, m.p.cursor+1, m.p.total)
	if m.archived {
		count = t.ShowingArchived + " · " + count
	}
	list := []string{c.listHeading(t.TabPartners, count, listW)}
	sel := m.p.index(len(m.page.Partners))
	prev := ""
	for i, p := range m.page.Partners {
		country := ""
		if p.CountryCode != prev || i == 0 {
			country = line(c.countryName(p.CountryCode))
		}
		prev = p.CountryCode
		last := p.LastContact
		if last == "" {
			last = t.NeverContacted
		}
		name := line(p.Label())
		if p.Archived {
			name = s.Subtle.Render("⌫ ") + name
		}
		if p.ShortName != "" && p.ShortName != p.Name {
			name += s.Subtle.Render(" " + line(p.Name))
		}
		text := fit(s.Heading.Render(country), countryW) + " " + fit(name, nameW) + " " + fit(t.PartnerKind(p.Kind), kindW) + " " + last
		if listW < 40 {
			text = line(p.Label())
		}
		text = fit(text, listW)
		if i == sel {
			text = s.Selected.Render(ansi.Strip(text))
		}
		list = append(list, text)
	}
	var detail string
	if sel >= 0 {
		detail = m.detail(m.page.Partners[sel], detailW)
	}
	return c.listDetail(list, detail, h)
}

func (m *partnersScreen) detail(p store.Partner, w int) string {
	s, t := m.c.Styles, m.c.T
	inner := max(w-2, 1)
	var b strings.Builder
	b.WriteString(s.Value.Bold(true).Render(wrap(line(p.Name), inner)) + "\n")
	field := func(label, value string) {
		if value == "" {
			value = t.NoValue
		}
		lw := 13
		b.WriteString(s.Label.Render(fit(label, lw)) + wrapIndent(value, inner-lw, lw) + "\n")
	}
	kind := t.PartnerKind(p.Kind)
	if p.Archived {
		kind += " · " + t.Archived
	}
	field(t.DetailKind, kind)
	field(t.DetailCountry, fmt.Sprintf("%s (%s)", line(m.c.countryName(p.CountryCode)), p.CountryCode))
	since := ""
	if p.Since != 0 {
		since = fmt.Sprint(p.Since)
	}
	field(t.DetailSince, since)
	last := p.LastContact
	if last == "" {
		last = t.NeverContacted
	}
	field(t.DetailLastContact, last)
	field(t.DetailContact, line(p.Contact))
	field(t.DetailCompanies, line(p.Companies))
	field(t.DetailNotes, line(p.Notes))
	return b.String()
}
