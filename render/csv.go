package render

import (
	"encoding/csv"
	"io"
	"strings"
)

// SafeCell returns s as a CSV cell that a spreadsheet shows as text: a cell
// beginning with = + - @, a tab, a carriage return or a line feed (or the
// full-width ＝ ＋ － ＠, which some spreadsheets also take as a formula)
// is prefixed with an apostrophe, so `=HYPERLINK(...)` or `+cmd|' /C
// calc'!A0` is not run as a formula.
//
// Two exceptions keep the round trip with [UnsafeCell] exact: a plain
// decimal number such as -5 or -0.25, which no spreadsheet runs, is left as
// it is (so it stays a number); and a cell that already begins with
// apostrophes followed by one of those characters gets one more apostrophe.
// Spreadsheets show the apostrophe; UnsafeCell takes it off again.
func SafeCell(s string) string {
	if needsQuote(s) {
		return "'" + s
	}
	return s
}

// UnsafeCell undoes [SafeCell], for a cell read back from a CSV file this
// program wrote: UnsafeCell(SafeCell(s)) == s for every s. A cell that
// SafeCell could not have written (an apostrophe before a letter, say) is
// returned as it is.
func UnsafeCell(s string) string {
	if strings.HasPrefix(s, "'") && needsQuote(s[1:]) {
		return s[1:]
	}
	return s
}

// needsQuote reports whether SafeCell prefixes s.
func needsQuote(s string) bool {
	for strings.HasPrefix(s, "'") {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	if s[0] == '-' && decimal(s[1:]) {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return true
	}
	for _, p := range []string{"＝", "＋", "－", "＠"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// decimal reports whether s is digits with at most one decimal point
// between them.
func decimal(s string) bool {
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point && digits > 0 && i < len(s)-1:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}

// CSVWriter writes records as CSV with every cell passed through
// [SafeCell]. Set BOM before the first record to begin the output with a
// UTF-8 byte-order mark, which spreadsheets need to read UTF-8 (Japanese,
// Thai) rather than the system code page.
type CSVWriter struct {
	BOM bool

	w       io.Writer
	csv     *csv.Writer
	started bool
	err     error
}

// NewCSVWriter returns a CSVWriter writing to w.
func NewCSVWriter(w io.Writer) *CSVWriter {
	return &CSVWriter{w: w, csv: csv.NewWriter(w)}
}

// Write writes one record, each cell made safe with SafeCell. Like
// encoding/csv, it buffers: call Flush at the end.
func (c *CSVWriter) Write(record []string) error {
	if c.err != nil {
		return c.err
	}
	if !c.started {
		c.started = true
		if c.BOM {
			if _, err := io.WriteString(c.w, "\uFEFF"); err != nil {
				c.err = err
				return err
			}
		}
	}
	safe := make([]string, len(record))
	for i, s := range record {
		safe[i] = SafeCell(s)
	}
	return c.csv.Write(safe)
}

// WriteAll writes records and flushes.
func (c *CSVWriter) WriteAll(records [][]string) error {
	for _, r := range records {
		if err := c.Write(r); err != nil {
			return err
		}
	}
	c.Flush()
	return c.Error()
}

// Flush writes any buffered records to the underlying writer.
func (c *CSVWriter) Flush() { c.csv.Flush() }

// Error reports the first error of a Write or Flush.
func (c *CSVWriter) Error() error {
	if c.err != nil {
		return c.err
	}
	return c.csv.Error()
}
