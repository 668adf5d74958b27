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

// The Japanese interface as the bureau meets it: every kanji and kana two
// cells wide in a terminal of 80 columns. TestJapanese (workflow_test.go)
// keeps the goldens of the screens; these keep the rest of the screens and
// every form, and check what Japanese widths and line breaking could break.

// jaMoreScreens are the screens and forms of the Japanese goldens beyond
// TestJapanese's, each reached from the dashboard of drillStore (which has
// assessments, a request and an action) by its keys.
var jaMoreScreens = []struct {
	name string
	keys []string
}{
	{"dashboard-below", []string{"down", "down", "down", "down"}},
	{"actions-list", []string{"4"}},
	{"partner-form", []string{"2", "n"}},
	{"partner-edit", []string{"2", "e"}},
	{"assess-form", []string{"2", "enter", "s"}},
	{"action-form", []string{"3", "f"}},
	{"request-edit", []string{"3", "e"}},
	{"goal-form", []string{"enter", "e"}},
	{"stage-form", []string{"enter", "G", "enter"}},
	{"ask-delete", []string{"3", "d"}},
	{"ask-drop-request", []string{"3", "e", "tab", "1", "ctrl+s"}},
	{"filter", []string{"3", "/", "g", "o", "a", "l", "：", "１"}},
	{"partner-detail", []string{"enter", "down", "enter", "down", "enter"}},
}

func TestJapaneseGoldens(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	for _, sc := range jaMoreScreens {
		d := newDriver(t, st, 80, 24, withLang(i18n.Japanese))
		for _, k := range sc.keys {
			if r := []rune(k); len(r) == 1 && r[0] > 0x7f {
				d.typeText(k) // a full-width character, as an IME sends it
				continue
			}
			d.keys(k)
		}
		got := d.screen()
		checkFits(t, got, 80, 24)
		golden(t, fmt.Sprintf("ja-%s-80x24.txt", sc.name), got)
		if strings.Contains(got, "%!") {
			t.Errorf("%s: a format the catalogue does not fit:\n%s", sc.name, got)
		}
	}
}

// TestJapaneseConflict: the screen that shows a change made elsewhere,
// in Japanese.
func TestJapaneseConflict(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 80, 24, withLang(i18n.Japanese))
	d.keys("3", "e")
	theirs := "ほかの場所で変えたタイトル"
	if _, err := st.PatchEntry(context.Background(), 4, store.EntryPatch{Title: &theirs}); err != nil {
		t.Fatal(err)
	}
	d.keys("tab", "tab", "tab", "tab", "ctrl+u")
	d.typeText("ここで変えたタイトル")
	d.keys("ctrl+s")
	got := d.screen()
	checkFits(t, got, 80, 24)
	golden(t, "ja-conflict-80x24.txt", got)
	d.contains(i18n.Japanese.ConflictTitle, "「ここで変えたタイトル」", "「ほかの場所で変えたタイトル」")
	d.contains("▸ タイトル\n", "2026-11-21 09:30 UTC にほかの場所で保存されました")
}

// TestJapaneseStatusWordStaysWhole: at every width down to the minimum
// the goal's status word (遅れ, データなし) is never broken across lines,
// on the dashboard and on the goal's screen.
func TestJapaneseStatusWordStaysWhole(t *testing.T) {
	t.Parallel()
	ja := i18n.Japanese
	for _, st := range []*store.Store{assessed(t), drillStore(t)} {
		d := newDriver(t, st, 80, 24, withLang(ja))
		for _, keys := range [][]string{nil, {"enter"}} {
			d.keys(keys...)
			for w := MinWidth; w <= 120; w++ {
				d.send(tea.WindowSizeMsg{Width: w, Height: 60})
				got := d.screen()
				shown := 0
				for _, word := range ja.Statuses {
					if strings.Contains(got, word) {
						shown++
					}
					if broken(got, word) {
						t.Fatalf("width %d: %q is broken across lines:\n%s", w, word, got)
					}
				}
				if shown == 0 {
					t.Fatalf("width %d: no status shown:\n%s", w, got)
				}
			}
		}
	}
}

// broken reports whether word is cut at the end of one line of s and
// goes on at the start of the next.
func broken(s, word string) bool {
	lines := strings.Split(s, "\n")
	rs := []rune(word)
	for i := 0; i+1 < len(lines); i++ {
		a, b := strings.TrimRight(lines[i], " "), strings.TrimLeft(lines[i+1], " ")
		for k := 1; k < len(rs); k++ {
			if strings.HasSuffix(a, string(rs[:k])) && strings.HasPrefix(b, string(rs[k:])) {
				return true
			}
		}
	}
	return false
}

func TestBrokenFindsABreak(t *testing.T) {
	t.Parallel()
	if !broken("進捗 ░░ 25% · 遅\n     れ", "遅れ") || !broken("データな\nし", "データなし") {
		t.Error("a broken word not found")
	}
	if broken("進捗 25% · 遅れ\nれんらく", "遅れ") {
		t.Error("a whole word found broken")
	}
}

