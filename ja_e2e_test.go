package main

import (
	"path/filepath"
	"strings"
	"testing"

	"vision2030/render"
)

// TestEndToEndJapanese opens the dashboard in a terminal of 80×24 whose
// locale is Japanese, moves through the screens and logs an entry, as a
// colleague of the bureau would: the screens speak Japanese, and no line
// of them is wider than the terminal as it counts cells (two for a kanji
// or a kana), which the tab bar's note, drawn flush with the right edge,
// and the rule under the entries show to the cell.
func TestEndToEndJapanese(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "ja.db")
	// LANG decides: LC_ALL and LC_MESSAGES are set empty, as unset.
	env := []string{"VISION2030_DB=" + db, "VISION2030_AUTHOR=田中", "XDG_CONFIG_HOME=" + dir,
		"LANG=ja_JP.UTF-8", "LC_ALL=", "LC_MESSAGES="}
	tm := startTerm(t, 80, 24, env, bin)
	fits := func(screen string) []string {
		t.Helper()
		lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
		if len(lines) != 24 || !strings.HasPrefix(lines[0], "1 ダッシュボード") {
			t.Fatalf("the screen is not 24 lines under the tab bar:\n%s", screen)
		}
		for i, l := range lines {
			if w := render.TerminalWidth(l); w > 80 {
				t.Fatalf("line %d is %d cells:\n%s", i, w, screen)
			}
		}
		return lines
	}
	tm.waitFor("国際ビジョン20-30")
	tm.waitFor("キー一覧")
	lines := fits(tm.capture())
	if !strings.Contains(lines[len(lines)-1], "a 記録を追加") {
		t.Fatalf("the footer: %q", lines[len(lines)-1])
	}
	for _, want := range []string{"目標", "進捗", "データなし", "2030年末まで残り"} {
		if !strings.Contains(tm.capture(), want) {
			t.Fatalf("the dashboard lacks %q:\n%s", want, tm.capture())
		}
	}

	tm.keys("2")
	tm.waitFor("最終接触")
	fits(tm.capture())

	tm.keys("3")
	tm.waitFor("全4件")
	lines = fits(tm.capture())
	if !strings.HasSuffix(lines[0], "1／4 · 全4件") || render.TerminalWidth(lines[0]) != 80 {
		t.Fatalf("the tab bar's note does not end at the right edge: %q", lines[0])
	}
	rule := false
	for _, l := range lines {
		if strings.Trim(l, "─") == "" && l != "" {
			rule = render.TerminalWidth(l) == 80
		}
	}
	if !rule {
		t.Fatalf("no rule of 80 cells under the entries:\n%s", tm.capture())
	}

	tm.keys("4")
	tm.waitFor("未完了のフォローアップはありません")
	fits(tm.capture())
	tm.keys("?")
	tm.waitFor("キー操作")
	fits(tm.capture())
	tm.keys("?")

	// A consultation with the UAW, found by its reading as an IME sends it
	// before converting, on goal 2.
	tm.keys("a")
	tm.waitFor("新しい記録")
	tm.text("ぜんべい")
	tm.waitFor("全米自動車労働組合（UAW）")
	tm.keys("Enter", "Tab", "2", "Tab")
	tm.text("デトロイトでの二国間協議")
	tm.keys("Tab")
	tm.text("国際局と会談し、3月の合同セミナーで合意した。")
	fits(tm.capture())
	tm.keys("C-s")
	tm.waitFor("記録 #5 を追加しました。")
	tm.waitFor("デトロイトでの二国間協議")
	fits(tm.capture())
	tm.keys("q")
	tm.waitExit()

	es := entriesJSON(t, bin, db, "--filter", "デトロイト")
	if len(es) != 1 {
		t.Fatalf("%d entries", len(es))
	}
	if e := es[0]; e["title"] != "デトロイトでの二国間協議" || e["author"] != "田中" || e["kind"] != "consultation" ||
		e["summary"] != "国際局と会談し、3月の合同セミナーで合意した。" {
		t.Fatalf("the entry: %v", e)
	}
}
