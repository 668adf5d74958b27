package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"vision2030/i18n"
	"vision2030/render"
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

// The partners list shares its width by need: the kind whole (in its
// short words when the full ones would take over a quarter of the list),
// a long name shortened before its short name, which stays.
func TestPartnersColumnsShareByNeed(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	for _, c := range []struct {
		lang      *i18n.Catalogue
		w         int
		want, bad []string
	}{
		{i18n.English, 80, []string{"international org.", "(Keidanren)", "(JTUC-RENGO)"}, []string{"international o…", "Keidanre…"}},
		{i18n.English, 120, []string{"intl. org.", "(Keidanren)", "nat. centre"}, []string{"internationa…", "national cen…"}},
		{i18n.Japanese, 80, []string{"グローバル・ユニオン", "（IndustriALL）"}, []string{"グローバル・ユ…"}},
		{i18n.Japanese, 120, []string{"国際産別", "（IndustriALL）"}, []string{"グローバル・ユ…"}},
	} {
		d := newDriver(t, st, c.w, 24, withLang(c.lang))
		d.keys("2")
		checkFits(t, d.m.Render(), c.w, 24)
		d.contains(c.want...)
		d.lacks(c.bad...)
	}
}

// The forms cut no words where there is room: a label too long for its
// column wraps, a one-line field opens showing the start of its text, a
// hint wraps over the lines of its box.
func TestFormsCutNoWords(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24)
	d.keys("enter", "e")
	d.contains("Japanese confirmed by", "Securing fundamental labour rights")
	d.lacks("by …", " bour rights throughout")
	lines := strings.Split(d.screen(), "\n")
	for i, l := range lines {
		if strings.Contains(l, "Japanese confirmed by") && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) != "JAW") {
			t.Fatalf("the label does not wrap beside its value:\n%s", d.screen())
		}
	}
	d = newDriver(t, testStore(t), 80, 24)
	d.keys("a", "shift+tab", "7") // a request: the label column is wider
	d.contains("ctrl+e opens your editor")
	d.lacks("ctrl+e opens your e…")
	d = newDriver(t, testStore(t), 80, 24, withLang(i18n.Japanese))
	d.keys("enter", "e")
	d.contains("Securing fundamental labour rights")
}

// A partners list scrolled into the middle of a country still names the
// country on its first row.
func TestScrolledPartnersKeepCountry(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24)
	d.keys("2")
	for range 9 {
		d.keys("down")
	}
	s := d.m.tabs[1].(*partnersScreen)
	if s.list.top == 0 {
		t.Fatal("the list did not scroll")
	}
	first, _ := s.list.at(s.list.top)
	prev, _ := s.list.at(s.list.top - 1)
	if first.CountryCode != prev.CountryCode {
		t.Fatalf("the test wants a list scrolled inside a country: %s after %s", first.CountryCode, prev.CountryCode)
	}
	row := strings.Split(d.screen(), "\n")[2] // the tab bar, the header
	// The country column, then the gap before the name.
	if !strings.HasPrefix(strings.TrimLeft(row, " ▸"), d.m.c.countryName(first.CountryCode)+"  ") {
		t.Fatalf("the first row does not name its country:\n%s", d.screen())
	}
}

