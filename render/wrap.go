package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Wrap breaks display text (the output of [Clean] or [Line], or program
// text) into lines of at most width cells, keeping its newlines. Breaks fall
// at spaces, which are dropped at the break, and between characters of
// scripts written without spaces (kanji, kana, CJK punctuation, other
// double-width characters), never:
//
//   - inside a word of letters, digits and hyphens, so neither a date
//     (2026-11-21) nor a hyphenated word is split at its hyphen;
//   - before a character that Japanese typesetting (JIS X 4051 kinsoku)
//     forbids at the start of a line: closing brackets and quotes, 、。，．
//     ・：；？！ (and ·, which separates items on a line), small kana
//     (ッャュョァ…), iteration marks (ゝゞヽヾ々), the prolonged sound
//     mark ー, hyphens and wave dashes, ℃ ° % and the like;
//   - after an opening bracket or quote (「（『【〔［｛〈《 …), which may not end one;
//   - between the two halves of …… ‥‥ ——.
//
// A run with no allowed break that is wider than width is still broken, at
// a grapheme boundary that respects the rules above where one exists, so no
// line is wider than width, except a single character wider than width
// itself (a double-width character when width is 1), which gets a line of
// its own. Thai, written without spaces between words, breaks at spaces and
// otherwise only when a run is too long. Escape sequences pass through
// without width; a style is not reopened on the next line. A width below 1
// gives "".
func Wrap(s string, width int) string {
	if width < 1 {
		return ""
	}
	paras := strings.Split(s, "\n")
	for i, p := range paras {
		paras[i] = wrapParagraph(p, width)
	}
	return strings.Join(paras, "\n")
}

// unit is one grapheme cluster of a paragraph being wrapped, with any
// escape sequences that came before it.
type unit struct {
	text    string
	width   int
	first   rune // the cluster's first rune
	isSpace bool // the cluster is a space alone (not one carrying a mark)
}

func (u unit) space() bool { return u.isSpace }

func wrapParagraph(p string, width int) string {
	if ansi.StringWidth(p) <= width {
		return p
	}
	units := splitUnits(p)
	breaks := breakOpportunities(units)
	var out []string
	start := 0
	for start < len(units) {
		w, end, opp := 0, start, -1
		for ; end < len(units); end++ {
			u := units[end]
			if end > start && breaks[end] {
				opp = end
			}
			if !u.space() && w+u.width > width {
				break
			}
			w += u.width
		}
		cut := len(units)
		if end < len(units) {
			cut = opp
			if cut <= start {
				cut = forcedBreak(units, start, end)
			}
		}
		out = append(out, joinUnits(units[start:cut]))
		start = cut
		for start < len(units) && units[start].space() {
			start++
		}
	}
	return strings.Join(out, "\n")
}

// splitUnits cuts a paragraph into clusters, gluing escape sequences and
// controls to the cluster after them (or the last one, at the end).
func splitUnits(p string) []unit {
	var units []unit
	var glue strings.Builder
	var state byte
	for p != "" {
		seq, w, n, st := ansi.DecodeSequence(p, state, nil)
		state = st
		p = p[n:]
		r, _ := utf8.DecodeRuneInString(seq)
		if seq == "" || r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0x9F) || seq[0] == 0x1B {
			glue.WriteString(seq)
			continue
		}
		if n := len(units); n > 0 && glue.Len() == 0 && joinsPrevious(seq) {
			// A mark stays with what it is drawn on: DecodeSequence cuts
			// ASCII before a mark, and a mark kept apart by a zero-width
			// space must not start a line, where it would join the indent.
			units[n-1].text += seq
			units[n-1].width += w
			units[n-1].isSpace = false
			continue
		}
		units = append(units, unit{text: glue.String() + seq, width: w, first: r, isSpace: seq == " "})
		glue.Reset()
	}
	if glue.Len() > 0 {
		if len(units) == 0 {
			return []unit{{text: glue.String()}}
		}
		units[len(units)-1].text += glue.String()
	}
	return units
}

func joinUnits(us []unit) string {
	for len(us) > 0 && us[len(us)-1].space() {
		us = us[:len(us)-1]
	}
	var b strings.Builder
	for _, u := range us {
		b.WriteString(u.text)
	}
	return b.String()
}

