package render

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// Workbook writes tables as an XLSX workbook, as spreadsheets expect them:
// one sheet per table, a bold header row that stays in view (frozen) and
// has filter buttons, columns as wide as their contents (within reason),
// dates and times as spreadsheet dates, flags as booleans and numbers as
// numbers. Rows are streamed to a temporary file, so a sheet of a hundred
// thousand rows costs little memory.
//
//	wb := render.NewWorkbook()
//	sh, _ := wb.AddSheet("Entries", []render.XColumn{{Head: "date", Type: render.CellDate}, ...})
//	sh.Row("2025-04-21", ...)
//	sh.Close()
//	wb.Write(w)
//
// A text cell holds at most MaxCellChars characters (UTF-16 units), the
// most a spreadsheet cell holds; longer text is cut, and Cut counts the
// cells that were.
type Workbook struct {
	f      *excelize.File
	sheets int
	styles map[CellType]int
	head   int
	// Cut counts the text cells cut to MaxCellChars.
	Cut int
	// Controls counts the text cells that held control characters a
	// workbook cannot hold (C0 controls but tab, newline and carriage
	// return: XML 1.0 has no way to write them), written as the
	// placeholders Line shows (ESC as ␛) rather than lost.
	Controls int
}

// MaxCellChars is the most characters (UTF-16 units) a spreadsheet cell
// holds.
const MaxCellChars = excelize.TotalCellChars

// CellType is what a column holds, which decides how its cells are written.
type CellType int

// The cell types.
const (
	CellText    CellType = iota // a string
	CellDate                    // a YYYY-MM-DD string (or time.Time), written as a date
	CellTime                    // an RFC 3339 string (or time.Time), written as a date and time in UTC
	CellBool                    // a bool
	CellInt                     // an int
	CellFloat                   // a float64, two decimals
	CellPercent                 // a float64 share, shown as a percentage
	CellWrap                    // long text, wrapped in a wide column
)

// XColumn is a column of a sheet: its heading and what it holds. Width is
// its width in characters; 0 makes it as wide as its contents.
type XColumn struct {
	Head  string
	Type  CellType
	Width float64
}

// NewWorkbook starts an empty workbook.
func NewWorkbook() *Workbook {
	return &Workbook{f: excelize.NewFile()}
}

func (w *Workbook) style(t CellType) (int, error) {
	if w.styles == nil {
		w.styles = map[CellType]int{}
		formats := map[CellType]*excelize.Style{
			CellDate:    {CustomNumFmt: ptr("yyyy-mm-dd")},
			CellTime:    {CustomNumFmt: ptr("yyyy-mm-dd hh:mm:ss")},
			CellFloat:   {CustomNumFmt: ptr("0.00")},
			CellPercent: {NumFmt: 9},
			CellWrap:    {Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}},
		}
		for ct, st := range formats {
			id, err := w.f.NewStyle(st)
			if err != nil {
				return 0, err
			}
			w.styles[ct] = id
		}
		id, err := w.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}},
			Border: []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}})
		if err != nil {
			return 0, err
		}
		w.head = id
	}
	return w.styles[t], nil
}

func ptr[T any](v T) *T { return &v }

// XSheet is a sheet being written: rows go in order, then Close.
type XSheet struct {
	wb      *Workbook
	name    string
	cols    []XColumn
	sw      *excelize.StreamWriter
	pending [][]any // the first rows, held until the widths are known
	row     int     // rows written, the header included
	started bool
}

// sampleRows is how many rows decide the widths of a sheet's columns.
const sampleRows = 200

// SheetName makes name a valid sheet name: at most 31 characters, none of
// []:*?/\, not empty.
func SheetName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) || r < 0x20 {
			return '_'
		}
		return r
	}, strings.Trim(name, "'"))
	if r := []rune(name); len(r) > 31 {
		name = string(r[:31])
	}
	if strings.TrimSpace(name) == "" {
		name = "Sheet"
	}
	return name
}

// AddSheet adds a sheet called name (made valid by SheetName) with cols.
func (w *Workbook) AddSheet(name string, cols []XColumn) (*XSheet, error) {
	name = SheetName(name)
	if _, err := w.style(CellText); err != nil {
		return nil, err
	}
	if w.sheets == 0 {
		if err := w.f.SetSheetName("Sheet1", name); err != nil {
			return nil, err
		}
	} else if _, err := w.f.NewSheet(name); err != nil {
		return nil, err
	}
	w.sheets++
	sw, err := w.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	return &XSheet{wb: w, name: name, cols: cols, sw: sw}, nil
}

