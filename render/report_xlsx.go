package render

import (
	"fmt"
	"io"
	"time"

	"vision2030/i18n"
	"vision2030/store"
)

// PaperWorkbook writes the meeting paper p's tables as a workbook: the
// goals, their history, the partners at the framework by country, the
// requests, the actions due, the stale partners, and the period's entries,
// stages, requests and actions if p has a period. Shares are numbers
// shown as percentages, dates are dates.
func PaperWorkbook(w io.Writer, t *i18n.Catalogue, p store.Paper, now time.Time) error {
	d := p.Dashboard
	wb := NewWorkbook()
	sheet := func(name string, cols []XColumn, rows [][]any) error {
		sh, err := wb.AddSheet(name, cols)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := sh.Row(r...); err != nil {
				return err
			}
		}
		return sh.Close()
	}
	share := func(v float64, ok bool) any {
		if !ok {
			return nil
		}
		return v
	}

	cols := []XColumn{{Head: "#", Type: CellInt}, {Head: t.MdGoal}, {Head: t.XLProgress, Type: CellPercent},
		{Head: t.XLAtFramework, Type: CellInt}, {Head: t.RpTracked, Type: CellInt}, {Head: t.XLAssessed, Type: CellInt},
		{Head: t.XLCoverage, Type: CellPercent}, {Head: t.MdTarget, Type: CellPercent}, {Head: t.MdStatus},
		{Head: t.MdProjection, Type: CellPercent}}
	for s := 0; s <= store.MaxStage; s++ {
		cols = append(cols, XColumn{Head: fmt.Sprintf(t.XLStageN, s), Type: CellInt})
	}
	cols = append(cols, XColumn{Head: t.HTMLUnassessed, Type: CellInt})
	var rows [][]any
	for _, g := range d.Goals {
		progress, ok := g.Progress()
		coverage, cok := g.Coverage()
		r := []any{g.Goal.ID, goalTitle(t, g.Goal), share(progress, ok), g.AtFramework, g.Tracked, g.Assessed,
			share(coverage, cok), g.Goal.Target, t.Statuses[g.Status], share(g.Projection, g.HasProjection)}
		for _, n := range g.AtStage {
			r = append(r, n)
		}
		rows = append(rows, append(r, g.Unassessed()))
	}
	if err := sheet(t.XLGoals, cols, rows); err != nil {
		return err
	}

	qs, values := quarters(d)
	cols, rows = []XColumn{{Head: t.MdQuarter}}, nil
	for _, g := range d.Goals {
		cols = append(cols, XColumn{Head: fmt.Sprintf("%s %d", t.MdGoal, g.Goal.ID), Type: CellPercent})
	}
	for _, q := range qs {
		r := []any{t.QuarterLabel(q)}
		for _, g := range d.Goals {
			v, ok := values[g.Goal.ID][q]
			r = append(r, share(v, ok))
		}
		rows = append(rows, r)
	}
	if err := sheet(t.XLHistory, cols, rows); err != nil {
		return err
	}

	cols, rows = []XColumn{{Head: t.RpCountry}, {Head: t.XLCountryCode}, {Head: t.RpTracked, Type: CellInt}}, nil
	for _, g := range d.Goals {
		cols = append(cols, XColumn{Head: fmt.Sprintf("%s %d %s", t.MdGoal, g.Goal.ID, t.XLAtFramework), Type: CellInt})
	}
	for _, c := range p.Framework {
		r := []any{countryName(t, c.Country), c.Country.Code, c.Tracked}
		for _, g := range d.Goals {
			r = append(r, c.AtFramework[g.Goal.ID])
		}
		rows = append(rows, r)
	}
	if err := sheet(t.XLFramework, cols, rows); err != nil {
		return err
	}

	rows = nil
	req := requestRows(t, d.Requests)
	for i, y := range append(append([]store.YearRequests{}, d.Requests.PerYear...), d.Requests.Overall) {
		first, ok := y.FirstShare()
		var median any
		if y.MedianDays != nil {
			median = *y.MedianDays
		}
		rows = append(rows, []any{req[i+1][0], y.Count, y.CameFirst, share(first, ok), y.Answered, median})
	}
	if d.Requests.Overall.Count == 0 {
		rows = nil
	}
	if err := sheet(t.XLRequests, []XColumn{{Head: t.RpYear}, {Head: t.RpRequestsN, Type: CellInt},
		{Head: t.RpCameFirst, Type: CellInt}, {Head: t.XLCameFirstShare, Type: CellPercent},
		{Head: t.RpAnswered, Type: CellInt}, {Head: t.RpMedianDays, Type: CellFloat}}, rows); err != nil {
		return err
	}

	actionCols := []XColumn{{Head: t.RpAction}, {Head: t.RpOwner}, {Head: t.RpDueDate, Type: CellDate},
		{Head: t.RpDoneDate, Type: CellDate}, {Head: "#", Type: CellInt}, {Head: t.RpTitle}}
	actionRows := func(as []store.Action) [][]any {
		var rows [][]any
		for _, a := range as {
			rows = append(rows, []any{a.What, a.Owner, a.Due, a.Done, a.EntryID, a.EntryTitle})
		}
		return rows
	}
	due, _ := dueActions(p)
	if err := sheet(t.XLDue, actionCols, actionRows(due)); err != nil {
		return err
	}

	rows = nil
	for _, s := range p.StaleAll {
		rows = append(rows, []any{s.Label(), s.Name, countryOf(t, s.CountryCode, d.Countries), s.LastContact})
	}
	if err := sheet(t.XLStale, []XColumn{{Head: t.RpPartner}, {Head: t.RpPartners}, {Head: t.RpCountry},
		{Head: t.RpLastContact, Type: CellDate}}, rows); err != nil {
		return err
	}

	if pe := p.Period; pe != nil {
		rows = nil
		for _, c := range pe.ByCountry {
			for _, pp := range c.Partners {
				rows = append(rows, []any{countryName(t, c.Country), c.Entries, pp.Partner.Label(), pp.Entries})
			}
		}
		if err := sheet(t.XLPeriodEntries, []XColumn{{Head: t.RpCountry}, {Head: t.XLCountryEntries, Type: CellInt},
			{Head: t.RpPartner}, {Head: t.RpEntries, Type: CellInt}}, rows); err != nil {
			return err
		}
		rows = nil
		for _, c := range pe.StageChanges {
			var from any
			if c.From >= 0 {
				from = c.From
			}
			rows = append(rows, []any{c.Date, c.Partner.Label(), c.GoalID, from, c.To, c.Author, c.Note})
		}
		if err := sheet(t.XLStageChanges, []XColumn{{Head: t.RpDate, Type: CellDate}, {Head: t.RpPartner},
			{Head: t.RpGoal, Type: CellInt}, {Head: t.RpFirstStage, Type: CellInt}, {Head: t.RpChange, Type: CellInt},
			{Head: t.RpBy}, {Head: t.RpNote}}, rows); err != nil {
			return err
		}
		rows = nil
		for _, r := range []struct {
			what string
			list []store.Entry
			date func(store.Entry) string
		}{
			{t.RpOpened, pe.Opened, func(e store.Entry) string { return or(e.Opened, e.Date) }},
			{t.RpAnswered, pe.Answered, func(e store.Entry) string { return e.FirstResponse }},
			{t.RpClosed, pe.Closed, func(e store.Entry) string { return e.Closed }},
		} {
			for _, e := range r.list {
				rows = append(rows, []any{r.what, r.date(e), e.ID, e.Title, partnerLabels(e)})
			}
		}
		if err := sheet(t.XLPeriodRequests, []XColumn{{Head: t.XLKind}, {Head: t.RpDate, Type: CellDate},
			{Head: "#", Type: CellInt}, {Head: t.RpTitle}, {Head: t.RpPartners}}, rows); err != nil {
			return err
		}
		rows = nil
		for _, r := range []struct {
			what string
			list []store.Action
		}{{t.RpActionsDone, pe.Done}, {t.RpActionsOverdue, pe.Overdue}} {
			for _, row := range actionRows(r.list) {
				rows = append(rows, append([]any{r.what}, row...))
			}
		}
		if err := sheet(t.XLPeriodActions, append([]XColumn{{Head: t.XLKind}}, actionCols...), rows); err != nil {
			return err
		}
	}
	return wb.Write(w)
}
