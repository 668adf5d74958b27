package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// longSummary is about 60 KB of Markdown in paragraphs, as a long minute
// pasted into the summary.
func longSummary() string {
	para := strings.Repeat("The union reported on the wage round and the plant's safety committee; ", 6) + "\n\n"
	return strings.Repeat(para, 60*1024/len(para)+1)
}

// typingForm opens the entry form at 100×30 with summary, the cursor
// some way up from its end.
func typingForm(tb testing.TB, summary string) *driver {
	d := newDriver(tb, testStore(tb), 100, 30)
	d.keys("a")
	f := d.form()
	f.start("summary")
	d.send(tea.PasteMsg{Content: summary})
	for range 40 {
		d.keys("up")
	}
	return d
}

// BenchmarkTypingLongSummary is one keystroke in a 60 KB summary: the
// update and the frame drawn after it.
func BenchmarkTypingLongSummary(b *testing.B) {
	b.Run("paragraphs", func(b *testing.B) { benchTyping(b, longSummary()) })
	// The worst case: one paragraph of 60 KB, without a new line.
	b.Run("one-line", func(b *testing.B) { benchTyping(b, strings.ReplaceAll(longSummary(), "\n", " ")) })
}

func benchTyping(b *testing.B, summary string) {
	d := typingForm(b, summary)
	keys := []tea.KeyPressMsg{keyMsg("x"), keyMsg("backspace")}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.send(keys[i%2])
		_ = d.m.Render()
	}
}
