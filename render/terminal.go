package render

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/term"
)

// TerminalWriter passes text through to a terminal with every control
// character shown as a visible placeholder, so that data (CSV, JSON, a
// report) written to a terminal cannot move the cursor, retitle the window,
// rewrite the line it is on or reverse the text after it. Newlines, tabs and
// CRLF pass through; escape sequences show as ␛ followed by their printable
// rest; a lone CR shows as ␍, C0 controls as Control Pictures, DEL, C1
// controls and bidirectional controls as in [VisibleRune]; invalid UTF-8 as
// U+FFFD. Nothing else changes: widths are left to the terminal.
//
// It holds back a rune split between two writes (and a CR, until it knows
// whether LF follows); call Flush at the end.
type TerminalWriter struct {
	w       io.Writer
	pending []byte
}

// TerminalSafe returns a TerminalWriter writing to w. Use it when w is a
// terminal (see [IsTerminal]); files and pipes get the bytes as they are.
func TerminalSafe(w io.Writer) *TerminalWriter { return &TerminalWriter{w: w} }

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// Write writes p with its control characters made visible. It reports
// len(p) written unless the underlying writer fails.
func (t *TerminalWriter) Write(p []byte) (int, error) {
	data := append(t.pending, p...)
	t.pending = nil
	end := len(data)
	if end > 0 && data[end-1] == '\r' {
		end--
	} else {
		// An incomplete rune at the end waits for the rest of it.
		for i := end - 1; i >= 0 && i >= end-utf8.UTFMax+1; i-- {
			if utf8.RuneStart(data[i]) {
				if !utf8.FullRune(data[i:end]) {
					end = i
				}
				break
			}
		}
	}
	t.pending = append([]byte(nil), data[end:]...)
	if _, err := io.WriteString(t.w, terminalText(data[:end])); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what Write held back.
func (t *TerminalWriter) Flush() error {
	if len(t.pending) == 0 {
		return nil
	}
	s := terminalText(t.pending)
	t.pending = nil
	_, err := io.WriteString(t.w, s)
	return err
}

func terminalText(b []byte) string {
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == '\n' || r == '\t':
			out.WriteRune(r)
		case r == '\r' && i+1 < len(b) && b[i+1] == '\n':
			out.WriteByte('\r')
		case r == utf8.RuneError && size == 1:
			out.WriteString("\uFFFD")
		default:
			if p, ok := controlPicture(r); ok {
				out.WriteString(p)
			} else {
				out.Write(b[i : i+size])
			}
		}
		i += size
	}
	return out.String()
}
