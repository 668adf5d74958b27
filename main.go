// Command vision2030 is a terminal dashboard for JAW's International Vision
// 20-30: partners, logged consultations and each goal's progress toward 2030.
//
// main only parses flags, opens the store and starts the UI or a subcommand.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"vision2030/i18n"
	"vision2030/seed"
	"vision2030/store"
	"vision2030/ui"
)

const prog = "vision2030"

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program; it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	t := i18n.English
	err := dispatch(ctx, t, args, stdin, stdout)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintln(stdout, t.Usage)
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, t.ErrUsage+"\n", prog, ue.msg)
		fmt.Fprintf(stderr, t.UsageHint+"\n", prog)
		return 2
	}
	fmt.Fprintf(stderr, t.ErrRuntime+"\n", prog, describe(t, err))
	return 1
}

// describe words a runtime error for the user.
func describe(t *i18n.Catalogue, err error) string {
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
	return err.Error()
}

// newFlags returns a flag set that reports errors to the caller, not stderr.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args into fs, turning its errors into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

func dispatch(ctx context.Context, t *i18n.Catalogue, args []string, stdin io.Reader, stdout io.Writer) error {
	global := newFlags(prog)
	dbPath := global.String("db", "", "database file")
	if err := parse(global, args); err != nil {
		return err
	}
	rest := global.Args()
	cmd := ""
	if len(rest) > 0 {
		cmd, rest = rest[0], rest[1:]
	}
	switch cmd {
	case "", "report":
	default:
		return usageError{fmt.Sprintf(t.ErrUnknownCmd, cmd)}
	}

	// Parse the subcommand's flags before touching the database.
	reportWidth := 0
	if cmd == "report" {
		fs := newFlags("report")
		w := fs.String("width", "", "width in cells")
		if err := parse(fs, rest); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usageError{fmt.Sprintf(t.ErrUnknownCmd, fs.Arg(0))}
		}
		if *w != "" {
			n, err := strconv.Atoi(*w)
			if err != nil || n < 1 || n > 1000 {
				return usageError{fmt.Sprintf(t.ErrBadWidth, *w)}
			}
			reportWidth = n
		}
	} else if len(rest) > 0 {
		return usageError{fmt.Sprintf(t.ErrUnknownCmd, rest[0])}
	}

	path, err := databasePath(t, *dbPath)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := seed.Apply(ctx, st); err != nil {
		return fmt.Errorf("%s: seeding: %w", path, err)
	}

	if cmd == "report" {
		if reportWidth == 0 {
			reportWidth = 100
			if f, ok := stdout.(*os.File); ok && term.IsTerminal(f.Fd()) {
				if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
					reportWidth = w
				}
			}
		}
		return ui.Report(ctx, stdout, os.Environ(), st, t, reportWidth, time.Now())
	}
	m := ui.New(st, ui.Options{Catalogue: t, Author: author(), Dark: true})
	_, err = tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(stdin), tea.WithOutput(stdout)).Run()
	return err
}

// databasePath is --db, else $VISION2030_DB, else vision2030.db in the XDG
// data directory, which is created if needed.
func databasePath(t *i18n.Catalogue, flagPath string) (string, error) {
	if flagPath != "" {
		return flagPath, nil
	}
	if p := os.Getenv("VISION2030_DB"); p != "" {
		return p, nil
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", errors.New(fmt.Sprintf(t.ErrNoDataDir, err))
		}
		dir = filepath.Join(home, ".local", "share")
	}
	dir = filepath.Join(dir, prog)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("%s: %w", dir, err)
	}
	return filepath.Join(dir, "vision2030.db"), nil
}

// author is who writes: $VISION2030_AUTHOR, else the operating-system user.
func author() string {
	if a := os.Getenv("VISION2030_AUTHOR"); a != "" {
		return a
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}
