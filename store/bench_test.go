package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"vision2030/store"
)

// bigStore is the seed plus 300 partners, 20,000 entries and 6,000
// assessments over five years: a decade of a busy bureau.
func bigStore(b *testing.B) *store.Store {
	b.Helper()
	st := seeded(b)
	ctx := context.Background()
	countries := []string{"TH", "ID", "IN", "MX", "US", "CN", "VN", "MY", "PH", "BR"}
	var partners []int64
	for i := range 300 {
		id, err := st.AddPartner(ctx, store.Partner{Name: fmt.Sprintf("Union %d", i), Kind: store.KindUnion,
			CountryCode: countries[i%len(countries)]})
		if err != nil {
			b.Fatal(err)
		}
		partners = append(partners, id)
	}
	start := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 20000 {
		e := store.NewEntry{Date: start.AddDate(0, 0, i%2100).Format(store.DateLayout), Kind: store.EntryKinds[i%len(store.EntryKinds)],
			Title: fmt.Sprintf("Consultation %d on wages and safety", i), Summary: "Minutes of the meeting, with follow-ups.",
			PartnerIDs: []int64{partners[i%300], partners[(i*7)%300]}, GoalIDs: []int{1 + i%3}}
		if e.Kind == store.KindRequest {
			e.Opened, e.FirstResponse, e.CameFirst = e.Date, start.AddDate(0, 0, i%2100+i%9).Format(store.DateLayout), i%2 == 0
			if e.FirstResponse > "2026-11-21" {
				e.FirstResponse = ""
			}
		}
		if _, err := st.AddEntry(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 6000 {
		if _, err := st.AddAssessment(ctx, store.NewAssessment{PartnerID: partners[i%300], GoalID: 1 + i%3,
			Stage: (i / 300) % 5, Date: start.AddDate(0, 0, (i*13)%2100).Format(store.DateLayout)}); err != nil {
			b.Fatal(err)
		}
	}
	return st
}

// BenchmarkDashboard measures the whole dashboard (goal progress with its
// quarterly history, requests, stale partners, actions) on bigStore.
func BenchmarkDashboard(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := st.Dashboard(ctx, today); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch measures one page of a filtered full-text search, as the
// filter bar runs it on every key.
func BenchmarkSearch(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	f, err := store.ParseFilter(`goal:2 country:TH kind:request since:2022-01-01 "wages and"`)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := st.SearchEntries(ctx, f, 0, 30); err != nil {
			b.Fatal(err)
		}
	}
}
