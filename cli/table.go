package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"vision2030/i18n"
	"vision2030/render"
)

// Output formats of lists.
const (
	formatTable = "table"
	formatCSV   = "csv"
	formatJSON  = "json"
)

// listFormats are the formats of a list; showFormats of one record.
var (
	listFormats = []string{formatTable, formatCSV, formatJSON}
	showFormats = []string{formatTable, formatJSON}
)

// formatFlag adds --format to cmd, one of formats (the first the default),
// completed from them, and returns a check of the value given, to run
// before the database is opened.
func (a *app) formatFlag(cmd *cobra.Command, formats []string) (*string, func() error) {
	f := cmd.Flags().String("format", formats[0], "")
	a.completeFlag(cmd, "format", a.fixed(formats))
	return f, func() error {
		if !slices.Contains(formats, *f) {
			return usagef(a.t.ErrBadFormat, *f, strings.Join(formats, ", "))
		}
		return nil
	}
}

// readers says who reads a listing in format, and in which words: a table
// is for people, in t's language, with kinds and statuses in its words;
// CSV and JSON are for programs, whatever the language: English headers
// and the words the database stores (visit, open, yes).
func readers(t *i18n.Catalogue, format string) (words *i18n.Catalogue, people bool) {
	if format == formatTable {
		return t, true
	}
	return i18n.English, false
}

// listing is rows to print as a table, as CSV, or (json) as a value.
type listing struct {
	head []string
	rows [][]string
	json any
	foot string // printed under a table only
	// fits says how each column takes its width when the table must fit
	// the terminal (see drawTable). Nil: every column is text.
	fits []fit
}

// fit is how a column of a table takes its width when the table must fit.
type fit uint8

const (
	// fitText is user text (a title, a name, the partners): it gets the
	// room the other columns leave; the first text column of a table
	// keeps its width longest.
	fitText fit = iota
	// fitKeep is an id, a date, a number or a code: as wide as its widest
	// cell.
	fitKeep
	// fitShort is a word from a short list or a login (a kind, a status,
	// an author, a short name): as wide as its widest cell, up to
	// shortCap cells.
	fitShort
)

// write prints l in format to w. A table fits width (0: unlimited); its
// cells are cleaned of control characters and escape sequences. CSV and
// JSON carry the text as stored, except that a CSV cell a spreadsheet would
// read as a formula starts with ' and JSON escapes C1 and bidi controls;
// written to a terminal, their control characters show as placeholders.
func (l listing) write(w io.Writer, format string, width int) error {
	if format != formatTable && render.IsTerminal(w) {
		tw := render.TerminalSafe(w)
		if err := l.write(tw, format, width); err != nil {
			return err
		}
		return tw.Flush()
	}
	switch format {
	case formatJSON:
		return render.WriteJSON(w, l.json, "  ")
	case formatCSV:
		cw := render.NewCSVWriter(w)
		if err := cw.Write(l.head); err != nil {
			return err
		}
		if err := cw.WriteAll(l.rows); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	}
	out := drawTable(l.head, l.rows, l.fits, width)
	if l.foot != "" {
		out += l.foot + "\n"
	}
	_, err := io.WriteString(w, out)
	return err
}

// drawTable draws a borderless table (render.Table): columns two cells
// apart, as wide as their widest cell, unless that is wider than width
// (when width is not 0). Then columns empty in every row are left out and
// the columns share the width by need: ids, dates and codes (fitKeep) keep
// their width, kinds and authors (fitShort) theirs up to shortCap, and text
// gets the rest, the first text column (a title, a name) first: the other
// text columns are cut to a share of it before it is, and to minText cells
// (or their heading's width) before it is cut that far. If that is not
// enough, every column gives way, the widest first. Cells cut end in an
// ellipsis. Every cell is user text, cleaned by render.
func drawTable(head []string, rows [][]string, fits []fit, width int) string {
	natural := widths(head, rows)
	if width <= 0 || total(natural) <= width || len(rows) == 0 {
		return render.NewTable(head...).Rows(rows...).MaxWidth(width).String() + "\n"
	}
	var keep []int
	for j := range head {
		for _, r := range rows {
			if j < len(r) && r[j] != "" {
				keep = append(keep, j)
				break
			}
		}
	}
	pick := func(r []string) []string {
		out := make([]string, 0, len(keep))
		for _, j := range keep {
			if j < len(r) {
				out = append(out, render.Line(r[j]))
			} else {
				out = append(out, "")
			}
		}
		return out
	}
	var kept []fit
	for _, j := range keep {
		f := fitText
		if j < len(fits) {
			f = fits[j]
		}
		kept = append(kept, f)
	}
	picked := make([][]string, len(rows))
	for i := range rows {
		picked[i] = pick(rows[i])
	}
	head, rows = pick(head), picked
	cols := columnWidths(widths(head, rows), widths(head, nil), kept, width)
	for j, w := range cols {
		head[j] = render.Truncate(head[j], w)
		for _, r := range rows {
			r[j] = render.Truncate(r[j], w)
		}
	}
	return render.NewTable(head...).Rows(rows...).MaxWidth(width).String() + "\n"
}

