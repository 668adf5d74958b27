package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/store"
)

// logCommand is `log`: record an entry and print its id.
func logCommand(a *app) *cobra.Command {
	var f *entryFlags
	cmd := a.command("log", a.noArgs, func(cmd *cobra.Command, args []string) error {
		if err := f.check(a); err != nil {
			return err
		}
		// Every kind needs a goal but news, which may have none.
		if !f.given("goal") && store.EntryKind(strings.ToLower(strings.TrimSpace(f.kind))).NeedsGoal() {
			return usagef(a.t.ErrNeedValue, "--goal")
		}
		return a.run(cmd, func(env *Env) error {
			author, err := env.writer()
			if err != nil {
				return err
			}
			e := store.NewEntry{Date: env.Now().Format(store.DateLayout), Author: author}
			if err := f.apply(a, env, &e); err != nil {
				return err
			}
			id, err := env.Store.AddEntry(env.Ctx, e)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(env.Stdout, id)
			return err
		})
	})
	f = addEntryFlags(a, cmd)
	// Given, not necessarily valid: an empty --title is refused with the
	// field's own words.
	required(cmd, "partner", "kind", "title")
	return cmd
}
