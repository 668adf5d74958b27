package seed_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"vision2030/seed"
	"vision2030/store"
)

func TestApplyOnceWithEverythingLinked(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.Now = func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }
	if wrote, err := seed.Apply(ctx, st); err != nil || !wrote {
		t.Fatalf("first Apply = %v, %v", wrote, err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts := func() map[string]int {
		m := map[string]int{}
		for _, table := range []string{"goals", "stages", "countries", "partners", "entries", "entry_partners", "entry_goals", "settings"} {
			var n int
			if err := db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
				t.Fatal(err)
			}
			m[table] = n
		}
		return m
	}
	first := counts()
	d := seed.Data()
	want := map[string]int{"goals": 3, "stages": 15, "countries": len(d.Countries), "partners": len(d.Partners), "entries": len(d.Entries)}
	for table, n := range want {
		if first[table] != n {
			t.Errorf("%s: %d rows, want %d", table, first[table], n)
		}
	}
	if first["countries"] < 30 || first["partners"] < 15 || first["entries"] < 4 {
		t.Errorf("seed too small: %v", first)
	}
	if wrote, err := seed.Apply(ctx, st); err != nil || wrote {
		t.Fatalf("second Apply = %v, %v; want no write", wrote, err)
	}
	if second := counts(); len(second) != len(first) {
		t.Fatal("table set changed")
	} else {
		for k, v := range first {
			if second[k] != v {
				t.Errorf("%s changed from %d to %d on second seed", k, v, second[k])
			}
		}
	}
	var orphans int
	if err := db.QueryRow(`SELECT count(*) FROM entries e WHERE
		NOT EXISTS (SELECT 1 FROM entry_partners WHERE entry_id = e.id) OR
		(e.kind <> 'news' AND NOT EXISTS (SELECT 1 FROM entry_goals WHERE entry_id = e.id))`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 {
		t.Errorf("%d seeded entries lack a partner, or a goal though they are not news", orphans)
	}
	var stagesPerGoal int
	if err := db.QueryRow(`SELECT count(*) FROM (SELECT goal_id FROM stages GROUP BY goal_id
		HAVING count(*) = 5 AND min(stage) = 0 AND max(stage) = 4)`).Scan(&stagesPerGoal); err != nil {
		t.Fatal(err)
	}
	if stagesPerGoal != 3 {
		t.Errorf("%d goals have a full 0–4 rubric, want 3", stagesPerGoal)
	}
}

// TestDataIsConsistent checks the seed data itself: every entry's partners
// exist, every partner's country exists, and the dates are real.
func TestDataIsConsistent(t *testing.T) {
	d := seed.Data()
	countries := map[string]bool{}
	for _, c := range d.Countries {
		if len(c.Code) != 2 || c.NameEN == "" || c.NameJA == "" || c.Region == "" {
			t.Errorf("incomplete country %+v", c)
		}
		if countries[c.Code] {
			t.Errorf("country %s twice", c.Code)
		}
		countries[c.Code] = true
	}
	for _, code := range []string{"JP", "TH", "ID", "IN", "MX", "US", "CH"} {
		if !countries[code] {
			t.Errorf("country %s missing", code)
		}
	}
	names := map[string]bool{}
	for _, p := range d.Partners {
		if !countries[p.CountryCode] || !store.IsPartnerKind(p.Kind) {
			t.Errorf("partner %s: country %q kind %q", p.Name, p.CountryCode, p.Kind)
		}
		names[p.Label()] = true
	}
	for _, want := range []string{"IndustriALL", "UAW", "ILO Japan", "ILO-ACTRAV", "JILAF", "JCM", "JTUC-RENGO", "AFL-CIO"} {
		if !names[want] {
			t.Errorf("partner %s missing", want)
		}
	}
	for _, e := range d.Entries {
		if _, err := store.ParseDate(e.Date); err != nil {
			t.Errorf("%s: %v", e.Title, err)
		}
		for _, p := range e.Partners {
			if !names[p] {
				t.Errorf("%s names unknown partner %s", e.Title, p)
			}
		}
	}
}
