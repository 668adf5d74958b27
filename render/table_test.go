package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test ./render -update rewrites it)\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

// withProfile is s as written to a terminal of the given colour profile.
func withProfile(t *testing.T, s string, p colorprofile.Profile) string {
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: p}
	if _, err := w.WriteString(s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var partnerHead = []string{"Country", "Partner", "Kind", "Last contact"}

var partnerRows = [][]string{
	{"JP", "全日本自動車産業労働組合総連合会", "federation", "2026-11-21"},
	{"TH", "สำนักงานคณะกรรมการแรงงานสัมพันธ์ ทำงาน", "government", "2026-10-02"},
	{"US", "United Auto Workers (UAW)", "union", "2025-04-01"},
	{"JP", "ｼﾞﾄﾞｳｼｬ ｿｳﾚﾝ", "union", "2024-02-14"},
	{"XX", "evil\x1b]0;owned\x07 \u202etxt.exe\nsecond line", "union", "2024-01-01"},
}

// columnStarts checks that every line of a table puts the date (the last
// column) at the same cell, to Lip Gloss and to a terminal.
func checkDatesAligned(t *testing.T, name, table string) {
	t.Helper()
	col := -1
	for _, l := range strings.Split(ansi.Strip(table), "\n") {
		i := strings.LastIndex(l, "20")
		if i < 0 || !strings.Contains(l[i:], "-") {
			continue
		}
		g, w := Width(l[:i]), TerminalWidth(l[:i])
		if g != w {
			t.Errorf("%s: %q measures %d to Lip Gloss, %d to a terminal", name, l, g, w)
		}
		if col >= 0 && g != col {
			t.Errorf("%s: the date in %q is at cell %d, above it at %d", name, l, g, col)
		}
		col = g
	}
	if col < 0 {
		t.Errorf("%s: no dates", name)
	}
}

func checkFits(t *testing.T, name, s string, w int) {
	t.Helper()
	for _, l := range strings.Split(s, "\n") {
		if Width(l) > w || TerminalWidth(l) > w {
			t.Errorf("%s: %q is %d cells (%d to a terminal), more than %d", name, l, Width(l), TerminalWidth(l), w)
		}
	}
}

func TestTableGolden(t *testing.T) {
	bold := lipgloss.NewStyle().Bold(true)
	sel := lipgloss.NewStyle().Reverse(true).Foreground(lipgloss.Color("#ff8700"))
	tests := []struct {
		name  string
		table *Table
		max   int
	}{
		{"plain", NewTable(partnerHead...).Rows(partnerRows...), 0},
		{"max60", NewTable(partnerHead...).Rows(partnerRows...).MaxWidth(60).Fixed(3), 60},
		{"max40", NewTable(partnerHead...).Rows(partnerRows...).MaxWidth(40).Fixed(3), 40},
		{"border-max60", NewTable(partnerHead...).Rows(partnerRows...).MaxWidth(60).Fixed(3).Border(Glyphs().Border), 60},
		{"styled", NewTable(partnerHead...).Rows(partnerRows...).MaxWidth(70).Fixed(3).HeaderStyle(bold).Selected(1, sel), 70},
		{"no-head", NewTable().Rows(partnerRows[:3]...).MaxWidth(50), 50},
	}
	for _, tt := range tests {
		got := tt.table.String()
		if tt.max > 0 {
			checkFits(t, tt.name, got, tt.max)
		}
		checkDatesAligned(t, tt.name, got)
		if strings.ContainsAny(regexp.MustCompile(`\x1b\[[0-9;:]*m`).ReplaceAllString(got, ""), "\x1b\x07\u202e") {
			t.Errorf("%s: a control reaches the terminal: %q", tt.name, got)
		}
		golden(t, "table-"+tt.name+".golden", withProfile(t, got, colorprofile.ANSI256))
	}
}

func TestTableMarkdownGolden(t *testing.T) {
	got := NewTable(partnerHead...).Rows(partnerRows...).Row("x|y", "[evil](http://evil.example)", "# h", "-").
		MaxWidth(20).Markdown().String()
	golden(t, "table-markdown.golden", got)

	doc := markdown.Parser().Parse(text.NewReader([]byte(got)))
	rows := 0
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindDocument, ast.KindText, ast.KindString, extast.KindTable, extast.KindTableCell:
		case extast.KindTableHeader, extast.KindTableRow:
			rows++
			if n.ChildCount() != len(partnerHead) {
				t.Errorf("a row of %d cells", n.ChildCount())
			}
		default:
			t.Errorf("a %s node in\n%s", n.Kind(), got)
		}
		return ast.WalkContinue, nil
	})
	if want := 1 + len(partnerRows) + 1; rows != want {
		t.Errorf("%d rows, want %d:\n%s", rows, want, got)
	}
}
