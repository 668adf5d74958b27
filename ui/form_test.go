package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	osexec "os/exec"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// newest is the newest live entry.
func newest(t *testing.T, st *store.Store) store.Entry {
	t.Helper()
	page, err := st.Entries(context.Background(), 0, 1)
	if err != nil || len(page.Entries) == 0 {
		t.Fatalf("no entry: %v", err)
	}
	return page.Entries[0]
}

func entryCount(t *testing.T, st *store.Store) int {
	t.Helper()
	page, err := st.Entries(context.Background(), 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	return page.Total
}

// TestConsultationInTwelveKeys logs a bilateral consultation with two
// partners, two goals and a summary of three lines, counting the keys that
// are not typed text: at most 12 (about 28 before).
func TestConsultationInTwelveKeys(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 80, 24)
	n := 0
	key := func(ks ...string) {
		n += len(ks)
		d.keys(ks...)
	}
	key("a")
	d.typeText("uaw")
	key("enter")
	d.typeText("jcm")
	key("enter")
	key("tab")
	key("1", "2")
	key("tab")
	d.typeText("Bilateral consultation in Detroit")
	key("tab")
	d.typeText("Met the international department.")
	key("enter")
	d.typeText("Agreed on a joint seminar in March.")
	key("enter")
	d.typeText("Next: a visit to the plant.")
	key("ctrl+s")
	if n > 12 {
		t.Errorf("%d keys besides the typed text, want at most 12", n)
	}
	e := newest(t, st)
	if e.Title != "Bilateral consultation in Detroit" || e.Kind != store.KindConsultation || e.Date != "2026-11-21" ||
		len(e.Partners) != 2 || len(e.Goals) != 2 || e.Author != "tester" ||
		e.Summary != "Met the international department.\nAgreed on a joint seminar in March.\nNext: a visit to the plant." {
		t.Fatalf("saved %+v", e)
	}
	if d.form() != nil || d.m.active != 2 {
		t.Fatalf("after the save: form %v, screen %d", d.form() != nil, d.m.active)
	}
	d.contains("Entry #", "added", "Bilateral consultation in Detroit")
}

// TestAddEntryThroughForm fills every field of the form in order.
func TestAddEntryThroughForm(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 100, 30)
	d.keys("a")
	if d.form() == nil {
		t.Fatal("a does not open the form")
	}
	d.contains("esc cancel the form")
	d.keys("shift+tab", "shift+tab") // back to the date, over the kind
	d.keys("ctrl+u")
	d.typeText("yesterday")
	d.contains("→ 2026-11-20 (Fri, 1 day ago)")
	d.keys("enter")           // kind: consultation
	d.keys("v")               // visit, by its first letter
	d.keys("enter")           // to the partners
	d.keys("enter")           // the first partner
	d.keys("tab", "1", "tab") // goal 1
	d.typeText("Wage talks")
	d.keys("tab")
	d.typeText("Agreed to meet")
	d.keys("ctrl+s")
	if d.form() != nil {
		t.Fatalf("form still open:\n%s", d.screen())
	}
	e := newest(t, st)
	if e.Title != "Wage talks" || e.Date != "2026-11-20" || e.Kind != store.KindVisit || e.Author != "tester" ||
		len(e.Partners) != 1 || len(e.Goals) != 1 || e.Summary != "Agreed to meet" {
		t.Fatalf("saved %+v", e)
	}
	if d.m.active != 2 || !strings.Contains(lineWith(d.screen(), "▸"), "Wage talks") {
		t.Fatalf("the new entry is not selected:\n%s", d.screen())
	}
}

