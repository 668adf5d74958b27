package cli

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// noArgs checks that cmd was given no positional arguments. For a command
// with subcommands, an argument is a command it does not have.
func (a *app) noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.HasAvailableSubCommands() {
		var names []string
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() && c.Name() != "help" {
				names = append(names, c.Name())
			}
		}
		msg := fmt.Sprintf(a.t.ErrUnknownCommand, args[0])
		if cmd.HasParent() {
			msg = fmt.Sprintf(a.t.ErrUnknownSubcommand, pathOf(cmd), args[0], strings.Join(names, ", "))
		}
		p := &problem{code: exitUsage, msg: msg}
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			p.hint = fmt.Sprintf(a.t.HintDidYouMean, strings.TrimSpace(cmd.CommandPath()+" "+s[0]), cmd.CommandPath())
		}
		return p
	}
	return usagef(a.t.ErrNoArgs, pathOf(cmd), args[0])
}

// oneArg checks that cmd was given exactly one positional argument, which
// is what (a catalogue phrase: "an entry id").
func (a *app) oneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0:
			return usagef(a.t.ErrMissingArg, pathOf(cmd), what)
		case len(args) > 1:
			return usagef(a.t.ErrExtraArg, pathOf(cmd), what, args[1])
		}
		return nil
	}
}

// parseID reads a record id given as an argument or flag: a whole number
// from 1. what is the catalogue phrase for it ("an entry id").
func (a *app) parseID(s, what string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id < 1 {
		return 0, usagef(a.t.ErrBadID, s, what)
	}
	return id, nil
}

// required marks flags of cmd that must be given; checkRequired checks
// them (cobra's own check words its errors in English) and help says so.
func required(cmd *cobra.Command, names ...string) {
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations["required"] = strings.Join(names, " ")
}

func isRequired(cmd *cobra.Command, name string) bool {
	return slices.Contains(strings.Fields(cmd.Annotations["required"]), name)
}

// checkRequired refuses a command whose required flags were not given
// (given empty is for the command to judge: an empty --title is the
// store's to refuse, with the field's own words).
func (a *app) checkRequired(cmd *cobra.Command) error {
	// A flag that stands alone (assess --undo) needs none of them, and
	// takes no other of the command's own.
	if alone := cmd.Annotations["alone"]; alone != "" && cmd.Flags().Changed(alone) {
		var other string
		cmd.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Changed && f.Name != alone && other == "" {
				other = f.Name
			}
		})
		if other != "" {
			return usagef(a.t.ErrFlagsExclusive, "--"+alone, "--"+other)
		}
		return nil
	}
	for _, name := range strings.Fields(cmd.Annotations["required"]) {
		if f := cmd.Flags().Lookup(name); f != nil && !f.Changed {
			return usagef(a.t.ErrNeedValue, "--"+name)
		}
	}
	return nil
}

// negative is a negative number: to pflag, a cluster of shorthand flags.
var negative = regexp.MustCompile(`^-[0-9][0-9.]*$`)

// negativesAsValues rewrites args so that a negative number standing where
// a positional argument stands (entries show -1) reaches the command as
// that argument, to be judged as a value, instead of being taken for the
// shorthand flag -1. It walks args as cobra will, knowing which flags take
// a value; a value of a flag (--limit -1) is left where it is. args are
// returned unchanged unless such a number is found, and otherwise as the
// command path and flags followed by "--" and the positional arguments in
// their order.
func negativesAsValues(root *cobra.Command, args []string) []string {
	if !slices.ContainsFunc(args, negative.MatchString) {
		return args
	}
	cmd := root
	var front, positional []string
	found := false
	takesValue := func(name string, short bool) bool {
		var f *pflag.Flag
		for _, fs := range []*pflag.FlagSet{cmd.Flags(), cmd.InheritedFlags()} {
			if short {
				f = fs.ShorthandLookup(name)
			} else {
				f = fs.Lookup(name)
			}
			if f != nil {
				return f.NoOptDefVal == ""
			}
		}
		return false
	}
	for i := 0; i < len(args); i++ {
		s := args[i]
		switch {
		case s == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
		case negative.MatchString(s):
			positional = append(positional, s)
			found = true
		case strings.HasPrefix(s, "--"):
			front = append(front, s)
			if !strings.Contains(s, "=") && takesValue(s[2:], false) && i+1 < len(args) {
				front = append(front, args[i+1])
				i++
			}
		case strings.HasPrefix(s, "-") && len(s) > 1:
			front = append(front, s)
			if !strings.Contains(s, "=") && takesValue(s[len(s)-1:], true) && i+1 < len(args) {
				front = append(front, args[i+1])
				i++
			}
		default:
			if len(positional) == 0 {
				if sub := findSub(cmd, s); sub != nil {
					cmd = sub
					front = append(front, s)
					continue
				}
			}
			positional = append(positional, s)
		}
	}
	if !found {
		return args
	}
	return append(append(front, "--"), positional...)
}

// findSub is cmd's subcommand called name (or one of its aliases).
func findSub(cmd *cobra.Command, name string) *cobra.Command {
	for _, c := range cmd.Commands() {
		if c.Name() == name || c.HasAlias(name) {
			return c
		}
	}
	return nil
}
