package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"vision2030/seed"
	"vision2030/store"
)

func ptr[T any](v T) *T { return &v }

// TestConcurrentEditsOfDifferentFields edits different fields of one entry
// from many connections at once; every acknowledged change must be in the
// row afterwards.
func TestConcurrentEditsOfDifferentFields(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "v.db")
	ctx := context.Background()
	first, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	first.Now = func() time.Time { return today }
	defer first.Close()
	if _, err := seed.Apply(ctx, first); err != nil {
		t.Fatal(err)
	}
	e := validEntry()
	e.Kind = store.KindRequest
	id, err := first.AddEntry(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	const rounds = 25
	edits := []func(i int) store.EntryPatch{
		func(i int) store.EntryPatch { return store.EntryPatch{Title: ptr(fmt.Sprintf("title %d", i))} },
		func(i int) store.EntryPatch { return store.EntryPatch{Summary: ptr(fmt.Sprintf("summary %d", i))} },
		func(i int) store.EntryPatch {
			return store.EntryPatch{Opened: ptr(fmt.Sprintf("2026-10-%02d", i+1))}
		},
		func(i int) store.EntryPatch { return store.EntryPatch{CameFirst: ptr(i%2 == 0)} },
		func(i int) store.EntryPatch { return store.EntryPatch{AddGoals: []int{1 + i%3}} },
		func(i int) store.EntryPatch { return store.EntryPatch{AddPartners: []int64{int64(2 + i%5)}} },
	}
	// last[k] is the value of edit k's last acknowledged round.
	last := make([]int, len(edits))
	var wg sync.WaitGroup
	for k, edit := range edits {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := store.Open(ctx, path) // its own connections
			if err != nil {
				t.Error(err)
				return
			}
			defer st.Close()
			st.Now = func() time.Time { return today }
			for i := 0; i < rounds; i++ {
				if _, err := st.PatchEntry(ctx, id, edit(i)); err != nil {
					t.Errorf("edit %d round %d: %v", k, i, err)
					return
				}
				last[k] = i
			}
		}()
	}
	wg.Wait()
	got, err := first.Entry(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	n := rounds - 1
	if got.Title != fmt.Sprintf("title %d", n) || got.Summary != fmt.Sprintf("summary %d", n) ||
		got.Opened != fmt.Sprintf("2026-10-%02d", n+1) || got.CameFirst != (n%2 == 0) {
		t.Errorf("a field lost its last acknowledged value: %+v", got)
	}
	goals := map[int]bool{}
	for _, g := range got.Goals {
		goals[g] = true
	}
	partners := map[int64]bool{}
	for _, p := range got.Partners {
		partners[p.ID] = true
	}
	for i := 0; i < rounds; i++ {
		if !goals[1+i%3] || !partners[int64(2+i%5)] {
			t.Fatalf("a link added in round %d is missing: goals %v partners %v", i, got.Goals, got.Partners)
		}
	}
}

func TestPatchEntryMergesAndConflicts(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	id, err := st.AddEntry(ctx, validEntry())
	if err != nil {
		t.Fatal(err)
	}
	loaded, _ := st.Entry(ctx, id)

	// Someone else changes the summary, a goal and a partner.
	if _, err := st.PatchEntry(ctx, id, store.EntryPatch{Summary: ptr("theirs"), AddGoals: []int{3}, AddPartners: []int64{5}}); err != nil {
		t.Fatal(err)
	}
	// The editor, from the older load, changes the title and a goal: both
	// land, and the summary changed elsewhere stays.
	want := loaded.Edit()
	want.Title, want.GoalIDs = "mine", []int{1}
	ch, err := st.PatchEntry(ctx, id, loaded.Diff(want))
	if err != nil {
		t.Fatal(err)
	}
	if a := ch.After; a.Title != "mine" || a.Summary != "theirs" || fmt.Sprint(a.Goals) != "[1 3]" || len(a.Partners) != 2 {
		t.Errorf("merged %+v", a)
	}

	// Both change the title: a conflict with both values, nothing written.
	loaded = ch.After
	now := st.Now
	st.Now = func() time.Time { return time.Date(2026, 11, 20, 15, 4, 5, 0, time.UTC) }
	if _, err := st.PatchEntry(ctx, id, store.EntryPatch{Title: ptr("theirs again")}); err != nil {
		t.Fatal(err)
	}
	st.Now = now
	want = loaded.Edit()
	want.Title, want.Summary = "mine again", "my summary"
	p := loaded.Diff(want)
	_, err = st.PatchEntry(ctx, id, p)
	var ce *store.ConflictError
	if !errors.As(err, &ce) || len(ce.Conflicts) != 1 {
		t.Fatalf("err = %v, want one conflict", err)
	}
	c := ce.Conflicts[0]
	if c.Field != "title" || c.Mine != "mine again" || c.Theirs != "theirs again" || c.Base != "mine" {
		t.Errorf("conflict %+v", c)
	}
	if ce.ChangedAt != "2026-11-20T15:04:05Z" {
		t.Errorf("the conflict says the entry was changed at %q, want when the other write was", ce.ChangedAt)
	}
	if got, _ := st.Entry(ctx, id); got.Summary != "theirs" || got.Title != "theirs again" {
		t.Errorf("a conflicting edit wrote: %+v", got)
	}
	// Keeping theirs for the title writes the rest.
	cur := ce.Current.(store.Entry)
	p = p.Without("title")
	p.Base = &cur
	if ch, err := st.PatchEntry(ctx, id, p); err != nil || ch.After.Title != "theirs again" || ch.After.Summary != "my summary" {
		t.Errorf("resubmit: %v %+v", err, ch.After)
	}
	// Forcing mine (a confirmed undo) overwrites.
	p = loaded.Diff(want)
	p.Force = true
	if ch, err := st.PatchEntry(ctx, id, p); err != nil || ch.After.Title != "mine again" {
		t.Errorf("force: %v %+v", err, ch.After)
	}
}