// Widths in cells that drawTable narrows columns to.
const (
	shortCap = 14 // a kind, a status, an author: "online meeting", "セミナー・研修"
	minText  = 8  // a text column before the first text column is cut
)

// columnWidths shares width among columns of natural widths and fits, as
// drawTable says; heads are the widths of their headings, which a text
// column is not cut below (nor below minText).
func columnWidths(natural, heads []int, fits []fit, width int) []int {
	w := slices.Clone(natural)
	var text []int
	for j, f := range fits {
		switch f {
		case fitShort:
			w[j] = min(w[j], shortCap)
		case fitText:
			text = append(text, j)
		}
	}
	// narrow cuts column j toward floor until the table fits.
	narrow := func(j, floor int) {
		if over := total(w) - width; over > 0 && w[j] > floor {
			w[j] -= min(over, w[j]-floor)
		}
	}
	// The other text columns first, the last of them first, each to a
	// share of the text's room (the first column's share is twice theirs);
	// then the first; then those others to minText. None is cut below its
	// heading here.
	room := width - total(w) - 2
	for _, j := range text {
		room += w[j] + 2
	}
	share := max(minText, room/(len(text)+1))
	floor := func(j, least int) int { return min(w[j], max(least, heads[j])) }
	for i := len(text) - 1; i >= 1; i-- {
		narrow(text[i], floor(text[i], share))
	}
	if len(text) > 0 {
		narrow(text[0], floor(text[0], share*2))
	}
	for i := len(text) - 1; i >= 1; i-- {
		narrow(text[i], floor(text[i], minText))
	}
	if len(text) > 0 {
		narrow(text[0], floor(text[0], minText))
	}
	// Then every column, the widest first, down to an ellipsis and a cell.
	least := render.Width(render.Glyphs().Ellipsis) + 1
	for total(w) > width {
		widest := -1
		for j := range w {
			if w[j] > least && (widest < 0 || w[j] > w[widest]) {
				widest = j
			}
		}
		if widest < 0 {
			break
		}
		w[widest]--
	}
	return w
}

// widths are the widths of the columns: their widest cells, cleaned.
func widths(head []string, rows [][]string) []int {
	w := make([]int, len(head))
	for _, r := range append([][]string{head}, rows...) {
		for j, c := range r {
			if j < len(w) {
				w[j] = max(w[j], render.Width(render.Line(c)))
			}
		}
	}
	return w
}

// total is the width of a table of columns this wide, two cells apart.
func total(widths []int) int {
	n := 0
	for _, w := range widths {
		n += w + 2
	}
	return n - 2
}

// indent puts two spaces before every line of s and returns the lines.
func indent(s string) []string {
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		lines = append(lines, "  "+l)
	}
	return lines
}

// keyValues prints label: value lines, the labels aligned, values cleaned;
// empty values are left out.
func keyValues(w io.Writer, pairs [][2]string) error {
	left := 0
	for _, p := range pairs {
		if p[1] != "" {
			left = max(left, lipgloss.Width(p[0]))
		}
	}
	var b strings.Builder
	for _, p := range pairs {
		if p[1] == "" {
			continue
		}
		fmt.Fprintf(&b, "%s%s  %s\n", p[0], strings.Repeat(" ", left-lipgloss.Width(p[0])), cleanLine(p[1]))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
