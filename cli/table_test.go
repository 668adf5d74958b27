package cli

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"vision2030/i18n"
	"vision2030/store"

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
	fixed := []fit{fitKeep, fitText, fitShort, fitShort, fitKeep}
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
	if out := drawTable(withEmpty, emptyRows, append(fixed, fitKeep), 0); !strings.Contains(out, "Archived") {
		t.Errorf("unlimited, the empty column was left out:\n%s", out)
	}
	if out := drawTable(withEmpty, emptyRows, append(fixed, fitKeep), 60); strings.Contains(out, "Archived") {
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

// column is the width of the column headed name in a table's header line:
// up to the next heading, less the gap.
func column(t *testing.T, header, name, next string) int {
	t.Helper()
	i, j := strings.Index(header, name), strings.Index(header, next)
	if i < 0 || j < 0 {
		t.Fatalf("no %q or %q in %q", name, next, header)
	}
	return lipgloss.Width(header[i:j]) - 2
}

// The list commands share the width by need: ids, dates, kinds and
// countries keep theirs, titles and names get the rest before the other
// text does.
func TestListsShareTheWidthByNeed(t *testing.T) {
	t.Parallel()
	en := i18n.English
	var es []store.Entry
	for i, k := range []store.EntryKind{store.KindOnlineMeeting, store.KindConsultation, store.KindVisit} {
		es = append(es, store.Entry{ID: int64(10001 + i), Date: "2026-11-20", Kind: k, Author: "takahashi", Goals: []int{1, 2, 3},
			Title:    "Bilateral consultation with TUC-BD on carbon neutrality and the supply chain",
			Partners: []store.PartnerRef{{Label: "DEN-IN"}, {Label: "YAM-IN"}, {Label: "TUC-IN"}, {Label: "FEEW-US"}}})
	}
	ps := []store.Partner{
		{ID: 110, Name: "ILO Country Office for Bangladesh and the Workers of the Region", ShortName: "ILO-BD",
			Kind: store.KindInternationalOrg, CountryCode: "BD", Since: 1987, LastContact: "2026-11-20"},
		{ID: 60, Name: "Exedy Wałbrzych Workers' Union", ShortName: "EXE-PL", Kind: store.KindNationalCentre,
			CountryCode: "PL", LastContact: "2026-10-15"},
	}
	for _, tt := range []struct{ width, title, name int }{{80, 17, 17}, {120, 44, 57}} {
		entries := drawTable(entryListing(en, es, formatTable).head, entryListing(en, es, formatTable).rows,
			entryListing(en, es, formatTable).fits, tt.width)
		partners := drawTable(partnerListing(en, ps, formatTable).head, partnerListing(en, ps, formatTable).rows,
			partnerListing(en, ps, formatTable).fits, tt.width)
		for _, out := range []string{entries, partners} {
			for _, l := range lines(out) {
				if w := lipgloss.Width(l); w > tt.width {
					t.Errorf("%d: a line of %d cells: %q", tt.width, w, l)
				}
			}
		}
		el, pl := lines(entries), lines(partners)
		if !strings.Contains(entries, "10003  2026-11-20  visit           ") ||
			!strings.Contains(el[1], "online meeting") || !strings.HasSuffix(el[1], "1,2,3  takahashi") {
			t.Errorf("%d: short columns cut:\n%s", tt.width, entries)
		}
		title, ptn := column(t, el[0], "Title", "Partners"), column(t, el[0], "Partners", "Goals")
		if title < tt.title || ptn > title {
			t.Errorf("%d: title %d cells (want %d or more), partners %d:\n%s", tt.width, title, tt.title, ptn, entries)
		}
		if name := column(t, pl[0], "Name", "Short name"); name < tt.name {
			t.Errorf("%d: name %d cells, want %d or more:\n%s", tt.width, name, tt.name, partners)
		}
		// Headings of text stay whole: パートナー is wider than the
		// fewest cells the column is cut to.
		ja := entryListing(i18n.Japanese, es, formatTable)
		if out := drawTable(ja.head, ja.rows, ja.fits, tt.width); !strings.Contains(lines(out)[0], "パートナー  ") {
			t.Errorf("%d: a heading cut:\n%s", tt.width, out)
		}
		// A kind is capped: a long one gives way to the name.
		if kind := column(t, pl[0], "Kind", "Country"); kind != shortCap {
			t.Errorf("%d: kind %d cells, want %d:\n%s", tt.width, kind, shortCap, partners)
		}
		if !strings.Contains(pl[1], "  BD       1987   2026-11-20") {
			t.Errorf("%d: country, since or last contact cut:\n%s", tt.width, partners)
		}
	}
}

// Counts a person reads in a command's text have thousands separators, in
// either language.
func TestCountsHaveThousandsSeparators(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	if out := sb.ok("demo", "--entries", "1200", "--partners", "20", "--today", "2026-11-21"); !strings.Contains(out, ": 1,200 entries, 20 partners") {
		t.Errorf("demo:\n%s", out)
	}
	en := regexp.MustCompile(`(?m)^3 shown of 1,\d{3} matching$`)
	if out := sb.ok("entries", "--limit", "3"); !en.MatchString(out) {
		t.Errorf("English:\n%s", out)
	}
	ja := regexp.MustCompile(`(?m)^該当1,\d{3}件のうち3件を表示$`)
	if out := sb.ok("--lang", "ja", "entries", "--limit", "3"); !ja.MatchString(out) {
		t.Errorf("Japanese:\n%s", out)
	}
}
