package render

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
)

// columnGap is the space between columns of a table without borders.
const columnGap = 2

// Table is a table of user text drawn with lipgloss/table, for the TUI and
// for the commands' table output. Cells are cleaned with [Line] (or escaped
// with [MarkdownText] for [Table.Markdown]); within a maximum width the
// widest columns are truncated with the ellipsis of [Glyphs]. Build one with
// [NewTable] and the methods below, then call String.
type Table struct {
	head      []string
	rows      [][]string
	maxWidth  int
	fixed     []int
	header    lipgloss.Style
	selStyle  lipgloss.Style
	selected  int
	cells     func(row, col int) lipgloss.Style
	border    *lipgloss.Border
	markdown  bool
	minWidths map[int]int // MinWidth
}

// NewTable returns a table with the given column headings (none for a table
// without a header row), no borders, columns two spaces apart, and no
// maximum width.
func NewTable(head ...string) *Table {
	return &Table{head: head, selected: -1}
}

// Row adds a row of cells.
func (t *Table) Row(cells ...string) *Table {
	t.rows = append(t.rows, cells)
	return t
}

// Rows adds rows of cells.
func (t *Table) Rows(rows ...[]string) *Table {
	t.rows = append(t.rows, rows...)
	return t
}

// MaxWidth sets the width in cells the table may take (0, the default, for
// no limit). When the table is wider, the widest columns not marked
// [Table.Fixed] are narrowed one cell at a time, their cells truncated with
// an ellipsis, until it fits.
func (t *Table) MaxWidth(w int) *Table {
	t.maxWidth = max(w, 0)
	return t
}

// MinWidth keeps column col at least w cells wide even when no row fills
// it, such as a column that only the selected row marks.
func (t *Table) MinWidth(col, w int) *Table {
	if t.minWidths == nil {
		t.minWidths = map[int]int{}
	}
	t.minWidths[col] = w
	return t
}

// Fixed marks columns (by index) whose values MaxWidth never cuts, such as
// dates and counts; their headings may be cut when the table does not fit.
func (t *Table) Fixed(cols ...int) *Table {
	t.fixed = append(t.fixed, cols...)
	return t
}

// HeaderStyle sets the style of the header cells.
func (t *Table) HeaderStyle(s lipgloss.Style) *Table {
	t.header = s
	return t
}

// Selected highlights row (an index into the rows, -1 for none) with s.
func (t *Table) Selected(row int, s lipgloss.Style) *Table {
	t.selected, t.selStyle = row, s
	return t
}

// CellStyle styles the cells of the rows other than the selected one:
// style(row, col), row an index into the rows. Cells are cleaned text, so
// this is the way to colour one (an overdue date, a heading row).
func (t *Table) CellStyle(style func(row, col int) lipgloss.Style) *Table {
	t.cells = style
	return t
}

// Border draws the table inside b, with a line under the header and
// between columns; use [Glyphs]().Border for the terminal's own.
func (t *Table) Border(b lipgloss.Border) *Table {
	t.border = &b
	return t
}

// Markdown makes String produce a GitHub-flavoured Markdown table: a
// Markdown border, cells escaped with [MarkdownText] instead of cleaned with
// Line, no styles, and no maximum width (a Markdown table is not cut).
func (t *Table) Markdown() *Table {
	t.markdown = true
	return t
}

// String draws the table.
func (t *Table) String() string {
	cols := len(t.head)
	for _, r := range t.rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return ""
	}
	prepare := Line
	if t.markdown {
		prepare = MarkdownText
	}
	cell := func(r []string, c int) string {
		if c < len(r) {
			return prepare(r[c])
		}
		return ""
	}
	head := make([]string, 0, cols)
	if len(t.head) > 0 || t.markdown {
		for c := range cols {
			h := cell(t.head, c)
			// A heading as wide as the column must be, padded.
			h += strings.Repeat(" ", max(t.minWidths[c]-Width(h), 0))
			head = append(head, h)
		}
	}
	rows := make([][]string, len(t.rows))
	for i, r := range t.rows {
		rows[i] = make([]string, cols)
		for c := range cols {
			rows[i][c] = cell(r, c)
		}
	}

	if t.markdown {
		return table.New().Border(lipgloss.MarkdownBorder()).
			BorderTop(false).BorderBottom(false).
			StyleFunc(func(int, int) lipgloss.Style { return lipgloss.NewStyle().Padding(0, 1) }).
			Headers(head...).Rows(rows...).String()
	}

	if t.maxWidth > 0 {
		widths := t.columnWidths(head, rows, cols)
		for c, w := range widths {
			if len(head) > 0 {
				head[c] = Truncate(head[c], w)
			}
			for _, r := range rows {
				r[c] = Truncate(r[c], w)
			}
		}
	}

	tb := table.New().Headers(head...).Rows(rows...)
	if t.border != nil {
		tb.Border(*t.border)
	} else {
		tb.BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
			BorderColumn(false).BorderHeader(false)
	}
	tb.StyleFunc(func(row, col int) lipgloss.Style {
		var s lipgloss.Style
		switch row {
		case table.HeaderRow:
			s = t.header
		case t.selected:
			s = t.selStyle
		default:
			s = lipgloss.NewStyle()
			if t.cells != nil {
				s = t.cells(row, col)
			}
		}
		if t.border != nil {
			return s.Padding(0, 1)
		}
		if col < cols-1 {
			return s.PaddingRight(columnGap)
		}
		return s
	})
	out := tb.String()
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if t.border == nil {
			l = strings.TrimRight(l, " ")
		}
		if t.maxWidth > 0 && Width(l) > t.maxWidth {
			l = Clip(l, t.maxWidth, 1) // only when the fixed columns alone are too wide
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// columnWidths narrows the widest unfixed columns until the table fits
// maxWidth, or none can be narrowed further (to one cell, or to the width of
// the ellipsis and one more cell when that is narrower than the column).
func (t *Table) columnWidths(head []string, rows [][]string, cols int) []int {
	widths := make([]int, cols)
	for c := range cols {
		if len(head) > 0 {
			widths[c] = Width(head[c])
		}
		for _, r := range rows {
			widths[c] = max(widths[c], Width(r[c]))
		}
	}
	overhead := columnGap * (cols - 1)
	if t.border != nil {
		overhead = 2 + (cols - 1) + 2*cols
	}
	// A column narrows to an ellipsis and a cell; a fixed one no narrower
	// than its widest value, though its heading may be cut.
	cut := Width(Glyphs().Ellipsis) + 1
	floor := make([]int, cols)
	for c := range cols {
		floor[c] = min(widths[c], cut)
		if slices.Contains(t.fixed, c) {
			for _, r := range rows {
				floor[c] = max(floor[c], Width(r[c]))
			}
		}
	}
	total := overhead
	for _, w := range widths {
		total += w
	}
	for total > t.maxWidth {
		widest := -1
		for c := range cols {
			if widths[c] > floor[c] && (widest < 0 || widths[c] > widths[widest]) {
				widest = c
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
		total--
	}
	return widths
}
