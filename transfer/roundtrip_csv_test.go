package transfer_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"vision2030/store"
	"vision2030/transfer"
)

// TestCSVRoundTripKeepsText: a summary with CRLF, tabs and Japanese comes
// back from a CSV export byte for byte (encoding/csv dropped the \r).
func TestCSVRoundTripKeepsText(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := seeded(t)
	summary := "一行目\r\n二行目\tタブ\r\n\r\n\"引用\", 三行目\n四行目"
	if _, err := src.AddEntry(ctx, store.NewEntry{Date: "2025-05-01", Kind: store.KindVisit, Title: "改行\tと\r\nタブ",
		Summary: summary, Author: "佐藤", PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
		t.Fatal(err)
	}
	data := export(t, src, transfer.FormatCSV, []string{store.TableEntries}, "ja", false)
	dst := seeded(t)
	r := read(t, dst, "e.csv", data, transfer.ReadOptions{})
	if r.Total > 0 {
		t.Fatalf("%+v", r.Problems)
	}
	found := false
	for _, e := range r.Data.Entries {
		if e.Title == "改行\tと\r\nタブ" {
			found = true
			if e.Summary != summary {
				t.Errorf("summary %q, want %q", e.Summary, summary)
			}
		}
	}
	if !found {
		t.Errorf("the entry is not read back: %+v", r.Data.Entries)
	}
}

// TestRaggedRowAmongOthers: a row with too few cells is one problem among
// the others, all listed in file order, not the only one.
func TestRaggedRowAmongOthers(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	data := csvRows("date,kind,title,partners,goals",
		"2025-02-30,visit,Visit,UAW,2",
		"2025-04-21,visit,Visit,UAW",
		"2025-04-21,party,Visit,UAW,2",
		"2025-04-21,visit,Visit,UAW,2,extra",
		"2025-13-01,visit,Visit,UAW,2")
	r := read(t, st, "f.csv", data, transfer.ReadOptions{})
	type got struct {
		row   int
		issue transfer.Issue
	}
	var gs []got
	for _, p := range r.Problems {
		gs = append(gs, got{p.Where.Row, p.Issue})
	}
	want := []got{{2, ""}, {3, transfer.IssueCells}, {4, ""}, {5, transfer.IssueCells}, {6, ""}}
	if r.Total != len(want) || len(gs) != len(want) {
		t.Fatalf("%d problems %+v, want %+v", r.Total, gs, want)
	}
	for i := range want {
		if gs[i] != want[i] {
			t.Errorf("problem %d: %+v, want %+v", i, gs[i], want[i])
		}
	}
	if !r.RowsOnly() {
		t.Error("a ragged row is not a problem of its row")
	}
}

// TestXLSXEarlyDates: dates before Excel's 29 February 1900 that never
// was come back from a workbook as they went (serial 1 is 1900-01-01).
func TestXLSXEarlyDates(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := seeded(t)
	dates := []string{"1900-01-01", "1900-02-28", "1900-03-01", "2026-11-21"}
	for _, d := range dates {
		if _, err := src.AddEntry(ctx, store.NewEntry{Date: d, Kind: store.KindVisit, Title: "early " + d,
			Author: "佐藤", PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
			t.Fatal(err)
		}
	}
	data := export(t, src, transfer.FormatXLSX, []string{store.TableEntries}, "en", false)
	// The serials Excel gives these days.
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(f.GetSheetList()[0], excelize.Options{RawCellValue: true})
	serials := map[string]string{}
	for _, row := range rows {
		for _, c := range row {
			if d, ok := strings.CutPrefix(c, "early "); ok {
				serials[d] = row[2]
			}
		}
	}
	f.Close()
	for d, want := range map[string]string{"1900-01-01": "1", "1900-02-28": "59", "1900-03-01": "61", "2026-11-21": "46347"} {
		if serials[d] != want {
			t.Errorf("%s written as %q, want serial %s", d, serials[d], want)
		}
	}
	r := read(t, seeded(t), "e.xlsx", data, transfer.ReadOptions{})
	if r.Total > 0 {
		t.Fatalf("%+v", r.Problems)
	}
	got := map[string]bool{}
	for _, e := range r.Data.Entries {
		if e.Title == "early "+e.Date {
			got[e.Date] = true
		}
	}
	for _, d := range dates {
		if !got[d] {
			t.Errorf("%s is not read back", d)
		}
	}
}

// TestCSVEncodingsKeepCRLF: Shift_JIS, UTF-16 (tab-separated, as Excel
// saves "Unicode text") and UTF-8 with a byte-order mark are read by the
// same reader: a quoted cell keeps its \r\n.
func TestCSVEncodingsKeepCRLF(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	summary := "一行目\r\n二行目"
	csvText := "日付,種類,件名,相手先,目標,概要\r\n2025-04-21,訪問,訪問,UAW,2,\"" + summary + "\"\r\n"
	tsvText := strings.NewReplacer(",", "\t").Replace(csvText)
	sjis, _, err := transform.Bytes(japanese.ShiftJIS.NewEncoder(), []byte(csvText))
	if err != nil {
		t.Fatal(err)
	}
	utf16, _, err := transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), []byte(tsvText))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		encoding string
		data     []byte
	}{
		{transfer.EncodingSJIS, sjis},
		{transfer.EncodingUTF16, utf16},
		{transfer.EncodingUTF8BOM, append([]byte("\uFEFF"), csvText...)},
	} {
		r := read(t, st, "f.csv", tt.data, transfer.ReadOptions{})
		if r.Total > 0 || r.Encoding != tt.encoding || len(r.Data.Entries) != 1 {
			t.Errorf("%s: %s, %+v", tt.encoding, r.Encoding, r.Problems)
			continue
		}
		if got := r.Data.Entries[0].Summary; got != summary {
			t.Errorf("%s: summary %q, want %q", tt.encoding, got, summary)
		}
	}
}