// The goal screen opens with its selected row (the first country) in
// view, in both languages and at a short height.
func TestGoalSelectionInView(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	for _, c := range []struct {
		lang *i18n.Catalogue
		h    int
	}{{i18n.English, 24}, {i18n.Japanese, 24}, {i18n.English, 16}} {
		d := newDriver(t, st, 80, c.h, withLang(c.lang))
		d.keys("enter")
		s := d.m.top().(*goalScreen)
		country := d.m.c.countryName(s.cs[0].Country.Code)
		found := false
		for _, l := range strings.Split(d.screen(), "\n") {
			if strings.HasPrefix(l, render.Glyphs().Marker) && strings.Contains(l, country) {
				found = true
			}
		}
		if !found {
			t.Fatalf("%d lines: the selected country %s is not in view:\n%s", c.h, country, d.screen())
		}
		d.send(tea.WindowSizeMsg{Width: 80, Height: c.h - 4})
		if !strings.Contains(d.screen(), render.Glyphs().Marker) {
			t.Fatalf("after a resize the selection is not in view:\n%s", d.screen())
		}
		// A page down that scrolls the selection away takes it along: to
		// the first row on screen or after it, not left above.
		d.keys("pgdown")
		if s := d.m.top().(*goalScreen); s.vp.YOffset() > 0 && s.lines[s.cursor] < s.vp.YOffset() {
			t.Fatalf("after a page down the selection (line %d) is above the screen (from %d):\n%s",
				s.lines[s.cursor], s.vp.YOffset(), d.screen())
		}
		// Pages down reach the last row, shown, and pages up the first
		// (with the top of the screen in view).
		s = d.m.top().(*goalScreen)
		for range 10 {
			d.keys("pgdown")
		}
		if s.cursor != len(s.lines)-1 || !strings.Contains(d.screen(), render.Glyphs().Marker) {
			t.Fatalf("after pages down: row %d of %d:\n%s", s.cursor, len(s.lines), d.screen())
		}
		for range 10 {
			d.keys("pgup")
		}
		if s.cursor != 0 || s.vp.YOffset() != 0 {
			t.Fatalf("after pages up: row %d, the screen from line %d:\n%s", s.cursor, s.vp.YOffset(), d.screen())
		}
	}
}

// A partner reached through a goal (goal → country → partner) shows that
// goal's entries, says so, and h shows them all and back.
func TestPartnerTimelineFollowsTheGoal(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: "2026-10-01", Kind: store.KindVisit,
		Title: "Wage talks visit", PartnerIDs: []int64{2}, GoalIDs: []int{2}}); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, 80, 24)
	d.keys("enter", "down", "enter", "down", "enter")
	d.contains("UAW", "Plant closure question", "goal 1 only · h shows all", "h all goals")
	d.lacks("Wage talks visit")
	d.keys("h")
	d.contains("Plant closure question", "Wage talks visit", "1 of 2 · all goals · h shows goal 1 only")
	d.keys("h")
	d.lacks("Wage talks visit")
	d.keys("enter") // the cursor is on the goal's entry
	d.contains("They asked about layoffs")

	// Reached from the partners list, the timeline is whole and says
	// nothing of goals.
	d = newDriver(t, st, 80, 24)
	d.keys("2", "/")
	d.typeText("UAW")
	d.keys("enter", "enter")
	d.contains("Wage talks visit", "Plant closure question")
	d.lacks("goal 1 only", "all goals")

	d = newDriver(t, st, 80, 24, withLang(i18n.Japanese))
	d.keys("enter", "enter", "enter") // 目標1 → 米国 (the only country) → the first partner
	d.contains("目標1のみ · h ですべて表示")
}

// The goal and partner screens say there is more below, on a line of
// their own: the selected line is never under the sign.
func TestScreensSayMoreBelow(t *testing.T) {
	t.Parallel()
	d := newDriver(t, drillStore(t), 80, 24)
	d.keys("enter")
	d.contains("↓", "more lines below")
	g := d.m.top().(*goalScreen)
	for range g.items() {
		d.keys("down")
		if !strings.Contains(d.screen(), render.Glyphs().Marker) {
			t.Fatalf("the selection went under the sign:\n%s", d.screen())
		}
	}
	d.keys("G")
	d.lacks("more lines below")
	d.keys("?") // the keys, too
	d.contains("more lines below")
	d.keys("G")
	d.lacks("more lines below")
	d.keys("?")

	st := testStore(t)
	for i := range 30 {
		if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: fmt.Sprintf("2026-10-%02d", 1+i), Kind: store.KindVisit,
			Title: fmt.Sprintf("Visit %d", i+1), PartnerIDs: []int64{2}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
	}
	d = newDriver(t, st, 80, 24)
	d.keys("2", "/")
	d.typeText("UAW")
	d.keys("enter", "enter")
	d.contains("UAW", "more lines below")
	for range 30 {
		d.keys("down")
		if !strings.Contains(d.screen(), render.Glyphs().Marker) {
			t.Fatalf("the selection went under the sign:\n%s", d.screen())
		}
	}
	d.lacks("more lines below")
}

