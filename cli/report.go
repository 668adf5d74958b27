package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"vision2030/i18n"
	"vision2030/store"
	"vision2030/ui"
)

var reportFormats = []string{"text", "md", "json"}

func parseReport(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("report")
	w := fs.String("width", "", "width in cells, for text")
	format := fs.String("format", "text", "text, md or json")
	asOf := fs.String("as-of", "", "the day to report as of, YYYY-MM-DD (default today)")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	width := 0
	if *w != "" {
		n, err := strconv.Atoi(*w)
		if err != nil || n < 1 || n > 1000 {
			return nil, UsageError{fmt.Sprintf(t.ErrBadWidth, *w)}
		}
		width = n
	}
	ok := false
	for _, f := range reportFormats {
		ok = ok || f == *format
	}
	if !ok {
		return nil, UsageError{fmt.Sprintf(t.ErrBadFormat, *format, strings.Join(reportFormats, ", "))}
	}
	var day time.Time
	if *asOf != "" {
		d, err := store.ParseDate(*asOf)
		if err != nil {
			return nil, UsageError{fmt.Sprintf(t.ErrBadAsOf, *asOf)}
		}
		day = d
	}
	return func(env *Env) error {
		now := env.Now()
		if !day.IsZero() {
			if fe := store.CheckDate("as-of", *asOf, now, true, false); fe != nil {
				return fe
			}
			now = day
		}
		switch *format {
		case "json":
			d, err := env.Store.Dashboard(env.Ctx, now)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(env.Stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(ReportJSON(d))
		case "md":
			d, err := env.Store.Dashboard(env.Ctx, now)
			if err != nil {
				return err
			}
			return writeMarkdown(env.Stdout, env.T, d, now)
		}
		w := width
		if w == 0 {
			w = env.Width
		}
		if w == 0 {
			w = 100
		}
		return ui.Report(env.Ctx, env.Stdout, env.Environ, env.Store, env.T, w, now)
	}, nil
}

// Report is the JSON document of `report --format json`. Its shape is
// stable: fields may be added, never renamed or removed.
type Report struct {
	AsOf           string         `json:"as_of"`
	Partners       int            `json:"partners"`
	Entries        int            `json:"entries"`
	Goals          []GoalReport   `json:"goals"`
	Requests       RequestsReport `json:"requests"`
	StalePartners  int            `json:"stale_partners"`
	OverdueActions int            `json:"overdue_actions"`
}

// GoalReport is one goal in the report.
type GoalReport struct {
	ID              int             `json:"id"`
	Title           string          `json:"title"`
	Progress        *float64        `json:"progress"` // null: no partner assessed
	Target          float64         `json:"target"`
	Status          string          `json:"status"`
	Assessed        int             `json:"assessed"`
	AtFramework     int             `json:"at_framework"`
	PartnersAtStage [5]int          `json:"partners_at_stage"`
	History         []QuarterReport `json:"history"`
	Projection2030  *float64        `json:"projection_2030"` // null: no data
}

// QuarterReport is a goal's progress at the end of a quarter.
type QuarterReport struct {
	Quarter  string  `json:"quarter"`
	Date     string  `json:"date"`
	Progress float64 `json:"progress"`
	Assessed int     `json:"assessed"`
}

// RequestsReport is the partners' yardstick.
type RequestsReport struct {
	PerYear []YearReport `json:"per_year"`
	Overall YearReport   `json:"overall"`
}

// YearReport is the yardstick for one year (year omitted overall).
type YearReport struct {
	Year               int      `json:"year,omitempty"`
	Count              int      `json:"count"`
	CameFirst          int      `json:"came_first"`
	FirstShare         *float64 `json:"first_share"`
	Answered           int      `json:"answered"`
	MedianResponseDays *float64 `json:"median_response_days"`
}

// ReportJSON turns a dashboard into the report document.
func ReportJSON(d store.Dashboard) Report {
	r := Report{AsOf: d.AsOf, Partners: d.Partners, Entries: d.Entries, Goals: []GoalReport{},
		StalePartners: d.StaleTotal, OverdueActions: d.Overdue}
	for _, g := range d.Goals {
		gr := GoalReport{ID: g.Goal.ID, Title: g.Goal.Title, Target: g.Goal.Target, Status: string(g.Status),
			Assessed: g.Assessed, AtFramework: g.AtFramework, PartnersAtStage: g.AtStage, History: []QuarterReport{}}
		if p, ok := g.Progress(); ok {
			gr.Progress = &p
		}
		if g.HasProjection {
			v := g.Projection
			gr.Projection2030 = &v
		}
		for _, h := range g.History {
			gr.History = append(gr.History, QuarterReport{h.Quarter, h.Date, h.Progress, h.Assessed})
		}
		r.Goals = append(r.Goals, gr)
	}
	year := func(y store.YearRequests) YearReport {
		yr := YearReport{Year: y.Year, Count: y.Count, CameFirst: y.CameFirst, Answered: y.Answered, MedianResponseDays: y.MedianDays}
		if f, ok := y.FirstShare(); ok {
			yr.FirstShare = &f
		}
		return yr
	}
	r.Requests.PerYear = []YearReport{}
	for _, y := range d.Requests.PerYear {
		r.Requests.PerYear = append(r.Requests.PerYear, year(y))
	}
	r.Requests.Overall = year(d.Requests.Overall)
	return r
}

// mdCell makes user text safe for a Markdown table cell.
func mdCell(s string) string {
	return strings.ReplaceAll(cleanLine(s), "|", `\|`)
}

func pct(v float64) string { return fmt.Sprintf("%.0f%%", 100*v) }

// writeMarkdown writes the report as Markdown, fit to paste into a meeting
// paper.
func writeMarkdown(w io.Writer, t *i18n.Catalogue, d store.Dashboard, now time.Time) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# %s — %s\n\n", t.VisionName, t.MdTitle)
	p("%s · %s\n\n", fmt.Sprintf(t.AsOf, d.AsOf), ui.YearsLeft(t, now))
	p("> %s\n\n", t.Ideal)

	p("## %s\n\n", t.GoalsHeading)
	p("| # | %s | %s | %s | %s | %s | %s |\n|---|---|---:|---:|---|---:|---|\n",
		t.MdGoal, t.MdProgress, t.MdTarget, t.MdStatus, t.MdProjection, t.MdStages)
	for _, g := range d.Goals {
		progress, projection := t.NoValue, t.NoValue
		if v, ok := g.Progress(); ok {
			progress = fmt.Sprintf("%s (%d/%d)", pct(v), g.AtFramework, g.Assessed)
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
			p("| %s |", q)
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
		p("| %s | %s | %s | %s |\n|---|---:|---:|---:|\n", t.ColYear, t.ColRequests, t.ColCameFirst, t.ColMedianDays)
		for _, y := range append(append([]store.YearRequests{}, d.Requests.PerYear...), d.Requests.Overall) {
			label := strconv.Itoa(y.Year)
			if y.Year == 0 {
				label = "**" + t.AllYears + "**"
			}
			share, median := t.NoValue, t.NoValue
			if f, ok := y.FirstShare(); ok {
				share = fmt.Sprintf("%s (%d)", pct(f), y.CameFirst)
			}
			if y.MedianDays != nil {
				median = fmt.Sprintf("%.1f", *y.MedianDays)
			}
			p("| %s | %d | %s | %s |\n", label, y.Count, share, median)
		}
		p("\n")
	}

	p("## %s\n\n", t.ActionsHeading)
	if len(d.DueActions) == 0 {
		p("%s\n\n", t.NoDueActions)
	} else {
		for _, a := range d.DueActions {
			mark := ""
			if a.Overdue(d.AsOf) {
				mark = "**" + t.Overdue + "** "
			}
			who := []string{}
			if a.Owner != "" {
				who = append(who, mdCell(a.Owner))
			}
			if a.Due != "" {
				who = append(who, fmt.Sprintf(t.DueOn, a.Due))
			}
			p("- %s%s — %s (#%d %s)\n", mark, mdCell(a.What), strings.Join(who, ", "), a.EntryID, mdCell(a.EntryTitle))
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
		var names []string
		for _, s := range d.Stale {
			names = append(names, mdCell(s.Label()))
		}
		if more := d.StaleTotal - len(d.Stale); more > 0 {
			names = append(names, fmt.Sprintf(t.AndMore, more))
		}
		p("%s %s\n", fmt.Sprintf(t.StaleValue, d.StaleTotal, d.Partners), strings.Join(names, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
