package main

import (
	"bytes"
	"database/sql"
	be "encoding/binary"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// These tests run the built binary on database files in the states the
// issue names: half-created, locked by a writer, read-only, being written
// while it is backed up, damaged.

// cmdResult is what a run of the binary gave.
type cmdResult struct {
	code           int
	stdout, stderr string
}

// runBin runs the binary with args, as the given command prepared by setup
// (nil for none).
func runBin(t *testing.T, setup func(*exec.Cmd), args ...string) cmdResult {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Env = append(os.Environ(), "VISION2030_AUTHOR=tester")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if setup != nil {
		setup(cmd)
	}
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return cmdResult{code, out.String(), errOut.String()}
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	r := runBin(t, nil, args...)
	if r.code != 0 {
		t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
	}
	return r.stdout
}

func logEntry(title string) []string {
	return []string{"log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", title}
}

// TestHalfCreatedDatabaseOpens: the files a process killed while creating
// the database leaves (page 1 with the WAL header, a hot journal) open and
// are created anew with no manual step.
func TestHalfCreatedDatabaseOpens(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "v.db")
	page := make([]byte, 4096)
	copy(page, "SQLite format 3\x00\x10\x00\x02\x02\x00\x40\x20\x20")
	be.BigEndian.PutUint32(page[28:], 1)
	if err := os.WriteFile(db, page, 0o644); err != nil {
		t.Fatal(err)
	}
	journal := make([]byte, 512)
	copy(journal, []byte{0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7})
	be.BigEndian.PutUint32(journal[12:], 0xd6abeb4a)
	be.BigEndian.PutUint32(journal[20:], 512)
	be.BigEndian.PutUint32(journal[24:], 4096)
	if err := os.WriteFile(db+"-journal", journal, 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "--db", db, "report")
	if !strings.Contains(out, "Goals") {
		t.Fatalf("report: %q", out)
	}
	if _, err := os.Stat(db + "-journal"); err == nil {
		t.Error("the journal is still there")
	}
}

// TestReadersDoNotWaitForWriter: while another connection holds the write
// lock longer than the busy timeout, report and entries still answer.
func TestReadersDoNotWaitForWriter(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "v.db")
	mustRun(t, append([]string{"--db", db}, logEntry("Before the lock")...)...)
	writer, err := sql.Open("sqlite", "file:"+db+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	writer.SetMaxOpenConns(1)
	if _, err := writer.Exec("BEGIN IMMEDIATE; UPDATE entries SET title = title"); err != nil {
		t.Fatal(err)
	}
	// Held until the readers are done: if they waited for it, they would
	// fail after the 5 s busy timeout.
	defer writer.Exec("ROLLBACK")
	for _, args := range [][]string{{"report"}, {"entries", "--filter", "lock"}} {
		r := runBin(t, nil, append([]string{"--db", db}, args...)...)
		if r.code != 0 {
			t.Errorf("%v while a writer holds the lock: exit %d: %s", args, r.code, r.stderr)
		}
	}
}

// asOtherUser makes a command run as a user who cannot write files owned by
// root (nobody), when the tests run as root; otherwise it changes nothing.
func asOtherUser(cmd *exec.Cmd) {
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
}