// Row adds a row: one value per column, of the column's type (a string
// for every type is read as the type says; nil leaves the cell empty).
func (s *XSheet) Row(values ...any) error {
	if !s.started {
		s.pending = append(s.pending, values)
		if len(s.pending) < sampleRows {
			return nil
		}
		return s.start()
	}
	return s.write(values)
}

// start sets the widths from the header and the rows held, freezes the
// header and writes it, then the rows held.
func (s *XSheet) start() error {
	s.started = true
	for j, c := range s.cols {
		width := c.Width
		if width == 0 {
			width = float64(Width(c.Head)) + 4 // room for the filter button
			for _, r := range s.pending {
				if j < len(r) {
					width = max(width, float64(cellWidth(c.Type, r[j]))+2)
				}
			}
			width = min(max(width, 6), 60)
			if c.Type == CellWrap {
				width = 60
			}
		}
		if err := s.sw.SetColWidth(j+1, j+1, width); err != nil {
			return err
		}
	}
	if err := s.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	head := make([]any, len(s.cols))
	for j, c := range s.cols {
		head[j] = excelize.Cell{StyleID: s.wb.head, Value: c.Head}
	}
	s.row = 1
	if err := s.sw.SetRow("A1", head); err != nil {
		return err
	}
	for _, r := range s.pending {
		if err := s.write(r); err != nil {
			return err
		}
	}
	s.pending = nil
	return nil
}

// cellWidth is the width a value takes in a column of type t.
func cellWidth(t CellType, v any) int {
	switch t {
	case CellDate:
		return 10
	case CellTime:
		return 19
	case CellBool:
		return 5
	case CellPercent:
		return 6
	}
	s := fmt.Sprint(v)
	if v == nil {
		s = ""
	}
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	return Width(s)
}

func (s *XSheet) write(values []any) error {
	s.row++
	cells := make([]any, len(s.cols))
	for j, c := range s.cols {
		if j >= len(values) || values[j] == nil {
			continue
		}
		v, err := s.cell(c.Type, values[j])
		if err != nil {
			return fmt.Errorf("sheet %s, row %d, column %s: %w", s.name, s.row, c.Head, err)
		}
		if v == nil {
			continue
		}
		style, _ := s.wb.style(c.Type)
		cells[j] = excelize.Cell{StyleID: style, Value: v}
	}
	cell, _ := excelize.CoordinatesToCellName(1, s.row)
	return s.sw.SetRow(cell, cells)
}

// cell converts v to what excelize writes for a cell of type t.
func (s *XSheet) cell(t CellType, v any) (any, error) {
	str, isString := v.(string)
	if isString && str == "" {
		return nil, nil
	}
	switch t {
	case CellDate:
		if isString {
			d, err := time.Parse("2006-01-02", str)
			if err != nil {
				return str, nil // not a date: kept as text
			}
			return d, nil
		}
	case CellTime:
		if isString {
			d, err := time.Parse(time.RFC3339, str)
			if err != nil {
				return str, nil
			}
			return d.UTC(), nil
		}
		if d, ok := v.(time.Time); ok {
			return d.UTC(), nil
		}
	case CellText, CellWrap:
		if isString && strings.IndexFunc(str, xmlControl) >= 0 {
			s.wb.Controls++
			str = strings.Map(func(r rune) rune {
				if xmlControl(r) {
					return 0x2400 + r // as controlPicture shows it: ␛
				}
				return r
			}, str)
			v = str
		}
		if isString && len(utf16.Encode([]rune(str))) > MaxCellChars {
			s.wb.Cut++
		}
	}
	return v, nil
}

// xmlControl reports whether r is a control character XML 1.0 cannot
// hold (a workbook's cells are XML): C0 but tab, newline and carriage
// return.
func xmlControl(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' }

// Close ends the sheet: its filter covers the header and every row.
func (s *XSheet) Close() error {
	if !s.started {
		if err := s.start(); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(max(len(s.cols), 1), max(s.row, 1))
	if err := s.wb.f.AutoFilter(s.name, "A1:"+last, nil); err != nil {
		return err
	}
	return s.sw.Flush()
}

// Write writes the workbook to out and releases its temporary files.
func (w *Workbook) Write(out io.Writer) error {
	defer w.f.Close()
	if w.sheets == 0 {
		return fmt.Errorf("an empty workbook")
	}
	_, err := w.f.WriteTo(out)
	return err
}
