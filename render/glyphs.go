package render

import "charm.land/lipgloss/v2"

// GlyphSet is the program's own symbols: screens draw these rather than
// literals, so that a terminal drawing ambiguous-width characters two cells
// wide gets symbols that are one cell in every terminal.
type GlyphSet struct {
	Ellipsis string    // end of truncated text
	Sep      string    // separator between items on a line, without spaces
	Marker   string    // the current item
	Bullet   string    // an item of a list
	Arrow    string    // "leads to"
	Up, Down string    // keys and directions
	BarFull  string    // one filled cell of a progress bar
	BarEmpty string    // one empty cell of a progress bar
	Ticks    [8]string // a sparkline, lowest to highest
	Rule     string    // one cell of a horizontal rule
	VRule    string    // one cell of a vertical rule
	Open     string    // an open item (action, request)
	Done     string    // a done item
	Deleted  string    // an archived or deleted item
	Wrong    string    // a value that cannot be read
	Dash     string    // an absent value
	Times    string    // "by", as in countries × stages
	AtLeast  string    // "at least", as in ≥ 3
	Border   lipgloss.Border
}

// unicodeGlyphs are for terminals that draw ambiguous-width characters in
// one cell, the default.
var unicodeGlyphs = GlyphSet{
	Ellipsis: "…",
	Sep:      "·",
	Marker:   "▸",
	Bullet:   "•",
	Arrow:    "→",
	Up:       "↑",
	Down:     "↓",
	BarFull:  "█",
	BarEmpty: "░",
	Ticks:    [8]string{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"},
	Rule:     "─",
	VRule:    "│",
	Open:     "○",
	Done:     "●",
	Deleted:  "⌫",
	Wrong:    "✗",
	Dash:     "—",
	Times:    "×",
	AtLeast:  "≥",
	Border:   lipgloss.NormalBorder(),
}

// asciiGlyphs are for terminals that draw ambiguous-width characters in two
// cells. Terminals disagree on more than the East Asian Ambiguous class
// (some draw ░ ▸ and block elements wide as well), so these are ASCII.
var asciiGlyphs = GlyphSet{
	Ellipsis: "...",
	Sep:      "|",
	Marker:   ">",
	Bullet:   "*",
	Arrow:    "->",
	Up:       "^",
	Down:     "v",
	BarFull:  "#",
	BarEmpty: ".",
	Ticks:    [8]string{"_", ".", ",", ":", "-", "=", "+", "#"},
	Rule:     "-",
	VRule:    "|",
	Open:     "o",
	Done:     "*",
	Deleted:  "x",
	Wrong:    "!",
	Dash:     "--",
	Times:    "x",
	AtLeast:  ">=",
	Border:   lipgloss.ASCIIBorder(),
}

// Glyphs returns the symbols for the terminal: Unicode ones by default,
// ASCII ones after [SetAmbiguousWidth](2).
func Glyphs() GlyphSet {
	if AmbiguousWidth() == 2 {
		return asciiGlyphs
	}
	return unicodeGlyphs
}
