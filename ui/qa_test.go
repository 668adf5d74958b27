package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"vision2030/i18n"
	"vision2030/store"
)

// Findings of the QA session in tmux (80×24, English and Japanese).

// longEntryStore is the seeded database with one entry whose summary is
// far longer than any pane.
func longEntryStore(t *testing.T) *store.Store {
	t.Helper()
	st := testStore(t)
	var b strings.Builder
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "Paragraph %d of the long summary.\n\n", i)
	}
	b.WriteString("The last words of the summary.")
	if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-21", Kind: store.KindVisit,
		Title: "A long visit", Summary: b.String(), PartnerIDs: []int64{2}, GoalIDs: []int{1}}); err != nil {
		t.Fatal(err)
	}
	return st
}

// A pane that cuts a long summary says there is more, in the user's
// language: the entries screen's detail pane and the entry's own screen.
func TestCutSummarySaysMore(t *testing.T) {
	t.Parallel()
	for _, lang := range []struct {
		c    *i18n.Catalogue
		more string
	}{{i18n.English, "more lines below"}, {i18n.Japanese, "下にあと"}} {
		st := longEntryStore(t)
		d := newDriver(t, st, 80, 24, withLang(lang.c))
		d.keys("3")
		d.contains("↓", lang.more)
		d.lacks("The last words of the summary.")
		d.keys("enter")
		d.contains("Paragraph 1 ", "↓", lang.more)
		d.keys("G")
		d.contains("The last words of the summary.")
		d.lacks(lang.more)
	}
}

// A goal's short title on the partner screen wraps in its column when the
// line has no room, rather than ending in "…".
func TestPartnerGoalTitlesWrap(t *testing.T) {
	t.Parallel()
	d := newDriver(t, drillStore(t), 80, 24)
	d.keys("enter", "down", "enter", "down", "enter")
	d.contains("2 Constructive labour–management", "  relations")
	d.lacks("managemen…")
}
