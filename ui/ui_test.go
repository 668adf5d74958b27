package ui

import (
	"context"
	"fmt"
	"image/color"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// assessed is the seed plus three assessments, for goldens with progress.
func assessed(t *testing.T) *store.Store {
	t.Helper()
	st := testStore(t)
	for _, a := range []store.NewAssessment{
		{PartnerID: 1, GoalID: 1, Stage: 3, Date: "2025-03-01"},
		{PartnerID: 2, GoalID: 1, Stage: 2, Date: "2025-06-01"},
		{PartnerID: 8, GoalID: 2, Stage: 4, Date: "2026-01-15"},
	} {
		if _, err := st.AddAssessment(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestGoldenScreens(t *testing.T) {
	t.Parallel()
	st := assessed(t)
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		d := newDriver(t, st, size.w, size.h)
		for _, screen := range []struct {
			name string
			keys []string
		}{{"dashboard", nil}, {"partners", []string{"2"}}, {"entries", []string{"3"}}, {"actions", []string{"4"}},
			{"help", []string{"?"}}, {"form", []string{"esc", "a"}}} {
			d.keys(screen.keys...)
			got := d.screen()
			checkFits(t, got, size.w, size.h)
			golden(t, fmt.Sprintf("%s-%dx%d.txt", screen.name, size.w, size.h), got)
		}
	}
}

// TestGoldenColours keeps the colours of the dashboard, the entries and a
// form on a dark and a light background: the raw output, escape sequences
// and all, in the full-colour profile Lip Gloss draws in.
func TestGoldenColours(t *testing.T) {
	t.Parallel()
	st := assessed(t)
	for _, theme := range []string{"dark", "light"} {
		d := newDriver(t, st, 80, 24, withTheme(theme))
		for _, screen := range []struct {
			name string
			keys []string
		}{{"dashboard", nil}, {"entries", []string{"3"}}, {"form", []string{"a"}}} {
			d.keys(screen.keys...)
			golden(t, fmt.Sprintf("%s-%s.ansi", screen.name, theme), d.m.Render())
		}
		big := newDriver(t, st, 120, 40, withTheme(theme))
		golden(t, fmt.Sprintf("dashboard-%s-120x40.ansi", theme), big.m.Render())
	}
}

// TestThemes: the light and the dark theme draw in other colours, the
// setting wins over the terminal's answer, and auto follows the answer.
func TestThemes(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	dark := newDriver(t, st, 80, 24, withTheme("dark")).m.Render()
	light := newDriver(t, st, 80, 24, withTheme("light")).m.Render()
	if dark == light || ansi.Strip(dark) != ansi.Strip(light) {
		t.Fatal("the themes draw the same colours, or different text")
	}
	d := newDriver(t, st, 80, 24, withTheme("light"))
	d.send(tea.BackgroundColorMsg{Color: ansiColor(0, 0, 0)})
	if d.m.Render() != light {
		t.Error("the terminal's answer overrode theme = light")
	}
	auto := newDriver(t, st, 80, 24, withTheme("auto"))
	auto.send(tea.BackgroundColorMsg{Color: ansiColor(255, 255, 255)})
	if auto.m.Render() != light {
		t.Error("auto did not follow a white background")
	}
	for _, tt := range []struct {
		colorfgbg string
		dark      bool
	}{{"15;0", true}, {"0;15", false}, {"", true}, {"12;8", true}, {"0;default;15", false}} {
		if got := themeDark("auto", tt.colorfgbg); got != tt.dark {
			t.Errorf("COLORFGBG=%q: dark %v, want %v", tt.colorfgbg, got, tt.dark)
		}
	}
}

func TestDashboardSaysNoAssessments(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 60)
	got := d.screen()
	if strings.Contains(got, "0%") || strings.Contains(got, "0 %") {
		t.Errorf("dashboard shows a false 0 %% without assessments:\n%s", got)
	}
	if strings.Count(got, i18n.English.NotAssessed) != 3 {
		t.Errorf("want %q for each of the three goals:\n%s", i18n.English.NotAssessed, got)
	}
	if !strings.Contains(got, "years") || !strings.Contains(got, "2030") {
		t.Errorf("years left to 2030 missing:\n%s", got)
	}
}

// TestDashboardScrolls: at 80×24 the dashboard says there is more below,
// scrolls to it, and its countries and stale partners open as its goals
// do.
func TestDashboardScrolls(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 80, 24)
	d.contains("more lines below")
	d.keys("G")
	d.lacks("more lines below")
	d.contains("Partners by country", "▸ ")
	if !strings.Contains(lineWith(d.screen(), "▸"), "Switzerland") {
		t.Fatalf("G does not select the last item:\n%s", d.screen())
	}
	d.keys("enter")
	d.contains("Switzerland (CH)", "International Labour Organization")
	d.keys("esc")
	// A stale partner opens the partner.
	for range 40 {
		if strings.Contains(lineWith(d.screen(), "▸"), "Intel") {
			break
		}
		d.keys("up")
	}
	d.keys("enter")
	d.contains("Stage per goal", "Timeline")
}

// lineWith is the first line of s that holds sub.
func lineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

// TestStatusWordStaysWhole: at every width down to the minimum the goal's
// status word is never cut.
func TestStatusWordStaysWhole(t *testing.T) {
	t.Parallel()
	st := assessed(t)
	d := newDriver(t, st, 80, 24)
	for w := MinWidth; w <= 120; w++ {
		d.send(tea.WindowSizeMsg{Width: w, Height: 60})
		got := d.screen()
		if !strings.Contains(got, "off track") && !strings.Contains(got, "no data") {
			t.Fatalf("width %d: the status is cut:\n%s", w, got)
		}
		for _, l := range strings.Split(got, "\n") {
			if trimmed := strings.TrimSpace(l); strings.HasSuffix(trimmed, " off") || trimmed == "track" || strings.HasPrefix(trimmed, "track ") {
				t.Fatalf("width %d: the status word is broken across lines:\n%s", w, got)
			}
		}
	}
}

// sgr matches the styles' own sequences (Select Graphic Rendition).
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// TestSizeSweep draws every screen at sizes from 1×1 to 300×100 and
// checks nothing panics and nothing spills.
func TestSizeSweep(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-20", Kind: store.KindVisit,
		Title:      "Visit to ห้องประชุม 東京本部 with a very long title that must be cut somewhere sensible in every layout \x1b[2J",
		Summary:    strings.Repeat("Thai: สวัสดีครับ  Japanese: 全日本自動車産業労働組合総連合会 ", 30),
		PartnerIDs: []int64{1, 2, 3}, GoalIDs: []int{1, 2, 3}}); err != nil {
		t.Fatal(err)
	}
	screens := []struct {
		name string
		keys []string
	}{{"dashboard", nil}, {"partners", []string{"2"}}, {"entries", []string{"3"}}, {"actions", []string{"4"}},
		{"help", []string{"?"}}, {"form", []string{"a"}}, {"goal", []string{"enter"}}, {"country", []string{"enter", "enter"}},
		{"partner", []string{"2", "enter"}}, {"stage form", []string{"2", "enter", "s"}}, {"entry", []string{"3", "enter"}},
		{"partner form", []string{"2", "n"}}, {"filter", []string{"3", "/", "x"}}}
	var sizes [][2]int
	for w := 1; w <= 300; w += 23 {
		sizes = append(sizes, [2]int{w, 24}, [2]int{w, 9})
	}
	for h := 1; h <= 100; h += 11 {
		sizes = append(sizes, [2]int{80, h}, [2]int{41, h})
	}
	sizes = append(sizes, [2]int{1, 1}, [2]int{300, 100}, [2]int{MinWidth, MinHeight}, [2]int{MinWidth - 1, MinHeight}, [2]int{2, 50})
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, st, 80, 24)
			d.keys(sc.keys...)
			for _, sz := range sizes {
				d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				out := d.m.Render()
				// The screen's own styles are SGR sequences; the title's
				// ESC[2J, or any other sequence, must not reach it.
				if strings.ContainsAny(sgr.ReplaceAllString(out, ""), "\x1b\x07") {
					t.Fatalf("%s %v: raw escape reached the screen: %q", sc.name, sz, out)
				}
				checkFits(t, out, sz[0], sz[1])
			}
		})
	}
}

