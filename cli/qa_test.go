package cli

import (
	"context"
	"strings"
	"testing"
)

// Findings of QA on messages and on what commands accept.

// TestReportAsOfBeforePeriod: a paper as of a day before its period ends
// would say "as of" that day and count what came after; refused.
func TestReportAsOfBeforePeriod(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.expect(want{2, []string{"vision2030: --as-of 2026-05-01 is before --until 2026-06-30: the paper cannot count what happens after its date",
		"run 'vision2030 report --help' for usage"}},
		"report", "--format", "md", "--since", "2026-04-01", "--until", "2026-06-30", "--as-of", "2026-05-01")
	sb.expect(want{2, []string{"vision2030: --as-of 2026-03-01 is before --since 2026-04-01: the paper cannot count what happens after its date",
		"run 'vision2030 report --help' for usage"}},
		"report", "--format", "md", "--since", "2026-04-01", "--as-of", "2026-03-01")
	sb.expect(want{2, []string{"vision2030: --as-of 2026-05-01 が --until 2026-06-30 より前です。基準日より後の出来事は数えられません",
		"使い方は 'vision2030 report --help' で確認できます"}},
		"--lang", "ja", "report", "--format", "md", "--since", "2026-04-01", "--until", "2026-06-30", "--as-of", "2026-05-01")
	// As of the period's end or later is a paper of the period.
	sb.ok("report", "--format", "md", "--since", "2026-04-01", "--until", "2026-06-30", "--as-of", "2026-06-30")
	sb.ok("report", "--format", "md", "--since", "2026-04-01", "--until", "2026-06-30", "--as-of", "2026-07-15")
}

// TestActionAlreadyDone: marking a done action done again says so, as
// reopening an open one does, instead of "not found".
func TestActionAlreadyDone(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := sb.logged("A visit")
	sb.ok("actions", "add", "--entry", id, "--what", "Call back")
	sb.ok("actions", "done", "1")
	sb.expect(want{1, []string{"vision2030: action 1 is already done", "nothing was changed"}}, "actions", "done", "1")
	sb.expect(want{1, []string{"vision2030: フォローアップ 1 はすでに完了しています", "何も変更していません"}},
		"--lang", "ja", "actions", "done", "1")
	sb.ok("actions", "reopen", "1")
	sb.expect(want{1, []string{"vision2030: action 1 is already open", "nothing was changed"}}, "actions", "reopen", "1")
	sb.expect(want{1, []string{"vision2030: action 9 not found", "run 'vision2030 actions --all' to list the actions"}}, "actions", "done", "9")
}

// TestArchivedPartnerNamed: a command that writes about active partners,
// given an archived partner's name, says it is archived and how to make it
// active, instead of that no partner matches.
func TestArchivedPartnerNamed(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := sb.logged("A visit")
	sb.ok("partners", "archive", "UAW")
	archived := want{1, []string{"vision2030: UAW is archived", "make it active again first: vision2030 partners unarchive UAW"}}
	sb.expect(archived, "log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Another")
	sb.expect(archived, "log", "--partner", "uaw", "--goal", "1", "--kind", "visit", "--title", "Another")
	sb.expect(archived, "assess", "--partner", "UAW", "--goal", "1", "--stage", "1")
	sb.expect(archived, "entries", "edit", id, "--partner", "UAW")
	sb.expect(want{1, []string{"vision2030: UAW はアーカイブ済みです", "先に有効に戻してください：vision2030 partners unarchive UAW"}},
		"--lang", "ja", "assess", "--partner", "UAW", "--goal", "1", "--stage", "1")
	// A name no partner has is still "no partner matches".
	sb.expect(want{2, []string{`vision2030: --partner: no partner matches "Nobody"`,
		"run 'vision2030 partners --archived' to list every partner"}}, "assess", "--partner", "Nobody", "--goal", "1", "--stage", "1")
	sb.ok("partners", "unarchive", "UAW")
	sb.ok("assess", "--partner", "UAW", "--goal", "1", "--stage", "1")
}

