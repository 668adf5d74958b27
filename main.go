// Command vision2030 is a terminal dashboard for JAW's International Vision
// 20-30: partners, logged consultations and each goal's progress toward 2030.
//
// main runs the command line (package cli) and hands it the dashboard
// (package ui) to open when no command is given; nothing else.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"vision2030/cli"
	"vision2030/ui"
)

func main() {
	// An interrupt or a termination cancels the work in flight (a backup
	// removes its half-written copy); the dashboard reads ctrl+c as a key.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program; it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return cli.Run(ctx, args, cli.Options{Stdin: stdin, Stdout: stdout, Stderr: stderr, Environ: os.Environ(),
		Dashboard: dashboard})
}

// dashboard runs the terminal interface until the user quits. Key
// bindings that name no action or bind a key twice are refused, naming the
// settings line.
func dashboard(ctx context.Context, d cli.Dashboard) error {
	m, err := ui.New(d.Store, ui.Options{Context: ctx, Catalogue: d.T, Settings: d.Settings, ColorFGBG: ui.EnvColorFGBG()})
	if err != nil {
		return err
	}
	_, err = tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(d.Stdin), tea.WithOutput(d.Stdout)).Run()
	return err
}