// TestTooSmall: below the least size the screen says the terminal's size
// and the least it needs, whole on one line or two where they fit, short
// where not, and never more than the terminal holds, down to 1×1.
func TestTooSmall(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	for _, tt := range []struct {
		lang *i18n.Catalogue
		w, h int
		want string // "" to check only that it fits
	}{
		{i18n.English, MinWidth - 1, 30, "Terminal 39×30 — needs at least 40×10"},
		{i18n.English, 100, MinHeight - 1, "Terminal 100×9 — needs at least 40×10"},
		{i18n.English, 30, 8, "Terminal 30×8\nneeds at least 40×10"},
		{i18n.English, 20, 2, "Terminal 20×2\nneeds at least 40×10"},
		{i18n.English, 19, 2, "19×2 < 40×10"},
		{i18n.English, 30, 1, "30×1 < 40×10"},
		{i18n.English, 12, 1, "12×1 < 40×10"},
		{i18n.English, 10, 3, ""},
		{i18n.English, 5, 5, ""},
		{i18n.English, 2, 1, ""},
		{i18n.English, 1, 1, ""},
		{i18n.Japanese, 39, 10, "端末 39×10：40×10 以上が必要です"},
		{i18n.Japanese, 30, 8, "端末 30×8\n40×10 以上が必要です"},
		{i18n.Japanese, 10, 3, ""},
		{i18n.Japanese, 1, 1, ""},
	} {
		d := newDriver(t, st, tt.w, tt.h, withLang(tt.lang))
		got := d.screen()
		checkFits(t, got, tt.w, tt.h)
		if tt.want != "" && got != tt.want {
			t.Errorf("%s %d×%d: %q, want %q", tt.lang.Lang, tt.w, tt.h, got, tt.want)
		}
		if tt.want == "" && got == "" {
			t.Errorf("%s %d×%d: nothing shown", tt.lang.Lang, tt.w, tt.h)
		}
	}
}

