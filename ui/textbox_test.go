package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func boxView(b *textbox) string {
	return ansi.Strip(b.view(lipgloss.NewStyle(), lipgloss.NewStyle().Reverse(true), lipgloss.NewStyle(), true))
}

// TestTextboxKeepsBytes: the text box holds what it was given byte for
// byte, draws controls as placeholders, and a new line in a CRLF text is
// CRLF.
func TestTextboxKeepsBytes(t *testing.T) {
	t.Parallel()
	given := "one\r\n\ttwo \x1b[31m\u202e\x07 three\u0E33\r\n"
	b := &textbox{multiline: true}
	b.setSize(40, 5)
	b.SetValue(given)
	if b.Value() != given {
		t.Fatalf("held %q, given %q", b.Value(), given)
	}
	view := b.view(lipgloss.NewStyle(), lipgloss.NewStyle().Reverse(true), lipgloss.NewStyle(), true)
	for _, bad := range []string{"\x1b[31m", "\u202e", "\x07", "\t", "\r"} {
		if strings.Contains(view, bad) {
			t.Errorf("the view holds %q", bad)
		}
	}
	for _, want := range []string{"␉two ␛[31m<U+202E>␇", "three\u0E4D\u0E32"} {
		if !strings.Contains(ansi.Strip(view), want) {
			t.Errorf("the view lacks %q:\n%s", want, ansi.Strip(view))
		}
	}
	b.update(keyMsg("down"))
	b.update(keyMsg("end"))
	b.update(keyMsg("enter"))
	b.update(keyMsg("x"))
	if want := "one\r\n\ttwo \x1b[31m\u202e\x07 three\u0E33\r\nx\r\n"; b.Value() != want {
		t.Fatalf("after a new line: %q, want %q", b.Value(), want)
	}
	one := &textbox{}
	one.setSize(40, 1)
	one.SetValue("a\tb")
	if got := boxView(one); !strings.HasPrefix(got, "a␉b") {
		t.Errorf("one line draws %q", got)
	}
}

// TestTextboxClusters: the cursor moves and deletes whole grapheme
// clusters.
func TestTextboxClusters(t *testing.T) {
	t.Parallel()
	b := &textbox{}
	b.setSize(20, 1)
	b.SetValue("e\u0301x🇯🇵")
	b.update(keyMsg("home"))
	b.update(keyMsg("right"))
	if b.cursor != 2 {
		t.Fatalf("right moved to rune %d, want 2 (past the accent)", b.cursor)
	}
	b.update(keyMsg("end"))
	b.update(keyMsg("backspace"))
	if b.Value() != "e\u0301x" {
		t.Fatalf("backspace left %q: the flag is one cluster", b.Value())
	}
	b.update(keyMsg("home"))
	b.update(keyMsg("delete"))
	if b.Value() != "x" {
		t.Fatalf("delete left %q", b.Value())
	}
}

// TestTextboxWraps: a long line wraps at a space, and up and down move by
// the lines as drawn.
func TestTextboxWraps(t *testing.T) {
	t.Parallel()
	b := &textbox{multiline: true}
	b.setSize(10, 5)
	b.SetValue("alpha beta gamma delta")
	if got := strings.Split(boxView(b), "\n"); len(got) != 3 || !strings.HasPrefix(got[0], "alpha beta") || !strings.HasPrefix(got[1], "gamma") {
		t.Fatalf("wrapped as %q", got)
	}
	b.update(keyMsg("down"))
	if b.cursor != len([]rune("alpha beta ")) {
		t.Fatalf("down to rune %d", b.cursor)
	}
	b.update(keyMsg("ctrl+w"))
	if b.Value() != "alpha gamma delta" {
		t.Fatalf("ctrl+w left %q", b.Value())
	}
}

