package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"testing"

	"vision2030/store"
)

// rw opens the store's file for writing as another program would: plain
// SQL, no vision2030 code, so only the schema's triggers keep derived data.
func rw(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func mustExec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func checkHealthy(t *testing.T, st *store.Store, db *sql.DB, when string) {
	t.Helper()
	ps, err := st.CheckDerived(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		t.Errorf("%s: %s: %s", when, p.Table, p.Detail)
	}
	if _, err := db.Exec("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("%s: search index: %v", when, err)
	}
}

// TestTriggersKeepDerivedData writes through the store and through plain SQL
// in a random mix and finds the derived tables and the search index right
// after every step.
func TestTriggersKeepDerivedData(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	db := rw(t, st.Path())
	rng := rand.New(rand.NewSource(1))
	kinds := []store.EntryKind{store.KindConsultation, store.KindVisit, store.KindNews, store.KindRequest}
	var ids []int64
	for step := 0; step < 120; step++ {
		date := fmt.Sprintf("2025-%02d-%02d", 1+rng.Intn(12), 1+rng.Intn(28))
		kind := kinds[rng.Intn(len(kinds))]
		switch op := rng.Intn(9); {
		case op < 2 || len(ids) == 0:
			e := validEntry()
			e.Date, e.Kind = date, kind
			e.Title = fmt.Sprintf("entry %d ＡＢＣ ｼﾞﾄﾞｳｼｬ", step)
			e.PartnerIDs = []int64{int64(1 + rng.Intn(21)), int64(1 + rng.Intn(21))}
			e.GoalIDs = []int{1 + rng.Intn(3)}
			id, err := st.AddEntry(ctx, e)
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		case op == 2:
			id := ids[rng.Intn(len(ids))]
			st.PatchEntry(ctx, id, store.EntryPatch{Date: &date, DropRequest: true, Kind: &kind, AddGoals: []int{1 + rng.Intn(3)}})
		case op == 3:
			id := ids[rng.Intn(len(ids))]
			if st.DeleteEntry(ctx, id) != nil {
				st.RestoreEntry(ctx, id)
			}
		case op == 4: // another program edits the entry itself
			mustExec(t, db, "UPDATE entries SET date = ?, kind = ?, title = title || ' x' WHERE id = ?", date, kind, ids[rng.Intn(len(ids))])
		case op == 5:
			mustExec(t, db, "UPDATE entries SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2026-01-01T00:00:00Z' END WHERE id = ?", ids[rng.Intn(len(ids))])
		case op == 6: // and its links
			id := ids[rng.Intn(len(ids))]
			mustExec(t, db, "DELETE FROM entry_goals WHERE entry_id = ? AND goal_id = (SELECT min(goal_id) FROM entry_goals WHERE entry_id = ?) AND (SELECT count(*) FROM entry_goals WHERE entry_id = ?) > 1", id, id, id)
			mustExec(t, db, "INSERT OR IGNORE INTO entry_goals (entry_id, goal_id, contact_date) VALUES (?, ?, '1999-01-01')", id, 1+rng.Intn(3))
		case op == 7:
			mustExec(t, db, "UPDATE entry_goals SET goal_id = 3 - goal_id + 1 WHERE entry_id = ? AND NOT EXISTS (SELECT 1 FROM entry_goals x WHERE x.entry_id = entry_goals.entry_id AND x.goal_id = 3 - entry_goals.goal_id + 1)", ids[rng.Intn(len(ids))])
		default: // a purge
			k := rng.Intn(len(ids))
			id := ids[k]
			ids = append(ids[:k], ids[k+1:]...)
			mustExec(t, db, "DELETE FROM actions WHERE entry_id = ?", id)
			mustExec(t, db, "DELETE FROM assessments WHERE entry_id = ?", id)
			mustExec(t, db, "DELETE FROM entries WHERE id = ?", id)
		}
		if step%10 == 9 {
			checkHealthy(t, st, db, fmt.Sprintf("step %d", step))
			if t.Failed() {
				return
			}
		}
	}
	checkHealthy(t, st, db, "the end")
	// A rebuild leaves the same numbers.
	before, _ := st.Dashboard(ctx, today)
	if err := st.RebuildDerived(ctx); err != nil {
		t.Fatal(err)
	}
	after, _ := st.Dashboard(ctx, today)
	if fmt.Sprint(before.Goals) != fmt.Sprint(after.Goals) || before.Entries != after.Entries {
		t.Errorf("rebuild changed the dashboard:\n%+v\n%+v", before.Goals, after.Goals)
	}
	// And damage is found: a wrong count and a wrong contact date.
	mustExec(t, db, "UPDATE goal_days SET entries = entries + 1 WHERE (goal_id, day) IN (SELECT goal_id, day FROM goal_days LIMIT 1)")
	mustExec(t, db, "DROP TRIGGER entry_partners_update")
	mustExec(t, db, "UPDATE entry_partners SET contact_date = '1999-01-01' WHERE (entry_id, partner_id) IN (SELECT entry_id, partner_id FROM entry_partners LIMIT 1)")
	// A replacement the search folds by, changed or lost.
	mustExec(t, db, "UPDATE fold_pairs SET b = 'x' WHERE n = 30")
	mustExec(t, db, "DELETE FROM fold_pairs WHERE n = 100")
	ps, err := st.CheckDerived(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]bool{}
	for _, p := range ps {
		tables[p.Table] = true
	}
	if !tables["goal_days"] || !tables["entry_partners"] || !tables["fold_pairs"] {
		t.Errorf("damage not found: %+v", ps)
	}
	if err := st.RebuildDerived(ctx); err != nil {
		t.Fatal(err)
	}
	if ps, err := st.CheckDerived(ctx); err != nil || len(ps) > 0 {
		t.Errorf("after a rebuild: %+v %v", ps, err)
	}
}

// TestShellInsertIsSearchable inserts an entry with the stock sqlite3 shell
// (Debian's 3.40 in CI), which knows nothing of vision2030, and finds it
// through the filter language.
func TestShellInsertIsSearchable(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("sqlite3 is not installed")
		}
		t.Skip("sqlite3 is not installed")
	}
	st := seeded(t)
	ctx := context.Background()
	sqlText := `PRAGMA foreign_keys = ON;
		INSERT INTO entries (date, kind, title, summary, author, created_at, updated_at)
			VALUES ('2026-03-01', 'visit', 'Visit to the Rayong plant', 'Talked about ｼﾞﾄﾞｳｼｬ and ＪＣＭ in ﾚｲﾖﾝ', 'shell', 'x', 'x');
		INSERT INTO entry_partners (entry_id, partner_id) VALUES (last_insert_rowid(), 2);
		INSERT INTO entry_goals (entry_id, goal_id) SELECT max(id), 2 FROM entries;`
	if out, err := exec.Command("sqlite3", st.Path(), sqlText).CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	for _, q := range []string{"rayong", "\"Rayong plant\"", "ジドウシャ rayong", "ｼﾞﾄﾞｳｼｬ rayong", "jcm rayong",
		"ＪＣＭ rayong", "ﾚ", "goal:2 country:US Rayong"} {
		f, err := store.ParseFilter(q)
		if err != nil {
			t.Fatal(err)
		}
		page, err := st.SearchEntries(ctx, f, 0, 5)
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != 1 || page.Entries[0].Title != "Visit to the Rayong plant" {
			t.Errorf("%s: %d found", q, page.Total)
		}
	}
	db := rw(t, st.Path())
	checkHealthy(t, st, db, "after the shell's insert")
	if d, _ := st.Dashboard(ctx, today); d.Goals[1].LastActivity != "2026-03-01" {
		t.Errorf("goal 2's last contact %q", d.Goals[1].LastActivity)
	}
}

// TestDroppedFoldPairs: the table of the search's replacements, dropped
// from the shell, is a defect that check reports and a repair mends.
func TestDroppedFoldPairs(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	db := rw(t, st.Path())
	mustExec(t, db, "DROP TABLE fold_pairs")
	ps, err := st.CheckDerived(ctx)
	if err != nil || len(ps) != 1 || ps[0].Table != "fold_pairs" {
		t.Fatalf("check: %+v %v", ps, err)
	}
	if err := st.RebuildDerived(ctx); err != nil {
		t.Fatal(err)
	}
	checkHealthy(t, st, db, "after the repair")
	if _, err := st.AddEntry(ctx, store.NewEntry{Date: "2026-11-01", Kind: store.KindVisit, Title: "ＪＣＭ visit",
		Author: "sato", PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
		t.Fatal(err)
	}
	checkHealthy(t, st, db, "after a write")
}
