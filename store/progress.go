package store

import (
	"context"
	"math"
	"sort"
	"time"
)

// GoalStatus says whether a goal is on track for its 2030 target.
type GoalStatus string

// The goal statuses.
const (
	OnTrack  GoalStatus = "on_track"  // projection at or above target
	AtRisk   GoalStatus = "at_risk"   // projection at or above AtRiskShare of target
	OffTrack GoalStatus = "off_track" // below that
	NoData   GoalStatus = "no_data"   // no active partner assessed on the goal
)

// AtRiskShare is the share of its target a goal's projection must reach to
// be at risk rather than off track.
const AtRiskShare = 0.8

// ProjectionQuarters is how many of the latest quarterly values the 2030
// projection is fitted to.
const ProjectionQuarters = 8

// ProjectionDate is the day the projection looks to.
const ProjectionDate = "2030-12-31"

// QuarterPoint is a goal's progress at the end of a quarter, or on the as-of
// day for the quarter under way.
type QuarterPoint struct {
	Quarter  string // FiscalYear.QuarterToken: "2025Q1", or "FY2025Q1" when the year starts in another month
	Date     string // the day the value is taken on
	Progress float64
	Assessed int
}

// quarterDates returns, for every quarter of fy from the one holding first
// to the one holding asOf, its token (FiscalYear.QuarterToken) and the day
// its value is taken on: the quarter's last day, or asOf for the quarter
// under way.
func quarterDates(fy FiscalYear, first, asOf time.Time) (labels, dates []string) {
	asOfDay := dateOf(asOf)
	for d := dateOf(first); ; {
		y, q, end := fy.Quarter(d)
		label := fy.QuarterToken(y, q)
		if !end.Before(asOfDay) {
			labels, dates = append(labels, label), append(dates, asOfDay.Format(DateLayout))
			return labels, dates
		}
		labels, dates = append(labels, label), append(dates, end.Format(DateLayout))
		d = end.AddDate(0, 0, 1)
	}
}

// Project fits a least-squares straight line to the last ProjectionQuarters
// points (by date) and returns its value on ProjectionDate, held to 0–1. One
// point projects flat; none gives false.
func Project(points []QuarterPoint) (float64, bool) {
	if len(points) == 0 {
		return 0, false
	}
	if len(points) > ProjectionQuarters {
		points = points[len(points)-ProjectionQuarters:]
	}
	target, _ := ParseDate(ProjectionDate)
	years := func(day string) float64 {
		t, _ := ParseDate(day)
		return float64(t.Unix()) / (365.25 * 24 * 3600)
	}
	n := float64(len(points))
	var mx, my float64
	for _, p := range points {
		mx += years(p.Date)
		my += p.Progress
	}
	mx, my = mx/n, my/n
	var sxy, sxx float64
	for _, p := range points {
		dx := years(p.Date) - mx
		sxy += dx * (p.Progress - my)
		sxx += dx * dx
	}
	slope := 0.0
	if sxx > 0 {
		slope = sxy / sxx
	}
	v := my + slope*(float64(target.Unix())/(365.25*24*3600)-mx)
	return math.Min(math.Max(v, 0), 1), true
}

// Status is where a projection stands against a target.
func Status(projection float64, ok bool, target float64) GoalStatus {
	const eps = 1e-9
	switch {
	case !ok:
		return NoData
	case projection+eps >= target:
		return OnTrack
	case projection+eps >= AtRiskShare*target:
		return AtRisk
	}
	return OffTrack
}

// latestStage is the SQL for partner p's latest assessment on a goal on or
// before a day (parameters: goal, day), one look into the assessments'
// index per partner: column stage of the subquery, and its date with
// stageDate.
const (
	latestStage = `(SELECT a.stage FROM assessments a WHERE a.partner_id = p.id AND a.goal_id = ? AND a.date <= ?
		ORDER BY a.date DESC, a.id DESC LIMIT 1)`
	latestStageDate = `(SELECT a.date FROM assessments a WHERE a.partner_id = p.id AND a.goal_id = ? AND a.date <= ?
		ORDER BY a.date DESC, a.id DESC LIMIT 1)`
)

