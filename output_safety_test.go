package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestOutputCannotAttackItsReader: user text goes out as text. A spreadsheet
// sees no formula in the CSV, JSON escapes controls that reorder or hide
// text, the Markdown report has no headings, HTML, links or table breaks
// from data, and an error never echoes raw escape sequences.
func TestOutputCannotAttackItsReader(t *testing.T) {
	sh := newShell(t)
	titles := []string{`=HYPERLINK("http://evil","click")`, `+cmd|' /C calc'!A0`, `-2+3`, `@SUM(A1)`,
		"\tTabbed", "\rReturn", "# Heading [link](http://evil) <b>bold</b> | cell", "Bidi \u202eevil\u202c and C1 \u009b31m"}
	for _, title := range titles {
		sh.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", title, "--date", "2026-01-02")
	}

	// CSV: every formula-like title starts with ', and reads back as typed
	// once the ' is removed.
	rows, err := csv.NewReader(strings.NewReader(sh.ok("entries", "--format", "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		title := r[3]
		if strings.ContainsAny(title[:1], "=+-@\t\r") {
			t.Errorf("a formula reaches the spreadsheet: %q", title)
		}
		seen[strings.TrimPrefix(title, "'")] = true
	}
	for _, title := range titles {
		if title = strings.TrimSpace(title); !seen[title] { // a title is trimmed when saved
			t.Errorf("%q did not come out as itself", title)
		}
	}

	// JSON: bidi overrides and C1 controls are \u escapes, not raw.
	js := sh.ok("entries", "--format", "json")
	for _, raw := range []string{"\u202e", "\u202c", "\u009b"} {
		if strings.Contains(js, raw) {
			t.Errorf("JSON carries a raw %U", []rune(raw)[0])
		}
	}
	if !strings.Contains(js, `\u202e`) || !strings.Contains(js, `\u009b`) {
		t.Errorf("JSON lost the escaped characters:\n%s", js)
	}

	// Markdown: an action line and the report carry the title as text.
	sh.ok("actions", "add", "--entry", "12", "--what", "# Heading [link](http://evil) <b>bold</b> | cell", "--due", "2026-01-10")
	md := sh.ok("report", "--format", "md", "--as-of", "2026-11-21")
	for _, bad := range []*regexp.Regexp{regexp.MustCompile(`(?m)^#+ Heading`), regexp.MustCompile(`(^|[^\\])\[link\]`),
		regexp.MustCompile(`(^|[^\\])<b>`), regexp.MustCompile(`(^|[^\\])\| cell`)} {
		if bad.MatchString(md) {
			t.Errorf("the Markdown report carries %s from data:\n%s", bad, md)
		}
	}

	// An unknown flag made of escape sequences is not echoed raw.
	_, _, errOut := sh.run("", "entries", "--\x1b[31mred\x07")
	if strings.ContainsAny(errOut, "\x1b\x07") {
		t.Errorf("stderr echoes raw control characters: %q", errOut)
	}
}

// TestOutputSparesTheDatabase: no command writes its output over the open
// database or the files SQLite keeps beside it, however the path is
// spelled, nor over an existing file unless --overwrite is given; a refusal
// exits 1, names the path and writes nothing.
func TestOutputSparesTheDatabase(t *testing.T) {
	sh := newShell(t)
	sh.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Kept", "--date", "2026-01-02")
	entries := sh.count("SELECT count(*) FROM entries")
	dir := filepath.Dir(sh.db)
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(sh.db, link); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	rel, err := filepath.Rel(wd, sh.db)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"report", "--format", "md", "--out", sh.db},
		{"report", "--format", "md", "--out", sh.db, "--overwrite"},
		{"report", "--format", "md", "--out", rel},
		{"report", "--format", "md", "--out", filepath.Join(dir, ".", "x", "..", "v.db")},
		{"report", "--format", "md", "--out", link, "--overwrite"},
		{"report", "--country", "Thailand", "--format", "md", "--out", sh.db + "-wal"},
		{"export", "--format", "json", "--out", sh.db},
		{"export", "--format", "csv", "--out", sh.db + "-wal", "--overwrite"},
		{"export", "--format", "csv", "--out", sh.db + "-shm"},
		{"export", "--format", "json", "--out", sh.db + "-journal", "--overwrite"},
		{"backup", sh.db + "-shm", "--overwrite"},
		{"backup", sh.db + "-wal"},
		{"backup", sh.db + "-journal", "--overwrite"},
	} {
		path := args[1] // backup PATH, else --out PATH
		if i := slices.Index(args, "--out"); i >= 0 {
			path = args[i+1]
		}
		code, out, errOut := sh.run("", args...)
		if code != 1 || out != "" || !strings.Contains(errOut, path) ||
			!strings.Contains(errOut, "database") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
		if n := sh.count("SELECT count(*) FROM entries"); n != entries {
			t.Fatalf("%v: %d entries left of %d", args, n, entries)
		}
	}

	// An existing file is replaced only with --overwrite, and then whole.
	for _, args := range [][]string{
		{"report", "--format", "md"},
		{"report", "--country", "Thailand", "--format", "md"},
		{"export", "--format", "csv"},
	} {
		out := filepath.Join(dir, "out.txt")
		os.WriteFile(out, []byte("someone's notes"), 0o644)
		code, stdout, errOut := sh.run("", append(args, "--out", out)...)
		if b, _ := os.ReadFile(out); code != 1 || stdout != "" || string(b) != "someone's notes" ||
			!strings.Contains(errOut, out) || !strings.Contains(errOut, "--overwrite") {
			t.Errorf("%v over an existing file: exit %d, file %q, stderr %q", args, code, b, errOut)
		}
		sh.ok(append(args, "--out", out, "--overwrite")...)
		if b, _ := os.ReadFile(out); string(b) == "someone's notes" || len(b) == 0 {
			t.Errorf("%v --overwrite: file %q", args, b)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp-*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}
