package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"vision2030/demo"
	"vision2030/i18n"
	"vision2030/store"
)

// demoCommand is `demo`: build a realistic, deterministic database for
// trying the dashboard and measuring it. It builds a new file (or rebuilds
// one it built before), so it does not open the database the way other
// commands do.
func demoCommand(a *app) *cobra.Command {
	var entries, partners, seed, today string
	cmd := a.command("demo", a.noArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		var o demo.Options
		number := func(flag, v string, lo, hi int) (int, error) {
			n, err := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(v), "_", ""))
			if err != nil || n < lo || n > hi {
				return 0, usagef(t.ErrNumberRange, flag, v, lo, hi)
			}
			return n, nil
		}
		var err error
		if o.Entries, err = number("--entries", entries, 1, demo.MaxEntries); err != nil {
			return err
		}
		if partners != "" {
			if o.Partners, err = number("--partners", partners, 1, 100_000); err != nil {
				return err
			}
		}
		if o.Seed, err = strconv.ParseUint(strings.TrimSpace(seed), 10, 64); err != nil {
			return usagef(t.ErrNumberRange, "--seed", seed, 0, maxInt)
		}
		o.Today = a.Now()
		if today = a.isoDate(today, false); today != "" {
			d, err := store.ParseDate(today)
			switch {
			case err != nil:
				if fe := store.CheckDate("--today", today, a.Now(), true, true); fe != nil && fe.Problem != store.ProblemBadDate {
					return fe // no such day, out of its era
				}
				return usagef(t.ErrBadDate, "--today", today)
			case today < demo.First:
				return usagef(t.ErrDemoTodayEarly, today, demo.First)
			}
			o.Today = d
		}
		s, err := a.loadSettings(cmd)
		if err != nil {
			return err
		}
		if err := a.checkDBPath(s); err != nil {
			return err
		}
		start := time.Now()
		bar := NewProgress(t, a.Stderr, t.DemoWriting)
		o.Progress = func(stage demo.Stage, done, total int) {
			if stage == demo.Finishing {
				bar.Note(t.DemoFinishing)
				return
			}
			bar.Update(done, total)
		}
		p, err := demo.Build(cmd.Context(), s.DB, o)
		bar.Done()
		if errors.Is(err, demo.ErrNotDemo) {
			return failure(fmt.Sprintf(t.ErrNotDemo, cleanLine(s.DB)), t.HintGiveDB)
		}
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(a.Stdout, t.OutDemo+"\n", cleanLine(s.DB), i18n.Count(p.Entries), i18n.Count(p.Partners),
			time.Since(start).Round(100*time.Millisecond))
		return err
	})
	fs := cmd.Flags()
	fs.StringVar(&entries, "entries", strconv.Itoa(demo.DefaultEntries), "")
	fs.StringVar(&partners, "partners", "", "")
	fs.StringVar(&seed, "seed", "1", "")
	fs.StringVar(&today, "today", "", "")
	return cmd
}
