package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"vision2030/store"
)

// TestRestoreWhileAnotherProcessHasTheFile: restore refuses while another
// vision2030 has the database open, names it, and changes nothing; once it
// has gone, the backup takes the database's place.
func TestRestoreWhileAnotherProcessHasTheFile(t *testing.T) {
	t.Parallel()
	if runtime.GOOS != "linux" {
		t.Skip("the processes that have a file open are named on Linux")
	}
	dir := t.TempDir()
	db, backup := filepath.Join(dir, "v.db"), filepath.Join(dir, "b.db")
	mustRun(t, append([]string{"--db", db}, logEntry("In the backup")...)...)
	mustRun(t, "--db", db, "backup", backup)
	mustRun(t, append([]string{"--db", db}, logEntry("Not in the backup")...)...)

	// import - opens the database, then waits for its standard input.
	holder := exec.Command(binary(t), "--db", db, "import", "-")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Process.Kill()
	for deadline := time.Now().Add(30 * time.Second); ; {
		ps, _ := store.Users(db)
		if len(ps) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the holder never opened the database")
		}
		time.Sleep(20 * time.Millisecond)
	}
	r := runBin(t, nil, "--db", db, "restore", backup)
	pid := strconv.Itoa(holder.Process.Pid)
	if r.code != 1 || !strings.Contains(r.stderr, "open in 1 other process") ||
		!strings.Contains(r.stderr, "process "+pid+": "+binary(t)+" --db ") {
		t.Errorf("restore while held: exit %d, %q", r.code, r.stderr)
	}
	if n := countRows(t, db, "SELECT count(*) FROM entries WHERE title = 'Not in the backup'"); n != 1 {
		t.Error("a refused restore changed the database")
	}
	stdin.Close()
	holder.Wait()

	out := mustRun(t, "--db", db, "restore", backup)
	if !strings.Contains(out, "kept as "+db+".before-restore-") {
		t.Errorf("restore: %q", out)
	}
	if n := countRows(t, db, "SELECT count(*) FROM entries WHERE title = 'Not in the backup'"); n != 0 {
		t.Error("the restored database has what the backup has not")
	}
}

// countRows reads a count straight from the file.
func countRows(t *testing.T, db, query string) int {
	t.Helper()
	out, err := exec.Command(need(t, "sqlite3"), db, query).CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v: %s", err, out)
	}
	n, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	return n
}
