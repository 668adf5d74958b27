package ui

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"vision2030/config"
	"vision2030/i18n"
	"vision2030/store"
)

func TestFilterBar(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 120, 30)
	d.keys("3", "/")
	d.typeText("kind:news")
	d.contains("3 matched")
	d.lacks("Sixth Asia")
	// A half-typed filter says what is wrong.
	d.typeText(" goal:")
	d.contains("needs a value")
	d.typeText("9")
	d.contains(`filter: "goal:9": there is no such goal`) // not an empty list
	d.keys("esc")
	d.lacks("matched")
	d.contains("1 of 4")
	// Keys typed into the bar are not commands: q does not quit.
	d.keys("/", "q")
	if d.quit {
		t.Fatal("q in the filter bar quit")
	}
	d.contains("/ q")
}

// TestFilterPartnersAndActions: / filters the partners and the actions
// too.
func TestFilterPartnersAndActions(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	for _, what := range []string{"Send the minutes", "Book the hall"} {
		if _, err := st.AddAction(context.Background(), store.NewAction{EntryID: 4, What: what, Due: "2026-11-25"}); err != nil {
			t.Fatal(err)
		}
	}
	d := newDriver(t, st, 120, 30)
	d.keys("2", "/")
	d.typeText("metal")
	d.contains("Japan Council of Metalworkers' Unions", "1 partner")
	d.lacks("(ILO Japan)")
	d.typeText("xyz")
	d.contains("No partner's name holds “metalxyz”")
	d.keys("esc")
	d.contains("(ILO Japan)")
	d.keys("4", "/")
	d.typeText("hall")
	d.contains("Book the hall")
	d.lacks("Send the minutes")
	d.keys("enter") // back to the list, the filter kept
	d.contains("Book the hall")
	d.lacks("Send the minutes")
}

func TestEditDeleteUndoRedo(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 120, 30)
	d.keys("3", "e")
	d.contains("Edit entry #4")
	d.keys("tab", "tab", "tab", "tab", "end") // to the title's end
	d.typeText(" — revised")
	d.keys("ctrl+s")
	if e, _ := st.Entry(ctx, 4); !strings.HasSuffix(e.Title, "(online) — revised") || e.Author != "seed" {
		t.Fatalf("after edit: %q by %q", e.Title, e.Author)
	}
	d.keys("u")
	if e, _ := st.Entry(ctx, 4); strings.Contains(e.Title, "revised") {
		t.Fatalf("undo did not restore the title: %q", e.Title)
	}
	d.contains("Undone: editing entry #4.")
	d.keys("ctrl+r")
	if e, _ := st.Entry(ctx, 4); !strings.Contains(e.Title, "revised") {
		t.Fatalf("redo did not make the edit again: %q", e.Title)
	}
	d.contains("Redone: editing entry #4.")
	// Delete asks first; n keeps the entry.
	d.keys("d")
	d.contains("Delete entry #4")
	d.keys("n")
	if e, _ := st.Entry(ctx, 4); e.DeletedAt != "" {
		t.Fatal("n deleted the entry")
	}
	d.keys("d", "y")
	if e, _ := st.Entry(ctx, 4); e.DeletedAt == "" {
		t.Fatal("d y did not delete")
	}
	d.lacks("Sixth Asia")
	d.keys("u")
	if e, _ := st.Entry(ctx, 4); e.DeletedAt != "" {
		t.Fatal("u did not restore the deleted entry")
	}
	d.keys("u", "u", "u")
	d.contains("Nothing to undo")
}

// TestSelectionKeptAfterEdit: saving an edit keeps the filter and the
// entry the user had selected.
func TestSelectionKeptAfterEdit(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 120, 30)
	d.keys("3", "/")
	d.typeText("kind:news")
	d.keys("enter", "down")
	before := lineWith(d.screen(), "▸")
	d.keys("e", "tab", "tab", "tab", "tab", "end")
	d.typeText(" (edited)")
	d.keys("ctrl+s")
	d.contains("3 matched")
	if after := lineWith(d.screen(), "▸"); !strings.Contains(after, "(edit") && !strings.Contains(after, before[15:30]) {
		t.Fatalf("the selection moved: %q, then %q\n%s", before, after, d.screen())
	}
	s := d.m.tabs[2].(*entriesScreen)
	if e, ok := s.list.selected(); !ok || !strings.HasSuffix(e.Title, "(edited)") {
		t.Fatalf("the edited entry is not selected: %+v", e)
	}
}

