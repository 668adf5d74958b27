package ui

import "vision2030/render"

// The text helpers of the screens, kept by name; the work is render's, which
// the commands share.

// clean makes text from the database safe to print: control characters and
// escape sequences are shown as visible placeholders, tabs are expanded and
// text the terminal would draw at another width than Lip Gloss measures is
// rewritten. Newlines are kept; use line for single-line contexts.
func clean(s string) string { return render.Clean(s) }

// line is clean text folded onto one line.
func line(s string) string { return render.Line(s) }

// width is the number of terminal cells s takes.
func width(s string) int { return render.Width(s) }

// fit truncates s (which may be styled) to w cells with an ellipsis, and pads
// it with spaces to exactly w cells.
func fit(s string, w int) string { return render.Fit(s, w) }

// trunc truncates s to at most w cells with an ellipsis, without padding.
func trunc(s string, w int) string { return render.Truncate(s, w) }

// wrap wraps s to w cells: at spaces, between Japanese characters where
// kinsoku allows, never inside a word or date, breaking only runs too long
// for a line.
func wrap(s string, w int) string { return render.Wrap(s, w) }

// clip cuts a rendered block to at most w cells wide and h lines tall, so
// nothing ever spills past the terminal.
func clip(s string, w, h int) string { return render.Clip(s, w, h) }

// CleanLine is line for other packages: user text made safe to print on one
// line of a terminal.
func CleanLine(s string) string { return line(s) }