func TestKeys(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	steps := []struct {
		key  string
		want int
	}{{"tab", 1}, {"tab", 2}, {"tab", 3}, {"tab", 0}, {"shift+tab", 3}, {"1", 0}, {"3", 2}, {"2", 1}, {"4", 3}}
	for _, s := range steps {
		d.keys(s.key)
		if d.m.active != s.want {
			t.Fatalf("after %s: screen %d, want %d", s.key, d.m.active, s.want)
		}
	}
	d.keys("?")
	if !d.m.help || !strings.Contains(d.screen(), "add entry") {
		t.Fatal("? does not show the keys")
	}
	// At 80×24 the help is taller than the screen: it scrolls to its end.
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if strings.Contains(d.screen(), "Mouse:") {
		t.Fatal("the whole help fits; the test wants it taller")
	}
	d.keys("end")
	if !strings.Contains(d.screen(), "Mouse:") {
		t.Fatalf("the help does not scroll to its end:\n%s", d.screen())
	}
	d.keys("?")
	if d.m.help {
		t.Fatal("? does not close the help")
	}
	for _, k := range []string{"q", "ctrl+c"} {
		d := newDriver(t, testStore(t), 100, 30)
		d.keys(k)
		if !d.quit {
			t.Fatalf("%s does not quit", k)
		}
	}
}

// TestBackAndQuit: q and esc go back in a drill-down, q quits only at the
// top, and the breadcrumb says where the user is.
func TestBackAndQuit(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("enter", "enter")
	d.contains("Dashboard → Goal 1 → ")
	d.keys("q")
	if d.quit || len(d.m.stack) != 1 {
		t.Fatalf("q in a drill-down: quit %v, stack %d", d.quit, len(d.m.stack))
	}
	d.keys("esc")
	if len(d.m.stack) != 0 {
		t.Fatal("esc does not go back")
	}
	d.lacks("Dashboard →")
	d.keys("q")
	if !d.quit {
		t.Fatal("q at the top does not quit")
	}
}

func TestDatabaseTextIsCleaned(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-21", Kind: store.KindVisit,
		Title: "Evil \x1b]0;pwned\x07title\x1b[31m red \u202e\u009b2J", Summary: "body \x1b[2J\x1b[H",
		PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, 120, 40)
	for _, keys := range [][]string{{"3"}, {"enter"}} {
		d.keys(keys...)
		raw := d.m.Render()
		for _, bad := range []string{"\x1b]0;pwned", "\x07", "\x1b[2J", "\x1b[H", "\u009b", "\u202e", "\x1b[31m red"} {
			if strings.Contains(raw, bad) {
				t.Errorf("%v: the raw output holds %q", keys, bad)
			}
		}
		// The sequences are shown, not run.
		out := ansi.Strip(raw)
		for _, want := range []string{"Evil ␛]0;pwned␇title␛[31m red", "␛[2J␛[H"} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: the screen lacks %q:\n%s", keys, want, out)
			}
		}
	}
}