// breakOpportunities reports, for each i > 0, whether a line may break
// before units[i].
func breakOpportunities(units []unit) []bool {
	breaks := make([]bool, len(units))
	text := false // a non-space came before: spaces from here on are not an indent
	for i := 1; i < len(units); i++ {
		cur, prev := units[i], units[i-1]
		text = text || !prev.space()
		switch {
		case cur.space():
		case prev.space():
			breaks[i] = text && (!noStart(cur.first) || wordDash(units, i))
		case !breakable(prev) && !breakable(cur):
		case noEnd(prev.first):
		case noStart(cur.first) && !(breakable(prev) && wordDash(units, i)):
		default:
			breaks[i] = !(prev.first == cur.first && strings.ContainsRune(inseparable, cur.first))
		}
	}
	return breaks
}

// wordDash reports whether units[i] is an ASCII hyphen-minus that begins
// a word ("--goal", "-1"): not a hyphen, which kinsoku keeps from starting
// a line, but the start of a flag or a number, which may start one after a
// space or a Japanese character.
func wordDash(units []unit, i int) bool {
	if units[i].first != '-' || i+1 >= len(units) {
		return false
	}
	r := units[i+1].first
	return r == '-' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// forcedBreak chooses where to break a run with no allowed break that does
// not fit, among the cluster boundaries in units[start+1:end+1] that break
// no kinsoku rule and leave no mark to start a line: after a hyphen or an
// en dash ("labour–management") past the first third of the line, else
// the last such boundary, else right before
// the cluster that did not fit, else after one cluster, so that every line
// holds at least one.
func forcedBreak(units []unit, start, end int) int {
	ok := func(k int) bool {
		return !noStart(units[k].first) && !noEnd(units[k-1].first) && !joinsPrevious(units[k].text)
	}
	for k := end; k > start+(end-start)/3; k-- {
		if strings.ContainsRune("-‐–", units[k-1].first) && ok(k) {
			return k
		}
	}
	for k := end; k > start; k-- {
		if ok(k) {
			return k
		}
	}
	if end > start {
		return end
	}
	return start + 1
}

// breakable reports whether u belongs to a script written without spaces,
// which may break between any two characters.
func breakable(u unit) bool {
	r := u.first
	switch {
	case u.width >= 2:
		return true
	case r >= 0x3000 && r <= 0x30FF, // CJK punctuation, hiragana, katakana
		r >= 0x31F0 && r <= 0x31FF, // katakana phonetic extensions
		r >= 0xFF61 && r <= 0xFF9F: // half-width katakana and punctuation
		return true
	}
	return unicode.Is(unicode.Han, r)
}

const (
	// noStartRunes may not begin a line (JIS X 4051 classes: closing
	// brackets, hyphens, dividing punctuation, middle dots, full stops,
	// commas, iteration marks, prolonged sound mark, small kana, and
	// postfixed units).
	noStartRunes = ")]}»›’”〉》」』】〕〗〙〛）］｝｠｣〟" +
		"‐゠–〜～-" +
		"?!‼⁇⁈⁉？！" +
		"・:;･：；·" + // and the middle dot that separates items on a line

		"。.｡．" +
		"、,､，" +
		"ヽヾゝゞ々〻" +
		"ーｰ" +
		"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ" +
		"%‰℃°′″％"
	// noEndRunes may not end a line: opening brackets and quotes, and
	// prefixed currency signs.
	noEndRunes = "([{«‹‘“〈《「『【〔〖〘〚（［｛｟｢〝￥＄"
	// inseparable runes are not broken between two of the same.
	inseparable = "…‥—―"
)

// BreakBetween reports whether a line may break between two adjacent
// grapheme clusters of display text, neither of them a space, as Wrap
// would: between characters of scripts written without spaces, where
// Japanese typesetting allows it. Editors that wrap what is being typed
// break as Wrap does with it.
func BreakBetween(a, b string) bool {
	ua, ub := clusterUnit(a), clusterUnit(b)
	switch {
	case ua.text == "" || ub.text == "" || ua.space() || ub.space():
		return false
	case !breakable(ua) && !breakable(ub), noEnd(ua.first), noStart(ub.first):
		return false
	}
	return !(ua.first == ub.first && strings.ContainsRune(inseparable, ub.first))
}

// clusterUnit is a grapheme cluster as Wrap sees it.
func clusterUnit(c string) unit {
	r, _ := utf8.DecodeRuneInString(c)
	return unit{text: c, width: Width(c), first: r, isSpace: c == " "}
}

func noStart(r rune) bool { return strings.ContainsRune(noStartRunes, r) }
func noEnd(r rune) bool   { return strings.ContainsRune(noEndRunes, r) }
