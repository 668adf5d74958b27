package render

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"vision2030/i18n"
	"vision2030/store"
)

// The meeting paper as one self-contained HTML page: its style and its
// charts (SVG) inline, nothing fetched, a print style for A4 paper, in the
// reader's language. html/template escapes every word from the database
// for where it stands. Figures carry data-figure attributes (and the goal,
// country or year they belong to), so that a test can read them back.

// htmlPage is what the page template is given.
type htmlPage struct {
	Lang, Title, AsOf, YearsLeft, Ideal string
	T                                   *i18n.Catalogue
	Goals                               []htmlGoal
	GoalHeads                           []string // "Goal 1"…
	Quarters                            []htmlQuarter
	StageChart                          htmlStageChart
	Framework                           []htmlFramework
	Requests                            [][]string
	RequestYears                        []string
	Due                                 []string
	DueMore                             string
	StaleCount, StaleHeading            string
	Stale                               []htmlStale
	Period                              *htmlPeriod
	Generated                           string
}

type htmlGoal struct {
	ID                                                                    int
	Title, Progress, AtFramework, Tracked, Assessed, Target, Status, Proj string
	StatusClass                                                           string
	Stages                                                                []string
	Chart                                                                 htmlLineChart
}

type htmlQuarter struct {
	Label  string
	Values []string
}

type htmlFramework struct {
	Code, Name, Tracked string
	Cells               []htmlCell
}

type htmlCell struct {
	Goal int
	Text string
}

type htmlStale struct {
	ID                         int64
	Name, Country, LastContact string
}

type htmlPeriod struct {
	Heading, Entries string
	Count            int
	Confirmed        string // assessments that changed no stage, in words; "" for none
	ConfirmedN       int
	ByCountry        []htmlCountryEntries
	Changes          []htmlChange
	Requests         []htmlEntryList
	Actions          []htmlActionList
}

type htmlCountryEntries struct {
	Code, Name string
	Entries    int
	Partners   []htmlPartnerEntries
}

type htmlPartnerEntries struct {
	ID      int64
	Name    string
	Entries int
}

type htmlChange struct {
	Date, Partner, Goal, Change, By, Note string
}

type htmlEntryList struct {
	Key, Heading string
	Rows         []htmlEntryRow
}

type htmlEntryRow struct {
	ID                    int64
	Date, Title, Partners string
}

type htmlActionList struct {
	Key, Heading string
	Rows         []htmlActionRow
}

type htmlActionRow struct {
	ID          int64
	Line, Entry string
}

// htmlLineChart is a goal's quarterly history drawn as a line.
type htmlLineChart struct {
	Title                   string
	W, H                    int
	Left, Top, PlotW, PlotH int
	Right, Bottom           int
	MidX, MidY              float64
	Points                  string // "x,y x,y"
	Dots                    []htmlDot
	TargetY                 float64
	TargetLabel             string
	Ticks                   []htmlTick // y axis
	Labels                  []htmlTick // x axis
	Empty                   bool
}

type htmlDot struct {
	X, Y  float64
	Label string
}

type htmlTick struct {
	X, Y   float64
	Label  string
	Anchor string // of a label on the x axis: start, middle, end
}

// htmlStageChart is how the tracked partners stand on each goal: a bar of
// stages per goal.
type htmlStageChart struct {
	Title  string
	W, H   int
	Bars   []htmlBar
	Legend []htmlLegend
}

type htmlBar struct {
	Goal     int
	Label    string
	Y        float64
	Segments []htmlSegment
}

type htmlSegment struct {
	X, W  float64
	Class string
	Stage string // 0–4, or "na"
	N     int
	Title string
}

type htmlLegend struct {
	X     float64
	Class string
	Label string
}

