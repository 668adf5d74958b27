package cli

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"vision2030/render"
	"vision2030/store"
)

var reportFormats = []string{"text", "md", "json", "html", "xlsx"}

// briefFormats are the formats of a brief (report --partner, --country).
var briefFormats = []string{"text", "md", "json"}

// reportCommand is `report`: the dashboard as text, or a meeting paper as
// Markdown, JSON, HTML or a workbook, with what happened in a period
// (--since, --until); or, with --partner or --country, a brief for a trip.
func reportCommand(a *app) *cobra.Command {
	var width, asOf, since, until, country, out string
	var overwrite bool
	var partners []string
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
		day, err := a.reportDate("as-of", asOf)
		if err != nil {
			return err
		}
		from, err := a.reportDate("since", since)
		if err != nil {
			return err
		}
		to, err := a.reportDate("until", until)
		if err != nil {
			return err
		}
		brief := len(partners) > 0 || country != ""
		switch {
		case !to.IsZero() && from.IsZero():
			return usage(t.ErrUntilWithoutSince)
		case !from.IsZero() && !to.IsZero() && to.Before(from):
			return usagef(t.ErrPeriodOrder, since, until)
		case !day.IsZero() && !to.IsZero() && day.Before(to):
			// The paper as of a day counts what is known on it: a period
			// ending after that day would count what is not yet known.
			return usagef(t.ErrAsOfBeforeUntil, strings.TrimSpace(asOf), strings.TrimSpace(until))
		case !day.IsZero() && !from.IsZero() && day.Before(from):
			return usagef(t.ErrAsOfBeforeSince, strings.TrimSpace(asOf), strings.TrimSpace(since))
		case !from.IsZero() && brief:
			return usage(t.ErrBriefPeriod)
		case !from.IsZero() && *format == "text":
			return usage(t.ErrPeriodText)
		case brief && !slices.Contains(briefFormats, *format):
			return usagef(t.ErrBriefFormat, *format, strings.Join(briefFormats, ", "))
		case len(partners) > 0 && country != "":
			return usage(t.ErrBriefBoth)
		case out == "" && *format == "xlsx" && render.IsTerminal(a.Stdout):
			return usagef(t.ErrBinaryToTerminal, *format)
		}
		for _, p := range partners {
			if strings.TrimSpace(p) == "" {
				return usage(t.ErrPartnerEmpty)
			}
		}
		if day.IsZero() && !to.IsZero() {
			day = to // the paper of a period is as of its end
		}
		return a.run(cmd, func(env *Env) error {
			now := env.Now()
			if !day.IsZero() {
				now = day
			}
			if brief {
				return a.brief(env, out, overwrite, *format, partners, country, now)
			}
			if *format == "text" && out == "" {
				if w == 0 && env.Width > 0 {
					w = max(env.Width, minReportWidth)
				}
				if w == 0 {
					w = defaultReportWidth
				}
				return drawReport(env.Ctx, env.Stdout, a.Environ, env.Store, env.T, w, now)
			}
			q := store.PaperQuery{AsOf: now}
			if !from.IsZero() {
				q.Since = from.Format(store.DateLayout)
			}
			if !to.IsZero() {
				q.Until = to.Format(store.DateLayout)
			}
			p, err := env.Store.MeetingPaper(env.Ctx, q)
			if err != nil {
				return err
			}
			err = writeOut(env, out, overwrite, *format != "xlsx", func(wr io.Writer) error {
				switch *format {
				case "json":
					return render.WriteJSON(wr, PaperJSON(p), "  ")
				case "html":
					return render.PaperHTML(wr, env.T, p, now)
				case "xlsx":
					return render.PaperWorkbook(wr, env.T, p, now)
				case "text":
					return drawReport(env.Ctx, wr, nil, env.Store, env.T, max(w, defaultReportWidth), now)
				}
				return render.PaperMarkdown(wr, env.T, p, now)
			})
			if err == nil && out != "" {
				_, err = fmt.Fprintf(env.Stdout, t.OutReportWritten+"\n", cleanLine(out))
			}
			return err
		})
	})
	fl := cmd.Flags()
	fl.StringVar(&width, "width", "", "")
	format, checkFormat = a.formatFlag(cmd, reportFormats)
	fl.StringVar(&asOf, "as-of", "", "")
	fl.StringVar(&since, "since", "", "")
	fl.StringVar(&until, "until", "", "")
	fl.StringArrayVar(&partners, "partner", nil, "")
	fl.StringVar(&country, "country", "", "")
	fl.StringVar(&out, "out", "", "")
	fl.BoolVar(&overwrite, "overwrite", false, "")
	a.completeFlag(cmd, "partner", a.partnerNames(true, false))
	cmd.MarkFlagFilename("out", "md", "html", "json", "xlsx")
	return cmd
}

