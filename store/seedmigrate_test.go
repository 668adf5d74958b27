package store_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"vision2030/store"
)

// oldSeeded builds, at path, a database as vision2030 at schema 2 seeded it
// (testdata/v2-seeded.sql), then applies a user's changes to it.
func oldSeeded(t *testing.T, path string, changes ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var stmts []string
	for _, f := range []string{"migrations/001_init.sql", "migrations/002_search_actions.sql", "testdata/v2-seeded.sql"} {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		stmts = append(stmts, string(body))
	}
	stmts = append(stmts, `DELETE FROM entries_fts; INSERT INTO entries_fts (rowid, title, summary, partners)
		SELECT e.id, e.title, e.summary, coalesce((SELECT group_concat(p.name || ' ' || p.short_name, ' ')
			FROM entry_partners ep JOIN partners p ON p.id = ep.partner_id WHERE ep.entry_id = e.id), '') FROM entries e`)
	stmts = append(stmts, changes...)
	stmts = append(stmts, "PRAGMA user_version = 2")
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%.60s…: %v", s, err)
		}
	}
}

// rows returns every row of query as strings, for comparing tables.
func rows(t *testing.T, st *store.Store, query string) [][]string {
	t.Helper()
	db := raw(t, st.Path())
	rs, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	cols, _ := rs.Columns()
	var out [][]string
	for rs.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(cols))
		for i, v := range vals {
			row[i] = v.String
		}
		out = append(out, row)
	}
	return out
}

// TestOldSeededDatabase migrates a database seeded by vision2030 at schema
// 2, which its users have changed since: the reference data (regions,
// countries, the goals' and stages' texts as the old seed wrote them) comes
// out as a new database has it; everything the users wrote or changed, and
// every partner and entry, stays as it was.
func TestOldSeededDatabase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	oldSeeded(t, path,
		// The users rewrote goal 2's description and stage 3/2's rubric, set
		// goal 3's target, edited the UAW's notes, and logged and assessed.
		`UPDATE goals SET description = 'Our own words on relations.' WHERE id = 2`,
		`UPDATE stages SET rubric = 'Our own rubric.' WHERE goal_id = 3 AND stage = 2`,
		`UPDATE goals SET target = 0.8 WHERE id = 3`,
		`UPDATE partners SET notes = 'Met in Detroit.' WHERE short_name = 'UAW'`,
		`INSERT INTO partners (id, name, short_name, kind, country_code, created_at, updated_at)
			VALUES (100, 'Thai Auto Workers', 'TAW', 'federation', 'TH', 't', 't')`,
		`INSERT INTO entries (id, date, kind, title, summary, author, created_at, updated_at)
			VALUES (100, '2026-01-10', 'consultation', 'Wage talks', '', 'sato', 't', 't')`,
		`INSERT INTO entry_partners VALUES (100, 100), (100, 2)`,
		`INSERT INTO entry_goals VALUES (100, 2)`,
		`INSERT INTO assessments (partner_id, goal_id, stage, date, created_at) VALUES (100, 2, 3, '2026-01-10', 't')`,
	)
	old, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	fresh := seeded(t)

	// Reference data as a new database has it.
	for _, q := range []string{
		"SELECT * FROM regions ORDER BY code",
		"SELECT * FROM entry_kinds ORDER BY code",
		"SELECT * FROM partner_kinds ORDER BY code",
		"SELECT code, name_en, name_ja, yomi, region, ja_confirmed FROM countries ORDER BY code",
		`SELECT goal_id, stage, name_en, name_ja, rubric_en, rubric_ja, rubric_draft, ja_confirmed FROM stages
			WHERE NOT (goal_id = 3 AND stage = 2) ORDER BY goal_id, stage`,
		`SELECT id, title_en, title_ja, short_title_en, short_title_ja, description_en, description_ja, description_draft,
			ja_confirmed, target, target_default FROM goals WHERE id = 1`,
		`SELECT id, title_en, title_ja, short_title_en, short_title_ja, ja_confirmed FROM goals WHERE id IN (2, 3) ORDER BY id`,
		`SELECT id, description_en, description_ja, description_draft FROM goals WHERE id = 3`,
	} {
		if got, want := rows(t, old, q), rows(t, fresh, q); !reflect.DeepEqual(got, want) {
			t.Errorf("%s\nmigrated: %q\nnew:      %q", q, got, want)
		}
	}

	// The users' own texts and settings, untouched.
	goals, err := old.Goals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if g := goals[1]; g.Description != "Our own words on relations." || g.DescriptionDraft || g.DescriptionJA != "" {
		t.Errorf("goal 2's own description was changed: %+v", g)
	}
	if g := goals[2]; g.Target != 0.8 || g.TargetDefault {
		t.Errorf("goal 3's target: %v (default %v), want 0.8 set by JAW", g.Target, g.TargetDefault)
	}
	if g := goals[0]; g.Target != 1 || !g.TargetDefault {
		t.Errorf("goal 1's target: %v (default %v), want the default", g.Target, g.TargetDefault)
	}
	stages, _ := old.Stages(ctx)
	if s := stages[2*5+2]; s.Rubric != "Our own rubric." || s.RubricDraft || s.RubricJA != "" || s.NameJA == "" {
		t.Errorf("goal 3 stage 2: %+v", s)
	}

	// Partners and entries as the old seed and the users left them: the UAW
	// is still a federation, the memorandum still a visit linked to goal 1,
	// the Task Force still two entries. The migration does not rewrite
	// users' records, even seeded ones.
	uaw, err := old.ResolvePartner(ctx, "UAW")
	if err != nil || uaw.Kind != store.KindFederation || uaw.Notes != "Met in Detroit." || !uaw.Tracked {
		t.Errorf("UAW: %+v %v", uaw, err)
	}
	page, err := old.Entries(ctx, 0, 100)
	if err != nil || page.Total != 6 {
		t.Fatalf("entries: %d, %v", page.Total, err)
	}
	memo, _ := old.Entry(ctx, 1)
	if memo.Kind != store.KindVisit || !reflect.DeepEqual(memo.Goals, []int{1}) {
		t.Errorf("memorandum: %+v", memo)
	}
	mine, _ := old.Entry(ctx, 100)
	if mine.Title != "Wage talks" || len(mine.Partners) != 2 || !reflect.DeepEqual(mine.Goals, []int{2}) {
		t.Errorf("the user's entry: %+v", mine)
	}
	if n := count(t, raw(t, old.Path()), "SELECT count(*) FROM partners"); n != 22 {
		t.Errorf("%d partners, want the old seed's 21 and the user's one", n)
	}
	if ps, err := old.CheckDerived(ctx); err != nil || len(ps) > 0 {
		t.Errorf("derived data: %+v %v", ps, err)
	}
	// Seeding again writes nothing: the database was seeded before.
	if wrote, err := old.Seed(ctx, store.SeedData{}); err != nil || wrote {
		t.Errorf("seed on a migrated database: %v %v", wrote, err)
	}
}

// TestUnseededOldDatabaseGetsNoCountries: the migration adds countries only
// to a database that was seeded with the others; a new one gets them from
// the seed, which would otherwise meet them twice.
func TestUnseededOldDatabaseGetsNoCountries(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "old.db")
	oldSeeded(t, path, "DELETE FROM settings WHERE key = 'seeded_at'",
		"DELETE FROM countries WHERE code NOT IN (SELECT country_code FROM partners)")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n := count(t, raw(t, path), "SELECT count(*) FROM countries WHERE code IN ('RU', 'IR', 'UZ', 'ZA', 'MA')"); n != 0 {
		t.Errorf("%d countries added to an unseeded database", n)
	}
}
