package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MarkdownText makes user text safe to place inline in Markdown (a
// paragraph, a list item or a table cell, at the start of a line or not),
// so that data never becomes structure: no heading, HTML, link, autolink,
// image, emphasis, code span, strikethrough, list, quote, rule, definition
// or table break. It backslash-escapes, anywhere, \ ` * _ [ ] < | ~ & and
// @, a colon after a letter (as in https:), and the dot of "www."; and at
// the start, where they would open a block, - + # = > : ! ( ) and the . or )
// after a leading number ("1." "1)"). Dates and hyphenated words stay as
// they are. Newlines (CRLF, CR, U+2028, U+2029) and tabs become spaces, runs
// of spaces one and the ends are trimmed, so the text stays on its line and
// in its cell; control characters show as visible placeholders, as in
// [TerminalSafe].
func MarkdownText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	space := false
	prev := rune(0)    // the previous rune written, 0 at the start
	digitsOnly := true // only digits written so far
	var last3 [3]rune  // the last three runes written, lower-cased
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '\n', '\r', '\t', ' ', '\u2028', '\u2029':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			prev, digitsOnly = ' ', false
			last3 = [3]rune{last3[1], last3[2], ' '}
		}
		space = false
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString("\uFFFD")
		case strings.ContainsRune("\\`*_[]<|~&@", r),
			prev == 0 && strings.ContainsRune("-+#=>:!()", r),
			r == ':' && isASCIILetter(prev),
			(r == '.' || r == ')') && digitsOnly && prev != 0,
			r == '.' && last3 == [3]rune{'w', 'w', 'w'}:
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			if p, ok := controlPicture(r); ok {
				b.WriteString(p)
			} else {
				b.WriteRune(r)
			}
		}
		digitsOnly = digitsOnly && r >= '0' && r <= '9'
		prev = r
		last3 = [3]rune{last3[1], last3[2], unicode.ToLower(r)}
	}
	return b.String()
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