// stages fills each goal's stage counts, coverage, quarterly history,
// projection and status as of asOf, from one pass over the assessments of
// tracked active partners. History uses today's tracked and archived flags:
// past quarters are restated when they change. Quarters follow the fiscal
// year setting.
func (s *Store) stages(ctx context.Context, q querier, goals []GoalSummary, asOf time.Time) error {
	day := asOf.Format(DateLayout)
	fy, err := fiscalYear(ctx, q)
	if err != nil {
		return err
	}
	var tracked int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM partners WHERE archived = 0 AND tracked = 1").Scan(&tracked); err != nil {
		return err
	}
	type step struct {
		date  string
		stage int
	}
	type series struct {
		goal  int
		steps []step // by date, then id
	}
	var all []*series
	var first string
	rows, err := q.QueryContext(ctx, `SELECT a.partner_id, a.goal_id, a.stage, a.date
		FROM assessments a JOIN partners p ON p.id = a.partner_id AND p.archived = 0 AND p.tracked = 1
		WHERE a.date <= ? ORDER BY a.partner_id, a.goal_id, a.date, a.id`, day)
	if err != nil {
		return err
	}
	var last struct {
		partner int64
		goal    int
	}
	for rows.Next() {
		var partner int64
		var goal, stage int
		var date string
		if err := rows.Scan(&partner, &goal, &stage, &date); err != nil {
			rows.Close()
			return err
		}
		if len(all) == 0 || partner != last.partner || goal != last.goal {
			all = append(all, &series{goal: goal})
			last.partner, last.goal = partner, goal
		}
		cur := all[len(all)-1]
		cur.steps = append(cur.steps, step{date, stage})
		if first == "" || date < first {
			first = date
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// stageOn is the stage of a series on day d, and false before its first
	// assessment.
	stageOn := func(sr *series, d string) (int, bool) {
		i := sort.Search(len(sr.steps), func(i int) bool { return sr.steps[i].date > d })
		if i == 0 {
			return 0, false
		}
		return sr.steps[i-1].stage, true
	}
	byID := map[int]*GoalSummary{}
	for i := range goals {
		g := &goals[i]
		byID[g.Goal.ID] = g
		g.Tracked, g.Assessed, g.AtFramework, g.AtStage, g.History = tracked, 0, 0, [MaxStage + 1]int{}, nil
		g.Status = NoData
	}
	for _, sr := range all {
		g := byID[sr.goal]
		if g == nil {
			continue
		}
		if st, ok := stageOn(sr, day); ok && st >= 0 && st <= MaxStage {
			g.AtStage[st]++
			g.Assessed++
			if st >= FrameworkStage {
				g.AtFramework++
			}
		}
	}
	if first != "" && tracked > 0 {
		start, err := ParseDate(first)
		if err != nil {
			return err
		}
		labels, dates := quarterDates(fy, start, asOf)
		assessed := map[int][]int{}
		framework := map[int][]int{}
		for i := range goals {
			id := goals[i].Goal.ID
			assessed[id], framework[id] = make([]int, len(dates)), make([]int, len(dates))
		}
		// Each series walks the quarters once, alongside its steps.
		for _, sr := range all {
			a, f := assessed[sr.goal], framework[sr.goal]
			if a == nil {
				continue
			}
			k := 0
			for qi, d := range dates {
				for k < len(sr.steps) && sr.steps[k].date <= d {
					k++
				}
				if k > 0 {
					a[qi]++
					if sr.steps[k-1].stage >= FrameworkStage {
						f[qi]++
					}
				}
			}
		}
		for i := range goals {
			g := &goals[i]
			a, f := assessed[g.Goal.ID], framework[g.Goal.ID]
			for k, d := range dates {
				if a[k] > 0 {
					g.History = append(g.History, QuarterPoint{Quarter: labels[k], Date: d,
						Progress: float64(f[k]) / float64(tracked), Assessed: a[k]})
				}
			}
		}
	}
	for i := range goals {
		g := &goals[i]
		if g.Assessed == 0 {
			continue // no data today, whatever the past held
		}
		g.Projection, g.HasProjection = Project(g.History)
		g.Status = Status(g.Projection, g.HasProjection, g.Goal.Target)
	}
	return nil
}

// YearRequests is the partners' yardstick for one fiscal year (Year 0: all
// years): how many requests were opened, how many came to JAW first, and how
// fast JAW first responded.
type YearRequests struct {
	Year       int // the fiscal year (RequestStats.FiscalYear), named by the calendar year it starts in
	Count      int
	CameFirst  int
	Answered   int      // with a first response on or before the as-of day
	MedianDays *float64 // median days from opened to first response; nil if none answered
}

// FirstShare is the share of requests that came to JAW first, and false if
// there were none.
func (y YearRequests) FirstShare() (float64, bool) {
	if y.Count == 0 {
		return 0, false
	}
	return float64(y.CameFirst) / float64(y.Count), true
}

// RequestStats is the yardstick per fiscal year, oldest first, and overall.
type RequestStats struct {
	PerYear    []YearRequests
	Overall    YearRequests
	FiscalYear FiscalYear // how PerYear counts years
}

// Requests computes the partners' yardstick as of asOf: live requests by
// the fiscal year they were opened in (their entry date if no opened date is
// set). A first response after asOf had not happened yet then.
func (s *Store) Requests(ctx context.Context, asOf time.Time) (RequestStats, error) {
	return s.requests(ctx, s.db, asOf)
}

func (s *Store) requests(ctx context.Context, q querier, asOf time.Time) (RequestStats, error) {
	day := asOf.Format(DateLayout)
	fy, err := fiscalYear(ctx, q)
	if err != nil {
		return RequestStats{}, err
	}
	h := requestHistogram{}
	// The counts kept by the triggers hold every live request as they are
	// now. Those opened after the day, or answered after it, are put right
	// from their own rows; when they are many (a day long past), the
	// requests of up to the day are read instead.
	late, err := s.lateRequests(ctx, q, day)
	if err != nil {
		return RequestStats{}, err
	}
	if late == nil {
		if err := h.upTo(ctx, q, day); err != nil {
			return RequestStats{}, err
		}
		return h.stats(fy), nil
	}
	if err := h.add(ctx, q, "SELECT month, answered, days, requests, came_first FROM request_days WHERE requests <> 0 OR came_first <> 0"); err != nil {
		return RequestStats{}, err
	}
	for _, r := range late {
		if r.opened > day {
			h.count(r.month, r.answered, r.days, -1, -r.cameFirst)
			continue
		}
		// Answered after the day: not yet answered on it.
		h.count(r.month, true, r.days, -1, -r.cameFirst)
		h.count(r.month, false, 0, 1, r.cameFirst)
	}
	return h.stats(fy), nil
}

// requestRows are the live requests with a real opened date: their
// request_days key (month, answered, days), came_first, and their opened
// (op) and first-response (fr) dates.
const requestRows = `SELECT substr(op, 1, 7) AS month,
		coalesce(date(fr) = fr, 0) AS answered,
		CASE WHEN date(fr) = fr THEN CAST(round(julianday(fr) - julianday(op)) AS INTEGER) ELSE 0 END AS days,
		came_first, op, fr
	FROM (SELECT coalesce(opened, date) AS op, first_response AS fr, came_first FROM entries
		WHERE kind = 'request' AND deleted_at IS NULL)
	WHERE date(op) IS op`

// maxLate is how many requests opened or answered after a report's day
// are put right one by one before the requests up to the day are read
// instead. A variable for tests.
var maxLate = 2000

type lateRequest struct {
	month           string // YYYY-MM opened
	days, cameFirst int
	answered        bool
	opened          string
}

// lateRequests returns the live requests opened after day, and those opened
// by it but answered (as counted) after it; nil if there are more than
// maxLate.
func (s *Store) lateRequests(ctx context.Context, q querier, day string) ([]lateRequest, error) {
	out := []lateRequest{}
	for _, query := range []string{
		// Through the index entries_requests.
		`SELECT month, answered, days, came_first, op FROM (` + requestRows + `) WHERE op > ? LIMIT ?`,
		// Through the index entries_responses.
		`SELECT month, answered, days, came_first, op FROM (` + requestRows + `) WHERE fr > ? AND answered AND op <= ?1 LIMIT ?`,
	} {
		rows, err := q.QueryContext(ctx, query, day, maxLate+1)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var r lateRequest
			if err := rows.Scan(&r.month, &r.answered, &r.days, &r.cameFirst, &r.opened); err != nil {
				rows.Close()
				return nil, err
			}
			out = append(out, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		if len(out) > maxLate {
			return nil, nil
		}
	}
	return out, nil
}

// requestHistogram counts requests per month opened (YYYY-MM): how many, how
// many came first, and how many were answered after how many days. Months
// add up to any fiscal year.
type requestHistogram map[string]*requestYear

type requestYear struct {
	count, cameFirst int
	days             map[int]int // answered requests by days to answer
}

// add counts the rows of query: month, answered, days, requests, came
// first.
func (h requestHistogram) add(ctx context.Context, q querier, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var month string
		var days, n, first int
		var answered bool
		if err := rows.Scan(&month, &answered, &days, &n, &first); err != nil {
			return err
		}
		h.count(month, answered, days, n, first)
	}
	return rows.Err()
}

// upTo counts the live requests opened up to day, one by one from the
// requests' index (entries_requests), as request_days would count them
// on that day: a date that is not a real one is skipped, as SQLite's date()
// does not give it back unchanged.
func (h requestHistogram) upTo(ctx context.Context, q querier, day string) error {
	rows, err := q.QueryContext(ctx, `SELECT coalesce(opened, date), coalesce(first_response, ''), came_first FROM entries
		WHERE kind = 'request' AND deleted_at IS NULL AND coalesce(opened, date) <= ?`, day)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var opened, response string
		var first int
		if err := rows.Scan(&opened, &response, &first); err != nil {
			return err
		}
		o, err := ParseDate(opened)
		if err != nil {
			continue
		}
		answered, days := false, 0
		if response != "" && response <= day {
			if r, err := ParseDate(response); err == nil {
				answered, days = true, int(r.Sub(o).Hours()/24)
			}
		}
		h.count(opened[:7], answered, days, 1, first)
	}
	return rows.Err()
}