// A date field shows an error mark while what is typed is no date, with
// why: no such day, or a day outside its era and when the era ran; the
// form refuses it in the same words.
func TestDateFieldSaysWhyNot(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang       *i18n.Catalogue
		typed      string
		want, save string
	}{
		{i18n.English, "2026-02-30", "✗ \"2026-02-30\": no such day", "no such day; February 2026 has 28 days"},
		{i18n.English, "平成31年5月1日", "✗ \"平成31年5月1日\" is not a day", "is not a day of 平成, which ran from 1989-01-08 to 2019-04-30"},
		{i18n.Japanese, "平成31年5月1日", "✗ \"平成31年5月1日\" は平成の期間", "は平成の期間（1989-01-08〜2019-04-30）の日付ではありません"},
		{i18n.English, "R8.11.1", "→ 2026-11-01", ""},
	} {
		d := newDriver(t, drillStore(t), 120, 40, withLang(c.lang))
		d.keys("2", "enter", "s", "2", "tab", "3", "tab", "ctrl+u")
		d.typeText(c.typed)
		d.contains(c.want)
		if c.save != "" {
			d.keys("tab")
			d.contains(c.save)
			d.keys("ctrl+s")
			d.contains(c.save)
		} else {
			d.lacks("✗")
		}
	}
}

// The filter takes a kind in the words the list shows it in, and a date
// as a date field takes it.
func TestFilterTakesScreenWords(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24, withLang(i18n.Japanese))
	d.keys("3", "/")
	d.typeText("kind:動向 since:H30.1.1")
	d.contains(fmt.Sprintf(i18n.Japanese.FilterMatched, "2"), "2022-06-21")
	d.lacks("2021-")
	d.lacks(i18n.Japanese.FilterInvalid)
}

// On a wide terminal the list, read down by its titles and names, takes
// the larger share; the detail beside it keeps a readable width.
func TestWideListTakesLargerShare(t *testing.T) {
	t.Parallel()
	for _, w := range []int{100, 120, 160, 200} {
		s := layout(w, 40, 0)
		if !s.side || s.listW <= s.detailW || s.detailW < detailMin || s.listW+s.detailW+3 != w {
			t.Errorf("%d: list %d, detail %d", w, s.listW, s.detailW)
		}
	}
	for _, c := range []struct {
		w, h int
		key  string
		want string
	}{
		{120, 40, "3", "Sixth Asia Automobile Tr"},
		{200, 50, "3", "Sixth Asia Automobile Trade Union Conference (online)"},
		{120, 40, "2", "ILO Office for"},
	} {
		d := newDriver(t, testStore(t), c.w, c.h)
		d.keys(c.key)
		d.contains(c.want)
		checkFits(t, d.screen(), c.w, c.h)
	}
}

// A partner's detail labels its names as the form does: in Japanese the
// registered name is 名称 (never 英語名称: it may be Thai), and is not
// repeated when it is the title; in English the other one is "Japanese
// name".
func TestPartnerDetailNameLabels(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 120, 40, withLang(i18n.Japanese))
	d.keys("2")
	d.contains("名称        ILO Bureau for Workers' Activities")
	d.keys("down", "down", "down", "down") // ACE, which has no Japanese name: its title is its name
	d.contains("│ ACE (Action against Child Exploitation)")
	d.lacks("英語名称")
	if n := strings.Count(d.screen(), "ACE (Action against Child Exploitation)"); n != 1 {
		t.Errorf("the name is shown %d times:\n%s", n, d.screen())
	}
	d = newDriver(t, testStore(t), 120, 40)
	d.keys("2")
	d.contains("Japanese name")
}

