package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"vision2030/store"
)

// drillStore is the seed plus a few assessments and a request, so the goal
// and partner views have something to show.
func drillStore(t *testing.T) *store.Store {
	t.Helper()
	st := testStore(t)
	ctx := context.Background()
	// The AFL-CIO, a national centre, is tracked here, so that the United
	// States has two tracked partners.
	yes := true
	if _, err := st.PatchPartner(ctx, 10, store.PartnerPatch{Tracked: &yes}); err != nil {
		t.Fatal(err)
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
		Summary: "They asked about layoffs.", PartnerIDs: []int64{2}, GoalIDs: []int{1}, Opened: "2026-11-02",
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
	st := drillStore(t)
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		hs := newHarness(t, st, size.w, size.h)
		hs.keys("enter")
		hs.waitIdle()
		got := hs.screen()
		checkFits(t, got, size.w, size.h)
		golden(t, fmt.Sprintf("goal-%dx%d.txt", size.w, size.h), got)
		if !strings.Contains(got, "Goal 1") {
			t.Fatalf("enter on the dashboard does not open goal 1:\n%s", got)
		}
		// Countries with tracked partners are listed by English name:
		// Japan, United States. Go to the United States.
		hs.keys("down", "enter")
		hs.waitIdle()
		if got := hs.screen(); !strings.Contains(got, "United States (US) · goal 1") || !strings.Contains(got, "AFL-CIO") {
			t.Fatalf("country view:\n%s", got)
		}
		// AFL-CIO (stage 2) comes before the UAW (stage 3).
		hs.keys("down", "enter")
		hs.waitIdle()
		got = hs.screen()
		checkFits(t, got, size.w, size.h)
		golden(t, fmt.Sprintf("partner-%dx%d.txt", size.w, size.h), got)
		if !strings.Contains(got, "UAW") || !strings.Contains(got, "2025-02-01 2 → 2025-09-01 3") || !strings.Contains(got, "Send ILO guidance") {
			t.Fatalf("partner view:\n%s", got)
		}
		hs.keys("enter")
		hs.waitIdle()
		if got := hs.screen(); !strings.Contains(got, "They asked about layoffs") {
			t.Fatalf("entry view:\n%s", got)
		}
		// Back out: each list is where it was.
		hs.keys("esc", "esc")
		if v, ok := hs.m.stack[len(hs.m.stack)-1].(*countryView); !ok || v.cur.pos != 1 {
			t.Fatalf("country view lost its place: %#v", hs.m.stack[len(hs.m.stack)-1])
		}
		hs.keys("esc")
		if v, ok := hs.m.stack[0].(*goalView); !ok || v.cur.pos != 1 || len(hs.m.stack) != 1 {
			t.Fatal("goal view lost its place")
		}
		hs.keys("esc")
		if len(hs.m.stack) != 0 || !strings.Contains(hs.screen(), "▸ 1") {
			t.Fatal("esc does not return to the dashboard")
		}
		// Goal 2 from the dashboard cursor.
		hs.keys("down", "enter")
		hs.waitIdle()
		if !strings.Contains(hs.screen(), "Goal 2") {
			t.Fatalf("down enter does not open goal 2:\n%s", hs.screen())
		}
		hs.keys("3") // a screen key leaves the drill-down
		if len(hs.m.stack) != 0 || hs.m.active != screenEntries {
			t.Fatal("3 does not leave the drill-down")
		}
	}
}

func TestRecordStage(t *testing.T) {
	st := drillStore(t)
	ctx := context.Background()
	hs := newHarness(t, st, 120, 40)
	// Partners screen: the first partner by country is ACE (Japan).
	hs.keys("2", "enter")
	hs.waitIdle()
	if !strings.Contains(hs.screen(), "ACE") {
		t.Fatalf("enter on a partner:\n%s", hs.screen())
	}
	hs.keys("s")
	hs.waitIdle()
	if hs.m.form == nil {
		t.Fatal("s does not open the stage form")
	}
	hs.keys("down", "enter") // goal 2
	hs.keys("down", "down", "down")
	hs.waitIdle()
	if got := hs.screen(); !strings.Contains(got, "institutionalized and practiced") {
		t.Fatalf("the rubric of stage 3 on goal 2 is not shown:\n%s", got)
	}
	hs.keys("enter")
	for range 10 {
		hs.keys("backspace")
	}
	hs.typeText("2026-02-30")
	hs.keys("enter")
	hs.waitIdle()
	if got := hs.screen(); !strings.Contains(got, "not a date") {
		t.Fatalf("impossible date not refused:\n%s", got)
	}
	for range 10 {
		hs.keys("backspace")
	}
	hs.typeText("2026-10-01")
	hs.keys("enter")
	hs.typeText("Joint committee set up")
	hs.keys("enter", "enter")
	hs.waitIdle()
	if hs.m.form != nil {
		t.Fatalf("form still open:\n%s", hs.screen())
	}
	stage, ok, err := st.StageOn(ctx, 19, 2, now) // ACE is the 19th seeded partner
	if err != nil || !ok || stage != 3 {
		t.Fatalf("ACE's stage on goal 2: %d %v %v", stage, ok, err)
	}
	as, _ := st.Assessments(ctx, 19)
	if len(as) != 1 || as[0].Date != "2026-10-01" || as[0].Note != "Joint committee set up" || as[0].Author != "tester" {
		t.Fatalf("assessment %+v", as)
	}
	// The partner view shows it at once.
	if got := hs.screen(); !strings.Contains(got, "3 Framework") {
		t.Fatalf("partner view not updated:\n%s", got)
	}
}
