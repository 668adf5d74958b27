package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// End-to-end tests of the dashboard's forms and mouse in a real terminal
// (tmux), as a user meets them.

// entriesJSON lists the entries of db as the shell sees them.
func entriesJSON(t *testing.T, bin, db string, args ...string) []map[string]any {
	t.Helper()
	out, err := exec.Command(bin, append([]string{"--db", db, "entries", "--format", "json"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("entries: %v\n%s", err, out)
	}
	var page struct{ Entries []map[string]any }
	if err := json.Unmarshal(out, &page); err != nil {
		t.Fatalf("entries JSON: %v\n%s", err, out)
	}
	return page.Entries
}

// TestEndToEndConsultationInTwelveKeys logs a bilateral consultation with
// two partners, two goals and a summary of three lines at 80×24, with at
// most 12 keys besides the typed text.
func TestEndToEndConsultationInTwelveKeys(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	tm := startTerm(t, 80, 24, []string{"VISION2030_DB=" + db, "VISION2030_AUTHOR=sato", "XDG_CONFIG_HOME=" + dir}, bin)
	tm.waitFor("Goals")
	n := 0
	key := func(ks ...string) {
		n += len(ks)
		tm.keys(ks...)
	}
	key("a")
	tm.waitFor("New entry")
	tm.text("uaw")
	key("Enter")
	tm.text("jcm")
	key("Enter")
	key("Tab", "1", "2", "Tab")
	tm.text("Bilateral consultation in Detroit")
	key("Tab")
	tm.text("Met the international department.")
	key("Enter")
	tm.text("Agreed on a joint seminar in March.")
	key("Enter")
	tm.text("Next: a visit to the plant.")
	key("C-s")
	tm.waitFor("added")
	if n > 12 {
		t.Errorf("%d keys besides the typed text, want at most 12", n)
	}
	tm.keys("q")
	tm.waitExit()
	es := entriesJSON(t, bin, db, "--filter", "Detroit")
	if len(es) != 1 {
		t.Fatalf("%d entries", len(es))
	}
	e := es[0]
	if e["kind"] != "consultation" || e["author"] != "sato" || len(e["partners"].([]any)) != 2 || len(e["goals"].([]any)) != 2 ||
		e["summary"] != "Met the international department.\nAgreed on a joint seminar in March.\nNext: a visit to the plant." {
		t.Fatalf("the entry: %v", e)
	}
}

// TestEndToEndEscWithChanges: esc in a form with changes asks; no keeps
// what was typed, yes discards it and writes nothing.
func TestEndToEndEscWithChanges(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "esc.db")
	tm := startTerm(t, 80, 24, []string{"VISION2030_DB=" + db, "XDG_CONFIG_HOME=" + dir}, bin)
	tm.waitFor("Goals")
	before := len(entriesJSON(t, bin, db))
	tm.keys("a")
	tm.waitFor("New entry")
	tm.keys("Tab", "Tab")
	tm.text("A summary worth keeping")
	tm.keys("Escape")
	tm.waitFor("Discard what you typed")
	tm.keys("n")
	tm.waitFor("A summary worth keeping")
	tm.keys("Escape")
	tm.waitFor("Discard what you typed")
	tm.keys("y")
	tm.waitFor("Not saved.")
	tm.keys("q")
	tm.waitExit()
	if after := len(entriesJSON(t, bin, db)); after != before {
		t.Fatalf("%d entries before, %d after", before, after)
	}
}

// TestEndToEndMouse clicks a tab with the bytes a terminal sends for a
// mouse click (SGR), and a row twice to open it.
func TestEndToEndMouse(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	dir := t.TempDir()
	tm := startTerm(t, 80, 24, []string{"VISION2030_DB=" + filepath.Join(dir, "m.db"), "XDG_CONFIG_HOME=" + dir}, bin)
	tm.waitFor("Goals")
	x := strings.Index(tm.capture(), "3 Entries") + 2 // SGR columns count from 1
	click := func(x, y int) {
		at := strconv.Itoa(x) + ";" + strconv.Itoa(y)
		tm.text("\x1b[<0;" + at + "M\x1b[<0;" + at + "m")
	}
	click(x, 1)
	tm.waitFor("1 of 4")
	click(10, 4) // the second row
	tm.waitFor("2 of 4")
	click(10, 4)
	tm.waitFor("Entries → #")
	tm.keys("q", "q")
	tm.waitExit()
}

// TestEndToEndDraftAfterKill: the dashboard is killed while a form holds
// unsaved text; the next one offers the draft back.
func TestEndToEndDraftAfterKill(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	dir := t.TempDir()
	env := []string{"VISION2030_DB=" + filepath.Join(dir, "d.db"), "VISION2030_AUTHOR=sato", "XDG_CONFIG_HOME=" + dir}
	tm := startTerm(t, 80, 24, env, bin)
	tm.waitFor("Goals")
	tm.keys("a")
	tm.waitFor("New entry")
	tm.text("uaw")
	tm.keys("Enter", "Tab", "1", "Tab")
	tm.text("Talks cut short by a power cut")
	tm.waitFor("draft kept at")
	pid, err := tm.tmux("list-panes", "-F", "#{pane_pid}")
	if err != nil {
		t.Fatalf("pane pid: %v %s", err, pid)
	}
	n, err := strconv.Atoi(strings.TrimSpace(pid))
	if err != nil {
		t.Fatalf("pane pid %q", pid)
	}
	if err := syscall.Kill(n, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	tm.waitExit()

	tm = startTerm(t, 80, 24, env, bin)
	tm.waitFor("Goals")
	tm.keys("a")
	tm.waitFor("This form has a draft")
	tm.keys("y")
	tm.waitFor("Talks cut short by a power cut")
	tm.waitFor("1 chosen: UAW")
	tm.keys("C-s")
	tm.waitFor("added")
	tm.keys("q")
	tm.waitExit()
}
