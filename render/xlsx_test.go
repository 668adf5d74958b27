package render_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"vision2030/render"
)

func TestWorkbook(t *testing.T) {
	t.Parallel()
	wb := render.NewWorkbook()
	sh, err := wb.AddSheet("Entries: 2025/26", []render.XColumn{{Head: "date", Type: render.CellDate},
		{Head: "title"}, {Head: "came first", Type: render.CellBool}, {Head: "stage", Type: render.CellInt},
		{Head: "created (UTC)", Type: render.CellTime}, {Head: "share", Type: render.CellPercent}})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("長", render.MaxCellChars+5)
	for i := range 250 { // more rows than decide the widths
		title := "会議"
		if i == 3 {
			title = long
		}
		if err := sh.Row("2025-04-21", title, i%2 == 0, i, "2025-04-21T10:30:00Z", 0.25); err != nil {
			t.Fatal(err)
		}
	}
	if err := sh.Row("", "", nil, nil, "", nil); err != nil {
		t.Fatal(err)
	}
	if err := sh.Close(); err != nil {
		t.Fatal(err)
	}
	other, _ := wb.AddSheet("Partners", []render.XColumn{{Head: "name"}})
	other.Close()
	var buf bytes.Buffer
	if err := wb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if wb.Cut != 1 {
		t.Errorf("%d cells cut, want 1", wb.Cut)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Entries_ 2025_26" || got[1] != "Partners" {
		t.Errorf("sheets %q", got)
	}
	name := "Entries_ 2025_26"
	rows, _ := f.GetRows(name)
	if len(rows) != 251 || strings.Join(rows[0], "|") != "date|title|came first|stage|created (UTC)|share" {
		t.Fatalf("%d rows, header %q", len(rows), rows[0])
	}
	if got := strings.Join(rows[1], "|"); got != "2025-04-21|会議|TRUE|0|2025-04-21 10:30:00|25%" {
		t.Errorf("row 2 shows %q", got)
	}
	raw, _ := f.GetRows(name, excelize.Options{RawCellValue: true})
	if raw[1][0] != "45768" || raw[1][2] != "1" {
		t.Errorf("a date is %q and a flag %q, want a serial and a boolean", raw[1][0], raw[1][2])
	}
	if typ, _ := f.GetCellType(name, "D2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("a number is of type %v", typ)
	}
	if typ, _ := f.GetCellType(name, "B2"); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
		t.Errorf("text is of type %v", typ)
	}
	panes, _ := f.GetPanes(name)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v: the header is not frozen", panes)
	}
	filters := 0
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" && d.Scope == name {
			filters++
			if d.RefersTo != "'"+name+"'!$A$1:$F$252" {
				t.Errorf("the filter covers %s", d.RefersTo)
			}
		}
	}
	if filters != 1 {
		t.Errorf("%d filters on the sheet", filters)
	}
	if w, _ := f.GetColWidth(name, "B"); w < 8 || w > 60 {
		t.Errorf("title column %v wide", w)
	}
	style, _ := f.GetCellStyle(name, "A1")
	if st, _ := f.GetStyle(style); st == nil || st.Font == nil || !st.Font.Bold {
		t.Error("the header is not bold")
	}
}

func TestSheetName(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"Entries": "Entries", "a/b:c": "a_b_c", "": "Sheet",
		strings.Repeat("x", 40): strings.Repeat("x", 31), "'q'": "q"} {
		if got := render.SheetName(in); got != want {
			t.Errorf("SheetName(%q) = %q, want %q", in, got, want)
		}
	}
}