// TestGoalNotAGoal: a goal that is not one is a usage error on one line
// naming where it was given (--goal, or the goal argument) and what, with
// the goals listed on the hint's one line.
func TestGoalNotAGoal(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := sb.logged("A visit")
	goals := "goals: 1 Fundamental labour rights · 2 Constructive labour–management relations · 3 Sound, sustainable companies"
	for _, v := range []string{"abc", "0", "-1", "4"} {
		bad := want{2, []string{`vision2030: --goal: "` + v + `" is not a goal`, goals}}
		sb.expect(bad, "log", "--partner", "UAW", "--goal", v, "--kind", "visit", "--title", "Another")
		sb.expect(bad, "assess", "--partner", "UAW", "--goal", v, "--stage", "1")
		sb.expect(bad, "entries", "edit", id, "--goal", v)
	}
	sb.expect(want{2, []string{`vision2030: goal: "4" is not a goal`, goals}}, "goals", "edit", "4", "--target", "50")
	sb.expect(want{2, []string{`vision2030: goal: "x" is not a goal`, goals}}, "goals", "rubric", "x", "1", "--name", "N")
	sb.expect(want{2, []string{`vision2030: 目標："4" という目標はありません`,
		"目標：1 基本的労働権、2 建設的な労使関係、3 企業の健全で持続可能な発展"}}, "--lang", "ja", "goals", "edit", "4", "--target", "50")
	sb.expect(want{2, []string{`vision2030: --goal："abc" という目標はありません`,
		"目標：1 基本的労働権、2 建設的な労使関係、3 企業の健全で持続可能な発展"}},
		"--lang", "ja", "assess", "--partner", "UAW", "--goal", "abc", "--stage", "1")
}

// TestDemoTodayNamed: a --today that is not a date is called --today, and
// one written as a date that is none says why, as the other date flags do.
func TestDemoTodayNamed(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	demoDB := sb.dir + "/demo.db"
	sb.expect(want{2, []string{`vision2030: --today: "soon" is not a date (such as 2026-04-01, 2026/4/1 or R8.4.1)`,
		"run 'vision2030 demo --help' for usage"}}, "--db", demoDB, "demo", "--today", "soon")
	sb.expect(want{2, []string{`vision2030: --today："soon" は日付ではありません（2026-04-01、2026/4/1、令和8年4月1日 など）`,
		"使い方は 'vision2030 demo --help' で確認できます"}}, "--lang", "ja", "--db", demoDB, "demo", "--today", "soon")
	sb.expect(want{2, []string{`vision2030: --today: "2026-02-30": no such day; February 2026 has 28 days`,
		"run 'vision2030 demo --help' for usage"}}, "--db", demoDB, "demo", "--today", "2026-02-30")
	sb.expect(want{2, []string{`vision2030: --today: "H31.5.1" is not a day of 平成, which ran from 1989-01-08 to 2019-04-30`,
		"run 'vision2030 demo --help' for usage"}}, "--db", demoDB, "demo", "--today", "H31.5.1")
	sb.expect(want{2, []string{"vision2030: --today 2016-01-01 is before 2017-01-04, the first day of the demo's history",
		"run 'vision2030 demo --help' for usage"}}, "--db", demoDB, "demo", "--today", "2016-01-01")
}