// PaperHTML writes the meeting paper p as one self-contained HTML page.
func PaperHTML(w io.Writer, t *i18n.Catalogue, p store.Paper, now time.Time) error {
	d := p.Dashboard
	page := htmlPage{Lang: t.Lang, T: t, Title: t.VisionName + " — " + t.MdTitle, AsOf: fmt.Sprintf(t.AsOf, d.AsOf),
		YearsLeft: YearsLeft(t, now), Ideal: t.Ideal, Generated: fmt.Sprintf(t.HTMLGenerated, now.Format("2006-01-02 15:04"))}
	qs, values := quarters(d)
	for _, g := range d.Goals {
		hg := htmlGoal{ID: g.Goal.ID, Title: goalTitle(t, g.Goal), Progress: t.NoValue, Proj: t.NoValue,
			AtFramework: strconv.Itoa(g.AtFramework), Tracked: strconv.Itoa(g.Tracked), Assessed: strconv.Itoa(g.Assessed),
			Target: pct(g.Goal.Target), Status: t.Statuses[g.Status], StatusClass: strings.ReplaceAll(string(g.Status), "_", "-")}
		if v, ok := g.Progress(); ok {
			hg.Progress = pct(v)
		}
		if g.HasProjection {
			hg.Proj = pct(g.Projection)
		}
		for _, n := range g.AtStage {
			hg.Stages = append(hg.Stages, strconv.Itoa(n))
		}
		hg.Chart = lineChart(t, g)
		page.Goals = append(page.Goals, hg)
		page.GoalHeads = append(page.GoalHeads, fmt.Sprintf("%s %d", t.MdGoal, g.Goal.ID))
	}
	for _, q := range qs {
		hq := htmlQuarter{Label: t.QuarterLabel(q)}
		for _, g := range d.Goals {
			v, ok := values[g.Goal.ID][q]
			if ok {
				hq.Values = append(hq.Values, pct(v))
			} else {
				hq.Values = append(hq.Values, t.NoValue)
			}
		}
		page.Quarters = append(page.Quarters, hq)
	}
	page.StageChart = stageChart(t, d)
	for _, c := range p.Framework {
		hf := htmlFramework{Code: c.Country.Code, Name: countryName(t, c.Country), Tracked: strconv.Itoa(c.Tracked)}
		for _, g := range d.Goals {
			hf.Cells = append(hf.Cells, htmlCell{Goal: g.Goal.ID, Text: fmt.Sprintf(t.RpFrameworkCell, c.AtFramework[g.Goal.ID], c.Tracked)})
		}
		page.Framework = append(page.Framework, hf)
	}
	if d.Requests.Overall.Count > 0 {
		rows := requestRows(t, d.Requests)
		page.Requests = rows
		for _, y := range d.Requests.PerYear {
			page.RequestYears = append(page.RequestYears, strconv.Itoa(y.Year))
		}
		page.RequestYears = append(page.RequestYears, "all")
	}
	due, more := dueActions(p)
	for _, a := range due {
		page.Due = append(page.Due, actionLine(t, a, d.AsOf)+" ("+fmt.Sprintf(t.RpEntryRef, a.EntryID, a.EntryTitle)+")")
	}
	if more > 0 {
		page.DueMore = fmt.Sprintf(t.RpAndMore, more)
	}
	page.StaleHeading = fmt.Sprintf(t.RpStale, store.StaleDays)
	page.StaleCount = fmt.Sprintf(t.RpStaleCount, max(d.StaleTotal, len(p.StaleAll)), d.Partners)
	for _, s := range p.StaleAll {
		page.Stale = append(page.Stale, htmlStale{ID: s.ID, Name: s.Label(), Country: countryOf(t, s.CountryCode, d.Countries),
			LastContact: lastContact(t, s)})
	}
	if pe := p.Period; pe != nil {
		hp := &htmlPeriod{Heading: fmt.Sprintf(t.RpPeriod, pe.Since, pe.Until), Entries: t.RpPeriodEntries.N(pe.Entries), Count: pe.Entries,
			ConfirmedN: pe.Confirmed}
		if pe.Confirmed > 0 {
			hp.Confirmed = t.RpConfirmed.N(pe.Confirmed)
		}
		for _, c := range pe.ByCountry {
			hc := htmlCountryEntries{Code: c.Country.Code, Name: countryName(t, c.Country), Entries: c.Entries}
			for _, pp := range c.Partners {
				hc.Partners = append(hc.Partners, htmlPartnerEntries{ID: pp.Partner.ID, Name: pp.Partner.Label(), Entries: pp.Entries})
			}
			hp.ByCountry = append(hp.ByCountry, hc)
		}
		for _, c := range pe.StageChanges {
			hp.Changes = append(hp.Changes, htmlChange{Date: c.Date, Partner: c.Partner.Label(), Goal: goalShort(t, d.Goals, c.GoalID),
				Change: stageChange(t, c), By: c.Author, Note: c.Note})
		}
		for _, r := range []struct {
			key, heading string
			list         []store.Entry
			date         func(store.Entry) string
		}{
			{"opened", t.RpOpened, pe.Opened, func(e store.Entry) string { return or(e.Opened, e.Date) }},
			{"answered", t.RpAnswered, pe.Answered, func(e store.Entry) string { return e.FirstResponse }},
			{"closed", t.RpClosed, pe.Closed, func(e store.Entry) string { return e.Closed }},
		} {
			l := htmlEntryList{Key: r.key, Heading: r.heading}
			for _, e := range r.list {
				l.Rows = append(l.Rows, htmlEntryRow{ID: e.ID, Date: r.date(e), Title: e.Title, Partners: partnerLabels(e)})
			}
			hp.Requests = append(hp.Requests, l)
		}
		for _, r := range []struct {
			key, heading string
			list         []store.Action
		}{{"done", t.RpActionsDone, pe.Done}, {"overdue", t.RpActionsOverdue, pe.Overdue}} {
			l := htmlActionList{Key: r.key, Heading: r.heading}
			for _, a := range r.list {
				l.Rows = append(l.Rows, htmlActionRow{ID: a.ID, Line: actionLine(t, a, pe.Until), Entry: fmt.Sprintf(t.RpEntryRef, a.EntryID, a.EntryTitle)})
			}
			hp.Actions = append(hp.Actions, l)
		}
		page.Period = hp
	}
	var buf bytes.Buffer
	if err := paperTemplate().Execute(&buf, page); err != nil {
		return err
	}
	_, err := w.Write(htmlControls(buf.Bytes()))
	return err
}

