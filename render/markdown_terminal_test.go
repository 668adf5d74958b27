package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

var mdStyles = NewMarkdownStyles(NewPalette(true))

func TestMarkdownTerminal(t *testing.T) {
	tests := []struct {
		name string
		w    int
		in   string
		want string
	}{
		{"paragraphs", 40, "one\n\n\ntwo", "one\n\ntwo"},
		{"soft breaks kept", 40, "Met the union.\nAgreed on a seminar.", "Met the union.\nAgreed on a seminar."},
		{"hard breaks", 40, "a  \nb\\\nc", "a\nb\nc"},
		{"wrapped, dates whole", 16, "Next meeting on 2026-11-21 in Tokyo", "Next meeting on\n2026-11-21 in\nTokyo"},
		{"headings", 40, "# Minutes\n\n### Next *steps*\ntext", "Minutes\n\nNext steps\n\ntext"},
		{"heading wrapped", 10, "## Asia conference 2026", "Asia\nconference\n2026"},
		{"emphasis", 40, "*em* **strong** ~~gone~~ `code`", "em strong gone code"},
		{"link", 60, "See [the plan](https://jaw.example/plan).", "See the plan (https://jaw.example/plan)."},
		{"link, text is the URL", 60, "[https://jaw.example](https://jaw.example)", "https://jaw.example"},
		{"autolinks", 60, "<https://jaw.example> and www.jaw.example", "https://jaw.example and www.jaw.example"},
		{"image", 40, "![the photo](p.png)", "the photo"},
		{"escapes and references", 40, `\*not em\* &amp; &copy; &#x41;`, "*not em* & © A"},
		{"bullets", 40, "- one\n- two\n  - nested", "• one\n• two\n  • nested"},
		{"hanging indent", 14, "- a long item that wraps", "• a long item\n  that wraps"},
		{"loose list", 40, "- one\n\n- two", "• one\n\n• two"},
		{"ordered", 40, "3. three\n4. four", "3. three\n4. four"},
		{"tasks", 40, "- [ ] open\n- [x] done", "• [ ] open\n• [x] done"},
		{"quote", 20, "> quoted words that wrap\n> second", "│ quoted words that\n│ wrap\n│ second"},
		{"fenced code", 40, "```\nif x {\n\ty()\n}\n```", "  if x {\n          y()\n  }"},
		{"indented code", 40, "text\n\n    code  line", "text\n\n  code  line"},
		{"code cut", 10, "```\nabcdefghijklmnop\n```", "  abcdefg…"},
		{"rule", 10, "a\n\n---\n\nb", "a\n\n──────────\n\nb"},
		{"rule at most 40", 80, "***", strings.Repeat("─", 40)},
		{"table", 40, "| Country | Stage |\n|---|---|\n| Thailand | 2 |\n| India |", "Country  │ Stage\n────────────────\nThailand │ 2\nIndia"},
		{"ragged table", 40, "| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| x |", "a │ b\n─────\n1 │ 2\nx"},
		{"table too wide", 12, "| a | b |\n|---|---|\n| long cell | other |", "a │ b\nlong cell │\nother"},
		{"raw HTML is text", 40, "<b>bold</b> <i>x</i>\n\n<div>\nblock\n</div>", "<b>bold</b> <i>x</i>\n\n<div>\nblock\n</div>"},
		{"escape sequences shown", 40, "a\x1b[31mred &#x1b;[1m", "a␛[31mred ␛[1m"},

		{"ja paragraph", 40, "本日の会議。\n次回は2026-11-21。", "本日の会議。\n次回は2026-11-21。"},
		{"ja kinsoku", 12, "会議では、来年度の予算について話し合いました。「ビジョン」の目標を確認しました。",
			"会議では、来\n年度の予算に\nついて話し合\nいました。\n「ビジョン」\nの目標を確認\nしました。"},
		{"ja heading", 40, "## 議事録\n本文", "議事録\n\n本文"},
		{"ja emphasis and link", 60, "**重要**：[資料](https://jaw.example/a)を確認", "重要：資料 (https://jaw.example/a)を確認"},
		{"ja list", 12, "- タイの組合と面談しました\n- 次回", "• タイの組合\n  と面談しま\n  した\n• 次回"},
		{"ja quote", 40, "> 「労働者の権利は人権である」", "│ 「労働者の権利は人権である」"},
		{"ja table", 40, "| 国 | 段階 |\n|---|---|\n| タイ | 2 |", "国   │ 段階\n───────────\nタイ │ 2"},
		{"ja tasks", 40, "1. [x] 報告書\n2. [ ] 翻訳", "1. [x] 報告書\n2. [ ] 翻訳"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := MarkdownTerminal(tt.in, tt.w, mdStyles)
			if got := ansi.Strip(raw); got != tt.want {
				t.Errorf("MarkdownTerminal(%q, %d) =\n%s\nwant\n%s", tt.in, tt.w, got, tt.want)
			}
			checkMarkdownTerminal(t, tt.in, tt.w, raw)
		})
	}
}

