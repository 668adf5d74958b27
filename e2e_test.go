package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The end-to-end tests run the built binary in a real terminal: a detached
// tmux session, driven with send-keys and read with capture-pane.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds vision2030 once per test run.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "vision2030-e2e")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "vision2030")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = &buildFailure{string(out), err}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

type buildFailure struct {
	out string
	err error
}

func (b *buildFailure) Error() string { return b.err.Error() + "\n" + b.out }

// need returns the path of tool, skipping the test if it is missing outside
// CI; in CI a missing tool is a failure.
func need(t *testing.T, tool string) string {
	t.Helper()
	p, err := exec.LookPath(tool)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI: %v", tool, err)
		}
		t.Skipf("%s not installed", tool)
	}
	return p
}

// tmuxTerm is one tmux server with one session running a command.
type tmuxTerm struct {
	t      *testing.T
	socket string
}

// startTerm runs argv in a new w×h tmux session with env added.
func startTerm(t *testing.T, w, h int, env []string, argv ...string) *tmuxTerm {
	t.Helper()
	need(t, "tmux")
	tm := &tmuxTerm{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock")}
	args := []string{"-S", tm.socket, "-f", "/dev/null", "new-session", "-d", "-x", itoa(w), "-y", itoa(h)}
	for _, e := range append([]string{"TERM=xterm-256color"}, env...) {
		args = append(args, "-e", e)
	}
	args = append(args, argv...)
	cmd := exec.Command("tmux", args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-S", tm.socket, "kill-server").Run() })
	return tm
}

func (tm *tmuxTerm) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-S", tm.socket}, args...)...).CombinedOutput()
	return string(out), err
}

// capture is the visible screen.
func (tm *tmuxTerm) capture() string {
	out, _ := tm.tmux("capture-pane", "-p")
	return out
}

// waitFor waits until the screen shows want.
func (tm *tmuxTerm) waitFor(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(tm.capture(), want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("screen never showed %q; it shows:\n%s", want, tm.capture())
}

// keys sends tmux key names (Enter, Escape, Tab…) or literal text with -l.
func (tm *tmuxTerm) keys(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		if out, err := tm.tmux("send-keys", k); err != nil {
			tm.t.Fatalf("send-keys %s: %v %s", k, err, out)
		}
		time.Sleep(60 * time.Millisecond)
	}
}

func (tm *tmuxTerm) text(s string) {
	tm.t.Helper()
	if out, err := tm.tmux("send-keys", "-l", s); err != nil {
		tm.t.Fatalf("send-keys: %v %s", err, out)
	}
	time.Sleep(100 * time.Millisecond)
}

// waitExit waits until the program in the session has ended.
func (tm *tmuxTerm) waitExit() {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := tm.tmux("has-session"); err != nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("program did not exit; screen:\n%s", tm.capture())
}

func TestEndToEndAddEntry(t *testing.T) {
	bin := binary(t)
	sqlite := need(t, "sqlite3")
	db := filepath.Join(t.TempDir(), "e2e.db")
	env := []string{"VISION2030_DB=" + db, "VISION2030_AUTHOR=e2e-tester"}

	tm := startTerm(t, 100, 30, env, bin)
	tm.waitFor("Goals")
	tm.keys("a")
	tm.waitFor("New entry")
	tm.keys("Enter")           // the first partner (date and kind keep today and consultation)
	tm.keys("Tab", "1", "Tab") // goal 1
	// Typed without waiting for the cursor: keys must not reach the field
	// being left.
	tm.text("Bangkok wage talks with the union")
	tm.keys("Tab")
	tm.text("Both sides agreed to meet again in March.")
	tm.keys("C-s")
	tm.waitFor("added")
	tm.waitFor("Bangkok wage talks")
	tm.keys("q")
	tm.waitExit()

	tm = startTerm(t, 100, 30, env, bin)
	tm.waitFor("Goals")
	tm.keys("3")
	tm.waitFor("Bangkok wage talks")
	tm.waitFor("Both sides agreed")
	tm.keys("q")
	tm.waitExit()

	out, err := exec.Command(sqlite, db, "SELECT title, author, date = date('now', 'localtime') FROM entries WHERE title LIKE 'Bangkok%';").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	if got := strings.TrimSpace(string(out)); got != "Bangkok wage talks with the union|e2e-tester|1" {
		t.Fatalf("sqlite3 reads %q", got)
	}
}

// TestEndToEndSharedDatabase logs an entry from the shell while the
// dashboard is open on the same file; the dashboard shows it within a few
// seconds, without a restart.
func TestEndToEndSharedDatabase(t *testing.T) {
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "shared.db")
	env := []string{"VISION2030_DB=" + db}
	tm := startTerm(t, 120, 30, env, bin)
	tm.waitFor("Goals")
	tm.keys("3")
	tm.waitFor("Sixth Asia")
	out, err := exec.Command(bin, "--db", db, "log", "--partner", "UAW", "--goal", "2", "--kind", "request",
		"--title", "From the shell", "--opened", "2026-01-05", "--came-first").CombinedOutput()
	if err != nil {
		t.Fatalf("log: %v\n%s", err, out)
	}
	tm.waitFor("From the shell")
	// And the other way: delete it in the dashboard, the shell sees it gone.
	tm.keys("/")
	tm.text("shell")
	tm.keys("Enter")
	tm.waitFor("1 matched")
	tm.keys("d")
	tm.waitFor("Delete entry")
	tm.keys("y")
	tm.waitFor("deleted")
	list, err := exec.Command(bin, "--db", db, "entries", "--filter", "shell").CombinedOutput()
	if err != nil || strings.Contains(string(list), "From the shell") {
		t.Fatalf("after delete in the dashboard, the shell lists:\n%s (%v)", list, err)
	}
	tm.keys("q")
	tm.waitExit()
}

