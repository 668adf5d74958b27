package ui

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"vision2030/config"
	"vision2030/i18n"
	"vision2030/seed"
	"vision2030/store"
)

// The tests drive the root model as the Bubble Tea runtime would, without
// a terminal and without timing: every command runs to its end before the
// next key (a query is quick on the test database), and the model's timers
// (the poll, the status line, the draft, "searching…") go through a clock
// the test moves by hand. A command that blocks is a bug the driver
// reports, not a timer to guess at.

var update = flag.Bool("update", false, "rewrite the golden files")

// now is the fixed clock of every UI test.
var now = time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)

// template is a seeded database every test starts from a copy of.
var template string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "vision2030-ui")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	template = filepath.Join(dir, "seeded.db")
	if err := makeTemplate(template); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func makeTemplate(path string) error {
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	st.Now = func() time.Time { return now }
	if _, err := seed.Apply(ctx, st); err != nil {
		st.Close()
		return err
	}
	return st.Close() // checkpoints: the file holds everything
}

// testStore opens a copy of the seeded database.
func testStore(t testing.TB) *store.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "v.db")
	src, err := os.Open(template)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	dst.Close()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return now }
	t.Cleanup(func() { st.Close() })
	return st
}

// fakeClock is the tests' clock: After registers a timer the driver fires
// when the test moves the clock past it.
type fakeClock struct{ now time.Time }

type timerSet struct {
	d   time.Duration
	msg tea.Msg
}

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) After(d time.Duration, msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return timerSet{d, msg} }
}

type pending struct {
	at  time.Time
	seq int
	msg tea.Msg
}

// driver runs a Model.
type driver struct {
	t      testing.TB
	m      *Model
	clock  *fakeClock
	timers []pending
	seq    int
	quit   bool
	execs  int // external programs asked for (the editor)
}

type options func(*Options)

func withSettings(s *config.Settings) options { return func(o *Options) { o.Settings = s } }
func withLang(c *i18n.Catalogue) options      { return func(o *Options) { o.Catalogue = c } }
func withTheme(theme string) options          { return func(o *Options) { o.Theme = theme } }
func withAuthor(a string) options             { return func(o *Options) { o.Author = a } }

func newDriver(t testing.TB, st *store.Store, w, h int, opts ...options) *driver {
	t.Helper()
	clock := &fakeClock{now: now}
	o := Options{Context: context.Background(), Catalogue: i18n.English, Author: "tester", Theme: "dark", Clock: clock}
	for _, f := range opts {
		f(&o)
	}
	m, err := New(st, o)
	if err != nil {
		t.Fatal(err)
	}
	d := &driver{t: t, m: m, clock: clock}
	d.run(m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// exec runs one command, failing the test if it does not end: a command
// that waits on anything but the clock is a bug.
func (d *driver) exec(cmd tea.Cmd) tea.Msg {
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		return msg
	case <-time.After(20 * time.Second):
		d.t.Fatalf("a command did not end")
		return nil
	}
}

// run runs cmd and everything it leads to.
func (d *driver) run(cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := d.exec(c).(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case timerSet:
			d.seq++
			d.timers = append(d.timers, pending{d.clock.now.Add(msg.d), d.seq, msg.msg})
		case tea.QuitMsg:
			d.quit = true
		default:
			if strings.Contains(fmt.Sprintf("%T", msg), "execMsg") {
				d.execs++
				continue
			}
			_, next := d.m.Update(msg)
			queue = append(queue, next)
		}
	}
}

// send hands msg to the model and runs what it asks for.
func (d *driver) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		_, cmd := d.m.Update(msg)
		d.run(cmd)
	}
}

// advance moves the clock by dt, firing the timers due in order.
func (d *driver) advance(dt time.Duration) {
	end := d.clock.now.Add(dt)
	for {
		sort.Slice(d.timers, func(i, j int) bool {
			if !d.timers[i].at.Equal(d.timers[j].at) {
				return d.timers[i].at.Before(d.timers[j].at)
			}
			return d.timers[i].seq < d.timers[j].seq
		})
		if len(d.timers) == 0 || d.timers[0].at.After(end) {
			break
		}
		p := d.timers[0]
		d.timers = d.timers[1:]
		d.clock.now = p.at
		d.send(p.msg)
	}
	d.clock.now = end
}

// keys sends each key: a character, or a name such as "enter", "ctrl+s".
func (d *driver) keys(ks ...string) {
	for _, k := range ks {
		d.send(keyMsg(k))
	}
}

// typeText sends each character of s as a key press.
func (d *driver) typeText(s string) {
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	var mod tea.KeyMod
	for {
		switch {
		case strings.HasPrefix(k, "ctrl+"):
			mod |= tea.ModCtrl
			k = k[5:]
			continue
		case strings.HasPrefix(k, "alt+"):
			mod |= tea.ModAlt
			k = k[4:]
			continue
		case strings.HasPrefix(k, "shift+"):
			mod |= tea.ModShift
			k = k[6:]
			continue
		}
		break
	}
	codes := map[string]rune{"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "down": tea.KeyDown,
		"up": tea.KeyUp, "left": tea.KeyLeft, "right": tea.KeyRight, "end": tea.KeyEnd, "home": tea.KeyHome,
		"space": tea.KeySpace, "backspace": tea.KeyBackspace, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp,
		"delete": tea.KeyDelete}
	if code, ok := codes[k]; ok {
		msg := tea.KeyPressMsg{Code: code, Mod: mod}
		if k == "space" && mod == 0 {
			msg.Text = " "
		}
		return msg
	}
	r := []rune(k)
	if len(r) != 1 {
		panic("unknown key " + k)
	}
	if mod != 0 {
		return tea.KeyPressMsg{Code: r[0], Mod: mod}
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// click clicks the left button at (x, y) of the terminal.
func (d *driver) click(x, y int) {
	d.send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
}

// screen is what the model draws, without colours.
func (d *driver) screen() string { return ansi.Strip(d.m.Render()) }

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

// flat is the screen's lines trimmed and joined with spaces: a sentence
// wrapped across lines reads whole.
func flat(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, " ")
}

// contains fails unless the screen shows each of want (on one line, or
// wrapped across lines).
func (d *driver) contains(want ...string) {
	d.t.Helper()
	got := d.screen()
	for _, w := range want {
		if !strings.Contains(got, w) && !strings.Contains(flat(got), w) {
			d.t.Fatalf("the screen does not show %q:\n%s", w, got)
		}
	}
}

// lacks fails if the screen shows any of bad.
func (d *driver) lacks(bad ...string) {
	d.t.Helper()
	got := d.screen()
	for _, b := range bad {
		if strings.Contains(got, b) {
			d.t.Fatalf("the screen shows %q:\n%s", b, got)
		}
	}
}

// form is the form on top, or nil.
func (d *driver) form() *form {
	if len(d.m.stack) == 0 {
		return nil
	}
	f, _ := d.m.stack[len(d.m.stack)-1].(*form)
	return f
}

// collect runs cmd and returns the messages it ends in, without handing
// them to the model: to look at a command's answer.
func collect(t testing.TB, cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case nil:
		default:
			out = append(out, msg)
		}
	}
	return out
}
