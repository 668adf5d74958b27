package cli

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/store"
)

// purgeCommand is `purge --deleted-before DATE [--yes]`.
func purgeCommand(a *app) *cobra.Command {
	var before string
	var yes bool
	cmd := a.command("purge", a.noArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		before = a.isoDate(before, false)
		if _, err := store.ParseDate(before); err != nil {
			if fe := store.CheckDate("--deleted-before", before, a.Now(), true, true); fe != nil && fe.Problem != store.ProblemBadDate {
				return fe // no such day, out of its era
			}
			return usagef(t.ErrPurgeDate, before)
		}
		return a.runExisting(cmd, func(env *Env) error {
			c, err := env.Store.Purgeable(env.Ctx, before)
			if err != nil {
				return err
			}
			if c.Entries == 0 && c.Actions == 0 {
				_, err := fmt.Fprintf(env.Stdout, t.OutPurgeNone+"\n", before)
				return err
			}
			what := purgeWords(env, c)
			if !yes {
				if !env.StdinTerminal {
					return failure(fmt.Sprintf(t.ErrPurgeNeedYes, what, before), t.HintPurgeYes)
				}
				fmt.Fprintf(env.Stderr, t.PurgeConfirm, what, before)
				answer, _ := bufio.NewReader(env.Stdin).ReadString('\n')
				if !confirmed(answer) {
					_, err := fmt.Fprintln(env.Stdout, t.OutPurgeKept)
					return err
				}
			}
			done, err := env.Store.Purge(env.Ctx, before)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, t.OutPurged+"\n", purgeWords(env, done), before)
			return err
		})
	})
	cmd.Flags().StringVar(&before, "deleted-before", "", "")
	cmd.Flags().BoolVar(&yes, "yes", false, "")
	required(cmd, "deleted-before")
	return cmd
}

// purgeWords says what a purge removes.
func purgeWords(env *Env, c store.PurgeCounts) string {
	t := env.T
	return t.RowsEntries.N(c.Entries) + t.ListSep + t.RowsActions.N(c.Actions)
}

// confirmed reports whether an answer to a question is yes.
func confirmed(answer string) bool {
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "y", "yes", "はい":
		return true
	}
	return false
}
