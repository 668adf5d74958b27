package render

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// checkWrap fails t unless out is in wrapped to w cells: the text is all
// there (spaces aside), no line is wider than w unless it holds one visible cluster,
// no line is measured differently with padding before it, and, when strict,
// no line starts or ends against the kinsoku rules.
func checkWrap(t *testing.T, in string, w int, out string, strict bool) {
	t.Helper()
	squash := func(s string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(s) }
	if squash(in) != squash(out) {
		t.Fatalf("Wrap(%q, %d) = %q loses or adds text", in, w, out)
	}
	for l := range strings.SplitSeq(out, "\n") {
		if Width(l) > w && visibleClusters(l) > 1 {
			t.Fatalf("Wrap(%q, %d) = %q: line %q is %d cells", in, w, out, l, Width(l))
		}
		if p := "  " + l; Width(p) != TerminalWidth(p) {
			t.Fatalf("Wrap(%q, %d) = %q: line %q measures %d to Lip Gloss, %d to a terminal after padding", in, w, out, l, Width(p), TerminalWidth(p))
		}
		if !strict || l == "" {
			continue
		}
		first, _ := ansi.FirstGraphemeCluster(l, ansi.GraphemeWidth)
		if r := []rune(first)[0]; noStart(r) && !startsWithFlag(l) {
			t.Errorf("Wrap(%q, %d): line %q starts with %q", in, w, l, r)
		}
		if r := []rune(l)[len([]rune(l))-1]; noEnd(r) {
			t.Errorf("Wrap(%q, %d): line %q ends with %q", in, w, l, r)
		}
	}
}

// startsWithFlag reports whether l starts with a dash that begins a word
// ("--goal", "-1"), which may start a line.
func startsWithFlag(l string) bool {
	return len(l) > 1 && l[0] == '-' && (l[1] == '-' || l[1] >= '0' && l[1] <= '9' || unicode.IsLetter(rune(l[1])))
}

// visibleClusters counts the clusters of s that take a cell or more.
func visibleClusters(s string) int {
	n := 0
	for s != "" {
		c, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		s = s[len(c):]
		if w > 0 {
			n++
		}
	}
	return n
}

func TestWrap(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		w        int
		want     string
	}{
		{"fits", "as of 2026-11-21", 20, "as of 2026-11-21"},
		{"date kept whole", "as of 2026-11-21", 12, "as of\n2026-11-21"},
		{"date at the edge", "Report as of 2026-11-21.", 15, "Report as of\n2026-11-21."},
		{"hyphenated word kept whole", "the well-known plan", 12, "the\nwell-known\nplan"},
		{"long word broken after its hyphen", "a state-of-the-art", 12, "a\nstate-of-\nthe-art"},
		{"long word broken after its en dash", "Constructive labour–management relations", 15,
			"Constructive\nlabour–\nmanagement\nrelations"},
		{"long word broken", "abcdefghijkl", 5, "abcde\nfghij\nkl"},
		{"newlines kept", "one\n\ntwo three", 5, "one\n\ntwo\nthree"},
		{"spaces at a break dropped", "one   two", 4, "one\ntwo"},
		{"indent kept", "  indented", 20, "  indented"},
		{"full stop does not start a line", "あいう。えお", 6, "あい\nう。え\nお"},
		{"comma does not start a line", "あいう、えお", 6, "あい\nう、え\nお"},
		{"closing bracket does not start a line", "あい「うえ」", 6, "あい\n「う\nえ」"},
		{"opening bracket does not end a line", "あいう「えお」", 8, "あいう\n「えお」"},
		{"small kana", "ソフトウェア", 8, "ソフト\nウェア"},
		{"small tsu", "あいうッ", 6, "あい\nうッ"},
		{"prolonged sound mark", "データベース", 4, "デー\nタ\nベー\nス"},
		{"ellipsis pair", "あいう……", 7, "あいう\n……"},
		{"Japanese sentence", "日本の自動車産業は、「ビジョン2030」のために働いています。", 10,
			"日本の自動\n車産業は、\n「ビジョン\n2030」のた\nめに働いて\nいます。"},
		{"English word inside Japanese", "JAWはUAWとIndustriALLに協力した", 10, "JAWはUAWと\nIndustriAL\nLに協力し\nた"},
		{"Thai breaks at spaces", "ภาษาไทย ทำงาน สำนักงาน", 8, "ภาษาไทย\nทำงาน\nสำนักงาน"},
		{"Thai long word broken between clusters", "สำนักงานคณะกรรมการ", 6, "สำนักงา\nนคณะกร\nรมการ"},
		{"a flag may start a line", "use it and --goal", 10, "use it and\n--goal"},
		{"a flag after Japanese", "日本語の説明、--opened、--closed は", 14, "日本語の説明、\n--opened、\n--closed は"},
		{"a negative number", "limit -1 given", 7, "limit\n-1\ngiven"},
		{"a dash between words is a hyphen", "あい -- うえ", 4, "あい\n--\nうえ"},
		{"a separator does not start a line", "no data yet · 1 partner", 12, "no data\nyet · 1\npartner"},
		{"nor after Japanese", "まだありません · 1団体", 14, "まだありませ\nん · 1団体"},
		{"width one", "日本", 1, "日\n本"},
		{"no width", "abc", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			if strings.ContainsAny(in, "ทำ") {
				in = Clean(in) // measured as the terminal draws it
			}
			got := Wrap(in, tt.w)
			want := tt.want
			if strings.ContainsAny(want, "ทำ") {
				want = Clean(want)
			}
			if got != want {
				t.Errorf("Wrap(%q, %d) =\n%s\nwant\n%s", tt.in, tt.w, got, want)
			}
			if tt.w > 0 {
				checkWrap(t, in, tt.w, got, tt.w > 1)
			}
		})
	}
}

// TestBreakBetween: an editor's breaks are Wrap's.
func TestBreakBetween(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		a, b string
		ok   bool
	}{
		{"理", "解", true}, {"し", "、", false}, {"、", "共", true}, {"「", "労", false}, {"ア", "ー", false},
		{"a", "b", false}, {"a", "日", true}, {"…", "…", false}, {"日", " ", false}, {"", "日", false},
	} {
		if got := BreakBetween(tt.a, tt.b); got != tt.ok {
			t.Errorf("BreakBetween(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestWrapKeepsStyles(t *testing.T) {
	t.Parallel()
	in := "\x1b[1mbold\x1b[0m words here"
	got := Wrap(in, 10)
	if got != "\x1b[1mbold\x1b[0m words\nhere" {
		t.Errorf("Wrap(%q) = %q", in, got)
	}
}

func FuzzWrap(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		for _, w := range []int{1, 2, 3, 5, 8, 13, 40} {
			checkWrap(t, c, w, Wrap(c, w), false)
		}
	})
}
