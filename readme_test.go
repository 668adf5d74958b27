package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeCapture: the dashboard shown at the top of the README is what
// a newcomer gets from the demo database by the commands under it.
func TestReadmeCapture(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(readme), "```\n")
	capture, _, ok := strings.Cut(rest, "```\n")
	if !ok || !strings.Contains(capture, "International Vision 20-30") {
		t.Fatalf("no capture at the top of the README")
	}
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errOut := runCLI(t, "", "--db", db, "demo", "--today", "2026-11-21"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	code, out, errOut := runCLI(t, "", "--db", db, "report", "--width", "80", "--as-of", "2026-11-21")
	if code != 0 {
		t.Fatalf("report: %s", errOut)
	}
	lines := strings.SplitAfter(out, "\n")
	want := strings.Join(lines[:min(40, len(lines))], "")
	if capture != want {
		t.Errorf("the README's capture is not what demo and report give; they give:\n%s", want)
	}
}
