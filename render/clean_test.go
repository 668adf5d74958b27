package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// drawable fails t unless s (the output of Clean or Line) can go to a
// terminal as it is: valid UTF-8, no control character but newlines, no
// C1, bidirectional or format control, and every line measured alike by Lip
// Gloss and by the terminal model, also with padding or a border put
// around it.
func drawable(t *testing.T, in, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%q gives invalid UTF-8 %q", in, s)
	}
	for _, r := range s {
		if r == '\n' {
			continue
		}
		if _, bad := controlPicture(r); bad || r == '\u2028' || r == '\u2029' || isPrepend(r) {
			t.Fatalf("%q gives %q, which keeps %U", in, s, r)
		}
	}
	for l := range strings.SplitSeq(s, "\n") {
		for _, framed := range []string{l, l + "  ", " " + l + " ", "x" + l + "│"} {
			if g, w := lipgloss.Width(framed), TerminalWidth(framed); g != w {
				t.Fatalf("%q gives %q: Lip Gloss measures %q as %d cells, the terminal draws %d", in, s, framed, g, w)
			}
		}
	}
}

func TestClean(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"plain", "plain", "plain"},
		{"tab to the next stop", "a\tb", "a       b"},
		{"tabs after wide text", "日本\tx\ty", "日本    x       y"},
		{"newline kept", "two\nlines", "two\nlines"},
		{"CRLF is a newline", "cr\r\nlf", "cr\nlf"},
		{"lone CR shown", "over\rwrite", "over␍write"},
		{"line separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"CSI shown", "\x1b[31mred\x1b[0m", "␛[31mred␛[0m"},
		{"OSC title shown", "title\x1b]0;owned\x07", "title␛]0;owned␇"},
		{"OSC 8 link shown", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "␛]8;;http://x␛\\link␛]8;;␛\\"},
		{"DCS shown", "\x1bP1$qm\x1b\\", "␛P1$qm␛\\"},
		{"C0 and DEL", "bell\x07 nul\x00 del\x7f", "bell␇ nul␀ del␡"},
		{"C1 CSI", "c1 \u009b2J", "c1 <U+009B>2J"},
		{"bidi override", "bidi \u202egnp.exe", "bidi <U+202E>gnp.exe"},
		{"bidi isolates", "\u2066a\u2069\u2067b\u2068", "<U+2066>a<U+2069><U+2067>b<U+2068>"},
		{"LRM RLM ALM", "\u200ea\u200fb\u061c", "<U+200E>a<U+200F>b<U+061C>"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"soft hyphen dropped", "inter\u00adnational", "international"},
		{"Japanese and Thai untouched", "日本語 ไทย", "日本語 ไทย"},
		{"SARA AM decomposed", "ทำ สำนักงาน", "ท\u0e4d\u0e32 ส\u0e4d\u0e32นักงาน"},
		{"Lao AM decomposed", "ຄຳ", "ຄ\u0ecd\u0eb2"},
		{"half-width voiced kana composed", "ｼﾞﾄﾞｳｼｬ", "ジドウシャ"},
		{"half-width semi-voiced", "ﾊﾟｰﾄﾅｰ", "パートナー"},
		{"half-width without marks kept", "ｼｬｲﾝ", "ｼｬｲﾝ"},
		{"voiced mark after a letter", "aﾞb", "a゛b"},
		{"voiced mark with no composed form", "ｱﾞ", "ア\u3099"},
		{"Prepend mark", "\u06dd x", "<U+06DD> x"},
		{"ZWJ family apart", "👨\u200d👩\u200d👧", zwsp + "👨" + zwsp + "\u200d" + zwsp + "👩" + zwsp + "\u200d" + zwsp + "👧" + zwsp},
		{"skin tone apart", "👍🏽", zwsp + "👍" + zwsp + "🏽" + zwsp},
		{"flag kept", "🇯🇵", "🇯🇵"},
		{"lone regional indicator", "🇯", zwsp + "<U+1F1EF>" + zwsp},
		{"Hangul jamo composed", "\u1112\u1161\u11ab", "한"},
		{"combining acute kept", "e\u0301", "e\u0301"},
		{"mark at the start kept apart", "\u0301x", zwsp + "\u0301x"},
		{"accented letters kept", "Confédération Łódź Ørsted æ", "Confédération Łódź Ørsted æ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			drawable(t, tt.in, got)
		})
	}
}

func TestLine(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"  two\n lines\r\n\tand tabs  ", "two lines and tabs"},
		{"a  b", "a b"},
		{"山田\u3000太郎", "山田\u3000太郎"},
		{"no\u2028break", "no break"},
		{"\x1b[2Jcleared", "␛[2Jcleared"},
		{"ทำ", "ท\u0e4d\u0e32"},
		{"", ""},
	}
	for _, tt := range tests {
		got := Line(tt.in)
		if got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
		drawable(t, tt.in, got)
		if strings.Contains(got, "\n") {
			t.Errorf("Line(%q) = %q has a newline", tt.in, got)
		}
	}
}

