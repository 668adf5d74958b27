package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// migrationsPlus returns the embedded migrations up to and including the
// first n, plus extra (name → body).
func migrationsPlus(t *testing.T, n int, extra map[string]string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	names, err := fs.Glob(embeddedMigrations(), "*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names[:n] {
		body, err := fs.ReadFile(embeddedMigrations(), name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: body}
	}
	for name, body := range extra {
		m[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return m
}

// rebuildEntries rebuilds the entries table with a new column, the way
// SQLite's documentation says to change a table: new table, copy, drop,
// rename. With foreign keys on, the DROP would delete every entry's partner
// and goal links (ON DELETE CASCADE).
const rebuildEntries = rewritesMark + `
-- Entries get a version.
CREATE TABLE entries_new (
    id INTEGER PRIMARY KEY, date TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', opened TEXT,
    first_response TEXT, closed TEXT, came_first INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO entries_new (id, date, kind, title, summary, author, opened, first_response, closed,
    came_first, created_at, updated_at, deleted_at)
SELECT id, date, kind, title, summary, author, opened, first_response, closed,
    came_first, created_at, updated_at, deleted_at FROM entries;
DROP TABLE entries;
ALTER TABLE entries_new RENAME TO entries;
CREATE INDEX entries_date ON entries(date DESC, id DESC);
CREATE INDEX entries_author ON entries(author);
CREATE TRIGGER entries_version AFTER UPDATE OF title ON entries BEGIN
    UPDATE entries SET version = old.version + 1, summary = summary || ';' WHERE id = new.id;
END;
`

type progressLog struct {
	mu    sync.Mutex
	calls map[Task][][2]int
}

func (p *progressLog) fn(task Task, done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.calls == nil {
		p.calls = map[Task][][2]int{}
	}
	p.calls[task] = append(p.calls[task], [2]int{done, total})
}

func (p *progressLog) last(task Task) (done, total, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c := p.calls[task]
	if len(c) == 0 {
		return 0, 0, 0
	}
	return c[len(c)-1][0], c[len(c)-1][1], len(c)
}

// version2 returns a database at schema version 2 with some rows, written
// in that version's shape with plain SQL.
func version2(t *testing.T) (path string, entries, links int) {
	t.Helper()
	ctx := context.Background()
	path = filepath.Join(t.TempDir(), "v.db")
	st, err := Open(ctx, path, withMigrations(migrationsPlus(t, 2, nil)))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`INSERT INTO goals (id, title, short_title, target) VALUES (1, 'Labour rights', 'Rights', 1)`,
		`INSERT INTO countries (code, name_en, name_ja, region) VALUES ('TH', 'Thailand', 'タイ', 'Asia')`,
		`INSERT INTO partners (id, name, short_name, kind, country_code, created_at, updated_at)
			VALUES (1, 'Thai union', 'TU', 'union', 'TH', 't', 't')`,
		`INSERT INTO settings (key, value) VALUES ('seeded_at', 't')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	for i := range 20 {
		if _, err := db.Exec(`INSERT INTO entries (id, date, kind, title, created_at, updated_at)
			VALUES (?, '2026-11-01', 'visit', 'Visit', 't', 't')`, i+1); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO entry_partners (entry_id, partner_id) VALUES (?, 1)`, i+1); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO entry_goals (entry_id, goal_id) VALUES (?, 1)`, i+1); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	rdb := rawDB(t, path)
	return path, countRows(t, rdb, "SELECT count(*) FROM entries"), countRows(t, rdb, "SELECT count(*) FROM entry_partners")
}

func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func countRows(t *testing.T, db *sql.DB, q string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// TestMigrationThatRewritesBacksUpFirst: a migration marked "-- rewrites
// data" is preceded by a verified backup of the old file; it runs with
// foreign keys off (links survive a table rebuild), reports its progress
// statement by statement, and a second Open neither migrates nor backs up
// again.
func TestMigrationThatRewritesBacksUpFirst(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path, entries, links := version2(t)
	var progress progressLog
	all := migrationsPlus(t, 2, map[string]string{"003_versions.sql": rebuildEntries})
	st, err := Open(ctx, path, withMigrations(all), WithProgress(progress.fn))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	bak := path + ".before-v3.bak"
	old := rawDB(t, bak)
	if v := countRows(t, old, "PRAGMA user_version"); v != 2 {
		t.Errorf("backup at schema %d, want 2", v)
	}
	if n := countRows(t, old, "SELECT count(*) FROM entries"); n != entries {
		t.Errorf("backup has %d entries, want %d", n, entries)
	}
	if done, total, _ := progress.last(TaskBackup); done != total || total == 0 {
		t.Errorf("backup progress ended at %d of %d", done, total)
	}

	db := rawDB(t, path)
	if v := countRows(t, db, "PRAGMA user_version"); v != 3 {
		t.Errorf("user_version %d, want 3", v)
	}
	if n := countRows(t, db, "SELECT count(*) FROM entries WHERE version = 1"); n != entries {
		t.Errorf("%d entries with a version, want %d", n, entries)
	}
	if n := countRows(t, db, "SELECT count(*) FROM entry_partners"); n != links {
		t.Errorf("%d partner links after the rebuild, want %d", n, links)
	}
	if n := countRows(t, db, "SELECT count(*) FROM pragma_foreign_key_check"); n != 0 {
		t.Errorf("%d broken references", n)
	}
	// 7 statements: create, insert, drop, rename, 2 indexes, trigger.
	if done, total, n := progress.last(TaskMigrate); done != 7 || total != 7 || n != 7 {
		t.Errorf("migration progress: last %d of %d after %d calls, want 7 of 7 in 7", done, total, n)
	}
	// The store writes with foreign keys on again.
	if _, err := st.db.ExecContext(ctx, "INSERT INTO entry_partners (entry_id, partner_id) VALUES (1, 999)"); err == nil {
		t.Error("foreign keys are off after the migration")
	}
	st.Close()

	again, err := Open(ctx, path, withMigrations(all), WithProgress(progress.fn))
	if err != nil {
		t.Fatal(err)
	}
	again.Close()
	if _, err := os.Stat(path + ".before-v3.2.bak"); err == nil {
		t.Error("a second backup was taken")
	}
	if _, _, n := progress.last(TaskMigrate); n != 7 {
		t.Error("migrated twice")
	}
}

// TestMigrationWithoutMarkOrData: a new file, or a migration that adds
// rather than rewrites, takes no backup.
func TestMigrationWithoutMarkOrData(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	adds := "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
	path, _, _ := version2(t)
	st, err := Open(ctx, path, withMigrations(migrationsPlus(t, 2, map[string]string{"003_notes.sql": adds})))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	fresh := filepath.Join(t.TempDir(), "new.db")
	st, err = Open(ctx, fresh, withMigrations(migrationsPlus(t, 2, map[string]string{"003_versions.sql": rebuildEntries})))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, dir := range []string{filepath.Dir(path), filepath.Dir(fresh)} {
		baks, _ := filepath.Glob(filepath.Join(dir, "*.bak"))
		if len(baks) != 0 {
			t.Errorf("backups taken: %v", baks)
		}
	}
}

// TestFailedMigrationChangesNothing: a migration that fails, or that would
// leave a broken reference, leaves the file at its old version with its
// rows.
func TestFailedMigrationChangesNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for name, body := range map[string]string{
		"error":  rebuildEntries + "\nINSERT INTO no_such_table VALUES (1);",
		"broken": rewritesMark + "\nDELETE FROM partners;",
	} {
		t.Run(name, func(t *testing.T) {
			path, entries, links := version2(t)
			_, err := Open(ctx, path, withMigrations(migrationsPlus(t, 2, map[string]string{"003_bad.sql": body})))
			var oe *OpenError
			if !errors.As(err, &oe) {
				t.Fatalf("Open: %v, want an *OpenError", err)
			}
			db := rawDB(t, path)
			if v := countRows(t, db, "PRAGMA user_version"); v != 2 {
				t.Errorf("user_version %d after a failed migration", v)
			}
			if n := countRows(t, db, "SELECT count(*) FROM entries") + countRows(t, db, "SELECT count(*) FROM entry_partners"); n != entries+links {
				t.Errorf("rows changed by a failed migration")
			}
		})
	}
}

func TestSplitStatements(t *testing.T) {
	t.Parallel()
	got, err := splitStatements(`-- a comment; with a semicolon
CREATE TABLE a (x TEXT DEFAULT 'x;y'); /* block; comment */
CREATE TRIGGER t AFTER INSERT ON a BEGIN
    INSERT INTO a VALUES ('in;side');
    UPDATE a SET x = "q;" WHERE 0;
END;
INSERT INTO a VALUES (1)
-- trailing comment;
-- and another`)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'x;y');",
		"/* block; comment */\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n    INSERT INTO a VALUES ('in;side');\n    UPDATE a SET x = \"q;\" WHERE 0;\nEND;",
		"INSERT INTO a VALUES (1)\n-- trailing comment;\n-- and another",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	if got, _ := splitStatements("-- only\n/* comments */\n"); len(got) != 0 {
		t.Errorf("comments alone: %q", got)
	}
}

// TestReadOnlyStore: a store that cannot write reads, checks and backs up,
// and refuses every write with ErrReadOnly, leaving the file as it was.
func TestReadOnlyStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v.db")
	w, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Seed(ctx, SeedData{
		Goals:     []Goal{{ID: 1, Title: "Labour rights", ShortTitle: "Rights", Target: 1}},
		Countries: []Country{{Code: "TH", NameEN: "Thailand", NameJA: "タイ", Region: "south_east_asia"}},
		Partners:  []Partner{{Name: "Thai union", ShortName: "TU", Kind: KindUnion, CountryCode: "TH"}},
	}); err != nil {
		t.Fatal(err)
	}
	const entries = 20
	for range entries {
		if _, err := w.AddEntry(ctx, NewEntry{Date: "2026-11-01", Kind: KindVisit, Title: "Visit",
			PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := Open(ctx, path, withReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !st.ReadOnly() {
		t.Fatal("ReadOnly() is false")
	}
	page, err := st.Entries(ctx, 0, 100)
	if err != nil || page.Total != entries {
		t.Fatalf("read: %d entries, %v", page.Total, err)
	}
	if _, err := st.Seed(ctx, SeedData{}); err != nil {
		t.Fatalf("seeding a seeded read-only file: %v", err)
	}
	_, err = st.AddEntry(ctx, NewEntry{Date: "2026-11-01", Kind: KindVisit, Title: "Visit", PartnerIDs: []int64{1}, GoalIDs: []int{1}})
	var fe *FileError
	if !errors.Is(err, ErrReadOnly) || !errors.As(err, &fe) || fe.Path != path {
		t.Fatalf("write: %v", err)
	}
	if defects, err := st.Check(ctx); err != nil || len(defects) != 0 {
		t.Fatalf("check: %v, %v", defects, err)
	}
	if err := st.Repair(ctx); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("repair: %v", err)
	}
	if err := st.Backup(ctx, filepath.Join(t.TempDir(), "copy.db"), BackupOptions{}); err != nil {
		t.Fatalf("backup: %v", err)
	}
	st.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the read-only file was modified")
	}

	// An older schema cannot be upgraded read-only.
	known := SchemaVersion()
	newer := migrationsPlus(t, known, map[string]string{fmt.Sprintf("%03d_x.sql", known+1): "CREATE TABLE x (y);"})
	_, err = Open(ctx, path, withMigrations(newer), withReadOnly())
	var oe *OpenError
	if !errors.Is(err, ErrReadOnly) || !errors.As(err, &oe) || oe.Version != known || oe.Known != known+1 {
		t.Fatalf("older schema, read-only: %v", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("%q does not name the file", err)
	}
}

func TestClassifyIntegrityLines(t *testing.T) {
	t.Parallel()
	names := map[string]string{"entries": "entries", "entries_date": "entries", "settings": "settings",
		"sqlite_autoindex_settings_1": "settings", "#7": "entry_partners"}
	for line, want := range map[string]Defect{
		"wrong # of entries in index sqlite_autoindex_settings_1":                   {Kind: DefectDamage, Table: "settings"},
		"row 3 missing from index entries_date":                                     {Kind: DefectDamage, Table: "entries"},
		"Tree 7 page 7 cell 0: invalid page number 4000":                            {Kind: DefectDamage, Table: "entry_partners"},
		"NULL value in entries.title":                                               {Kind: DefectDamage, Table: "entries"},
		"Page 12: never used":                                                       {Kind: DefectDamage},
		"malformed inverted index for FTS5 table main.entries_fts":                  {Kind: DefectSearchIndex, Table: "entries_fts"},
		`fts5: corruption found reading blob 137438953473 from table "entries_fts"`: {Kind: DefectSearchIndex, Table: "entries_fts"},
	} {
		got := classify(line, names)
		if got.Kind != want.Kind || got.Table != want.Table || got.Detail != line {
			t.Errorf("%q: got %s/%q, want %s/%q", line, got.Kind, got.Table, want.Kind, want.Table)
		}
	}
}