// TestEmptyAuthor: a command that writes refuses an author given empty,
// naming where it was given; one that only reads does not mind.
func TestEmptyAuthor(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := sb.logged("A visit")
	before := sb.revision()
	blank := want{2, []string{"vision2030: --author: the author is empty: give the name to record as the author of what you add",
		"run 'vision2030 config --help' for the settings and their values"}}
	sb.expect(blank, "--author", "", "log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Another")
	sb.expect(blank, "log", "--author", " ", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Another")
	sb.expect(blank, "--author", "", "assess", "--partner", "UAW", "--goal", "1", "--stage", "1")
	sb.expect(blank, "--author", "", "actions", "add", "--entry", id, "--what", "Call back")
	sb.expect(blank, "--author", "", "entries", "edit", id, "--title", "Renamed")
	sb.expect(want{2, []string{"vision2030: --author：作成者が空です。追加する記録の作成者として残す名前を指定してください",
		"設定と使える値は 'vision2030 config --help' で確認できます"}},
		"--lang", "ja", "--author", "", "assess", "--partner", "UAW", "--goal", "1", "--stage", "1")
	if sb.revision() != before {
		t.Error("a refused command wrote")
	}
	// The dashboard writes: it is not opened.
	opened := false
	code, _, errOut := sb.runWith(Options{Dashboard: func(context.Context, Dashboard) error { opened = true; return nil }},
		"--db", sb.db, "--author", "")
	if code != 2 || opened || !strings.Contains(errOut, "the author is empty") {
		t.Errorf("dashboard with --author \"\": exit %d, opened %v: %s", code, opened, errOut)
	}
	// Reading needs no author.
	sb.ok("--author", "", "entries")

	// An empty variable is not set: the file decides, here empty too.
	sb = newSandbox(t, "VISION2030_AUTHOR=")
	path := sb.writeConfig("author = \"\"\n")
	sb.expect(want{2, []string{"vision2030: " + path + ", line 1: the author is empty: give the name to record as the author of what you add",
		"fix the settings file; 'vision2030 config --help' shows an example"}},
		"log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Another")
	sb.writeConfig("author = \"file-author\"\n")
	sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Another")
}

// TestAssessDistinct: a partner or goal named twice, in the same words or
// not, is assessed once.
func TestAssessDistinct(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	out := sb.ok("assess", "--partner", "UAW", "--partner", "UAW", "--goal", "1", "--stage", "1")
	if got := lines(out); len(got) != 1 {
		t.Errorf("UAW twice: ids %q, want one", got)
	}
	out = sb.ok("assess", "--partner", "UAW", "--partner", "uaw", "--goal", "1", "--goal", "2", "--goal", "1",
		"--goal", "labour rights", "--stage", "2")
	if got := lines(out); len(got) != 2 {
		t.Errorf("UAW twice, goals 1, 2, 1 and 1 by title: ids %q, want two", got)
	}
	out = sb.ok("assess", "--partner", "UAW", "--partner", "IndustriALL", "--goal", "1", "--stage", "3")
	if got := lines(out); len(got) != 2 {
		t.Errorf("two partners: ids %q, want two", got)
	}
}

// TestShowRequest: entries show of a request says its dates and whether
// it came first, as --format json does; of another kind, nothing of them.
func TestShowRequest(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "2", "--kind", "request", "--title", "Plant closure",
		"--date", "2026-03-01", "--opened", "2026-03-01", "--first-response", "2026-03-04", "--came-first"))
	out := sb.ok("entries", "show", id)
	for _, want := range []string{"Opened          2026-03-01\n", "First response  2026-03-04\n", "Closed          —\n",
		"Came first      yes\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("show of a request: no %q in\n%s", want, out)
		}
	}
	out = sb.ok("--lang", "ja", "entries", "show", id)
	for _, want := range []string{"受付日           2026-03-01\n", "初回回答日       2026-03-04\n", "完了日           —\n",
		"最初にJAWに相談  はい\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("show of a request in Japanese: no %q in\n%s", want, out)
		}
	}
	if out := sb.ok("entries", "show", sb.logged("A visit")); strings.Contains(out, "Opened") || strings.Contains(out, "Came first") {
		t.Errorf("show of a visit:\n%s", out)
	}
}

