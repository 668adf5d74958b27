package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"vision2030/i18n"
	"vision2030/store"
)

// md makes user text safe for Markdown: a paragraph, a list item or a
// table cell.
func md(s string) string { return MarkdownText(s) }

// mdTable writes a Markdown table: head, then rows; right marks the
// columns aligned right. Every cell is already Markdown.
func mdTable(b *strings.Builder, head []string, right []bool, rows [][]string) {
	b.WriteString("| " + strings.Join(head, " | ") + " |\n|")
	for j := range head {
		if j < len(right) && right[j] {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	for _, r := range rows {
		b.WriteString("| " + strings.Join(r, " | ") + " |\n")
	}
	b.WriteString("\n")
}

// PaperMarkdown writes the meeting paper p as Markdown, fit to paste into
// a meeting's papers: the goals and their history, the partners at the
// framework by country, the requests, the actions due, every stale
// partner, and what happened in the period, if p has one. Every word from
// the database is escaped (MarkdownText): data never becomes structure.
func PaperMarkdown(w io.Writer, t *i18n.Catalogue, p store.Paper, now time.Time) error {
	d := p.Dashboard
	var b strings.Builder
	f := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	f("# %s — %s\n\n", t.VisionName, t.MdTitle)
	f("%s · %s\n\n", fmt.Sprintf(t.AsOf, d.AsOf), YearsLeft(t, now))
	f("> %s\n\n", t.Ideal)

	f("## %s\n\n", t.RpGoals)
	f("| # | %s | %s | %s | %s | %s | %s |\n|---|---|---:|---:|---|---:|---|\n",
		t.MdGoal, t.MdProgress, t.MdTarget, t.MdStatus, t.MdProjection, t.MdStages)
	for _, g := range d.Goals {
		progress, projection := t.NoValue, t.NoValue
		if v, ok := g.Progress(); ok {
			progress = fmt.Sprintf("%s (%d/%d · %d)", pct(v), g.AtFramework, g.Tracked, g.Assessed)
		}
		if g.HasProjection {
			projection = pct(g.Projection)
		}
		stages := make([]string, len(g.AtStage))
		for i, n := range g.AtStage {
			stages[i] = strconv.Itoa(n)
		}
		f("| %d | %s | %s | %s | %s | %s | %s |\n", g.Goal.ID, md(goalTitle(t, g.Goal)), progress, pct(g.Goal.Target),
			t.Statuses[g.Status], projection, strings.Join(stages, " · "))
	}
	f("\n%s\n\n", t.MdStagesNote)

	if qs, values := quarters(d); len(qs) > 0 {
		f("### %s\n\n", t.MdHistory)
		head := []string{t.MdQuarter}
		right := []bool{false}
		for _, g := range d.Goals {
			head = append(head, fmt.Sprintf("%s %d", t.MdGoal, g.Goal.ID))
			right = append(right, true)
		}
		var rows [][]string
		for _, q := range qs {
			r := []string{t.QuarterLabel(q)}
			for _, g := range d.Goals {
				if v, ok := values[g.Goal.ID][q]; ok {
					r = append(r, pct(v))
				} else {
					r = append(r, t.NoValue)
				}
			}
			rows = append(rows, r)
		}
		mdTable(&b, head, right, rows)
	}

	if len(p.Framework) > 0 {
		f("## %s\n\n%s\n\n", t.RpFramework, t.RpFrameworkNote)
		head, right := []string{t.RpCountry, t.RpTracked}, []bool{false, true}
		for _, g := range d.Goals {
			head = append(head, fmt.Sprintf("%s %d", t.MdGoal, g.Goal.ID))
			right = append(right, true)
		}
		var rows [][]string
		for _, c := range p.Framework {
			r := []string{md(countryName(t, c.Country)), strconv.Itoa(c.Tracked)}
			for _, g := range d.Goals {
				r = append(r, fmt.Sprintf(t.RpFrameworkCell, c.AtFramework[g.Goal.ID], c.Tracked))
			}
			rows = append(rows, r)
		}
		mdTable(&b, head, right, rows)
	}

	f("## %s\n\n", t.RpRequests)
	if d.Requests.Overall.Count == 0 {
		f("%s\n\n", t.RpNoRequests)
	} else {
		rows := requestRows(t, d.Requests)
		rows[len(rows)-1][0] = "**" + rows[len(rows)-1][0] + "**" // all years
		mdTable(&b, rows[0], []bool{false, true, true, true}, rows[1:])
	}

	f("## %s\n\n", t.RpDue)
	if due, more := dueActions(p); len(due) == 0 {
		f("%s\n\n", t.RpNoDue)
	} else {
		for _, a := range due {
			f("- %s (%s)\n", md(actionLine(t, a, d.AsOf)), fmt.Sprintf(t.RpEntryRef, a.EntryID, md(a.EntryTitle)))
		}
		if more > 0 {
			f("- %s\n", fmt.Sprintf(t.RpAndMore, more))
		}
		f("\n")
	}

	f("## %s\n\n", fmt.Sprintf(t.RpStale, store.StaleDays))
	if len(p.StaleAll) == 0 {
		f("%s\n\n", t.RpNoStale)
	} else {
		f("%s\n\n", fmt.Sprintf(t.RpStaleCount, max(d.StaleTotal, len(p.StaleAll)), d.Partners))
		var rows [][]string
		for _, s := range p.StaleAll {
			rows = append(rows, []string{md(s.Label()), md(countryOf(t, s.CountryCode, d.Countries)), lastContact(t, s)})
		}
		mdTable(&b, []string{t.RpPartner, t.RpCountry, t.RpLastContact}, nil, rows)
	}

	if p.Period != nil {
		periodMarkdown(&b, t, p)
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

// periodMarkdown writes what happened in p's period.
func periodMarkdown(b *strings.Builder, t *i18n.Catalogue, p store.Paper) {
	pe := p.Period
	f := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	f("## %s\n\n%s\n\n", fmt.Sprintf(t.RpPeriod, pe.Since, pe.Until), t.RpPeriodEntries.N(pe.Entries))
	f("### %s\n\n", t.RpByCountry)
	if len(pe.ByCountry) == 0 {
		f("%s\n\n", t.RpNoEntries)
	} else {
		var rows [][]string
		for _, c := range pe.ByCountry {
			rows = append(rows, []string{"**" + md(countryName(t, c.Country)) + "**", "", "**" + strconv.Itoa(c.Entries) + "**"})
			for _, pp := range c.Partners {
				rows = append(rows, []string{"", md(pp.Partner.Label()), strconv.Itoa(pp.Entries)})
			}
		}
		mdTable(b, []string{t.RpCountry, t.RpPartner, t.RpEntries}, []bool{false, false, true}, rows)
	}
	f("### %s\n\n", t.RpStageChanges)
	if len(pe.StageChanges) == 0 {
		f("%s\n\n", t.RpNoStageChanges)
	} else {
		var rows [][]string
		for _, c := range pe.StageChanges {
			rows = append(rows, []string{c.Date, md(c.Partner.Label()), md(goalShort(t, p.Goals, c.GoalID)),
				stageChange(t, c), md(c.Author), md(c.Note)})
		}
		mdTable(b, []string{t.RpDate, t.RpPartner, t.RpGoal, t.RpChange, t.RpBy, t.RpNote}, nil, rows)
	}
	if pe.Confirmed > 0 {
		f("%s\n\n", t.RpConfirmed.N(pe.Confirmed))
	}
	for _, r := range []struct {
		heading string
		list    []store.Entry
		date    func(store.Entry) string
	}{
		{t.RpOpened, pe.Opened, func(e store.Entry) string { return or(e.Opened, e.Date) }},
		{t.RpAnswered, pe.Answered, func(e store.Entry) string { return e.FirstResponse }},
		{t.RpClosed, pe.Closed, func(e store.Entry) string { return e.Closed }},
	} {
		f("### %s (%d)\n\n", r.heading, len(r.list))
		if len(r.list) == 0 {
			f("%s\n\n", t.RpNone)
			continue
		}
		var rows [][]string
		for _, e := range r.list {
			rows = append(rows, []string{r.date(e), fmt.Sprintf(t.RpEntryRef, e.ID, md(e.Title)), md(partnerLabels(e))})
		}
		mdTable(b, []string{t.RpDate, t.RpTitle, t.RpPartners}, nil, rows)
	}
	for _, r := range []struct {
		heading string
		list    []store.Action
	}{{t.RpActionsDone, pe.Done}, {t.RpActionsOverdue, pe.Overdue}} {
		f("### %s (%d)\n\n", r.heading, len(r.list))
		if len(r.list) == 0 {
			f("%s\n\n", t.RpNone)
			continue
		}
		for _, a := range r.list {
			f("- %s (%s)\n", md(actionLine(t, a, pe.Until)), fmt.Sprintf(t.RpEntryRef, a.EntryID, md(a.EntryTitle)))
		}
		f("\n")
	}
}

// or is s, or def when s is "".
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
