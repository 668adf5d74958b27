package ui

import (
	"fmt"
	"testing"

	"vision2030/i18n"
	"vision2030/store"
)

// TestDescribeFilterError: a filter naming a goal, partner or country the
// file does not have, found when the search runs, is told in the
// catalogue's words.
func TestDescribeFilterError(t *testing.T) {
	t.Parallel()
	c := &Common{T: i18n.English}
	err := fmt.Errorf("search: %w", &store.FilterError{Term: "goal:9", Problem: store.FilterUnknownGoal})
	if got, want := c.describe(err), `filter: "goal:9": there is no such goal`; got != want {
		t.Errorf("describe = %q, want %q", got, want)
	}
}