// TestListsScrollLineByLine: the window moves one row at a time when the
// cursor leaves it, and G fills the window with the last rows.
func TestListsScrollLineByLine(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	for i := range 40 {
		if _, err := st.AddEntry(ctx, store.NewEntry{Date: fmt.Sprintf("2026-%02d-%02d", 1+i/28, 1+i%28), Kind: store.KindVisit,
			Title: fmt.Sprintf("Visit number %02d", i), PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
	}
	d := newDriver(t, st, 80, 24)
	d.keys("3")
	s := d.m.tabs[2].(*entriesScreen)
	rows := s.list.height
	for range rows - 1 {
		d.keys("down")
	}
	if s.list.top != 0 {
		t.Fatalf("the window moved before the cursor left it: top %d", s.list.top)
	}
	d.keys("down")
	if s.list.top != 1 {
		t.Fatalf("one row down past the window: top %d, want 1", s.list.top)
	}
	d.keys("G")
	if s.list.cursor != s.list.total-1 || s.list.top != s.list.total-rows {
		t.Fatalf("G: cursor %d, top %d (total %d, rows %d)", s.list.cursor, s.list.top, s.list.total, rows)
	}
	got := d.screen()
	for _, title := range []string{"ILO and Japan sign", "JCM submits"} {
		if !strings.Contains(got, title) {
			t.Fatalf("G leaves %q off the screen:\n%s", title, got)
		}
	}
	// Every row of the window is drawn: no blank rows under the last.
	list := strings.Split(got, "\n")[2 : 2+rows]
	for i, l := range list {
		if strings.TrimSpace(l) == "" {
			t.Fatalf("row %d of the window is blank after G:\n%s", i, got)
		}
	}
}

func TestPartnersAddArchive(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 120, 40)
	d.keys("2", "n")
	d.typeText("Federation of Thai Automobile Workers")
	d.keys("tab")
	d.typeText("TAW")
	d.keys("tab", "tab", "tab", "f", "tab") // kind: federation
	d.typeText("thai")
	d.keys("enter", "tab") // Thailand
	if f := d.form(); !f.field("tracked").(*toggleField).on {
		t.Fatal("a new federation is not tracked by default")
	}
	d.keys("tab")
	d.typeText("2013")
	d.keys("ctrl+s")
	p, err := st.ResolvePartner(ctx, "TAW")
	if err != nil || p.CountryCode != "TH" || p.Kind != store.KindFederation || p.Since != 2013 || !p.Tracked {
		t.Fatalf("added %+v, %v", p, err)
	}
	// The new partner is selected.
	if sel, ok := d.m.tabs[1].(*partnersScreen).list.selected(); !ok || sel.ID != p.ID {
		t.Fatalf("the new partner is not selected:\n%s", d.screen())
	}
	d.keys("d", "y")
	if p, _ := st.Partner(ctx, p.ID); !p.Archived {
		t.Fatal("d y did not archive")
	}
	d.lacks("Federation of Thai Automobile Workers")
	d.keys("h")
	d.contains("Federatio", "(TAW) (archived)", "including archived")
	d.keys("u")
	if p, _ := st.Partner(ctx, p.ID); p.Archived {
		t.Fatal("u did not make the partner active again")
	}
}

// TestPartnerTrackedFlag: a new partner's tracked flag follows its kind
// until the user sets it; an edit keeps it when the kind changes.
func TestPartnerTrackedFlag(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 120, 40)
	d.keys("2", "n")
	f := d.form()
	kind := f.field("kind").(*choiceField[store.PartnerKind])
	tracked := f.field("tracked").(*toggleField)
	kind.set(3) // national centre
	if tracked.on {
		t.Fatal("a national centre is tracked by default")
	}
	kind.set(0)
	if !tracked.on {
		t.Fatal("a union is not tracked by default")
	}
	tracked.set(false)
	kind.set(1)
	if tracked.on {
		t.Fatal("the kind overrode what the user set")
	}
}

func TestFollowUpActions(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 120, 40)
	d.keys("3", "f")
	d.typeText("Send the minutes")
	d.keys("tab")
	d.typeText("sato")
	d.keys("tab", "ctrl+u")
	d.typeText("2026-11-20")
	d.keys("enter") // the last field: enter saves
	as, _, _ := st.Actions(ctx, store.ActionQuery{})
	if len(as) != 1 || as[0].EntryID != 4 || as[0].Due != "2026-11-20" || as[0].Author != "tester" {
		t.Fatalf("actions %+v", as)
	}
	id := as[0].ID
	d.keys("1")
	d.contains("Send the minutes (sato) — due 2026-11-20 · overdue")
	d.keys("4")
	d.contains(fmt.Sprintf("#%d", id), "Send the minutes")
	d.keys("x")
	if as, _, _ := st.Actions(ctx, store.ActionQuery{Open: true}); len(as) != 0 {
		t.Fatal("x did not mark the action done")
	}
	d.keys("u")
	if as, _, _ := st.Actions(ctx, store.ActionQuery{Open: true}); len(as) != 1 {
		t.Fatal("u did not reopen the action")
	}
	// Edit it.
	d.keys("e", "end")
	d.typeText(" to JCM")
	d.keys("ctrl+s")
	if a, _ := st.Action(ctx, id); a.What != "Send the minutes to JCM" {
		t.Fatalf("edited: %q", a.What)
	}
	// Enter opens its entry.
	d.keys("enter")
	d.contains("Sixth Asia Automobile Trade Union Conference", "Send the minutes to JCM")
	d.keys("esc")
	// Delete it.
	d.keys("d")
	d.contains(fmt.Sprintf("Delete action #%d", id))
	d.keys("y")
	if _, err := st.Action(ctx, id); err == nil {
		t.Fatal("d y did not delete the action")
	}
	d.keys("u")
	if _, err := st.Action(ctx, id); err != nil {
		t.Fatal("u did not bring the action back")
	}
}

