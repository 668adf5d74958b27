package ui

import (
	"context"
	"testing"

	"vision2030/store"
)

// The cursor after a write: on the row written, in the entries, partners
// and actions lists, whatever the order in which the form's answer and its
// closing arrive (the runtime runs a batch's commands at once).

func selectedPartner(d *driver) int64 {
	p, _ := d.m.tabs[1].(*partnersScreen).list.selected()
	return p.ID
}

func selectedEntry(d *driver) int64 {
	e, _ := d.m.tabs[2].(*entriesScreen).list.selected()
	return e.ID
}

func selectedAction(d *driver) int64 {
	a, _ := d.m.tabs[3].(*actionsScreen).list.selected()
	return a.ID
}

// saveAnswerFirst saves the form on top as ctrl+s would, but hands the
// root the form's answer before the form closes.
func saveAnswerFirst(t *testing.T, d *driver) {
	t.Helper()
	f := d.form()
	cmd, err := f.spec.submit(f)
	if err != nil || cmd == nil {
		t.Fatalf("submit: %v", err)
	}
	var saved savedMsg
	for _, msg := range collect(t, cmd) {
		if s, ok := msg.(savedMsg); ok {
			saved = s
		}
	}
	if saved.err != nil {
		t.Fatal(saved.err)
	}
	d.send(saved.done)
	d.send(popMsg{f.id})
}

func TestCursorOnNewPartner(t *testing.T) {
	t.Parallel()
	for _, answerFirst := range []bool{false, true} {
		st := testStore(t)
		d := newDriver(t, st, 80, 24)
		d.keys("2", "j", "j", "j")
		before := selectedPartner(d)
		d.keys("n")
		d.typeText("Federation of Thai Automobile Workers")
		d.keys("tab")
		d.typeText("TAW")
		d.keys("tab", "tab", "tab", "f", "tab")
		d.typeText("thai")
		d.keys("enter")
		if answerFirst {
			saveAnswerFirst(t, d)
		} else {
			d.keys("ctrl+s")
		}
		p, err := st.ResolvePartner(context.Background(), "TAW")
		if err != nil {
			t.Fatal(err)
		}
		if got := selectedPartner(d); got != p.ID {
			t.Errorf("answer first %v: partner %d selected (%d before), want the new one, %d:\n%s", answerFirst, got, before, p.ID, d.screen())
		}
	}
}

func TestCursorOnEntryAfterUndoingItsDelete(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24)
	d.keys("3", "j", "j", "j")
	id := selectedEntry(d)
	d.keys("d", "y")
	if got := selectedEntry(d); got == id {
		t.Fatalf("entry %d still selected after its delete", id)
	}
	d.keys("g") // elsewhere
	d.keys("u")
	if got := selectedEntry(d); got != id {
		t.Errorf("entry %d selected after the undo, want the restored one, %d:\n%s", got, id, d.screen())
	}
	d.keys("j", "j", "ctrl+r", "g", "u") // redo the delete, undo it again
	if got := selectedEntry(d); got != id {
		t.Errorf("entry %d selected after the second undo, want %d", got, id)
	}
}

func TestCursorOnPartnerAfterUndoingItsArchive(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24)
	d.keys("2", "j", "j", "j", "j")
	id := selectedPartner(d)
	d.keys("d", "y", "g", "u")
	if got := selectedPartner(d); got != id {
		t.Errorf("partner %d selected after the undo, want the partner archived, %d:\n%s", got, id, d.screen())
	}
}

func TestCursorOnNewAndRestoredAction(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	for _, what := range []string{"Book the hall", "Send the agenda", "Call the federation"} {
		if _, err := st.AddAction(ctx, store.NewAction{EntryID: 4, What: what, Due: "2026-11-25"}); err != nil {
			t.Fatal(err)
		}
	}
	d := newDriver(t, st, 80, 24)
	d.keys("4", "G") // the last action selected
	d.keys("3", "f")
	d.typeText("Write up the minutes")
	d.keys("tab", "tab", "ctrl+u")
	d.typeText("2026-11-22")
	saveAnswerFirst(t, d)
	as, _, _ := st.Actions(ctx, store.ActionQuery{Text: "minutes"})
	if len(as) != 1 {
		t.Fatalf("actions %+v", as)
	}
	d.keys("4")
	if got := selectedAction(d); got != as[0].ID {
		t.Fatalf("action %d selected, want the new one, %d:\n%s", got, as[0].ID, d.screen())
	}
	d.keys("d", "y", "G", "u")
	if got := selectedAction(d); got != as[0].ID {
		t.Errorf("action %d selected after the undo, want the restored one, %d:\n%s", got, as[0].ID, d.screen())
	}
	d.keys("j", "e", "ctrl+u")
	edited := selectedAction(d)
	d.typeText("Book the big hall")
	d.keys("ctrl+s")
	if got := selectedAction(d); got != edited {
		t.Errorf("action %d selected after its edit, want %d", got, edited)
	}
}
