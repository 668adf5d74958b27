package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// tabStop is the column multiple a tab advances to in [Clean].
const tabStop = 8

// zwsp separates the pieces of a cluster that a terminal would draw at
// another width than Lip Gloss measures: it is a Control for grapheme
// segmentation, so no cluster spans it, and zero cells wide to both measures.
const zwsp = "\u200B"

// Clean prepares text from the database for display on several lines. No
// escape sequence or control character reaches the terminal: each is shown
// as a visible placeholder (see [VisibleRune]; an escape sequence shows as
// ␛ followed by its printable rest). Newlines are kept, CRLF, U+2028 and
// U+2029 become newlines, tabs are expanded to the next multiple of 8 cells
// and invalid UTF-8 becomes U+FFFD. Text the two measures disagree on is
// rewritten so that, line by line, lipgloss.Width of the result equals
// [TerminalWidth].
//
// Clean is for display only; saved text is never cleaned.
func Clean(s string) string {
	if plainASCII(s, true) {
		return s
	}
	lines := strings.Split(visibleText(s, false), "\n")
	for i, l := range lines {
		lines[i] = fitClusters(l)
	}
	return strings.Join(lines, "\n")
}

// Line is [Clean] folded onto one line, for table cells, titles and lists:
// newlines and tabs become spaces, runs of spaces become one and the ends are
// trimmed. Other spaces (U+3000 IDEOGRAPHIC SPACE, no-break space) are kept.
func Line(s string) string {
	if plainASCII(s, false) && !strings.Contains(s, "  ") &&
		!strings.HasPrefix(s, " ") && !strings.HasSuffix(s, " ") {
		return s
	}
	return fitClusters(foldSpaces(visibleText(s, true)))
}

// plainASCII reports whether s is printable ASCII (and newlines, if
// newlines is set), which every measure agrees on and needs no cleaning.
func plainASCII(s string, newlines bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 || c > 0x7E) && !(newlines && c == '\n') {
			return false
		}
	}
	return true
}

// visibleText is the rune-by-rune half of Clean: controls become pictures,
// line separators newlines (spaces when oneLine), and the characters whose
// width depends on no context are replaced. Tabs and newlines stay for the
// caller to lay out.
func visibleText(s string, oneLine bool) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	newline := func() {
		if oneLine {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			newline()
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			// The LF that follows makes the newline.
		case r == '\t':
			if oneLine {
				b.WriteByte(' ')
			} else {
				b.WriteByte('\t')
			}
		case r == '\u2028' || r == '\u2029':
			newline()
		case r == softHyphen:
			// An invisible hint for hyphenation: terminals draw it as a
			// hyphen or not at all, so it is left out.
		case r >= 0xFF65 && r <= 0xFF9F:
			j := i
			for j < len(s) {
				q, n := utf8.DecodeRuneInString(s[j:])
				if q < 0xFF65 || q > 0xFF9F {
					break
				}
				j += n
			}
			b.WriteString(halfwidthKana(s[i:j]))
			size = j - i
		default:
			b.WriteString(VisibleRune(r))
		}
		i += size
	}
	return b.String()
}

// halfwidthKana shows a run of half-width katakana. Lip Gloss counts a
// half-width voiced mark (ﾞ ﾟ) as part of the kana before it, a terminal
// draws it in a cell of its own; so a run holding one is shown in full width,
// each mark composed with its kana (ｶﾞ → ガ) or, after anything else, as the
// full-width mark ゛ ゜. A run without marks is shown as it is.
func halfwidthKana(run string) string {
	if !strings.ContainsAny(run, "\uFF9E\uFF9F") {
		return run
	}
	var b strings.Builder
	kana := false
	for _, r := range run {
		switch r {
		case '\uFF9E', '\uFF9F':
			switch {
			case kana && r == '\uFF9E':
				b.WriteRune('\u3099')
			case kana:
				b.WriteRune('\u309A')
			case r == '\uFF9E':
				b.WriteRune('\u309B')
			default:
				b.WriteRune('\u309C')
			}
			kana = false
		default:
			b.WriteString(width.Widen.String(string(r)))
			kana = r >= 0xFF66 && r <= 0xFF9D && r != 0xFF70
		}
	}
	return norm.NFC.String(b.String())
}

// foldSpaces turns one-line text's runs of ASCII spaces into one space and
// trims them from the ends.
func foldSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(s[i])
	}
	return b.String()
}

// fitClusters is the cluster-by-cluster half of Clean, for one line: tabs
// are expanded, and each grapheme cluster that Lip Gloss and a terminal
// measure differently is rewritten (see fixCluster). The result is checked
// again, since a rewrite changes what its neighbours join.
func fitClusters(line string) string {
	if simpleText(line) {
		if joinsPrevious(line) {
			return zwsp + line
		}
		return line
	}
	for range 3 {
		out, changed := fitOnce(line)
		if !changed {
			if joinsPrevious(out) {
				// A mark that would join whatever is put before the line
				// (padding, a border) is kept apart from it.
				out = zwsp + out
			}
			return out
		}
		line = out
	}
	// Still not settled (no input found so far gets here): every rune of a
	// disagreeing cluster is shown as its code point.
	var b strings.Builder
	for rest := line; rest != ""; {
		c, g := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		rest = rest[len(c):]
		if g == ansi.StringWidthWc(c) {
			b.WriteString(c)
			continue
		}
		b.WriteString(zwsp)
		for _, r := range c {
			b.WriteString(marker(r) + zwsp)
		}
	}
	return b.String()
}

