package ui

import (
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// clean makes text from the database safe to print: escape sequences are
// removed, tabs become spaces and every other control character is dropped.
// Newlines are kept; use line for single-line contexts.
func clean(s string) string {
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case r == unicode.ReplacementChar:
			return r
		case unicode.IsControl(r), r == '\u2028', r == '\u2029',
			r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069': // bidi overrides
			return -1
		}
		return r
	}, s)
}

// line is clean text folded onto one line.
func line(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}

// width is the number of terminal cells s takes.
func width(s string) int { return lipgloss.Width(s) }

// fit truncates s (which may be styled) to w cells with an ellipsis, and pads
// it with spaces to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if width(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	if n := w - width(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// trunc truncates s to at most w cells with an ellipsis, without padding.
func trunc(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if width(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s
}

// wrap word-wraps s to w cells, breaking words longer than w.
func wrap(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Wrap(s, w, " -")
}

// clip cuts a rendered block to at most w cells wide and h lines tall, so
// nothing ever spills past the terminal.
func clip(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if width(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// CleanLine is line for other packages: user text made safe to print on one
// line of a terminal.
func CleanLine(s string) string { return line(s) }
