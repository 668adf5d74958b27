package store_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"vision2030/demo"
	"vision2030/store"
)

// demoStore is a new demo database of n entries.
func demoStore(t testing.TB, n int) *store.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	if _, err := demo.Build(context.Background(), path, demo.Options{Entries: n, Seed: 11, Today: today}); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return today }
	t.Cleanup(func() { st.Close() })
	return st
}

// scanSearch is what a search must return, found the plain way: every live
// entry checked in Go, newest first.
type scanSearch struct {
	entries  []store.Entry
	bodies   []string // folded as the search index holds them
	partners map[int64]store.Partner
	names    map[int64]string // folded names
}

func newScanSearch(t *testing.T, st *store.Store) *scanSearch {
	t.Helper()
	ctx := context.Background()
	s := &scanSearch{partners: map[int64]store.Partner{}, names: map[int64]string{}}
	page, err := st.PartnersByCountry(ctx, store.PartnerQuery{Archived: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range page.Partners {
		s.partners[p.ID] = p
		s.names[p.ID] = store.Fold(p.Name + "\n" + p.ShortName + "\n" + p.NameJA + "\n" + p.Yomi)
	}
	db := raw(t, st.Path())
	rows, err := db.Query("SELECT id FROM entries WHERE deleted_at IS NULL ORDER BY date DESC, id DESC")
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		e, err := st.Entry(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		s.entries = append(s.entries, e)
		s.bodies = append(s.bodies, store.Fold(e.Title+"\n"+e.Summary+"\n\n"))
	}
	return s
}

func (s *scanSearch) match(f store.Filter) []int64 {
	contains := func(p store.Partner, v string) bool {
		return fmt.Sprint(p.ID) == v || strings.EqualFold(p.ShortName, v) ||
			strings.Contains(strings.ToLower(p.Name), strings.ToLower(v)) ||
			strings.Contains(strings.ToLower(p.ShortName), strings.ToLower(v))
	}
	var out []int64
	for i, e := range s.entries {
		ok := (f.Since == "" || e.Date >= f.Since) && (f.Until == "" || e.Date <= f.Until)
		if len(f.Goals) > 0 {
			ok = ok && slices.ContainsFunc(f.Goals, func(g int) bool { return slices.Contains(e.Goals, g) })
		}
		linked := func(pred func(store.Partner) bool) bool {
			for _, r := range e.Partners {
				if pred(s.partners[r.ID]) {
					return true
				}
			}
			return false
		}
		if len(f.Countries) > 0 {
			ok = ok && linked(func(p store.Partner) bool { return slices.Contains(f.Countries, p.CountryCode) })
		}
		if len(f.Partners) > 0 {
			ok = ok && linked(func(p store.Partner) bool {
				return slices.ContainsFunc(f.Partners, func(v string) bool { return contains(p, v) })
			})
		}
		if len(f.Kinds) > 0 {
			ok = ok && slices.Contains(f.Kinds, e.Kind)
		}
		if len(f.Authors) > 0 {
			ok = ok && slices.ContainsFunc(f.Authors, func(a string) bool { return strings.EqualFold(a, e.Author) })
		}
		if len(f.Statuses) > 0 {
			ok = ok && slices.Contains(f.Statuses, e.Status())
		}
		for _, t := range f.Text {
			ft := store.Fold(t)
			ok = ok && (strings.Contains(s.bodies[i], ft) || linked(func(p store.Partner) bool {
				return strings.Contains(s.names[p.ID], ft)
			}))
		}
		if ok {
			out = append(out, e.ID)
		}
	}
	return out
}

// TestSearchAsScan checks random filters, through both of the store's
// plans, against a plain scan of a demo database: the same entries in the
// same order on every page, and the same counts, capped or not.
func TestSearchAsScan(t *testing.T) {
	t.Parallel()
	st := demoStore(t, 2500)
	scan := newScanSearch(t, st)
	ctx := context.Background()
	rng := rand.New(rand.NewSource(5))
	words := []string{"wage", "Wage", "WAGE", "ｗａｇｅ", "the minimum wage", "safety", "ergonomics", "foundry", "child",
		"whistleblowing", "e", "q", "x", "wa", "ag", "th", "の", "鋳", "鋳造", "賃金", "協議", "ค่าจ้าง", "ระยอง", "ก",
		"Rayong", "TOY", "ｶﾞ", "ガ", "１", "1", "%", "_", "a_b", "50%", `"`, "Toyota Rayong", "JAW", "zzzz", "ILO",
		"workers' union", "Plant", "EV", "ＥＶ", "request", "union"}
	for i := 0; i < 50; i++ {
		var f store.Filter
		for range 1 + rng.Intn(2) {
			switch rng.Intn(9) {
			case 0:
				f.Goals = append(f.Goals, 1+rng.Intn(3))
			case 1:
				f.Countries = append(f.Countries, []string{"TH", "ID", "JP", "US", "FJ"}[rng.Intn(5)])
			case 2:
				f.Partners = append(f.Partners, []string{"Honda", "UAW", "5", "Federation", "ILO"}[rng.Intn(5)])
			case 3:
				f.Kinds = append(f.Kinds, store.EntryKinds[rng.Intn(len(store.EntryKinds))])
			case 4:
				f.Since = fmt.Sprintf("20%d-0%d-01", 18+rng.Intn(9), 1+rng.Intn(9))
			case 5:
				f.Statuses = append(f.Statuses, []store.RequestStatus{store.StatusOpen, store.StatusAnswered, store.StatusClosed}[rng.Intn(3)])
			default:
				f.Text = append(f.Text, words[rng.Intn(len(words))])
			}
		}
		want := scan.match(f)
		for _, pg := range []struct{ offset, limit int }{{0, 50}, {7, 20}, {len(want) - 2, 5}} {
			if pg.offset < 0 {
				continue
			}
			page, err := st.SearchEntries(ctx, f, pg.offset, pg.limit)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			var got []int64
			for _, e := range page.Entries {
				got = append(got, e.ID)
			}
			end := min(pg.offset+pg.limit, len(want))
			var exp []int64
			if pg.offset < len(want) {
				exp = want[pg.offset:end]
			}
			if !slices.Equal(got, exp) {
				t.Errorf("%s, %d from %d: got %v, want %v", f, pg.limit, pg.offset, got, exp)
			}
			if page.Total != len(want) || page.More {
				t.Errorf("%s: total %d (more %v), want %d", f, page.Total, page.More, len(want))
			}
			quick, more, err := st.SearchPage(ctx, f, pg.offset, pg.limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(quick) != len(page.Entries) || more != (len(want) > end) {
				t.Errorf("%s: SearchPage gave %d (more %v)", f, len(quick), more)
			}
		}
		for _, max := range []int{0, 10, len(want)} {
			n, more, err := st.CountEntries(ctx, f, max)
			if err != nil {
				t.Fatal(err)
			}
			wn, wmore := len(want), false
			dates := f
			dates.Since, dates.Until = "", ""
			if max > 0 && wn > max && !dates.IsZero() {
				wn, wmore = max, true
			}
			if n != wn || more != wmore {
				t.Errorf("%s: count up to %d = %d (more %v), want %d (%v)", f, max, n, more, wn, wmore)
			}
		}
		if len(want) > 0 {
			k := rng.Intn(len(want))
			pos, err := st.EntryPosition(ctx, f, want[k])
			if err != nil || pos != k {
				t.Errorf("%s: position of %d = %d, %v; want %d", f, want[k], pos, err, k)
			}
		}
		if t.Failed() {
			return
		}
	}
}

// TestSearchCancels cancels a search mid-query: SQLite is interrupted, the
// caller gets the context's error, and the store goes on working.
func TestSearchCancels(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	// Long texts of full-width letters: a search for "a" finds no trigram
	// list short enough to start from, so it reads every entry, and in
	// every one it must fold the text to find ａ or Ａ: slow enough to be
	// cancelled midway.
	rng := rand.New(rand.NewSource(9))
	letters := []rune("ｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")
	if err := st.Load(ctx, func(l *store.Loader) error {
		for i := 0; i < 1000; i++ {
			var b strings.Builder
			for b.Len() < 16000 {
				b.WriteRune('ａ')
				b.WriteRune(letters[rng.Intn(len(letters))])
				b.WriteRune(letters[rng.Intn(len(letters))])
			}
			if _, err := l.Entry(store.LoadEntry{NewEntry: store.NewEntry{Date: "2026-01-02", Kind: store.KindVisit,
				Title: fmt.Sprintf("Visit %d", i), Summary: b.String(), PartnerIDs: []int64{1}, GoalIDs: []int{1}}}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	f := store.Filter{Text: []string{"a"}}
	start := time.Now()
	n, _, err := st.CountEntries(ctx, f, 0)
	full := time.Since(start)
	if err != nil || n < 1000 {
		t.Fatalf("uncancelled: %d, %v", n, err)
	}
	cctx, cancel := context.WithTimeout(ctx, full/10)
	defer cancel()
	start = time.Now()
	_, _, err = st.CountEntries(cctx, f, 0)
	stopped := time.Since(start)
	if !errors.Is(err, context.DeadlineExceeded) && !strings.Contains(fmt.Sprint(err), "interrupt") {
		t.Fatalf("cancelled count: %v after %v (uncancelled %v)", err, stopped, full)
	}
	t.Logf("uncancelled %v; cancelled after %v, returned after %v", full, full/10, stopped)
	if n, _, err := st.CountEntries(ctx, store.Filter{Text: []string{"visit"}}, 0); err != nil || n < 1000 {
		t.Errorf("after the cancel: %d, %v", n, err)
	}
}
