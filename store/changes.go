package store

import (
	"context"
	"database/sql"
	"sort"
	"strconv"
)

// Changes. Every write to a row that a screen shows, by this program or any
// other (the sqlite3 shell, an import), is logged by the schema's triggers
// in the table changes: the kind of row and its id, under a revision that
// only grows. A screen that loaded its data at revision r asks Changes(r)
// for what was written since and reloads only that; the log keeps the last
// 1,000 changes, and a screen further behind is told to reload everything.
//
// A write of one entry logs several changes (the entry, its links, its
// partners), all in the transaction of the write: a reader sees all of
// them or none.

// ChangeSet is what was written after one revision, up to another.
type ChangeSet struct {
	Since    int64 // the revision asked about
	Revision int64 // the revision now: ask about it next time
	// All is set when the log cannot say what changed (it no longer
	// reaches back to Since, or a bulk load or restore changed
	// everything): reload everything.
	All bool
	// The ids of the rows written, ascending, each once. An entry's links
	// count as the entry and as the partners linked or unlinked; an
	// assessment counts as its partner too.
	Entries, Partners, Assessments, Actions []int64
	Goals                                   []int // goals whose texts, target or rubric changed
	Countries                               bool  // the list of countries changed
}

// Empty reports whether nothing changed.
func (c ChangeSet) Empty() bool {
	return !c.All && !c.Countries && len(c.Entries)+len(c.Partners)+len(c.Assessments)+len(c.Actions)+len(c.Goals) == 0
}

// Revision returns the current revision: it changes with every write, from
// any process. Comparing it is the cheapest way to tell whether anything
// changed; Changes says what.
func (s *Store) Revision(ctx context.Context) (string, error) {
	n, err := revision(ctx, s.db)
	return strconv.FormatInt(n, 10), err
}

func revision(ctx context.Context, q querier) (int64, error) {
	var n int64
	err := q.QueryRowContext(ctx, "SELECT coalesce(max(rev), 0) FROM changes").Scan(&n)
	return n, err
}

// Changes returns what was written after revision since, in one read.
func (s *Store) Changes(ctx context.Context, since int64) (ChangeSet, error) {
	c := ChangeSet{Since: since}
	err := s.read(ctx, func(tx *sql.Tx) error {
		var oldest, newest int64
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(min(rev), 0), coalesce(max(rev), 0) FROM changes").Scan(&oldest, &newest); err != nil {
			return err
		}
		c.Revision = newest
		if since == newest {
			return nil
		}
		if since > newest || since < oldest-1 {
			c.All = true
			return nil
		}
		rows, err := tx.QueryContext(ctx, "SELECT kind, id FROM changes WHERE rev > ? ORDER BY rev", since)
		if err != nil {
			return err
		}
		defer rows.Close()
		sets := map[string]map[int64]bool{}
		for rows.Next() {
			var kind string
			var id int64
			if err := rows.Scan(&kind, &id); err != nil {
				return err
			}
			switch kind {
			case "entry", "partner", "assessment", "action", "goal", "stage":
				if kind == "stage" {
					kind = "goal"
				}
				if sets[kind] == nil {
					sets[kind] = map[int64]bool{}
				}
				sets[kind][id] = true
			case "country":
				c.Countries = true
			default:
				c.All = true
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		ids := func(kind string) []int64 {
			var out []int64
			for id := range sets[kind] {
				out = append(out, id)
			}
			sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
			return out
		}
		c.Entries, c.Partners, c.Assessments, c.Actions = ids("entry"), ids("partner"), ids("assessment"), ids("action")
		for _, g := range ids("goal") {
			c.Goals = append(c.Goals, int(g))
		}
		return nil
	})
	return c, err
}
