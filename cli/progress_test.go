package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"vision2030/i18n"
	"vision2030/render"
)

// fakeProgress is a Progress on a buffer that it believes is a terminal,
// with a clock the test moves.
func fakeProgress(label string) (*Progress, *bytes.Buffer, *time.Time) {
	return fakeProgressIn(i18n.English, label, 100)
}

// fakeProgressIn is fakeProgress in t's words on a terminal width wide.
func fakeProgressIn(t *i18n.Catalogue, label string, width int) (*Progress, *bytes.Buffer, *time.Time) {
	var buf bytes.Buffer
	now := time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)
	p := NewProgress(t, &buf, label)
	p.tty, p.width = true, width
	p.now = func() time.Time { return now }
	p.start = now
	return p, &buf, &now
}

func TestProgressDrawsOnlyAfterASecondOnATerminal(t *testing.T) {
	t.Parallel()
	p, buf, now := fakeProgress("Backing up")
	p.Update(10, 100)
	*now = now.Add(500 * time.Millisecond)
	p.Update(20, 100)
	if buf.Len() != 0 {
		t.Fatalf("drawn before a second: %q", buf.String())
	}
	*now = now.Add(time.Second) // 1.5 s: 20 units/s
	p.Update(30, 100)
	out := buf.String()
	for _, want := range []string{"\r", "Backing up", " 30%", "30/100", "20/s", "4s left", "█", "░", "\x1b[K"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar %q lacks %q", out, want)
		}
	}
	if strings.Contains(out, "\n") {
		t.Errorf("bar %q is not redrawn in place", out)
	}
	if w := len([]rune(strings.TrimSuffix(strings.TrimPrefix(out, "\r"), "\x1b[K"))); w > 99 {
		t.Errorf("bar is %d wide on a 100-column terminal", w)
	}
	buf.Reset()
	p.Update(31, 100) // within 100 ms of the last draw: skipped
	if buf.Len() != 0 {
		t.Errorf("redrawn too soon: %q", buf.String())
	}
	p.Update(100, 100) // the end is always drawn
	if !strings.Contains(buf.String(), "100%") {
		t.Errorf("the end was not drawn: %q", buf.String())
	}
	buf.Reset()
	p.Done()
	if buf.String() != "\r\x1b[K" {
		t.Errorf("Done wrote %q, want the line cleared", buf.String())
	}
}

// TestProgressInJapanese: the bar's line fits the terminal in cells, its
// label and words twice as wide as their runes.
func TestProgressInJapanese(t *testing.T) {
	t.Parallel()
	ja := i18n.Japanese
	for _, width := range []int{80, 60, 40} {
		p, buf, now := fakeProgressIn(ja, ja.ProgressMigrate, width)
		*now = now.Add(1500 * time.Millisecond)
		p.Update(30, 100)
		line := strings.TrimSuffix(strings.TrimPrefix(buf.String(), "\r"), "\x1b[K")
		for _, want := range []string{"データベースを更新中", " 30%", "30/100", "20/秒", "残り 4s"} {
			if !strings.Contains(line, want) && width >= 60 {
				t.Errorf("%d: bar %q lacks %q", width, line, want)
			}
		}
		if w := render.Width(line); w > width-1 || (width >= 60 && w != width-1) {
			t.Errorf("bar is %d cells on a %d-column terminal: %q", w, width, line)
		}
		if hasBar := strings.Contains(line, "["); hasBar != (width >= 60) {
			t.Errorf("%d columns: bar shown %v: %q", width, hasBar, line)
		}
	}
}

func TestProgressSilentOffATerminal(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	p := NewProgress(i18n.English, &buf, "Backing up")
	now := time.Now().Add(time.Hour)
	p.now = func() time.Time { return now }
	p.Update(50, 100)
	p.Done()
	var nilBar *Progress
	nilBar.Update(1, 2)
	nilBar.Done()
	if buf.Len() != 0 {
		t.Fatalf("wrote %q to a non-terminal", buf.String())
	}
}

func TestProgressNote(t *testing.T) {
	t.Parallel()
	p, buf, now := fakeProgress("Backing up")
	*now = now.Add(2 * time.Second)
	p.Update(100, 100)
	p.Note("Checking the copy…")
	if !strings.HasSuffix(buf.String(), "\rChecking the copy…\x1b[K") {
		t.Fatalf("note after a second: %q", buf.String())
	}
	buf.Reset()
	p.Done()
	if buf.String() != "\r\x1b[K" {
		t.Errorf("Done after a note wrote %q", buf.String())
	}

	// Before the first second, a note waits for it, and Done cancels it.
	q, buf2, _ := fakeProgress("Backing up")
	q.Note("Checking the copy…")
	q.Done()
	time.Sleep(1100 * time.Millisecond)
	q.mu.Lock()
	out := buf2.String()
	q.mu.Unlock()
	if out != "" {
		t.Errorf("a cancelled note was drawn: %q", out)
	}
}
