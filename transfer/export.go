package transfer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// ExportOptions say what an Exporter writes.
type ExportOptions struct {
	Format string   // FormatCSV, FormatJSON or FormatXLSX
	Tables []string // the tables, in Tables order; CSV takes one
	// T heads the columns and names the sheets, in its language.
	T *i18n.Catalogue
	// Document heads a JSON export.
	Document Document
	// Progress, if set, hears how many rows of how many are written.
	Progress func(done, total int)
}

// Exporter writes the rows of an export as the store hands them over
// (Sink), then ends the file (Close). CSV is UTF-8 with a byte-order mark
// and formula-safe cells; a workbook has a sheet per table; JSON is one
// document with a list per table.
type Exporter struct {
	w     io.Writer
	buf   *bufio.Writer
	opt   ExportOptions
	begun []string
	cur   string
	rows  int // of the current table
	done  int
	total int

	csv   *render.CSVWriter
	wb    *render.Workbook
	sheet *render.XSheet
	enc   *json.Encoder
	jbuf  bytes.Buffer
}

// NewExporter starts an export to w.
func NewExporter(w io.Writer, opt ExportOptions) (*Exporter, error) {
	x := &Exporter{w: w, opt: opt}
	switch opt.Format {
	case FormatCSV:
		if len(opt.Tables) != 1 {
			return nil, fmt.Errorf("CSV holds one table, not %d", len(opt.Tables))
		}
		x.buf = bufio.NewWriterSize(w, 64<<10)
		x.csv = render.NewCSVWriter(x.buf)
		x.csv.BOM = true
	case FormatXLSX:
		x.wb = render.NewWorkbook()
	case FormatJSON:
		x.buf = bufio.NewWriterSize(w, 64<<10)
		x.enc = json.NewEncoder(&x.jbuf)
		x.enc.SetEscapeHTML(false)
		d := opt.Document
		d.Format, d.Version = DocumentFormat, DocumentVersion
		head, err := json.Marshal(d)
		if err != nil {
			return nil, err
		}
		// The head's members, then the tables' as they come.
		x.buf.Write(render.EscapeJSON(head[:len(head)-1]))
	default:
		return nil, fmt.Errorf("unknown format %q", opt.Format)
	}
	return x, nil
}

// Sink is what the store hands the rows to.
func (x *Exporter) Sink() store.ExportSink {
	sink := store.ExportSink{Counts: func(c store.ImportCounts) { x.total = c.Total() }}
	want := func(t string) bool { return slices.Contains(x.opt.Tables, t) }
	if want(store.TablePartners) {
		sink.Partner = func(p store.ExportPartner) error {
			return x.row(store.TablePartners, partnerJSON(p), []any{p.UID, p.ID, p.Name, p.NameJA, p.Yomi, p.ShortName,
				string(p.Kind), p.CountryCode, p.Companies, orNil(p.Since), p.Contact, p.Notes, p.Tracked, p.Archived,
				p.CreatedAt, p.UpdatedAt})
		}
	}
	if want(store.TableEntries) {
		sink.Entry = func(e store.ExportEntry) error {
			var labels, ids, uids, goals []string
			for _, p := range e.Links {
				labels, ids, uids = append(labels, p.Label), append(ids, strconv.FormatInt(p.ID, 10)), append(uids, p.UID)
			}
			for _, g := range e.Goals {
				goals = append(goals, strconv.Itoa(g))
			}
			return x.row(store.TableEntries, entryJSON(e), []any{e.UID, e.ID, e.Date, string(e.Kind), e.Title, e.Summary,
				e.Author, list(labels), list(ids), list(uids), list(goals), e.Opened, e.FirstResponse, e.Closed,
				e.CameFirst, e.CreatedAt, e.UpdatedAt, e.DeletedAt})
		}
	}
	if want(store.TableActions) {
		sink.Action = func(a store.ExportAction) error {
			return x.row(store.TableActions, actionJSON(a), []any{a.UID, a.ID, a.EntryUID, a.EntryID, a.EntryTitle, a.What,
				a.Owner, a.Due, a.Done, a.Author, a.CreatedAt, a.UpdatedAt, a.DeletedAt})
		}
	}
	if want(store.TableAssessments) {
		sink.Assessment = func(a store.ExportAssessment) error {
			var entry any
			if a.EntryID != 0 {
				entry = a.EntryID
			}
			return x.row(store.TableAssessments, assessmentJSON(a), []any{a.UID, a.ID, a.PartnerUID, a.PartnerLabel,
				a.GoalID, a.Stage, a.Date, a.Note, a.Author, a.EntryUID, entry, a.CreatedAt})
		}
	}
	return sink
}

