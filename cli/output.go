package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"vision2030/i18n"
	"vision2030/ui"
)

// Output formats.
const (
	formatTable = "table"
	formatCSV   = "csv"
	formatJSON  = "json"
)

var formats = []string{formatTable, formatCSV, formatJSON}

func checkFormat(t *i18n.Catalogue, f string) error {
	for _, x := range formats {
		if f == x {
			return nil
		}
	}
	return UsageError{fmt.Sprintf(t.ErrBadFormat, f, strings.Join(formats, ", "))}
}

// cleanLine makes user text safe for a terminal, on one line.
func cleanLine(s string) string { return ui.CleanLine(s) }

// listing is rows to print as a table, as CSV, or (json) as a value.
type listing struct {
	head []string
	rows [][]string
	json any
	foot string // printed under a table only
}

// write prints l in format to w. Table cells are cleaned of control and
// escape sequences and aligned by terminal cells; CSV and JSON carry the
// text as stored.
func (l listing) write(w io.Writer, format string) error {
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
	const maxCell = 60
	widths := make([]int, len(l.head))
	cells := make([][]string, 0, len(l.rows)+1)
	for _, r := range append([][]string{l.head}, l.rows...) {
		row := make([]string, len(r))
		for i, c := range r {
			c = cleanLine(c)
			if ansi.StringWidth(c) > maxCell {
				c = ansi.Truncate(c, maxCell, "…")
			}
			row[i] = c
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
		cells = append(cells, row)
	}
	var b strings.Builder
	for _, row := range cells {
		var line strings.Builder
		for i, c := range row {
			if i > 0 {
				line.WriteString("  ")
			}
			line.WriteString(c)
			if i < len(row)-1 {
				line.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	if l.foot != "" {
		b.WriteString(l.foot + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
