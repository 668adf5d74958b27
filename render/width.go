package render

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Width is the number of cells the widest line of s takes, as Lip Gloss
// measures it (escape sequences take none). For the output of [Clean] and
// [Line], and program text built from [Glyphs], it is what the terminal
// draws.
func Width(s string) int { return lipgloss.Width(s) }

// TerminalWidth is the number of cells the widest line of s takes in a
// terminal that advances by wcwidth, one code point at a time: the package's
// terminal model (x/ansi's WcWidth mode; see the package documentation). It
// follows [SetAmbiguousWidth]. Tests use it to check that what is drawn
// measures the same to Lip Gloss.
func TerminalWidth(s string) int {
	w := 0
	for l := range strings.SplitSeq(s, "\n") {
		w = max(w, ansi.StringWidthWc(l))
	}
	return w
}

// Truncate cuts s (one line, which may be styled) to at most w cells,
// ending it with the ellipsis of [Glyphs] when anything was cut. It never
// splits a grapheme cluster or an escape sequence. When w is narrower than
// the ellipsis, s is cut without one.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if Width(s) <= w {
		return s
	}
	tail := Glyphs().Ellipsis
	if Width(tail) > w {
		tail = ""
	}
	return ansi.Truncate(s, w, tail)
}

// Pad pads s (one line, which may be styled) with spaces on the right to w
// cells. It never cuts: s wider than w is returned as it is.
func Pad(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// PadLeft pads s with spaces on the left to w cells, for numbers in a
// column. It never cuts.
func PadLeft(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// Fit makes s (one line, which may be styled) exactly w cells wide:
// truncated with an ellipsis if wider, padded with spaces if narrower.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return Pad(Truncate(s, w), w)
}

// Clip cuts a rendered block to at most w cells wide and h lines tall, so
// that nothing spills past the terminal. Lines are cut without an ellipsis.
func Clip(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if Width(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}
