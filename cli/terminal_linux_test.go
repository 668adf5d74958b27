//go:build linux

package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal: its controlling side and the terminal.
func openPTY(t *testing.T) (ptm, tty *os.File) {
	t.Helper()
	// CI has a pseudo-terminal: there, not finding one is a failure.
	skip := func(args ...any) {
		t.Helper()
		if os.Getenv("CI") != "" {
			t.Fatal(args...)
		}
		t.Skip(args...)
	}
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		skip("no pseudo-terminal:", err)
	}
	var unlock int32
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		skip("no pseudo-terminal:", e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		skip("no pseudo-terminal:", e)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		skip("no pseudo-terminal:", err)
	}
	return ptm, tty
}

// TestTextToTerminalShowsControls: CSV and JSON written to a terminal
// (lists with --format, export without --out) show user text's control
// characters as placeholders, so an OSC sequence in a partner's name does
// not retitle the window; to a pipe or a file they go as stored.
func TestTextToTerminalShowsControls(t *testing.T) {
	sb := newSandbox(t)
	sb.ok("partners", "add", "--name", "X\x1b]0;pwned\x07Y", "--kind", "union", "--country", "JP")
	for _, args := range [][]string{
		{"partners", "--format", "csv"},
		{"partners", "--format", "json"},
		{"export", "--what", "partners"},
		{"export", "--what", "partners", "--format", "json"},
	} {
		ptm, tty := openPTY(t)
		got := make(chan []byte)
		go func() { b, _ := io.ReadAll(ptm); got <- b }()
		var errOut bytes.Buffer
		code := Run(context.Background(), append([]string{"--db", sb.db}, args...),
			Options{Stdin: strings.NewReader(""), Stdout: tty, Stderr: &errOut, Environ: sb.environ})
		tty.Close()
		out := <-got // the terminal closed: the controlling side reads EOF (EIO)
		ptm.Close()
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
		if bytes.ContainsAny(out, "\x1b\x07") || !bytes.Contains(out, []byte("pwned")) {
			t.Errorf("%v to a terminal: %q", args, out)
		}
	}
	// To a pipe: as stored (JSON escapes it).
	if out := sb.ok("partners", "--format", "csv"); !strings.Contains(out, "X\x1b]0;pwned\x07Y") {
		t.Errorf("CSV to a pipe lost the name as stored: %q", out)
	}
}
