package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteJSON(t *testing.T) {
	t.Parallel()
	v := map[string]string{
		"title": "bidi \u202egnp.exe \u2066x\u2069 \u200f",
		"c1":    "\u009b2J \u0085",
		"c0":    "\x1b[31m\x07",
		"sep":   "a\u2028b\u2029c",
		"del":   "x\x7f",
		"html":  "<b>&</b>",
		"text":  "日本語 ทำ",
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, v, "  "); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, r := range []string{"\u202e", "\u2066", "\u2069", "\u200f", "\u009b", "\u0085", "\x1b", "\x07", "\u2028", "\u2029", "\x7f"} {
		if strings.Contains(out, r) {
			t.Errorf("output keeps %q: %s", r, out)
		}
	}
	for _, want := range []string{`\u202e`, `\u009b`, `\u001b`, `\u2028`, `\u007f`, `<b>&</b>`, "日本語 ทำ", "\n  \""} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q: %s", want, out)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for k := range v {
		if back[k] != v[k] {
			t.Errorf("%s reads back %q, want %q", k, back[k], v[k])
		}
	}
	if !strings.HasSuffix(out, "}\n") {
		t.Errorf("output does not end with a newline: %q", out)
	}
}

func TestEscapeJSONLeavesASCIIAlone(t *testing.T) {
	t.Parallel()
	in := []byte(`{"a":"b"}`)
	if got := EscapeJSON(in); !bytes.Equal(got, in) {
		t.Errorf("EscapeJSON(%s) = %s", in, got)
	}
}
