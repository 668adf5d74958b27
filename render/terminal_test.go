package render

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestTerminalSafe(t *testing.T) {
	t.Parallel()
	in := "id,title\r\n1,\x1b]0;owned\x07title\r\n2,over\rwrite\n3,\u009b2J \u202egnp.exe\t日本 ทำ\x7f\xff\n"
	want := "id,title\r\n1,␛]0;owned␇title\r\n2,over␍write\n3,<U+009B>2J <U+202E>gnp.exe\t日本 ทำ␡\uFFFD\n"
	// Every split into two writes gives the same output: runes and CRLF
	// split between writes are held back.
	for i := 0; i <= len(in); i++ {
		var b bytes.Buffer
		w := TerminalSafe(&b)
		for _, part := range []string{in[:i], in[i:]} {
			if n, err := w.Write([]byte(part)); err != nil || n != len(part) {
				t.Fatalf("Write = %d, %v", n, err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if b.String() != want {
			t.Fatalf("split at %d: got\n%q\nwant\n%q", i, b.String(), want)
		}
	}
}

func TestTerminalSafeFlushesWhatItHeld(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want string }{{"end\r", "end␍"}, {"cut \xe6\x97", "cut \uFFFD\uFFFD"}, {"", ""}} {
		var b bytes.Buffer
		w := TerminalSafe(&b)
		w.Write([]byte(tt.in))
		w.Flush()
		if b.String() != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, b.String(), tt.want)
		}
	}
}

func TestTerminalSafeJSON(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	w := TerminalSafe(&b)
	if err := WriteJSON(w, []string{"\x1b[2J", "\u202e"}, ""); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if strings.ContainsAny(b.String(), "\x1b\u202e") || !strings.Contains(b.String(), `\u001b[2J`) {
		t.Errorf("got %q", b.String())
	}
}

func TestIsTerminal(t *testing.T) {
	t.Parallel()
	if IsTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Error("a file is a terminal")
	}
}