// A partners filter that matches only archived partners says how many and
// how to show them; one that matches none says archived partners are not
// listed. An archived partner is marked in words.
func TestPartnersFilterTellsArchived(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	uaw, err := st.ResolvePartner(ctx, "UAW")
	if err != nil {
		t.Fatal(err)
	}
	if err := st.ArchivePartner(ctx, uaw.ID); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang        *i18n.Catalogue
		match, none string
		tag         string
	}{
		{i18n.English, "1 archived partner matches — h shows it.", "Archived partners are not listed: h shows them.", "(archived)"},
		{i18n.Japanese, "アーカイブ済みのパートナー1団体が該当します（h で表示）。", "アーカイブ済みのパートナーは一覧にありません（h で表示）。", "（アーカイブ済）"},
	} {
		d := newDriver(t, st, 120, 40, withLang(c.lang))
		d.keys("2", "/")
		d.typeText("UAW")
		if !strings.Contains(unwrapped(d.screen()), strings.ReplaceAll(c.match, " ", "")) {
			t.Errorf("%s: %q not said:\n%s", c.lang.Lang, c.match, d.screen())
		}
		d.keys("enter", "h")
		d.contains(c.tag)
		d.keys("h", "/", "ctrl+u")
		d.typeText("トヨタ")
		if !strings.Contains(unwrapped(d.screen()), strings.ReplaceAll(c.none, " ", "")) {
			t.Errorf("%s: %q not said:\n%s", c.lang.Lang, c.none, d.screen())
		}
	}
}

// The goal screen says a note on the rubric's texts once, under the list,
// each stage marked; its hint and its footer name the same key for
// editing a stage; "not yet" shows none as the stages do; the breadcrumb
// of a country under its goal does not say the goal again.
func TestGoalScreenSaysThingsOnce(t *testing.T) {
	t.Parallel()
	d := newDriver(t, drillStore(t), 120, 60, withLang(i18n.Japanese))
	d.keys("enter")
	if n := strings.Count(d.screen(), "案：原典にない記述"); n != 1 {
		t.Errorf("the draft note is said %d times:\n%s", n, d.screen())
	}
	d.contains("※1", "※1 案：原典にない記述", "段階を選んで e で段階を編集")
	if row := lineWith(d.screen(), "▸  日本（JP）"); strings.HasSuffix(strings.TrimSpace(row), " 0") {
		t.Errorf("not yet shows 0: %q", row)
	}
	d.keys("G")
	d.contains("e 段階を編集")
	d = newDriver(t, drillStore(t), 120, 40)
	d.keys("enter", "enter")
	if crumb := lineWith(d.screen(), "Dashboard →"); strings.TrimSpace(crumb) != "Dashboard → Goal 1 → Japan" {
		t.Errorf("breadcrumb %q", crumb)
	}
}

// A partner's screen offers e, d and f for the entry selected in its
// timeline, and not when the timeline is empty: d would do nothing. An
// undone "done" says the action was marked done.
func TestPartnerKeysNeedAnEntry(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	if _, err := st.AddPartner(context.Background(), store.Partner{Name: "Argentine Auto Workers", Kind: store.KindUnion, CountryCode: "AR"}); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, 120, 40)
	d.keys("2", "enter") // the new partner, first by country: no entries
	d.contains("Argentine Auto Workers", "s record a stage")
	d.lacks("d delete")
	d.keys("esc", "down", "enter") // ACE: an entry
	d.contains("d delete")
	if got := fmt.Sprintf(i18n.English.Undone, fmt.Sprintf(i18n.English.UndoActionDone, 7)); got != "Undone: marking action #7 done." {
		t.Errorf("%q", got)
	}
}

// The show-all key's help says what it does next: once archived partners
// or done actions are shown, it hides them again.
func TestShowAllKeySaysHide(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 120, 30)
	d.keys("2")
	d.contains("h show all")
	d.keys("h")
	d.contains("h hide archived")
	d.lacks("h show all")
	d.keys("4")
	d.contains("h show all")
	d.keys("h")
	d.contains("h hide done")
}

