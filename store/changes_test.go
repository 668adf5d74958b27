package store_test

import (
	"context"
	"reflect"
	"testing"

	"vision2030/store"
)

// TestChanges follows the revision through writes of the store and of
// plain SQL, and finds what each wrote; a reader left too far behind is
// told to reload everything.
func TestChanges(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	start, err := st.Changes(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !start.All {
		t.Errorf("from revision 0: %+v, want All", start)
	}
	rev := start.Revision
	if none, _ := st.Changes(ctx, rev); !none.Empty() || none.Revision != rev {
		t.Errorf("nothing written: %+v", none)
	}

	e := validEntry()
	e.PartnerIDs, e.GoalIDs = []int64{2, 3}, []int{1}
	id, err := st.AddEntry(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	c, err := st.Changes(ctx, rev)
	if err != nil {
		t.Fatal(err)
	}
	if c.All || !reflect.DeepEqual(c.Entries, []int64{id}) || !reflect.DeepEqual(c.Partners, []int64{2, 3}) ||
		len(c.Actions)+len(c.Assessments)+len(c.Goals) != 0 || c.Revision <= rev {
		t.Errorf("after logging entry %d: %+v", id, c)
	}
	if s, _ := st.Revision(ctx); s == "" || s == "0" {
		t.Errorf("revision %q", s)
	}
	rev = c.Revision

	aid, err := st.AddAction(ctx, store.NewAction{EntryID: id, What: "call"})
	if err != nil {
		t.Fatal(err)
	}
	sid, err := st.AddAssessment(ctx, store.NewAssessment{PartnerID: 4, GoalID: 2, Stage: 1, Date: "2026-01-05"})
	if err != nil {
		t.Fatal(err)
	}
	db := rw(t, st.Path())
	mustExec(t, db, "UPDATE goals SET title_en = title_en || '.' WHERE id = 3")
	mustExec(t, db, "UPDATE partners SET notes = 'x' WHERE id = 7")
	c, err = st.Changes(ctx, rev)
	if err != nil {
		t.Fatal(err)
	}
	if c.All || !reflect.DeepEqual(c.Actions, []int64{aid}) || !reflect.DeepEqual(c.Assessments, []int64{sid}) ||
		!reflect.DeepEqual(c.Partners, []int64{4, 7}) || !reflect.DeepEqual(c.Goals, []int{3}) || len(c.Entries) != 0 {
		t.Errorf("after an action, an assessment and two edits in SQL: %+v", c)
	}
	rev = c.Revision

	// More than the log keeps.
	for i := 0; i < 700; i++ {
		mustExec(t, db, "UPDATE partners SET notes = ? WHERE id = 7", i)
	}
	if c, _ := st.Changes(ctx, rev); !c.All || c.Revision <= rev {
		t.Errorf("behind by 1,400 changes: %+v", c)
	}
	if n := count(t, db, "SELECT count(*) FROM changes"); n > 1000 {
		t.Errorf("the log keeps %d changes", n)
	}
}
