package transfer

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"vision2030/render"
)

// The formats a file may be in.
const (
	FormatCSV  = "csv"
	FormatXLSX = "xlsx"
	FormatJSON = "json"
)

// The encodings a CSV file may be in, as Result.Encoding names them.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF8BOM = "UTF-8 (BOM)"
	EncodingUTF16   = "UTF-16"
	EncodingSJIS    = "Shift_JIS (CP932)"
)

// sheet is a table of cells as a file holds it: a header and rows.
type sheet struct {
	name   string // the sheet's name; "" for CSV
	header []string
	rows   []row
}

type row struct {
	n     int // as the spreadsheet numbers it: the header is row 1
	cells []string
	// problem, when not nil, is why the row cannot be read (its cells do
	// not match the header); cells is then empty.
	problem *Problem
}

// kindOf says what format data is in, or a problem (IssueNotTable,
// IssueEmpty) for a file that is in none.
func kindOf(data []byte) (string, *Problem) {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	switch {
	case len(bytes.TrimSpace(data)) == 0 || len(trimmed) == 0:
		return "", &Problem{Issue: IssueEmpty}
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if z, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			for _, f := range z.File {
				if f.Name == "xl/workbook.xml" {
					return FormatXLSX, nil
				}
				if f.Name == "mimetype" || f.Name == "content.xml" {
					return "", &Problem{Issue: IssueNotTable, Value: "ods"}
				}
			}
		}
		return "", &Problem{Issue: IssueNotTable, Value: "zip"}
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "", &Problem{Issue: IssueNotTable, Value: "xls"}
	case bytes.HasPrefix(data, []byte("%PDF")):
		return "", &Problem{Issue: IssueNotTable, Value: "pdf"}
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return FormatCSV, nil // UTF-16 text: Excel's "Unicode text"
	case trimmed[0] == '{' || trimmed[0] == '[':
		return FormatJSON, nil
	}
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "", &Problem{Issue: IssueNotTable, Value: "binary"}
	}
	return FormatCSV, nil
}

// decodeText turns the bytes of a text file into UTF-8 and says what they
// were: UTF-8 with or without a byte-order mark, UTF-16 with one, or
// Shift_JIS as Excel writes it on a Japanese PC (code page 932). Bytes that
// are neither valid UTF-8 nor valid Shift_JIS are left as they are, for
// the cells that hold them to be refused with their row and column.
func decodeText(data []byte) ([]byte, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return data[3:], EncodingUTF8BOM
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, _, err := transform.Bytes(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder(), data)
		if err == nil {
			return out, EncodingUTF16
		}
	case utf8.Valid(data):
		return data, EncodingUTF8
	}
	// Not valid UTF-8. Mostly valid multi-byte UTF-8 with a few broken
	// bytes is UTF-8 with cells to refuse; Shift_JIS forms a valid UTF-8
	// sequence only now and then, by chance.
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
		case size > 1:
			valid++
		}
		i += size
	}
	if valid == 0 || invalid > valid/4 {
		if out, _, err := transform.Bytes(japanese.ShiftJIS.NewDecoder(), data); err == nil && !bytes.ContainsRune(out, utf8.RuneError) {
			return out, EncodingSJIS
		}
	}
	return data, EncodingUTF8
}

// readCSV reads CSV (or, when the header has tabs and no commas, TSV)
// text into a sheet; rows with no value at all are skipped. A row with
// more or fewer cells than the header is kept in the sheet with its
// problem, for it to be listed among the others in file order. A record
// that cannot be read at all (a bad quote) ends the reading: that problem
// is returned, and the rows before it are kept.
func readCSV(text []byte) (sheet, *Problem) {
	var sh sheet
	first, _, _ := bytes.Cut(text, []byte("\n"))
	comma := byte(',')
	if bytes.Count(first, []byte("\t")) > 0 && bytes.Count(first, []byte(",")) == 0 {
		comma = '\t'
	}
	r := newCSVReader(text, comma)
	for n := 1; ; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := n
			var ce *csvError
			if errors.As(err, &ce) {
				line = ce.Line
			}
			return sh, &Problem{Where: Where{Row: n}, Issue: IssueCSV, N: line}
		}
		if n == 1 {
			sh.header = rec
			continue
		}
		if blank(rec) {
			continue
		}
		if len(rec) != len(sh.header) {
			sh.rows = append(sh.rows, row{n: n, problem: &Problem{Where: Where{Row: n}, Issue: IssueCells, N: len(rec), M: len(sh.header)}})
			continue
		}
		for j := range rec {
			rec[j] = render.UnsafeCell(rec[j])
		}
		sh.rows = append(sh.rows, row{n: n, cells: rec})
	}
	return sh, nil
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// readXLSX reads every sheet of a workbook: the values of its cells (a
// formula's last computed value, or its value computed now if the file
// holds none), dates as serial numbers.
func readXLSX(data []byte) ([]sheet, *Problem) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, &Problem{Issue: IssueBadXLSX, Value: err.Error()}
	}
	defer f.Close()
	var out []sheet
	formulas := hasFormulas(data)
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, &Problem{Issue: IssueBadXLSX, Value: err.Error()}
		}
		sh := sheet{name: name}
		for i, cells := range rows {
			if i == 0 {
				sh.header = cells
				continue
			}
			if formulas {
				for j, c := range cells {
					if c != "" {
						continue
					}
					ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
					if fm, _ := f.GetCellFormula(name, ref); fm != "" {
						cells[j], _ = f.CalcCellValue(name, ref, excelize.Options{RawCellValue: true})
					}
				}
			}
			if blank(cells) {
				continue
			}
			// No apostrophe to take off: a workbook's text cells are text
			// (export makes only CSV cells formula-safe).
			sh.rows = append(sh.rows, row{n: i + 1, cells: cells})
		}
		out = append(out, sh)
	}
	return out, nil
}

// hasFormulas reports whether any sheet of the workbook has a formula
// cell, so that only a workbook with formulas pays for looking at each
// empty cell.
func hasFormulas(data []byte) bool {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return true
	}
	for _, zf := range z.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") || !strings.HasSuffix(zf.Name, ".xml") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return true
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil || bytes.Contains(b, []byte("<f>")) || bytes.Contains(b, []byte("<f ")) ||
			bytes.Contains(b, []byte(":f>")) || bytes.Contains(b, []byte(":f ")) {
			return true
		}
	}
	return false
}