// TestFormKeepsWhatYouType: esc with changes asks, n keeps the form, y
// discards it; ctrl+c asks too; esc without changes just closes.
func TestFormKeepsWhatYouType(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	before := entryCount(t, st)
	d := newDriver(t, st, 100, 30)
	d.keys("a", "esc")
	if d.form() != nil || d.m.question != nil {
		t.Fatal("esc on an untouched form does not just close it")
	}
	d.keys("a", "tab", "tab")
	d.typeText("A long meeting summary")
	d.keys("esc")
	if d.form() == nil || d.m.question == nil {
		t.Fatal("esc with changes closed the form without asking")
	}
	d.contains("Discard what you typed")
	d.keys("n")
	if f := d.form(); f == nil || !strings.Contains(d.screen(), "A long meeting summary") {
		t.Fatalf("n lost the text:\n%s", d.screen())
	}
	d.keys("ctrl+c")
	if d.quit || d.m.question == nil {
		t.Fatal("ctrl+c with changes quit without asking")
	}
	d.keys("esc") // no
	if d.quit || d.form() == nil {
		t.Fatal("no to quitting lost the form")
	}
	d.keys("esc", "y")
	if d.form() != nil {
		t.Fatal("y did not discard the form")
	}
	if entryCount(t, st) != before {
		t.Fatal("a cancelled form wrote an entry")
	}
	d.keys("a", "tab", "tab")
	d.typeText("x")
	d.keys("ctrl+c", "y")
	if !d.quit {
		t.Fatal("yes to quitting did not quit")
	}
}

// TestValidatedOnLeave: nothing is said about a field on arrival, nor on
// passing through it empty; one the user typed into and emptied says it is
// required when left, and so does every empty one once the user tried to
// save; fixing it clears the message.
func TestValidatedOnLeave(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("a")
	d.lacks("required")
	d.keys("tab", "tab") // past the partners and the goals, nothing chosen
	d.lacks("required")
	d.typeText("x")
	d.keys("backspace", "tab") // the title typed into and emptied
	d.contains("title: required")
	d.lacks("partners: choose at least one", "goals: choose at least one")
	d.keys("shift+tab")
	d.typeText("A title")
	d.lacks("title: required")
	// Saving checks every field and puts the cursor on the first at fault.
	d.keys("ctrl+s")
	d.contains("partners: choose at least one")
	if f := d.form(); f == nil || f.fields[f.focus].name() != "partners" {
		t.Fatalf("the cursor is not on the partners")
	}
	d.keys("enter")
	d.lacks("partners: choose at least one")
	d.keys("ctrl+s")
	d.contains("goals: choose at least one")
	if f := d.form(); f == nil || f.fields[f.focus].name() != "goals" {
		t.Fatalf("the cursor is not on the goals")
	}
	// A field the form checks itself: the partners.
	d.keys("esc", "y", "a", "tab", "tab")
	d.typeText("Another title")
	d.keys("ctrl+s")
	if f := d.form(); f == nil || f.fields[f.focus].name() != "partners" {
		t.Fatalf("the cursor is not on the partners")
	}
}

// TestFailedSaveKeepsValues: a request whose first response comes before
// its opening is refused; the cursor goes to the field at fault, the
// message names the other date, and what was typed stays.
func TestFailedSaveKeepsValues(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 120, 40)
	d.keys("3", "e")
	d.contains("Edit entry #4")
	d.keys("tab", "7") // kind: request
	d.keys("tab")
	d.typeText("2025-04-23") // opened, after the entry's date
	d.keys("tab")
	d.typeText("2025-04-22") // first response: after the date, before the opening
	d.keys("ctrl+s")
	if d.form() == nil {
		t.Fatal("the form closed")
	}
	d.contains(`first response: "2025-04-22" is before the opened date ("2025-04-23")`)
	if f := d.form(); f.fields[f.focus].name() != "first response" {
		t.Fatalf("the cursor is on %q, not on the first response", f.fields[f.focus].name())
	}
	if e, _ := st.Entry(context.Background(), 4); e.Kind != store.KindConference {
		t.Fatal("a failed save wrote")
	}
	d.contains("2025-04-22", "2025-04-23")
}

