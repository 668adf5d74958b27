package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/term"

	"vision2030/demo"
	"vision2030/i18n"
	"vision2030/store"
)

// OpensItself reports whether command name opens the database itself
// rather than being given an open store: demo builds a new file.
func OpensItself(name string) bool { return name == "demo" }

func parseDemo(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("demo")
	entries := fs.String("entries", strconv.Itoa(demo.DefaultEntries), "how many entries")
	partners := fs.String("partners", "", "how many partners (default: one per 100 entries, 30 to 1,000)")
	seed := fs.String("seed", "1", "the random seed")
	today := fs.String("today", "", "the day the demo's clock stands at, YYYY-MM-DD (default today)")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	var o demo.Options
	number := func(flag, v string, lo, hi int) (int, error) {
		n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
		if err != nil {
			return 0, UsageError{fmt.Sprintf(t.ErrBadNumber, flag, v)}
		}
		if n < lo || n > hi {
			return 0, UsageError{fmt.Sprintf(t.ErrDemoRange, flag, v)}
		}
		return n, nil
	}
	var err error
	if o.Entries, err = number("--entries", *entries, 1, demo.MaxEntries); err != nil {
		return nil, err
	}
	if *partners != "" {
		if o.Partners, err = number("--partners", *partners, 1, 100_000); err != nil {
			return nil, err
		}
	}
	s, err := strconv.ParseUint(*seed, 10, 64)
	if err != nil {
		return nil, UsageError{fmt.Sprintf(t.ErrBadNumber, "--seed", *seed)}
	}
	o.Seed = s
	if *today != "" {
		d, err := store.ParseDate(*today)
		if err != nil || *today < demo.First {
			return nil, UsageError{fmt.Sprintf(t.ErrBadAsOf, *today)}
		}
		o.Today = d
	}
	return func(env *Env) error {
		if o.Today.IsZero() {
			o.Today = env.Now()
		}
		start := time.Now()
		var bar *progressBar
		if f, ok := env.Stderr.(*os.File); ok && term.IsTerminal(f.Fd()) {
			bar = &progressBar{w: env.Stderr, t: t}
			o.Progress = bar.update
		}
		p, err := demo.Build(env.Ctx, env.DB, o)
		if bar != nil {
			bar.clear()
		}
		if errors.Is(err, demo.ErrNotDemo) {
			return fmt.Errorf(t.ErrNotDemo, env.DB)
		}
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(env.Stdout, t.OutDemo+"\n", env.DB, p.Entries, p.Partners,
			time.Since(start).Round(100*time.Millisecond))
		return err
	}, nil
}

// progressBar draws a build's progress on one line of a terminal: a bar,
// the share done, the rate and the time left.
type progressBar struct {
	w     io.Writer
	t     *i18n.Catalogue
	mu    sync.Mutex
	start time.Time
	last  time.Time
	drawn bool
}

func (b *progressBar) update(stage demo.Stage, done, total int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	if b.start.IsZero() {
		b.start = now
	}
	if now.Sub(b.last) < 100*time.Millisecond && done < total {
		return
	}
	b.last = now
	label := b.t.DemoWriting
	if stage == demo.Finishing {
		label = b.t.DemoFinishing
	}
	const width = 30
	frac := 1.0
	if total > 0 {
		frac = float64(done) / float64(total)
	}
	fill := int(frac * width)
	line := fmt.Sprintf("\r%-9s [%s%s] %3.0f%%", label, strings.Repeat("█", fill), strings.Repeat("░", width-fill), 100*frac)
	if stage == demo.Writing && done > 0 {
		el := now.Sub(b.start)
		rate := float64(done) / el.Seconds()
		left := time.Duration(float64(total-done)/rate) * time.Second
		line += fmt.Sprintf("  %d/%d  %.0f/s  %s", done, total, rate, left.Round(time.Second))
	}
	fmt.Fprintf(b.w, "%s\x1b[K", line)
	b.drawn = true
}

func (b *progressBar) clear() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
	}
}
