package store

import (
	"context"
	"database/sql"
)

// Derived data: what the store computes from the rows rather than stores as
// typed — for now the search index entries_fts. Check compares it with the
// rows (checkDerived) and Repair recomputes it (rebuildDerived). Whatever is
// derived later (aggregates kept by triggers) joins these two functions, so
// that `vision2030 check` and `check --repair` cover it.

// ftsPartners is the partners column of an entry's search row, as indexEntry
// writes it.
const ftsPartners = `coalesce((SELECT group_concat(p.name || ' ' || p.short_name, ' ')
	FROM entry_partners ep JOIN partners p ON p.id = ep.partner_id
	WHERE ep.entry_id = e.id), '')`

// checkDerived returns a Defect for each way the derived data disagrees with
// the rows it comes from. ctx is quiet (see Check): a corruption error is
// returned as it is, for Check to report. A Defect needs Kind, Table and
// Reason (with N); Check fills in Detail. The full-text index's own
// consistency check needs the write lock (it is an INSERT command), so a
// read-only store skips it; PRAGMA integrity_check covers most of it anyway.
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
	var stale, orphans int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM entries e LEFT JOIN entries_fts f ON f.rowid = e.id
		WHERE f.rowid IS NULL OR f.title IS NOT e.title OR f.summary IS NOT e.summary
			OR f.partners IS NOT `+ftsPartners).Scan(&stale); err != nil {
		return defects, err
	}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM entries_fts f
		WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.id = f.rowid)`).Scan(&orphans); err != nil {
		return defects, err
	}
	if stale > 0 {
		defects = append(defects, Defect{Kind: DefectSearchIndex, Table: "entries_fts", Reason: ReasonStale, N: int64(stale)})
	}
	if orphans > 0 {
		defects = append(defects, Defect{Kind: DefectSearchIndex, Table: "entries_fts", Reason: ReasonOrphans, N: int64(orphans)})
	}
	return defects, nil
}

// rebuildDerived recomputes, in tx, all derived data from the rows: the
// search index is rebuilt from its own content first (which mends a broken
// index), then refilled from the entries.
func (s *Store) rebuildDerived(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		"INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')",
		"DELETE FROM entries_fts",
		`INSERT INTO entries_fts (rowid, title, summary, partners)
			SELECT e.id, e.title, e.summary, ` + ftsPartners + ` FROM entries e`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
