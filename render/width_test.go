package render

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestTruncate(t *testing.T) {
	t.Parallel()
	red := lipgloss.NewStyle().Foreground(lipgloss.Color("1"))
	tests := []struct {
		in   string
		w    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abcdef", 4, "abc…"},
		{"abc", 0, ""},
		{"abc", -1, ""},
		{"全日本自動車", 5, "全日…"},
		{"全日本自動車", 4, "全…"},
		{"日本", 1, "…"},
		{"ท\u0e4d\u0e32งาน", 3, "ท\u0e4d\u0e32…"},
		{"👍" + zwsp + "🏽", 3, "👍" + zwsp + "…"},
		{"🇯🇵🇺🇸", 3, "🇯🇵…"},
	}
	for _, tt := range tests {
		if got := Truncate(tt.in, tt.w); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
	}
	styled := red.Render("全日本自動車産業")
	got := Truncate(styled, 7)
	if Width(got) != 7 || !strings.HasPrefix(got, "\x1b[") || !strings.Contains(got, "…") {
		t.Errorf("Truncate of styled text = %q (%d cells)", got, Width(got))
	}
}

func TestFitPadClip(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in string
		w  int
	}{{"全日本自動車産業労働組合総連合会", 9}, {"สวัสดีครับ", 4}, {"abc", 5}, {"abc", 0}, {"日本", 1}, {"日本", 3}, {"", 2}} {
		if got := Fit(tt.in, tt.w); Width(got) != tt.w || TerminalWidth(got) != tt.w {
			t.Errorf("Fit(%q, %d) = %q, %d cells", tt.in, tt.w, got, Width(got))
		}
		if got := Pad(tt.in, tt.w); Width(got) != max(tt.w, Width(tt.in)) || !strings.HasPrefix(got, tt.in) {
			t.Errorf("Pad(%q, %d) = %q", tt.in, tt.w, got)
		}
		if got := PadLeft(tt.in, tt.w); Width(got) != max(tt.w, Width(tt.in)) || !strings.HasSuffix(got, tt.in) {
			t.Errorf("PadLeft(%q, %d) = %q", tt.in, tt.w, got)
		}
	}
	block := "全日本自動車\nabcdefgh\nthird\nfourth"
	if got, want := Clip(block, 5, 2), "全日\nabcde"; got != want {
		t.Errorf("Clip = %q, want %q", got, want)
	}
	if Clip(block, 0, 3) != "" || Clip(block, 3, 0) != "" {
		t.Error("Clip to nothing is not empty")
	}
}

func FuzzTruncate(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		l := Line(s)
		for _, w := range []int{1, 2, 3, 7, 20} {
			got := Truncate(l, w)
			if Width(got) > w || Width(got) != TerminalWidth(got) {
				t.Fatalf("Truncate(%q, %d) = %q: %d cells to Lip Gloss, %d to a terminal", l, w, got, Width(got), TerminalWidth(got))
			}
			if Width(l) <= w && got != l {
				t.Fatalf("Truncate(%q, %d) = %q cut text that fits", l, w, got)
			}
			if f := Fit(l, w); Width(f) != w || TerminalWidth(f) != w {
				t.Fatalf("Fit(%q, %d) = %q: %d cells to Lip Gloss, %d to a terminal", l, w, f, Width(f), TerminalWidth(f))
			}
		}
	})
}