// htmlControls shows the control characters of a page (C0 and C1 controls,
// DEL, bidi and format controls) as the placeholders Line shows them as,
// escaped for HTML: ESC as ␛, U+202E as &lt;U+202E&gt;. html/template
// escapes markup, not these, and a browser, a printer or a terminal showing
// the file would act on them. The page's own text holds no control
// character but newlines and tabs, which are kept, so every other one is
// from user text.
func htmlControls(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page))
	for i := 0; i < len(page); {
		r, size := utf8.DecodeRune(page[i:])
		p, ok := controlPicture(r)
		switch {
		case r == '\n' || r == '\t' || r == '\r' && i+1 < len(page) && page[i+1] == '\n':
			out.WriteByte(byte(r))
		case ok:
			out.WriteString(html.EscapeString(p))
		default:
			out.Write(page[i : i+size])
		}
		i += size
	}
	return out.Bytes()
}

// lineChart draws a goal's history: progress at the end of each quarter,
// 0–100 %, with its 2030 target.
func lineChart(t *i18n.Catalogue, g store.GoalSummary) htmlLineChart {
	c := htmlLineChart{Title: fmt.Sprintf(t.HTMLHistoryChart, g.Goal.ID), W: 320, H: 150, Left: 34, Top: 10, PlotH: 110}
	h := g.History
	// Room on the right for half the last quarter's label, centred under
	// its point.
	pad := 6
	if len(h) > 0 {
		pad = max(pad, int(math.Ceil(labelWidth(t.QuarterLabel(h[len(h)-1].Quarter))/2))+2)
	}
	c.PlotW = c.W - c.Left - pad
	c.Right, c.Bottom = c.Left+c.PlotW, c.Top+c.PlotH
	c.MidX, c.MidY = float64(c.Left)+float64(c.PlotW)/2, float64(c.Top)+float64(c.PlotH)/2
	y := func(v float64) float64 { return float64(c.Top) + float64(c.PlotH)*(1-v) }
	for _, v := range []float64{0, 0.5, 1} {
		c.Ticks = append(c.Ticks, htmlTick{X: float64(c.Left - 4), Y: y(v), Label: pct(v)})
	}
	c.TargetY, c.TargetLabel = y(g.Goal.Target), fmt.Sprintf(t.HTMLTargetLine, 100*g.Goal.Target)
	if len(h) == 0 {
		c.Empty = true
		return c
	}
	step := float64(c.PlotW)
	if len(h) > 1 {
		step = float64(c.PlotW) / float64(len(h)-1)
	}
	x := func(i int) float64 {
		if len(h) == 1 {
			return float64(c.Left) + float64(c.PlotW)/2
		}
		return float64(c.Left) + step*float64(i)
	}
	var pts []string
	for i, q := range h {
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(q.Progress)))
		c.Dots = append(c.Dots, htmlDot{X: x(i), Y: y(q.Progress), Label: t.QuarterLabel(q.Quarter) + ": " + pct(q.Progress)})
	}
	c.Points = strings.Join(pts, " ")
	// Label the last quarter and every k-th before it, all centred under
	// their points: k is the fewest quarters apart that the widest label
	// fits in with a gap, and 1, 2, 4 or a multiple of 4, so that the
	// labels fall on the same quarter of each year. A label that would
	// stick out of the chart on the left is left out.
	widest := 0.0
	for _, q := range h {
		widest = max(widest, labelWidth(t.QuarterLabel(q.Quarter)))
	}
	k := 1
	for float64(k)*step < widest+labelGap && k < len(h) {
		if k < 4 {
			k *= 2
		} else {
			k += 4
		}
	}
	for i := len(h) - 1; i >= 0; i -= k {
		label := t.QuarterLabel(h[i].Quarter)
		if x(i)-labelWidth(label)/2 < 0 {
			break
		}
		c.Labels = append([]htmlTick{{X: x(i), Y: float64(c.Bottom + 14), Label: label, Anchor: "middle"}}, c.Labels...)
	}
	return c
}

