package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/spf13/cobra"
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
// JSON carry the text as stored.
func (l listing) write(w io.Writer, format string, width int) error {
	switch format {
	case formatJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(l.json)
	case formatCSV:
		cw := csv.NewWriter(w)
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

// drawTable draws a borderless table with Lip Gloss: columns two cells
// apart, as wide as their widest cell, unless that is wider than width
// (when width is not 0). Then columns empty in every row are left out, and
// the columns not fixed are cut with an ellipsis until it fits; if that
// would leave them less than minFlex cells each, every column gives way.
// Every cell is user text, cleaned first.
func drawTable(head []string, rows [][]string, fixed []bool, width int) string {
	head = cleanRow(head)
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = cleanRow(r)
	}
	natural := widths(head, cells)
	fit := width > 0 && total(natural) > width
	if fit && len(cells) > 0 {
		var keep []int
		for j := range head {
			for _, r := range cells {
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
		head, fixed = pick(head), kept
		for i := range cells {
			cells[i] = pick(cells[i])
		}
		natural = widths(head, cells)
		fit = total(natural) > width
	}
	if fit {
		room, flex := width, 0
		for j, n := range natural {
			if j < len(fixed) && fixed[j] {
				room -= n + 2
			} else {
				flex++
			}
		}
		if room < flex*minFlex {
			fixed = nil
		}
	}
	tb := table.New().Headers(head...).Rows(cells...).Wrap(false).
		BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
		BorderHeader(false).BorderColumn(false).
		StyleFunc(func(_, col int) lipgloss.Style {
			s := lipgloss.NewStyle()
			if col < len(head)-1 {
				s = s.PaddingRight(2)
			}
			if fit && col < len(fixed) && fixed[col] {
				s = s.Width(natural[col] + 2)
			}
			return s
		})
	if fit {
		tb = tb.Width(width)
	}
	var b strings.Builder
	for _, line := range strings.Split(tb.String(), "\n") {
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return b.String()
}

// minFlex is the fewest cells a column of text is cut to while others
// keep their width.
const minFlex = 12

func cleanRow(r []string) []string {
	out := make([]string, len(r))
	for i, c := range r {
		out[i] = cleanLine(c)
	}
	return out
}

// widths are the widths of the columns: their widest cells.
func widths(head []string, rows [][]string) []int {
	w := make([]int, len(head))
	for _, r := range append([][]string{head}, rows...) {
		for j, c := range r {
			if j < len(w) {
				w[j] = max(w[j], lipgloss.Width(c))
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
