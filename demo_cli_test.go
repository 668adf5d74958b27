package main

import (
	"strings"
	"testing"
)

// TestDemoCommand builds a demo database from the command line, rebuilds
// it, and refuses to write over a database demo did not build.
func TestDemoCommand(t *testing.T) {
	sh := newShell(t)
	out := sh.ok("demo", "--entries", "300", "--partners", "40", "--seed", "2", "--today", "2026-11-21")
	if !strings.Contains(out, "300 entries, 40 partners") {
		t.Errorf("demo printed %q", out)
	}
	first := sh.ok("report", "--as-of", "2026-11-21", "--format", "json")
	sh.ok("demo", "--entries", "300", "--partners", "40", "--seed", "2", "--today", "2026-11-21")
	if again := sh.ok("report", "--as-of", "2026-11-21", "--format", "json"); again != first {
		t.Error("the same options built a different report")
	}
	if n := sh.count("SELECT count(*) FROM entries WHERE uid NOT LIKE 'seed:%'"); n != 300 {
		t.Errorf("%d entries", n)
	}

	other := newShell(t)
	other.ok("report") // a database of one's own
	before := other.count("SELECT count(*) FROM entries")
	code, _, errOut := other.run("", "demo", "--entries", "50")
	if code != 1 || !strings.Contains(errOut, "demo did not build") {
		t.Errorf("demo over a real database: exit %d, %q", code, errOut)
	}
	if after := other.count("SELECT count(*) FROM entries"); after != before {
		t.Errorf("demo wrote into a real database: %d entries, were %d", after, before)
	}
	for _, args := range [][]string{{"--entries", "0"}, {"--entries", "x"}, {"--today", "2016-01-01"}, {"--seed", "-1"}} {
		if code, _, _ := other.run("", append([]string{"demo"}, args...)...); code != 2 {
			t.Errorf("demo %v: exit %d, want 2", args, code)
		}
	}
}