// TestPickerWithoutTraps: the filter starts empty, says when nothing
// matches, enter on no match picks nothing, esc clears the filter without
// leaving the form, and what is chosen stays in view.
func TestPickerWithoutTraps(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("a")
	d.typeText("uaw")
	d.keys("enter")
	d.contains("1 chosen: UAW")
	d.typeText("afl")
	d.contains("/ afl") // the filter started empty: not "uawafl"
	d.keys("enter")
	d.contains("2 chosen: UAW, AFL-CIO")
	d.typeText("no such union")
	d.contains(`no match for “no such union”`)
	d.keys("enter")
	d.contains("2 chosen: UAW, AFL-CIO")
	d.keys("esc")
	if d.form() == nil || d.m.question != nil {
		t.Fatal("esc in the filter left the form")
	}
	d.lacks("no match")
	// Leaving and coming back: the filter is empty again.
	d.typeText("ilo")
	d.keys("tab", "shift+tab")
	d.lacks("/ ilo")
	d.contains("2 chosen: UAW, AFL-CIO")
}

// TestEditShowsPartnersChosen: editing an entry shows its partners chosen
// and the cursor on the first of them.
func TestEditShowsPartnersChosen(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("3", "e", "tab", "tab")
	d.contains("3 chosen: IndustriALL, ILO Japan, ILO-ACTRAV")
	if !strings.Contains(lineWith(d.screen(), "▸ [●]"), "ILO") {
		t.Fatalf("the cursor is not on a chosen partner:\n%s", d.screen())
	}
}

// TestChoiceByLetterOrNumber: a kind is chosen by its first letter (again
// for the next with it) or its number.
func TestChoiceByLetterOrNumber(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("a", "shift+tab")
	f := d.form()
	kind := f.field("kind").(*choiceField[store.EntryKind])
	for _, tt := range []struct {
		key  string
		want store.EntryKind
	}{{"c", store.KindConference}, {"c", store.KindCorrespondence}, {"c", store.KindConsultation}, {"7", store.KindRequest},
		{"n", store.KindNews}, {"2", store.KindConference}} {
		d.keys(tt.key)
		if kind.value() != tt.want {
			t.Fatalf("after %s: %s, want %s", tt.key, kind.value(), tt.want)
		}
	}
}

// TestDateWords: a date field takes today, yesterday, -3d, +7d, 2w and
// shows the date they mean as the user types. A bare amount counts back
// in a field that looks back (an entry's date) and forward in one that
// looks ahead (an action's due date); a sign means the same everywhere.
func TestDateWords(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	c := d.m.c
	for _, tt := range []struct {
		typed string
		ahead bool
		want  string
	}{
		{"today", false, "2026-11-21"}, {"yesterday", false, "2026-11-20"}, {"-3d", false, "2026-11-18"}, {"3d", false, "2026-11-18"},
		{"+7d", false, "2026-11-28"}, {"2w", false, "2026-11-07"}, {"1m", false, "2026-10-21"}, {"2026-01-02", false, "2026-01-02"}, {"soon", false, "soon"},
		{"2w", true, "2026-12-05"}, {"3d", true, "2026-11-24"}, {"1m", true, "2026-12-21"},
		{"-3d", true, "2026-11-18"}, {"+7d", true, "2026-11-28"}, {"today", true, "2026-11-21"},
		// Written as an import reads it.
		{"2026/11/20", false, "2026-11-20"}, {"令和8年11月20日", false, "2026-11-20"}, {"R8.11.20", true, "2026-11-20"},
		{"2026年11月20日", false, "2026-11-20"}, {"２０２６－１１－２０", false, "2026-11-20"}, {"2026/02/30", false, "2026/02/30"},
	} {
		if got, _ := resolveDate(c, tt.typed, tt.ahead); got != tt.want {
			t.Errorf("%q (ahead %v): %q, want %q", tt.typed, tt.ahead, got, tt.want)
		}
	}
	d.keys("3", "f", "tab", "tab", "ctrl+u")
	d.typeText("+7d")
	d.contains("+7d", "→ 2026-11-28 (Sat, in 7 days)")
	d.keys("esc", "esc", "a", "shift+tab", "shift+tab", "ctrl+u")
	d.contains(c.T.FormDateHint)
	d.typeText("2w")
	d.contains("→ 2026-11-07 (Sat, 14 days ago)")
	d.keys("ctrl+u")
	d.typeText("2026/11/20")
	d.contains("→ 2026-11-20 (Fri, 1 day ago)")
	if got := d.form().field("date").(*dateField).value(); got != "2026-11-20" {
		t.Errorf("2026/11/20 is saved as %q", got)
	}
}

