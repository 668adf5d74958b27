package main

import (
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	_ "modernc.org/sqlite"

	"vision2030/store"
)

// shell runs commands against one temporary database.
type shell struct {
	t  *testing.T
	db string
}

func newShell(t *testing.T) *shell {
	t.Setenv("VISION2030_AUTHOR", "env-author")
	return &shell{t, filepath.Join(t.TempDir(), "v.db")}
}

// run runs a command and returns its exit status and outputs.
func (sh *shell) run(stdin string, args ...string) (int, string, string) {
	sh.t.Helper()
	return runCLI(sh.t, stdin, append([]string{"--db", sh.db}, args...)...)
}

// ok runs a command that must succeed and returns its stdout.
func (sh *shell) ok(args ...string) string {
	sh.t.Helper()
	code, out, errOut := sh.run("", args...)
	if code != 0 {
		sh.t.Fatalf("%v: exit %d: %s", args, code, errOut)
	}
	return out
}

// count counts the rows of a table, straight from the file.
func (sh *shell) count(query string) int {
	sh.t.Helper()
	db, err := sql.Open("sqlite", "file:"+sh.db+"?mode=ro")
	if err != nil {
		sh.t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(query).Scan(&n); err != nil {
		sh.t.Fatal(err)
	}
	return n
}

func TestLogAndList(t *testing.T) {
	sh := newShell(t)
	out := sh.ok("log", "--partner", "UAW", "--partner", "Metalworkers", "--goal", "2", "--goal", "sustainable",
		"--kind", "request", "--title", "Plant closure question", "--date", "2026-11-02",
		"--opened", "2026-11-02", "--first-response", "2026-11-04", "--came-first", "--summary", "-")
	id, err := strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		t.Fatalf("log printed %q, not an id", out)
	}
	var got struct {
		Total   int `json:"total"`
		Entries []struct {
			ID        int    `json:"id"`
			Author    string `json:"author"`
			Status    string `json:"status"`
			CameFirst bool   `json:"came_first"`
			Goals     []int  `json:"goals"`
			Partners  []struct {
				Name string `json:"name"`
			} `json:"partners"`
		} `json:"entries"`
	}
	if err := json.Unmarshal([]byte(sh.ok("entries", "--filter", "kind:request country:US", "--format", "json")), &got); err != nil {
		t.Fatal(err)
	}
	if got.Total != 1 || got.Entries[0].ID != id {
		t.Fatalf("filtered JSON %+v", got)
	}
	e := got.Entries[0]
	if e.Author != "env-author" || e.Status != "answered" || !e.CameFirst || len(e.Goals) != 2 || len(e.Partners) != 2 {
		t.Errorf("entry %+v", e)
	}
	// --author beats the environment; --summary - reads stdin.
	code, out, errOut := sh.run("line one\nline two\n", "log", "--partner", "2", "--goal", "1", "--kind", "visit",
		"--title", "Detroit visit", "--author", "suzuki", "--summary", "-")
	if code != 0 {
		t.Fatal(errOut)
	}
	show := sh.ok("entries", "show", strings.TrimSpace(out))
	if !strings.Contains(show, "suzuki") || !strings.Contains(show, "line two") {
		t.Errorf("show:\n%s", show)
	}
	// CSV has a header and one row per entry.
	rows, err := csv.NewReader(strings.NewReader(sh.ok("entries", "--format", "csv", "--limit", "3"))).ReadAll()
	if err != nil || len(rows) != 4 || rows[0][0] != "ID" {
		t.Errorf("csv: %v %v", rows, err)
	}
	// The table says how many matched.
	if table := sh.ok("entries", "--limit", "2"); !strings.Contains(table, "2 shown of 6 matching") {
		t.Errorf("table:\n%s", table)
	}
}