// TestEditThatChangesNothing: an edit asking for what the row already
// holds says so instead of "Updated"; --author is who is working, not a
// field of the entry, so it alone is no edit.
func TestEditThatChangesNothing(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := sb.logged("A visit")
	if out := sb.ok("entries", "edit", id, "--title", "A visit"); out != "Entry "+id+" already holds that; nothing was written\n" {
		t.Errorf("the same title: %q", out)
	}
	if out := sb.ok("entries", "edit", id, "--title", "Another visit"); out != "Updated entry "+id+"\n" {
		t.Errorf("a new title: %q", out)
	}
	if code, _, _ := sb.do("entries", "edit", id, "--author", "sato"); code != 2 {
		t.Errorf("--author alone: exit %d, want 2", code)
	}
	if out := sb.ok("partners", "edit", "UAW", "--short", "UAW"); !strings.Contains(out, "already holds that; nothing was written") {
		t.Errorf("the same short name: %q", out)
	}
	if out := sb.ok("partners", "edit", "UAW", "--short", "UAW-US"); !strings.HasPrefix(out, "Updated partner ") {
		t.Errorf("a new short name: %q", out)
	}
}

// TestDateFlagsReadDates: every date flag reads a date as the forms, the
// import and the filter do (2026/04/01, R8.4.1, 令和8年4月1日) and stores
// YYYY-MM-DD; a date that is none says why, naming the flag.
func TestDateFlagsReadDates(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "request", "--title", "Dated",
		"--date", "R8.4.1", "--opened", "2026/04/01", "--first-response", "令和8年4月2日", "--closed", " 2026/4/3 "))
	if got := sb.query("SELECT date || ' ' || opened || ' ' || first_response || ' ' || closed FROM entries WHERE id = ?", id); got != "2026-04-01 2026-04-01 2026-04-02 2026-04-03" {
		t.Errorf("log: stored %q", got)
	}
	sb.ok("entries", "edit", id, "--date", "R8.3.31")
	if got := sb.query("SELECT date FROM entries WHERE id = ?", id); got != "2026-03-31" {
		t.Errorf("entries edit: stored %q", got)
	}
	sb.ok("actions", "add", "--entry", id, "--what", "Call back", "--due", "R8.12.1")
	if got := sb.query("SELECT due FROM actions WHERE entry_id = ?", id); got != "2026-12-01" {
		t.Errorf("actions add: stored %q", got)
	}
	sb.ok("actions", "edit", "1", "--due", "2026/12/02")
	sb.ok("actions", "done", "1", "--date", "R8.4.5")
	if got := sb.query("SELECT due || ' ' || done FROM actions WHERE entry_id = ?", id); got != "2026-12-02 2026-04-05" {
		t.Errorf("actions edit, done: stored %q", got)
	}
	sb.ok("assess", "--partner", "UAW", "--goal", "1", "--stage", "1", "--date", "R8.4.6")
	if got := sb.query("SELECT max(date) FROM assessments"); got != "2026-04-06" {
		t.Errorf("assess: stored %q", got)
	}
	sb.ok("report", "--format", "md", "--since", "R8.4.1", "--until", "2026/06/30", "--as-of", "令和8年7月1日")
	sb.expect(want{2, []string{`vision2030: --since: "H31.5.1" is not a day of 平成, which ran from 1989-01-08 to 2019-04-30`,
		"run 'vision2030 report --help' for usage"}}, "report", "--format", "md", "--since", "H31.5.1")
	sb.expect(want{2, []string{`vision2030: --due: "R8.2.30": no such day; February 2026 has 28 days`,
		"run 'vision2030 actions add --help' for usage"}}, "actions", "add", "--entry", id, "--what", "x", "--due", "R8.2.30")
	sb.expect(want{2, []string{`vision2030: --date: "H31.5.1" is not a day of 平成, which ran from 1989-01-08 to 2019-04-30`,
		"run 'vision2030 log --help' for usage"}}, "log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "x", "--date", "H31.5.1")
	if out := sb.ok("purge", "--deleted-before", "R8.4.1"); !strings.Contains(out, "2026-04-01") {
		t.Errorf("purge --deleted-before R8.4.1: %q", out)
	}
	sb.expect(want{2, []string{`vision2030: --deleted-before: "R1.4.1" is not a day of 令和, which began on 2019-05-01`,
		"run 'vision2030 purge --help' for usage"}}, "purge", "--deleted-before", "R1.4.1")
}
