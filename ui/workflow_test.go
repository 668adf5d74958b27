package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"vision2030/store"
)

func TestFilterBar(t *testing.T) {
	hs := newHarness(t, testStore(t), 120, 30)
	hs.keys("3", "/")
	hs.typeText("kind:online_meeting")
	hs.waitIdle()
	if got := hs.screen(); !strings.Contains(got, "2 matched") || strings.Contains(got, "Sixth Asia") {
		t.Fatalf("filter not applied:\n%s", got)
	}
	// A half-typed filter says what is wrong.
	hs.typeText(" goal:")
	hs.waitIdle()
	if got := hs.screen(); !strings.Contains(got, "needs a value") {
		t.Fatalf("bad filter:\n%s", got)
	}
	hs.typeText("9")
	hs.waitIdle()
	if got := hs.screen(); !strings.Contains(got, "No entries match") {
		t.Fatalf("goal:9:\n%s", got)
	}
	hs.keys("esc")
	hs.waitIdle()
	if got := hs.screen(); strings.Contains(got, "matched") || !strings.Contains(got, "1 of 5") {
		t.Fatalf("esc did not clear the filter:\n%s", got)
	}
	// Keys typed into the bar are not commands: q does not quit.
	hs.keys("/")
	_, cmd := hs.m.Update(keyMsg("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q in the filter bar quit")
		}
	}
}

func TestEditDeleteUndo(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	hs := newHarness(t, st, 120, 30)
	hs.keys("3", "e")
	hs.waitIdle()
	if hs.m.form == nil || !strings.Contains(hs.screen(), "Edit entry #5") {
		t.Fatalf("e does not open the editor:\n%s", hs.screen())
	}
	hs.keys("enter", "enter", "enter", "enter") // date, kind, partners, goals
	hs.typeText(" — revised")
	hs.keys("enter", "enter")
	hs.waitIdle()
	if e, _ := st.Entry(ctx, 5); !strings.HasSuffix(e.Title, "(online) — revised") || e.Author != "seed" {
		t.Fatalf("after edit: %q by %q", e.Title, e.Author)
	}
	hs.keys("u")
	hs.waitIdle()
	if e, _ := st.Entry(ctx, 5); strings.Contains(e.Title, "revised") {
		t.Fatalf("undo did not restore the title: %q", e.Title)
	}
	// Delete asks first; n keeps the entry.
	hs.keys("d")
	if !strings.Contains(hs.screen(), "Delete entry #5") {
		t.Fatalf("no confirmation:\n%s", hs.screen())
	}
	hs.keys("n")
	hs.waitIdle()
	if e, _ := st.Entry(ctx, 5); e.DeletedAt != "" {
		t.Fatal("n deleted the entry")
	}
	hs.keys("d", "y")
	hs.waitIdle()
	if e, _ := st.Entry(ctx, 5); e.DeletedAt == "" {
		t.Fatal("d y did not delete")
	}
	if strings.Contains(hs.screen(), "Sixth Asia") {
		t.Fatal("deleted entry still listed")
	}
	hs.keys("u")
	hs.waitIdle()
	if e, _ := st.Entry(ctx, 5); e.DeletedAt != "" {
		t.Fatal("u did not restore the deleted entry")
	}
	hs.keys("u", "u")
	hs.waitIdle()
	if !strings.Contains(hs.screen(), "Nothing to undo") {
		t.Fatalf("undo past the start:\n%s", hs.screen())
	}
}

func TestFailedSaveKeepsValues(t *testing.T) {
	st := testStore(t)
	hs := newHarness(t, st, 120, 40)
	hs.keys("3", "e", "enter")
	// The newest entry is a conference; request is five kinds further down.
	for range 5 {
		hs.keys("down")
	}
	hs.keys("enter", "enter", "enter", "enter", "enter") // kind, partners, goals, title, summary
	hs.typeText("2025-04-21")
	hs.keys("enter")
	hs.typeText("2025-04-20") // first response before opened
	hs.keys("enter", "enter", "enter")
	hs.waitIdle()
	got := hs.screen()
	if hs.m.form == nil || !strings.Contains(got, "2025-04-20\" is before the") {
		t.Fatalf("no error after a bad save:\n%s", got)
	}
	if e, _ := st.Entry(context.Background(), 5); e.Kind != store.KindConference {
		t.Fatal("a failed save wrote")
	}
	// The values are still there.
	hs.keys("enter", "enter", "enter", "enter", "enter", "enter")
	hs.waitIdle()
	if got := hs.screen(); !strings.Contains(got, "2025-04-20") || !strings.Contains(got, "2025-04-21") {
		t.Fatalf("typed dates lost:\n%s", got)
	}
}

