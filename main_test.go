package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"vision2030/store"
)

// TestMain keeps the tests away from the settings of whoever runs them:
// no settings file, no VISION2030_* variables.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "vision2030-settings")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	for _, v := range []string{"VISION2030_DB", "VISION2030_AUTHOR", "VISION2030_LANG", "VISION2030_THEME",
		"VISION2030_CONFIG", "VISION2030_AMBIGUOUS_WIDTH"} {
		os.Unsetenv(v)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runCLI runs vision2030 in-process with args and returns its exit status,
// stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "v.db")
	tests := [][]string{
		{"--db", db, "frobnicate"},
		{"--db", db, "report", "--width", "0"},
		{"--db", db, "report", "--width", "wide"},
		{"--db", db, "report", "--colour"},
		{"--nope"},
		{"--db", db, "report", "extra"},
		{"--db", db, "report", "--width", "10"},
		{"--db", db, "entries", "show", "-1"},
		{"--db", db, "entries", "show", "1", "2"},
		{"--db", db, "--lang", "fr", "report"},
		{"--db", db, "actions", "add", "--entry", "0", "--what", "x"},
		{"--db", db, "partners", "edit", "UAW"},
		{"--db", db, "log", "--partner", "", "--goal", "1", "--kind", "visit", "--title", "x"},
		{"--db", db, "log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "x", "--date", "2025-02-30"},
		{"--db", db, "completion", "tcsh"},
	}
	for _, args := range tests {
		code, out, errOut := runCLI(t, "", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		if len(lines) != 2 || !strings.HasPrefix(lines[0], "vision2030: ") || !strings.Contains(lines[1], "--help") {
			t.Errorf("%v: stderr %q: want a message and a hint", args, errOut)
		}
		if out != "" {
			t.Errorf("%v: stdout %q", args, out)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a usage error created the database")
	}
}

// TestEmptyDBFlag: --db "" is a usage error naming --db, not a quiet
// fall back to the default database.
func TestEmptyDBFlag(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	for _, args := range [][]string{{"--db", "", "report"}, {"--db=", "config"}, {"--db", " ", "entries"},
		{"--lang", "ja", "--db", "", "report"}} {
		code, out, errOut := runCLI(t, "", args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "--db") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(data, "*", "*")); len(left) > 0 {
		t.Errorf("the default database was made: %v", left)
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "--help")
	if code != 0 || !strings.Contains(out, "report") {
		t.Fatalf("--help: exit %d, %q", code, out)
	}
}

func TestRefusedFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "minutes.txt")
	os.WriteFile(text, []byte("not a database at all, just minutes of a meeting"), 0o644)
	sqlite := func(name, script string) string {
		p := filepath.Join(dir, name)
		db, err := sql.Open("sqlite", p)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(script); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// (Not named "newer": the words looked for must come from the message.)
	newer := sqlite("later.db", "CREATE TABLE t (x); PRAGMA user_version = 42; PRAGMA application_id = "+itoa(store.ApplicationID))
	// Another program's files are not given vision2030's tables.
	invoices := sqlite("invoices.db", "CREATE TABLE invoices (x)")
	invoices3 := sqlite("invoices3.db", "CREATE TABLE invoices (x); PRAGMA user_version = 3")
	for _, tt := range []struct{ path, words string }{{text, "not a vision2030"}, {newer, "newer"},
		{invoices, "not a vision2030"}, {invoices3, "not a vision2030"}} {
		before, _ := os.ReadFile(tt.path)
		code, out, errOut := runCLI(t, "", "--db", tt.path, "report")
		if code != 1 || out != "" {
			t.Errorf("%s: exit %d, stdout %q", tt.path, code, out)
		}
		if !strings.Contains(errOut, tt.path) || !strings.Contains(errOut, tt.words) || strings.Contains(errOut, "goroutine") {
			t.Errorf("%s: stderr %q", tt.path, errOut)
		}
		if after, _ := os.ReadFile(tt.path); !bytes.Equal(before, after) {
			t.Errorf("%s was modified", tt.path)
		}
		for _, suffix := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(tt.path + suffix); err == nil {
				t.Errorf("%s%s was left behind", tt.path, suffix)
			}
		}
	}
}

func TestReportIsPlainText(t *testing.T) {
	db := filepath.Join(t.TempDir(), "v.db")
	for _, w := range []int{100, 60} {
		code, out, errOut := runCLI(t, "", "--db", db, "report", "--width", itoa(w))
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if strings.Contains(out, "\x1b") {
			t.Fatal("ANSI codes in report written to a pipe")
		}
		for _, want := range []string{"happiness of all people", "Goals", "Partners by country", "Japan (JP)"} {
			if !strings.Contains(out, want) {
				t.Errorf("report lacks %q", want)
			}
		}
		for _, l := range strings.Split(out, "\n") {
			if n := len([]rune(l)); n > w {
				t.Errorf("width %d: line of %d: %q", w, n, l)
			}
		}
	}
	// Default width is 100 when stdout is not a terminal.
	code, out, _ := runCLI(t, "", "--db", db, "report")
	if code != 0 {
		t.Fatal(code)
	}
	widest := 0
	for _, l := range strings.Split(out, "\n") {
		widest = max(widest, len([]rune(l)))
	}
	if widest > 100 || widest < 70 {
		t.Errorf("default report width %d", widest)
	}
}

func TestDatabasePathFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("VISION2030_DB", "")
	t.Setenv("XDG_DATA_HOME", dir)
	if code, _, errOut := runCLI(t, "", "report"); code != 0 {
		t.Fatal(errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "vision2030", "vision2030.db")); err != nil {
		t.Fatalf("no database in the XDG data directory: %v", err)
	}
	env := filepath.Join(dir, "env.db")
	t.Setenv("VISION2030_DB", env)
	if code, _, errOut := runCLI(t, "", "report"); code != 0 {
		t.Fatal(errOut)
	}
	if _, err := os.Stat(env); err != nil {
		t.Fatalf("$VISION2030_DB not used: %v", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