// drillStore is the seed plus a few assessments and a request, so the goal
// and partner screens have something to show.
func drillStore(t *testing.T) *store.Store {
	t.Helper()
	st := testStore(t)
	ctx := context.Background()
	// The AFL-CIO, a national centre, is tracked here, so that the United
	// States has two tracked partners; and JCM, a federation in Japan, which
	// the seed does not track.
	yes := true
	for _, id := range []int64{10, 8} {
		if _, err := st.PatchPartner(ctx, id, store.PartnerPatch{Tracked: &yes}); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range []store.NewAssessment{
		{PartnerID: 2, GoalID: 1, Stage: 2, Date: "2025-02-01"},
		{PartnerID: 2, GoalID: 1, Stage: 3, Date: "2025-09-01", Note: "Framework agreed"},
		{PartnerID: 8, GoalID: 1, Stage: 4, Date: "2025-05-01"},
		{PartnerID: 1, GoalID: 1, Stage: 1, Date: "2025-01-10"},
		{PartnerID: 10, GoalID: 1, Stage: 2, Date: "2026-03-01"},
	} {
		if _, err := st.AddAssessment(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	id, err := st.AddEntry(ctx, store.NewEntry{Date: "2026-11-02", Kind: store.KindRequest, Title: "Plant closure question",
		Summary: "They asked about **layoffs**.", PartnerIDs: []int64{2}, GoalIDs: []int{1}, Opened: "2026-11-02",
		FirstResponse: "2026-11-05", CameFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddAction(ctx, store.NewAction{EntryID: id, What: "Send ILO guidance", Owner: "sato", Due: "2026-11-20"}); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestDrillDown(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		d := newDriver(t, st, size.w, size.h)
		d.keys("enter")
		got := d.screen()
		checkFits(t, got, size.w, size.h)
		golden(t, fmt.Sprintf("goal-%dx%d.txt", size.w, size.h), got)
		d.contains("Goal 1 · ", "2 of 3 tracked partners at the framework")
		// Countries with tracked partners are listed by English name:
		// Japan, United States. Go to the United States.
		d.keys("down", "enter")
		d.contains("United States (US) · goal 1", "AFL-CIO")
		// AFL-CIO (stage 2) comes before the UAW (stage 3).
		d.keys("down", "enter")
		got = d.screen()
		checkFits(t, got, size.w, size.h)
		golden(t, fmt.Sprintf("partner-%dx%d.txt", size.w, size.h), got)
		d.contains("UAW", "2025-02-01 2 → 2025-09-01 3", "Send ILO guidance")
		d.keys("enter")
		d.contains("They asked about layoffs")
		d.lacks("**layoffs**") // the summary is Markdown, drawn
		// Back out: each list is where it was.
		d.keys("esc", "esc")
		if s, ok := d.m.top().(*countryScreen); !ok || s.list.cursor != 1 {
			t.Fatalf("the country lost its place: %#v", d.m.top())
		}
		d.keys("esc")
		if s, ok := d.m.top().(*goalScreen); !ok || s.cursor != 1 || len(d.m.stack) != 1 {
			t.Fatal("the goal lost its place")
		}
		d.keys("esc")
		if len(d.m.stack) != 0 || !strings.Contains(d.screen(), "▸ 1") {
			t.Fatal("esc does not return to the dashboard")
		}
		d.keys("down", "enter")
		d.contains("Goal 2 · ")
		d.keys("3") // a screen key leaves the drill-down
		if len(d.m.stack) != 0 || d.m.active != 2 {
			t.Fatal("3 does not leave the drill-down")
		}
	}
}

// TestEntryKeysEverywhere: e, d and f work on an entry wherever it is
// shown: the log, the entry's own screen, a partner's timeline.
func TestEntryKeysEverywhere(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	d := newDriver(t, st, 120, 40)
	for _, keys := range [][]string{{"3"}, {"3", "enter"}, {"2", "/", "u", "a", "w", "enter", "enter"}} {
		d.keys(keys...)
		for _, k := range []string{"e", "f"} {
			d.keys(k)
			if d.form() == nil {
				t.Fatalf("%v then %s opens no form:\n%s", keys, k, d.screen())
			}
			d.keys("esc")
		}
		d.keys("d")
		d.contains("Delete entry #")
		d.keys("n")
		d.keys("1")
	}
}

func TestRecordStage(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 120, 40)
	// Partners screen: the first partner by country is ACE (Japan).
	d.keys("2", "enter")
	d.contains("ACE")
	d.keys("s")
	if d.form() == nil {
		t.Fatal("s does not open the stage form")
	}
	d.keys("2", "tab") // goal 2
	d.keys("3")        // stage 3
	d.contains("institutionalized and practiced")
	d.keys("tab", "ctrl+u")
	d.typeText("2026-02-30")
	d.keys("tab")
	d.contains("no such day; February 2026 has 28 days")
	d.keys("shift+tab", "ctrl+u")
	d.typeText("2026-10-01")
	d.keys("tab")
	d.typeText("Joint committee set up")
	d.keys("ctrl+s")
	if d.form() != nil {
		t.Fatalf("form still open:\n%s", d.screen())
	}
	stage, ok, err := st.StageOn(ctx, 19, 2, now) // ACE is the 19th seeded partner
	if err != nil || !ok || stage != 3 {
		t.Fatalf("ACE's stage on goal 2: %d %v %v", stage, ok, err)
	}
	as, _ := st.Assessments(ctx, 19)
	if len(as) != 1 || as[0].Date != "2026-10-01" || as[0].Note != "Joint committee set up" || as[0].Author != "tester" {
		t.Fatalf("assessment %+v", as)
	}
	// The partner screen shows it at once.
	d.contains("3 Framework")
}

// TestEditGoalAndRubric: a goal's target and a stage's rubric are edited
// from the goal screen.
func TestEditGoalAndRubric(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 120, 40)
	d.keys("enter", "e")
	d.contains("Edit goal 1")
	for range 8 {
		d.keys("tab")
	}
	d.typeText("80")
	d.keys("enter") // the last field: saves
	goals, _ := st.Goals(ctx)
	if goals[0].Target != 0.8 || goals[0].TargetDefault {
		t.Fatalf("target %v default %v", goals[0].Target, goals[0].TargetDefault)
	}
	d.contains("2030 target: 80%")
	// The rubric's stage 4: the last item.
	d.keys("G", "enter")
	d.contains("Edit stage 4 of goal 1")
	d.keys("tab", "tab", "end")
	d.typeText(" (edited)")
	d.keys("ctrl+s")
	stages, _ := st.Stages(ctx)
	for _, s := range stages {
		if s.GoalID == 1 && s.Stage == 4 && !strings.HasSuffix(s.Rubric, "(edited)") {
			t.Fatalf("rubric %q", s.Rubric)
		}
	}
	d.contains("(edited)")
	d.keys("u")
	stages, _ = st.Stages(ctx)
	for _, s := range stages {
		if s.GoalID == 1 && s.Stage == 4 && strings.HasSuffix(s.Rubric, "(edited)") {
			t.Fatal("u did not undo the rubric")
		}
	}
}

// TestMouse: a click on a tab switches to it, a click on a row selects it,
// a second click opens it, and the wheel scrolls.
func TestMouse(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	x := strings.Index(d.screen(), "3 Entries")
	d.click(x+2, 0)
	if d.m.active != 2 {
		t.Fatalf("a click on the tab: screen %d", d.m.active)
	}
	d.click(10, 3) // the third row: the header is line 1
	s := d.m.tabs[2].(*entriesScreen)
	if s.list.cursor != 1 {
		t.Fatalf("a click on the second row: cursor %d", s.list.cursor)
	}
	d.click(10, 3)
	if _, ok := d.m.top().(*entryScreen); !ok {
		t.Fatal("a second click does not open the entry")
	}
	d.keys("esc", "1")
	// A click on a tab does not lose what a form holds without asking.
	d.keys("a")
	d.typeText("uaw")
	d.keys("enter")
	d.click(x+2, 0)
	if d.form() == nil || d.m.question == nil {
		t.Fatal("a click on a tab left a form with changes without asking")
	}
	d.keys("y")
	if d.form() != nil || d.m.active != 2 {
		t.Fatal("yes did not leave the form for the tab")
	}
	d.keys("1")
	top := d.m.tabs[0].(*dashboard).vp.YOffset()
	d.send(tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown})
	if d.m.tabs[0].(*dashboard).vp.YOffset() <= top {
		t.Fatal("the wheel does not scroll the dashboard")
	}
}

// TestRemappedKeys: a key bound in the settings does its action, and the
// footer and the help show it.
func TestRemappedKeys(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	s := &config.Settings{Keys: map[string][]string{"add": {"ctrl+n"}, "quit": {"Q"}}, Origins: map[string]config.Origin{}}
	d := newDriver(t, st, 120, 30, withSettings(s))
	d.contains("ctrl+n add entry")
	d.keys("a")
	if d.form() != nil {
		t.Fatal("a still adds an entry")
	}
	d.keys("ctrl+n")
	if d.form() == nil {
		t.Fatal("ctrl+n does not add an entry")
	}
	d.keys("esc", "?")
	d.contains("ctrl+n", "Q")
	d.keys("esc", "q")
	if d.quit {
		t.Fatal("q still quits")
	}
	d.keys("Q")
	if !d.quit {
		t.Fatal("Q does not quit")
	}
}

// TestKeyConflictsRefused: an unknown action, or a key bound to two
// actions (with the defaults too), is an error naming the setting.
func TestKeyConflictsRefused(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	origin := config.Origin{Source: config.FromFile, Path: "config.toml", Line: 7}
	for _, tt := range []struct {
		keys    map[string][]string
		problem config.Problem
		setting string
	}{
		{map[string][]string{"fly": {"f"}}, config.ProblemAction, "keys.fly"},
		{map[string][]string{"add": {"q"}}, config.ProblemTwice, "keys.add"},
		{map[string][]string{"add": {"x"}, "done": {"x"}}, config.ProblemTwice, "keys.done"},
	} {
		s := &config.Settings{Keys: tt.keys, Origins: map[string]config.Origin{}}
		for a := range tt.keys {
			s.Origins["keys."+a] = origin
		}
		_, err := New(st, Options{Settings: s})
		ce, ok := err.(*config.Error)
		if !ok || ce.Problem != tt.problem || (tt.setting != "" && ce.Setting != tt.setting && tt.problem != config.ProblemTwice) ||
			ce.Origin.Line != 7 {
			t.Errorf("%v: %v", tt.keys, err)
		}
	}
	// A key bound in a form and on a screen is no conflict.
	s := &config.Settings{Keys: map[string][]string{"save": {"ctrl+s"}, "add": {"ctrl+s"}}, Origins: map[string]config.Origin{}}
	if _, err := New(st, Options{Settings: s}); err != nil {
		t.Errorf("a key of a form and a screen: %v", err)
	}
}

// TestJapanese: the screens show goals, kinds and countries in Japanese,
// partners in 五十音 order, and fit at 80×24.
func TestJapanese(t *testing.T) {
	t.Parallel()
	st := assessed(t)
	d := newDriver(t, st, 80, 24, withLang(i18n.Japanese))
	for _, screen := range []struct {
		name string
		keys []string
	}{{"dashboard", nil}, {"partners", []string{"2"}}, {"entries", []string{"3"}}, {"actions", []string{"4"}},
		{"form", []string{"a"}}, {"goal", []string{"esc", "1", "enter"}}, {"country", []string{"enter"}},
		{"partner", []string{"2", "enter"}}, {"entry", []string{"3", "enter"}}, {"help", []string{"esc", "?"}}} {
		d.keys(screen.keys...)
		got := d.screen()
		checkFits(t, got, 80, 24)
		golden(t, fmt.Sprintf("ja-%s-80x24.txt", screen.name), got)
	}
	d.keys("esc", "1")
	d.contains("国際ビジョン20-30")
	d.keys("2")
	p := d.m.tabs[1].(*partnersScreen)
	if len(p.list.rows) < 2 {
		t.Fatal("no partners")
	}
	var names []store.Partner
	for _, r := range p.list.rows {
		if r.CountryCode == p.list.rows[0].CountryCode {
			names = append(names, r)
		}
	}
	sorted := append([]store.Partner(nil), names...)
	store.SortPartners(sorted, store.LangJA)
	for i := range names {
		if names[i].ID != sorted[i].ID {
			t.Fatalf("partners are not in 五十音 order: %v", names)
		}
	}
}

// TestFilterErrorNotShownAsMatches: a filter with an error shows its
// error whole on a line of its own at 80 columns, with the values its key
// takes, and no rows: not the rows of some other filter, not a count. A
// parse error and a store's error (a goal the file does not have) behave
// the same, and neither is said as a failure to load.
func TestFilterErrorNotShownAsMatches(t *testing.T) {
	t.Parallel()
	for _, lang := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		for _, c := range []struct {
			typed string
			fe    store.FilterError
		}{
			{"since:2026-13-01", store.FilterError{Problem: store.FilterBadValue, Term: "since:2026-13-01"}},
			{"partner:", store.FilterError{Problem: store.FilterEmptyValue, Term: "partner:"}},
			{"goal:9", store.FilterError{Problem: store.FilterUnknownGoal, Term: "goal:9", Values: []string{"1", "2", "3"}}},
			{"country:Narnia", store.FilterError{Problem: store.FilterUnknownCountry, Term: "country:Narnia"}},
		} {
			d := newDriver(t, testStore(t), 80, 24, withLang(lang))
			d.keys("3", "/")
			d.typeText(c.typed)
			var pe *store.FilterError // a parse error as the parser gives it (a date's why)
			if _, err := store.ParseFilter(c.typed); errors.As(err, &pe) {
				c.fe = *pe
			}
			want := lang.FilterMessage(&c.fe)
			d.contains(lang.FilterInvalid)
			if !strings.Contains(unwrapped(d.screen()), strings.ReplaceAll(want, " ", "")) {
				t.Errorf("%s %s: the error %q is not shown whole:\n%s", lang.Lang, c.typed, want, d.screen())
			}
			d.lacks(fmt.Sprintf(lang.FilterMatched, "1"), strings.TrimSuffix(lang.LoadFailed, "%v"))
			if rows := lineWith(d.screen(), "2021-"); rows != "" {
				t.Errorf("%s %s: a row is shown: %q", lang.Lang, c.typed, rows)
			}
			checkFits(t, d.screen(), 80, 24)
			d.keys("ctrl+u")
			d.typeText("kind:news")
			d.contains(fmt.Sprintf(lang.FilterMatched, "3"))
			d.lacks(lang.FilterInvalid)
		}
	}
}

// unwrapped is the screen's text without spaces and line ends, to find a
// sentence wrapped over lines.
func unwrapped(screen string) string {
	return strings.NewReplacer(" ", "", "\n", "").Replace(screen)
}

// TestActionsShowOwner: at 80×24 the actions list names each action's
// owner, however long what is to be done, and the detail under it says
// the selected action in full with its entry.
func TestActionsShowOwner(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	long := strings.Repeat("Send the minutes of the wage consultation to everyone ", 3)
	if _, err := st.AddAction(ctx, store.NewAction{EntryID: 4, What: long, Owner: "ito", Due: "2021-05-24"}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		d := newDriver(t, st, 80, 24, withLang(lang))
		d.keys("4")
		row := lineWith(d.screen(), "#1 ")
		if !strings.Contains(row, "ito") || !strings.Contains(row, "2021-05-24") {
			t.Fatalf("%s: the row does not name the owner: %q\n%s", lang.Lang, row, d.screen())
		}
		d.contains(strings.TrimSpace(long), "#4 Sixth Asia Automobile Trade Union Conference (online)")
		checkFits(t, d.screen(), 80, 24)
	}
	// Done, it keeps its due date, and says when it was done.
	if _, err := st.SetActionDone(ctx, 1, "2021-05-20"); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, 80, 24)
	d.keys("4", "h")
	if row := lineWith(d.screen(), "#1 "); !strings.Contains(row, "2021-05-24") || strings.Contains(row, "2021-05-20") {
		t.Errorf("a done action's row: %q", row)
	}
	d.contains("Done", "2021-05-20")
}

