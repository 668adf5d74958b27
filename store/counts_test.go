package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"reflect"
	"sort"
	"testing"
	"time"

	"vision2030/store"
)

// referenceRequests is the yardstick computed the straightforward way, from
// every request's own row: what the counts kept by the triggers must give.
func referenceRequests(t *testing.T, db *sql.DB, asOf time.Time) store.RequestStats {
	t.Helper()
	day := asOf.Format(store.DateLayout)
	rows, err := db.Query(`SELECT coalesce(opened, date), came_first, coalesce(first_response, '')
		FROM entries WHERE kind = 'request' AND deleted_at IS NULL AND coalesce(opened, date) <= ?`, day)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	years := map[int]*store.YearRequests{}
	days := map[int][]float64{}
	for rows.Next() {
		var opened, response string
		var cameFirst bool
		if err := rows.Scan(&opened, &cameFirst, &response); err != nil {
			t.Fatal(err)
		}
		o, err := store.ParseDate(opened)
		if err != nil {
			continue
		}
		for _, y := range []int{o.Year(), 0} {
			yr := years[y]
			if yr == nil {
				yr = &store.YearRequests{Year: y}
				years[y] = yr
			}
			yr.Count++
			if cameFirst {
				yr.CameFirst++
			}
			if response != "" && response <= day {
				if r, err := store.ParseDate(response); err == nil {
					yr.Answered++
					days[y] = append(days[y], r.Sub(o).Hours()/24)
				}
			}
		}
	}
	var st store.RequestStats
	var ys []int
	for y := range years {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	for _, y := range ys {
		yr := *years[y]
		if d := days[y]; len(d) > 0 {
			sort.Float64s(d)
			m := (d[(len(d)-1)/2] + d[len(d)/2]) / 2
			yr.MedianDays = &m
		}
		if y == 0 {
			st.Overall = yr
		} else {
			st.PerYear = append(st.PerYear, yr)
		}
	}
	return st
}

func sameRequests(a, b store.RequestStats) bool {
	norm := func(s store.RequestStats) string {
		str := func(y store.YearRequests) string {
			m := "-"
			if y.MedianDays != nil {
				m = fmt.Sprintf("%.1f", *y.MedianDays)
			}
			return fmt.Sprintf("%d:%d/%d/%d/%s", y.Year, y.Count, y.CameFirst, y.Answered, m)
		}
		out := str(s.Overall)
		for _, y := range s.PerYear {
			out += " " + str(y)
		}
		return out
	}
	return norm(a) == norm(b)
}

// TestCountsKeptByTriggers writes requests and actions through the store
// and through plain SQL in a random mix, and finds the counts the
// dashboard reads (request_days, action_days) right after every step, and
// the yardstick equal to one computed from the rows, as of any day, by
// either of the ways the store computes it.
func TestCountsKeptByTriggers(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	db := rw(t, st.Path())
	rng := rand.New(rand.NewSource(2))
	var later func(string, int) string
	date := func() string {
		return later(fmt.Sprintf("20%02d-%02d-%02d", 22+rng.Intn(5), 1+rng.Intn(12), 1+rng.Intn(28)), 0)
	}
	later = func(d string, days int) string {
		t, _ := store.ParseDate(d)
		s := t.AddDate(0, 0, days).Format(store.DateLayout)
		if s > "2026-11-21" {
			s = "2026-11-21"
		}
		return s
	}
	var entries, actions []int64
	for step := 0; step < 160; step++ {
		switch op := rng.Intn(12); {
		case op < 3 || len(entries) == 0:
			e := validEntry()
			e.Date = date()
			e.Kind = store.KindRequest
			if rng.Intn(5) == 0 {
				e.Kind = store.KindVisit
			} else {
				e.Opened = e.Date
				if rng.Intn(3) > 0 {
					e.FirstResponse = later(e.Date, rng.Intn(40))
				}
				e.CameFirst = rng.Intn(2) == 0
			}
			id, err := st.AddEntry(ctx, e)
			if err != nil {
				t.Fatal(err)
			}
			entries = append(entries, id)
		case op == 3:
			id, err := st.AddAction(ctx, store.NewAction{EntryID: entries[rng.Intn(len(entries))], What: "follow up",
				Due: date()})
			if err == nil {
				actions = append(actions, id)
			}
		case op == 4 && len(actions) > 0:
			id := actions[rng.Intn(len(actions))]
			if _, err := st.SetActionDone(ctx, id, "2026-11-01"); err != nil {
				st.SetActionDone(ctx, id, "")
			}
		case op == 5 && len(actions) > 0:
			id := actions[rng.Intn(len(actions))]
			if st.DeleteAction(ctx, id) != nil {
				st.RestoreAction(ctx, id)
			}
		case op == 6:
			id := entries[rng.Intn(len(entries))]
			if st.DeleteEntry(ctx, id) != nil {
				st.RestoreEntry(ctx, id)
			}
		case op == 7: // another program answers, reopens or re-dates a request
			mustExec(t, db, "UPDATE entries SET first_response = CASE WHEN first_response IS NULL THEN ? END, came_first = 1 - came_first WHERE id = ? AND kind = 'request'",
				later(date(), 0), entries[rng.Intn(len(entries))])
		case op == 8:
			mustExec(t, db, "UPDATE entries SET opened = ?, kind = CASE WHEN random() % 2 = 0 THEN 'request' ELSE kind END WHERE id = ?",
				date(), entries[rng.Intn(len(entries))])
		case op == 9 && len(actions) > 0:
			mustExec(t, db, "UPDATE actions SET due = CASE WHEN random() % 3 = 0 THEN NULL ELSE ? END, done = CASE WHEN done IS NULL THEN ? END WHERE id = ?",
				date(), date(), actions[rng.Intn(len(actions))])
		case op == 10: // a purge, actions first
			k := rng.Intn(len(entries))
			id := entries[k]
			entries = append(entries[:k], entries[k+1:]...)
			mustExec(t, db, "DELETE FROM actions WHERE entry_id = ?", id)
			mustExec(t, db, "DELETE FROM assessments WHERE entry_id = ?", id)
			mustExec(t, db, "DELETE FROM entries WHERE id = ?", id)
		default: // a request whose opened date is not a date
			mustExec(t, db, "UPDATE entries SET opened = '2025-02-30' WHERE id = ? AND kind = 'request'", entries[rng.Intn(len(entries))])
		}
		if step%20 == 19 {
			checkHealthy(t, st, db, fmt.Sprintf("step %d", step))
			if t.Failed() {
				return
			}
		}
	}
	checkHealthy(t, st, db, "the end")
	for _, day := range []string{"2021-06-30", "2022-03-31", "2023-12-31", "2024-06-15", "2025-07-01", "2026-11-21"} {
		asOf, _ := store.ParseDate(day)
		want := referenceRequests(t, db, asOf)
		for _, late := range []int{2000, 3, 0} {
			restore := store.SetMaxLate(late)
			got, err := st.Requests(ctx, asOf)
			restore()
			if err != nil {
				t.Fatal(err)
			}
			if !sameRequests(got, want) {
				t.Errorf("as of %s (up to %d late): %+v, want %+v", day, late, got, want)
			}
		}
	}
	// The dashboard's action counts agree with the rows.
	d, err := st.Dashboard(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	_, due, err := st.Actions(ctx, store.ActionQuery{Open: true, DueBy: "2026-11-27"})
	if err != nil {
		t.Fatal(err)
	}
	wantDue := count(t, db, `SELECT count(*) FROM actions a JOIN entries e ON e.id = a.entry_id
		WHERE a.done IS NULL AND a.deleted_at IS NULL AND e.deleted_at IS NULL AND a.due <= '2026-11-27'`)
	wantOverdue := count(t, db, `SELECT count(*) FROM actions a JOIN entries e ON e.id = a.entry_id
		WHERE a.done IS NULL AND a.deleted_at IS NULL AND e.deleted_at IS NULL AND a.due < '2026-11-21'`)
	if d.DueTotal != wantDue || due != wantDue || d.Overdue != wantOverdue || wantDue == 0 {
		t.Errorf("due %d/%d, overdue %d; want %d due, %d overdue", d.DueTotal, due, d.Overdue, wantDue, wantOverdue)
	}
	// Damage is found.
	mustExec(t, db, "UPDATE request_days SET requests = requests + 1 WHERE (month, answered, days) IN (SELECT month, answered, days FROM request_days LIMIT 1)")
	mustExec(t, db, "DROP TRIGGER actions_days_update")
	mustExec(t, db, `UPDATE actions SET due = '1999-01-01' WHERE id = (SELECT min(a.id) FROM actions a
		JOIN entries e ON e.id = a.entry_id WHERE a.deleted_at IS NULL AND e.deleted_at IS NULL)`)
	ps, err := st.CheckDerived(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]bool{}
	for _, p := range ps {
		tables[p.Table] = true
	}
	if !tables["request_days"] || !tables["action_days"] {
		t.Errorf("damage not found: %+v", ps)
	}
	if err := st.RebuildDerived(ctx); err != nil {
		t.Fatal(err)
	}
	if ps, _ := st.CheckDerived(ctx); len(ps) > 0 {
		t.Errorf("after a rebuild: %+v", ps)
	}
}

// TestShellKeepsCounts writes requests and actions with the stock sqlite3
// shell (Debian's 3.40 in CI), which runs only the schema's triggers, and
// finds every derived table right and the changes logged.
func TestShellKeepsCounts(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("sqlite3 is not installed")
		}
		t.Skip("sqlite3 is not installed")
	}
	st := seeded(t)
	ctx := context.Background()
	before, err := st.Changes(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	sqlText := `PRAGMA foreign_keys = ON;
		INSERT INTO entries (date, kind, title, opened, first_response, came_first, created_at, updated_at)
			VALUES ('2026-03-01', 'request', 'Shell request', '2026-02-27', '2026-03-04', 1, 'x', 'x');
		INSERT INTO entry_partners (entry_id, partner_id) SELECT max(id), 2 FROM entries;
		INSERT INTO entry_goals (entry_id, goal_id) SELECT max(id), 2 FROM entries;
		INSERT INTO actions (entry_id, what, due, created_at, updated_at) SELECT max(id), 'call back', '2026-03-10', 'x', 'x' FROM entries;
		INSERT INTO actions (entry_id, what, due, created_at, updated_at) SELECT max(id), 'write', NULL, 'x', 'x' FROM entries;
		UPDATE entries SET first_response = '2026-03-09', came_first = 0 WHERE title = 'Shell request';
		UPDATE actions SET done = '2026-03-11' WHERE what = 'call back';
		UPDATE entries SET deleted_at = '2026-04-01T00:00:00Z' WHERE title = 'Shell request';
		UPDATE entries SET deleted_at = NULL WHERE title = 'Shell request';
		INSERT INTO entries (date, kind, title, opened, created_at, updated_at)
			VALUES ('2026-05-01', 'request', 'Gone soon', '2026-05-01', 'x', 'x');
		INSERT INTO actions (entry_id, what, due, created_at, updated_at) SELECT max(id), 'lost', '2026-05-02', 'x', 'x' FROM entries;
		UPDATE entries SET deleted_at = '2026-05-03T00:00:00Z' WHERE title = 'Gone soon';
		DELETE FROM actions WHERE entry_id = (SELECT id FROM entries WHERE title = 'Gone soon');
		DELETE FROM entries WHERE title = 'Gone soon';`
	if out, err := exec.Command("sqlite3", st.Path(), sqlText).CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	db := rw(t, st.Path())
	checkHealthy(t, st, db, "after the shell's writes")
	r, err := st.Requests(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	if r.Overall.Count != 1 || r.Overall.Answered != 1 || r.Overall.MedianDays == nil || *r.Overall.MedianDays != 10 {
		t.Errorf("requests after the shell's writes: %+v", r.Overall)
	}
	as, total, err := st.Actions(ctx, store.ActionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(as) != 2 || as[0].What != "write" {
		t.Errorf("actions: %d %+v", total, as)
	}
	after, err := st.Changes(ctx, before.Revision)
	if err != nil {
		t.Fatal(err)
	}
	if after.Revision <= before.Revision || after.All || len(after.Entries) != 2 || len(after.Actions) != 3 ||
		!reflect.DeepEqual(after.Partners, []int64{2}) {
		t.Errorf("changes since %d: %+v", before.Revision, after)
	}
}
