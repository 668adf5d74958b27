// Package cli is vision2030's subcommands: the same work as the dashboard,
// for scripts and the shell. Each command parses its flags before the
// database is opened, so a usage error never creates or touches a file.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"vision2030/i18n"
	"vision2030/store"
)

// Env is what a command runs with.
type Env struct {
	Ctx     context.Context
	T       *i18n.Catalogue
	Store   *store.Store
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer // for progress; only commands that OpensItself are given it
	DB      string    // the database's path; only commands that OpensItself are given it
	Environ []string
	Author  string // who writes, unless --author says otherwise
	Width   int    // the terminal's width, 0 if stdout is not a terminal
	Now     func() time.Time
}

// Runner runs a parsed command.
type Runner func(*Env) error

// UsageError is a mistake on the command line: exit status 2.
type UsageError struct{ Msg string }

func (e UsageError) Error() string { return e.Msg }

// Names lists the subcommands.
var Names = []string{"report", "log", "entries", "partners", "actions", "assess", "demo"}

// Parse parses the arguments of subcommand name.
func Parse(t *i18n.Catalogue, name string, args []string) (Runner, error) {
	switch name {
	case "report":
		return parseReport(t, args)
	case "log":
		return parseLog(t, args)
	case "entries":
		return parseEntries(t, args)
	case "partners":
		return parsePartners(t, args)
	case "actions":
		return parseActions(t, args)
	case "assess":
		return parseAssess(t, args)
	case "demo":
		return parseDemo(t, args)
	}
	return nil, UsageError{fmt.Sprintf(t.ErrUnknownCmd, name)}
}

// NewFlags returns a flag set that reports errors to the caller, not stderr.
func NewFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// ParseFlags parses args into fs, turning its errors into usage errors.
// Positional arguments may come before, between or after the flags; more
// than want of them is an error. They are then fs.Args().
func ParseFlags(t *i18n.Catalogue, fs *flag.FlagSet, args []string, want int) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return UsageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			positional = append(positional, rest[1:]...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	if len(positional) > want {
		return UsageError{fmt.Sprintf(t.ErrUnknownCmd, positional[want])}
	}
	// Leave the positional arguments where fs.Arg finds them.
	return fs.Parse(append([]string{"--"}, positional...))
}

// strings is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// parseID parses a record id given as an argument.
func parseID(t *i18n.Catalogue, cmd string, fs *flag.FlagSet) (int64, error) {
	if fs.NArg() != 1 {
		return 0, UsageError{fmt.Sprintf(t.ErrNeedID, cmd)}
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || id < 1 {
		return 0, UsageError{fmt.Sprintf(t.ErrBadID, fs.Arg(0))}
	}
	return id, nil
}

// require refuses a command whose required flags (name, value pairs) are
// empty.
func require(t *i18n.Catalogue, flags ...string) error {
	for i := 0; i+1 < len(flags); i += 2 {
		if strings.TrimSpace(flags[i+1]) == "" {
			return UsageError{fmt.Sprintf(t.ErrNeedValue, flags[i])}
		}
	}
	return nil
}

// parseKind checks value of flag against the words of kinds.
func parseKind[K ~string](t *i18n.Catalogue, flag, value string, kinds []K) (K, error) {
	k := K(strings.ToLower(strings.TrimSpace(value)))
	words := make([]string, len(kinds))
	for i, x := range kinds {
		if x == k {
			return k, nil
		}
		words[i] = string(x)
	}
	return k, UsageError{fmt.Sprintf(t.ErrKindUnknown, flag, value, strings.Join(words, ", "))}
}

// changeByID parses "ID [flags]" for a command that changes one record,
// then runs change on it and prints done (a format of the id). An error
// from change that is a key of errs is worded by its format of the id.
func changeByID(t *i18n.Catalogue, cmd string, fs *flag.FlagSet, args []string, done string,
	errs map[error]string, change func(env *Env, id int64) error) (Runner, error) {
	if err := ParseFlags(t, fs, args, 1); err != nil {
		return nil, err
	}
	id, err := parseID(t, cmd, fs)
	if err != nil {
		return nil, err
	}
	return func(env *Env) error {
		if err := change(env, id); err != nil {
			for e, format := range errs {
				if errors.Is(err, e) {
					return fmt.Errorf(format, id)
				}
			}
			return err
		}
		_, err := fmt.Fprintf(env.Stdout, done+"\n", id)
		return err
	}, nil
}

// filterMessage words a filter mistake, with the keys as a hint.
func filterMessage(t *i18n.Catalogue, fe *store.FilterError) string {
	return t.FilterError(fe) + "\n" + fmt.Sprintf(t.FilterKeysHint, strings.Join(store.FilterKeys, ", "))
}

// Describe words a runtime error for the user, naming the file or field
// and what is wrong.
func Describe(t *i18n.Catalogue, err error) string {
	var oe *store.OpenError
	if errors.As(err, &oe) {
		switch {
		case errors.Is(oe.Err, store.ErrNotDatabase):
			return fmt.Sprintf(t.ErrNotDB, oe.Path)
		case errors.Is(oe.Err, store.ErrNewerSchema):
			return fmt.Sprintf(t.ErrNewer, oe.Path, oe.Version, oe.Known)
		}
		return fmt.Sprintf(t.ErrOpen, oe.Path, oe.Err)
	}
	var fe *store.FieldError
	if errors.As(err, &fe) {
		return t.FieldError(fe)
	}
	var flt *store.FilterError
	if errors.As(err, &flt) {
		return filterMessage(t, flt)
	}
	var me *store.PartnerMatchError
	if errors.As(err, &me) {
		msg := fmt.Sprintf(t.ErrPartnerNone, me.Query)
		if me.Ambiguous {
			msg = fmt.Sprintf(t.ErrPartnerAmbiguous, me.Query, len(me.Candidates))
		}
		if len(me.Candidates) > 0 {
			var lines []string
			for i, p := range me.Candidates {
				if i == 10 {
					lines = append(lines, "  …")
					break
				}
				lines = append(lines, fmt.Sprintf("  %d  %s  %s (%s)", p.ID, cleanLine(p.Label()), cleanLine(p.Name), p.CountryCode))
			}
			msg += "\n" + fmt.Sprintf(t.ErrPartnerNear, strings.Join(lines, "\n"))
		}
		return msg + "\n" + t.ErrPartnerHint
	}
	return err.Error()
}