func TestVisibleRune(t *testing.T) {
	t.Parallel()
	tests := []struct {
		r    rune
		want string
	}{
		{'a', "a"}, {'日', "日"}, {0x1b, "␛"}, {0x07, "␇"}, {0x00, "␀"}, {'\t', "␉"},
		{'\n', "␊"}, {'\r', "␍"}, {0x7f, "␡"}, {0x85, "<U+0085>"}, {0x9b, "<U+009B>"},
		{0x202e, "<U+202E>"}, {0x2066, "<U+2066>"}, {0x200f, "<U+200F>"}, {0x2028, "<U+2028>"},
		{0x00ad, "<U+00AD>"}, {0x06dd, "<U+06DD>"}, {0x110bd, "<U+110BD>"},
		{0x0e33, "\u0e4d\u0e32"}, {0xff9e, "゛"}, {0xff9f, "゜"}, {utf8.RuneError, "\uFFFD"},
	}
	for _, tt := range tests {
		got := VisibleRune(tt.r)
		if got != tt.want {
			t.Errorf("VisibleRune(%U) = %q, want %q", tt.r, got, tt.want)
		}
		if lipgloss.Width(got) != TerminalWidth(got) {
			t.Errorf("VisibleRune(%U) = %q measures %d to Lip Gloss, %d to a terminal", tt.r, got, lipgloss.Width(got), TerminalWidth(got))
		}
	}
}

// TestPrependTable checks the Prepend list against the segmenter Lip Gloss
// uses: a rune is Prepend exactly when it joins the letter after it.
func TestPrependTable(t *testing.T) {
	t.Parallel()
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r) + "a"
		c, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if joins := len(c) == len(s); joins != isPrepend(r) {
			t.Errorf("%U: joins the next letter %v, in the Prepend list %v", r, joins, isPrepend(r))
		}
	}
}

// TestEveryRuneDrawable cleans every code point alone, after a letter and
// before padding, in both width modes.
func TestEveryRuneDrawable(t *testing.T) {
	check := func() {
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			switch {
			case r > 0x3400 && r < 0xA000, r > 0xAC00 && r < 0xD7A0, r > 0x20000 && r < 0x30000:
				r += 7 // sample the big blocks of ideographs and syllables
			case r >= 0x30000 && r < 0xE0000, r > 0xE1000:
				r += 97 // and the mostly unassigned and private planes
			}
			for _, in := range []string{string(r), "a" + string(r), "ก" + string(r) + " "} {
				drawable(t, in, Clean(in))
			}
		}
	}
	check()
	wide(t)
	check()
}

// TestSimpleRunes checks what simpleText relies on, in both width modes:
// a simple rune measures the same alone to Lip Gloss and to a terminal, and
// one that joins the cluster before it is zero cells wide.
func TestSimpleRunes(t *testing.T) {
	check := func(mode int) {
		for r := rune(0); r <= 0xFFFF; r++ {
			if !simpleRune(r, mode == 1) {
				continue
			}
			s := string(r)
			if g, w := lipgloss.Width(s), TerminalWidth(s); g != w {
				t.Errorf("mode %d: %U is %d cells to Lip Gloss, %d to a terminal", mode, r, g, w)
			}
			if joinsPrevious(s) && TerminalWidth(s) != 0 {
				t.Errorf("mode %d: %U joins the cluster before it and is %d cells", mode, r, TerminalWidth(s))
			}
			if isPrepend(r) {
				t.Errorf("%U is Prepend", r)
			}
		}
	}
	check(1)
	wide(t)
	check(2)
}

// measureCorpus is text of the kinds the fuzz seeds cover, measured in both
// ambiguous-width modes by TestAmbiguousWidth.
var measureCorpus = []string{
	"สำนักงานคณะกรรมการ ทำงาน", "ｼﾞﾄﾞｳｼｬ ﾊﾟｰﾄﾅｰ", "\u06dd\u0600 ", "👨\u200d👩\u200d👧\u200d👦 👍🏽 ⚠️ 1️⃣ 🇯🇵🇺",
	"e\u0301 a\u0308\u0323", "全日本自動車産業労働組合総連合会", "नमस्ते क्षत्रिय", "한국어 \u1112\u1161\u11ab",
	"… — · → █ ░ ▁ ▸ ○ ≥ ─ ┃ α Ж ※ ①", "\x1b[31m\u202e\u0085\x00", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F",
}

func TestCleanCorpusDrawable(t *testing.T) {
	t.Parallel()
	for _, s := range measureCorpus {
		drawable(t, s, Clean(s))
		drawable(t, s, Line(s))
	}
}

func fuzzSeeds(f *testing.F) {
	for _, s := range measureCorpus {
		f.Add(s)
	}
	for _, s := range []string{
		"\x1b[31mx", "a\x1b]0;t\x07b", "\x9b1m", "\u009b1m", "日本\tไทย\n", "\xff\xfe", "a\r\nb\rc",
		"as of 2026-11-21 the well-known plan", "「ビジョン2030」のために、JAWは働いています。ソフトウェアッ",
		"ไทย ภาษา ทำ", "a\u200db", "\u0301", "🇯🇵🇺🇸🇬", "\ufe0f", "\u0e33\u0e33", "ﾞﾞｶﾞ",
	} {
		f.Add(s)
	}
}

func FuzzClean(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		drawable(t, s, c)
		if strings.Count(c, "\n") > strings.Count(s, "\n")+strings.Count(s, "\r")+strings.Count(s, "\u2028")+strings.Count(s, "\u2029") {
			t.Fatalf("Clean(%q) = %q adds lines", s, c)
		}
	})
}

func FuzzLine(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		l := Line(s)
		drawable(t, s, l)
		if strings.Contains(l, "\n") || strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") || strings.Contains(l, "  ") {
			t.Fatalf("Line(%q) = %q is not one trimmed line", s, l)
		}
	})
}

func BenchmarkLine(b *testing.B) {
	for _, s := range []string{"United Auto Workers", "全日本自動車産業労働組合総連合会", "สำนักงานคณะกรรมการ", "\x1b[31mred\x1b[0m 👨\u200d👩\u200d👧"} {
		b.Run(s[:min(len(s), 12)], func(b *testing.B) {
			for b.Loop() {
				Line(s)
			}
		})
	}
}