// TestReadOnlyDatabase opens a database that the user cannot write (as
// nobody when the tests run as root; by permissions otherwise): reports and
// checks work, every write is refused with one sentence, and neither the file
// nor its directory changes.
func TestReadOnlyDatabase(t *testing.T) {
	t.Parallel()
	// A directory that nobody can enter but not write, holding a copy of the
	// binary that nobody may run.
	dir, err := os.MkdirTemp("", "vision2030-ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755); os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "vision2030")
	copyFile(t, binary(t), bin, 0o755)
	db := filepath.Join(dir, "v.db")
	mustRun(t, append([]string{"--db", db}, logEntry("Read me")...)...)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o777); err != nil {
		t.Fatal(err)
	}
	os.Chmod(out, 0o777) // whatever the umask
	if os.Geteuid() != 0 {
		os.Chmod(db, 0o444)
		os.Chmod(dir, 0o555)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	names := func() []string {
		es, _ := os.ReadDir(dir)
		var n []string
		for _, e := range es {
			n = append(n, e.Name())
		}
		return n
	}
	filesBefore := names()

	run := func(args ...string) cmdResult {
		cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
		cmd.Env = append(os.Environ(), "VISION2030_AUTHOR=tester", "HOME="+out, "XDG_CONFIG_HOME="+out)
		asOtherUser(cmd)
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return cmdResult{code, o.String(), e.String()}
	}
	for _, args := range [][]string{{"report"}, {"entries", "--filter", "Read"}, {"check"},
		{"backup", filepath.Join(out, "copy.db")}} {
		if r := run(args...); r.code != 0 {
			t.Errorf("%v on a read-only file: exit %d: %s", args, r.code, r.stderr)
		} else if args[0] == "entries" && !strings.Contains(r.stdout, "Read me") {
			t.Errorf("entries: %q", r.stdout)
		}
	}
	for _, args := range [][]string{logEntry("Refused"), {"entries", "delete", "1"},
		{"partners", "add", "--name", "X", "--country", "TH", "--kind", "union"}} {
		r := run(args...)
		lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
		if r.code != 1 || len(lines) != 2 || !strings.Contains(lines[0], db) || !strings.Contains(lines[0], "read-only") {
			t.Errorf("%v on a read-only file: exit %d, stderr %q; want 1, one sentence naming the file and a hint", args, r.code, r.stderr)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the read-only file changed")
	}
	if got := names(); strings.Join(got, " ") != strings.Join(filesBefore, " ") {
		t.Errorf("files in the directory went from %v to %v", filesBefore, got)
	}
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	os.Chmod(to, mode)
}

// TestBackupWhileAnotherProcessWrites: `backup` while another process logs
// entries gives a file the sqlite3 shell opens on its own, holding every
// entry logged before the backup began.
func TestBackupWhileAnotherProcessWrites(t *testing.T) {
	t.Parallel()
	sqlite := need(t, "sqlite3")
	dir := t.TempDir()
	db := filepath.Join(dir, "v.db")
	for i := range 3 {
		mustRun(t, append([]string{"--db", db}, logEntry("Before "+strconv.Itoa(i))...)...)
	}
	// A dashboard-like process keeps the file open, so recent writes stay in
	// the -wal, where a plain copy of the file would miss them.
	holder, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	if err := holder.Ping(); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	var logged atomic.Int32
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if r := runBin(t, nil, append([]string{"--db", db}, logEntry("During "+strconv.Itoa(i))...)...); r.code != 0 {
				t.Errorf("log during backup: %s", r.stderr)
				return
			}
			logged.Add(1)
		}
	}()
	// Back up once the writer is under way.
	for deadline := time.Now().Add(30 * time.Second); logged.Load() < 2 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	atStart := int(logged.Load())
	copyPath := filepath.Join(dir, "copy.db")
	r := runBin(t, nil, "--db", db, "backup", copyPath)
	close(stop)
	wg.Wait()
	if r.code != 0 {
		t.Fatalf("backup: exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, copyPath) {
		t.Errorf("backup said %q", r.stdout)
	}
	if r.stderr != "" {
		t.Errorf("backup wrote %q to stderr (not a terminal: no progress bar)", r.stderr)
	}
	out, err := exec.Command(sqlite, copyPath, "PRAGMA integrity_check; SELECT count(*) FROM entries WHERE title LIKE 'Before %'; SELECT count(*) FROM entries;").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v: %s", err, out)
	}
	lines := strings.Fields(string(out))
	if len(lines) != 3 || lines[0] != "ok" || lines[1] != "3" {
		t.Fatalf("sqlite3 on the copy: %q", out)
	}
	during, err := exec.Command(sqlite, copyPath, "SELECT count(*) FROM entries WHERE title LIKE 'During %'").Output()
	if n, _ := strconv.Atoi(strings.TrimSpace(string(during))); err != nil || n < atStart {
		t.Fatalf("the copy has %d entries logged during the backup; %d were logged before it began (%v)", n, atStart, err)
	}
	if _, err := os.Stat(copyPath + "-wal"); err == nil {
		t.Error("the copy has a -wal file")
	}

	again := runBin(t, nil, "--db", db, "backup", copyPath)
	if again.code != 1 || !strings.Contains(again.stderr, "already exists") || !strings.Contains(again.stderr, "--overwrite") {
		t.Errorf("backup over an existing file: exit %d, %q", again.code, again.stderr)
	}
	mustRun(t, "--db", db, "backup", "--overwrite", copyPath)
	if r := runBin(t, nil, "--db", db, "backup"); r.code != 2 {
		t.Errorf("backup without a path: exit %d, %q", r.code, r.stderr)
	}
}

// damagePage overwrites the first page of table's b-tree in path with
// garbage.
func damagePage(t *testing.T, path, table string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	var root, size int
	err = db.QueryRow("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = ?", table).Scan(&root, &size)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xa5}, size), int64(root-1)*int64(size)); err != nil {
		t.Fatal(err)
	}
}

