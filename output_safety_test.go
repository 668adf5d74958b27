package main

import (
	"encoding/csv"
	"regexp"
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
