package store_test

import (
	"context"
	"fmt"
	"testing"

	"vision2030/store"
)

// paperStore is a seeded store with two Thai partners, assessments before
// and in the second quarter of 2026, and entries, requests and actions in
// and around it.
func paperStore(t *testing.T) (*store.Store, map[string]int64) {
	t.Helper()
	ctx := context.Background()
	st := seeded(t)
	ids := map[string]int64{"UAW": 2}
	for _, p := range []store.Partner{
		{Name: "Thai Auto Workers' Federation", ShortName: "TAW", Kind: store.KindFederation, CountryCode: "TH", Tracked: true},
		{Name: "Toyota Motor Thailand Workers' Union", ShortName: "TMTWU", Kind: store.KindUnion, CountryCode: "TH", Tracked: true},
	} {
		id, err := st.AddPartner(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		ids[p.ShortName] = id
	}
	assess := func(p string, goal, stage int, date, author string) {
		if _, err := st.AddAssessment(ctx, store.NewAssessment{PartnerID: ids[p], GoalID: goal, Stage: stage, Date: date, Author: author}); err != nil {
			t.Fatal(err)
		}
	}
	assess("UAW", 1, 2, "2025-02-01", "sato")
	assess("UAW", 1, 3, "2026-04-15", "sato")   // in the period: 2 → 3
	assess("TAW", 2, 1, "2026-05-01", "tanaka") // a first one in the period
	assess("TAW", 2, 1, "2026-06-20", "ito")    // in the period, confirms 1: no change
	assess("TMTWU", 1, 4, "2026-07-10", "sato") // after it
	log := func(title, date string, kind store.EntryKind, partners ...string) int64 {
		e := store.NewEntry{Date: date, Kind: kind, Title: title, GoalIDs: []int{1}}
		for _, p := range partners {
			e.PartnerIDs = append(e.PartnerIDs, ids[p])
		}
		if kind == store.KindRequest {
			e.Opened, e.FirstResponse = date, "2026-07-02"
		}
		id, err := st.AddEntry(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	log("Before", "2026-03-31", store.KindVisit, "UAW")
	visit := log("Bangkok talks", "2026-04-02", store.KindVisit, "TAW", "TMTWU")
	log("Call", "2026-06-30", store.KindConsultation, "TAW")
	log("Detroit", "2026-05-10", store.KindVisit, "UAW")
	req := log("Plant closure", "2026-06-01", store.KindRequest, "TMTWU")
	gone := log("Deleted", "2026-05-05", store.KindVisit, "UAW")
	if err := st.DeleteEntry(ctx, gone); err != nil {
		t.Fatal(err)
	}
	a1, _ := st.AddAction(ctx, store.NewAction{EntryID: visit, What: "Send minutes", Due: "2026-04-20"})
	st.SetActionDone(ctx, a1, "2026-04-18")
	st.AddAction(ctx, store.NewAction{EntryID: req, What: "Reply", Due: "2026-06-15"}) // overdue at the end
	st.AddAction(ctx, store.NewAction{EntryID: req, What: "Visit", Due: "2026-07-15"}) // not yet due
	a4, _ := st.AddAction(ctx, store.NewAction{EntryID: req, What: "Late", Due: "2026-06-10"})
	st.SetActionDone(ctx, a4, "2026-07-01") // overdue at the end of June, done after
	return st, ids
}

func TestMeetingPaperPeriod(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, ids := paperStore(t)
	p, err := st.MeetingPaper(ctx, store.PaperQuery{AsOf: today, Since: "2026-04-01", Until: "2026-06-30"})
	if err != nil {
		t.Fatal(err)
	}
	pe := p.Period
	if pe == nil || pe.Entries != 4 {
		t.Fatalf("period: %+v", pe)
	}
	var got []string
	for _, c := range pe.ByCountry {
		got = append(got, fmt.Sprintf("%s:%d", c.Country.Code, c.Entries))
		for _, pp := range c.Partners {
			got = append(got, fmt.Sprintf("%s:%d", pp.Partner.ShortName, pp.Entries))
		}
	}
	if fmt.Sprint(got) != "[TH:3 TAW:2 TMTWU:2 US:1 UAW:1]" {
		t.Errorf("by country: %v", got)
	}
	got = nil
	for _, c := range pe.StageChanges {
		got = append(got, fmt.Sprintf("%s g%d %d→%d %s %s", c.Partner.ShortName, c.GoalID, c.From, c.To, c.Date, c.Author))
	}
	if fmt.Sprint(got) != "[UAW g1 2→3 2026-04-15 sato TAW g2 -1→1 2026-05-01 tanaka]" {
		t.Errorf("stage changes: %v", got)
	}
	if pe.Confirmed != 1 {
		t.Errorf("%d assessments confirmed a stage, want 1", pe.Confirmed)
	}
	if len(pe.Opened) != 1 || pe.Opened[0].Title != "Plant closure" || len(pe.Answered) != 0 || len(pe.Closed) != 0 {
		t.Errorf("requests: %v %v %v", pe.Opened, pe.Answered, pe.Closed)
	}
	names := func(as []store.Action) (out []string) {
		for _, a := range as {
			out = append(out, a.What)
		}
		return out
	}
	if fmt.Sprint(names(pe.Done)) != "[Send minutes]" || fmt.Sprint(names(pe.Overdue)) != "[Late Reply]" {
		t.Errorf("done %v, overdue %v", names(pe.Done), names(pe.Overdue))
	}
	// As of today: UAW at 3 on goal 1, TMTWU at 4; TAW at 1 on goal 2.
	var th, us store.CountryFramework
	for _, c := range p.Framework {
		switch c.Country.Code {
		case "TH":
			th = c
		case "US":
			us = c
		}
	}
	if th.Tracked != 2 || th.AtFramework[1] != 1 || th.Assessed[2] != 1 || th.AtFramework[2] != 0 || us.AtFramework[1] != 1 {
		t.Errorf("by country: TH %+v, US %+v", th, us)
	}
	if len(p.StaleAll) != p.StaleTotal || len(p.StaleAll) <= store.MaxStale {
		t.Errorf("%d stale listed of %d", len(p.StaleAll), p.StaleTotal)
	}
	if p2, _ := st.MeetingPaper(ctx, store.PaperQuery{AsOf: today}); p2.Period != nil {
		t.Error("a period without --since")
	}

	b, err := st.Brief(ctx, []int64{ids["UAW"], ids["TMTWU"]}, today)
	if err != nil {
		t.Fatal(err)
	}
	uaw, tm := b.Partners[0], b.Partners[1]
	if len(uaw.History) != 2 || uaw.History[1].Stage != 3 || uaw.EntriesTotal != 2 || uaw.Entries[0].Title != "Detroit" {
		t.Errorf("UAW's brief: %+v", uaw)
	}
	if len(tm.OpenRequests) != 1 || len(tm.Actions) != 2 || tm.Actions[0].What != "Reply" {
		t.Errorf("TMTWU's brief: requests %v, actions %v", tm.OpenRequests, tm.Actions)
	}
	if _, err := st.Brief(ctx, []int64{999}, today); err != store.ErrNotFound {
		t.Errorf("brief on no partner: %v", err)
	}
}

// TestMeetingPaperListsEveryDueAction: the dashboard lists the first few
// actions due, the paper every one of them.
func TestMeetingPaperListsEveryDueAction(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, _ := paperStore(t)
	e, err := st.AddEntry(ctx, store.NewEntry{Date: "2026-01-05", Kind: store.KindVisit, Title: "Many follow-ups", GoalIDs: []int{1}, PartnerIDs: []int64{2}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range store.MaxDueActions + 3 {
		if _, err := st.AddAction(ctx, store.NewAction{EntryID: e, What: fmt.Sprint("Task ", i), Due: fmt.Sprintf("2026-02-%02d", i+1)}); err != nil {
			t.Fatal(err)
		}
	}
	p, err := st.MeetingPaper(ctx, store.PaperQuery{AsOf: today})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.DueActions) != store.MaxDueActions || p.DueTotal <= store.MaxDueActions || len(p.DueAll) != p.DueTotal {
		t.Fatalf("%d due actions listed on the dashboard, %d on the paper, %d in all", len(p.DueActions), len(p.DueAll), p.DueTotal)
	}
	for i, a := range p.DueActions {
		if p.DueAll[i].ID != a.ID {
			t.Errorf("due action %d: %d on the paper, %d on the dashboard", i, p.DueAll[i].ID, a.ID)
		}
	}
}
