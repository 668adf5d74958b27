package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"vision2030/demo"
	"vision2030/store"
)

// Benchmarks of the store's queries on a demo database: by default one of
// 10,000 entries and 1,000 partners built once per run; on any other with
// VISION2030_BENCH_DB=path (scripts/bench builds them at 10^4, 10^5 and
// 10^6 entries). They only read, but for BenchmarkLogEntry, which writes
// into a copy. Run them with
//
//	go test -run '^$' -bench . ./store
//	VISION2030_BENCH_DB=$HOME/.cache/vision2030-bench/demo-1000000.db go test -run '^$' -bench . ./store

var bench struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// cleanBench removes the benchmarks' databases; TestMain (open_test.go)
// calls it after the run.
func cleanBench() {
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
}

// benchAsOf is the day the benchmarks' demo databases stand at.
var benchAsOf = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

func benchStore(b *testing.B) *store.Store {
	b.Helper()
	bench.once.Do(func() {
		if bench.path = os.Getenv("VISION2030_BENCH_DB"); bench.path != "" {
			return
		}
		if bench.dir, bench.err = os.MkdirTemp("", "vision2030-bench-"); bench.err != nil {
			return
		}
		bench.path = filepath.Join(bench.dir, "demo.db")
		_, bench.err = demo.Build(context.Background(), bench.path,
			demo.Options{Entries: 10000, Partners: 1000, Seed: 1, Today: benchAsOf})
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	st, err := store.Open(context.Background(), bench.path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// run measures fn, after one call that warms the connection.
func run(b *testing.B, fn func(ctx context.Context) error) {
	b.Helper()
	st := context.Background()
	if err := fn(st); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := fn(st); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDashboard(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error { _, err := st.Dashboard(ctx, benchAsOf); return err })
}

// BenchmarkDashboardAsOf is the dashboard five years back: the report's
// --as-of.
func BenchmarkDashboardAsOf(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error { _, err := st.Dashboard(ctx, benchAsOf.AddDate(-5, 0, 0)); return err })
}

func BenchmarkGoalProgress(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error { _, err := st.GoalProgress(ctx, benchAsOf); return err })
}

func BenchmarkRequests(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error { _, err := st.Requests(ctx, benchAsOf); return err })
}

func BenchmarkStalePartners(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error {
		_, _, err := st.StalePartners(ctx, benchAsOf, store.MaxStale)
		return err
	})
}

func BenchmarkPartnersByCountry(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error {
		_, err := st.PartnersByCountry(ctx, store.PartnerQuery{Limit: 40})
		return err
	})
}

func BenchmarkActivePartners(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error { _, err := st.ActivePartners(ctx); return err })
}

func BenchmarkActions(b *testing.B) {
	st := benchStore(b)
	for _, q := range []struct {
		name string
		q    store.ActionQuery
	}{
		{"open", store.ActionQuery{Open: true, Limit: 40}},
		{"all", store.ActionQuery{Limit: 40}},
		{"due", store.ActionQuery{Open: true, DueBy: "2026-11-27", Limit: 8}},
		{"partner", store.ActionQuery{Partner: 100}},
	} {
		b.Run(q.name, func(b *testing.B) {
			run(b, func(ctx context.Context) error { _, _, err := st.Actions(ctx, q.q); return err })
		})
	}
}

func BenchmarkGoalCountries(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error {
		_, err := st.GoalCountries(ctx, 2, benchAsOf, store.LangEN)
		return err
	})
}

func BenchmarkPartnerStages(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error {
		_, _, err := st.PartnerStages(ctx, store.StageQuery{Goal: 2, Limit: 40}, benchAsOf)
		return err
	})
}

// BenchmarkPartnerDetail is what a partner's screen loads: the partner,
// its timeline, assessments and actions.
func BenchmarkPartnerDetail(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error {
		if _, err := st.Partner(ctx, 100); err != nil {
			return err
		}
		if _, err := st.SearchEntries(ctx, store.Filter{PartnerIDs: []int64{100}}, 0, 200); err != nil {
			return err
		}
		if _, err := st.Assessments(ctx, 100); err != nil {
			return err
		}
		_, _, err := st.Actions(ctx, store.ActionQuery{Partner: 100})
		return err
	})
}

func BenchmarkEntry(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error { _, err := st.Entry(ctx, 5000); return err })
}

// benchFilters are the filters of the search benchmarks: common and rare
// words, a phrase, one and two letters, Japanese, Thai, combinations.
var benchFilters = []string{"wage", `"collective agreement"`, "ergonomics", "whistleblowing", "e", "q", "鋳", "鋳造",
	"賃金", "ค่าจ้าง", `goal:2 country:TH since:2024-01-01 "wage"`, "kind:request status:open", "partner:TOY-TH",
	"country:FJ safety"}

// BenchmarkSearchPage is the first page of results, as the filter bar shows
// it on a keystroke.
func BenchmarkSearchPage(b *testing.B) {
	st := benchStore(b)
	for _, q := range benchFilters {
		f, err := store.ParseFilter(q)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q, func(b *testing.B) {
			run(b, func(ctx context.Context) error { _, _, err := st.SearchPage(ctx, f, 0, 50); return err })
		})
	}
}

// BenchmarkSearchCount is the count that follows the page, up to
// store.CountCap.
func BenchmarkSearchCount(b *testing.B) {
	st := benchStore(b)
	for _, q := range benchFilters {
		f, err := store.ParseFilter(q)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q, func(b *testing.B) {
			run(b, func(ctx context.Context) error { _, _, err := st.CountEntries(ctx, f, store.CountCap); return err })
		})
	}
}

// BenchmarkTyping types each filter one character at a time, as the filter
// bar would query it, and measures the whole: every keystroke's first page,
// each query cancelling the one before.
func BenchmarkTyping(b *testing.B) {
	st := benchStore(b)
	run(b, func(ctx context.Context) error {
		for _, q := range benchFilters {
			var cancel context.CancelFunc = func() {}
			for i := range strings.Split(q, "") {
				prefix := strings.Join(strings.Split(q, "")[:i+1], "")
				f, err := store.ParseFilter(prefix)
				if err != nil {
					continue // an open quote while typing
				}
				cancel()
				var kctx context.Context
				kctx, cancel = context.WithCancel(ctx)
				if _, _, err := st.SearchPage(kctx, f, 0, 50); err != nil {
					cancel()
					return fmt.Errorf("%q: %w", prefix, err)
				}
			}
			cancel()
		}
		return nil
	})
}

// BenchmarkLogEntry writes one entry as `vision2030 log` does, from a store
// just opened: its statements prepared on a new connection (with the
// schema's triggers), its commit synced to disk. Opening and closing the
// store are not timed. It writes into a copy of the benchmark database.
func BenchmarkLogEntry(b *testing.B) {
	benchStore(b).Close()
	path := filepath.Join(b.TempDir(), "log.db")
	// Synced, so that writing the copy back does not slow the commits timed.
	for _, suffix := range []string{"", "-wal"} {
		if err := store.CopyFile(bench.path+suffix, path+suffix); err != nil && !(suffix != "" && os.IsNotExist(err)) {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	e := store.NewEntry{Date: "2026-11-01", Kind: store.KindVisit, Title: "Benchmark visit ＪＣＭ（第２回）",
		Summary: "Talked about wages.", Author: "bench", PartnerIDs: []int64{1}, GoalIDs: []int{2}}
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := st.AddEntry(ctx, e); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}
