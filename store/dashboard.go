package store

import (
	"context"
	"database/sql"
	"time"
)

// GoalSummary is how far one goal has come, as of a date.
//
// Progress counts tracked active partners only: of all of them (Tracked),
// how many stand at stage FrameworkStage or above on the goal
// (AtFramework). A tracked partner never assessed on the goal counts as not
// there yet. Assessed is how many of them have been assessed: the coverage
// shown beside progress. Untracked partners may be assessed but are never
// counted.
type GoalSummary struct {
	Goal Goal
	// Tracked is the number of tracked active partners; Assessed how many
	// of them have an assessment on this goal; AtFramework how many are at
	// stage FrameworkStage or above.
	Tracked, Assessed, AtFramework int
	// Entries90 counts live contacts on this goal in the 90 days up to the
	// date; EntriesAll all of them up to the date. News is not counted.
	Entries90, EntriesAll int
	LastActivity          string // date of the newest contact on the goal, "" if none
	// AtStage counts the assessed tracked partners at each stage 0–4.
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

// Progress is the share of tracked partners at the framework stage, and
// false while no tracked partner has been assessed on the goal (progress is
// unknown, not zero).
func (g GoalSummary) Progress() (float64, bool) {
	if g.Assessed == 0 || g.Tracked == 0 {
		return 0, false
	}
	return float64(g.AtFramework) / float64(g.Tracked), true
}

// Unassessed is the number of tracked partners never assessed on the goal.
func (g GoalSummary) Unassessed() int { return g.Tracked - g.Assessed }

// Coverage is the share of tracked partners assessed on the goal, and false
// when there are none.
func (g GoalSummary) Coverage() (float64, bool) {
	if g.Tracked == 0 {
		return 0, false
	}
	return float64(g.Assessed) / float64(g.Tracked), true
}

// CountrySummary is the partners JAW has in one country.
type CountrySummary struct {
	Country     Country
	Partners    int    // active partners
	LastContact string // date of the newest live contact with any of them, "" if none
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

// read runs fn in one read transaction: every query in it sees the same
// state of the database, whatever other processes write meanwhile.
func (s *Store) read(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(tx)
}

// GoalProgress computes every goal's summary as of the calendar day of
// asOf: stages, coverage, activity, quarterly history, projection and
// status.
func (s *Store) GoalProgress(ctx context.Context, asOf time.Time) ([]GoalSummary, error) {
	var out []GoalSummary
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = s.goalProgress(ctx, tx, asOf)
		return err
	})
	return out, err
}

func (s *Store) goalProgress(ctx context.Context, q querier, asOf time.Time) ([]GoalSummary, error) {
	day := asOf.Format(DateLayout)
	since90 := asOf.AddDate(0, 0, -89).Format(DateLayout)
	goals, err := queryAll(ctx, q, "SELECT "+goalColumns+" FROM goals ORDER BY id", nil, scanGoal)
	if err != nil {
		return nil, err
	}
	byID := map[int]*GoalSummary{}
	out := make([]GoalSummary, len(goals))
	for i, g := range goals {
		out[i].Goal = g
		byID[g.ID] = &out[i]
	}
	// Activity comes from the per-day counts the triggers keep, not from
	// the entries.
	rows, err := q.QueryContext(ctx, `SELECT goal_id, sum(entries), coalesce(sum(entries) FILTER (WHERE day >= ?), 0),
			coalesce(max(day) FILTER (WHERE entries > 0), '')
		FROM goal_days WHERE day <= ? GROUP BY goal_id`, since90, day)
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
	if err := s.stages(ctx, q, out, asOf); err != nil {
		return nil, err
	}
	return out, nil
}

// Dashboard computes the dashboard as of the calendar day of asOf, in one
// read transaction.
func (s *Store) Dashboard(ctx context.Context, asOf time.Time) (Dashboard, error) {
	day := asOf.Format(DateLayout)
	d := Dashboard{AsOf: day}
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		if d.Goals, err = s.goalProgress(ctx, tx, asOf); err != nil {
			return err
		}
		// Every active partner's last contact, read once for the countries
		// and the stale partners.
		last, err := lastContacts(ctx, tx, day)
		if err != nil {
			return err
		}
		if d.Countries, err = countrySummaries(ctx, tx, last); err != nil {
			return err
		}
		for _, c := range d.Countries {
			d.Partners += c.Partners
		}
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(sum(entries), 0) FROM entry_days WHERE day <= ?", day).Scan(&d.Entries); err != nil {
			return err
		}
		if d.DueActions, d.DueTotal, err = s.actions(ctx, tx, ActionQuery{Open: true, DueBy: asOf.AddDate(0, 0, 6).Format(DateLayout), Limit: MaxDueActions}); err != nil {
			return err
		}
		if d.Overdue, err = actionCount(ctx, tx, ActionQuery{Open: true, DueBy: asOf.AddDate(0, 0, -1).Format(DateLayout)}); err != nil {
			return err
		}
		if d.Requests, err = s.requests(ctx, tx, asOf); err != nil {
			return err
		}
		d.Stale, d.StaleTotal, err = s.stale(ctx, tx, last, asOf, MaxStale)
		return err
	})
	return d, err
}