func (h requestHistogram) count(month string, answered bool, days, n, first int) {
	y := h[month]
	if y == nil {
		y = &requestYear{days: map[int]int{}}
		h[month] = y
	}
	y.count += n
	y.cameFirst += first
	if answered {
		y.days[days] += n
	}
}

// stats turns the histogram into the yardstick: per fiscal year of fy,
// oldest first, and overall, with the median days to answer.
func (h requestHistogram) stats(fy FiscalYear) RequestStats {
	st := RequestStats{FiscalYear: fy}
	all := requestYear{days: map[int]int{}}
	byYear := map[int]*requestYear{}
	var years []int
	for month, r := range h {
		if r.count == 0 {
			continue
		}
		start, err := time.Parse("2006-01", month)
		if err != nil {
			continue
		}
		y := fy.Year(start)
		yr := byYear[y]
		if yr == nil {
			yr = &requestYear{days: map[int]int{}}
			byYear[y] = yr
			years = append(years, y)
		}
		for _, into := range []*requestYear{yr, &all} {
			into.count += r.count
			into.cameFirst += r.cameFirst
			for d, n := range r.days {
				into.days[d] += n
			}
		}
	}
	sort.Ints(years)
	year := func(y int, r *requestYear) YearRequests {
		yr := YearRequests{Year: y, Count: r.count, CameFirst: r.cameFirst}
		var ds []int
		for d, n := range r.days {
			if n > 0 {
				ds = append(ds, d)
				yr.Answered += n
			}
		}
		if yr.Answered > 0 {
			sort.Ints(ds)
			// The median of the answered requests' days: the mean of the
			// values at positions (n-1)/2 and n/2 of them in order.
			at := func(pos int) int {
				for _, d := range ds {
					if pos < r.days[d] {
						return d
					}
					pos -= r.days[d]
				}
				return ds[len(ds)-1]
			}
			m := float64(at((yr.Answered-1)/2)+at(yr.Answered/2)) / 2
			yr.MedianDays = &m
		}
		return yr
	}
	for _, y := range years {
		st.PerYear = append(st.PerYear, year(y, byYear[y]))
	}
	if all.count > 0 {
		st.Overall = year(0, &all)
	}
	return st
}

