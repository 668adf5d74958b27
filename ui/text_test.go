package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"vision2030/render"
)

// The text helpers the screens use are render's; these are the cases the
// screens relied on when they had their own.
var (
	clean = render.Clean
	line  = render.Line
	fit   = render.Fit
	trunc = render.Truncate
	wrap  = render.Wrap
	clip  = render.Clip
)

func TestCleanCases(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\tb", "a       b"},
		{"two\nlines", "two\nlines"},
		{"\x1b[31mred\x1b[0m", "␛[31mred␛[0m"},
		{"title\x1b]0;owned\x07", "title␛]0;owned␇"},
		{"osc8 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "osc8 ␛]8;;http://x␛\\link␛]8;;␛\\"},
		{"bell\x07 nul\x00 del\x7f", "bell␇ nul␀ del␡"},
		{"c1 \u009b2J", "c1 <U+009B>2J"},
		{"bidi \u202egnp.exe", "bidi <U+202E>gnp.exe"},
		{"日本語 ไทย", "日本語 ไทย"},
		{"cr\r\nlf", "cr\nlf"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFitAndTruncMeasureCells(t *testing.T) {
	tests := []struct {
		in string
		w  int
	}{{"全日本自動車産業労働組合総連合会", 9}, {"สวัสดีครับ", 4}, {"abc", 5}, {"abc", 0}, {"日本", 1}}
	for _, tt := range tests {
		if got := fit(tt.in, tt.w); ansi.StringWidth(got) != tt.w {
			t.Errorf("fit(%q, %d) is %d cells: %q", tt.in, tt.w, ansi.StringWidth(got), got)
		}
		if got := trunc(tt.in, tt.w); ansi.StringWidth(got) > tt.w {
			t.Errorf("trunc(%q, %d) is %d cells", tt.in, tt.w, ansi.StringWidth(got))
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"\x1b[31mx", "a\x1b]0;t\x07b", "\x9b1m", "日本\tไทย\n", "\xff\xfe"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		c := clean(s)
		if strings.ContainsAny(c, "\x1b\x07\x00\r\u009b") {
			t.Fatalf("clean(%q) = %q keeps a control", s, c)
		}
		if utf8.ValidString(s) && !utf8.ValidString(c) {
			t.Fatalf("clean made invalid UTF-8")
		}
		w = w%200 + 1
		if w < 1 {
			w = -w + 1
		}
		for _, l := range strings.Split(clip(wrap(c, w), w, 50), "\n") {
			if ansi.StringWidth(l) > w {
				t.Fatalf("line %q wider than %d", l, w)
			}
		}
		if got := fit(line(s), w); ansi.StringWidth(got) != w {
			t.Fatalf("fit gives %d cells, want %d", ansi.StringWidth(got), w)
		}
	})
}