// TestTextboxLongLine: a line longer than the box opens showing its start,
// the cursor there, however the box was sized; end shows its end, and the
// box then follows the cursor. A line that fits has the cursor at its end.
func TestTextboxLongLine(t *testing.T) {
	t.Parallel()
	b := &textbox{}
	b.SetValue("Securing fundamental labour rights throughout the global automobile industry")
	b.setSize(20, 1)
	if got := boxView(b); !strings.HasPrefix(got, "Securing") || b.cursor != 0 {
		t.Fatalf("a long line opens showing %q, the cursor at %d", got, b.cursor)
	}
	b.setSize(30, 1)
	if got := boxView(b); !strings.HasPrefix(got, "Securing") {
		t.Fatalf("a long line resized shows %q", got)
	}
	b.update(keyMsg("end"))
	if got := boxView(b); !strings.Contains(got, "automobile industry") {
		t.Fatalf("end shows %q", got)
	}
	b.setSize(25, 1)
	if got := boxView(b); !strings.Contains(got, "industry") {
		t.Fatalf("after end, a resize shows %q", got)
	}
	b.update(keyMsg("home"))
	if got := boxView(b); !strings.HasPrefix(got, "Securing") {
		t.Fatalf("home shows %q", got)
	}
	short := &textbox{}
	short.SetValue("Short title")
	short.setSize(20, 1)
	if short.cursor != len([]rune("Short title")) {
		t.Fatalf("a line that fits has the cursor at %d", short.cursor)
	}
}

// TestTextboxKinsoku: a text area wraps Japanese as render.Wrap does:
// between characters, never before 、。」 nor after 「; English at spaces.
func TestTextboxKinsoku(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		w    int
		want string
	}{
		{"理解し、共有すること", 8, "理解し、\n共有する\nこと"},
		{"理解し、共有", 6, "理解\nし、共\n有"},
		{"「労使対話」が制度化", 10, "「労使対\n話」が制度\n化"},
		{"あいう「えお」", 8, "あいう\n「えお」"},
		{"one two three", 8, "one two \nthree"},
		{"日本語 and English", 8, "日本語 \nand \nEnglish"},
	} {
		b := &textbox{multiline: true}
		b.setSize(tt.w, 5)
		b.SetValue(tt.in)
		lay := b.layout()
		var lines []string
		for r := range lay.nrows {
			var l strings.Builder
			rw := lay.row(r)
			for i := rw.start; i < rw.end; i++ {
				l.WriteString(lay.cluster(i).text)
			}
			lines = append(lines, l.String())
		}
		if got := strings.Join(lines, "\n"); got != tt.want {
			t.Errorf("%q at %d:\n%s\nwant\n%s", tt.in, tt.w, got, tt.want)
		}
	}
}

// TestTextboxLayoutKept: the layout kept between keys (each line of text
// wrapped once) is the one a fresh box draws, after edits anywhere, new
// lines (LF and CRLF) added and removed, and a change of width.
func TestTextboxLayoutKept(t *testing.T) {
	t.Parallel()
	given := "理解し、共有すること one two three\r\nsecond line\n\nfourth 「労使対話」が制度化 and more words here\nlast"
	b := &textbox{multiline: true}
	b.setSize(12, 4)
	b.SetValue(given)
	check := func(step string) {
		t.Helper()
		fresh := &textbox{multiline: true}
		fresh.setSize(b.width, b.height)
		fresh.SetValue(b.Value())
		got, want := flatLayout(b.layout()), flatLayout(fresh.layout())
		if got != want {
			t.Fatalf("%s: the kept layout differs:\n%s\nwant\n%s", step, got, want)
		}
	}
	check("given")
	for i, k := range []string{"down", "end", "enter", "x", "y", "backspace", "backspace", "backspace", "down", "down",
		"home", "a", "ctrl+k", "enter", "enter", "up", "ctrl+u", "backspace", "delete"} {
		b.update(keyMsg(k))
		check(fmt.Sprintf("key %d %s", i, k))
	}
	b.setSize(7, 4)
	check("narrower")
	b.update(tea.PasteMsg{Content: "pasted\r\nlines\n"})
	check("paste")
}

// flatLayout is every cluster and row of a layout, to compare.
func flatLayout(l *boxLayout) string {
	var b strings.Builder
	for i := range l.n {
		fmt.Fprintf(&b, "%v ", l.cluster(i))
	}
	for r := range l.nrows {
		fmt.Fprintf(&b, "\n%v", l.row(r))
	}
	return b.String()
}