// lastContactOn is the SQL for partner p's newest live contact on or
// before a day (its one parameter), read from the links' index.
const lastContactOn = `(SELECT max(contact_date) FROM entry_partners WHERE partner_id = p.id AND contact_date <= ?)`

// StaleDays is how long without an entry makes a partner stale.
const StaleDays = 180

// StalePartners returns up to limit (at least 1) active partners with no
// live contact in the StaleDays up to asOf, longest silent first (never
// contacted first of all), and how many there are.
func (s *Store) StalePartners(ctx context.Context, asOf time.Time, limit int) ([]Partner, int, error) {
	return s.stalePartners(ctx, s.db, asOf, limit)
}

func (s *Store) stalePartners(ctx context.Context, q querier, asOf time.Time, limit int) ([]Partner, int, error) {
	last, err := lastContacts(ctx, q, asOf.Format(DateLayout))
	if err != nil {
		return nil, 0, err
	}
	return s.stale(ctx, q, last, asOf, limit)
}

// partnerContact is an active partner and its last live contact on or
// before a day ("" if none).
type partnerContact struct {
	id            int64
	country, name string
	last          string
}

// lastContacts returns every active partner with its last live contact on
// or before day, read from the links' index: one look per partner, however
// many entries there are.
func lastContacts(ctx context.Context, q querier, day string) ([]partnerContact, error) {
	return queryAll(ctx, q, `SELECT p.id, p.country_code, p.name, coalesce(`+lastContactOn+`, '')
		FROM partners p WHERE p.archived = 0`, []any{day},
		func(sc interface{ Scan(...any) error }) (partnerContact, error) {
			var c partnerContact
			err := sc.Scan(&c.id, &c.country, &c.name, &c.last)
			return c, err
		})
}

