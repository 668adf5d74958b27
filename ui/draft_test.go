package ui

import (
	"context"
	"testing"

	"vision2030/store"
)

// TestRestoredDraftMeetsChangesMadeSince: a draft keeps the entry as the
// edit began from it; restored after someone changed the same field, the
// save shows the conflict instead of writing over their change, and a
// field the draft did not touch shows, and keeps, their value.
func TestRestoredDraftMeetsChangesMadeSince(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 100, 30)
	d.keys("3", "e", "tab", "tab", "tab", "tab", "ctrl+u")
	d.typeText("Title from the draft")
	d.advance(draftInterval)
	if _, ok, _ := st.LoadDraft(ctx, "tester", "entry:4"); !ok {
		t.Fatal("no draft after a few seconds")
	}
	// The session dies; meanwhile someone else edits the entry.
	theirs, summary := "CLI title by sato", "Summary by sato"
	if _, err := st.PatchEntry(ctx, 4, store.EntryPatch{Title: &theirs, Summary: &summary}); err != nil {
		t.Fatal(err)
	}
	d2 := newDriver(t, st, 100, 30)
	d2.keys("3", "e")
	d2.contains("This form has a draft")
	d2.keys("y")
	d2.contains("Title from the draft", "Summary by sato")
	d2.keys("ctrl+s")
	d2.contains("Changed elsewhere meanwhile", "“Title from the draft”", "“CLI title by sato”")
	if e, _ := st.Entry(ctx, 4); e.Title != theirs {
		t.Fatalf("the draft wrote over their title: %q", e.Title)
	}
	d2.keys("enter") // keep mine
	e, _ := st.Entry(ctx, 4)
	if e.Title != "Title from the draft" || e.Summary != summary {
		t.Fatalf("title %q, summary %q", e.Title, e.Summary)
	}
}

// TestRestoredPartnerDraftMeetsChangesMadeSince: the same for a partner.
func TestRestoredPartnerDraftMeetsChangesMadeSince(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	p, err := st.Partner(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	f := newPartnerForm(newDriver(t, st, 100, 30).m.c, &p)
	f.field("contact").(*textField).box.SetValue("Mine")
	body := f.encode()
	theirs := "Theirs"
	if _, err := st.PatchPartner(ctx, 2, store.PartnerPatch{Contact: &theirs}); err != nil {
		t.Fatal(err)
	}
	now, _ := st.Partner(ctx, 2)
	g := newPartnerForm(f.c, &now)
	g.Update(restoreDraftMsg{to{g.id}, body})
	cmd, err := g.spec.submit(g)
	if err != nil || cmd == nil {
		t.Fatalf("submit: %v", err)
	}
	for _, msg := range collect(t, cmd) {
		if m, ok := msg.(savedMsg); ok {
			if _, conflict := m.err.(*store.ConflictError); !conflict {
				t.Fatalf("saved over their change: %v", m.err)
			}
			return
		}
	}
	t.Fatal("no answer")
}
