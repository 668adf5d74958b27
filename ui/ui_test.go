package ui

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"vision2030/i18n"
	"vision2030/seed"
	"vision2030/store"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// now is the fixed clock of every UI test.
var now = time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)

func testStore(t testing.TB) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return now }
	t.Cleanup(func() { st.Close() })
	if _, err := seed.Apply(ctx, st); err != nil {
		t.Fatal(err)
	}
	return st
}

// harness drives a Model as the Bubble Tea runtime would: every command is
// run and its message fed back. A command that does not answer at once (a
// cursor blink, a slow query) finishes in the background and its message is
// handled at the next step; waitIdle waits for every command but timers.
type harness struct {
	t        testing.TB
	m        *Model
	late     chan tea.Msg
	mu       sync.Mutex
	inflight map[int]time.Time
	next     int
}

// timerAge is how long a command may run before it is taken for a timer.
const timerAge = 400 * time.Millisecond

func newHarness(t testing.TB, st *store.Store, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, late: make(chan tea.Msg, 4096), inflight: map[int]time.Time{},
		m: New(st, Options{Catalogue: i18n.English, Now: func() time.Time { return now }, Author: "tester", Dark: true})}
	hs.run(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.waitIdle()
	return hs
}

func (hs *harness) run(cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		hs.mu.Lock()
		id := hs.next
		hs.next++
		hs.inflight[id] = time.Now()
		hs.mu.Unlock()
		ch := make(chan tea.Msg, 1)
		go func() {
			msg := c()
			hs.mu.Lock()
			delete(hs.inflight, id)
			hs.mu.Unlock()
			ch <- msg
		}()
		select {
		case msg := <-ch:
			queue = append(queue, hs.handle(msg)...)
		case <-time.After(50 * time.Millisecond):
			go func() { hs.late <- <-ch }()
		}
	}
}

func (hs *harness) handle(msg tea.Msg) []tea.Cmd {
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		return msg
	}
	_, next := hs.m.Update(msg)
	return []tea.Cmd{next}
}

// drain handles the messages of commands that finished late.
func (hs *harness) drain() {
	for {
		select {
		case msg := <-hs.late:
			for _, c := range hs.handle(msg) {
				hs.run(c)
			}
		default:
			return
		}
	}
}

// waitIdle handles messages until only timers are still running.
func (hs *harness) waitIdle() {
	hs.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		hs.drain()
		busy := 0
		hs.mu.Lock()
		for _, started := range hs.inflight {
			if time.Since(started) < timerAge {
				busy++
			}
		}
		hs.mu.Unlock()
		if busy == 0 && len(hs.late) == 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	hs.t.Fatal("the model did not settle")
}

func (hs *harness) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		hs.drain()
		_, cmd := hs.m.Update(msg)
		hs.run(cmd)
	}
}

// keys sends each key: a single character, or a name such as "enter".
func (hs *harness) keys(ks ...string) {
	for _, k := range ks {
		hs.send(keyMsg(k))
	}
}

// typeText sends each rune of s as a key press.
func (hs *harness) typeText(s string) {
	for _, r := range s {
		hs.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic("unknown key " + k)
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// screen is what the model draws, without colours.
func (hs *harness) screen() string { return ansi.Strip(hs.m.Render()) }

// checkFits fails if s has more than h lines or a line wider than w cells.
func checkFits(t testing.TB, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Fatalf("%d×%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if cw := ansi.StringWidth(l); cw > w {
			t.Fatalf("%d×%d: line %d is %d cells: %q", w, h, i, cw, l)
		}
	}
}

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
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test ./ui -update rewrites it)\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func TestGoldenScreens(t *testing.T) {
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
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		hs := newHarness(t, st, size.w, size.h)
		for _, screen := range []struct {
			name string
			keys []string
		}{{"dashboard", nil}, {"partners", []string{"2"}}, {"entries", []string{"3"}}, {"help", []string{"?"}}} {
			hs.keys(screen.keys...)
			hs.waitIdle()
			got := hs.screen()
			checkFits(t, got, size.w, size.h)
			golden(t, fmt.Sprintf("%s-%dx%d.txt", screen.name, size.w, size.h), got)
			if screen.name == "help" {
				hs.keys("esc")
			}
		}
	}
}

