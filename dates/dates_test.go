package dates

import (
	"errors"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"2026-11-01": "2026-11-01", "2026/11/01": "2026-11-01", "R8.11.1": "2026-11-01",
		"令和8年11月1日": "2026-11-01", "２０２６／１１／０１": "2026-11-01", "": "",
	} {
		if got, err := Parse(in); err != nil || got != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for in, want := range map[string]Error{
		"2026-02-30": {Problem: NoSuchDay, Year: 2026, Month: 2, Days: 28},
		"2024-02-30": {Problem: NoSuchDay, Year: 2024, Month: 2, Days: 29},
		"2026-13-01": {Problem: NoSuchDay, Year: 2026},
		"平成31年5月1日":  {Problem: OutOfEra, Era: "平成", First: "1989-01-08", Last: "2019-04-30"},
		"令和元年4月1日":   {Problem: OutOfEra, Era: "令和", First: "2019-05-01"},
		"next week":  {Problem: NotADate},
	} {
		_, err := Parse(in)
		var e *Error
		want.Text = in
		if !errors.As(err, &e) || *e != want {
			t.Errorf("Parse(%q): %#v, want %#v", in, err, want)
		}
	}
}

func TestRelative(t *testing.T) {
	t.Parallel()
	today := Day(2026, time.November, 21)
	for _, tt := range []struct {
		in    string
		ahead bool
		want  string
	}{
		{"3d", false, "2026-11-18"}, {"2w", false, "2026-11-07"}, {"1m", false, "2026-10-21"}, {"３ｄ", false, "2026-11-18"},
		{"-3d", false, "2026-11-18"}, {"+7d", false, "2026-11-28"}, {"+7", false, "2026-11-28"},
		{"2w", true, "2026-12-05"}, {"1m", true, "2026-12-21"}, {"-3d", true, "2026-11-18"},
	} {
		if got, ok := Relative(tt.in, today, tt.ahead); !ok || got != tt.want {
			t.Errorf("Relative(%q, ahead %v) = %q, %v; want %q", tt.in, tt.ahead, got, ok, tt.want)
		}
	}
	for _, in := range []string{"3", "d", "2026-11-01", "soon"} {
		if got, ok := Relative(in, today, false); ok {
			t.Errorf("Relative(%q) = %q, want none", in, got)
		}
	}
}

func TestYear(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"1985", 1985, true}, {"１９８５", 1985, true}, {" 1985年 ", 1985, true}, {"昭和60年", 1985, true},
		{"S60", 1985, true}, {"令和元年", 2019, true}, {"h31", 2019, true}, {"平成32年", 0, false},
		{"昭和65", 0, false}, {"85", 0, false}, {"1985-04", 0, false}, {"", 0, false}, {"年", 0, false},
		{"令和0年", 0, false},
	} {
		if got, ok := Year(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("Year(%q) = %d %v, want %d %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
