package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/config"
	"vision2030/store"
)

// shells are the shells `completion` writes scripts for.
var shells = []string{"bash", "zsh", "fish"}

// completionCommand is `completion SHELL`: the shell's completion script,
// generated from the same command definitions as help.
func completionCommand(a *app) *cobra.Command {
	cmd := a.command("completion", a.oneArg(a.t.ArgShell), func(cmd *cobra.Command, args []string) error {
		root, out := cmd.Root(), a.Stdout
		switch args[0] {
		case "bash":
			return root.GenBashCompletionV2(out, true)
		case "zsh":
			return root.GenZshCompletion(out)
		case "fish":
			return root.GenFishCompletion(out, true)
		}
		return usagef(a.t.ErrBadShell, args[0], strings.Join(shells, ", "))
	})
	cmd.ValidArgsFunction = a.fixed(shells)
	return cmd
}

// completion is what a completion function returns.
type completion = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective)

// completeFlag completes the value of cmd's flag name with f.
func (a *app) completeFlag(cmd *cobra.Command, name string, f completion) {
	// The only error is an unknown or doubly registered flag: a bug the
	// tests of completion catch.
	_ = cmd.RegisterFlagCompletionFunc(name, f)
}

// fixed completes from values.
func (a *app) fixed(values []string) completion {
	return func(_ *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, v := range values {
			if strings.HasPrefix(v, prefix) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// fromStore completes with list, run on the database read-only. No
// database, an unreadable one or any error gives no completions, silently:
// completion must never create a file or fail loudly.
func (a *app) fromStore(list func(ctx context.Context, st *store.Store, prefix string) []cobra.Completion) completion {
	return func(cmd *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
		ctx := cmd.Context()
		if ctx == nil {
			ctx = context.Background()
		}
		flags := map[string]string{}
		for _, name := range []string{config.DB, "config"} {
			if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
				flags[name] = f.Value.String()
			}
		}
		s, _ := config.Load(config.Input{Flags: flags, Environ: a.Environ})
		if s == nil || s.DB == "" {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		st, err := store.OpenReadOnly(ctx, s.DB)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer st.Close()
		return list(ctx, st, prefix), cobra.ShellCompDirectiveNoFileComp
	}
}

// partnerNames completes partners' short names (else names), described by
// name and country: active ones, archived ones or both.
func (a *app) partnerNames(active, archived bool) completion {
	return a.fromStore(func(ctx context.Context, st *store.Store, prefix string) []cobra.Completion {
		page, err := st.PartnersByCountry(ctx, store.PartnerQuery{Archived: archived})
		if err != nil {
			return nil
		}
		var out []cobra.Completion
		for _, p := range page.Partners {
			if (p.Archived && !archived) || (!p.Archived && !active) {
				continue
			}
			label := cleanLine(p.Label())
			if strings.HasPrefix(strings.ToLower(label), strings.ToLower(prefix)) {
				out = append(out, cobra.CompletionWithDesc(label,
					fmt.Sprintf(a.t.NameWithCode, cleanLine(p.NameIn(a.t.Lang)), p.CountryCode)))
			}
		}
		return out
	})
}

// goalNumbers completes goal numbers, described by their titles.
func (a *app) goalNumbers() completion {
	return a.fromStore(func(ctx context.Context, st *store.Store, prefix string) []cobra.Completion {
		goals, err := st.Goals(ctx)
		if err != nil {
			return nil
		}
		var out []cobra.Completion
		for _, g := range goals {
			if n := strconv.Itoa(g.ID); strings.HasPrefix(n, prefix) {
				out = append(out, cobra.CompletionWithDesc(n, cleanLine(g.ShortTitleIn(a.t.Lang))))
			}
		}
		return out
	})
}

// countryCodes completes country codes, described by name.
func (a *app) countryCodes() completion {
	return a.fromStore(func(ctx context.Context, st *store.Store, prefix string) []cobra.Completion {
		cs, err := st.Countries(ctx)
		if err != nil {
			return nil
		}
		var out []cobra.Completion
		for _, c := range cs {
			if strings.HasPrefix(c.Code, strings.ToUpper(prefix)) {
				out = append(out, cobra.CompletionWithDesc(c.Code, a.t.CountryName(c)))
			}
		}
		return out
	})
}