func TestDashboardSaysNoAssessments(t *testing.T) {
	hs := newHarness(t, testStore(t), 100, 30)
	got := hs.screen()
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

// TestSizeSweep draws every screen at every size from 1×1 to 300×100 (in
// steps) and checks nothing panics and nothing spills.
func TestSizeSweep(t *testing.T) {
	st := testStore(t)
	if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-20", Kind: store.KindVisit,
		Title:      "Visit to ห้องประชุม 東京本部 with a very long title that must be cut somewhere sensible in every layout \x1b[2J",
		Summary:    strings.Repeat("Thai: สวัสดีครับ  Japanese: 全日本自動車産業労働組合総連合会 ", 30),
		PartnerIDs: []int64{1, 2, 3}, GoalIDs: []int{1, 2, 3}}); err != nil {
		t.Fatal(err)
	}
	hs := newHarness(t, st, 80, 24)
	screens := []struct {
		name string
		keys []string
	}{{"dashboard", []string{"1"}}, {"partners", []string{"2"}}, {"entries", []string{"3"}}, {"actions", []string{"4"}},
		{"help", []string{"?"}}, {"form", []string{"a"}}, {"goal", []string{"1", "enter"}}, {"country", []string{"1", "enter", "enter"}},
		{"partner", []string{"2", "enter"}}, {"stage form", []string{"2", "enter", "s"}}, {"entry", []string{"3", "/", "x", "enter"}}}
	var sizes [][2]int
	for w := 1; w <= 300; w += 7 {
		for h := 1; h <= 100; h += 9 {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	sizes = append(sizes, [2]int{1, 1}, [2]int{300, 100}, [2]int{MinWidth, MinHeight}, [2]int{MinWidth - 1, MinHeight}, [2]int{2, 50})
	for _, sc := range screens {
		hs.keys(sc.keys...)
		for _, sz := range sizes {
			hs.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			out := hs.m.Render()
			if strings.Contains(ansi.Strip(out), "\x1b") {
				t.Fatalf("%s %v: raw escape reached the screen", sc.name, sz)
			}
			checkFits(t, out, sz[0], sz[1])
		}
		hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		hs.keys("esc")
	}
}

func TestTooSmall(t *testing.T) {
	hs := newHarness(t, testStore(t), MinWidth-1, 30)
	if got := hs.screen(); !strings.Contains(strings.ReplaceAll(got, "\n", " "), "too small") {
		t.Errorf("no notice at %d cells:\n%s", MinWidth-1, got)
	}
}

func TestKeys(t *testing.T) {
	hs := newHarness(t, testStore(t), 100, 30)
	tabs := func() int { return hs.m.active }
	steps := []struct {
		key  string
		want int
	}{{"tab", screenPartners}, {"tab", screenEntries}, {"tab", screenActions}, {"tab", screenDashboard},
		{"shift+tab", screenActions}, {"1", screenDashboard}, {"3", screenEntries}, {"2", screenPartners}, {"4", screenActions}}
	for _, s := range steps {
		hs.keys(s.key)
		if tabs() != s.want {
			t.Fatalf("after %s: screen %d, want %d", s.key, tabs(), s.want)
		}
	}
	hs.keys("?")
	if !hs.m.help || !strings.Contains(hs.screen(), "add entry") {
		t.Fatal("? does not show the keys")
	}
	// At 80×24 the help is taller than the screen: it scrolls to its last
	// group.
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if strings.Contains(hs.screen(), "filter choices") {
		t.Fatal("the whole help fits; the test wants it taller")
	}
	hs.keys("end")
	if !strings.Contains(hs.screen(), "filter choices") {
		t.Fatalf("the help does not scroll to its end:\n%s", hs.screen())
	}
	hs.keys("?")
	if hs.m.help {
		t.Fatal("? does not close the help")
	}
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := hs.m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Fatalf("%s does not quit", k)
		}
	}
}

func TestAddEntryThroughForm(t *testing.T) {
	st := testStore(t)
	hs := newHarness(t, st, 100, 30)
	hs.keys("a")
	if hs.m.form == nil {
		t.Fatal("a does not open the form")
	}
	if !strings.Contains(hs.screen(), "esc") {
		t.Error("footer does not show how to cancel the form")
	}
	hs.keys("enter")              // date: today
	hs.keys("enter")              // kind: consultation
	hs.keys("x", "enter")         // first partner
	hs.keys("x", "enter")         // first goal
	hs.typeText("Wage talks")     // title
	hs.keys("enter")              //
	hs.typeText("Agreed to meet") // summary
	hs.keys("enter")
	hs.waitIdle()
	if hs.m.form != nil {
		t.Fatalf("form still open:\n%s", hs.screen())
	}
	page, err := st.Entries(context.Background(), 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	e := page.Entries[0]
	if e.Title != "Wage talks" || e.Date != "2026-11-21" || e.Author != "tester" || len(e.Partners) != 1 || len(e.Goals) != 1 {
		t.Fatalf("saved %+v", e)
	}
	if hs.m.active != screenEntries || !strings.Contains(hs.screen(), "Wage talks") {
		t.Fatalf("new entry not shown:\n%s", hs.screen())
	}
}

func TestFormCancelWritesNothing(t *testing.T) {
	st := testStore(t)
	hs := newHarness(t, st, 100, 30)
	before, _ := st.Entries(context.Background(), 0, 1)
	hs.keys("a", "enter")
	hs.keys("esc")
	if hs.m.form != nil {
		t.Fatal("esc does not close the form")
	}
	after, _ := st.Entries(context.Background(), 0, 1)
	if after.Total != before.Total {
		t.Fatal("cancel wrote an entry")
	}
}

func TestDatabaseTextIsCleaned(t *testing.T) {
	st := testStore(t)
	if _, err := st.AddEntry(context.Background(), store.NewEntry{Date: "2026-11-21", Kind: store.KindVisit,
		Title: "Evil \x1b]0;pwned\x07title\x1b[31m red \u202e\u009b2J", Summary: "body \x1b[2J\x1b[H",
		PartnerIDs: []int64{1}, GoalIDs: []int{1}}); err != nil {
		t.Fatal(err)
	}
	hs := newHarness(t, st, 120, 40)
	hs.keys("3")
	hs.waitIdle()
	raw := hs.m.Render()
	for _, bad := range []string{"\x1b]0;pwned", "\x07", "\x1b[2J", "\x1b[H", "\u009b", "\u202e"} {
		if strings.Contains(raw, bad) {
			t.Errorf("screen contains %q", bad)
		}
	}
	// The sequences are shown, not run.
	out := ansi.Strip(raw)
	for _, want := range []string{"Evil ␛]0;pwned␇title␛[31m red", "body ␛[2J␛[H"} {
		if !strings.Contains(out, want) {
			t.Errorf("screen lacks %q:\n%s", want, out)
		}
	}
}