// reportDate reads a date flag of report: a day, not in the future.
func (a *app) reportDate(flag, value string) (time.Time, error) {
	if value == "" {
		return time.Time{}, nil
	}
	v := a.isoDate(value, false)
	d, err := store.ParseDate(v)
	if err != nil {
		if fe := store.CheckDate(flag, v, a.Now(), true, false); fe != nil && fe.Problem != store.ProblemBadDate {
			return time.Time{}, fe // no such day, out of its era
		}
		return time.Time{}, usagef(a.t.ErrBadReportDate, "--"+flag, value)
	}
	if fe := store.CheckDate(flag, v, a.Now(), true, false); fe != nil {
		return time.Time{}, fe
	}
	return d, nil
}

// brief prints the brief for a trip to the partners named, or to the
// active partners of a country.
func (a *app) brief(env *Env, out string, overwrite bool, format string, names []string, country string, now time.Time) error {
	t := env.T
	var ids []int64
	var subject string
	if country != "" {
		c, err := env.Store.ResolveCountry(env.Ctx, country)
		if err != nil {
			return err
		}
		page, err := env.Store.PartnersByCountry(env.Ctx, store.PartnerQuery{Country: c.Code, Lang: t.Lang})
		if err != nil {
			return err
		}
		if len(page.Partners) == 0 {
			return failure(fmt.Sprintf(t.BriefNoPartners, t.CountryName(c)), t.HintListPartners)
		}
		for _, p := range page.Partners {
			ids = append(ids, p.ID)
		}
		subject = t.CountryName(c)
	} else {
		var labels []string
		for _, q := range names {
			p, err := env.Store.FindPartner(env.Ctx, q)
			if err != nil {
				return err
			}
			if !slices.Contains(ids, p.ID) {
				ids = append(ids, p.ID)
				labels = append(labels, p.NameIn(t.Lang))
			}
		}
		subject = strings.Join(labels, t.ListSep)
	}
	b, err := env.Store.Brief(env.Ctx, ids, now)
	if err != nil {
		return err
	}
	goals, err := env.Store.Goals(env.Ctx)
	if err != nil {
		return err
	}
	stages, err := env.Store.Stages(env.Ctx)
	if err != nil {
		return err
	}
	err = writeOut(env, out, overwrite, true, func(w io.Writer) error {
		switch format {
		case "json":
			return render.WriteJSON(w, BriefJSON(b), "  ")
		case "md":
			return render.BriefMarkdown(w, t, subject, country != "", b, goals, stages)
		}
		return render.BriefText(w, t, subject, country != "", b, goals, stages)
	})
	if err == nil && out != "" {
		_, err = fmt.Fprintf(env.Stdout, t.OutReportWritten+"\n", cleanLine(out))
	}
	return err
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
	// A meeting paper's: by country, every stale partner, the period.
	Countries []CountryReport `json:"countries"`
	Stale     []PartnerRef    `json:"stale"`
	Period    *PeriodReport   `json:"period,omitempty"`
}

// GoalReport is one goal in the report.
type GoalReport struct {
	ID              int             `json:"id"`
	Title           string          `json:"title"`
	TitleJA         string          `json:"title_ja"` // the Japanese title (a translation until JAW confirms it)
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

// CountryReport is how a country's tracked partners stand on each goal.
type CountryReport struct {
	Code    string              `json:"code"`
	Name    string              `json:"name"`
	NameJA  string              `json:"name_ja"`
	Tracked int                 `json:"tracked"`
	Goals   []CountryGoalReport `json:"goals"`
}

// CountryGoalReport is one goal of a CountryReport.
type CountryGoalReport struct {
	Goal        int `json:"goal"`
	AtFramework int `json:"at_framework"`
	Assessed    int `json:"assessed"`
}

// PartnerRef names a partner in the report.
type PartnerRef struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	ShortName   string `json:"short_name,omitempty"`
	Country     string `json:"country"`
	LastContact string `json:"last_contact,omitempty"`
}

func partnerReport(p store.Partner) PartnerRef {
	return PartnerRef{ID: p.ID, Name: p.Name, ShortName: p.ShortName, Country: p.CountryCode, LastContact: p.LastContact}
}

// PeriodReport is what happened in the period of a report.
type PeriodReport struct {
	Since        string              `json:"since"`
	Until        string              `json:"until"`
	Entries      int                 `json:"entries"`
	ByCountry    []PeriodCountry     `json:"by_country"`
	StageChanges []StageChangeReport `json:"stage_changes"`
	Opened       []int64             `json:"requests_opened"`
	Answered     []int64             `json:"requests_answered"`
	Closed       []int64             `json:"requests_closed"`
	Done         []int64             `json:"actions_done"`
	Overdue      []int64             `json:"actions_overdue"`
}

// PeriodCountry counts a country's entries in the period.
type PeriodCountry struct {
	Code     string          `json:"code"`
	Entries  int             `json:"entries"`
	Partners []PeriodPartner `json:"partners"`
}

// PeriodPartner counts a partner's entries in the period.
type PeriodPartner struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Entries int    `json:"entries"`
}

// StageChangeReport is an assessment of the period and the stage it
// followed (from: null for a first one).
type StageChangeReport struct {
	Partner int64  `json:"partner_id"`
	Goal    int    `json:"goal"`
	From    *int   `json:"from"`
	To      int    `json:"to"`
	Date    string `json:"date"`
	Author  string `json:"author"`
}