// The dashboard says the translation note of the goals' Japanese titles
// once, under the goals, each title marked, not after every title.
func TestDashboardSaysTranslationNoteOnce(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 40, withLang(i18n.Japanese))
	if n := strings.Count(d.screen(), "仮訳：JAWの確認待ち"); n != 1 {
		t.Errorf("the translation note is said %d times:\n%s", n, d.screen())
	}
	d.contains("の確保※", "※ 仮訳：JAWの確認待ち")
}

// A partner's timeline shows its newest entries; the line under them says
// how many more there are and how to list them all.
func TestPartnerTimelineSaysWhereTheRestAre(t *testing.T) {
	t.Parallel()
	st := storeWithVisits(t, maxTimeline+3)
	d := newDriver(t, st, 100, 30)
	d.keys("2", "enter") // the new partner, first by country
	d.keys("G")
	d.contains("and 3 more: the entries screen (3) shows them all, filtered by partner:AAW")
	d.lacks("more line below") // G shows the end
}

// e on a goal of the dashboard edits it, as on the goal's own screen.
func TestDashboardEditsTheGoal(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("e")
	if d.form() == nil {
		t.Fatalf("no form:\n%s", d.screen())
	}
	d.contains("Edit goal 1")
}

// A date the form cannot read says why in full, under the field when the
// reason does not fit beside it.
func TestDateProblemInFull(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24, withLang(i18n.Japanese))
	d.keys("3", "a", "shift+tab", "shift+tab")
	for range 10 {
		d.keys("backspace")
	}
	d.typeText("2025-02-30")
	d.contains(`✗ "2025-02-30" という日はありません（2025年2月は28日まで）`)
	checkFits(t, d.screen(), 80, 24)
}

// A stage recorded from a partner's screen scrolled down to its timeline
// is shown: the screen goes back up to the stages.
func TestRecordedStageIsShown(t *testing.T) {
	t.Parallel()
	st := storeWithVisits(t, 40)
	d := newDriver(t, st, 80, 24)
	d.keys("2", "enter", "G")
	d.lacks("Stage per goal")
	d.keys("s", "down", "down", "down", "down", "ctrl+s")
	d.contains("Stage per goal", "0 No contact · 2026-11-21", "stage 0 on goal 2 recorded")
	// The timeline's selection is its first row, on the screen.
	d.contains("Timeline  1 of 40", render.Glyphs().Marker+"  2026-01-01  visit  Visit 39")
	// g, from far down, shows the top of the screen again.
	d.keys("G", "g")
	d.contains("Stage per goal", render.Glyphs().Marker+"  2026-01-01  visit  Visit 39")
}

