package cli

import (
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestTableFitsTheTerminal(t *testing.T) {
	t.Parallel()
	head := []string{"ID", "Name", "Short name", "Kind", "Country"}
	rows := [][]string{
		{"2", "International Union, United Automobile, Aerospace and Agricultural Implement Workers of America", "UAW", "union", "US"},
		{"22", "全日本自動車産業労働組合総連合会", "自動車総連", "federation", "JP"},
		{"3", "Red \x1b[31mcells\x1b[0m and a bell\a", "X", "union", "TH"},
	}
	fixed := []bool{true, false, false, true, true}
	wide := drawTable(head, rows, fixed, 0)
	if !strings.Contains(wide, "Agricultural Implement Workers of America") || strings.Contains(wide, "…") {
		t.Errorf("unlimited, a cell was cut:\n%s", wide)
	}
	for _, width := range []int{100, 60, 45} {
		out := drawTable(head, rows, fixed, width)
		ls := lines(out)
		if len(ls) != 4 {
			t.Errorf("%d: %d lines, want 4:\n%s", width, len(ls), out)
		}
		for _, l := range ls {
			if w := lipgloss.Width(l); w > width {
				t.Errorf("%d: a line of %d cells: %q", width, w, l)
			}
		}
		// Ids, kinds and countries keep their width while names can be
		// cut to a useful width; below that every column gives way.
		if width < 60 {
			continue
		}
		if !strings.Contains(ls[1], "…") || !strings.Contains(ls[1], "union") || !strings.HasSuffix(ls[1], "US") ||
			!strings.HasPrefix(ls[2], "22  ") || !strings.Contains(ls[2], "federation") {
			t.Errorf("%d:\n%s", width, out)
		}
	}
	// A column empty in every row gives its room to the others.
	withEmpty := append(append([]string{}, head...), "Archived")
	var emptyRows [][]string
	for _, r := range rows {
		emptyRows = append(emptyRows, append(append([]string{}, r...), ""))
	}
	if out := drawTable(withEmpty, emptyRows, append(fixed, true), 0); !strings.Contains(out, "Archived") {
		t.Errorf("unlimited, the empty column was left out:\n%s", out)
	}
	if out := drawTable(withEmpty, emptyRows, append(fixed, true), 60); strings.Contains(out, "Archived") {
		t.Errorf("fitting, the empty column stayed:\n%s", out)
	}
	// Cells are user text: no escape or control character reaches the
	// terminal, whatever the width.
	for _, width := range []int{0, 45} {
		if out := drawTable(head, rows, fixed, width); strings.ContainsAny(out, "\x1b\a") {
			t.Errorf("%d: escapes in %q", width, out)
		}
	}
}

func TestNegativesAsValues(t *testing.T) {
	t.Parallel()
	root := NewRoot(Options{})
	for _, tt := range []struct{ in, out string }{
		{"entries show -1", "entries show -- -1"},
		{"--db x.db entries show -1 --format json", "--db x.db entries show --format json -- -1"},
		{"entries show 3 -1", "entries show -- 3 -1"},
		{"entries --limit -1", "entries --limit -1"},
		{"entries edit -2 --title -3", "entries edit --title -3 -- -2"},
		{"entries edit 2 --title=-3 --came-first -4", "entries edit --title=-3 --came-first -- 2 -4"},
		{"partners show -- -5", "partners show -- -5"},
		{"actions done -1 -- x", "actions done -- -1 x"},
		{"report --width 80", "report --width 80"},
	} {
		if got := strings.Join(negativesAsValues(root, strings.Fields(tt.in)), " "); got != tt.out {
			t.Errorf("%q → %q, want %q", tt.in, got, tt.out)
		}
	}
	// The rewritten arguments parse to the same command and values.
	args := negativesAsValues(root, []string{"--db", "x.db", "entries", "edit", "-2", "--title", "-3"})
	cmd, rest, err := root.Find(args)
	if err != nil || pathOf(cmd) != "entries edit" {
		t.Fatalf("%v: %v %v", args, cmd, err)
	}
	if err := cmd.ParseFlags(rest); err != nil {
		t.Fatal(err)
	}
	title, _ := cmd.Flags().GetString("title")
	if !slices.Equal(cmd.Flags().Args(), []string{"-2"}) || title != "-3" {
		t.Errorf("args %q, title %q", cmd.Flags().Args(), title)
	}
}