// TestAddKeepsFilter: an entry added while a filter is on leaves the
// filter (bar and text) as it was, the list reloaded with it and its count
// the list's; an entry the filter hides is said to be hidden, one it
// matches is selected.
func TestAddKeepsFilter(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 100, 30)
	d.keys("3", "/")
	d.typeText("kind:news")
	d.keys("enter")
	d.contains("3 matched")
	add := func(kind, title string) {
		t.Helper()
		d.keys("a", "shift+tab", kind, "enter", "enter", "tab", "1", "tab") // kind, partner, goal
		d.typeText(title)
		d.keys("ctrl+s")
		if d.form() != nil {
			t.Fatalf("form still open:\n%s", d.screen())
		}
	}
	add("v", "A visit the filter hides")
	id := newest(t, st).ID
	d.contains("/ kind:news", "3 matched", fmt.Sprintf("Entry #%d is saved, but the filter hides it — esc clears the filter.", id))
	d.lacks("A visit the filter hides", "entries")
	s := d.m.tabs[2].(*entriesScreen)
	if s.bar.box.Value() != "kind:news" || s.filter.IsZero() || s.list.total != 3 {
		t.Fatalf("filter %q (bar %q), %d listed", s.filter.String(), s.bar.box.Value(), s.list.total)
	}
	add("n", "News the filter shows")
	d.contains("/ kind:news", "4 matched")
	if !strings.Contains(lineWith(d.screen(), "▸"), "News the filter shows") {
		t.Fatalf("the new entry is not selected:\n%s", d.screen())
	}
	d.keys("esc")
	d.contains("A visit the filter hides")
}

