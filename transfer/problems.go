package transfer

import "vision2030/store"

// Issue is what is wrong with a file, a header or a row, as opposed to a
// value (a *store.FieldError says those).
type Issue string

// The issues a file can have. The command line words each one.
const (
	// IssueNotTable: not CSV, XLSX or JSON. Value says what it looks
	// like: "pdf", "xls" (the old Excel format), "ods" (LibreOffice's
	// own), "zip", "binary".
	IssueNotTable Issue = "not_table"
	IssueEmpty    Issue = "empty"   // nothing in the file
	IssueNoRows   Issue = "no_rows" // a header, but no rows
	// IssueNoColumns: no heading names a column import knows; Value holds
	// the headings.
	IssueNoColumns Issue = "no_columns"
	// IssueMissingColumn: a column the table needs (Value, a field) is
	// not in the file.
	IssueMissingColumn Issue = "missing_column"
	// IssueColumnTwice: two columns (Value and Other) give the same field
	// (Field).
	IssueColumnTwice Issue = "column_twice"
	// IssueCells: a row has N cells where the header has M.
	IssueCells Issue = "cells"
	// IssueNoHeading: a value (Value) in a column with no heading.
	IssueNoHeading Issue = "no_heading"
	// IssueCSV: the CSV cannot be read from line N on (a quote not
	// closed, say).
	IssueCSV Issue = "csv"
	// IssueBadXLSX: the workbook cannot be read; Value is the library's
	// words.
	IssueBadXLSX Issue = "bad_xlsx"
	// IssueBadJSON: the JSON cannot be read; Value is what is wrong in the
	// decoder's words, Other which of JSONSyntax and JSONType it is (""
	// for neither), N the line.
	IssueBadJSON Issue = "bad_json"
	// IssueBadBool: a flag (Value) that is neither yes nor no.
	IssueBadBool Issue = "bad_bool"
	// IssueNoTable: the file holds no table of the kind asked for (Value).
	IssueNoTable Issue = "no_table"
	// IssueMapColumn: --map names a heading (Value) the file does not
	// have.
	IssueMapColumn Issue = "map_column"
	// IssueEraDate: a date of a Japanese era (Value) that is not a day of
	// it: the era (Field) ran from Other to Last ("" for the era under
	// way).
	IssueEraDate Issue = "era_date"
)

// What an IssueBadJSON is, in its Other, for the command line to word.
const (
	JSONSyntax = "syntax" // not well-formed JSON
	JSONType   = "type"   // a value of the wrong type: a text where a list belongs, say
)

// Issues lists every Issue, for the command line's words to cover.
var Issues = []Issue{IssueNotTable, IssueEmpty, IssueNoRows, IssueNoColumns, IssueMissingColumn, IssueColumnTwice,
	IssueCells, IssueNoHeading, IssueCSV, IssueBadXLSX, IssueBadJSON, IssueBadBool, IssueNoTable, IssueMapColumn, IssueEraDate}

// Where is a place in a file: a sheet (a workbook's; a table's key in
// JSON; "" in CSV), a row as the spreadsheet numbers it (the header is row
// 1; in JSON the item's number, from 1; 0 for the file as a whole), and a
// column as the file heads it ("" for the whole row).
type Where struct {
	Sheet  string
	Row    int
	Column string
}

// Problem is one thing wrong with a file: either a value (Err, whose Field
// is the store's field name) or an Issue.
type Problem struct {
	Where Where
	Err   *store.FieldError
	Issue Issue
	// Value, Other, Last, Field, N and M are what the Issue says they are.
	Value, Other, Last, Field string
	N, M                      int
	// Candidates are the partners an unknown or ambiguous name may mean.
	Candidates []store.Partner
}

// RowLevel reports whether p is a problem of one row (a value, a row's
// cells), after which the other rows can still be read and checked, as
// opposed to one of the file or its header.
func (p Problem) RowLevel() bool {
	switch {
	case p.Err != nil:
		return true
	case p.Issue == IssueBadBool, p.Issue == IssueCells, p.Issue == IssueNoHeading, p.Issue == IssueEraDate:
		return true
	case p.Issue == IssueBadJSON:
		return p.Where.Row > 0
	}
	return false
}
