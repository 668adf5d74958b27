package store_test

import (
	"context"
	"errors"
	"reflect"
	"strconv"
	"testing"

	"vision2030/store"
)

// TestDeleteAssessment: an assessment recorded by mistake is removed (the
// row deleted, as everywhere assessments are removed); the changes log
// says so, the derived data stays right; one changed since the caller saw
// it is removed only when forced; one not there is ErrNotFound.
func TestDeleteAssessment(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	db := rw(t, st.Path())
	a := store.NewAssessment{PartnerID: 2, GoalID: 1, Stage: 3, Date: "2026-11-20", Note: "by mistake", Author: "tester"}
	id, err := st.AddAssessment(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Assessment(ctx, id)
	if err != nil || got.Stage != 3 || got.Note != "by mistake" || got.UID == "" {
		t.Fatalf("Assessment: %+v, %v", got, err)
	}
	rev, _ := st.Revision(ctx)
	before := got
	// Changed elsewhere since: a conflict, nothing removed.
	mustExec(t, db, "UPDATE assessments SET stage = 2, date = '2026-11-21' WHERE id = ?", id)
	_, err = st.DeleteAssessment(ctx, id, &before, false)
	var ce *store.ConflictError
	if !errors.As(err, &ce) || len(ce.Conflicts) != 2 || ce.Conflicts[0].Field != "stage" || ce.Conflicts[0].Theirs != 2 ||
		ce.Conflicts[1].Field != "date" {
		t.Fatalf("changed since: %v", err)
	}
	if _, err := st.Assessment(ctx, id); err != nil {
		t.Fatalf("a conflict removed it: %v", err)
	}
	was, err := st.DeleteAssessment(ctx, id, &before, true)
	if err != nil || was.Stage != 2 || was.ID != id {
		t.Fatalf("forced: %+v, %v", was, err)
	}
	if _, err := st.Assessment(ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("still there: %v", err)
	}
	if _, err := st.DeleteAssessment(ctx, id, nil, false); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("again: %v", err)
	}
	n, _ := strconv.ParseInt(rev, 10, 64)
	c, err := st.Changes(ctx, n)
	if err != nil || !reflect.DeepEqual(c.Assessments, []int64{id}) {
		t.Fatalf("changes: %+v, %v", c, err)
	}
	checkHealthy(t, st, db, "after the delete")
}
