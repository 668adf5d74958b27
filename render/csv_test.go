package render

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestSafeCell(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"", ""},
		{`=HYPERLINK("http://evil.example","click")`, `'=HYPERLINK("http://evil.example","click")`},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"\n=1", "'\n=1"},
		{"＝1+1", "'＝1+1"},
		{"-5", "-5"},
		{"-0.25", "-0.25"},
		{"-5.", "'-5."},
		{"-", "'-"},
		{"--5", "'--5"},
		{"'=1", "''=1"},
		{"''+1", "'''+1"},
		{"'plain", "'plain"},
		{"a=b", "a=b"},
		{"2026-11-21", "2026-11-21"},
		{"全日本自動車", "全日本自動車"},
	}
	for _, tt := range tests {
		got := SafeCell(tt.in)
		if got != tt.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := UnsafeCell(got); back != tt.in {
			t.Errorf("UnsafeCell(SafeCell(%q)) = %q", tt.in, back)
		}
	}
}

func FuzzSafeCell(f *testing.F) {
	for _, s := range []string{"=1", "+1", "-1", "-1.5", "@a", "\t", "\r", "'=1", "''", "'", "＋", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := SafeCell(s)
		if UnsafeCell(c) != s {
			t.Fatalf("UnsafeCell(SafeCell(%q)) = %q", s, UnsafeCell(c))
		}
		if c != "" && strings.ContainsRune("=+@\t\r\n", rune(c[0])) {
			t.Fatalf("SafeCell(%q) = %q begins with a formula character", s, c)
		}
		if strings.HasPrefix(c, "-") && !decimal(c[1:]) {
			t.Fatalf("SafeCell(%q) = %q begins with - and is not a number", s, c)
		}
	})
}

func TestCSVWriter(t *testing.T) {
	t.Parallel()
	records := [][]string{{"title", "amount"}, {"=HYPERLINK(\"http://evil.example\")", "-5"}, {"日本,語", "+1"}}
	for _, bom := range []bool{false, true} {
		var b bytes.Buffer
		w := NewCSVWriter(&b)
		w.BOM = bom
		if err := w.WriteAll(records); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if strings.HasPrefix(out, "\uFEFF") != bom {
			t.Errorf("BOM %v: output %q", bom, out)
		}
		if strings.Count(out, "\uFEFF") > 1 {
			t.Errorf("more than one BOM: %q", out)
		}
		got, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got[1][0] != `'=HYPERLINK("http://evil.example")` || got[1][1] != "-5" || got[2][0] != "日本,語" || got[2][1] != "'+1" {
			t.Errorf("read back %q", got)
		}
		for i, r := range got {
			for j, c := range r {
				if UnsafeCell(c) != records[i][j] {
					t.Errorf("cell %d,%d reads back %q, want %q", i, j, UnsafeCell(c), records[i][j])
				}
			}
		}
	}
}