// countrySummaries groups partners by country: most partners first, then
// the most recently contacted, then by English name.
func countrySummaries(ctx context.Context, q querier, partners []partnerContact) ([]CountrySummary, error) {
	byCode := map[string]*CountrySummary{}
	for _, p := range partners {
		c := byCode[p.country]
		if c == nil {
			c = &CountrySummary{Country: Country{Code: p.country}}
			byCode[p.country] = c
		}
		c.Partners++
		c.LastContact = max(c.LastContact, p.last)
	}
	var out []CountrySummary
	rows, err := q.QueryContext(ctx, "SELECT code, name_en, name_ja, region FROM countries")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var c Country
		if err := rows.Scan(&c.Code, &c.NameEN, &c.NameJA, &c.Region); err != nil {
			return nil, err
		}
		if cs := byCode[c.Code]; cs != nil {
			cs.Country = c
			out = append(out, *cs)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Partners != b.Partners {
			return a.Partners > b.Partners
		}
		if a.LastContact != b.LastContact {
			return a.LastContact > b.LastContact
		}
		return a.Country.NameEN < b.Country.NameEN
	})
	return out, nil
}

// stale returns up to limit (at least 1) of partners with no live contact
// in the StaleDays up to asOf, longest silent first (never contacted first
// of all), then by name ignoring ASCII case, and how many there are.
func (s *Store) stale(ctx context.Context, q querier, partners []partnerContact, asOf time.Time, limit int) ([]Partner, int, error) {
	since := asOf.AddDate(0, 0, -StaleDays+1).Format(DateLayout)
	var silent []partnerContact
	for _, p := range partners {
		if p.last < since {
			silent = append(silent, p)
		}
	}
	sort.Slice(silent, func(i, j int) bool {
		a, b := silent[i], silent[j]
		if a.last != b.last {
			return a.last < b.last
		}
		if c := compareNoCase(a.name, b.name); c != 0 {
			return c < 0
		}
		return a.id < b.id
	})
	limit = max(limit, 1)
	if len(silent) > limit {
		silent = silent[:limit]
	}
	var out []Partner
	for _, p := range silent {
		pa, err := scanPartner(q.QueryRowContext(ctx, "SELECT "+partnerColumns+" FROM partners p WHERE p.id = ?", p.id))
		if err != nil {
			return nil, 0, err
		}
		out = append(out, pa)
	}
	total := 0
	for _, p := range partners {
		if p.last < since {
			total++
		}
	}
	return out, total, nil
}

// compareNoCase compares as SQLite's NOCASE collation does: ASCII letters
// without their case, everything else byte by byte.
func compareNoCase(a, b string) int {
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if x, y := lower(a[i]), lower(b[i]); x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return len(a) - len(b)
}
