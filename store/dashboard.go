package store

import (
	"context"
	"time"
)

// GoalSummary is how far one goal has come, as of a date.
type GoalSummary struct {
	Goal Goal
	// Assessed is the number of active partners with an assessment on this
	// goal; AtFramework how many of them are at stage FrameworkStage or above.
	Assessed, AtFramework int
	// Entries90 counts live entries on this goal in the 90 days up to the
	// date; EntriesAll all of them up to the date.
	Entries90, EntriesAll int
	LastActivity          string // date of the newest entry on the goal, "" if none
	// AtStage counts the assessed partners at each stage 0–4.
	AtStage [MaxStage + 1]int
	// History is the progress at the end of every quarter since the first
	// assessment, the quarter under way valued on the as-of day.
	History []QuarterPoint
	// Projection is the straight-line projection to ProjectionDate; valid
	// if HasProjection.
	Projection    float64
	HasProjection bool
	Status        GoalStatus
}

// Progress is the share of assessed partners at the framework stage, and
// false if no partner has been assessed on the goal (progress is unknown, not
// zero).
func (g GoalSummary) Progress() (float64, bool) {
	if g.Assessed == 0 {
		return 0, false
	}
	return float64(g.AtFramework) / float64(g.Assessed), true
}

// CountrySummary is the partners JAW has in one country.
type CountrySummary struct {
	Country     Country
	Partners    int    // active partners
	LastContact string // date of the newest live entry with any of them, "" if none
}

// Dashboard is everything the dashboard shows, as of one date.
type Dashboard struct {
	AsOf      string // YYYY-MM-DD
	Goals     []GoalSummary
	Countries []CountrySummary // countries with active partners, most partners first
	Partners  int              // active partners
	Entries   int              // live entries up to AsOf
	// DueActions are the open actions overdue or due within the week after
	// AsOf, oldest first, at most MaxDueActions; DueTotal counts them all.
	DueActions []Action
	DueTotal   int
	// Overdue counts the open actions past their due date.
	Overdue int
	// Requests is the partners' yardstick.
	Requests RequestStats
	// Stale are the first MaxStale partners with no entry in StaleDays;
	// StaleTotal counts them all.
	Stale      []Partner
	StaleTotal int
}

// MaxStale is how many stale partners the dashboard names.
const MaxStale = 6

// MaxDueActions is how many due actions the dashboard lists.
const MaxDueActions = 8

// Overdue reports whether a is open and was due before day (YYYY-MM-DD).
func (a Action) Overdue(day string) bool { return a.Done == "" && a.Due != "" && a.Due < day }

// GoalProgress computes every goal's summary as of the calendar day of
// asOf, from SQL aggregates: entries, stages, quarterly history, projection
// and status.
func (s *Store) GoalProgress(ctx context.Context, asOf time.Time) ([]GoalSummary, error) {
	day := asOf.Format(DateLayout)
	since90 := asOf.AddDate(0, 0, -89).Format(DateLayout)
	goals, err := s.Goals(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[int]*GoalSummary{}
	out := make([]GoalSummary, len(goals))
	for i, g := range goals {
		out[i].Goal = g
		byID[g.ID] = &out[i]
	}

	rows, err := s.db.QueryContext(ctx, `SELECT eg.goal_id, count(*), coalesce(sum(e.date >= ?), 0), coalesce(max(e.date), '')
		FROM entry_goals eg JOIN entries e ON e.id = eg.entry_id
		WHERE e.deleted_at IS NULL AND e.date <= ?
		GROUP BY eg.goal_id`, since90, day)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, all, recent int
		var last string
		if err := rows.Scan(&id, &all, &recent, &last); err != nil {
			rows.Close()
			return nil, err
		}
		if g := byID[id]; g != nil {
			g.EntriesAll, g.Entries90, g.LastActivity = all, recent, last
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	rows, err = s.db.QueryContext(ctx, "SELECT goal_id, stage, count(*) FROM ("+latestStages+") GROUP BY goal_id, stage", day)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, stage, n int
		if err := rows.Scan(&id, &stage, &n); err != nil {
			rows.Close()
			return nil, err
		}
		if g := byID[id]; g != nil && stage >= 0 && stage <= MaxStage {
			g.AtStage[stage] = n
			g.Assessed += n
			if stage >= FrameworkStage {
				g.AtFramework += n
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := s.history(ctx, out, asOf); err != nil {
		return nil, err
	}
	return out, nil
}

// Dashboard computes the dashboard as of the calendar day of asOf, from SQL
// aggregates.
func (s *Store) Dashboard(ctx context.Context, asOf time.Time) (Dashboard, error) {
	day := asOf.Format(DateLayout)
	d := Dashboard{AsOf: day}
	var err error
	if d.Goals, err = s.GoalProgress(ctx, asOf); err != nil {
		return d, err
	}

	rows, err := s.db.QueryContext(ctx, `WITH `+lastContact+`
		SELECT c.code, c.name_en, c.name_ja, c.region, count(*), coalesce(max(l.d), '')
		FROM partners p JOIN countries c ON c.code = p.country_code
		LEFT JOIN last l ON l.partner_id = p.id
		WHERE p.archived = 0
		GROUP BY c.code ORDER BY count(*) DESC, max(l.d) DESC, c.name_en`, day)
	if err != nil {
		return d, err
	}
	defer rows.Close()
	for rows.Next() {
		var cs CountrySummary
		if err := rows.Scan(&cs.Country.Code, &cs.Country.NameEN, &cs.Country.NameJA, &cs.Country.Region, &cs.Partners, &cs.LastContact); err != nil {
			return d, err
		}
		d.Countries = append(d.Countries, cs)
		d.Partners += cs.Partners
	}
	if err := rows.Err(); err != nil {
		return d, err
	}
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM entries WHERE deleted_at IS NULL AND date <= ?", day).Scan(&d.Entries); err != nil {
		return d, err
	}
	if d.DueActions, d.DueTotal, err = s.Actions(ctx, ActionQuery{Open: true, DueBy: asOf.AddDate(0, 0, 6).Format(DateLayout), Limit: MaxDueActions}); err != nil {
		return d, err
	}
	if _, d.Overdue, err = s.Actions(ctx, ActionQuery{Open: true, DueBy: asOf.AddDate(0, 0, -1).Format(DateLayout), Limit: 1}); err != nil {
		return d, err
	}
	if d.Requests, err = s.Requests(ctx, asOf); err != nil {
		return d, err
	}
	d.Stale, d.StaleTotal, err = s.StalePartners(ctx, asOf, MaxStale)
	return d, err
}
