package ui

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// mdCell makes user text safe for a Markdown table cell.
func mdCell(s string) string { return render.MarkdownText(s) }

func pct(v float64) string { return fmt.Sprintf("%.0f%%", 100*v) }

// Markdown writes the dashboard d as Markdown, fit to paste into a meeting
// paper.
func Markdown(w io.Writer, t *i18n.Catalogue, d store.Dashboard, now time.Time) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# %s — %s\n\n", t.VisionName, t.MdTitle)
	p("%s · %s\n\n", fmt.Sprintf(t.AsOf, d.AsOf), render.YearsLeft(t, now))
	p("> %s\n\n", t.Ideal)

	p("## %s\n\n", t.GoalsHeading)
	p("| # | %s | %s | %s | %s | %s | %s |\n|---|---|---:|---:|---|---:|---|\n",
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
		p("| %d | %s | %s | %s | %s | %s | %s |\n", g.Goal.ID, mdCell(g.Goal.Title), progress, pct(g.Goal.Target),
			t.Statuses[g.Status], projection, strings.Join(stages, " · "))
	}
	p("\n%s\n\n", t.MdStagesNote)

	// Quarterly history, one column per goal.
	quarters := []string{}
	seen := map[string]bool{}
	values := map[int]map[string]float64{}
	for _, g := range d.Goals {
		values[g.Goal.ID] = map[string]float64{}
		for _, h := range g.History {
			values[g.Goal.ID][h.Quarter] = h.Progress
			if !seen[h.Quarter] {
				seen[h.Quarter] = true
				quarters = append(quarters, h.Quarter)
			}
		}
	}
	if len(quarters) > 0 {
		sort.Strings(quarters)
		p("### %s\n\n| %s |", t.MdHistory, t.MdQuarter)
		for _, g := range d.Goals {
			p(" %s %d |", t.MdGoal, g.Goal.ID)
		}
		p("\n|---|%s\n", strings.Repeat("---:|", len(d.Goals)))
		for _, q := range quarters {
			p("| %s |", t.QuarterLabel(q))
			for _, g := range d.Goals {
				if v, ok := values[g.Goal.ID][q]; ok {
					p(" %s |", pct(v))
				} else {
					p(" %s |", t.NoValue)
				}
			}
			p("\n")
		}
		p("\n")
	}

	p("## %s\n\n", t.RequestsHeading)
	if d.Requests.Overall.Count == 0 {
		p("%s\n\n", t.NoRequests)
	} else {
		rows := render.RequestRows(t, d.Requests)
		p("| %s |\n|---|---:|---:|---:|\n", strings.Join(rows[0], " | "))
		for i, r := range rows[1:] {
			if i == len(rows)-2 {
				r[0] = "**" + r[0] + "**" // all years
			}
			p("| %s |\n", strings.Join(r, " | "))
		}
		p("\n")
	}

	p("## %s\n\n", t.ActionsHeading)
	if len(d.DueActions) == 0 {
		p("%s\n\n", t.NoDueActions)
	} else {
		for _, a := range d.DueActions {
			p("- %s (#%d %s)\n", mdCell(render.ActionLine(t, a, d.AsOf)), a.EntryID, mdCell(a.EntryTitle))
		}
		if more := d.DueTotal - len(d.DueActions); more > 0 {
			p("- %s\n", fmt.Sprintf(t.AndMore, more))
		}
		p("\n")
	}

	p("## %s\n\n", fmt.Sprintf(t.StaleHeading, store.StaleDays))
	if d.StaleTotal == 0 {
		p("%s\n", t.NoStale)
	} else {
		p("%s\n", mdCell(render.StaleLine(t, d)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