// TestCheckCommand: `check` on a copy with an overwritten page prints one
// line per problem and exits 1; writes into the copy are then refused with a
// message naming the file and `check`. A broken search index is mended by
// `check --repair`.
func TestCheckCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "v.db")
	for i := range 40 { // in-process: quicker than 40 processes
		if code, _, errOut := runCLI(t, "", append([]string{"--db", db}, logEntry("Entry "+strconv.Itoa(i))...)...); code != 0 {
			t.Fatal(errOut)
		}
	}
	if out := mustRun(t, "--db", db, "check"); !strings.Contains(out, "no problems") {
		t.Errorf("check on a sound file: %q", out)
	}

	damaged := filepath.Join(dir, "damaged.db")
	mustRun(t, "--db", db, "backup", damaged)
	damagePage(t, damaged, "entries")
	r := runBin(t, nil, "--db", damaged, "check")
	if r.code != 1 {
		t.Fatalf("check on a damaged file: exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "damage: entries: ") {
		t.Errorf("check lines: %q", r.stdout)
	}
	if !strings.Contains(r.stderr, damaged) || !strings.Contains(r.stderr, "backup") {
		t.Errorf("check stderr: %q", r.stderr)
	}
	// Its hints, one a line: not run together into one sentence.
	if !strings.Contains(r.stderr, "derived data\ndamage to the file") && !strings.HasSuffix(strings.TrimSpace(r.stderr), "makes one)") {
		t.Errorf("check hints: %q", r.stderr)
	}
	if strings.Contains(r.stderr, "derived data damage") {
		t.Errorf("check hints run together: %q", r.stderr)
	}
	before, _ := os.ReadFile(damaged)
	// A write that meets the damage, and one that would not (partners live
	// on other pages): both refused, once check has found the damage.
	for _, args := range [][]string{logEntry("Into the damage"),
		{"partners", "add", "--name", "Elsewhere", "--country", "TH", "--kind", "union"}} {
		w := runBin(t, nil, append([]string{"--db", damaged}, args...)...)
		if w.code != 1 || !strings.Contains(w.stderr, damaged) || !strings.Contains(w.stderr, "vision2030 check") || strings.Contains(w.stderr, "goroutine") {
			t.Errorf("%v into a damaged file: exit %d, %q", args, w.code, w.stderr)
		}
	}
	if after, _ := os.ReadFile(damaged); !bytes.Equal(before, after) {
		t.Error("the damaged file changed")
	}

	broken := filepath.Join(dir, "broken-index.db")
	mustRun(t, "--db", db, "backup", broken)
	raw, err := sql.Open("sqlite", broken)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("DELETE FROM entries_fts_data WHERE id > 10"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	r = runBin(t, nil, "--db", broken, "check")
	if r.code != 1 || !strings.Contains(r.stdout, "search index: entries_fts") || !strings.Contains(r.stderr, "check --repair") {
		t.Errorf("check on a broken index: exit %d, %q, %q", r.code, r.stdout, r.stderr)
	}
	r = runBin(t, nil, "--db", broken, "check", "--repair")
	if r.code != 0 || !strings.Contains(r.stdout, "rebuilt") {
		t.Errorf("check --repair: exit %d, %q, %q", r.code, r.stdout, r.stderr)
	}
	if out := mustRun(t, "--db", broken, "check"); !strings.Contains(out, "no problems") {
		t.Errorf("check after repair: %q", out)
	}
	mustRun(t, append([]string{"--db", broken}, logEntry("After the repair")...)...)
	if out := mustRun(t, "--db", broken, "entries", "--filter", "Entry 39"); !strings.Contains(out, "Entry 39") {
		t.Errorf("search after repair: %q", out)
	}
}

// TestKilledProcesses kills vision2030 at random moments while it creates a
// database and while it logs entries: the next start always opens the file,
// every entry whose id was printed is there, and check finds nothing wrong.
// A few rounds normally; hundreds with VISION2030_LONG_TESTS=1.
func TestKilledProcesses(t *testing.T) {
	t.Parallel()
	rounds := 3
	if os.Getenv("VISION2030_LONG_TESTS") != "" {
		rounds = 300
	}
	bin := binary(t)
	dir := t.TempDir()
	rnd := func(i int) time.Duration { return time.Duration((i*7919)%120) * time.Millisecond }
	start := func(args ...string) (*exec.Cmd, *bytes.Buffer) {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "VISION2030_AUTHOR=tester")
		var out bytes.Buffer
		cmd.Stdout = &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &out
	}
	killAfter := func(cmd *exec.Cmd, d time.Duration) (finished bool) {
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			return err == nil
		case <-time.After(d):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			return false
		}
	}
	for i := range rounds {
		db := filepath.Join(dir, "new"+strconv.Itoa(i)+".db")
		cmd, _ := start("--db", db, "report")
		killAfter(cmd, rnd(i))
		if r := runBin(t, nil, "--db", db, "entries", "--limit", "1"); r.code != 0 {
			t.Fatalf("round %d: after a kill during creation: exit %d: %s%s", i, r.code, r.stdout, r.stderr)
		}
	}
	db := filepath.Join(dir, "log.db")
	mustRun(t, "--db", db, "report")
	var acknowledged []string
	for i := range rounds {
		cmd, out := start(append([]string{"--db", db}, logEntry("Killed "+strconv.Itoa(i))...)...)
		if killAfter(cmd, rnd(i)+20*time.Millisecond) {
			acknowledged = append(acknowledged, strings.TrimSpace(out.String()))
		}
	}
	for _, id := range acknowledged {
		if out := mustRun(t, "--db", db, "entries", "show", id); !strings.Contains(out, "Killed ") {
			t.Errorf("acknowledged entry %s: %q", id, out)
		}
	}
	if r := runBin(t, nil, "--db", db, "check"); r.code != 0 {
		t.Fatalf("check after the kills: exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	t.Logf("%d rounds, %d writes acknowledged before the kill", rounds, len(acknowledged))
}