// TestEraDateInForm: a date in Japan's era calendar is read in a form as
// an import reads it, and shown as the ISO date it is.
func TestEraDateInForm(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 100, 30, withLang(i18n.Japanese))
	d.keys("a")
	d.typeText("uaw")
	d.keys("enter", "shift+tab", "shift+tab", "ctrl+u")
	d.typeText("令和8年11月20日")
	d.contains("2026-11-20（金、1日前）")
	d.keys("ctrl+u")
	d.typeText("R8.11.19")
	d.contains("2026-11-19（木、2日前）")
	d.keys("tab", "tab", "tab", "1", "tab")
	d.typeText("和暦の日付")
	d.keys("ctrl+s")
	if e := newest(t, st); e.Title != "和暦の日付" || e.Date != "2026-11-19" {
		t.Fatalf("saved %q on %s, want 和暦の日付 on 2026-11-19\n%s", e.Title, e.Date, d.screen())
	}
}

// TestDueDateLooksAhead: in an action's due date, 2w is in two weeks, and
// the field says so before anything is typed and as it is typed.
func TestDueDateLooksAhead(t *testing.T) {
	t.Parallel()
	for _, lang := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		d := newDriver(t, testStore(t), 100, 30, withLang(lang))
		d.keys("3", "f", "tab", "tab", "ctrl+u")
		due := d.form().field("due").(*dateField)
		d.contains(lang.FormAheadDate)
		d.typeText("2w")
		if got := due.value(); got != "2026-12-05" {
			t.Errorf("%s: 2w in the due date is %s, want 2026-12-05", lang.Lang, got)
		}
		d.contains("2026-12-05", lang.DateAhead.N(14))
	}
}

// TestDraftOfferedAfterACrash: what is typed is kept in the database every
// few seconds; the next dashboard (after a crash) offers it back.
func TestDraftOfferedAfterACrash(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 100, 30)
	d.keys("a")
	d.typeText("uaw")
	d.keys("enter", "tab", "1", "tab")
	d.typeText("Half a meeting")
	d.advance(draftInterval)
	if _, ok, _ := st.LoadDraft(context.Background(), "tester", "entry:new"); !ok {
		t.Fatal("no draft after a few seconds")
	}
	// Another session, as after a crash: nothing was saved, the draft is
	// offered.
	d2 := newDriver(t, st, 100, 30)
	d2.keys("a")
	d2.contains("This form has a draft")
	d2.keys("y")
	d2.contains("Half a meeting", "1 chosen: UAW")
	d2.typeText(" continued")
	d2.keys("tab")
	d2.typeText("x")
	d2.keys("ctrl+s")
	if e := newest(t, st); e.Title != "Half a meeting continued" {
		t.Fatalf("saved %q", e.Title)
	}
	if _, ok, _ := st.LoadDraft(context.Background(), "tester", "entry:new"); ok {
		t.Fatal("the draft stays after the save")
	}
	// No to a draft deletes it.
	d2.keys("a")
	d2.typeText("abc")
	d2.advance(draftInterval)
	d3 := newDriver(t, st, 100, 30)
	d3.keys("a", "n")
	if _, ok, _ := st.LoadDraft(context.Background(), "tester", "entry:new"); ok {
		t.Fatal("no to the draft kept it")
	}
}