func TestLogRejectsBadInput(t *testing.T) {
	sh := newShell(t)
	sh.ok("report") // create and seed
	before := sh.count("SELECT count(*) FROM entries")
	base := []string{"log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "A title"}
	tests := []struct {
		args []string
		code int
		says string
	}{
		// A value that is wrong whatever the database holds is a usage
		// error (2); one naming what the database does not have, a
		// failure (1).
		{[]string{"--date", "2025-02-30"}, 2, "--date: \"2025-02-30\": no such day"},
		{[]string{"--date", "2099-01-01"}, 2, "future"},
		{[]string{"--title", "  "}, 2, "title: required"},
		{[]string{"--kind", "party"}, 2, "consultation"},
		{[]string{"--partner", "Ministry"}, 2, "METI"},
		{[]string{"--partner", "Toyota Motor"}, 2, "no partner"},
		{[]string{"--goal", "9"}, 2, "1 Fundamental labour rights"},
		{[]string{"--summary", strings.Repeat("x", store.MaxSummary+1)}, 2, "summary: too long"},
		{[]string{"--summary", "bad \xff"}, 2, "UTF-8"},
		{[]string{"--title", "a\x00b"}, 2, "NUL"},
		{[]string{"--opened", "2026-01-01"}, 2, "only for --kind request"},
		{[]string{"--kind", "request", "--opened", "2026-03-02", "--closed", "2026-03-01"}, 2, "closed"},
		{[]string{"--bogus"}, 2, "bogus"},
	}
	for _, tt := range tests {
		args := append(append([]string{}, base...), tt.args...)
		code, out, errOut := sh.run("", args...)
		if code != tt.code || !strings.Contains(errOut, tt.says) || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d saying %q", tt.args, code, out, errOut, tt.code, tt.says)
		}
	}
	code, _, errOut := sh.run("", "log", "--goal", "1", "--kind", "visit", "--title", "x")
	if code != 2 || !strings.Contains(errOut, "--partner") {
		t.Errorf("missing --partner: %d %s", code, errOut)
	}
	if after := sh.count("SELECT count(*) FROM entries"); after != before {
		t.Errorf("rejected commands wrote %d entries", after-before)
	}
}

func TestEditDeleteRestore(t *testing.T) {
	sh := newShell(t)
	id := strings.TrimSpace(sh.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Before"))
	sh.ok("entries", "edit", id, "--title", "After", "--partner", "JCM")
	show := sh.ok("entries", "show", id, "--format", "json")
	if !strings.Contains(show, `"title": "After"`) || !strings.Contains(show, `"name": "JCM"`) || strings.Contains(show, `"UAW"`) {
		t.Errorf("after edit:\n%s", show)
	}
	if code, _, errOut := sh.run("", "entries", "edit", id); code != 2 || !strings.Contains(errOut, "nothing to change") {
		t.Errorf("edit without flags: %d %s", code, errOut)
	}
	if out := sh.ok("entries", "delete", id); !strings.Contains(out, "entries restore "+id) {
		t.Errorf("delete says %q", out)
	}
	if list := sh.ok("entries", "--filter", "After"); strings.Contains(list, "After") {
		t.Error("deleted entry listed")
	}
	if code, _, errOut := sh.run("", "entries", "delete", id); code != 1 || !strings.Contains(errOut, "already deleted") {
		t.Errorf("second delete: %d %s", code, errOut)
	}
	sh.ok("entries", "restore", id)
	if list := sh.ok("entries", "--filter", "After"); !strings.Contains(list, "After") {
		t.Error("restored entry not listed")
	}
	for _, args := range [][]string{{"entries", "restore", "999"}, {"entries", "edit", "999", "--title", "x"}} {
		if code, _, errOut := sh.run("", args...); code != 1 || !strings.Contains(errOut, "999 not found") {
			t.Errorf("%v: %d %s", args, code, errOut)
		}
	}
	if code, _, _ := sh.run("", "entries", "delete", "abc"); code != 2 {
		t.Error("non-numeric id accepted")
	}
}

func TestPartnersCommand(t *testing.T) {
	sh := newShell(t)
	id := strings.TrimSpace(sh.ok("partners", "add", "--name", "Thai Auto Workers \x1b[31mFederation", "--short", "TAWF",
		"--country", "th", "--kind", "federation", "--since", "2013"))
	table := sh.ok("partners", "--country", "TH")
	if !strings.Contains(table, "TAWF") || strings.Contains(table, "\x1b") {
		t.Errorf("table:\n%q", table)
	}
	var ps []struct {
		ID    int    `json:"id"`
		Name  string `json:"name"`
		Since int    `json:"since"`
	}
	if err := json.Unmarshal([]byte(sh.ok("partners", "--country", "TH", "--format", "json")), &ps); err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || !strings.Contains(ps[1].Name+ps[0].Name, "\x1b[31m") {
		t.Errorf("json keeps the text as stored: %+v", ps)
	}
	sh.ok("partners", "archive", id)
	if strings.Contains(sh.ok("partners", "--country", "TH"), "TAWF") {
		t.Error("archived partner listed by default")
	}
	if !strings.Contains(sh.ok("partners", "--country", "TH", "--archived"), "TAWF") {
		t.Error("--archived does not list it")
	}
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"partners", "add", "--name", "X", "--country", "XX", "--kind", "union"}, 2},
		{[]string{"partners", "add", "--name", "X", "--country", "TH", "--kind", "club"}, 2},
		{[]string{"partners", "add", "--name", "X", "--country", "TH", "--kind", "union", "--short", "uaw"}, 1},
		{[]string{"partners", "add", "--country", "TH", "--kind", "union"}, 2},
		{[]string{"partners", "--format", "xml"}, 2},
	} {
		if code, _, errOut := sh.run("", tt.args...); code != tt.code {
			t.Errorf("%v: exit %d, want %d (%s)", tt.args, code, tt.code, errOut)
		}
	}
}