// TestDetailFollowsMergedSave: after a save that merged a change made
// elsewhere (their title, my summary), the entry's detail shows what the
// store now holds, whichever of the reload's answers (the rows, the
// cursor's place) comes first.
func TestDetailFollowsMergedSave(t *testing.T) {
	t.Parallel()
	for _, positionFirst := range []bool{false, true} {
		st := testStore(t)
		d := newDriver(t, st, 120, 30)
		d.keys("3", "e")
		theirs := "Title changed by A"
		if _, err := st.PatchEntry(context.Background(), 4, store.EntryPatch{Title: &theirs}); err != nil {
			t.Fatal(err)
		}
		d.keys("tab", "tab", "tab", "tab", "tab", "end")
		d.typeText(" Summary by B.")
		s := d.m.tabs[2].(*entriesScreen)
		// The save, its answers held back, then the reload's in the order
		// under test.
		_, cmd := d.m.Update(keyMsg("ctrl+s"))
		var held []tea.Msg
		for _, msg := range collect(t, cmd) {
			_, next := d.m.Update(msg)
			for _, m := range collect(t, next) {
				_, then := d.m.Update(m)
				held = append(held, collect(t, then)...)
			}
		}
		for _, first := range []bool{true, false} {
			for _, msg := range held {
				if _, pos := msg.(positionMsg); pos == (first == positionFirst) {
					d.send(msg)
				}
			}
		}
		if e, _ := st.Entry(context.Background(), 4); e.Title != theirs || !strings.HasSuffix(e.Summary, "Summary by B.") {
			t.Fatalf("stored %q, %q", e.Title, e.Summary)
		}
		if v := s.detail.View(); !strings.Contains(v, theirs) || !strings.Contains(v, "Summary by B.") {
			t.Fatalf("position first %v: the detail is not the stored entry:\n%s", positionFirst, d.screen())
		}
	}
}

