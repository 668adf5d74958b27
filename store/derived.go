package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// Derived data. The schema's triggers keep these current in the same
// transaction as every write, whoever writes: the links' contact dates
// (entry_partners, entry_goals), the per-day counts (entry_days,
// goal_days) and the search index (entries_fts). checkDerived finds where
// they disagree with the data they come from; rebuildDerived recomputes
// them all, for `check --repair` and after bulk loads that ran without the
// triggers.

// expectedContact is the SQL for the contact date entry e gives its links.
const expectedContact = `CASE WHEN e.deleted_at IS NULL AND k.contact THEN e.date END`

// requestFacts are the columns of request_days for the live requests, from
// entries: month, answered, days, came_first.
const requestFacts = `SELECT substr(coalesce(opened, date), 1, 7) AS month,
		coalesce(date(first_response) = first_response, 0) AS answered,
		CASE WHEN date(first_response) = first_response
			THEN CAST(round(julianday(first_response) - julianday(coalesce(opened, date))) AS INTEGER) ELSE 0 END AS days,
		came_first
	FROM entries
	WHERE kind = 'request' AND deleted_at IS NULL AND date(coalesce(opened, date)) IS coalesce(opened, date)`

// actionFacts are the columns of action_days for the live actions: due,
// open.
const actionFacts = `SELECT coalesce(a.due, '') AS due, a.done IS NULL AS open
	FROM actions a JOIN entries e ON e.id = a.entry_id
	WHERE a.deleted_at IS NULL AND e.deleted_at IS NULL`

// derivedChecks are queries that return one row per disagreement: a table
// and a description.
var derivedChecks = sync.OnceValue(func() []derivedCheck {
	return []derivedCheck{
		{"entry_partners", `SELECT 'entry ' || l.entry_id || ', partner ' || l.partner_id || ': contact date ' ||
			coalesce(l.contact_date, 'none') || ', should be ' || coalesce(` + expectedContact + `, 'none')
		FROM entry_partners l JOIN entries e ON e.id = l.entry_id JOIN entry_kinds k ON k.code = e.kind
		WHERE l.contact_date IS NOT (` + expectedContact + `)`},
		{"entry_goals", `SELECT 'entry ' || l.entry_id || ', goal ' || l.goal_id || ': contact date ' ||
			coalesce(l.contact_date, 'none') || ', should be ' || coalesce(` + expectedContact + `, 'none')
		FROM entry_goals l JOIN entries e ON e.id = l.entry_id JOIN entry_kinds k ON k.code = e.kind
		WHERE l.contact_date IS NOT (` + expectedContact + `)`},
		{"entry_days", `WITH want AS (SELECT date AS day, count(*) AS n FROM entries WHERE deleted_at IS NULL GROUP BY date),
			have AS (SELECT day, entries AS n FROM entry_days WHERE entries <> 0)
		SELECT day || ': ' || coalesce((SELECT n FROM have h WHERE h.day = d.day), 0) || ' counted, ' ||
			coalesce((SELECT n FROM want w WHERE w.day = d.day), 0) || ' live entries'
		FROM (SELECT day FROM want UNION SELECT day FROM have) d
		WHERE coalesce((SELECT n FROM have h WHERE h.day = d.day), 0) <> coalesce((SELECT n FROM want w WHERE w.day = d.day), 0)`},
		{"goal_days", `WITH want AS (SELECT goal_id, contact_date AS day, count(*) AS n FROM entry_goals
				WHERE contact_date IS NOT NULL GROUP BY goal_id, contact_date),
			have AS (SELECT goal_id, day, entries AS n FROM goal_days WHERE entries <> 0)
		SELECT 'goal ' || d.goal_id || ', ' || d.day || ': ' ||
			coalesce((SELECT n FROM have h WHERE h.goal_id = d.goal_id AND h.day = d.day), 0) || ' counted, ' ||
			coalesce((SELECT n FROM want w WHERE w.goal_id = d.goal_id AND w.day = d.day), 0) || ' contacts'
		FROM (SELECT goal_id, day FROM want UNION SELECT goal_id, day FROM have) d
		WHERE coalesce((SELECT n FROM have h WHERE h.goal_id = d.goal_id AND h.day = d.day), 0) <>
			coalesce((SELECT n FROM want w WHERE w.goal_id = d.goal_id AND w.day = d.day), 0)`},
		{"request_days", `WITH want AS (SELECT month, answered, days, count(*) AS n, sum(came_first) AS f FROM (` + requestFacts + `)
				GROUP BY 1, 2, 3),
			have AS (SELECT month, answered, days, requests AS n, came_first AS f FROM request_days WHERE requests <> 0 OR came_first <> 0),
			keys AS (SELECT month, answered, days FROM want UNION SELECT month, answered, days FROM have)
		SELECT k.month || ', ' || CASE WHEN k.answered THEN k.days || ' days to answer' ELSE 'unanswered' END || ': ' ||
			coalesce(h.n, 0) || ' counted (' || coalesce(h.f, 0) || ' first), ' || coalesce(w.n, 0) || ' requests (' || coalesce(w.f, 0) || ' first)'
		FROM keys k LEFT JOIN want w USING (month, answered, days) LEFT JOIN have h USING (month, answered, days)
		WHERE coalesce(h.n, 0) <> coalesce(w.n, 0) OR coalesce(h.f, 0) <> coalesce(w.f, 0)`},
		{"action_days", `WITH want AS (SELECT due, open, count(*) AS n FROM (` + actionFacts + `) GROUP BY 1, 2),
			have AS (SELECT due, open, actions AS n FROM action_days WHERE actions <> 0),
			keys AS (SELECT due, open FROM want UNION SELECT due, open FROM have)
		SELECT CASE WHEN k.due = '' THEN 'undated' ELSE 'due ' || k.due END || CASE WHEN k.open THEN ', open: ' ELSE ', done: ' END ||
			coalesce(h.n, 0) || ' counted, ' || coalesce(w.n, 0) || ' actions'
		FROM keys k LEFT JOIN want w USING (due, open) LEFT JOIN have h USING (due, open)
		WHERE coalesce(h.n, 0) <> coalesce(w.n, 0)`},
		{"fold_pairs", `WITH want (n, a, b) AS (VALUES ` + foldPairsValues() + `)
		SELECT 'replacement ' || coalesce(w.n, h.n) || ': ' || coalesce(quote(h.a) || ' to ' || quote(h.b), 'none') ||
			', should be ' || coalesce(quote(w.a) || ' to ' || quote(w.b), 'none')
		FROM want w FULL JOIN fold_pairs h ON h.n = w.n
		WHERE h.a IS NOT w.a OR h.b IS NOT w.b`},
		{"entry_widths", `WITH want AS (` + widthRows + `)
		SELECT 'entry ' || coalesce(w.id, h.id) || ': width forms ' || coalesce(h.forms, 0) || ', should be ' || coalesce(w.forms, 0)
		FROM want w FULL JOIN entry_widths h ON h.id = w.id
		WHERE coalesce(h.forms, 0) <> coalesce(w.forms, 0)`},
	}
})