func TestActionsCommand(t *testing.T) {
	sh := newShell(t)
	id := strings.TrimSpace(sh.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Visit"))
	late := strings.TrimSpace(sh.ok("actions", "add", "--entry", id, "--what", "Send minutes", "--owner", "sato", "--due", "2020-01-01"))
	sh.ok("actions", "add", "--entry", id, "--what", "Plan next visit", "--due", "2099-01-01")
	if out := sh.ok("actions", "--overdue"); !strings.Contains(out, "Send minutes") || strings.Contains(out, "Plan next") {
		t.Errorf("--overdue:\n%s", out)
	}
	sh.ok("actions", "done", late)
	if out := sh.ok("actions", "--overdue"); strings.Contains(out, "Send minutes") {
		t.Errorf("done action still overdue:\n%s", out)
	}
	if out := sh.ok("actions", "--all", "--format", "csv"); strings.Count(out, "\n") != 3 {
		t.Errorf("--all csv:\n%s", out)
	}
	if code, _, _ := sh.run("", "actions", "add", "--entry", "999", "--what", "x"); code != 1 {
		t.Error("action on a missing entry accepted")
	}
}

// TestTwoProcesses runs two vision2030 processes on one file: one logs
// entries while the other reads them. Neither may fail, and every entry
// must be there at the end.
func TestTwoProcesses(t *testing.T) {
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "shared.db")
	if out, err := exec.Command(bin, "--db", db, "report").CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	const n = 40
	var wg sync.WaitGroup
	errs := make(chan string, 4*n)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := range n {
			out, err := exec.Command(bin, "--db", db, "log", "--partner", "UAW", "--goal", "1", "--kind", "visit",
				"--title", "Concurrent "+strconv.Itoa(i)).CombinedOutput()
			if err != nil {
				errs <- "log: " + err.Error() + ": " + string(out)
			}
		}
	}()
	go func() {
		defer wg.Done()
		for range n {
			out, err := exec.Command(bin, "--db", db, "entries", "--filter", "Concurrent", "--format", "json").CombinedOutput()
			if err != nil {
				errs <- "entries: " + err.Error() + ": " + string(out)
			}
		}
	}()
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	out, err := exec.Command(bin, "--db", db, "entries", "--filter", "Concurrent", "--format", "json", "--limit", "1000").Output()
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Total int }
	if err := json.Unmarshal(out, &got); err != nil || got.Total != n {
		t.Fatalf("%d entries at the end, want %d (%v)", got.Total, n, err)
	}
}

