package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkPartnerFormKey measures one key typed into the partner form's
// name: the work Update and View do for every keystroke.
func BenchmarkPartnerFormKey(b *testing.B) {
	hs := newHarness(b, testStore(b), 110, 32)
	hs.keys("2", "n")
	hs.waitIdle()
	key := tea.KeyPressMsg{Code: 'w', Text: "w"}
	b.ResetTimer()
	for b.Loop() {
		hs.m.Update(key)
		hs.m.Render()
	}
}