// derivedCheck is a query that returns one row per disagreement in table,
// in words.
type derivedCheck struct{ table, query string }

// sql is the check's query or, if its table is missing (dropped from the
// sqlite3 shell), one that says so in one row: a defect to report, not an
// error that stops the check. (A repair creates fold_pairs again.)
func (c derivedCheck) sql(ctx context.Context, q querier) (string, error) {
	var n int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", c.table).Scan(&n); err != nil {
		return "", err
	}
	if n == 0 {
		return "SELECT 'the table is missing'", nil
	}
	return c.query, nil
}

// widthFormsSQL is the SQL for the kinds of width forms text x holds, as
// entry_widths records them (and as widthForms computes them).
func widthFormsSQL(x string) string {
	return `CASE WHEN ` + x + ` GLOB '*[　！-ﾟ￠-￦]*' THEN
		(` + x + ` GLOB '*[０-９]*') + 2 * (` + x + ` GLOB '*[Ａ-Ｚ]*') + 4 * (` + x + ` GLOB '*[ａ-ｚ]*') +
		8 * (` + x + ` GLOB '*[｡-ﾟ]*') + 16 * (` + x + ` GLOB '*[！-／：-＠［-｀｛-～￠-￦]*') + 32 * (` + x + ` GLOB '*　*')
	ELSE 0 END`
}

// widthRows are the entries with width forms, and which: id, forms.
var widthRows = `SELECT id, forms FROM (SELECT id, ` + widthFormsSQL("(title || char(10) || summary)") + ` AS forms FROM entries)
	WHERE forms <> 0`

// rebuildCounts are the statements that recompute the derived tables of
// issue 13 (request_days, action_days) from the data.
var rebuildCounts = []string{
	`DELETE FROM request_days`,
	`INSERT INTO request_days (month, answered, days, requests, came_first)
		SELECT month, answered, days, count(*), sum(came_first) FROM (` + requestFacts + `) GROUP BY 1, 2, 3`,
	`DELETE FROM action_days`,
	`INSERT INTO action_days (due, open, actions) SELECT due, open, count(*) FROM (` + actionFacts + `) GROUP BY 1, 2`,
}

