package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"vision2030/i18n"
	"vision2030/store"
)

// Summaries as staff type them, with the Markdown they use.
const (
	enSummary = "## Visit to UAW\nMet the international department.\n" +
		"Agreed on a **joint seminar** in March (see [the plan](https://jaw.example/plan)).\n\n" +
		"- [x] send the minutes\n- [ ] book the hall for 2026-03-12\n  - ask *Region 2B* about `room 4`\n\n" +
		"> Labour rights are human rights.\n\n| Item | Owner |\n|---|---|\n| Seminar | Sato |\n\n" +
		"```\nbudget:\t1,200,000 JPY\n```"
	jaSummary = "## 全米自動車労組訪問\n国際局と面談しました。\n" +
		"３月に**合同セミナー**を開催することで合意した（資料：[計画](https://jaw.example/plan)）。\n\n" +
		"1. [x] 議事録を送付\n2. [ ] 2026-03-12の会場を予約する、担当者は「佐藤」さん\n\n" +
		"> 「労働者の権利は人権である」と述べた。\n\n---\n\n| 項目 | 担当 |\n|---|---|\n| セミナー | 佐藤 |"
)

// TestGoldenMarkdownSummary keeps an entry whose summary uses Markdown,
// in English and in Japanese, and checks the Japanese one for line
// breaking at every width.
func TestGoldenMarkdownSummary(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		lang    *i18n.Catalogue
		summary string
	}{{"entry-markdown", i18n.English, enSummary}, {"ja-entry-markdown", i18n.Japanese, jaSummary}} {
		st := testStore(t)
		if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-21", Kind: store.KindVisit,
			Title: "UAW", Summary: tt.summary, PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
		d := newDriver(t, st, 80, 24, withLang(tt.lang))
		d.keys("3", "enter")
		golden(t, tt.name+"-80x24.txt", d.screen())
		if tt.lang == i18n.English {
			golden(t, tt.name+"-dark.ansi", d.m.Render())
			continue
		}
		for w := MinWidth; w <= 130; w += 7 {
			d.send(tea.WindowSizeMsg{Width: w, Height: 40})
			got := d.screen()
			checkFits(t, got, w, 40)
			for _, l := range strings.Split(got, "\n") {
				if msg := kinsokuBreak(l); msg != "" {
					t.Fatalf("at %d cells: %s in %q:\n%s", w, msg, l, got)
				}
			}
		}
	}
}