// Labels on a chart's axis: their estimated width (10 px type: about 6 px
// a cell, 12 a wide character), and the least space between two.
const (
	labelCell = 6.2
	labelGap  = 8.0
)

// labelWidth is about how wide label s is drawn, in pixels.
func labelWidth(s string) float64 { return labelCell * float64(Width(s)) }

// stageChart draws, for each goal, its tracked partners by stage (and
// those not assessed) as one bar.
func stageChart(t *i18n.Catalogue, d store.Dashboard) htmlStageChart {
	c := htmlStageChart{Title: t.HTMLStageChart, W: 660}
	const left, width, barH, gap = 70.0, 580.0, 22.0, 12.0
	for i, g := range d.Goals {
		b := htmlBar{Goal: g.Goal.ID, Label: fmt.Sprintf("%s %d", t.MdGoal, g.Goal.ID), Y: 10 + float64(i)*(barH+gap)}
		total := float64(max(g.Tracked, 1))
		x := left
		add := func(n int, stage, class, title string) {
			if n == 0 {
				return
			}
			w := width * float64(n) / total
			b.Segments = append(b.Segments, htmlSegment{X: x, W: w, Class: class, Stage: stage, N: n, Title: fmt.Sprintf("%s: %d", title, n)})
			x += w
		}
		for s, n := range g.AtStage {
			add(n, strconv.Itoa(s), "s"+strconv.Itoa(s), strconv.Itoa(s))
		}
		add(g.Unassessed(), "na", "na", t.HTMLUnassessed)
		c.Bars = append(c.Bars, b)
	}
	legendY := 10 + float64(len(d.Goals))*(barH+gap)
	c.H = int(legendY) + 24
	for s := 0; s <= store.MaxStage; s++ {
		c.Legend = append(c.Legend, htmlLegend{X: left + float64(s)*80, Class: "s" + strconv.Itoa(s), Label: strconv.Itoa(s)})
	}
	c.Legend = append(c.Legend, htmlLegend{X: left + 5*80, Class: "na", Label: t.HTMLUnassessed})
	return c
}

// paperTemplate is parsed the first time a paper is written, not in every
// process that starts.
var paperTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("paper").Funcs(template.FuncMap{
		"legendY": func(c htmlStageChart) float64 { return float64(c.H) - 16 },
		"add":     func(a, b float64) float64 { return a + b },
		"sub1":    func(i int) int { return i - 1 },
		"half":    func(v float64) float64 { return v / 2 },
		"f":       func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
	}).Parse(paperHTML))
})