// TestSaveUnchangedWritesNothing: saving a form nobody changed writes
// nothing, and untouched text (CRLF, tabs, controls) stays byte for byte.
func TestSaveUnchangedWritesNothing(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	title := "Tabs\tand \x1b[31mcolour\x1b[0m \u202eand a bell\x07"
	summary := "Line one\r\n\tindented code\r\n\r\nend\x07"
	id, err := st.AddEntry(ctx, store.NewEntry{Date: "2026-11-21", Kind: store.KindVisit, Title: title, Summary: summary,
		PartnerIDs: []int64{1}, GoalIDs: []int{1}})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := st.Entry(ctx, id)
	d := newDriver(t, st, 100, 30)
	d.keys("3", "e")
	// Enter through every field, as a user checking each one would.
	for range 4 {
		d.keys("tab")
	}
	d.keys("ctrl+s")
	d.contains("Nothing changed")
	after, _ := st.Entry(ctx, id)
	if after.Version != before.Version || after.UpdatedAt != before.UpdatedAt {
		t.Fatal("an unchanged form wrote")
	}
	// Changing the date alone leaves the text as it was.
	d.keys("e", "ctrl+u")
	d.typeText("2026-11-20")
	d.keys("ctrl+s")
	after, _ = st.Entry(ctx, id)
	if after.Date != "2026-11-20" || after.Title != title || after.Summary != summary {
		t.Fatalf("saved date %q title %q summary %q", after.Date, after.Title, after.Summary)
	}
}

// TestControlsVisibleWhileEditing: control characters and bidirectional
// overrides show as placeholders in the form, never reaching the
// terminal.
func TestControlsVisibleWhileEditing(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-21", Kind: store.KindVisit,
		Title: "gnp.\u202eexe\x1b[2J", Summary: "a\tb\x07", PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, 100, 30)
	d.keys("3", "e")
	d.typeText("") // the form is open
	raw := d.m.Render()
	for _, bad := range []string{"\u202e", "\x1b[2J", "\x07", "\t"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the form's raw output holds %q", bad)
		}
	}
	d.contains("gnp.<U+202E>exe␛[2J", "a␉b␇")
	// Typing into such a field keeps the controls.
	for range 6 {
		d.keys("tab")
	}
	d.keys("tab", "tab", "tab", "tab")
}

// TestEditorReadsBack: ctrl+e in the summary hands it to $VISUAL and
// reads the file back.
func TestEditorReadsBack(t *testing.T) {
	dir := t.TempDir()
	editor := filepath.Join(dir, "editor.sh")
	if err := os.WriteFile(editor, []byte("#!/bin/sh\nprintf 'from the editor\\n' >> \"$1\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", editor)
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("a", "tab", "tab", "tab")
	d.typeText("typed ")
	_, cmd := d.m.Update(keyMsg("ctrl+e"))
	if cmd == nil {
		t.Fatal("ctrl+e asks for nothing")
	}
	f := d.form()
	if f.editing != "summary" {
		t.Fatalf("ctrl+e edits %q", f.editing)
	}
	// The runtime runs the editor; here the command runs it directly.
	d.run(f.Update(editorDone(t, f)))
	if got := f.field("summary").(*textField).value(); got != "typed from the editor\n" {
		t.Fatalf("summary %q", got)
	}
}

// editorDone runs the editor as tea.ExecProcess would and returns its
// message.
func editorDone(t *testing.T, f *form) tea.Msg {
	t.Helper()
	tf := f.field(f.editing).(*textField)
	path := filepath.Join(t.TempDir(), "summary.md")
	os.WriteFile(path, []byte(tf.value()), 0o644)
	cmd := osexec.Command(os.Getenv("VISUAL"), path)
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	return editorDoneMsg{to{f.id}, string(b), nil}
}

// TestConflictShowsBoth: a field changed elsewhere since the form opened
// is shown with both values; keeping theirs saves the rest.
func TestConflictShowsBoth(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 100, 30)
	d.keys("3", "e")
	theirs := "Renamed elsewhere"
	if _, err := st.PatchEntry(ctx, 4, store.EntryPatch{Title: &theirs}); err != nil {
		t.Fatal(err)
	}
	d.keys("tab", "tab", "tab", "tab", "ctrl+u")
	d.typeText("Renamed here")
	d.keys("tab", "ctrl+e") // no editor set: a word, nothing else
	d.typeText("New summary")
	d.keys("ctrl+s")
	d.contains("Changed elsewhere meanwhile", "“Renamed here”", "“Renamed elsewhere”")
	// The field under the form's label, and when the other change was saved.
	d.contains("▸ Title\n", "Saved elsewhere at 2026-11-21 09:30 UTC; by whom is not recorded.")
	d.lacks("▸ title")
	d.keys("space", "enter") // keep theirs
	e, _ := st.Entry(ctx, 4)
	if e.Title != theirs || !strings.HasPrefix(e.Summary, "New summary") {
		t.Fatalf("title %q, summary %q", e.Title, e.Summary)
	}
	if d.form() != nil {
		t.Fatal("the form stays open after the save")
	}
}