// TestJapaneseSweep draws every Japanese screen and form from the minimum
// size up: nothing spills, and no line starts with what Japanese
// typesetting forbids there (、。」ー and the like) or ends with an
// opening bracket.
func TestJapaneseSweep(t *testing.T) {
	t.Parallel()
	st := drillStore(t)
	screens := append([]struct {
		name string
		keys []string
	}{{"dashboard", nil}, {"partners", []string{"2"}}, {"entries", []string{"3"}}, {"help", []string{"?"}},
		{"entry form", []string{"a"}}, {"goal", []string{"enter"}}, {"country", []string{"enter", "down", "enter"}},
		{"entry", []string{"3", "enter"}}}, jaMoreScreens...)
	for _, sc := range screens {
		d := newDriver(t, st, 80, 24, withLang(i18n.Japanese))
		for _, k := range sc.keys {
			if r := []rune(k); len(r) == 1 && r[0] > 0x7f {
				d.typeText(k)
				continue
			}
			d.keys(k)
		}
		for w := MinWidth; w <= 130; w += 9 {
			for _, h := range []int{MinHeight, 24} {
				d.send(tea.WindowSizeMsg{Width: w, Height: h})
				got := d.screen()
				checkFits(t, got, w, h)
				for _, l := range strings.Split(got, "\n") {
					if msg := kinsokuBreak(l); msg != "" {
						t.Fatalf("%s at %d×%d: %s in %q:\n%s", sc.name, w, h, msg, l, got)
					}
				}
			}
		}
	}
}

// kinsokuBreak says what is wrong with where a drawn line starts or ends,
// or "". A line may start with the ellipsis of a cut breadcrumb.
func kinsokuBreak(line string) string {
	const noStart = "、。，．）」』】〕〉》ーぁぃぅぇぉっゃゅょァィゥェォッャュョ"
	const noEnd = "（「『【〔〈《"
	l := []rune(strings.TrimSpace(line))
	switch {
	case len(l) == 0:
		return ""
	case strings.ContainsRune(noStart, l[0]):
		return fmt.Sprintf("starts with %q", l[0])
	case strings.ContainsRune(noEnd, l[len(l)-1]):
		return fmt.Sprintf("ends with %q", l[len(l)-1])
	}
	return ""
}

// TestJapaneseTabNote: beside the Japanese tabs (63 cells of 80) the tab
// bar keeps the cursor's position when the count does not fit too.
func TestJapaneseTabNote(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24, withLang(i18n.Japanese))
	d.keys("3")
	if bar := strings.Split(d.screen(), "\n")[0]; !strings.Contains(bar, "1／4 · 全4件") {
		t.Fatalf("80 columns: %q", bar)
	}
	d.send(tea.WindowSizeMsg{Width: 72, Height: 24})
	bar := strings.Split(d.screen(), "\n")[0]
	if !strings.HasSuffix(bar, "1／4") || strings.Contains(bar, "全4件") || render.Width(bar) != 72 {
		t.Fatalf("72 columns: %q", bar)
	}
}

// TestJapanesePicking: a picker finds a partner by its reading and a
// country by its name typed in hiragana, as an IME sends it before
// converting; a date field reads 今日 and きのう.
func TestJapanesePicking(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24, withLang(i18n.Japanese))
	d.keys("a")
	d.typeText("ぜんべい")
	d.contains("全米自動車労働組合（UAW）")
	d.lacks("国際労働機関", "当てはまるもの")
	d.keys("enter")
	d.contains("1件選択：UAW")
	d = newDriver(t, testStore(t), 80, 24, withLang(i18n.Japanese))
	d.keys("2", "n", "tab", "tab", "tab", "tab", "tab")
	d.typeText("たい")
	d.contains("タイ（TH）")
	d.lacks("日本（JP）")
	d = newDriver(t, testStore(t), 80, 24, withLang(i18n.Japanese))
	d.keys("a", "shift+tab", "shift+tab", "ctrl+u")
	d.typeText("きのう")
	d.contains("2026-11-20（金、1日前）")
	d.keys("ctrl+u")
	d.typeText("今日")
	d.contains("2026-11-21（土）")
}

// TestConflictShowsLongValuesWhole: two long values that differ only at
// their ends are each shown whole, wrapped, the first row where they
// differ marked in both.
func TestConflictShowsLongValuesWhole(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 80, 24, withLang(i18n.Japanese))
	d.keys("3", "e")
	long := "タイ日産労組との賃金協議（2026年春闘）についての長い件名、関係者との調整を含む"
	theirs := long + "（修正B）★B末尾"
	if _, err := st.PatchEntry(context.Background(), 4, store.EntryPatch{Title: &theirs}); err != nil {
		t.Fatal(err)
	}
	d.keys("tab", "tab", "tab", "tab", "ctrl+u")
	d.typeText(long + "（修正A）★A末尾")
	d.keys("ctrl+s")
	got := d.screen()
	checkFits(t, got, 80, 24)
	golden(t, "ja-conflict-long-80x24.txt", got)
	d.contains("★A末尾」", "★B末尾」", "      ▸ ")
}

// TestConflictScrollsTallValues: summaries taller than the screen scroll,
// and the first line where they differ is marked.
func TestConflictScrollsTallValues(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 80, 24)
	d.keys("3", "e")
	var sum strings.Builder
	for i := range 30 {
		fmt.Fprintf(&sum, "Summary line %d\n", i+1)
	}
	theirSummary := sum.String() + "their last line"
	if _, err := st.PatchEntry(context.Background(), 4, store.EntryPatch{Summary: &theirSummary}); err != nil {
		t.Fatal(err)
	}
	d.keys("tab", "tab", "tab", "tab", "tab") // the summary, its start
	d.send(tea.PasteMsg{Content: strings.ReplaceAll(sum.String(), "\n", "\r") + "my last line"})
	d.keys("ctrl+s")
	d.contains("Summary line 1\n", "more below: pgdown scrolls")
	d.lacks("my last line")
	seen := ""
	for range 6 {
		d.keys("pgdown")
		checkFits(t, d.screen(), 80, 24)
		seen += d.screen()
	}
	for _, want := range []string{"  ▸ my last line", "  ▸ their last line”"} {
		if !strings.Contains(seen, want) {
			t.Errorf("paging down never shows %q", want)
		}
	}
	if strings.Contains(seen, "▸ Summary line") {
		t.Error("a line both share is marked as differing")
	}
}
