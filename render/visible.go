package render

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// VisibleRune returns what a field editor draws for r: r itself, or a
// visible stand-in when r would act on the terminal or be drawn at a width
// the layout cannot know. It maps every rune on its own, with no context:
//
//   - C0 controls, tab and newline included, become Control Pictures
//     (ESC ␛, BEL ␇, TAB ␉, LF ␊, CR ␍), DEL becomes ␡;
//   - C1 controls (U+0080–U+009F), bidirectional embeddings, overrides and
//     isolates (U+202A–U+202E, U+2066–U+2069), the marks LRM, RLM and ALM,
//     the deprecated format controls U+206A–U+206F, the separators U+2028
//     and U+2029, the soft hyphen and the Grapheme_Cluster_Break=Prepend
//     marks (such as U+06DD) become a marker "<U+XXXX>";
//   - Thai and Lao SARA AM become their compatibility decompositions
//     (U+0E4D U+0E32, U+0ECD U+0EB2), which look the same and measure the
//     same to Lip Gloss and to a terminal;
//   - half-width voiced marks ﾞ ﾟ become the full-width marks ゛ ゜.
//
// [Clean] does the same and more, since it sees the runes around each one:
// it keeps newlines, expands tabs, drops soft hyphens, composes half-width
// kana with their voiced marks, and splits clusters that a terminal would
// draw at another width than Lip Gloss measures.
func VisibleRune(r rune) string {
	if p, ok := controlPicture(r); ok {
		return p
	}
	switch {
	case r == '\u2028' || r == '\u2029' || r == softHyphen || isPrepend(r):
		return marker(r)
	case r == '\uFF9E':
		return "\u309B"
	case r == '\uFF9F':
		return "\u309C"
	}
	if d, ok := decomposeAm(r); ok {
		return d
	}
	if r == utf8.RuneError {
		return "\uFFFD"
	}
	return string(r)
}

const softHyphen = '\u00AD'

// controlPicture returns the visible stand-in for a rune that can act on a
// terminal or on the direction text is drawn in: C0 and C1 controls, DEL,
// and the invisible bidirectional and format controls. It is the mapping
// every output path shares, [TerminalSafe] and [MarkdownText] included.
func controlPicture(r rune) (string, bool) {
	switch {
	case r < 0x20:
		return string(rune(0x2400 + r)), true
	case r == 0x7F:
		return "\u2421", true
	case r >= 0x80 && r <= 0x9F,
		r >= 0x202A && r <= 0x202E,
		r >= 0x2066 && r <= 0x206F,
		r == 0x200E, r == 0x200F, r == 0x061C:
		return marker(r), true
	}
	return "", false
}

// marker is the visible stand-in for a rune that has no picture of its own:
// its code point, in ASCII so that every terminal measures it alike.
func marker(r rune) string {
	h := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	if len(h) < 4 {
		h = strings.Repeat("0", 4-len(h)) + h
	}
	return "<U+" + h + ">"
}

// decomposeAm maps Thai and Lao SARA AM to their compatibility
// decompositions. Lip Gloss counts SARA AM (a spacing mark that joins the
// consonant before it) as 0 cells, a terminal draws it in 1; NIKHAHIT is a
// nonspacing mark and SARA AA a letter, which both measure alike.
func decomposeAm(r rune) (string, bool) {
	switch r {
	case '\u0E33':
		return "\u0E4D\u0E32", true
	case '\u0EB3':
		return "\u0ECD\u0EB2", true
	}
	return "", false
}

// prepend holds the runes with Grapheme_Cluster_Break=Prepend in the
// segmenter Lip Gloss uses (clipperhouse/uax29 v2.7.0; TestPrependTable
// checks the list against it). Such a rune joins whatever follows it, padding
// included, into one cluster measured by its own width.
var prepend = [...][2]rune{
	{0x0600, 0x0605}, {0x06DD, 0x06DD}, {0x070F, 0x070F}, {0x0890, 0x0891},
	{0x08E2, 0x08E2}, {0x0D4E, 0x0D4E}, {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
	{0x111C2, 0x111C3}, {0x113D1, 0x113D1}, {0x1193F, 0x1193F}, {0x11941, 0x11941},
	{0x11A84, 0x11A89}, {0x11D46, 0x11D46}, {0x11F02, 0x11F02},
}

func isPrepend(r rune) bool {
	if r < 0x0600 {
		return false
	}
	for _, p := range prepend {
		if r >= p[0] && r <= p[1] {
			return true
		}
	}
	return false
}