// simpleText reports whether s holds only runes that every measure agrees
// on in any sequence: each is as wide alone to Lip Gloss as to a terminal,
// and those that join the cluster before them are zero cells wide
// (TestSimpleRunes checks both). Most Japanese, English and Thai text is
// simple and skips the cluster-by-cluster check.
func simpleText(s string) bool {
	narrow := AmbiguousWidth() == 1
	for _, r := range s {
		if !simpleRune(r, narrow) {
			return false
		}
	}
	return true
}

// simpleRune reports whether r is simple (see simpleText); narrow is
// whether ambiguous-width characters are one cell.
func simpleRune(r rune, narrow bool) bool {
	switch {
	case r < 0x20:
		return false
	case r < 0x7F:
		return true
	case r < 0xA0:
		return false
	case r < 0x300:
		return narrow && r != softHyphen
	case r >= 0x0E01 && r <= 0x0E5B: // Thai
		return r != 0x0E33
	case r >= 0x3000 && r <= 0x30FF: // CJK punctuation, kana
		return r < 0x302A || r > 0x302F
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, // CJK ideographs
		r >= 0xAC00 && r <= 0xD7A3,                             // Hangul syllables
		r >= 0xFF01 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6: // full-width forms
		return true
	}
	return false
}

// fitOnce makes one pass of fitClusters and reports whether it changed
// anything other than tabs.
func fitOnce(line string) (string, bool) {
	var b strings.Builder
	b.Grow(len(line))
	col, changed := 0, false
	for rest := line; rest != ""; {
		c, g := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		rest = rest[len(c):]
		switch {
		case c == "\t":
			n := tabStop - col%tabStop
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case len(c) == 1 || g == ansi.StringWidthWc(c):
			b.WriteString(c)
			col += g
		default:
			f := fixCluster(c)
			b.WriteString(f)
			col += ansi.StringWidth(f)
			changed = true
		}
	}
	return b.String(), changed
}

// fixCluster rewrites a cluster that Lip Gloss measures at another width
// than a terminal draws it. Its canonical composition or decomposition is
// used when that settles it (Hangul jamo become a syllable; under ambiguous
// width 2, é becomes e and a combining accent), then the spellings of
// latinLetters; otherwise its runes are drawn
// apart, separated by zero-width spaces so that each is a cluster of its
// own, and a rune that still disagrees alone (a lone regional indicator, a
// mark newer than the width tables) is shown as its code point. A terminal
// that does not segment clusters draws the split text as before; one that
// does draws the pieces side by side (a ZWJ family as its members, a
// skin-toned emoji with its swatch).
func fixCluster(c string) string {
	if n := norm.NFC.String(c); n != c && agrees(n) {
		return n
	}
	if n := norm.NFD.String(c); n != c && agrees(n) {
		return n
	}
	if n := latinLetters.Replace(c); n != c && agrees(n) {
		return n
	}
	var b strings.Builder
	b.WriteString(zwsp)
	for _, r := range c {
		p := string(r)
		if ansi.StringWidth(p) != ansi.StringWidthWc(p) {
			p = marker(r)
		}
		b.WriteString(p + zwsp)
	}
	return b.String()
}

// joinsPrevious reports whether s begins with a rune that joins the cluster
// before it (a combining or spacing mark, ZWJ), so that text put before s
// would change how s is measured.
func joinsPrevious(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r < 0x300 {
		return false // the first rune that extends a cluster is U+0300
	}
	c, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	j, _ := ansi.FirstGraphemeCluster("a"+c, ansi.GraphemeWidth)
	return len(j) > 1
}

// latinLetters spell the Latin letters that Unicode gives ambiguous width
// and no canonical decomposition, for ambiguous width 2: there Lip Gloss
// counts them as two cells and go-runewidth (so the renderer) as one, since
// terminals disagree on them too. The spellings (a base letter with an
// overlay, or the usual transliteration) are one cell a letter everywhere.
var latinLetters = strings.NewReplacer(
	"ª", "a", "º", "o", "Æ", "AE", "æ", "ae", "Œ", "OE", "œ", "oe", "ß", "ss",
	"Ĳ", "IJ", "ĳ", "ij", "Þ", "Th", "þ", "th", "ð", "dh", "Ð", "D\u0335",
	"Ø", "O\u0338", "ø", "o\u0338", "Ł", "L\u0337", "ł", "l\u0337",
	"đ", "d\u0335", "Ħ", "H\u0335", "ħ", "h\u0335", "Ŧ", "T\u0335", "ŧ", "t\u0335",
	"ı", "i", "ĸ", "q", "Ŀ", "L.", "ŀ", "l.", "ŉ", "'n", "Ŋ", "Ng", "ŋ", "ng",
)

// agrees reports whether every cluster of s measures the same to Lip Gloss
// and to a terminal.
func agrees(s string) bool {
	for rest := s; rest != ""; {
		c, g := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		rest = rest[len(c):]
		if c != "\t" && g != ansi.StringWidthWc(c) {
			return false
		}
	}
	return true
}
