package transfer

import (
	"bytes"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"vision2030/store"
)

func TestParseDate(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want string }{
		{"2025-04-21", "2025-04-21"},
		{" 2025-4-1 ", "2025-04-01"},
		{"2025/04/21", "2025-04-21"},
		{"2025.4.21", "2025-04-21"},
		{"2025年4月21日", "2025-04-21"},
		{"２０２５／４／２１", "2025-04-21"}, // full width, as an input method types it
		{"2025-04-21T10:30:00Z", "2025-04-21"},
		{"2025-04-21 10:30", "2025-04-21"},
		{"20250421", "2025-04-21"},
		{"45768", "2025-04-21"},    // a spreadsheet's serial number
		{"45768.75", "2025-04-21"}, // with a time of day
		{"61", "1900-03-01"},
		{"1", "1900-01-01"}, // Excel's 1900 system: before its 29 February that never was
		{"59", "1900-02-28"},
		{"59.5", "1900-02-28"},
		{"令和7年4月21日", "2025-04-21"},
		{"令和元年5月1日", "2019-05-01"},
		{"平成31年4月30日", "2019-04-30"},
		{"平成元年1月8日", "1989-01-08"},
		{"昭和64年1月7日", "1989-01-07"},
		{"R7.4.21", "2025-04-21"},
		{"r7/4/21", "2025-04-21"},
		{"H31-4-30", "2019-04-30"},
		{"令和７年４月２１日", "2025-04-21"},
		{"", ""},
	} {
		got, fe := parseDate("date", tt.in)
		if fe != nil || got != tt.want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, fe, tt.want)
		}
	}
	for _, in := range []string{"4/21/2025", "21.04.2025", "next week", "60", "0", "-3",
		"3000000", "令和0年5月1日", "X7.4.21", "2025-04-21x"} {
		if got, fe := parseDate("date", in); fe == nil || fe.Problem != store.ProblemBadDate || fe.Value != in {
			t.Errorf("parseDate(%q) = %q, %v; want a bad date", in, got, fe)
		}
	}
	// Written as a date, but no such day: said so, with the month's days.
	for _, in := range []string{"2025-02-30", "2025-13-01", "令和7年2月29日"} {
		if got, fe := parseDate("date", in); fe == nil || fe.Problem != store.ProblemNoSuchDay || fe.Value != in {
			t.Errorf("parseDate(%q) = %q, %v; want no such day", in, got, fe)
		}
	}
	// A real day outside its era: said so, with when the era ran.
	for _, in := range []string{"平成31年5月1日", "明治1年1月1日"} {
		if got, fe := parseDate("date", in); fe == nil || fe.Problem != store.ProblemEraDate || fe.Date == nil || fe.Date.First == "" {
			t.Errorf("parseDate(%q) = %q, %v; want a day outside its era", in, got, fe)
		}
	}
}

func TestParseTime(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want string }{
		{"2025-04-21T10:30:00Z", "2025-04-21T10:30:00Z"},
		{"2025-04-21T19:30:00+09:00", "2025-04-21T10:30:00Z"},
		{"2025-04-21 10:30:00", "2025-04-21T10:30:00Z"},
		{"45768.4375", "2025-04-21T10:30:00Z"},
		{"1.5", "1900-01-01T12:00:00Z"},
		{"61.25", "1900-03-01T06:00:00Z"},
		{"2025-04-21", "2025-04-21T00:00:00Z"},
		{"", ""},
	} {
		if got, fe := parseTime("created", tt.in); fe != nil || got != tt.want {
			t.Errorf("parseTime(%q) = %q, %v; want %q", tt.in, got, fe, tt.want)
		}
	}
	if _, fe := parseTime("created", "yesterday"); fe == nil {
		t.Error("yesterday is a time")
	}
}

func TestParseBoolAndLists(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]bool{"true": true, "TRUE": true, "yes": true, "1": true, "○": true, "はい": true,
		"false": false, "FALSE": false, "": false, "0": false, "いいえ": false, "×": false} {
		if got, ok := parseBool(in); !ok || got != want {
			t.Errorf("parseBool(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := parseBool("maybe"); ok {
		t.Error("maybe is a flag")
	}
	if got := splitList("UAW; IndustriALL；Metalworkers, Federation of X\nJCM", false); len(got) != 4 || got[2] != "Metalworkers, Federation of X" {
		t.Errorf("partners %q", got)
	}
	if got := splitList("1, 2、3 4", true); len(got) != 4 {
		t.Errorf("goals %q", got)
	}
	if n, ok := parseInt("2017.0"); !ok || n != 2017 {
		t.Errorf("parseInt(2017.0) = %d, %v", n, ok)
	}
}

func TestDecodeText(t *testing.T) {
	t.Parallel()
	text := "日付,件名\n2025/4/21,バンコク協議 ①\n"
	sjis, _, err := transform.Bytes(japanese.ShiftJIS.NewEncoder(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	utf16, _, _ := transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), []byte(text))
	for _, tt := range []struct {
		name string
		in   []byte
		enc  string
		want string
	}{
		{"UTF-8", []byte(text), EncodingUTF8, text},
		{"UTF-8 with a BOM", append([]byte("\uFEFF"), text...), EncodingUTF8BOM, text},
		{"Shift_JIS", sjis, EncodingSJIS, text},
		{"UTF-16", utf16, EncodingUTF16, text},
		// UTF-8 with one broken byte stays UTF-8: the cell is refused.
		{"broken UTF-8", []byte("件名\nバンコク\xff\n"), EncodingUTF8, "件名\nバンコク\xff\n"},
	} {
		got, enc := decodeText(tt.in)
		if enc != tt.enc || !bytes.Equal(got, []byte(tt.want)) {
			t.Errorf("%s: read as %s: %q", tt.name, enc, got)
		}
	}
}

func TestKindOf(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in     string
		format string
		issue  Issue
		value  string
	}{
		{"date,title\n", FormatCSV, "", ""},
		{"\uFEFF{\"entries\": []}", FormatJSON, "", ""},
		{"  [ ]", FormatJSON, "", ""},
		{"", "", IssueEmpty, ""},
		{" \n\t\n", "", IssueEmpty, ""},
		{"%PDF-1.7 ...", "", IssueNotTable, "pdf"},
		{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old excel", "", IssueNotTable, "xls"},
		{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", IssueNotTable, "binary"},
		{"PK\x03\x04 not really a zip", "", IssueNotTable, "zip"},
	} {
		format, p := kindOf([]byte(tt.in))
		if format != tt.format || (p == nil) != (tt.issue == "") || p != nil && (p.Issue != tt.issue || p.Value != tt.value) {
			t.Errorf("kindOf(%q) = %q, %+v", tt.in, format, p)
		}
	}
}

func TestEraOf(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in, name, first, last string
		ok                    bool
	}{
		{"平成31年5月1日", "平成", "1989-01-08", "2019-04-30", true},
		{"令和1年4月30日", "令和", "2019-05-01", "", true},
		{"R1.4.30", "令和", "2019-05-01", "", true},
		{"令和7年2月29日", "", "", "", false}, // no such day in any calendar
		{"2025-04-21", "", "", "", false},
	} {
		name, first, last, ok := eraOf(tt.in)
		if name != tt.name || first != tt.first || last != tt.last || ok != tt.ok {
			t.Errorf("eraOf(%q) = %q %q %q %v", tt.in, name, first, last, ok)
		}
	}
}