// TestPasteLineBreaks: terminals paste lines separated by CR. In a box of
// several lines a pasted CR, LF or CRLF is the box's line break (CRLF when
// its text uses CRLF); in a one-line box a run of them is one space. What
// the box held before is not rewritten.
func TestPasteLineBreaks(t *testing.T) {
	t.Parallel()
	paste := "要約1行目\r要約2行目\r\r- 箇条書き\r\nlast\n"
	for _, c := range []struct {
		multi       bool
		given, want string
	}{
		{true, "", "要約1行目\n要約2行目\n\n- 箇条書き\nlast\n"},
		{true, "a\r\nb\rc", "a\r\nb\rc要約1行目\r\n要約2行目\r\n\r\n- 箇条書き\r\nlast\r\n"},
		{false, "x", "x要約1行目 要約2行目 - 箇条書き last "},
	} {
		b := &textbox{multiline: c.multi}
		b.setSize(40, 5)
		b.SetValue(c.given)
		if c.multi {
			b.cursor = len(b.runes)
		}
		b.update(tea.PasteMsg{Content: paste})
		if b.Value() != c.want {
			t.Errorf("multiline %v, given %q: %q, want %q", c.multi, c.given, b.Value(), c.want)
		}
	}
}

// TestPasteOneLine: in a one-line box a run of pasted line breaks, blank
// lines and the spaces and tabs around them included, is one space (as
// every screen shows the title, so a search for the words it shows finds
// it), and a pasted tab is a space. Spaces elsewhere are kept.
func TestPasteOneLine(t *testing.T) {
	t.Parallel()
	for paste, want := range map[string]string{
		"Title one\rtitle two\r\rtitle three": "Title one title two title three",
		"a \t\r\n\r\n \tb\n":                  "a b ",
		"a\tb  c":                             "a b  c",
		"\r\rlead":                            " lead",
	} {
		b := &textbox{}
		b.setSize(40, 1)
		b.SetValue("\t")
		b.update(tea.PasteMsg{Content: paste})
		if got := b.Value(); got != "\t"+want {
			t.Errorf("paste %q: %q, want %q", paste, got, "\t"+want)
		}
	}
}

// TestPasteControls: a paste drops C0 controls other than tab, CR and LF,
// and DEL; what the box held before keeps its own.
func TestPasteControls(t *testing.T) {
	t.Parallel()
	paste := "sum\x07ma\x00ry\x1f\x1b\x7f\x08\tx\ry\x0c"
	for _, c := range []struct {
		multi bool
		want  string
	}{
		{true, "\x07summary\tx\ny"},
		{false, "\x07summary x y"},
	} {
		b := &textbox{multiline: c.multi}
		b.setSize(40, 5)
		b.SetValue("\x07")
		b.cursor = 1
		b.update(tea.PasteMsg{Content: paste})
		if b.Value() != c.want {
			t.Errorf("multiline %v: %q, want %q", c.multi, b.Value(), c.want)
		}
	}
}

// TestTextboxCtrlHomeEnd: in a box of several lines ctrl+end goes to the
// end of the whole text (and shows it), ctrl+home back to its start; the
// box still opens at the start. A one-line box leaves them to the form.
func TestTextboxCtrlHomeEnd(t *testing.T) {
	t.Parallel()
	var text strings.Builder
	for i := range 20 {
		fmt.Fprintf(&text, "line %d\n", i)
	}
	text.WriteString("the end")
	b := &textbox{multiline: true}
	b.setSize(20, 4)
	b.SetValue(text.String())
	if b.cursor != 0 || b.top != 0 {
		t.Fatalf("opens at %d, top %d; want the start", b.cursor, b.top)
	}
	if handled, _ := b.update(keyMsg("ctrl+end")); !handled || b.cursor != len(b.runes) {
		t.Fatalf("ctrl+end: handled %v, cursor %d, want %d", handled, b.cursor, len(b.runes))
	}
	if b.top == 0 {
		t.Error("ctrl+end: the box does not show the end")
	}
	if handled, _ := b.update(keyMsg("ctrl+home")); !handled || b.cursor != 0 || b.top != 0 {
		t.Errorf("ctrl+home: handled %v, cursor %d, top %d; want the start", handled, b.cursor, b.top)
	}
	one := &textbox{}
	one.setSize(20, 1)
	one.SetValue("one line")
	if handled, _ := one.update(keyMsg("ctrl+end")); handled {
		t.Error("a one-line box takes ctrl+end")
	}
}
