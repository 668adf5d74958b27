package store

import (
	"context"
	"database/sql"
)

// Purging removes for good what was deleted (softly) long enough ago: the
// entries, with their links to partners and goals, their actions and their
// rows in the search index, and the deleted actions of live entries. The
// schema's triggers keep the derived counts and the search index right as
// the rows go; an assessment that cited a purged entry as its evidence
// keeps its stage and loses the citation.

// PurgeCounts counts what a purge removes.
type PurgeCounts struct {
	Entries int // deleted entries
	Actions int // their actions, and deleted actions of live entries
}

// purgeable selects the entries deleted before a day (its one parameter):
// deleted_at is a UTC timestamp, so a day compares as its first moment.
const purgeable = "SELECT id FROM entries WHERE deleted_at IS NOT NULL AND deleted_at < ?"

// Purgeable counts what Purge(before) would remove: the entries deleted
// before the day before (YYYY-MM-DD, UTC) and the actions that go with
// them.
func (s *Store) Purgeable(ctx context.Context, before string) (PurgeCounts, error) {
	var c PurgeCounts
	err := s.read(ctx, func(tx *sql.Tx) error { return purgeCounts(ctx, tx, before, &c) })
	return c, err
}

func purgeCounts(ctx context.Context, q querier, before string, c *PurgeCounts) error {
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM ("+purgeable+")", before).Scan(&c.Entries); err != nil {
		return err
	}
	return q.QueryRowContext(ctx, `SELECT count(*) FROM actions
		WHERE entry_id IN (`+purgeable+`) OR (deleted_at IS NOT NULL AND deleted_at < ?)`, before, before).Scan(&c.Actions)
}

// Purge removes for good, in one transaction, the entries deleted before
// the day before (YYYY-MM-DD, UTC), their links, actions and search rows,
// and the actions deleted before it; it returns what it removed. A
// *FieldError refuses a day that is not a date.
func (s *Store) Purge(ctx context.Context, before string) (PurgeCounts, error) {
	var c PurgeCounts
	if _, err := ParseDate(before); err != nil {
		return c, &FieldError{Field: "deleted before", Problem: ProblemBadDate, Value: before}
	}
	err := s.bulk(ctx, func(tx *sql.Tx) error {
		if err := purgeCounts(ctx, tx, before, &c); err != nil {
			return err
		}
		for _, st := range []struct {
			q    string
			args []any
		}{
			{"UPDATE assessments SET entry_id = NULL WHERE entry_id IN (" + purgeable + ")", []any{before}},
			{`DELETE FROM actions WHERE entry_id IN (` + purgeable + `) OR (deleted_at IS NOT NULL AND deleted_at < ?)`, []any{before, before}},
			{"DELETE FROM entries WHERE id IN (" + purgeable + ")", []any{before}},
		} {
			if _, err := tx.ExecContext(ctx, st.q, st.args...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return PurgeCounts{}, err
	}
	return c, nil
}
