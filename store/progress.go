package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
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
	Quarter  string // "2025Q1"
	Date     string // the day the value is taken on
	Progress float64
	Assessed int
}

// Quarter returns the label ("2025Q1") and the last day of the quarter that
// holds date d.
func Quarter(d time.Time) (string, time.Time) {
	q := (int(d.Month()) - 1) / 3
	end := time.Date(d.Year(), time.Month(q*3+4), 0, 0, 0, 0, 0, time.UTC)
	return fmt.Sprintf("%dQ%d", d.Year(), q+1), end
}

// quarterDates returns, for every quarter from the one holding first to the
// one holding asOf, the day its value is taken on: the quarter's last day,
// or asOf for the quarter under way.
func quarterDates(first, asOf time.Time) (labels, dates []string) {
	asOfDay := dateOf(asOf)
	for d := dateOf(first); ; {
		label, end := Quarter(d)
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

// latestStages is the SQL for each active partner's latest assessment on
// each goal on or before a day (the first parameter): the stage at that
// day. Columns: partner_id, goal_id, stage, date.
const latestStages = `SELECT partner_id, goal_id, stage, date FROM (
		SELECT a.partner_id, a.goal_id, a.stage, a.date,
			row_number() OVER (PARTITION BY a.partner_id, a.goal_id ORDER BY a.date DESC, a.id DESC) AS n
		FROM assessments a JOIN partners p ON p.id = a.partner_id AND p.archived = 0
		WHERE a.date <= ?) WHERE n = 1`

// history fills each goal's quarterly history, projection and status.
func (s *Store) history(ctx context.Context, goals []GoalSummary, asOf time.Time) error {
	var first sql.NullString
	if err := s.db.QueryRowContext(ctx, "SELECT min(date) FROM assessments WHERE date <= ?", asOf.Format(DateLayout)).Scan(&first); err != nil {
		return err
	}
	byID := map[int]*GoalSummary{}
	for i := range goals {
		byID[goals[i].Goal.ID] = &goals[i]
		goals[i].Status = NoData
	}
	if first.Valid {
		start, err := ParseDate(first.String)
		if err != nil {
			return err
		}
		labels, dates := quarterDates(start, asOf)
		label := map[string]string{}
		for i, d := range dates {
			label[d] = labels[i]
		}
		days, _ := json.Marshal(dates)
		// Each assessment holds from its date until the next one of the
		// same partner and goal: the stage on day d is the one whose span
		// holds d. Spans come from one pass over the assessments.
		rows, err := s.db.QueryContext(ctx, `WITH q(d) AS (SELECT value FROM json_each(?)),
			spans AS (
				SELECT a.goal_id, a.stage, a.date AS since,
					lead(a.date) OVER (PARTITION BY a.partner_id, a.goal_id ORDER BY a.date, a.id) AS until
				FROM assessments a JOIN partners p ON p.id = a.partner_id AND p.archived = 0)
			SELECT q.d, s.goal_id, count(*), sum(s.stage >= ?) FROM q
			JOIN spans s ON s.since <= q.d AND (s.until IS NULL OR s.until > q.d)
			GROUP BY q.d, s.goal_id ORDER BY s.goal_id, q.d`, string(days), FrameworkStage)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var d string
			var id, assessed, framework int
			if err := rows.Scan(&d, &id, &assessed, &framework); err != nil {
				return err
			}
			if g := byID[id]; g != nil && assessed > 0 {
				g.History = append(g.History, QuarterPoint{Quarter: label[d], Date: d,
					Progress: float64(framework) / float64(assessed), Assessed: assessed})
			}
		}
		if err := rows.Err(); err != nil {
			return err
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

// YearRequests is the partners' yardstick for one year (Year 0: all years):
// how many requests were opened, how many came to JAW first, and how fast
// JAW first responded.
type YearRequests struct {
	Year       int
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

// RequestStats is the yardstick per year, oldest first, and overall.
type RequestStats struct {
	PerYear []YearRequests
	Overall YearRequests
}

// Requests computes the partners' yardstick as of asOf: live requests by
// the year they were opened (their entry date if no opened date is set). A
// first response after asOf had not happened yet then.
func (s *Store) Requests(ctx context.Context, asOf time.Time) (RequestStats, error) {
	day := asOf.Format(DateLayout)
	var st RequestStats
	rows, err := s.db.QueryContext(ctx, `WITH r AS (
			SELECT CAST(substr(coalesce(opened, date), 1, 4) AS INTEGER) AS y, came_first,
				CASE WHEN first_response IS NOT NULL AND first_response <= ?1
					THEN julianday(first_response) - julianday(coalesce(opened, date)) END AS days
			FROM entries WHERE kind = 'request' AND deleted_at IS NULL AND coalesce(opened, date) <= ?1),
		byyear AS (SELECT y, days FROM r UNION ALL SELECT 0, days FROM r),
		ranked AS (
			SELECT y, days, row_number() OVER (PARTITION BY y ORDER BY days) AS rn,
				count(*) OVER (PARTITION BY y) AS cnt
			FROM byyear WHERE days IS NOT NULL),
		medians AS (
			SELECT y, avg(days) AS median FROM ranked
			WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2) GROUP BY y),
		counts AS (
			SELECT y, count(*) AS n, sum(came_first) AS first, count(days) AS answered FROM r GROUP BY y
			UNION ALL
			SELECT 0, count(*), coalesce(sum(came_first), 0), count(days) FROM r)
		SELECT c.y, c.n, c.first, c.answered, m.median FROM counts c LEFT JOIN medians m ON m.y = c.y
		ORDER BY c.y`, day)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var y YearRequests
		var median sql.NullFloat64
		if err := rows.Scan(&y.Year, &y.Count, &y.CameFirst, &y.Answered, &median); err != nil {
			return st, err
		}
		if median.Valid {
			v := median.Float64
			y.MedianDays = &v
		}
		if y.Year == 0 {
			st.Overall = y
		} else {
			st.PerYear = append(st.PerYear, y)
		}
	}
	return st, rows.Err()
}

// lastContact is a CTE "last" of each partner's newest live entry date on
// or before a day (its one parameter): columns partner_id, d.
const lastContact = `last AS (
	SELECT ep.partner_id, max(e.date) AS d FROM entry_partners ep JOIN entries e ON e.id = ep.entry_id
	WHERE e.deleted_at IS NULL AND e.date <= ? GROUP BY ep.partner_id)`

// StaleDays is how long without an entry makes a partner stale.
const StaleDays = 180

// StalePartners returns up to limit (at least 1) active partners with no live entry in
// the StaleDays up to asOf, longest silent first (never contacted first of
// all), and how many there are.
func (s *Store) StalePartners(ctx context.Context, asOf time.Time, limit int) ([]Partner, int, error) {
	day := asOf.Format(DateLayout)
	since := asOf.AddDate(0, 0, -StaleDays+1).Format(DateLayout)
	limit = max(limit, 1) // the count comes with the rows
	rows, err := s.db.QueryContext(ctx, `WITH `+lastContact+`
		SELECT `+partnerColumns+`, count(*) OVER ()
		FROM partners p LEFT JOIN last l ON l.partner_id = p.id
		WHERE p.archived = 0 AND coalesce(l.d, '') < ?
		ORDER BY coalesce(l.d, ''), p.name COLLATE NOCASE LIMIT ?`, day, since, limit)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var ps []Partner
	total := 0
	for rows.Next() {
		p, err := scanPartner(rows, &total)
		if err != nil {
			return nil, 0, err
		}
		ps = append(ps, p)
	}
	return ps, total, rows.Err()
}
