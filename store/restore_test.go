package store_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"vision2030/seed"
	"vision2030/store"
)

// holdHelper, run as a child process by the restore tests, opens the
// database at path, says "ready" and keeps it open until its standard
// input closes.
func holdHelper(path string) {
	st, err := store.Open(context.Background(), path)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	if _, err := st.Goals(context.Background()); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	st.Close()
	os.Exit(0)
}

// hold starts a process that keeps the database at path open until the
// test ends, and returns its pid.
func hold(t *testing.T, path string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "VISION2030_HOLD="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	line := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		sc.Scan()
		line <- sc.Text()
	}()
	select {
	case l := <-line:
		if l != "ready" {
			t.Fatalf("helper: %q", l)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("helper never ready")
	}
	return cmd.Process.Pid
}

// titles lists the entries' titles, straight from the file.
func titles(t *testing.T, path string) []string {
	t.Helper()
	db := raw(t, path)
	rows, err := db.Query("SELECT title FROM entries ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		out = append(out, s)
	}
	return out
}

func TestRestore(t *testing.T) {
	t.Parallel()
	if runtime.GOOS != "linux" {
		t.Skip("the process checks are tested on Linux")
	}
	ctx := context.Background()
	dir := t.TempDir()
	path, backup := filepath.Join(dir, "v.db"), filepath.Join(dir, "backup.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return today }
	if _, err := seed.Apply(ctx, st); err != nil {
		t.Fatal(err)
	}
	add := func(title string) {
		if _, err := st.AddEntry(ctx, store.NewEntry{Date: "2025-01-01", Kind: store.KindVisit, Title: title,
			PartnerIDs: []int64{2}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
	}
	add("in the backup")
	if err := st.Backup(ctx, backup, store.BackupOptions{}); err != nil {
		t.Fatal(err)
	}
	want := titles(t, backup)
	// After the backup, a write that stays in the database's -wal: this
	// process still has it open, and keeps it from being checkpointed.
	add("after the backup")
	if info, err := os.Stat(path + "-wal"); err != nil || info.Size() == 0 {
		t.Fatalf("setup: no write-ahead log: %v", err)
	}

	// Another process has the file open: refused, and named.
	pid := hold(t, path)
	_, err = store.Restore(ctx, backup, path, store.RestoreOptions{})
	var re *store.RestoreError
	if !errors.As(err, &re) || !errors.Is(err, store.ErrInUse) {
		t.Fatalf("restore while held: %v", err)
	}
	found := false
	for _, p := range re.Processes {
		found = found || p.PID == pid && p.Command != ""
	}
	if !found {
		t.Errorf("the holder %d is not named: %+v", pid, re.Processes)
	}
	if got := titles(t, path); len(got) != len(want)+1 {
		t.Errorf("a refused restore changed the database: %v", got)
	}
	st.Close()
}

func TestRestoreReplacesAndKeepsTheOld(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	path, backup := filepath.Join(dir, "v.db"), filepath.Join(dir, "backup.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	seed.Apply(ctx, st)
	add := func(s *store.Store, title string) {
		if _, err := s.AddEntry(ctx, store.NewEntry{Date: "2025-01-01", Kind: store.KindVisit, Title: title,
			PartnerIDs: []int64{2}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
	}
	add(st, "in the backup")
	if err := st.Backup(ctx, backup, store.BackupOptions{}); err != nil {
		t.Fatal(err)
	}
	want := titles(t, backup)
	add(st, "only in the old file")
	// A -wal left as a killed process leaves it: the database file and
	// its log copied while the writer still had them open.
	crashed := filepath.Join(dir, "crashed.db")
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(path + suffix)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(crashed+suffix, b, 0o644)
	}
	st.Close()
	if info, err := os.Stat(crashed + "-wal"); err != nil || info.Size() == 0 {
		t.Fatalf("setup: no log beside the crashed copy: %v", err)
	}

	now := func() time.Time { return today }
	res, err := store.Restore(ctx, backup, crashed, store.RestoreOptions{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if res.Schema != store.SchemaVersion() || res.Kept != crashed+".before-restore-20261121-100000" {
		t.Errorf("%+v", res)
	}
	// The restored file is the backup: the old log was not replayed into it.
	if got := titles(t, crashed); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("restored: %v, want %v", got, want)
	}
	// The old file is kept whole, its log's writes in it.
	if got := titles(t, res.Kept); len(got) != len(want)+1 || got[len(got)-1] != "only in the old file" {
		t.Errorf("kept: %v", got)
	}
	restored, err := store.Open(ctx, crashed)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, restored, "the restored file")
	restored.Close()
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".crashed.db.restore-*"))
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(backup + suffix); err == nil {
			leftovers = append(leftovers, backup+suffix) // reading the backup wrote beside it
		}
	}
	if len(leftovers) > 0 {
		t.Errorf("left behind: %v", leftovers)
	}
	// Again: the first kept file is not overwritten.
	res2, err := store.Restore(ctx, backup, crashed, store.RestoreOptions{Now: now})
	if err != nil || res2.Kept != res.Kept+".2" {
		t.Errorf("second restore: %+v, %v", res2, err)
	}
}

func TestRestoreRefuses(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "v.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	seed.Apply(ctx, st)
	st.Close()
	before, _ := os.ReadFile(path)

	newer := filepath.Join(dir, "newer.db")
	db := rw(t, newer)
	mustExec(t, db, "CREATE TABLE t (x); PRAGMA user_version = 999")
	db.Close()
	// Another program's SQLite file, and one with no schema at all.
	plain := filepath.Join(dir, "plain.db")
	db = rw(t, plain)
	mustExec(t, db, "CREATE TABLE t (x)")
	db.Close()
	plain3 := filepath.Join(dir, "plain3.db")
	db = rw(t, plain3)
	mustExec(t, db, "CREATE TABLE t (x); PRAGMA user_version = 3")
	db.Close()
	empty := filepath.Join(dir, "empty.db")
	db = rw(t, empty)
	mustExec(t, db, "PRAGMA user_version = 0; CREATE TABLE x (y); DROP TABLE x")
	db.Close()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("not a database at all, but long enough to have a header of a hundred bytes; "+
		"minutes of the Bangkok meeting, and more"), 0o644)
	damaged := filepath.Join(dir, "damaged.db")
	{
		b, _ := os.ReadFile(path)
		// Break the entries table's root page.
		var root int
		r := raw(t, path)
		r.QueryRow("SELECT rootpage FROM sqlite_schema WHERE name = 'entries'").Scan(&root)
		page := 4096 * (root - 1)
		for i := 8; i < 4096; i++ {
			b[page+i] = 0xAB
		}
		os.WriteFile(damaged, b, 0o644)
	}
	for _, tt := range []struct {
		name, backup string
		want         error
	}{
		{"newer", newer, store.ErrNewerSchema},
		{"not a database", text, store.ErrNotDatabase},
		{"another program's database", plain, store.ErrNotDatabase},
		{"another program's database at user_version 3", plain3, store.ErrNotDatabase},
		{"a database with no schema", empty, store.ErrNotDatabase},
		{"damaged", damaged, store.ErrBackupDamaged},
		{"itself", path, store.ErrBackupIsSource},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := store.Restore(ctx, tt.backup, path, store.RestoreOptions{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("restore: %v, want %v", err, tt.want)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Error("the database changed")
			}
			if kept, _ := filepath.Glob(path + ".before-restore-*"); len(kept) > 0 {
				t.Errorf("kept: %v", kept)
			}
			if tmp, _ := filepath.Glob(filepath.Join(dir, ".v.db.restore-*")); len(tmp) > 0 {
				t.Errorf("left behind: %v", tmp)
			}
		})
	}
}