const paperHTML = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
:root { --ink: #1c2430; --muted: #5a6472; --line: #d5dbe3; --band: #f3f5f8; --accent: #1f5fa8;
  --s0: #d9534f; --s1: #f0ad4e; --s2: #f7d774; --s3: #8cc56f; --s4: #2e8b57; --na: #c9ced6; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP",
  "Yu Gothic", Meiryo, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.asof { color: var(--muted); margin: 0 0 .6rem; }
blockquote { margin: .6rem 0 1rem; padding: .4rem .8rem; border-left: 4px solid var(--accent); background: var(--band); font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.country td { font-weight: 600; background: #fafbfc; }
.note { color: var(--muted); font-size: .85rem; }
.status { white-space: nowrap; padding: .05rem .4rem; border-radius: .6rem; font-size: .85rem; }
.on-track { background: #dff0d8; } .at-risk { background: #fcf3cf; } .off-track { background: #f8d7da; } .no-data { background: #e9ecef; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: .8rem; }
figure { margin: 0; }
figcaption { font-size: .85rem; color: var(--muted); margin-bottom: .2rem; }
svg { max-width: 100%; height: auto; font-family: inherit; }
svg text { font-size: 10px; fill: var(--muted); }
svg .axis { stroke: var(--line); }
svg .target { stroke: var(--accent); stroke-dasharray: 4 3; }
svg .line { fill: none; stroke: var(--ink); stroke-width: 2; }
svg .dot { fill: var(--ink); }
svg text.count { fill: var(--ink); font-size: 11px; }
td.title { min-width: 16rem; }
.sub { color: var(--muted); font-size: .8rem; }
.s0 { fill: var(--s0); } .s1 { fill: var(--s1); } .s2 { fill: var(--s2); } .s3 { fill: var(--s3); } .s4 { fill: var(--s4); } .na { fill: var(--na); }
ul { padding-left: 1.2rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; }
  tr, figure, blockquote { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .charts { grid-template-columns: repeat(3, 1fr); }
  section { break-inside: auto; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg, .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="asof" data-figure="as-of">{{.AsOf}} · {{.YearsLeft}}</p>
<blockquote>{{.Ideal}}</blockquote>
</header>

<section id="goals">
<h2>{{.T.RpGoals}}</h2>
<table>
<thead><tr><th>#</th><th>{{.T.MdGoal}}</th><th class="num">{{.T.XLProgress}}<br><span class="sub">{{.T.HTMLProgressSub}}</span></th><th class="num">{{.T.MdTarget}}</th>
<th>{{.T.MdStatus}}</th><th class="num">{{.T.MdProjection}}</th></tr></thead>
<tbody>
{{range .Goals}}<tr data-goal="{{.ID}}"><td>{{.ID}}</td><td class="title">{{.Title}}</td>
<td class="num"><b data-figure="progress">{{.Progress}}</b><br><span class="sub"><span data-figure="at-framework">{{.AtFramework}}</span>/<span data-figure="tracked">{{.Tracked}}</span> · <span data-figure="assessed">{{.Assessed}}</span></span></td>
<td class="num" data-figure="target">{{.Target}}</td><td><span class="status {{.StatusClass}}" data-figure="status">{{.Status}}</span></td>
<td class="num" data-figure="projection">{{.Proj}}</td></tr>
{{end}}</tbody>
</table>
<p class="note">{{.T.MdStagesNote}}</p>

<figure>
<figcaption>{{.StageChart.Title}}</figcaption>
<svg viewBox="0 0 {{.StageChart.W}} {{.StageChart.H}}" width="{{.StageChart.W}}" height="{{.StageChart.H}}" role="img" aria-label="{{.StageChart.Title}}" xmlns="http://www.w3.org/2000/svg">
{{range $b := .StageChart.Bars}}<text x="0" y="{{f (add $b.Y 15)}}">{{$b.Label}}</text>
{{range $b.Segments}}<rect class="{{.Class}}" x="{{f .X}}" y="{{f $b.Y}}" width="{{f .W}}" height="22" data-goal="{{$b.Goal}}" data-figure="stage-{{.Stage}}" data-value="{{.N}}"><title>{{.Title}}</title></rect>{{if ge .W 16.0}}<text class="count" x="{{f (add .X (half .W))}}" y="{{f (add $b.Y 15)}}" text-anchor="middle">{{.N}}</text>{{end}}{{end}}
{{end}}{{range .StageChart.Legend}}<rect class="{{.Class}}" x="{{f .X}}" y="{{f (legendY $.StageChart)}}" width="10" height="10"/><text x="{{f (add .X 14)}}" y="{{f (add (legendY $.StageChart) 9)}}">{{.Label}}</text>
{{end}}</svg>
</figure>

<div class="charts">
{{range .Goals}}<figure data-goal="{{.ID}}">
<figcaption>{{.Chart.Title}}</figcaption>
<svg viewBox="0 0 {{.Chart.W}} {{.Chart.H}}" width="{{.Chart.W}}" height="{{.Chart.H}}" role="img" aria-label="{{.Chart.Title}}" xmlns="http://www.w3.org/2000/svg">
<line class="axis" x1="{{.Chart.Left}}" y1="{{.Chart.Top}}" x2="{{.Chart.Left}}" y2="{{.Chart.Bottom}}"/>
<line class="axis" x1="{{.Chart.Left}}" y1="{{.Chart.Bottom}}" x2="{{.Chart.Right}}" y2="{{.Chart.Bottom}}"/>
{{range .Chart.Ticks}}<text x="{{f .X}}" y="{{f (add .Y 3)}}" text-anchor="end">{{.Label}}</text>{{end}}
<line class="target" x1="{{.Chart.Left}}" y1="{{f .Chart.TargetY}}" x2="{{.Chart.Right}}" y2="{{f .Chart.TargetY}}"><title>{{.Chart.TargetLabel}}</title></line>
{{if .Chart.Empty}}<text x="{{f .Chart.MidX}}" y="{{f .Chart.MidY}}" text-anchor="middle">{{$.T.NoValue}}</text>
{{else}}<polyline class="line" points="{{.Chart.Points}}"/>
{{range .Chart.Dots}}<circle class="dot" cx="{{f .X}}" cy="{{f .Y}}" r="2.5"><title>{{.Label}}</title></circle>{{end}}
{{range .Chart.Labels}}<line class="axis" x1="{{f .X}}" y1="{{f (add .Y -14.0)}}" x2="{{f .X}}" y2="{{f (add .Y -10.0)}}"/><text x="{{f .X}}" y="{{f .Y}}" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}{{end}}
</svg>
</figure>
{{end}}</div>

{{if .Quarters}}<h3>{{.T.MdHistory}}</h3>
<table>
<thead><tr><th>{{.T.MdQuarter}}</th>{{range .GoalHeads}}<th class="num">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Quarters}}<tr><td>{{.Label}}</td>{{range .Values}}<td class="num">{{.}}</td>{{end}}</tr>
{{end}}</tbody>
</table>{{end}}
</section>

{{if .Framework}}<section id="framework">
<h2>{{.T.RpFramework}}</h2>
<p class="note">{{.T.RpFrameworkNote}}</p>
<table>
<thead><tr><th>{{.T.RpCountry}}</th><th class="num">{{.T.RpTracked}}</th>{{range .GoalHeads}}<th class="num">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Framework}}<tr data-country="{{.Code}}"><td>{{.Name}}</td><td class="num" data-figure="country-tracked">{{.Tracked}}</td>
{{range .Cells}}<td class="num" data-goal="{{.Goal}}" data-figure="country-at-framework">{{.Text}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
</section>{{end}}

<section id="requests">
<h2>{{.T.RpRequests}}</h2>
{{if .Requests}}<table>
<thead><tr>{{range $i, $h := index .Requests 0}}<th{{if $i}} class="num"{{end}}>{{$h}}</th>{{end}}</tr></thead>
<tbody>
{{range $i, $r := .Requests}}{{if $i}}<tr data-year="{{index $.RequestYears (sub1 $i)}}">{{range $j, $c := $r}}<td{{if $j}} class="num"{{end}}{{if eq $j 1}} data-figure="requests"{{end}}>{{$c}}</td>{{end}}</tr>
{{end}}{{end}}</tbody>
</table>{{else}}<p>{{.T.RpNoRequests}}</p>{{end}}
</section>

<section id="due">
<h2>{{.T.RpDue}}</h2>
{{if .Due}}<ul>{{range .Due}}<li>{{.}}</li>{{end}}{{if .DueMore}}<li>{{.DueMore}}</li>{{end}}</ul>{{else}}<p>{{.T.RpNoDue}}</p>{{end}}
</section>

<section id="stale">
<h2>{{.StaleHeading}}</h2>
{{if .Stale}}<p data-figure="stale-count">{{.StaleCount}}</p>
<table>
<thead><tr><th>{{.T.RpPartner}}</th><th>{{.T.RpCountry}}</th><th>{{.T.RpLastContact}}</th></tr></thead>
<tbody>
{{range .Stale}}<tr data-partner="{{.ID}}"><td data-figure="stale">{{.Name}}</td><td>{{.Country}}</td><td>{{.LastContact}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p>{{.T.RpNoStale}}</p>{{end}}
</section>

{{with .Period}}<section id="period">
<h2>{{.Heading}}</h2>
<p data-figure="period-entries" data-value="{{.Count}}">{{.Entries}}</p>
<h3>{{$.T.RpByCountry}}</h3>
{{if .ByCountry}}<table>
<thead><tr><th>{{$.T.RpCountry}}</th><th>{{$.T.RpPartner}}</th><th class="num">{{$.T.RpEntries}}</th></tr></thead>
<tbody>
{{range .ByCountry}}<tr class="country" data-country="{{.Code}}"><td>{{.Name}}</td><td></td><td class="num" data-figure="country-entries">{{.Entries}}</td></tr>
{{range .Partners}}<tr data-partner="{{.ID}}"><td></td><td>{{.Name}}</td><td class="num" data-figure="partner-entries">{{.Entries}}</td></tr>
{{end}}{{end}}</tbody>
</table>{{else}}<p>{{$.T.RpNoEntries}}</p>{{end}}
<h3>{{$.T.RpStageChanges}}</h3>
{{if .Changes}}<table>
<thead><tr><th>{{$.T.RpDate}}</th><th>{{$.T.RpPartner}}</th><th>{{$.T.RpGoal}}</th><th>{{$.T.RpChange}}</th><th>{{$.T.RpBy}}</th><th>{{$.T.RpNote}}</th></tr></thead>
<tbody>
{{range .Changes}}<tr data-figure="stage-change"><td>{{.Date}}</td><td>{{.Partner}}</td><td>{{.Goal}}</td><td>{{.Change}}</td><td>{{.By}}</td><td>{{.Note}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p>{{$.T.RpNoStageChanges}}</p>{{end}}
{{if .Confirmed}}<p class="note" data-figure="stages-confirmed" data-value="{{.ConfirmedN}}">{{.Confirmed}}</p>{{end}}
{{range .Requests}}<h3>{{.Heading}} (<span data-figure="requests-{{.Key}}">{{len .Rows}}</span>)</h3>
{{if .Rows}}<table>
<thead><tr><th>{{$.T.RpDate}}</th><th>{{$.T.RpTitle}}</th><th>{{$.T.RpPartners}}</th></tr></thead>
<tbody>
{{range .Rows}}<tr data-entry="{{.ID}}"><td>{{.Date}}</td><td>#{{.ID}} {{.Title}}</td><td>{{.Partners}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p>{{$.T.RpNone}}</p>{{end}}
{{end}}
{{range .Actions}}<h3>{{.Heading}} (<span data-figure="actions-{{.Key}}">{{len .Rows}}</span>)</h3>
{{if .Rows}}<ul>{{range .Rows}}<li data-action="{{.ID}}">{{.Line}} ({{.Entry}})</li>{{end}}</ul>{{else}}<p>{{$.T.RpNone}}</p>{{end}}
{{end}}
</section>{{end}}

<footer>{{.Generated}}</footer>
</body>
</html>
`
