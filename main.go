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
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"vision2030/cli"
	"vision2030/i18n"
	"vision2030/seed"
	"vision2030/store"
	"vision2030/ui"
)

const prog = "vision2030"

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program; it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	t := i18n.English
	err := dispatch(ctx, t, args, stdin, stdout, stderr)
	var ue cli.UsageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintln(stdout, t.Usage)
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, t.ErrUsage+"\n", prog, ue.Msg)
		fmt.Fprintf(stderr, t.UsageHint+"\n", prog)
		return 2
	}
	fmt.Fprintf(stderr, t.ErrRuntime+"\n", prog, cli.Describe(t, err))
	return 1
}

func dispatch(ctx context.Context, t *i18n.Catalogue, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	global := cli.NewFlags(prog)
	dbPath := global.String("db", "", "database file")
	authorFlag := global.String("author", "", "who writes (default $VISION2030_AUTHOR, else the system user)")
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return cli.UsageError{Msg: err.Error()}
	}
	rest := global.Args()
	var runner cli.Runner
	if len(rest) > 0 {
		// Parse the subcommand's flags before touching the database.
		var err error
		if runner, err = cli.Parse(t, rest[0], rest[1:]); err != nil {
			return err
		}
	}

	path, err := databasePath(t, *dbPath)
	if err != nil {
		return err
	}
	if runner != nil && cli.OpensItself(rest[0]) {
		return runner(&cli.Env{Ctx: ctx, T: t, DB: path, Stdin: stdin, Stdout: stdout, Stderr: stderr, Now: time.Now})
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := seed.Apply(ctx, st); err != nil {
		return fmt.Errorf("%s: seeding: %w", path, err)
	}

	who := *authorFlag
	if who == "" {
		who = author()
	}
	if runner != nil {
		env := &cli.Env{Ctx: ctx, T: t, Store: st, Stdin: stdin, Stdout: stdout, Environ: os.Environ(),
			Author: who, Now: time.Now}
		if f, ok := stdout.(*os.File); ok && term.IsTerminal(f.Fd()) {
			if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
				env.Width = w
			}
		}
		return runner(env)
	}
	m := ui.New(st, ui.Options{Catalogue: t, Author: who, Dark: true})
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
			return "", fmt.Errorf(t.ErrNoDataDir, err)
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
