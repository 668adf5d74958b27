package ui

import (
	"context"
	"strings"
	"testing"
	"time"

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

// TestDraftWithinASecond: the draft is written a second after a change,
// and at most every second while the user types, so that a crash loses
// about a second of typing; it is written off the update loop, and a
// form left alone sets no timer.
func TestDraftWithinASecond(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 100, 30)
	d.keys("a", "tab", "tab")
	draft := func() string {
		dr, ok, _ := st.LoadDraft(ctx, "tester", "entry:new")
		if !ok {
			return ""
		}
		return dr.Body
	}
	ticks := func() (n int) {
		for _, p := range d.timers {
			if _, ok := p.msg.(draftTickMsg); ok {
				n++
			}
		}
		return n
	}
	if ticks() != 0 {
		t.Fatal("a form without changes set a draft timer")
	}
	d.typeText("W")
	d.advance(draftInterval - time.Millisecond)
	if draft() != "" {
		t.Fatal("a draft before a second")
	}
	d.advance(time.Millisecond)
	if !strings.Contains(draft(), "W") {
		t.Fatalf("no draft a second after the change: %q", draft())
	}
	// Typing on, a key every 300 ms: a draft at least every second.
	for i, c := range "age talks" {
		d.typeText(string(c))
		d.advance(300 * time.Millisecond)
		if i >= 4 && !strings.Contains(draft(), "Wage talks"[:i-1]) {
			t.Fatalf("after %q typed the draft is %q", "Wage talks"[:i+2], draft())
		}
	}
	d.advance(draftInterval)
	if !strings.Contains(draft(), "Wage talks") {
		t.Fatalf("a second after the last key the draft is %q", draft())
	}
	if ticks() != 0 {
		t.Fatal("a form left alone keeps a draft timer")
	}
	// The write runs off the update loop: the tick's answer is a command.
	d.typeText("!")
	f := d.form()
	cmd := f.Update(draftTickMsg{to{f.id}})
	if strings.Contains(draft(), "talks!") {
		t.Fatal("the draft was written on the update loop")
	}
	d.run(cmd)
	if !strings.Contains(draft(), "talks!") {
		t.Fatalf("the draft's command did not write it: %q", draft())
	}
}

// TestLateDraftWriteAfterSave: a draft write still on its way when the
// form is saved (and its draft deleted) writes nothing: no draft of a
// saved form is offered again.
func TestLateDraftWriteAfterSave(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 100, 30)
	d.keys("a", "enter", "tab", "1", "tab")
	d.typeText("Saved before its draft")
	f := d.form()
	late := f.Update(draftTickMsg{to{f.id}}) // the write, held back
	d.keys("ctrl+s")
	if d.form() != nil {
		t.Fatalf("not saved:\n%s", d.screen())
	}
	d.run(late)
	if _, ok, _ := st.LoadDraft(ctx, "tester", "entry:new"); ok {
		t.Fatal("a late draft write brought back the draft of a saved form")
	}
}