func TestMarkdownTerminalStyles(t *testing.T) {
	// Accent 7AB8FF, muted A0A0A0 on a dark background.
	for _, tt := range []struct{ in, want string }{
		{"# Title", "\x1b[1;38;2;122;184;255mTitle\x1b[m"},
		{"`x`", "\x1b[38;2;122;184;255mx\x1b[m"},
		{"[a](b)", "\x1b[38;2;122;184;255ma\x1b[m\x1b[38;2;160;160;160m (b)\x1b[m"},
		{"**b** *i* ~~s~~", "\x1b[1mb\x1b[m \x1b[3mi\x1b[m \x1b[9ms\x1b[m"},
		{"> q", "\x1b[38;2;160;160;160m│ \x1b[m\x1b[38;2;160;160;160mq\x1b[m"},
	} {
		if got := MarkdownTerminal(tt.in, 40, mdStyles); got != tt.want {
			t.Errorf("MarkdownTerminal(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A styled piece broken over two lines is closed at the end of the first
// and opened again on the second.
func TestMarkdownTerminalStyleEachLine(t *testing.T) {
	got := MarkdownTerminal("**one two**", 4, mdStyles)
	if want := "\x1b[1mone\x1b[m\n\x1b[1mtwo\x1b[m"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMarkdownTerminalASCIIGlyphs(t *testing.T) {
	SetAmbiguousWidth(2)
	defer SetAmbiguousWidth(1)
	got := ansi.Strip(MarkdownTerminal("- a\n\n> q\n\n---", 5, mdStyles))
	if want := "* a\n\n| q\n\n-----"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// sgr is a style's escape sequence, the only one the output may hold.
var sgr = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// checkMarkdownTerminal fails t unless every line of raw is at most w cells
// and raw holds no escape sequence but SGR, and no control character. So
// that text made into an SGR sequence cannot pass for a style's, in is drawn
// again with styles that draw nothing, and that must hold no escape at all.
func checkMarkdownTerminal(t *testing.T, in string, w int, raw string) {
	t.Helper()
	for i, l := range strings.Split(raw, "\n") {
		if Width(l) > max(w, 1) {
			t.Fatalf("MarkdownTerminal(%q, %d): line %d %q is %d cells", in, w, i, l, Width(l))
		}
	}
	bare := MarkdownTerminal(in, w, MarkdownStyles{CodeBlockInset: 2})
	for _, out := range []string{sgr.ReplaceAllString(raw, ""), bare} {
		for _, r := range out {
			if r != '\n' && (r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F) {
				t.Fatalf("MarkdownTerminal(%q, %d) = %q holds %U", in, w, out, r)
			}
		}
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"# h\n\npara *em* **strong** `c` [l](u) <http://x> www.y.z ![i](p)\nline",
		"- a\n  - b\n    1. c\n- [ ] d\n- [x] e\n\n> q\n> > qq\n\n```\ncode\n```\n\n---",
		"| a | b |\n|---|:-:|\n| 1 | 2 | 3 |\n| x |\n",
		"<div>\n\x1b[31m</div>\n&#x1b;[2J &#155;1m &#0; &#x7f; \x9b1m \u0085",
		"会議では、来年度の予算について話し合いました。「ビジョン２０３０」2026-11-21",
		"ทำ สำนักงาน\tกรุงเทพ", "e\u0301\u0301 👩‍👩‍👧 🇯", "*a **b** a*\\\n~~x~~",
	} {
		f.Add(s, 1)
		f.Add(s, 7)
		f.Add(s, 40)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		if w < 0 {
			w = -w
		}
		w = w%120 + 1
		checkMarkdownTerminal(t, s, w, MarkdownTerminal(s, w, mdStyles))
	})
}
