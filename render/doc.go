// Package render is what the TUI and the commands both draw with: user text
// made safe and measurable for a terminal, widths, wrapping, tables, and
// CSV, JSON and Markdown that cannot attack their reader.
//
// # The terminal model
//
// Lip Gloss measures a string by grapheme clusters (x/ansi's GraphemeWidth,
// backed by clipperhouse/displaywidth); a terminal that does not implement
// Unicode core mode (DEC mode 2027) advances its cursor once per code point,
// by wcwidth. This package takes x/ansi's WcWidth mode as the model of such a
// terminal: go-runewidth v0.0.31 with EastAsianWidth=false (or true under
// [SetAmbiguousWidth](2)), with nonspacing and enclosing marks, format
// characters and C0/C1 controls counted as zero. It is the measure Bubble
// Tea's renderer uses for terminals without mode 2027, so it is also what
// the renderer believes about the screen. [TerminalWidth] exposes it.
//
// The two measures disagree on some text (a Thai SARA AM, a half-width
// voiced mark, a Prepend mark before padding, ZWJ emoji, Indic conjuncts, a
// lone regional indicator...). [Clean] and [Line] rewrite such text for
// display so that, for everything they return, Lip Gloss's width equals the
// terminal's: layout computed with Lip Gloss is the layout the terminal
// draws, in either width mode. Saving is never affected: everything here is
// for display only.
package render