// TestEndToEndDrillDown records stages from the shell, then drills from a
// goal to a country to a partner to an entry in the dashboard and back.
func TestEndToEndDrillDown(t *testing.T) {
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "drill.db")
	run := func(args ...string) {
		t.Helper()
		if out, err := exec.Command(bin, append([]string{"--db", db}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	run("assess", "--partner", "UAW", "--goal", "1", "--stage", "3", "--date", "2025-09-01")
	run("assess", "--partner", "JCM", "--goal", "1", "--stage", "1", "--date", "2025-03-01")
	run("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Detroit visit", "--date", "2025-08-20",
		"--summary", "Met the international department.")

	tm := startTerm(t, 110, 36, []string{"VISION2030_DB=" + db}, bin)
	tm.waitFor("Goals")
	tm.keys("Enter")
	tm.waitFor("Countries by stage")
	// The United States, the only country with a tracked partner.
	tm.waitFor("United States (US)")
	tm.keys("Enter")
	tm.waitFor("United States (US) · goal 1")
	tm.keys("Enter") // the UAW, the only one assessed
	tm.waitFor("Stage per goal")
	tm.waitFor("3 Framework")
	tm.keys("Enter")
	tm.waitFor("Met the international department.")
	tm.keys("Escape")
	tm.waitFor("Stage per goal")
	tm.keys("Escape")
	tm.waitFor("United States (US) · goal 1")
	tm.keys("Escape")
	tm.waitFor("Countries by stage")
	tm.keys("Escape")
	tm.waitFor("Requests")
	tm.keys("q")
	tm.waitExit()
}

// TestEndToEndSummaryFromTheTerminal logs an entry whose summary is typed
// at the terminal: the command says how to end it, reads until ctrl+d and
// saves what was typed.
func TestEndToEndSummaryFromTheTerminal(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "stdin.db")
	tm := startTerm(t, 100, 20, []string{"XDG_CONFIG_HOME=" + dir}, "sh", "-c", bin+" --db "+db+
		" log --partner UAW --goal 1 --kind visit --title Typed --summary -; echo EXIT=$?; sleep 60")
	tm.waitFor("press ctrl+d on a line of its own")
	tm.text("Typed at the terminal.")
	tm.keys("Enter", "C-d")
	tm.waitFor("EXIT=0")
	out, err := exec.Command(bin, "--db", db, "entries", "--filter", "Typed", "--format", "json").CombinedOutput()
	if err != nil || !strings.Contains(string(out), `"summary": "Typed at the terminal."`) {
		t.Fatalf("the entry: %v\n%s", err, out)
	}
}

// TestEndToEndTablesFitTheTerminal lists partners in a narrow terminal:
// each row stays on one line, the long names cut with an ellipsis.
func TestEndToEndTablesFitTheTerminal(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "narrow.db")
	const width = 64
	tm := startTerm(t, width, 30, []string{"XDG_CONFIG_HOME=" + dir}, "sh", "-c", bin+" --db "+db+
		" partners --country US; echo END; sleep 60")
	tm.waitFor("END")
	screen, _ := tm.tmux("capture-pane", "-p", "-J") // -J: a wrapped line is one line
	ls := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	rows := 0
	for _, l := range ls {
		l = strings.TrimRight(l, " ")
		if l == "END" {
			break
		}
		if n := len([]rune(l)); n > width {
			t.Errorf("a line of %d cells wraps: %q", n, l)
		}
		rows++
	}
	if rows != 12 || !strings.Contains(screen, "…") || !strings.Contains(screen, "UAW") {
		t.Errorf("%d rows (want a header and 11 partners), screen:\n%s", rows, screen)
	}
}