func TestAssessAndReport(t *testing.T) {
	sh := newShell(t)
	sh.ok("assess", "--partner", "UAW", "--goal", "1", "--stage", "2", "--date", "2025-02-01")
	sh.ok("assess", "--partner", "UAW", "--goal", "1", "--stage", "3", "--date", "2025-09-01", "--note", "Framework agreed")
	// The seed tracks one union abroad, the UAW; a federation abroad makes two.
	sh.ok("partners", "add", "--name", "Thai Auto Workers", "--short", "TAW", "--country", "TH", "--kind", "federation")
	sh.ok("assess", "--partner", "TAW", "--goal", "labour rights", "--stage", "4", "--date", "2025-05-01")
	sh.ok("assess", "--partner", "IndustriALL", "--goal", "1", "--stage", "1", "--date", "2025-01-10")
	for _, tt := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"--partner", "UAW", "--goal", "1", "--stage", "5"}, 2, "stage"},
		{[]string{"--partner", "UAW", "--goal", "1", "--stage", "x"}, 2, "stage"},
		{[]string{"--partner", "UAW", "--goal", "1"}, 2, "--stage"},
		{[]string{"--partner", "Nobody", "--goal", "1", "--stage", "1"}, 2, "no partner"},
		{[]string{"--partner", "UAW", "--goal", "4", "--stage", "1"}, 2, "not a goal"},
		{[]string{"--partner", "UAW", "--goal", "1", "--stage", "1", "--date", "2099-01-01"}, 2, "future"},
		{[]string{"--partner", "UAW", "--goal", "1", "--stage", "1", "--entry", "999"}, 1, "entry"},
	} {
		code, _, errOut := sh.run("", append([]string{"assess"}, tt.args...)...)
		if code != tt.code || !strings.Contains(errOut, tt.says) {
			t.Errorf("assess %v: exit %d %q, want %d %q", tt.args, code, errOut, tt.code, tt.says)
		}
	}
	if n := sh.count("SELECT count(*) FROM assessments"); n != 4 {
		t.Errorf("%d assessments, want 4", n)
	}
	var r struct {
		AsOf  string `json:"as_of"`
		Goals []struct {
			ID              int      `json:"id"`
			Progress        *float64 `json:"progress"`
			Target          float64  `json:"target"`
			Status          string   `json:"status"`
			Tracked         int      `json:"tracked"`
			Unassessed      int      `json:"unassessed"`
			Coverage        *float64 `json:"coverage"`
			PartnersAtStage []int    `json:"partners_at_stage"`
			History         []struct {
				Quarter  string  `json:"quarter"`
				Progress float64 `json:"progress"`
			} `json:"history"`
			Projection *float64 `json:"projection_2030"`
		} `json:"goals"`
		Requests struct {
			PerYear []any `json:"per_year"`
		} `json:"requests"`
	}
	// As of 2025-06-30: UAW at 2, TAW at 4: 1 of the 2 tracked partners. IndustriALL, a global union, is not tracked: its
	// stage 1 is not counted.
	if err := json.Unmarshal([]byte(sh.ok("report", "--format", "json", "--as-of", "2025-06-30")), &r); err != nil {
		t.Fatal(err)
	}
	g := r.Goals[0]
	if r.AsOf != "2025-06-30" || g.Progress == nil || *g.Progress != 0.5 || g.Target != 1 || g.Tracked != 2 ||
		g.Unassessed != 0 || g.Coverage == nil || *g.Coverage != 1 ||
		fmt.Sprint(g.PartnersAtStage) != "[0 0 1 0 1]" || len(g.History) != 2 || g.History[0].Quarter != "2025Q1" ||
		g.History[0].Progress != 0 || g.Projection == nil {
		t.Errorf("goal 1 as of 2025-06-30: %+v", g)
	}
	if r.Goals[2].Progress != nil || r.Goals[2].Status != "no_data" || r.Goals[2].Projection != nil || r.Requests.PerYear == nil ||
		r.Goals[2].Unassessed != 2 || r.Goals[2].Coverage == nil || *r.Goals[2].Coverage != 0 {
		t.Errorf("goal 3: %+v", r.Goals[2])
	}
	sh.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "request", "--title", "Layoffs", "--date", "2025-06-01",
		"--opened", "2025-06-01", "--first-response", "2025-06-04", "--came-first")
	id := strings.TrimSpace(sh.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Visit", "--date", "2025-06-02"))
	sh.ok("actions", "add", "--entry", id, "--what", "Send | minutes", "--owner", "sato", "--due", "2025-12-20")
	md := sh.ok("report", "--format", "md", "--as-of", "2025-12-31")
	for _, want := range []string{"# International Vision 20-30", "| 1 | Securing fundamental labour rights", "100% (2/2 · 2)",
		"| 2025Q3 | 100% |", "## Requests", "| 2025 | 1 | 100% (1) | 3.0 |", "| **All** | 1 | 100% (1) | 3.0 |",
		`- Send \| minutes (sato) — due 2025-12-20 · overdue (#`} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	for _, args := range [][]string{{"report", "--format", "pdf"}, {"report", "--as-of", "2025-13-01"}} {
		if code, _, _ := sh.run("", args...); code != 2 {
			t.Errorf("%v accepted", args)
		}
	}
	if code, _, errOut := sh.run("", "report", "--as-of", "2099-01-01"); code != 2 || !strings.Contains(errOut, "future") {
		t.Errorf("future --as-of: %d %s", code, errOut)
	}
}
