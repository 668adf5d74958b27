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
	// fixed marks the columns that keep their width when the table must
	// shrink to fit the terminal (ids, dates, kinds); the others, user
	// text, are cut with an ellipsis. Nil: every column may shrink.
	fixed []bool
}

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
	out := drawTable(l.head, l.rows, l.fixed, width)
	if l.foot != "" {
		out += l.foot + "\n"
	}
	_, err := io.WriteString(w, out)
	return err
}

// drawTable draws a borderless table (render.Table): columns two cells
// apart, as wide as their widest cell, unless that is wider than width
// (when width is not 0). Then columns empty in every row are left out, and
// the widest columns not fixed are cut with an ellipsis until it fits; if
// that would leave them less than minFlex cells each, every column gives
// way. Every cell is user text, cleaned by render.
func drawTable(head []string, rows [][]string, fixed []bool, width int) string {
	natural := widths(head, rows)
	if width > 0 && total(natural) > width && len(rows) > 0 {
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
					out = append(out, r[j])
				}
			}
			return out
		}
		var kept []bool
		for _, j := range keep {
			kept = append(kept, j < len(fixed) && fixed[j])
		}
		picked := make([][]string, len(rows))
		for i := range rows {
			picked[i] = pick(rows[i])
		}
		head, fixed, rows = pick(head), kept, picked
		natural = widths(head, rows)
	}
	tb := render.NewTable(head...).Rows(rows...).MaxWidth(width)
	if width > 0 && total(natural) > width {
		room, flex := width, 0
		var cols []int
		for j, n := range natural {
			if j < len(fixed) && fixed[j] {
				room -= n + 2
				cols = append(cols, j)
			} else {
				flex++
			}
		}
		if room >= flex*minFlex {
			tb.Fixed(cols...)
		}
	}
	return tb.String() + "\n"
}

// minFlex is the fewest cells a column of text is cut to while others
// keep their width.
const minFlex = 12

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
