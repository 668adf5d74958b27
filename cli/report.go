package cli

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"vision2030/store"
)

var reportFormats = []string{"text", "md", "json"}

// reportCommand is `report`: the dashboard as text, Markdown or JSON.
func reportCommand(a *app) *cobra.Command {
	var width, asOf string
	var format *string
	var checkFormat func() error
	cmd := a.command("report", a.noArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		if err := checkFormat(); err != nil {
			return err
		}
		w := 0
		if width != "" {
			n, err := strconv.Atoi(strings.TrimSpace(width))
			switch {
			case err != nil || n > maxReportWidth:
				return usagef(t.ErrBadWidth, width, minReportWidth, maxReportWidth)
			case n < minReportWidth:
				return usagef(t.ErrNarrowWidth, n, minReportWidth)
			}
			w = n
		}
		var day time.Time
		if asOf != "" {
			d, err := store.ParseDate(strings.TrimSpace(asOf))
			if err != nil {
				return usagef(t.ErrBadAsOf, asOf)
			}
			if fe := store.CheckDate("as-of", strings.TrimSpace(asOf), a.Now(), true, false); fe != nil {
				return fe
			}
			day = d
		}
		return a.run(cmd, func(env *Env) error {
			now := env.Now()
			if !day.IsZero() {
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
				return drawMarkdown(env.Stdout, env.T, d, now)
			}
			if w == 0 && env.Width > 0 {
				w = max(env.Width, minReportWidth)
			}
			if w == 0 {
				w = defaultReportWidth
			}
			return drawReport(env.Ctx, env.Stdout, a.Environ, env.Store, env.T, w, now)
		})
	})
	cmd.Flags().StringVar(&width, "width", "", "")
	format, checkFormat = a.formatFlag(cmd, reportFormats)
	cmd.Flags().StringVar(&asOf, "as-of", "", "")
	return cmd
}

// The width of the text report: the terminal's, else the default; at
// most maxReportWidth.
const (
	defaultReportWidth = 100
	maxReportWidth     = 1000
)

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
	Progress        *float64        `json:"progress"` // at the framework / tracked; null under no_data
	Target          float64         `json:"target"`
	Status          string          `json:"status"`
	Tracked         int             `json:"tracked"`    // tracked active partners
	Assessed        int             `json:"assessed"`   // of them, assessed on the goal
	Unassessed      int             `json:"unassessed"` // of them, never assessed on the goal
	Coverage        *float64        `json:"coverage"`   // assessed / tracked; null with no tracked partner
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
			Tracked: g.Tracked, Assessed: g.Assessed, Unassessed: g.Unassessed(), AtFramework: g.AtFramework,
			PartnersAtStage: g.AtStage, History: []QuarterReport{}}
		if p, ok := g.Progress(); ok {
			gr.Progress = &p
		}
		if c, ok := g.Coverage(); ok {
			gr.Coverage = &c
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