// A field the user did not change is written byte for byte as it was, even
// with CRLF, tabs and control characters in it.
func TestPatchLeavesUntouchedFieldsByteIdentical(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	e := validEntry()
	e.Title = "Tab\there \x1b[31mred\x1b[0m \u202e"
	e.Summary = "line one\r\nline two\r\n\tcode\x07\r\n"
	id, err := st.AddEntry(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	loaded, _ := st.Entry(ctx, id)
	// Saving the form unchanged writes nothing.
	ch, err := st.PatchEntry(ctx, id, loaded.Diff(loaded.Edit()))
	if err != nil || ch.Changed {
		t.Fatalf("unchanged save: changed=%v err=%v", ch.Changed, err)
	}
	// Changing the date leaves title and summary as they were.
	want := loaded.Edit()
	want.Date = "2026-11-19"
	if _, err := st.PatchEntry(ctx, id, loaded.Diff(want)); err != nil {
		t.Fatal(err)
	}
	got, _ := st.Entry(ctx, id)
	if got.Title != e.Title || got.Summary != e.Summary {
		t.Errorf("untouched text changed: %q %q", got.Title, got.Summary)
	}
	// The same for a partner's name.
	pid, err := st.AddPartner(ctx, store.Partner{Name: "Union\u202e \x07bell", Kind: store.KindUnion, CountryCode: "TH"})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Partner(ctx, pid)
	edited := p
	edited.Notes = "new note"
	if _, err := st.PatchPartner(ctx, pid, p.Diff(edited)); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Partner(ctx, pid); got.Name != p.Name {
		t.Errorf("partner name changed: %q", got.Name)
	}
}

func TestKindChangeDropsNothingSilently(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	e := validEntry()
	e.Kind, e.Opened, e.FirstResponse, e.CameFirst = store.KindRequest, "2026-11-01", "2026-11-20", true
	id, err := st.AddEntry(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	visit := store.KindVisit
	_, err = st.PatchEntry(ctx, id, store.EntryPatch{Kind: &visit})
	var de *store.DropError
	if !errors.As(err, &de) || len(de.Fields) != 3 {
		t.Fatalf("err = %v, want a drop error naming opened, first response and came first", err)
	}
	if got, _ := st.Entry(ctx, id); got.Kind != store.KindRequest || got.Opened == "" {
		t.Errorf("refused change wrote: %+v", got)
	}
	ch, err := st.PatchEntry(ctx, id, store.EntryPatch{Kind: &visit, DropRequest: true})
	if err != nil {
		t.Fatal(err)
	}
	if a := ch.After; a.Kind != store.KindVisit || a.Opened != "" || a.FirstResponse != "" || a.CameFirst {
		t.Errorf("dropped %+v", a)
	}
}

func TestPatchEntryOfDeleted(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	id, _ := st.AddEntry(ctx, validEntry())
	if err := st.DeleteEntry(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PatchEntry(ctx, id, store.EntryPatch{Title: ptr("x")}); !errors.Is(err, store.ErrDeleted) {
		t.Errorf("err = %v, want ErrDeleted", err)
	}
	if _, err := st.PatchEntry(ctx, 9999, store.EntryPatch{Title: ptr("x")}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
}

func TestPartnerPatchKeepsArchiveMadeElsewhere(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	loaded, _ := st.Partner(ctx, 2)
	if err := st.SetPartnerArchived(ctx, 2, true); err != nil {
		t.Fatal(err)
	}
	edited := loaded
	edited.Notes = "edited in a form opened before the archive"
	ch, err := st.PatchPartner(ctx, 2, loaded.Diff(edited))
	if err != nil {
		t.Fatal(err)
	}
	if !ch.After.Archived || ch.After.Notes != edited.Notes {
		t.Errorf("partner after a stale form's save: %+v", ch.After)
	}
	if err := st.SetPartnerArchived(ctx, 2, true); !errors.Is(err, store.ErrUnchanged) {
		t.Errorf("archiving an archived partner: %v", err)
	}
}

func TestAddAssessmentsIsOneTransaction(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	ids, err := st.AddAssessments(ctx, []store.NewAssessment{
		{PartnerID: 1, GoalID: 1, Stage: 2, Date: "2026-01-01"},
		{PartnerID: 2, GoalID: 1, Stage: 3, Date: "2026-01-01"},
		{PartnerID: 1, GoalID: 2, Stage: 1, Date: "2026-01-01"},
	})
	if err != nil || len(ids) != 3 {
		t.Fatalf("%v %v", ids, err)
	}
	// One bad row refuses all.
	_, err = st.AddAssessments(ctx, []store.NewAssessment{
		{PartnerID: 3, GoalID: 1, Stage: 2, Date: "2026-01-01"},
		{PartnerID: 9999, GoalID: 1, Stage: 3, Date: "2026-01-01"},
	})
	if err == nil {
		t.Fatal("an unknown partner accepted")
	}
	if as, _ := st.Assessments(ctx, 3); len(as) != 0 {
		t.Errorf("a refused batch wrote %d assessments", len(as))
	}
}

// TestPatchRecordsWhoChanged checks that adds and patches record their
// author as the row's updated_by, and that a conflict names the author of
// the write it meets; writes that do not know their author clear it rather
// than leave an earlier name standing.
func TestPatchRecordsWhoChanged(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	db := raw(t, st.Path())
	by := func(table string, id any) string {
		t.Helper()
		var s string
		if err := db.QueryRow("SELECT updated_by FROM "+table+" WHERE id = ?", id).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}

	id, err := st.AddEntry(ctx, validEntry()) // by tanaka
	if err != nil {
		t.Fatal(err)
	}
	if got := by("entries", id); got != "tanaka" {
		t.Errorf("a new entry's updated_by = %q, want its author", got)
	}
	loaded, _ := st.Entry(ctx, id)
	if _, err := st.PatchEntry(ctx, id, store.EntryPatch{Title: ptr("sato's title"), By: "sato"}); err != nil {
		t.Fatal(err)
	}
	if got := by("entries", id); got != "sato" {
		t.Errorf("after sato's patch updated_by = %q", got)
	}
	want := loaded.Edit()
	want.Title = "tanaka's title"
	p := loaded.Diff(want)
	p.By = "tanaka"
	_, err = st.PatchEntry(ctx, id, p)
	var ce *store.ConflictError
	if !errors.As(err, &ce) || ce.ChangedBy != "sato" || ce.ChangedAt == "" {
		t.Fatalf("err = %v (%+v), want a conflict changed by sato", err, ce)
	}
	if got := by("entries", id); got != "sato" {
		t.Errorf("a conflicting patch wrote updated_by %q", got)
	}

	if _, err := st.PatchPartner(ctx, 1, store.PartnerPatch{Notes: ptr("met"), By: "sato"}); err != nil {
		t.Fatal(err)
	}
	if got := by("partners", 1); got != "sato" {
		t.Errorf("partner updated_by = %q", got)
	}
	if _, err := st.PatchGoal(ctx, 1, store.GoalPatch{Title: ptr("A goal"), By: "suzuki"}); err != nil {
		t.Fatal(err)
	}
	if got := by("goals", 1); got != "suzuki" {
		t.Errorf("goal updated_by = %q", got)
	}
	aid, err := st.AddAction(ctx, store.NewAction{EntryID: id, What: "call", Author: "tanaka"})
	if err != nil {
		t.Fatal(err)
	}
	if got := by("actions", aid); got != "tanaka" {
		t.Errorf("a new action's updated_by = %q, want its author", got)
	}
	if _, err := st.PatchAction(ctx, aid, store.ActionPatch{What: ptr("call back"), By: "sato"}); err != nil {
		t.Fatal(err)
	}
	if got := by("actions", aid); got != "sato" {
		t.Errorf("action updated_by = %q", got)
	}
	if _, err := st.SetActionDone(ctx, aid, "2026-11-20"); err != nil {
		t.Fatal(err)
	}
	if got := by("actions", aid); got != "" {
		t.Errorf("after marking done (author unknown) updated_by = %q, want it cleared", got)
	}
}
