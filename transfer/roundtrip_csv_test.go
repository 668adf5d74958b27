package transfer_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

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
