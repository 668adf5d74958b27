package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// TestMigrationToVersion8 opens a database of schema 7, with entries holding
// width forms and statistics that ANALYZE took while the search index was
// nearly empty (as demo and import left them), with schema 8: its stack of
// fold views becomes one view that folds the same text, the index stays
// consistent and finds what it found, and the index's statistics are gone,
// so that SQLite removes a merged segment by its rowid range.
func TestMigrationToVersion8(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v7.db")
	old, err := Open(ctx, path, withMigrations(migrationsPlus(t, 7, nil)))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO goals (id, title_en) VALUES (1, 'Goal one')`,
		`INSERT INTO countries (code, name_en, name_ja, region) VALUES ('JP', 'Japan', '日本', 'east_asia')`,
		`INSERT INTO partners (id, name, short_name, kind, country_code, created_at, updated_at) VALUES
			(1, 'Japan Council of Metalworkers', 'JCM', 'federation', 'JP', 't', 't')`,
	} {
		if _, err := old.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	texts := []string{"ＪＣＭとの協議（第２回）", "ｼﾞﾄﾞｳｼｬ総連　ﾊﾟｰﾄ", "plain wages"}
	for _, title := range texts {
		if _, err := old.AddEntry(ctx, NewEntry{Date: "2026-11-01", Kind: KindVisit, Title: title, Summary: "Ｓｕｍｍａｒｙ",
			Author: "sato", PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
	}
	bodies := func(st *Store) string {
		var out []string
		rows, err := st.db.QueryContext(ctx, "SELECT body FROM entries_search ORDER BY id")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var b string
			rows.Scan(&b)
			out = append(out, b)
		}
		return strings.Join(out, "|")
	}
	before := bodies(old)
	if _, err := old.db.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	old.Close()

	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if after := bodies(st); after != before {
		t.Errorf("the view folds otherwise:\n%s\n%s", before, after)
	}
	var views int
	st.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'view' AND name GLOB 'entries_search_fold*'").Scan(&views)
	if views != 0 {
		t.Errorf("%d views of the stack left", views)
	}
	if _, err := st.db.ExecContext(ctx, "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("search index: %v", err)
	}
	if ps, err := st.CheckDerived(ctx); err != nil || len(ps) > 0 {
		t.Errorf("derived data: %+v %v", ps, err)
	}
	for _, q := range []string{"jcm", "ジドウシャ", "ﾊﾟｰﾄ", "summary"} {
		f, err := ParseFilter(q)
		if err != nil {
			t.Fatal(err)
		}
		page, err := st.SearchEntries(ctx, f, 0, 10)
		if err != nil || page.Total == 0 {
			t.Errorf("%s: %d found, %v", q, page.Total, err)
		}
	}
	var stats int
	if err := st.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_stat1 WHERE tbl GLOB 'entries_fts_*'").Scan(&stats); err != nil || stats != 0 {
		t.Errorf("%d statistics of the search index's tables left (%v)", stats, err)
	}
	if plan := queryPlan(t, st.db, "DELETE FROM entries_fts_data WHERE id >= ? AND id <= ?"); !strings.Contains(plan, "rowid>? AND rowid<?") {
		t.Errorf("a segment is removed by %s", plan)
	}
}

// queryPlan is EXPLAIN QUERY PLAN's details for q, one line.
func queryPlan(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query("EXPLAIN QUERY PLAN "+q, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		out = append(out, detail)
	}
	return strings.Join(out, "; ")
}