// TestConflictSaysWho: two people edit one entry in two sessions, each
// with its own author; the one who saves second is told who saved first.
func TestConflictSaysWho(t *testing.T) {
	t.Parallel()
	for _, lang := range []struct {
		cat  *i18n.Catalogue
		want string
	}{
		{i18n.English, "Saved elsewhere by tanaka at 2026-11-21 09:30 UTC."},
		{i18n.Japanese, "tanaka が 2026-11-21 09:30 UTC にほかの場所で保存しました。"},
	} {
		st := testStore(t)
		other, err := store.Open(context.Background(), st.Path())
		if err != nil {
			t.Fatal(err)
		}
		other.Now = st.Now
		t.Cleanup(func() { other.Close() })
		sato := newDriver(t, st, 100, 30, withAuthor("sato"), withLang(lang.cat))
		tanaka := newDriver(t, other, 100, 30, withAuthor("tanaka"), withLang(lang.cat))
		sato.keys("3", "e")
		tanaka.keys("3", "e", "tab", "tab", "tab", "tab", "ctrl+u")
		tanaka.typeText("Tanaka's title")
		tanaka.keys("ctrl+s")
		if tanaka.form() != nil {
			t.Fatal("tanaka's form stays open after the save")
		}
		sato.keys("tab", "tab", "tab", "tab", "ctrl+u")
		sato.typeText("Sato's title")
		sato.keys("ctrl+s")
		sato.contains("Sato's title", "Tanaka's title", lang.want)
	}
}

// TestUndoAsksBeforeOverwriting: undoing an edit that someone changed
// since asks, saying what it would overwrite.
func TestUndoAsksBeforeOverwriting(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	d := newDriver(t, st, 100, 30)
	d.keys("3", "e", "tab", "tab", "tab", "tab", "ctrl+u")
	d.typeText("Mine")
	d.keys("ctrl+s")
	later := "Theirs, later"
	if _, err := st.PatchEntry(ctx, 4, store.EntryPatch{Title: &later}); err != nil {
		t.Fatal(err)
	}
	d.keys("u")
	d.contains("Undo editing entry #4?", "overwrites title “Theirs, later”")
	d.keys("n")
	if e, _ := st.Entry(ctx, 4); e.Title != later {
		t.Fatal("no still undid")
	}
	d.keys("u", "y")
	if e, _ := st.Entry(ctx, 4); e.Title != "Sixth Asia Automobile Trade Union Conference (online)" {
		t.Fatalf("after yes: %q", e.Title)
	}
	d.contains("Undone: editing entry #4.")
}

