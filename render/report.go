package render

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"vision2030/i18n"
	"vision2030/store"
)

// What the meeting paper says, whatever it is drawn as (Markdown, HTML, a
// workbook): the words of each figure, worked out once.

// pct is a share as a whole percentage.
func pct(v float64) string { return fmt.Sprintf("%.0f%%", 100*v) }

// requestRows is the yardstick as rows: a header, a row per year, and the
// row of all years.
// They are the dashboard's (RequestRows), under the paper's own headings.
func requestRows(t *i18n.Catalogue, r store.RequestStats) [][]string {
	rows := RequestRows(t, r)
	rows[0] = []string{t.RpYear, t.RpRequestsN, t.RpCameFirst, t.RpMedianDays}
	rows[len(rows)-1][0] = t.RpAllYears
	return rows
}

// dueActions are the actions due that the paper p lists: every one
// (Paper.DueAll), or, for a paper made of a dashboard alone, the
// dashboard's first few; and how many it leaves out.
func dueActions(p store.Paper) ([]store.Action, int) {
	list := p.DueAll
	if list == nil {
		list = p.DueActions
	}
	return list, max(p.DueTotal-len(list), 0)
}

// actionLine says an action in one line: what, its owner, when.
func actionLine(t *i18n.Catalogue, a store.Action, today string) string {
	when := t.RpNoDueDate
	switch {
	case a.Done != "":
		when = fmt.Sprintf(t.RpDoneOn, a.Done)
	case a.Overdue(today):
		when = fmt.Sprintf(t.RpDueOn, a.Due) + " · " + t.RpOverdue
	case a.Due != "":
		when = fmt.Sprintf(t.RpDueOn, a.Due)
	}
	owner := ""
	if a.Owner != "" {
		owner = " (" + a.Owner + ")"
	}
	return a.What + owner + " — " + when
}

// goalTitle is a goal's title in t's language.
func goalTitle(t *i18n.Catalogue, g store.Goal) string { return g.TitleIn(t.Lang) }

// stageChange says a change of stage: "2 → 3", or "first → 2".
func stageChange(t *i18n.Catalogue, c store.StageChange) string {
	from := t.RpFirstStage
	if c.From >= 0 {
		from = strconv.Itoa(c.From)
	}
	return from + " → " + strconv.Itoa(c.To)
}

// lastContact is a partner's last contact, or "never".
func lastContact(t *i18n.Catalogue, p store.Partner) string {
	if p.LastContact == "" {
		return t.RpNever
	}
	return p.LastContact
}

// partnerLabels names the partners of an entry.
func partnerLabels(e store.Entry) string {
	var names []string
	for _, p := range e.Partners {
		names = append(names, p.Label)
	}
	return strings.Join(names, ", ")
}

// goalShort is a goal's short title in t's language.
func goalShort(t *i18n.Catalogue, goals []store.GoalSummary, id int) string {
	for _, g := range goals {
		if g.Goal.ID == id {
			return fmt.Sprintf("%d %s", id, g.Goal.ShortTitleIn(t.Lang))
		}
	}
	return strconv.Itoa(id)
}

// quarters lists the quarters of every goal's history, in order, and each
// goal's value by quarter.
func quarters(d store.Dashboard) ([]string, map[int]map[string]float64) {
	var qs []string
	seen := map[string]bool{}
	values := map[int]map[string]float64{}
	for _, g := range d.Goals {
		values[g.Goal.ID] = map[string]float64{}
		for _, h := range g.History {
			values[g.Goal.ID][h.Quarter] = h.Progress
			if !seen[h.Quarter] {
				seen[h.Quarter] = true
				qs = append(qs, h.Quarter)
			}
		}
	}
	sort.Strings(qs)
	return qs, values
}

// countryName is a country's name in t's language.
func countryName(t *i18n.Catalogue, c store.Country) string { return t.CountryName(c) }

// countryOf names the country of code among countries, else the code.
func countryOf(t *i18n.Catalogue, code string, countries []store.CountrySummary) string {
	for _, c := range countries {
		if c.Country.Code == code {
			return countryName(t, c.Country)
		}
	}
	return code
}