// PaperJSON turns a meeting paper into the report document: ReportJSON's,
// and the partners at the framework by country, every stale partner, and
// the period.
func PaperJSON(p store.Paper) Report {
	r := ReportJSON(p.Dashboard)
	r.Countries, r.Stale = []CountryReport{}, []PartnerRef{}
	for _, c := range p.Framework {
		cr := CountryReport{Code: c.Country.Code, Name: c.Country.NameEN, NameJA: c.Country.NameJA, Tracked: c.Tracked, Goals: []CountryGoalReport{}}
		for _, g := range p.Goals {
			cr.Goals = append(cr.Goals, CountryGoalReport{g.Goal.ID, c.AtFramework[g.Goal.ID], c.Assessed[g.Goal.ID]})
		}
		r.Countries = append(r.Countries, cr)
	}
	for _, s := range p.StaleAll {
		r.Stale = append(r.Stale, partnerReport(s))
	}
	if pe := p.Period; pe != nil {
		pr := &PeriodReport{Since: pe.Since, Until: pe.Until, Entries: pe.Entries, ByCountry: []PeriodCountry{},
			StageChanges: []StageChangeReport{}}
		for _, c := range pe.ByCountry {
			pc := PeriodCountry{Code: c.Country.Code, Entries: c.Entries, Partners: []PeriodPartner{}}
			for _, pp := range c.Partners {
				pc.Partners = append(pc.Partners, PeriodPartner{pp.Partner.ID, pp.Partner.Label(), pp.Entries})
			}
			pr.ByCountry = append(pr.ByCountry, pc)
		}
		for _, c := range pe.StageChanges {
			sc := StageChangeReport{Partner: c.Partner.ID, Goal: c.GoalID, To: c.To, Date: c.Date, Author: c.Author}
			if c.From >= 0 {
				from := c.From
				sc.From = &from
			}
			pr.StageChanges = append(pr.StageChanges, sc)
		}
		ids := func(es []store.Entry) []int64 {
			out := []int64{}
			for _, e := range es {
				out = append(out, e.ID)
			}
			return out
		}
		actions := func(as []store.Action) []int64 {
			out := []int64{}
			for _, a := range as {
				out = append(out, a.ID)
			}
			return out
		}
		pr.Opened, pr.Answered, pr.Closed = ids(pe.Opened), ids(pe.Answered), ids(pe.Closed)
		pr.Done, pr.Overdue = actions(pe.Done), actions(pe.Overdue)
		r.Period = pr
	}
	return r
}

// Brief is the JSON document of a brief (report --partner, --country).
type Brief struct {
	AsOf     string         `json:"as_of"`
	Partners []PartnerBrief `json:"partners"`
}

// PartnerBrief is one partner of a brief.
type PartnerBrief struct {
	Partner      PartnerRef   `json:"partner"`
	Stages       []BriefStage `json:"stages"`
	Entries      []entryJSON  `json:"last_entries"`
	EntriesTotal int          `json:"entries_total"`
	OpenRequests []entryJSON  `json:"open_requests"`
	Actions      []actionJSON `json:"open_actions"`
}

// BriefStage is a partner's history on one goal, oldest first.
type BriefStage struct {
	Goal    int               `json:"goal"`
	History []BriefAssessment `json:"history"`
}

// BriefAssessment is one assessment in a brief.
type BriefAssessment struct {
	Stage  int    `json:"stage"`
	Date   string `json:"date"`
	Author string `json:"author"`
	Note   string `json:"note"`
}

// BriefJSON turns a brief into its JSON document.
func BriefJSON(b store.Brief) Brief {
	out := Brief{AsOf: b.AsOf, Partners: []PartnerBrief{}}
	for _, pb := range b.Partners {
		j := PartnerBrief{Partner: partnerReport(pb.Partner), Stages: []BriefStage{}, Entries: entriesJSON(pb.Entries),
			EntriesTotal: pb.EntriesTotal, OpenRequests: entriesJSON(pb.OpenRequests), Actions: actionsJSON(pb.Actions)}
		for _, a := range pb.History {
			if n := len(j.Stages); n == 0 || j.Stages[n-1].Goal != a.GoalID {
				j.Stages = append(j.Stages, BriefStage{Goal: a.GoalID})
			}
			st := &j.Stages[len(j.Stages)-1]
			st.History = append(st.History, BriefAssessment{a.Stage, a.Date, a.Author, a.Note})
		}
		out.Partners = append(out.Partners, j)
	}
	return out
}

// ReportJSON turns a dashboard into the report document.
func ReportJSON(d store.Dashboard) Report {
	r := Report{AsOf: d.AsOf, Partners: d.Partners, Entries: d.Entries, Goals: []GoalReport{},
		StalePartners: d.StaleTotal, OverdueActions: d.Overdue}
	for _, g := range d.Goals {
		gr := GoalReport{ID: g.Goal.ID, Title: g.Goal.Title, TitleJA: g.Goal.TitleJA, Target: g.Goal.Target, Status: string(g.Status),
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