// TestSelectionWithoutColour: the selected row is marked by a glyph, so
// that it shows on a terminal without colour.
func TestSelectionWithoutColour(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	g := render.Glyphs().Marker
	for _, tab := range []string{"2", "3"} {
		d.keys(tab)
		if !strings.Contains(lineWith(d.screen(), g), "2") && tab == "3" {
			t.Fatalf("screen %s: the selected row carries no marker:\n%s", tab, d.screen())
		}
		before := lineWith(d.screen(), g)
		d.keys("down")
		if after := lineWith(d.screen(), g); after == before || after == "" {
			t.Fatalf("screen %s: the marker does not follow the cursor: %q then %q", tab, before, after)
		}
	}
}

// TestStatusClears: the status line goes after a few seconds, or at the
// next key; r says it reloaded.
func TestStatusClears(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("r")
	d.contains("Reloaded.")
	d.advance(statusTimeout + time.Second)
	d.lacks("Reloaded.")
	d.keys("r")
	d.contains("Reloaded.")
	d.keys("down")
	d.lacks("Reloaded.")
}

// TestSeesOtherProcessWrites writes through a second connection, as
// another vision2030 process would, and checks the screen follows at the
// next poll.
func TestSeesOtherProcessWrites(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 120, 30)
	d.keys("3")
	other, err := store.Open(context.Background(), st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.Now = func() time.Time { return now }
	if _, err := other.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-21", Kind: store.KindVisit,
		Title: "Written elsewhere", PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
		t.Fatal(err)
	}
	d.lacks("Written elsewhere")
	d.advance(PollInterval)
	d.contains("Written elsewhere")
}

// TestRefreshOnlyWhatIsShown: a write elsewhere reloads the screen in view
// at once and the others when they are shown.
func TestRefreshOnlyWhatIsShown(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	d := newDriver(t, st, 120, 30)
	d.keys("3")
	if _, err := st.AddAction(context.Background(), store.NewAction{EntryID: 4, What: "Book the hall", Due: "2026-11-25"}); err != nil {
		t.Fatal(err)
	}
	d.advance(PollInterval)
	if d.m.stale[d.m.tabs[3].ID()] == 0 || d.m.stale[d.m.tabs[0].ID()] == 0 {
		t.Fatal("hidden screens are not marked to reload")
	}
	// The store's changes log says an action was written, not a partner.
	if got := d.m.stale[d.m.tabs[1].ID()]; got&touchPartners != 0 || got&touchActions == 0 {
		t.Fatalf("a write of an action marks the partners screen %b", got)
	}
	d.keys("4")
	d.contains("Book the hall")
	if d.m.stale[d.m.tabs[3].ID()] != 0 {
		t.Fatal("the actions screen reloaded but stays marked")
	}
}

func ansiColor(r, g, b uint8) color.Color { return color.RGBA{R: r, G: g, B: b, A: 255} }

// TestDashboardTailsStayWhole: an overdue action's due date and "overdue",
// and a stale partner's last contact, stay whole at 80 columns in both
// languages: the user's text before them is cut instead.
func TestDashboardTailsStayWhole(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	ctx := context.Background()
	long := strings.Repeat("Send the minutes of the wage consultation to everyone ", 3)
	if _, err := st.AddAction(ctx, store.NewAction{EntryID: 4, What: long, Owner: "ito", Due: "2021-05-24"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddPartner(ctx, store.Partner{Name: "The Very Long Named Federation of Automobile Parts Workers of Somewhere",
		NameJA: "とても長い名前の自動車部品労働組合連合会とても長い名前", Kind: store.KindFederation, CountryCode: "TH", Tracked: true}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		d := newDriver(t, st, 80, 24, withLang(lang))
		text := ansi.Strip(d.m.tabs[0].(*dashboard).vp.GetContent())
		for _, want := range []string{fmt.Sprintf(lang.DueOn, "2021-05-24") + " " + render.Glyphs().Sep + " " + lang.Overdue,
			fmt.Sprintf(lang.LastContactOn, lang.NeverContacted)} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the dashboard does not show %q whole:\n%s", lang.Lang, want, text)
			}
		}
		g := render.Glyphs()
		for _, l := range strings.Split(text, "\n") {
			if i := strings.LastIndex(l, " "+g.Sep+" "); i >= 0 && strings.Contains(l[i:], g.Ellipsis) {
				t.Errorf("%s: the tail is cut: %q", lang.Lang, l)
			}
		}
	}
}
