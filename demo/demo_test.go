package demo_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"vision2030/demo"
	"vision2030/store"
)

var today = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

func build(t *testing.T, path string, o demo.Options) {
	t.Helper()
	if o.Today.IsZero() {
		o.Today = today
	}
	if _, err := demo.Build(context.Background(), path, o); err != nil {
		t.Fatal(err)
	}
}

func raw(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestDemoHoldsEveryInvariant builds a small demo and finds its derived
// data, search index, foreign keys and pages sound, and the mix of records
// the issue asks for.
func TestDemoHoldsEveryInvariant(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "demo.db")
	build(t, path, demo.Options{Entries: 3000, Partners: 60, Seed: 7})
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ps, err := st.CheckDerived(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		t.Errorf("%s: %s", p.Table, p.Detail)
	}
	db := raw(t, path)
	for _, q := range []string{
		"INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Errorf("%s: %v", q, err)
		}
	}
	var ok string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: %q, %v", ok, err)
	}
	rows, err := db.Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign keys do not hold")
	}
	rows.Close()
	// Statistics for the planner, but none of the search index's tables,
	// which the load counted before the index was in: told that
	// entries_fts_data is nearly empty, SQLite read all of it whenever FTS5
	// removed a merged segment.
	var stats, ftsStats int
	db.QueryRow("SELECT count(*), count(*) FILTER (WHERE tbl GLOB 'entries_fts_*') FROM sqlite_stat1").Scan(&stats, &ftsStats)
	if stats == 0 || ftsStats != 0 {
		t.Errorf("%d statistics, %d of the search index's tables", stats, ftsStats)
	}
	var triggers int
	db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'").Scan(&triggers)
	if triggers < 15 {
		t.Errorf("%d triggers after the load", triggers)
	}
	// The mix.
	count := func(q string) int {
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	entries := count("SELECT count(*) FROM entries WHERE uid NOT LIKE 'seed:%'")
	for _, c := range []struct {
		what   string
		q      string
		lo, hi int
	}{
		{"entries", "SELECT count(*) FROM entries WHERE uid NOT LIKE 'seed:%'", 3000, 3000},
		{"requests", "SELECT count(*) FROM entries WHERE kind = 'request'", entries * 3 / 100, entries * 7 / 100},
		{"answered requests", "SELECT count(*) FROM entries WHERE first_response IS NOT NULL", entries * 2 / 100, entries * 7 / 100},
		{"news", "SELECT count(*) FROM entries WHERE kind = 'news'", 1, entries / 20},
		{"deleted", "SELECT count(*) FROM entries WHERE deleted_at IS NOT NULL", 1, entries / 30},
		{"actions", "SELECT count(*) FROM actions", entries / 30, entries / 12},
		{"overdue actions", "SELECT count(*) FROM actions WHERE done IS NULL AND due < '2026-11-21'", 1, entries / 20},
		{"Japanese", "SELECT count(*) FROM entries WHERE title GLOB '*[ぁ-ヿ一-鿿]*'", entries / 20, entries / 3},
		{"Thai", "SELECT count(*) FROM entries WHERE title GLOB '*[ก-๛]*'", 1, entries / 5},
		{"before 2018", "SELECT count(*) FROM entries WHERE date < '2018-01-01'", 1, entries / 5},
		{"partners", "SELECT count(*) FROM partners", 60, 100},
		{"archived", "SELECT count(*) FROM partners WHERE archived = 1", 1, 20},
		{"assessments", "SELECT count(*) FROM assessments", 60, 60 * 3 * 6},
		{"stages rising", "SELECT count(*) FROM assessments a WHERE stage > (SELECT b.stage FROM assessments b WHERE b.partner_id = a.partner_id AND b.goal_id = a.goal_id AND b.date < a.date ORDER BY b.date DESC LIMIT 1)", 10, 1000},
		{"stages falling", "SELECT count(*) FROM assessments a WHERE stage < (SELECT b.stage FROM assessments b WHERE b.partner_id = a.partner_id AND b.goal_id = a.goal_id AND b.date < a.date ORDER BY b.date DESC LIMIT 1)", 1, 500},
		{"demo mark", "SELECT count(*) FROM settings WHERE key = 'demo'", 1, 1},
	} {
		if n := count(c.q); n < c.lo || n > c.hi {
			t.Errorf("%s: %d, want %d–%d", c.what, n, c.lo, c.hi)
		}
	}
	avg := count("SELECT CAST(avg(length(CAST(title AS BLOB)) + length(CAST(summary AS BLOB))) AS INTEGER) FROM entries")
	if avg < 280 || avg > 450 {
		t.Errorf("%d bytes of text per entry, want about 350", avg)
	}
	d, err := st.Dashboard(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	if d.Entries < 2900 || d.Goals[0].Assessed == 0 || d.Overdue == 0 || d.Requests.Overall.Count == 0 {
		t.Errorf("a thin dashboard: %d entries, %d assessed, %d overdue, %d requests",
			d.Entries, d.Goals[0].Assessed, d.Overdue, d.Requests.Overall.Count)
	}
}

// dump is every row of every table of the database at path, in order,
// hashed: the same for two databases that hold the same data.
func dump(t *testing.T, path string) string {
	t.Helper()
	db := raw(t, path)
	rows, err := db.Query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	h := sha256.New()
	for _, table := range tables {
		probe, err := db.Query(`SELECT * FROM "` + table + `" LIMIT 0`)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		cols, _ := probe.Columns()
		probe.Close()
		order := make([]string, len(cols))
		for i := range order {
			order[i] = fmt.Sprint(i + 1)
		}
		rows, err := db.Query(`SELECT * FROM "` + table + `" ORDER BY ` + strings.Join(order, ", "))
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(h, "%s %v\n", table, vals)
		}
		rows.Close()
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// TestDemoIsDeterministic builds twice with one seed and once with another.
func TestDemoIsDeterministic(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"), filepath.Join(dir, "c.db")
	build(t, a, demo.Options{Entries: 400, Seed: 3})
	build(t, b, demo.Options{Entries: 400, Seed: 3})
	build(t, c, demo.Options{Entries: 400, Seed: 4})
	if dump(t, a) != dump(t, b) {
		t.Error("the same seed built different databases")
	}
	if dump(t, a) == dump(t, c) {
		t.Error("different seeds built the same database")
	}
}

// TestDemoRefusesOtherFiles leaves a vision2030 database, a foreign SQLite
// database and a text file as they were, and replaces a demo database.
func TestDemoRefusesOtherFiles(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()

	real := filepath.Join(dir, "real.db")
	st, err := store.Open(ctx, real)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	foreign := filepath.Join(dir, "foreign.db")
	db := raw(t, foreign)
	if _, err := db.Exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("not a database at all, but long enough to be read"), 0o644)

	for _, p := range []string{real, foreign, text} {
		before, _ := os.ReadFile(p)
		_, err := demo.Build(ctx, p, demo.Options{Entries: 10, Today: today})
		if err == nil {
			t.Errorf("%s: built over it", filepath.Base(p))
		}
		if p != text && !errors.Is(err, demo.ErrNotDemo) {
			t.Errorf("%s: %v, want ErrNotDemo", filepath.Base(p), err)
		}
		if after, _ := os.ReadFile(p); string(after) != string(before) {
			t.Errorf("%s: changed", filepath.Base(p))
		}
		if _, err := os.Stat(p + ".demo-tmp"); err == nil {
			t.Errorf("%s: left a temporary file", filepath.Base(p))
		}
	}

	// A demo database is rebuilt.
	path := filepath.Join(dir, "demo.db")
	build(t, path, demo.Options{Entries: 50, Seed: 1})
	build(t, path, demo.Options{Entries: 80, Seed: 1})
	var n int
	raw(t, path).QueryRow("SELECT count(*) FROM entries WHERE uid NOT LIKE 'seed:%'").Scan(&n)
	if n != 80 {
		t.Errorf("rebuilt demo has %d entries, want 80", n)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "demo-tmp") {
			t.Errorf("left %s", e.Name())
		}
	}
}

