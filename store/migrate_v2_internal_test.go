package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestMigrationFromVersion2 builds a database as vision2030 wrote it at
// schema version 2, with data, and opens it: the rows come across with
// their ids, links and text, partners of kind union and federation become
// tracked, and the derived data and search index are right.
func TestMigrationFromVersion2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"001_init.sql", "002_search_actions.sql"} {
		body, err := migrationFiles.ReadFile("migrations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatal(name, err)
		}
	}
	for _, q := range []string{
		`INSERT INTO goals (id, title, short_title, description, target) VALUES (1, 'Goal one', 'One', 'd', 0.8), (2, 'Goal two', 'Two', '', 1)`,
		`INSERT INTO stages (goal_id, stage, name, rubric) VALUES (1, 0, 'No contact', 'r0'), (1, 3, 'Framework', 'r3')`,
		`INSERT INTO countries (code, name_en, name_ja, region) VALUES ('TH', 'Thailand', 'タイ', 'South-East Asia'), ('US', 'United States', '米国', 'North America')`,
		`INSERT INTO partners (id, name, short_name, kind, country_code, archived, created_at, updated_at) VALUES
			(1, 'Thai Auto Workers', 'TAW', 'federation', 'TH', 0, 't', 't'),
			(2, 'ILO', 'ILO', 'international_org', 'US', 0, 't', 't'),
			(5, 'Old union', '', 'union', 'TH', 1, 't', 't')`,
		`INSERT INTO entries (id, date, kind, title, summary, author, opened, first_response, came_first, created_at, updated_at, deleted_at) VALUES
			(10, '2025-01-02', 'request', 'Wage talks at Rayong', 'line' || char(13) || char(10) || 'line', 'sato', '2025-01-01', '2025-01-05', 1, 't', 't', NULL),
			(11, '2025-02-03', 'visit', 'Deleted visit', '', 'sato', NULL, NULL, 0, 't', 't', 't')`,
		`INSERT INTO entry_partners (entry_id, partner_id) VALUES (10, 1), (10, 2), (11, 1)`,
		`INSERT INTO entry_goals (entry_id, goal_id) VALUES (10, 1), (10, 2), (11, 1)`,
		`INSERT INTO entries_fts (rowid, title, summary, partners) SELECT id, title, summary, '' FROM entries`,
		`INSERT INTO assessments (partner_id, goal_id, stage, date, created_at) VALUES (1, 1, 3, '2025-03-01', 't')`,
		`INSERT INTO actions (entry_id, what, due, created_at, updated_at) VALUES (10, 'Send guidance', '2025-02-01', 't', 't')`,
		`INSERT INTO settings (key, value) VALUES ('seeded_at', 't')`,
		`PRAGMA user_version = 2`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var v int
	st.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion() {
		t.Fatalf("user_version %d", v)
	}
	e, err := st.Entry(ctx, 10)
	if err != nil || e.Summary != "line\r\nline" || e.Opened != "2025-01-01" || !e.CameFirst || len(e.Partners) != 2 || len(e.Goals) != 2 || e.UID == "" {
		t.Errorf("entry 10: %+v %v", e, err)
	}
	p, _ := st.Partner(ctx, 1)
	ilo, _ := st.Partner(ctx, 2)
	if !p.Tracked || ilo.Tracked || p.LastContact != "2025-01-02" || p.Version != 1 {
		t.Errorf("partners: %+v %+v", p, ilo)
	}
	goals, _ := st.Goals(ctx)
	if len(goals) != 2 || goals[0].Title != "Goal one" || goals[0].Target != 0.8 {
		t.Errorf("goals %+v", goals)
	}
	var region string
	st.db.QueryRow("SELECT region FROM countries WHERE code = 'TH'").Scan(&region)
	if region != "south_east_asia" {
		t.Errorf("region %q", region)
	}
	f, _ := ParseFilter("rayong")
	if page, err := st.SearchEntries(ctx, f, 0, 5); err != nil || page.Total != 1 {
		t.Errorf("search after migration: %+v %v", page, err)
	}
	if ps, err := st.CheckDerived(ctx); err != nil || len(ps) > 0 {
		t.Errorf("derived data after migration: %+v %v", ps, err)
	}
	if _, err := st.db.Exec("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("search index after migration: %v", err)
	}
	as, _, _ := st.Actions(ctx, ActionQuery{})
	if len(as) != 1 || as[0].UID == "" {
		t.Errorf("actions %+v", as)
	}
}