// storeWithVisits is the test store with a partner, AAW (the first by
// country), that n visits name.
func storeWithVisits(t *testing.T, n int) *store.Store {
	t.Helper()
	st := testStore(t)
	ctx := context.Background()
	id, err := st.AddPartner(ctx, store.Partner{Name: "Argentine Auto Workers", ShortName: "AAW", Kind: store.KindUnion, CountryCode: "AR"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if _, err := st.AddEntry(ctx, store.NewEntry{Date: "2026-01-01", Kind: store.KindVisit, Title: fmt.Sprintf("Visit %d", i),
			PartnerIDs: []int64{id}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// The dashboard's table of countries stays where it is when the selection
// enters it.
func TestCountriesTableDoesNotMove(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 40, withLang(i18n.Japanese))
	header := func() string { return lineWith(d.screen(), "国・地域 ") }
	before, reached := header(), false
	for range 12 {
		d.keys("down")
		if got := header(); got != before {
			t.Fatalf("the header moved:\n%q\n%q\n%s", before, got, d.screen())
		}
		reached = reached || strings.Contains(d.screen(), render.Glyphs().Marker+"  タイ")
	}
	if !reached {
		t.Fatalf("the selection did not reach the table:\n%s", d.screen())
	}
}

// A list made taller shows the rows above its window again.
func TestTallerListShowsRowsAbove(t *testing.T) {
	t.Parallel()
	var l list[int]
	l.setAll([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	l.setHeight(4)
	l.cursor = 9
	l.clamp()
	if l.top != 6 {
		t.Fatalf("top %d", l.top)
	}
	l.setHeight(10)
	if l.top != 0 || l.cursor != 9 {
		t.Errorf("taller: top %d, cursor %d; want 0, 9", l.top, l.cursor)
	}
}

// e on a due action or a partner of the dashboard opens its form, as on
// its own screen.
func TestDashboardEditsActionsAndPartners(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	if _, err := st.AddAction(context.Background(), store.NewAction{EntryID: 4, What: "Send the minutes", Owner: "ito", Due: "2026-11-23"}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		kind render.DashboardItemKind
		want string
	}{{render.ItemAction, "Send the minutes"}, {render.ItemStale, "Short name"}} {
		d := newDriver(t, st, 100, 30)
		s := d.m.tabs[0].(*dashboard)
		found := false
		for i, it := range s.items {
			if it.Kind == tt.kind {
				s.cursor, found = i, true
				break
			}
		}
		if !found {
			t.Fatalf("no item of kind %v:\n%s", tt.kind, d.screen())
		}
		d.keys("e")
		if d.form() == nil {
			t.Fatalf("kind %v: no form:\n%s", tt.kind, d.screen())
		}
		d.contains(tt.want)
	}
}

// Esc on a form left as it opened closes it without a word; on one with
// typed text, after asking, it says that nothing was saved.
func TestEscSaysNotSavedOnlyOfTypedText(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("3", "a", "esc")
	if d.form() != nil {
		t.Fatalf("the form is still open:\n%s", d.screen())
	}
	d.lacks("Not saved.")
	d.keys("a", "tab", "tab", "tab")
	d.typeText("Something")
	d.keys("esc", "y")
	d.contains("Not saved.")
}

// Where a page down or up leaves the selection, for rows at lines 2, 3, 20,
// 21 and 40 of a screen showing 10 lines.
func TestPagedCursor(t *testing.T) {
	lines := []int{2, 3, 20, 21, 40}
	for _, c := range []struct {
		name        string
		cursor, top int
		down, stuck bool
		want        int
		changed     bool
	}{
		{"still on the page", 2, 15, true, false, 2, false},
		{"down: the first on the page", 0, 15, true, false, 2, true},
		{"down: none on the page, the next after it", 1, 5, true, false, 2, true},
		{"up: the last on the page", 4, 15, false, false, 3, true},
		{"up: none on the page, the last before it", 4, 25, false, false, 3, true},
		{"down, at the end: the last", 2, 35, true, true, 4, true},
		{"up, at the top: the first", 2, 0, false, true, 0, true},
	} {
		got, changed := pagedCursor(lines, c.cursor, c.top, 10, c.down, c.stuck)
		if got != c.want || changed != c.changed {
			t.Errorf("%s: %d %v, want %d %v", c.name, got, changed, c.want, c.changed)
		}
	}
}

// After a resize the dashboard's selection is still on the screen.
func TestDashboardSelectionSurvivesResize(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24, withLang(i18n.Japanese))
	for range 11 {
		d.keys("down")
	}
	for _, size := range [][2]int{{40, 12}, {80, 24}, {50, 16}} {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if !strings.Contains(d.screen(), render.Glyphs().Marker) {
			t.Fatalf("%d×%d: no selection on the screen:\n%s", size[0], size[1], d.screen())
		}
	}
}

// e on a partner of a country's list (goal → country) edits it, as on the
// partners screen.
func TestCountryListEditsThePartner(t *testing.T) {
	t.Parallel()
	d := newDriver(t, drillStore(t), 100, 30)
	d.keys("enter", "enter") // goal 1, its first country
	if _, ok := d.m.top().(*countryScreen); !ok {
		t.Fatalf("not on a country's screen:\n%s", d.screen())
	}
	d.keys("e")
	if d.form() == nil {
		t.Fatalf("no form:\n%s", d.screen())
	}
	// n on a partner's own screen adds a partner too.
	d = newDriver(t, drillStore(t), 100, 30)
	d.keys("2", "enter", "n")
	if d.form() == nil {
		t.Fatalf("n on a partner's screen: no form:\n%s", d.screen())
	}
}
