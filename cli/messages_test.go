package cli

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Each message a user met that misled them (issue 9, item 3): its words,
// its hint and its exit status.

// want is what a refused command prints: stderr's lines exactly.
type want struct {
	code  int
	lines []string
}

func (sb *sandbox) expect(w want, args ...string) {
	sb.t.Helper()
	code, out, errOut := sb.do(args...)
	if code != w.code || out != "" || strings.Join(lines(errOut), "\n") != strings.Join(w.lines, "\n") {
		sb.t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant exit %d, stderr:\n%s", args, code, out, errOut, w.code,
			strings.Join(w.lines, "\n"))
	}
}

// logged logs an entry and returns its id.
func (sb *sandbox) logged(title string) string {
	sb.t.Helper()
	return strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", title))
}

func TestMessagesOfIDs(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := sb.logged("A visit")
	sb.expect(want{2, []string{`vision2030: "-1" is not an entry id: ids are whole numbers from 1`,
		"run 'vision2030 entries show --help' for usage"}}, "entries", "show", "-1")
	sb.expect(want{2, []string{`vision2030: entries show takes only an entry id; "2" is one too many`,
		"run 'vision2030 entries show --help' for usage"}}, "entries", "show", id, "2")
	sb.expect(want{2, []string{`vision2030: entries show needs an entry id`,
		"run 'vision2030 entries show --help' for usage"}}, "entries", "show")
	// A negative number given to a flag is that flag's value.
	sb.expect(want{2, []string{`vision2030: --limit: "-1" is not a whole number from 1 to 100000`,
		"run 'vision2030 entries --help' for usage"}}, "entries", "--limit", "-1")
	sb.expect(want{2, []string{`vision2030: "0" is not an entry id: ids are whole numbers from 1`,
		"run 'vision2030 actions add --help' for usage"}}, "actions", "add", "--entry", "0", "--what", "Call back")
	sb.expect(want{2, []string{`vision2030: "-3" is not an action id: ids are whole numbers from 1`,
		"run 'vision2030 actions done --help' for usage"}}, "actions", "done", "-3", "--date", "2025-01-01")
}

func TestMessagesOfDeletedEntries(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := sb.logged("Deleted visit")
	sb.ok("entries", "delete", id)
	before := sb.revision()
	sb.expect(want{1, []string{"vision2030: entry " + id + " is deleted",
		"restore it first: vision2030 entries restore " + id}}, "entries", "edit", id, "--title", "New title")
	sb.expect(want{1, []string{"vision2030: entry " + id + " is deleted",
		"restore it first: vision2030 entries restore " + id}}, "assess", "--partner", "UAW", "--goal", "1", "--stage", "2",
		"--entry", id)
	sb.expect(want{1, []string{"vision2030: entry " + id + " is deleted",
		"restore it first: vision2030 entries restore " + id}}, "actions", "add", "--entry", id, "--what", "Call back")
	// Deleted again: there is nothing to do, not something to restore.
	sb.expect(want{1, []string{"vision2030: entry " + id + " is already deleted", "nothing was changed"}}, "entries", "delete", id)
	if sb.revision() != before {
		t.Error("a refused command wrote")
	}
	// Shown, it says so.
	if out := sb.ok("entries", "show", id); !strings.Contains(out, "This entry is deleted (undo: vision2030 entries restore "+id+").") {
		t.Errorf("show of a deleted entry:\n%s", out)
	}
}

func TestMessagesOfGoalsAndPartners(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	base := []string{"log", "--kind", "visit", "--title", "A visit"}
	sb.expect(want{2, []string{`vision2030: --goal: "labour" matches 2 goals`,
		"give the goal's number: 1 Fundamental labour rights · 2 Constructive labour–management relations"}},
		append(base, "--partner", "UAW", "--goal", "labour")...)
	sb.expect(want{2, []string{"vision2030: the partner is empty: give an id, a short name or a name",
		"run 'vision2030 log --help' for usage"}}, append(base, "--partner", "", "--goal", "1")...)
	sb.expect(want{2, []string{"vision2030: the partner is empty: give an id, a short name or a name",
		"run 'vision2030 partners archive --help' for usage"}}, "partners", "archive", " ")
	// The candidates are a table: ids, short names, names and countries
	// each start in one column.
	sb.ok("partners", "add", "--name", "Ministry of Labour of Thailand", "--country", "TH", "--kind", "government")
	code, _, errOut := sb.do(append(base, "--partner", "Labour", "--goal", "1")...)
	got := lines(errOut)
	if code != 2 || len(got) != 8 || got[0] != `vision2030: --partner: "Labour" matches 4 partners` || got[1] != "candidates:" ||
		got[7] != "give its id or its short name" {
		t.Fatalf("ambiguous partner: exit %d:\n%s", code, errOut)
	}
	header := got[2]
	for _, col := range []string{"Name", "Country"} {
		at := strings.Index(header, col)
		for _, l := range got[3:7] {
			if at >= len(l) || l[at-1] != ' ' || l[at] == ' ' {
				t.Errorf("column %s does not start at %d in %q", col, at, l)
			}
		}
	}
	if !strings.HasPrefix(got[5], "  14  ") || !strings.HasPrefix(got[3], "  3   ") {
		t.Errorf("one- and two-digit ids are not aligned: %q %q", got[3], got[5])
	}
}