// TestEditOfEntryDeletedMeanwhile: saving an edit of an entry someone
// else deleted says so plainly and offers to restore it with the changes,
// or to save the text as a new entry; no to both keeps the form, and
// nothing typed is lost.
func TestEditOfEntryDeletedMeanwhile(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, answers := range [][]string{{"y"}, {"n", "y"}, {"n", "n"}} {
		st := testStore(t)
		d := newDriver(t, st, 100, 30)
		d.keys("3", "e")
		if err := st.DeleteEntry(ctx, 4); err != nil {
			t.Fatal(err)
		}
		d.keys("tab", "tab", "tab", "tab", "ctrl+u")
		d.typeText("My new title")
		d.keys("ctrl+s")
		d.contains("Entry #4 was deleted by someone else meanwhile. Restore it with your changes?")
		d.keys(answers...)
		e, err := st.Entry(ctx, 4)
		if err != nil {
			t.Fatal(err)
		}
		switch strings.Join(answers, " ") {
		case "y":
			if e.DeletedAt != "" || e.Title != "My new title" {
				t.Fatalf("restore: deleted %q, title %q", e.DeletedAt, e.Title)
			}
			d.contains("Entry #4 restored, with your changes")
			if d.form() != nil {
				t.Fatal("the form is still open")
			}
		case "n y":
			if n := newest(t, st); e.DeletedAt == "" || n.ID == 4 || n.Title != "My new title" {
				t.Fatalf("as new: #4 deleted %q, newest #%d %q", e.DeletedAt, n.ID, n.Title)
			}
			d.contains(fmt.Sprintf("Entry #%d added", newest(t, st).ID))
		default:
			if d.form() == nil || e.DeletedAt == "" {
				t.Fatalf("no to both: form %v, #4 deleted %q", d.form() != nil, e.DeletedAt)
			}
			d.contains("My new title", "Entry #4 was deleted elsewhere; text kept. ctrl+s: restore or save as new")
			d.keys("ctrl+s") // asks again
			d.contains("Restore it with your changes?")
		}
	}
}