// TestDemoReadsRight: the demo's words read as a bureau's log: no word
// doubled, an entry with one partner (but a conference or a seminar) is
// with partners of one country, a plant only where a union is, short names
// that read as names, and Japanese names for Japanese organisations only.
func TestDemoReadsRight(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "demo.db")
	build(t, path, demo.Options{Entries: 2500, Partners: 400, Seed: 11})
	db := raw(t, path)
	rows, err := db.Query(`SELECT 'entry ' || id, title || ' ' || summary FROM entries WHERE uid NOT LIKE 'seed:%'
		UNION ALL SELECT 'action ' || id, what FROM actions UNION ALL SELECT 'assessment ' || id, note FROM assessments`)
	if err != nil {
		t.Fatal(err)
	}
	doubled := 0
	for rows.Next() {
		var what, text string
		rows.Scan(&what, &text)
		words := strings.Fields(strings.ToLower(text))
		for i := 1; i < len(words); i++ {
			if strings.ContainsAny(words[i-1][len(words[i-1])-1:], ".;:") {
				continue // "… at Honda. Honda's union …"
			}
			if w := strings.Trim(words[i], ",()"); w == strings.Trim(words[i-1], ",()") && w != "" && doubled < 5 {
				doubled++
				t.Errorf("%s: %q twice in %q", what, w, text)
			}
		}
	}
	rows.Close()
	for _, c := range []struct {
		what, q string
	}{
		{"entries with partners of several countries", `SELECT count(*) FROM entries e WHERE e.kind NOT IN ('conference', 'seminar')
			AND e.uid NOT LIKE 'seed:%' AND (SELECT count(DISTINCT p.country_code) FROM entry_partners ep
			JOIN partners p ON p.id = ep.partner_id WHERE ep.entry_id = e.id) > 1`},
		{"entries of a plant with no union", `SELECT count(*) FROM (SELECT id, uid,
				replace(replace(replace(title || summary, 'plant closure', ''), '工場閉鎖', ''), 'การปิดโรงงาน', '') AS text
				FROM entries) e WHERE e.uid NOT LIKE 'seed:%'
			AND (e.text LIKE '%plant%' OR e.text LIKE '%工場%' OR e.text LIKE '%โรงงาน%')
			AND NOT EXISTS (SELECT 1 FROM entry_partners ep JOIN partners p ON p.id = ep.partner_id
				WHERE ep.entry_id = e.id AND p.kind = 'union')`},
		{"partners with a Japanese name outside Japan", `SELECT count(*) FROM partners WHERE uid NOT LIKE 'seed:%'
			AND country_code <> 'JP' AND (name_ja <> '' OR yomi <> '')`},
		{"Japanese partners without a Japanese name", `SELECT count(*) FROM partners WHERE uid NOT LIKE 'seed:%'
			AND country_code = 'JP' AND (name_ja = '' OR yomi = '')`},
		{"Japanese partners", `SELECT 1 - count(*) FROM partners WHERE uid NOT LIKE 'seed:%' AND country_code = 'JP'`},
	} {
		var n int
		if err := db.QueryRow(c.q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", c.what, err)
		}
		if n > 0 {
			t.Errorf("%d %s", n, c.what)
		}
	}
	rows, err = db.Query("SELECT short_name, name FROM partners WHERE uid NOT LIKE 'seed:%'")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var short, name string
		rows.Scan(&short, &name)
		for _, w := range append(strings.Fields(short), strings.Fields(strings.ReplaceAll(short, "-", " "))...) {
			if strings.Trim(w, "0123456789") == "" {
				t.Errorf("%s (%s): a number in the short name", short, name)
			}
		}
		if short == "" || strings.ContainsAny(short, "0123456789") {
			t.Errorf("%q (%s): not a name", short, name)
		}
	}
}

// A demo too small to draw an archived partner still has one.
func TestSmallDemoHasAnArchivedPartner(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "demo.db")
	build(t, path, demo.Options{Entries: 3000, Partners: 30, Seed: 1})
	var n int
	if err := raw(t, path).QueryRow("SELECT count(*) FROM partners WHERE archived = 1").Scan(&n); err != nil || n == 0 {
		t.Errorf("%d archived partners (%v)", n, err)
	}
}