// rebuildWidths recomputes entry_widths.
var rebuildWidths = []string{`DELETE FROM entry_widths`, `INSERT INTO entry_widths (id, forms) ` + widthRows}

// DerivedProblem is a place where derived data disagrees with the data it
// is derived from.
type DerivedProblem struct {
	Table  string
	Detail string
}

// checkDerived returns a Defect for each derived table that disagrees with
// the rows it comes from, and for a search index that does not match its
// content. ctx is quiet (see Check): a corruption error is returned as it
// is. The search index's own consistency check needs the write lock (it is
// an INSERT command), so a read-only store skips it. SQLite's integrity
// check does not notice an external-content index drifting from its rows;
// only this check does.
func (s *Store) checkDerived(ctx context.Context) ([]Defect, error) {
	var defects []Defect
	if !s.readOnly {
		_, err := s.db.ExecContext(ctx, "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")
		switch {
		case isCorrupt(err):
			defects = append(defects, Defect{Kind: DefectSearchIndex, Table: "entries_fts", Reason: ReasonInconsistent})
		case err != nil:
			return nil, err
		}
	}
	for _, c := range derivedChecks() {
		query, err := c.sql(ctx, s.db)
		if err != nil {
			return defects, err
		}
		var n int64
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM ("+query+")").Scan(&n); err != nil {
			return defects, err
		}
		if n > 0 {
			defects = append(defects, Defect{Kind: DefectDerived, Table: c.table, Reason: ReasonStale, N: n})
		}
	}
	return defects, nil
}

// derivedRows returns every disagreement between the derived tables and
// the data they come from (at most limit per table), in words.
func derivedRows(ctx context.Context, q querier, limit int) ([]DerivedProblem, error) {
	var out []DerivedProblem
	for _, c := range derivedChecks() {
		query, err := c.sql(ctx, q)
		if err != nil {
			return nil, err
		}
		rows, err := q.QueryContext(ctx, query+fmt.Sprintf(" LIMIT %d", limit))
		if err != nil {
			return nil, fmt.Errorf("checking %s: %w", c.table, err)
		}
		for rows.Next() {
			var d string
			if err := rows.Scan(&d); err != nil {
				rows.Close()
				return nil, err
			}
			out = append(out, DerivedProblem{Table: c.table, Detail: d})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// rebuildDerived recomputes every derived table and the search index in tx.
func (s *Store) rebuildDerived(ctx context.Context, tx *sql.Tx) error { return rebuildDerived(ctx, tx) }

func rebuildDerived(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`UPDATE entry_partners SET contact_date = (SELECT ` + expectedContact + `
			FROM entries e JOIN entry_kinds k ON k.code = e.kind WHERE e.id = entry_partners.entry_id)`,
		`UPDATE entry_goals SET contact_date = (SELECT ` + expectedContact + `
			FROM entries e JOIN entry_kinds k ON k.code = e.kind WHERE e.id = entry_goals.entry_id)`,
		`DELETE FROM entry_days`,
		`INSERT INTO entry_days (day, entries) SELECT date, count(*) FROM entries WHERE deleted_at IS NULL GROUP BY date`,
		`DELETE FROM goal_days`,
		`INSERT INTO goal_days (goal_id, day, entries) SELECT goal_id, contact_date, count(*) FROM entry_goals
			WHERE contact_date IS NOT NULL GROUP BY goal_id, contact_date`,
		// The replacements the search index is folded by, before it.
		foldPairsCreate("fold_pairs", "IF NOT EXISTS "),
		`DELETE FROM fold_pairs`,
		`INSERT INTO fold_pairs (n, a, b) VALUES ` + foldPairsValues(),
		`INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	for _, q := range append(rebuildCounts, rebuildWidths...) {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// CheckDerived returns where the derived data disagrees with the data it
// comes from: nothing in a healthy database.
func (s *Store) CheckDerived(ctx context.Context) ([]DerivedProblem, error) {
	var out []DerivedProblem
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = derivedRows(ctx, tx, 20)
		return err
	})
	return out, err
}

// RebuildDerived recomputes the derived data and the search index in one
// write transaction.
func (s *Store) RebuildDerived(ctx context.Context) error {
	return s.write(ctx, func(tx *sql.Tx) error { return rebuildDerived(ctx, tx) })
}