func TestMessagesOfChangesAlreadyMade(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	entry := sb.logged("A visit")
	action := strings.TrimSpace(sb.ok("actions", "add", "--entry", entry, "--what", "Send minutes"))
	before := sb.revision()
	sb.expect(want{1, []string{"vision2030: action " + action + " is already open", "nothing was changed"}}, "actions", "reopen", action)
	sb.expect(want{1, []string{"vision2030: partner 2 (UAW) is already active", "nothing was changed"}}, "partners", "unarchive", "UAW")
	if sb.revision() != before {
		t.Error("a change already made was written again")
	}
	sb.ok("partners", "archive", "UAW")
	sb.expect(want{1, []string{"vision2030: partner 2 (UAW) is already archived", "nothing was changed"}}, "partners", "archive", "uaw")
	if out := sb.ok("partners", "unarchive", "UAW"); out != "Partner 2 (UAW) is active again\n" {
		t.Errorf("unarchive says %q", out)
	}
	sb.ok("actions", "done", action)
	if out := sb.ok("actions", "reopen", action); out != "Action "+action+" open again\n" {
		t.Errorf("reopen says %q", out)
	}
}

func TestMessagesOfValues(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("report", "--format", "json") // the database exists
	before := sb.revision()
	sb.expect(want{2, []string{"vision2030: --width: 10 is narrower than the dashboard's smallest, 40 cells",
		"run 'vision2030 report --help' for usage"}}, "report", "--width", "10")
	sb.expect(want{2, []string{`vision2030: --width: "wide" is not a width from 40 to 1000`,
		"run 'vision2030 report --help' for usage"}}, "report", "--width", "wide")
	sb.expect(want{2, []string{`vision2030: filter: "kind:party": not a valid value for this key; the values are consultation, conference, seminar, visit, online_meeting, correspondence, request, news`,
		`keys: goal, country, partner, kind, author, status, since, until; words and "phrases" search titles, summaries and partners`}},
		"entries", "--filter", "kind:party")
	sb.expect(want{2, []string{`vision2030: filter: "status:pending": not a valid value for this key; the values are open, answered, closed`,
		`keys: goal, country, partner, kind, author, status, since, until; words and "phrases" search titles, summaries and partners`}},
		"entries", "--filter", "status:pending")
	// Goals, partners and countries the database does not have.
	keys := `keys: goal, country, partner, kind, author, status, since, until; words and "phrases" search titles, summaries and partners`
	sb.expect(want{2, []string{`vision2030: filter: "goal:9": there is no such goal; the values are 1, 2, 3`, keys}},
		"entries", "--filter", "goal:9")
	sb.expect(want{2, []string{`vision2030: filter: "partner:Nope": no partner has this id, name or short name`, keys}},
		"entries", "--filter", "partner:Nope")
	sb.expect(want{2, []string{`vision2030: filter: "country:Atlantis": no country has this code or name`, keys}},
		"entries", "--filter", "country:Atlantis")
	sb.expect(want{2, []string{`vision2030: filter: "country:Ind": more than one country has this name; give its code; the values are IN, ID`, keys}},
		"entries", "--filter", "country:Ind")
	sb.expect(want{2, []string{`vision2030: --kind: "party" is not a kind; the kinds are consultation, conference, seminar, visit, online_meeting, correspondence, request, news`,
		"run 'vision2030 log --help' for usage"}}, "log", "--partner", "UAW", "--goal", "1", "--kind", "party", "--title", "x")
	sb.expect(want{2, []string{`vision2030: --date: "2025-02-30": no such day; February 2025 has 28 days`,
		"run 'vision2030 log --help' for usage"}}, "log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "x", "--date", "2025-02-30")
	sb.expect(want{2, []string{`vision2030: --due: "someday" is not a date (such as 2026-04-01, 2026/4/1 or R8.4.1)`,
		"run 'vision2030 actions add --help' for usage"}}, "actions", "add", "--entry", "1", "--what", "x", "--due", "someday")
	sb.expect(want{2, []string{`vision2030: --since: "1066" is not a year between 1800 and this one`,
		"run 'vision2030 partners add --help' for usage"}}, "partners", "add", "--name", "x", "--country", "TH", "--kind", "union", "--since", "1066")
	sb.expect(want{2, []string{`vision2030: --lang: "fr" is not one of en, ja`,
		"run 'vision2030 config --help' for the settings and their values"}}, "--lang", "fr", "report")
	sb.expect(want{2, []string{"vision2030: unknown flag --colour", "run 'vision2030 report --help' for usage"}}, "report", "--colour")
	sb.expect(want{2, []string{"vision2030: --format needs a value", "run 'vision2030 entries --help' for usage"}}, "entries", "--format")
	sb.expect(want{2, []string{`vision2030: --offset: "x" is not a whole number`, "run 'vision2030 entries --help' for usage"}}, "entries", "--offset", "x")
	sb.expect(want{2, []string{`vision2030: unknown command "reprot"`, "did you mean 'vision2030 report'? run 'vision2030 --help' for usage"}}, "reprot")
	sb.expect(want{2, []string{`vision2030: entries has no command "shwo"; its commands are show, edit, delete, restore`,
		"did you mean 'vision2030 entries show'? run 'vision2030 entries --help' for usage"}}, "entries", "shwo")
	sb.expect(want{2, []string{`vision2030: report takes no arguments, but was given "extra"`, "run 'vision2030 report --help' for usage"}}, "report", "extra")
	sb.expect(want{2, []string{"vision2030: --what is required", "run 'vision2030 actions add --help' for usage"}}, "actions", "add", "--entry", "1")
	if sb.revision() != before {
		t.Error("a usage error wrote")
	}
}

func TestMessagesOfDatabasePaths(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	missing := filepath.Join(sb.dir, "no", "such")
	for _, cmd := range [][]string{{"report"}, {"demo", "--entries", "100"}} { // demo too, which writes its own way
		code, out, errOut := sb.run("", append([]string{"--db", filepath.Join(missing, "v.db")}, cmd...)...)
		if code != 2 || out != "" || errOut != "vision2030: the directory "+missing+" does not exist\n"+
			"create it (mkdir -p "+missing+") or choose another file with --db\n" {
			t.Errorf("%s, missing directory: exit %d, stderr %q", cmd[0], code, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(sb.dir, "no")); err == nil {
		t.Error("the missing directory was created")
	}
	code, _, errOut := sb.run("", "--db", sb.dir, "report")
	if code != 2 || errOut != "vision2030: "+sb.dir+" is a directory, not a database file\nchoose the database file with --db PATH\n" {
		t.Errorf("a directory as the database: exit %d, stderr %q", code, errOut)
	}
	// Usage errors touch no file, even the default database's directory.
	for _, args := range [][]string{{"entries", "show", "-1"}, {"report", "--width", "10"}, {"--lang", "fr", "report"},
		{"log", "--partner", "UAW"}, {"partners", "edit", "UAW"}, {"frobnicate"}, {"--version"}, {"config"}} {
		if code, _, _ := sb.run("", args...); code == 1 {
			t.Errorf("%v: exit 1", args)
		}
		if _, err := os.Stat(filepath.Join(sb.dir, "data")); err == nil {
			t.Fatalf("%v created the data directory", args)
		}
	}
}

func TestSummaryFromStdin(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	code, out, errOut := sb.run("line one\nline two\n", "--db", sb.db, "log", "--partner", "UAW", "--goal", "1",
		"--kind", "visit", "--title", "Piped", "--summary", "-")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	id, _ := strconv.Atoi(strings.TrimSpace(out))
	if got := sb.query("SELECT summary FROM entries WHERE id = ?", id); got != "line one\nline two" {
		t.Errorf("summary %q", got)
	}
}

func TestABugIsOneLineAndAHint(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	code, _, errOut := sb.runWith(Options{Dashboard: func(context.Context, Dashboard) error { panic("boom") }}, "--db", sb.db)
	if code != 1 || errOut != "vision2030: an internal error stopped the command: boom\n"+
		"this is a bug in vision2030: please report it with the command you ran\n" {
		t.Errorf("a panic: exit %d, stderr %q", code, errOut)
	}
}

// TestMessagesOfDroppedRequestDates: changing a request's kind would lose
// its dates; it is refused, saying which, unless --drop-request-dates.
func TestMessagesOfDroppedRequestDates(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "request", "--title", "Q",
		"--date", "2026-01-05", "--opened", "2026-01-05", "--came-first"))
	before := sb.revision()
	sb.expect(want{1, []string{"vision2030: entry " + id + ": a kind other than request would drop its opened 2026-01-05, came first yes; nothing was written",
		"add --drop-request-dates to change the kind and drop them"}}, "entries", "edit", id, "--kind", "visit")
	code, _, errOut := sb.do("--lang", "ja", "entries", "edit", id, "--kind", "visit")
	if code != 1 || !strings.Contains(errOut, "受付日（2026-01-05）、最初にJAWに相談（はい）が失われます") {
		t.Errorf("in Japanese: exit %d:\n%s", code, errOut)
	}
	if sb.revision() != before {
		t.Error("a refused change of kind wrote")
	}
	sb.ok("entries", "edit", id, "--kind", "visit", "--drop-request-dates")
	if got := sb.query("SELECT kind || ' ' || coalesce(opened, '') || ' ' || came_first FROM entries WHERE id = ?", id); got != "visit  0" {
		t.Errorf("after --drop-request-dates: %q", got)
	}
}