// orNil is n, or nil (an empty cell) for 0.
func orNil(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// list joins the values of a list cell.
func list(xs []string) string { return strings.Join(xs, "; ") }

// row writes one row of table: j as JSON, cells as a row of cells.
func (x *Exporter) row(table string, j any, cells []any) error {
	if err := x.switchTo(table); err != nil {
		return err
	}
	x.rows++
	switch {
	case x.enc != nil:
		sep := ",\n    "
		if x.rows == 1 {
			sep = "\n    "
		}
		x.jbuf.Reset()
		if err := x.enc.Encode(j); err != nil {
			return err
		}
		x.buf.WriteString(sep)
		x.buf.Write(render.EscapeJSON(bytes.TrimRight(x.jbuf.Bytes(), "\n")))
	case x.csv != nil:
		rec := make([]string, len(cells))
		for i, c := range cells {
			rec[i] = csvCell(c)
		}
		if err := x.csv.Write(rec); err != nil {
			return err
		}
	default:
		if err := x.sheet.Row(cells...); err != nil {
			return err
		}
	}
	x.done++
	if x.opt.Progress != nil && (x.done%512 == 0 || x.done == x.total) {
		x.opt.Progress(x.done, x.total)
	}
	return nil
}

// csvCell is a value as CSV writes it.
func csvCell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	}
	return fmt.Sprint(v)
}

// switchTo ends the table being written and begins table, and the tables
// before it that gave no rows.
func (x *Exporter) switchTo(table string) error {
	if table == x.cur {
		return nil
	}
	for _, t := range x.opt.Tables {
		if slices.Contains(x.begun, t) {
			continue
		}
		if err := x.end(); err != nil {
			return err
		}
		if err := x.begin(t); err != nil {
			return err
		}
		if t == table {
			return nil
		}
	}
	return fmt.Errorf("table %s not asked for, or out of order", table)
}

func (x *Exporter) begin(table string) error {
	x.begun = append(x.begun, table)
	x.cur, x.rows = table, 0
	cols := Columns[table]
	switch {
	case x.enc != nil:
		x.buf.WriteString(",\n  " + strconv.Quote(table) + ": [")
	case x.csv != nil:
		// CSV is for programs: its header is English whatever the
		// interface's language (a workbook, for people, is headed in it).
		head := make([]string, len(cols))
		for i, c := range cols {
			head[i] = Heading(i18n.English, c.Field)
		}
		return x.csv.Write(head)
	default:
		xcols := make([]render.XColumn, len(cols))
		for i, c := range cols {
			xcols[i] = render.XColumn{Head: Heading(x.opt.T, c.Field), Type: cellType(c.Type)}
		}
		var err error
		x.sheet, err = x.wb.AddSheet(SheetName(x.opt.T, table), xcols)
		return err
	}
	return nil
}

func cellType(t Type) render.CellType {
	switch t {
	case Date:
		return render.CellDate
	case Time:
		return render.CellTime
	case Bool:
		return render.CellBool
	case Int:
		return render.CellInt
	}
	return render.CellText
}

// end ends the table being written, if any.
func (x *Exporter) end() error {
	if x.cur == "" {
		return nil
	}
	defer func() { x.cur = "" }()
	switch {
	case x.enc != nil:
		if x.rows > 0 {
			x.buf.WriteString("\n  ")
		}
		x.buf.WriteString("]")
	case x.sheet != nil:
		err := x.sheet.Close()
		x.sheet = nil
		return err
	}
	return nil
}

// Close writes the tables that gave no rows and ends the file.
func (x *Exporter) Close() error {
	if len(x.opt.Tables) > 0 {
		if err := x.switchTo(x.opt.Tables[len(x.opt.Tables)-1]); err != nil && x.cur != x.opt.Tables[len(x.opt.Tables)-1] {
			return err
		}
	}
	if err := x.end(); err != nil {
		return err
	}
	switch {
	case x.enc != nil:
		x.buf.WriteString("\n}\n")
		return x.buf.Flush()
	case x.csv != nil:
		x.csv.Flush()
		if err := x.csv.Error(); err != nil {
			return err
		}
		return x.buf.Flush()
	default:
		return x.wb.Write(x.w)
	}
}

// Controls counts the cells of a workbook whose control characters (those a
// workbook cannot hold) were written as placeholders (␛).
func (x *Exporter) Controls() int {
	if x.wb == nil {
		return 0
	}
	return x.wb.Controls
}

// Cut counts the cells of a workbook cut to the most a cell holds.
func (x *Exporter) Cut() int {
	if x.wb == nil {
		return 0
	}
	return x.wb.Cut
}