// TestUndoRecordedStage: a stage recorded by mistake is undone with u
// (the assessment removed, the partner screen back as it was), redone
// with ctrl+r; an undo of one changed elsewhere since asks first.
func TestUndoRecordedStage(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 120, 40)
	d.keys("2", "enter", "s", "1", "tab", "3", "ctrl+s")
	d.contains("stage 3 on goal 1 recorded — u to undo.")
	as, _ := st.Assessments(ctx, 19)
	if len(as) != 1 || as[0].Stage != 3 {
		t.Fatalf("recorded %+v", as)
	}
	d.keys("u")
	d.contains("Undone: recording stage 3 on goal 1 for ACE")
	if as, _ := st.Assessments(ctx, 19); len(as) != 0 {
		t.Fatalf("after undo: %+v", as)
	}
	d.lacks("3 Framework")
	d.keys("ctrl+r")
	as, _ = st.Assessments(ctx, 19)
	if len(as) != 1 || as[0].Stage != 3 {
		t.Fatalf("after redo: %+v", as)
	}
	d.contains("3 Framework")
	// Changed elsewhere since: undo asks; no keeps it.
	db, err := sql.Open("sqlite", st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("UPDATE assessments SET note = 'checked by sato' WHERE id = ?", as[0].ID); err != nil {
		t.Fatal(err)
	}
	d.keys("u")
	d.contains("It was changed elsewhere since")
	d.keys("n")
	if as, _ := st.Assessments(ctx, 19); len(as) != 1 {
		t.Fatalf("undo without yes removed it: %+v", as)
	}
	d.keys("u", "y")
	if as, _ := st.Assessments(ctx, 19); len(as) != 0 {
		t.Fatalf("undo after yes: %+v", as)
	}
}