// TestKeysDuringFieldMove types into the next field before huh has moved
// the focus, as a fast typist or a paste does.
func TestKeysDuringFieldMove(t *testing.T) {
	st := testStore(t)
	hs := newHarness(t, st, 100, 30)
	hs.keys("a", "enter", "enter", "x", "enter", "x", "enter")
	hs.waitIdle()
	hs.typeText("Title")
	_, move := hs.m.Update(keyMsg("enter")) // the move is under way…
	for _, r := range "Summary" {           // …and keys arrive before it ends
		hs.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	hs.run(move)
	hs.keys("enter")
	hs.waitIdle()
	page, _ := st.Entries(context.Background(), 0, 1)
	if e := page.Entries[0]; e.Title != "Title" || e.Summary != "Summary" {
		t.Fatalf("title %q, summary %q", e.Title, e.Summary)
	}
}

func TestPartnersAddArchive(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	hs := newHarness(t, st, 120, 40)
	hs.keys("2", "n")
	hs.typeText("Federation of Thai Automobile Workers")
	hs.keys("enter")
	hs.typeText("TAW")
	hs.keys("enter", "down", "enter", "/")
	hs.typeText("thai")
	hs.keys("enter")
	hs.typeText("2013")
	hs.keys("enter", "enter", "enter", "enter")
	hs.waitIdle()
	p, err := st.ResolvePartner(ctx, "TAW")
	if err != nil || p.CountryCode != "TH" || p.Kind != store.KindFederation || p.Since != 2013 {
		t.Fatalf("added %+v, %v", p, err)
	}
	// Find it in the list and archive it.
	for range 30 {
		if sel, ok := hs.m.partners.selected(); ok && sel.ID == p.ID {
			break
		}
		hs.keys("down")
		hs.waitIdle()
	}
	hs.keys("d", "y")
	hs.waitIdle()
	if p, _ := st.Partner(ctx, p.ID); !p.Archived {
		t.Fatal("d y did not archive")
	}
	if strings.Contains(hs.screen(), "TAW Federation") {
		t.Fatalf("archived partner still listed:\n%s", hs.screen())
	}
	hs.keys("h")
	hs.waitIdle()
	if !strings.Contains(hs.screen(), "TAW Federation") || !strings.Contains(hs.screen(), "including archived") {
		t.Fatalf("h does not show archived partners:\n%s", hs.screen())
	}
}

func TestFollowUpActions(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	hs := newHarness(t, st, 120, 40)
	hs.keys("3", "f")
	hs.typeText("Send the minutes")
	hs.keys("enter")
	hs.typeText("sato")
	hs.keys("enter")
	for range 10 {
		hs.keys("backspace")
	}
	hs.typeText("2026-11-20")
	hs.keys("enter")
	hs.waitIdle()
	as, _, _ := st.Actions(ctx, store.ActionQuery{})
	if len(as) != 1 || as[0].EntryID != 5 || as[0].Due != "2026-11-20" || as[0].Author != "tester" {
		t.Fatalf("actions %+v", as)
	}
	hs.keys("1")
	hs.waitIdle()
	if got := hs.screen(); !strings.Contains(got, "Send the minutes (sato) — due 2026-11-20 · overdue") {
		t.Fatalf("dashboard lacks the overdue action:\n%s", got)
	}
	hs.keys("4", "x")
	hs.waitIdle()
	if as, _, _ := st.Actions(ctx, store.ActionQuery{Open: true}); len(as) != 0 {
		t.Fatal("x did not mark the action done")
	}
	hs.keys("u")
	hs.waitIdle()
	if as, _, _ := st.Actions(ctx, store.ActionQuery{Open: true}); len(as) != 1 {
		t.Fatal("u did not reopen the action")
	}
}

// TestSeesOtherProcessWrites writes through a second connection, as another
// vision2030 process would, and checks the screen follows at the next poll.
func TestSeesOtherProcessWrites(t *testing.T) {
	st := testStore(t)
	hs := newHarness(t, st, 120, 30)
	hs.keys("3")
	hs.send(pollMsg{})
	hs.waitIdle()
	other, err := store.Open(context.Background(), st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.Now = func() time.Time { return now }
	if _, err := other.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-21", Kind: store.KindVisit,
		Title: "Written elsewhere", PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
		t.Fatal(err)
	}
	hs.send(pollMsg{})
	hs.waitIdle()
	if !strings.Contains(hs.screen(), "Written elsewhere") {
		t.Fatalf("another process's entry not shown after a poll:\n%s", hs.screen())
	}
}
