package store_test

import (
	"context"
	"errors"
	"testing"

	"vision2030/store"
)

func goal(t *testing.T, st *store.Store, id int) store.Goal {
	t.Helper()
	gs, err := st.Goals(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gs {
		if g.ID == id {
			return g
		}
	}
	t.Fatalf("no goal %d", id)
	return store.Goal{}
}

func TestPatchGoal(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	loaded := goal(t, st, 3)
	if !loaded.TargetDefault || loaded.Target != store.DefaultTarget || loaded.JAConfirmed || loaded.TitleJA == "" {
		t.Fatalf("seeded goal 3: %+v", loaded)
	}
	rev, _ := st.Revision(ctx)

	// JAW sets a target and confirms the Japanese texts; the target is no
	// longer the default.
	want := loaded
	want.Target, want.JAConfirmed = 0.6, true
	ch, err := st.PatchGoal(ctx, 3, loaded.Diff(want))
	if err != nil || !ch.Changed {
		t.Fatalf("patch: %v %+v", err, ch)
	}
	if a := ch.After; a.Target != 0.6 || a.TargetDefault || !a.JAConfirmed || a.Version != loaded.Version+1 || a.Title != loaded.Title {
		t.Errorf("after: %+v", a)
	}
	if rev2, _ := st.Revision(ctx); rev2 == rev {
		t.Error("revision did not move")
	}
	// Rewriting the English description makes it JAW's: no longer a draft,
	// unless the editor keeps the mark.
	draft := goal(t, st, 3)
	draft.DescriptionDraft = true
	if _, err := st.PatchGoal(ctx, 3, store.GoalPatch{DescriptionDraft: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	ch, err = st.PatchGoal(ctx, 3, store.GoalPatch{Description: ptr("JAW's own words.")})
	if err != nil || ch.After.DescriptionDraft || ch.After.Description != "JAW's own words." {
		t.Errorf("description: %v %+v", err, ch.After)
	}
	cur := ch.After
	keep := cur
	keep.Description, keep.DescriptionDraft = "Still a draft.", true
	if ch, err := st.PatchGoal(ctx, 3, cur.Diff(keep)); err != nil || !ch.After.DescriptionDraft {
		t.Errorf("kept draft: %v %+v", err, ch.After)
	}
	// Back to the default target.
	cur = goal(t, st, 3)
	def := cur
	def.TargetDefault = true
	if ch, err := st.PatchGoal(ctx, 3, cur.Diff(def)); err != nil || ch.After.Target != store.DefaultTarget || !ch.After.TargetDefault {
		t.Errorf("reset: %v %+v", err, ch.After)
	}
	// Already so: nothing written.
	cur = goal(t, st, 3)
	if ch, err := st.PatchGoal(ctx, 3, store.GoalPatch{Title: ptr(cur.Title)}); err != nil || ch.Changed || ch.After.Version != cur.Version {
		t.Errorf("unchanged: %v %+v", err, ch)
	}
}

func TestPatchGoalRefuses(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	before := goal(t, st, 1)
	for _, tt := range []struct {
		name  string
		p     store.GoalPatch
		field string
		prob  store.Problem
	}{
		{"empty title", store.GoalPatch{Title: ptr("  ")}, "title", store.ProblemRequired},
		{"target 0", store.GoalPatch{Target: ptr(0.0)}, "target", store.ProblemBadTarget},
		{"target over 1", store.GoalPatch{Target: ptr(1.5), Title: ptr("fine")}, "target", store.ProblemBadTarget},
		{"NUL in Japanese", store.GoalPatch{DescriptionJA: ptr("a\x00b")}, "japanese description", store.ProblemNUL},
	} {
		_, err := st.PatchGoal(ctx, 1, tt.p)
		var fe *store.FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || fe.Problem != tt.prob {
			t.Errorf("%s: %v, want %s %s", tt.name, err, tt.field, tt.prob)
		}
	}
	if after := goal(t, st, 1); after != before {
		t.Errorf("a refused patch wrote: %+v", after)
	}
	if _, err := st.PatchGoal(ctx, 9, store.GoalPatch{Title: ptr("x")}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("goal 9: %v", err)
	}
}

// TestPatchGoalConflicts: two colleagues edit the same goal; different
// fields merge, the same field is a conflict with both values.
func TestPatchGoalConflicts(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	a := goal(t, st, 2) // both load the goal
	b := a
	wantA := a
	wantA.TitleJA = "建設的な労使関係の構築"
	if _, err := st.PatchGoal(ctx, 2, a.Diff(wantA)); err != nil {
		t.Fatal(err)
	}
	wantB := b
	wantB.Target = 0.9
	ch, err := st.PatchGoal(ctx, 2, b.Diff(wantB))
	if err != nil || ch.After.TitleJA != "建設的な労使関係の構築" || ch.After.Target != 0.9 {
		t.Fatalf("merge: %v %+v", err, ch.After)
	}
	wantB.TitleJA = "建設的労使関係の確立"
	_, err = st.PatchGoal(ctx, 2, b.Diff(wantB))
	var ce *store.ConflictError
	if !errors.As(err, &ce) || len(ce.Conflicts) != 1 || ce.Conflicts[0].Field != "japanese title" ||
		ce.Conflicts[0].Theirs != "建設的な労使関係の構築" || ce.Conflicts[0].Mine != "建設的労使関係の確立" {
		t.Fatalf("conflict: %v", err)
	}
	cur := ce.Current.(store.Goal)
	p := b.Diff(wantB).Without("japanese title")
	p.Base = &cur
	if ch, err := st.PatchGoal(ctx, 2, p); err != nil || ch.After.TitleJA != "建設的な労使関係の構築" {
		t.Errorf("resubmit keeping theirs: %v %+v", err, ch.After)
	}
}

func TestPatchStage(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	stages, err := st.Stages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s := stages[1] // goal 1, stage 1: a draft
	if s.GoalID != 1 || s.Stage != 1 || !s.RubricDraft || s.RubricJA == "" {
		t.Fatalf("seeded stage: %+v", s)
	}
	// A patch that rewrites the English line, and says nothing of the mark,
	// makes it JAW's own: no longer a draft.
	want := s
	want.Rubric, want.RubricDraft = "Regular contact on labour rights.", false
	ch, err := st.PatchStage(ctx, 1, 1, store.StagePatch{Rubric: &want.Rubric})
	if err != nil || ch.After.Rubric != want.Rubric || ch.After.RubricDraft || ch.After.Version != s.Version+1 || ch.After.RubricJA != s.RubricJA {
		t.Fatalf("patch: %v %+v", err, ch.After)
	}
	// A change from an old load of the same field is a conflict.
	mine := s
	mine.Rubric = "Another line."
	_, err = st.PatchStage(ctx, 1, 1, s.Diff(mine))
	var ce *store.ConflictError
	if !errors.As(err, &ce) || ce.Conflicts[0].Field != "rubric" {
		t.Errorf("conflict: %v", err)
	}
	if _, err := st.PatchStage(ctx, 1, 1, store.StagePatch{Name: ptr("")}); err == nil {
		t.Error("empty name accepted")
	}
	if _, err := st.PatchStage(ctx, 1, 7, store.StagePatch{Name: ptr("x")}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("stage 7: %v", err)
	}
	// The stage as a screen reads it.
	got, _ := st.Stages(ctx)
	if g := got[1]; g.RubricIn("en") != want.Rubric || g.RubricIn("ja") != s.RubricJA || !g.RubricNote("ja").Translation || g.RubricNote("ja").Draft {
		t.Errorf("read back: %+v", g)
	}
}

// TestNewsWithoutGoal: news may stand without a goal; any other kind needs
// one, also when an edit turns news into a contact.
func TestNewsWithoutGoal(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	news := store.NewEntry{Date: "2025-06-01", Kind: store.KindNews, Title: "A memorandum signed", PartnerIDs: []int64{3}}
	id, err := st.AddEntry(ctx, news)
	if err != nil {
		t.Fatalf("news without a goal: %v", err)
	}
	visit := news
	visit.Kind = store.KindVisit
	var fe *store.FieldError
	if _, err := st.AddEntry(ctx, visit); !errors.As(err, &fe) || fe.Field != "goals" || fe.Problem != store.ProblemRequired {
		t.Errorf("visit without a goal: %v", err)
	}
	if _, err := st.PatchEntry(ctx, id, store.EntryPatch{Kind: ptr(store.KindVisit)}); !errors.As(err, &fe) || fe.Field != "goals" {
		t.Errorf("news turned into a visit without a goal: %v", err)
	}
	if ch, err := st.PatchEntry(ctx, id, store.EntryPatch{Kind: ptr(store.KindVisit), AddGoals: []int{1}}); err != nil || ch.After.Kind != store.KindVisit {
		t.Errorf("with a goal: %v", err)
	}
	e, _ := st.Entry(ctx, id)
	if _, err := st.PatchEntry(ctx, id, store.EntryPatch{Kind: ptr(store.KindNews), RemoveGoals: e.Goals}); err != nil {
		t.Errorf("back to news, no goal: %v", err)
	}
	if ps, err := st.CheckDerived(ctx); err != nil || len(ps) > 0 {
		t.Errorf("derived: %+v %v", ps, err)
	}
}
