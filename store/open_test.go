package store_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vision2030/seed"
	"vision2030/store"
)

// hotJournal writes, beside path, the rollback journal a process leaves when
// it is killed in its first write to a new database: it records that the
// file was empty (0 pages) before the transaction, so rolling it back
// empties the file again.
func hotJournal(t *testing.T, path string) {
	t.Helper()
	hdr := make([]byte, 512)
	copy(hdr, []byte{0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7})
	binary.BigEndian.PutUint32(hdr[8:], 0)           // records: unknown (not yet synced)
	binary.BigEndian.PutUint32(hdr[12:], 0x1234abcd) // checksum nonce
	binary.BigEndian.PutUint32(hdr[16:], 0)          // pages before the transaction
	binary.BigEndian.PutUint32(hdr[20:], 512)        // sector size
	binary.BigEndian.PutUint32(hdr[24:], 4096)       // page size
	if err := os.WriteFile(path+"-journal", hdr, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestMain(m *testing.M) {
	if path := os.Getenv("VISION2030_HOT_JOURNAL"); path != "" {
		hotJournalHelper(path)
		return
	}
	if path := os.Getenv("VISION2030_HOLD"); path != "" {
		holdHelper(path)
		return
	}
	code := m.Run()
	cleanBench()
	os.Exit(code)
}

// hotJournalHelper, run by TestOpenRecoversHotJournal as a child process,
// starts a large transaction on a new database in rollback-journal mode,
// says "ready" once pages have reached the file, and waits to be killed.
func hotJournalHelper(path string) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(DELETE)&_pragma=cache_size(8)")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`BEGIN; CREATE TABLE half (x);
		WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
		INSERT INTO half SELECT randomblob(1000) FROM n;`); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("ready")
	time.Sleep(time.Minute)
	os.Exit(1)
}

// TestOpenRecoversHotJournal opens files left by a process killed while it
// created a database: the journal is rolled back and the database created,
// with no manual step (the bug was "attempt to write a readonly database" on
// every later start).
func TestOpenRecoversHotJournal(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		make func(t *testing.T, path string)
	}{
		{"killed switching to WAL", func(t *testing.T, path string) {
			// What vision2030 left when killed in journal_mode=WAL on a
			// new file: page 1 written with the WAL header, and the journal.
			w := filepath.Join(t.TempDir(), "w.db")
			db, err := sql.Open("sqlite", "file:"+w+"?_pragma=journal_mode(WAL)")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec("PRAGMA user_version = 0"); err != nil {
				t.Fatal(err)
			}
			db.Close()
			page, err := os.ReadFile(w)
			if err != nil || len(page) != 4096 || page[18] != 2 {
				t.Fatalf("setup: page 1 of a new WAL file: %d bytes, %v", len(page), err)
			}
			if err := os.WriteFile(path, page, 0o644); err != nil {
				t.Fatal(err)
			}
			hotJournal(t, path)
		}},
		{"page 1 half written", func(t *testing.T, path string) {
			if err := os.WriteFile(path, make([]byte, 4096), 0o644); err != nil {
				t.Fatal(err)
			}
			hotJournal(t, path)
		}},
		{"killed mid-transaction", func(t *testing.T, path string) {
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), "VISION2030_HOT_JOURNAL="+path)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			ready := make(chan bool)
			go func() {
				sc := bufio.NewScanner(out)
				for sc.Scan() {
					if sc.Text() == "ready" {
						ready <- true
						return
					}
				}
				ready <- false
			}()
			select {
			case ok := <-ready:
				if !ok {
					t.Fatal("helper ended before it was ready")
				}
			case <-time.After(30 * time.Second):
				t.Fatal("helper never ready")
			}
			cmd.Process.Kill()
			cmd.Wait()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "v.db")
			tt.make(t, path)
			if info, err := os.Stat(path); err != nil || info.Size() == 0 {
				t.Fatalf("setup: the file is empty or missing (%v)", err)
			}
			if !hasFile(path + "-journal") {
				t.Fatal("setup: no journal")
			}
			ctx := context.Background()
			st, err := store.Open(ctx, path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer st.Close()
			if _, err := seed.Apply(ctx, st); err != nil {
				t.Fatalf("seed: %v", err)
			}
			if hasFile(path + "-journal") {
				t.Error("the journal is still there")
			}
			db := raw(t, path)
			if v := count(t, db, "PRAGMA user_version"); v != store.SchemaVersion() {
				t.Errorf("user_version %d", v)
			}
			if n := count(t, db, "SELECT count(*) FROM sqlite_schema WHERE name = 'half'"); n != 0 {
				t.Error("the killed transaction's table survived")
			}
			if n := count(t, db, "SELECT count(*) FROM goals"); n != 3 {
				t.Errorf("%d goals", n)
			}
		})
	}
}

func hasFile(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestOpenDoesNotWaitForWriter opens, seeds and reads a database while
// another connection holds the write lock for longer than the busy timeout:
// a database at the current schema and seeded is opened by reading only.
func TestOpenDoesNotWaitForWriter(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	st.Close()
	writer, err := sql.Open("sqlite", "file:"+st.Path()+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	writer.SetMaxOpenConns(1)
	if _, err := writer.Exec("BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('held', 'x')"); err != nil {
		t.Fatal(err)
	}
	defer writer.Exec("ROLLBACK")

	done := make(chan error, 1)
	go func() {
		r, err := store.Open(ctx, st.Path())
		if err != nil {
			done <- err
			return
		}
		defer r.Close()
		if _, err := seed.Apply(ctx, r); err != nil {
			done <- fmt.Errorf("seed: %w", err)
			return
		}
		if _, err := r.Entries(ctx, 0, 10); err != nil {
			done <- fmt.Errorf("entries: %w", err)
			return
		}
		_, err = r.Dashboard(ctx, today)
		done <- err
	}()
	// The writer holds the lock until the reader is done, or well past the
	// 5 s busy timeout a waiting reader would fail after.
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("reader while a writer holds the lock: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("reader still waiting after 15 s")
	}
}

// TestCloseCheckpoints: a store that closes while another is open (so
// SQLite's own last-close checkpoint does not run) still moves its writes
// from the -wal into the file.
func TestCloseCheckpoints(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	other, err := store.Open(ctx, st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Entries(ctx, 0, 1); err != nil { // a connection stays open
		t.Fatal(err)
	}
	for range 3 {
		if _, err := st.AddEntry(ctx, validEntry()); err != nil {
			t.Fatal(err)
		}
	}
	want := len(seed.Entries()) + 3
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	// immutable=1 reads the main file alone, ignoring the -wal.
	db, err := sql.Open("sqlite", "file:"+st.Path()+"?mode=ro&immutable=1")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := count(t, db, "SELECT count(*) FROM entries"); n != want {
		t.Fatalf("the file holds %d entries after Close, want %d", n, want)
	}
}

// TestDurableWrites: the store writes with synchronous=FULL.
func TestDurableWrites(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	if _, err := st.AddEntry(ctx, validEntry()); err != nil {
		t.Fatal(err)
	}
	sync, err := store.SynchronousForTest(ctx, st)
	if err != nil || sync != 2 {
		t.Fatalf("synchronous = %d, %v; want 2 (FULL)", sync, err)
	}
}

// TestBackupWhileWriting backs up, in small steps, while another store
// writes between them: the copy is one consistent snapshot, self-contained
// and sound.
func TestBackupWhileWriting(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	for range 200 {
		e := validEntry()
		e.Summary = strings.Repeat("Wages and working hours. ", 40)
		if _, err := st.AddEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	before := count(t, raw(t, st.Path()), "SELECT count(*) FROM entries")
	writer, err := store.Open(ctx, st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	writer.Now = st.Now

	dest := filepath.Join(t.TempDir(), "copy.db")
	var calls, last, total int
	wrote := 0
	err = store.BackupInSteps(ctx, st, dest, 4, func(done, tot int) {
		if done < last {
			t.Errorf("progress went back from %d to %d", last, done)
		}
		calls, last, total = calls+1, done, tot
		// Write between steps, from another connection (a bounded number of
		// times: a backup that restarted on every change would never end).
		if wrote < 50 {
			if _, err := writer.AddEntry(ctx, validEntry()); err != nil {
				t.Errorf("write during backup: %v", err)
			}
			wrote++
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls < 3 || last != total {
		t.Errorf("progress: %d calls, last %d of %d", calls, last, total)
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if hasFile(dest + suffix) {
			t.Errorf("the copy has a %s file", suffix)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	if len(entries) != 1 {
		t.Errorf("left beside the copy: %v", entries)
	}
	db := raw(t, dest)
	var ic, mode string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&ic); err != nil || ic != "ok" {
		t.Fatalf("copy integrity: %q, %v", ic, err)
	}
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "delete" {
		t.Errorf("copy journal mode %q, %v", mode, err)
	}
	if n := count(t, db, "SELECT count(*) FROM entries"); n != before {
		t.Errorf("copy has %d entries; the snapshot had %d (%d written during the copy)", n, before, wrote)
	}
	if n := count(t, db, "PRAGMA user_version"); n != store.SchemaVersion() {
		t.Errorf("copy user_version %d", n)
	}
}

func TestBackupRefuses(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.db")
	if err := os.WriteFile(existing, []byte("last week's backup"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := st.Backup(ctx, existing, store.BackupOptions{})
	var be *store.BackupError
	if !errors.Is(err, store.ErrBackupExists) || !errors.As(err, &be) || be.Path != existing {
		t.Fatalf("over an existing file: %v", err)
	}
	if b, _ := os.ReadFile(existing); string(b) != "last week's backup" {
		t.Fatal("the existing file was changed")
	}
	if err := st.Backup(ctx, st.Path(), store.BackupOptions{Overwrite: true}); !errors.Is(err, store.ErrBackupIsSource) {
		t.Fatalf("onto the database itself: %v", err)
	}
	if err := st.Backup(ctx, filepath.Join(dir, "no", "such", "dir.db"), store.BackupOptions{}); err == nil {
		t.Fatal("into a missing directory: no error")
	}
	if err := st.Backup(ctx, existing, store.BackupOptions{Overwrite: true}); err != nil {
		t.Fatalf("overwrite: %v", err)
	}
	if n := count(t, raw(t, existing), "SELECT count(*) FROM goals"); n != 3 {
		t.Fatalf("overwritten copy has %d goals", n)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left in the directory: %v", entries)
	}
}

// damagePage overwrites the first page of table's b-tree in the file at
// path with garbage, as a disk or a stray write might.
func damagePage(t *testing.T, path, table string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	var root, size int
	if err := db.QueryRow("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = ?", table).Scan(&root, &size); err != nil {
		t.Fatal(err)
	}
	db.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xa5}, size), int64(root-1)*int64(size)); err != nil {
		t.Fatal(err)
	}
}

// damagedCopy returns a self-contained copy of a seeded store with one page
// of table overwritten.
func damagedCopy(t *testing.T, table string) string {
	t.Helper()
	st := seeded(t)
	for range 30 {
		if _, err := st.AddEntry(context.Background(), validEntry()); err != nil {
			t.Fatal(err)
		}
	}
	dest := filepath.Join(t.TempDir(), "damaged.db")
	if err := st.Backup(context.Background(), dest, store.BackupOptions{}); err != nil {
		t.Fatal(err)
	}
	damagePage(t, dest, table)
	return dest
}

// TestCheckFindsDamagedPage: a page overwritten with garbage is found by
// Check, named by its table; the store then refuses writes, and so does the
// next process to open the file.
func TestCheckFindsDamagedPage(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := damagedCopy(t, "entries")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if st.Damaged() {
		t.Fatal("damaged before anything read the page")
	}
	defects, err := st.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range defects {
		if d.Kind == store.DefectDamage && d.Table == "entries" {
			found = true
		}
	}
	if !found {
		t.Fatalf("no damage to entries among %v", defects)
	}
	if !st.Damaged() {
		t.Fatal("Check found damage but the store is not marked damaged")
	}
	_, err = st.AddPartner(ctx, store.Partner{Name: "New union", Kind: store.KindUnion, CountryCode: "TH"})
	var fe *store.FileError
	if !errors.Is(err, store.ErrDamaged) || !errors.As(err, &fe) || fe.Path != path {
		t.Fatalf("write to a damaged store: %v", err)
	}
	// Another process, which has not met the damage, refuses writes too.
	next, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer next.Close()
	if !next.Damaged() {
		t.Fatal("the next store does not know the file is damaged")
	}
	if _, err := next.AddPartner(ctx, store.Partner{Name: "New union", Kind: store.KindUnion, CountryCode: "TH"}); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("write through the next store: %v", err)
	}
}

// TestQueryMeetsDamage: any query that meets a damaged page fails with
// ErrDamaged naming the file, and the store refuses writes from then on.
func TestQueryMeetsDamage(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := damagedCopy(t, "entries")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, err = st.Entries(ctx, 0, 50)
	var fe *store.FileError
	if !errors.Is(err, store.ErrDamaged) || !errors.As(err, &fe) || fe.Path != path {
		t.Fatalf("reading a damaged table: %v", err)
	}
	if !st.Damaged() {
		t.Fatal("not marked damaged")
	}
	if _, err := st.AddPartner(ctx, store.Partner{Name: "New union", Kind: store.KindUnion, CountryCode: "TH"}); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("write after meeting damage: %v", err)
	}
}

// TestRepairSearchIndex: an entry written behind the store's back (the
// sqlite3 shell) and a broken index are found, and Repair mends both; the
// store may write again.
func TestRepairSearchIndex(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	if defects, err := st.Check(ctx); err != nil || len(defects) != 0 {
		t.Fatalf("a new database: %v, %v", defects, err)
	}
	st.Close()
	db, err := sql.Open("sqlite", "file:"+st.Path())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO entries (date, kind, title, created_at, updated_at)
		VALUES ('2026-01-05', 'visit', 'Written in the shell', '', '');
		DELETE FROM entries_fts_data WHERE id > 10;`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	st, err = store.Open(ctx, st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	defects, err := st.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(defects) == 0 {
		t.Fatal("no defects found")
	}
	for _, d := range defects {
		if d.Kind != store.DefectSearchIndex || d.Table != "entries_fts" || !d.Repairable() {
			t.Errorf("unexpected defect %v", d)
		}
	}
	if _, err := st.AddEntry(ctx, validEntry()); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("write with a broken index: %v", err)
	}
	if err := st.Repair(ctx); err != nil {
		t.Fatal(err)
	}
	if defects, err := st.Check(ctx); err != nil || len(defects) != 0 {
		t.Fatalf("after repair: %v, %v", defects, err)
	}
	if st.Damaged() || hasFile(st.Path()+".damaged") {
		t.Fatal("still marked damaged after a clean check")
	}
	if _, err := st.AddEntry(ctx, validEntry()); err != nil {
		t.Fatalf("write after repair: %v", err)
	}
	page, err := st.Entries(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range page.Entries {
		found = found || e.Title == "Written in the shell"
	}
	if !found {
		t.Error("the shell's entry is not listed")
	}
}

// TestCheckForeignKeys: a link to a partner that does not exist (written
// with foreign keys off, as the sqlite3 shell does by default) is reported,
// but is no damage: the store may still write.
func TestCheckForeignKeys(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	db, err := sql.Open("sqlite", "file:"+st.Path()+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("INSERT INTO entry_partners (entry_id, partner_id) VALUES (1, 9999)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	defects, err := st.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(defects) != 1 {
		t.Fatalf("defects %v, want one", defects)
	}
	d := defects[0]
	if d.Kind != store.DefectForeignKey || d.Table != "entry_partners" || d.Reason != store.ReasonMissingRefs ||
		d.Other != "partners" || d.N != 1 || d.Repairable() || !strings.Contains(d.Detail, "partners") {
		t.Fatalf("defect %+v", d)
	}
	if st.Damaged() {
		t.Fatal("a broken reference marked the store damaged")
	}
	if _, err := st.AddEntry(ctx, validEntry()); err != nil {
		t.Fatalf("write: %v", err)
	}
}

// TestOpenRestoresWAL: a file someone switched to a rollback journal (the
// sqlite3 shell can) is switched back to WAL, which several processes need.
func TestOpenRestoresWAL(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	st.Close()
	db, err := sql.Open("sqlite", "file:"+st.Path())
	if err != nil {
		t.Fatal(err)
	}
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode = DELETE").Scan(&mode); err != nil || mode != "delete" {
		t.Fatalf("setup: %q, %v", mode, err)
	}
	db.Close()
	again, err := store.Open(context.Background(), st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if err := raw(t, st.Path()).QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal mode %q, %v; want wal", mode, err)
	}
}