// TestKindChangeAsksBeforeDropping: changing a request's kind asks before
// dropping its dates.
func TestKindChangeAsksBeforeDropping(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	id, err := st.AddEntry(ctx, store.NewEntry{Date: "2026-11-02", Kind: store.KindRequest, Title: "Plant closure question",
		PartnerIDs: []int64{2}, GoalIDs: []int{1}, Opened: "2026-11-02", FirstResponse: "2026-11-05", CameFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, 100, 30)
	d.keys("3", "e", "tab", "4") // visit
	d.keys("ctrl+s")
	d.contains("would be dropped", "opened “2026-11-02”", "first response “2026-11-05”")
	d.keys("n")
	if e, _ := st.Entry(ctx, id); e.Kind != store.KindRequest {
		t.Fatal("no still dropped")
	}
	d.keys("ctrl+s", "y")
	if e, _ := st.Entry(ctx, id); e.Kind != store.KindVisit || e.Opened != "" || e.CameFirst {
		t.Fatalf("after yes: %+v", e)
	}
}

// TestReadOnlyRefusesWrites: a read-only file says so in the header and
// refuses every write in one sentence.
func TestReadOnlyRefusesWrites(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	path := st.Path()
	st.Close()
	ro, err := store.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	d := newDriver(t, ro, 100, 30)
	if !strings.HasSuffix(strings.TrimSpace(strings.Split(d.screen(), "\n")[0]), "read-only") {
		t.Fatalf("no read-only in the header:\n%s", d.screen())
	}
	for _, keys := range [][]string{{"a"}, {"3", "e"}, {"3", "d"}, {"2", "n"}} {
		d.keys(keys...)
		if d.form() != nil || d.m.question != nil {
			t.Fatalf("%v opened a form or asked on a read-only file", keys)
		}
		d.contains("is open read-only")
		d.keys("esc")
	}
	d.lacks("a add entry")
}

// TestDamagedBanner: a damaged file shows a banner instead of offering to
// add an entry.
func TestDamagedBanner(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	path := st.Path()
	st.Close()
	if err := os.WriteFile(path+".damaged", []byte("test"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !st.Damaged() {
		t.Fatal("the damage mark does not mark the store damaged")
	}
	d := newDriver(t, st, 100, 30)
	d.contains("is damaged", "vision2030 check")
	d.lacks("add entry")
	d.keys("a")
	if d.form() != nil {
		t.Fatal("a opened a form on a damaged file")
	}
}

// TestCancelledQuery: a newer keystroke in the filter cancels the query
// of the one before, and its late answer is dropped.
func TestCancelledQuery(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("3", "/")
	_, first := d.m.Update(keyMsg("w"))
	_, second := d.m.Update(keyMsg("a"))
	var old entriesMsg
	for _, msg := range collect(t, first) {
		if m, ok := msg.(entriesMsg); ok {
			old = m
		}
	}
	if !errors.Is(old.err, context.Canceled) {
		t.Fatalf("the older query was not cancelled: %v", old.err)
	}
	d.send(old) // late: dropped
	d.run(second)
	d.contains("wa")
	s := d.m.tabs[2].(*entriesScreen)
	if len(s.filter.Text) != 1 || s.filter.Text[0] != "wa" || !s.list.loaded {
		t.Fatalf("filter %q loaded %v", s.filter.String(), s.list.loaded)
	}
}

// TestSearchingAndCappedCounts: a slow query says "searching…"; counts
// above 10,000 show as 10,000+ until asked.
func TestSearchingAndCappedCounts(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("3", "/")
	_, cmd := d.m.Update(keyMsg("w"))
	// The query has not answered yet when the timer fires.
	var answer tea.Msg
	for _, msg := range collect(t, cmd) {
		if _, ok := msg.(timerSet); ok {
			d.run(msgCmd(msg))
		} else {
			answer = msg
		}
	}
	d.advance(slowQuery)
	d.contains("searching…")
	d.send(answer)
	d.lacks("searching…")
	s := d.m.tabs[2].(*entriesScreen)
	s.list.total, s.more = store.CountCap, true // as the store answers when it stops counting
	if got := s.count(); got != "10,000+ matched" {
		t.Fatalf("count %q", got)
	}
	d.keys("esc")
	s.list.total, s.more = store.CountCap, true // the unfiltered list, capped too
	d.keys("c")
	if !s.exact {
		t.Fatal("c does not ask for the exact count")
	}
	s.list.total, s.more = 123456, false
	if got := s.count(); got != "123,456 entries" {
		t.Fatalf("count after c: %q", got)
	}
	// A count that is whole already says so.
	s.exact = false
	d.keys("c")
	d.contains("All 123,456 are counted already.")
}

// TestDeletedNoticesFit: what a form says of an entry deleted meanwhile
// fits one line of an 80-column form, in both languages, for ids up to
// seven digits (the form's notice line is cut, not wrapped).
func TestDeletedNoticesFit(t *testing.T) {
	t.Parallel()
	for _, cat := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		for _, format := range []string{cat.EntryDeletedWhileEditing, cat.FollowUpEntryDeleted} {
			if s := fmt.Sprintf(format, 9999999); render.Width(s) > 80 {
				t.Errorf("%d columns: %s", render.Width(s), s)
			}
		}
	}
}