// TestRecordStageStartsWhereThePartnerIs: the stage form opens on the goal
// the partner was reached through, at the partner's stage on it (and
// follows a change of goal until a stage is chosen); a drop asks first.
func TestRecordStageStartsWhereThePartnerIs(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 80, 24)
	// Goal 2 → Japan → JCM, at stage 4 on goal 1, not assessed on goal 2.
	d.keys("down", "enter", "enter", "enter")
	d.contains("JCM")
	d.keys("s")
	f := d.form()
	if f == nil {
		t.Fatal("s does not open the stage form")
	}
	s := f.spec.(*assessForm)
	if s.goal.value() != 2 || s.stage.value() != 0 {
		t.Fatalf("form opens at goal %d stage %d, want goal 2 stage 0", s.goal.value(), s.stage.value())
	}
	d.keys("1") // goal 1: the stage follows, to JCM's 4
	if s.stage.value() != 4 {
		t.Fatalf("goal 1 chosen: stage %d, want 4", s.stage.value())
	}
	d.keys("tab", "0") // a drop to 0
	d.keys("shift+tab", "2", "1")
	if s.stage.value() != 0 {
		t.Fatalf("a chosen stage moved with the goal: %d", s.stage.value())
	}
	d.keys("ctrl+s")
	d.contains("JCM is at stage 4 on goal 1; record stage 0, a drop?")
	d.keys("n")
	if d.form() == nil {
		t.Fatal("no closes the form")
	}
	if as, _ := st.Assessments(ctx, 8); len(as) != 1 {
		t.Fatalf("a drop was recorded without a yes: %+v", as)
	}
	d.keys("ctrl+s")
	d.keys("y")
	if d.form() != nil {
		t.Fatalf("form still open:\n%s", d.screen())
	}
	if as, _ := st.Assessments(ctx, 8); len(as) != 2 || as[0].Stage != 0 || as[0].GoalID != 1 {
		t.Fatalf("the drop was not recorded: %+v", as)
	}
	// Stage 4 again, or higher, is not a drop: no question.
	d.keys("s")
	if s := d.form().spec.(*assessForm); s.goal.value() != 2 {
		t.Fatalf("goal %d", s.goal.value())
	}
	d.keys("1", "tab", "3", "ctrl+s")
	if d.form() != nil {
		t.Fatalf("a rise asks:\n%s", d.screen())
	}
}

// TestDeletedEntryScreen: the screen of an entry deleted elsewhere offers
// to restore it (with undo), not to edit it or follow it up; a follow-up
// saved for an entry deleted meanwhile says so, its text kept.
func TestDeletedEntryScreen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := testStore(t)
	d := newDriver(t, st, 80, 24)
	d.keys("3", "enter")
	d.contains("#4", "e edit")
	if err := st.DeleteEntry(ctx, 4); err != nil {
		t.Fatal(err)
	}
	d.keys("r")
	d.contains("deleted", "d restore")
	d.lacks("e edit", "d delete", "f follow")
	d.keys("f")
	d.keys("e")
	if d.form() != nil {
		t.Fatalf("a deleted entry opens a form:\n%s", d.screen())
	}
	d.keys("d")
	d.contains("Entry #4 restored — u to undo.", "e edit", "d delete")
	if e, _ := st.Entry(ctx, 4); e.DeletedAt != "" {
		t.Fatal("d did not restore the entry")
	}
	d.keys("u")
	d.contains("Undone: restoring entry #4.", "d restore")
	if e, _ := st.Entry(ctx, 4); e.DeletedAt == "" {
		t.Fatal("u did not delete the entry again")
	}
	d.keys("ctrl+r")
	if e, _ := st.Entry(ctx, 4); e.DeletedAt != "" {
		t.Fatal("ctrl+r did not restore the entry again")
	}

	// A follow-up form open while the entry is deleted elsewhere.
	d.keys("f")
	if d.form() == nil {
		t.Fatalf("f opens no form:\n%s", d.screen())
	}
	if err := st.DeleteEntry(ctx, 4); err != nil {
		t.Fatal(err)
	}
	d.typeText("Call them back")
	d.keys("ctrl+s")
	if d.form() == nil {
		t.Fatal("the form closed")
	}
	d.contains("Entry #4 was deleted meanwhile; nothing was saved, your text is kept.", "Call them back")
	d.lacks("unknown")
}

// TestRedoAddSaysRedone: redoing an added entry says "Redone: adding entry
// #N." as other redos do; under a filter that hides the entry, it says so
// after that.
func TestRedoAddSaysRedone(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 100, 30)
	add := func(kind, title string) int64 {
		t.Helper()
		d.keys("a", "shift+tab", kind, "enter", "enter", "tab", "1", "tab") // kind, partner, goal
		d.typeText(title)
		d.keys("ctrl+s")
		if d.form() != nil {
			t.Fatalf("form still open:\n%s", d.screen())
		}
		return newest(t, st).ID
	}
	d.keys("3")
	id := add("n", "News to redo")
	d.keys("u", "ctrl+r")
	d.contains(fmt.Sprintf("Redone: adding entry #%d.", id))
	d.lacks("filter hides")

	d.keys("/")
	d.typeText("kind:news")
	d.keys("enter")
	id = add("v", "A visit the filter hides")
	d.keys("u", "ctrl+r")
	d.contains(fmt.Sprintf("Redone: adding entry #%d. The filter hides it — esc clears the filter.", id))
}
