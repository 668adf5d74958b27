package render

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"
)

// WriteJSON writes v to w as JSON followed by a newline, indented with
// indent ("" for one line), without HTML escaping, and with the characters
// that can act on a terminal or on the direction of text escaped as \u
// sequences (see [EscapeJSON]).
func WriteJSON(w io.Writer, v any, indent string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(EscapeJSON(buf.Bytes()))
	return err
}

// EscapeJSON rewrites encoded JSON so that DEL, C1 controls (U+0080–U+009F),
// bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E,
// U+2066–U+2069, LRM, RLM, ALM), the deprecated format controls
// U+206A–U+206F and the separators U+2028 and U+2029 appear as \uXXXX
// escapes. The value is unchanged: outside strings JSON is ASCII, so these
// runes can only occur inside strings, where the escape means the same.
// encoding/json already escapes C0 controls.
func EscapeJSON(b []byte) []byte {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	if i == len(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	out = append(out, b[:i]...)
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		if jsonEscaped(r) {
			out = append(out, `\u`...)
			h := strconv.FormatInt(int64(r), 16)
			for range 4 - len(h) {
				out = append(out, '0')
			}
			out = append(out, h...)
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

func jsonEscaped(r rune) bool {
	if r == '\u2028' || r == '\u2029' {
		return true
	}
	if r < 0x20 {
		return false // encoding/json has escaped these already
	}
	_, ok := controlPicture(r)
	return ok
}
