package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestGoalsAndSettingsCommands: goals are listed with their targets and
// draft marks, edited from the shell, and the fiscal year is a shared
// setting that the report follows.
func TestGoalsAndSettingsCommands(t *testing.T) {
	sh := newShell(t)
	out := sh.ok("goals")
	if !strings.Contains(out, "Securing fundamental labour rights") || !strings.Contains(out, "default setting") {
		t.Errorf("goals:\n%s", out)
	}
	sh.ok("goals", "edit", "2", "--target", "80")
	sh.ok("goals", "rubric", "2", "3", "--rubric-ja", "労使対話が制度化され、実践されている。")
	var goals []struct {
		ID            int     `json:"id"`
		TitleJA       string  `json:"title_ja"`
		Target        float64 `json:"target"`
		TargetDefault bool    `json:"target_default"`
		Stages        []struct {
			Stage    int    `json:"stage"`
			RubricJA string `json:"rubric_ja"`
		} `json:"stages"`
	}
	if err := json.Unmarshal([]byte(sh.ok("goals", "--format", "json")), &goals); err != nil {
		t.Fatal(err)
	}
	if g := goals[1]; g.Target != 0.8 || g.TargetDefault || g.TitleJA == "" || g.Stages[3].RubricJA != "労使対話が制度化され、実践されている。" {
		t.Errorf("goal 2 after the edits: %+v", g)
	}
	for _, args := range [][]string{{"goals", "edit", "2", "--target", "0"}, {"goals", "edit", "2", "--target", "150"},
		{"goals", "edit", "2"}, {"goals", "rubric", "2", "5", "--name", "x"}, {"settings", "fiscal-year-start", "13"}} {
		if code, _, _ := sh.run("", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errOut := sh.run("", "goals", "edit", "9", "--target", "50"); code != 2 || !strings.Contains(errOut, "9") {
		t.Errorf("an unknown goal: exit %d %q", code, errOut)
	}
	if out := sh.ok("settings", "fiscal-year-start", "4"); !strings.Contains(out, "April") {
		t.Errorf("fiscal year: %q", out)
	}
	sh.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "request", "--title", "Q", "--date", "2026-02-10",
		"--opened", "2026-02-10")
	var r struct {
		Requests struct {
			PerYear []struct {
				Year int `json:"year"`
			} `json:"per_year"`
		} `json:"requests"`
	}
	if err := json.Unmarshal([]byte(sh.ok("report", "--format", "json", "--as-of", "2026-11-21")), &r); err != nil {
		t.Fatal(err)
	}
	// Opened in February 2026: fiscal 2025, which started in April 2025.
	if len(r.Requests.PerYear) != 1 || r.Requests.PerYear[0].Year != 2025 {
		t.Errorf("requests per fiscal year: %+v", r.Requests.PerYear)
	}
}
