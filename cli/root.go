// Package cli is vision2030's command line: the same work as the dashboard,
// for scripts and the shell, declared once with cobra. Flags, help,
// completion and usage errors all come from the same command definitions,
// and every word a person reads comes from the i18n catalogue.
//
// Each command checks its arguments and flags before the database is
// opened, so a usage error never creates or touches a file. Usage errors
// exit 2, failed requests 1; either way the user reads one line saying what
// is wrong and a hint, never a stack trace.
//
// # Adding a command
//
// Write cli/NAME.go with
//
//	func nameCommand(a *app) *cobra.Command {
//		cmd := a.command("name", noArgs, func(cmd *cobra.Command, args []string) error {
//			// check the flags and arguments here: return a.usage(...) for a mistake
//			return a.run(cmd, func(env *Env) error {
//				// one store call, then print
//			})
//		})
//		cmd.Flags().String("format", "table", "") // described by the catalogue
//		return cmd
//	}
//
// add nameCommand to the commands list below, and its texts to
// i18n/commands.go: Help["name"] (and Help["name sub"] for a
// subcommand) and FlagHelp for any new flag. The tests walk the command
// tree, so a command or flag without its texts fails them.
//
// Help and errors are drawn here from the catalogue rather than by
// charm.land/fang: fang's headings and error texts ("usage", "flags",
// "Try --help for usage.") are English literals a Japanese catalogue could
// not replace.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"vision2030/config"
	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// commands builds the top-level commands, in the order help lists them.
var commands = []func(*app) *cobra.Command{
	reportCommand,
	logCommand,
	entriesCommand,
	partnersCommand,
	actionsCommand,
	assessCommand,
	goalsCommand,
	exportCommand,
	importCommand,
	backupCommand,
	restoreCommand,
	checkCommand,
	purgeCommand,
	demoCommand,
	settingsCommand,
	configCommand,
	completionCommand,
}

func init() {
	cobra.EnableCommandSorting = false // help lists the commands in the order of commands
}

// lookup finds the catalogue of a language; tests watch it.
var lookup = catalogue

// catalogue is the catalogue of lang, English for one there is none of.
func catalogue(lang string) *i18n.Catalogue {
	c, _ := i18n.Lookup(lang)
	return c
}

// Prog is the program's name, as commands and hints spell it.
const Prog = "vision2030"

// Options is what the command line runs with; main fills it from the
// process, tests with buffers.
type Options struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Environ        []string         // as os.Environ returns it
	Now            func() time.Time // nil for time.Now
	// Version is the program's version; "" reads it from the build.
	Version string
	// Dashboard runs the terminal interface. The cli package never imports
	// the ui; main passes it in. Nil makes the bare program a usage error.
	Dashboard func(ctx context.Context, d Dashboard) error
}

// Dashboard is what the terminal interface is started with.
type Dashboard struct {
	Store    *store.Store
	T        *i18n.Catalogue
	Settings *config.Settings // author, theme, lang, keys, ambiguous width
	Stdin    io.Reader
	Stdout   io.Writer
}

// Env is what a command's work runs with, once the database is open.
type Env struct {
	Ctx    context.Context
	T      *i18n.Catalogue
	Store  *store.Store
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Author string // who writes: the author setting; commands that write ask writer
	Width  int    // the terminal's width, 0 if stdout is not a terminal
	Now    func() time.Time
	// StdinTerminal is whether standard input is a terminal (a person
	// typing), not a file or a pipe.
	StdinTerminal bool

	settings *config.Settings
}

// writer is who writes, for a command that records it: the author
// setting, refused when empty (config.Settings.WriteAuthor).
func (e *Env) writer() (string, error) {
	if e.settings == nil {
		return e.Author, nil
	}
	return e.settings.WriteAuthor()
}

// app is one run of the command line: its options, its catalogue and what
// it has opened.
type app struct {
	Options
	t        *i18n.Catalogue
	settings *config.Settings
	st       *store.Store
	rootCmd  *cobra.Command
}

// Run runs the command line with args (without the program's name) and
// returns the exit status: 0 done, 1 a request that failed, 2 a usage
// error.
func Run(ctx context.Context, args []string, o Options) (code int) {
	a := newApp(o, args)
	// A bug is still one line and a hint, not a stack trace.
	defer func() {
		if r := recover(); r != nil {
			code = a.report(a.rootCmd, failure(fmt.Sprintf(a.t.ErrBug, r), a.t.HintBug))
		}
	}()
	root := a.root()
	a.rootCmd = root
	root.SetArgs(negativesAsValues(root, args))
	cmd, err := root.ExecuteContextC(ctx)
	if a.st != nil {
		a.st.Close()
	}
	if err == nil {
		return 0
	}
	if cmd == nil {
		cmd = root
	}
	return a.report(cmd, err)
}

// newApp makes the app of one run, speaking the language args and the
// settings ask for.
func newApp(o Options, args []string) *app {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Stdin == nil {
		o.Stdin = strings.NewReader("")
	}
	t := lookup(config.LangOnly(config.Input{Flags: prescan(args), Environ: o.Environ}))
	return &app{Options: o, t: t}
}

// NewRoot builds the command tree, for tools that walk it (documentation,
// man pages); main uses Run.
func NewRoot(o Options) *cobra.Command { return newApp(o, nil).root() }

// root builds the command tree of one run.
func (a *app) root() *cobra.Command {
	root := a.command("", a.noArgs, func(cmd *cobra.Command, args []string) error {
		if v, _ := cmd.Flags().GetBool("version"); v {
			return a.printVersion(cmd)
		}
		if a.Dashboard == nil {
			return usage(a.t.ErrNoDashboard)
		}
		return a.run(cmd, func(env *Env) error {
			if _, err := env.writer(); err != nil {
				return err // the dashboard writes
			}
			return a.Dashboard(env.Ctx, Dashboard{Store: env.Store, T: a.t, Settings: a.settings,
				Stdin: a.Stdin, Stdout: a.Stdout})
		})
	})
	root.Use = Prog
	root.SilenceErrors = true
	root.SilenceUsage = true
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetIn(a.Stdin)
	root.SetOut(a.Stdout)
	root.SetErr(a.Stderr)
	pf := root.PersistentFlags()
	pf.String("db", "", "")
	pf.String("author", "", "")
	pf.String("lang", "", "")
	pf.String("theme", "", "")
	pf.String("config", "", "")
	pf.BoolP("help", "h", false, "")
	root.Flags().BoolP("version", "v", false, "")
	a.completeFlag(root, "lang", a.fixed(config.Langs))
	a.completeFlag(root, "theme", a.fixed(config.Themes))
	root.MarkPersistentFlagFilename("db", "db")
	root.MarkPersistentFlagFilename("config", "toml")

	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		return a.checkRequired(cmd)
	}
	for _, c := range commands {
		root.AddCommand(c(a))
	}
	root.SetHelpCommand(a.helpCommand())
	root.SetHelpFunc(a.help)
	root.SetUsageFunc(func(cmd *cobra.Command) error { a.help(cmd, nil); return nil })
	root.SetFlagErrorFunc(a.flagError)
	a.describeFlags(root)
	return root
}

// command makes a command whose texts are the catalogue's Help[path]
// ("" the program, "entries show" a subcommand) and which runs run after
// checking its arguments with args.
func (a *app) command(path string, args cobra.PositionalArgs, run func(*cobra.Command, []string) error) *cobra.Command {
	h := a.t.Help[path]
	name := path
	if i := strings.LastIndex(path, " "); i >= 0 {
		name = path[i+1:]
	}
	use := name
	if h.Args != "" {
		use += " " + h.Args
	}
	return &cobra.Command{
		Use:         use,
		Short:       h.Short,
		Long:        h.Long,
		Example:     h.Example,
		Args:        args,
		RunE:        run,
		Annotations: map[string]string{"path": path},
		// "reprot" suggests report.
		SuggestionsMinimumDistance: 2,
		// Completion of flags and of nothing at all, not of files, unless
		// a command says otherwise.
		ValidArgsFunction: cobra.NoFileCompletions,
	}
}

// pathOf is the catalogue path of cmd.
func pathOf(cmd *cobra.Command) string { return cmd.Annotations["path"] }

// describeFlags sets the description of every flag of the tree from the
// catalogue: FlagHelp["PATH --name"], else FlagHelp["name"].
func (a *app) describeFlags(cmd *cobra.Command) {
	for _, fs := range []*pflag.FlagSet{cmd.Flags(), cmd.PersistentFlags()} {
		fs.VisitAll(func(f *pflag.Flag) { f.Usage = a.flagText(pathOf(cmd), f.Name) })
	}
	for _, c := range cmd.Commands() {
		a.describeFlags(c)
	}
}

// flagText is the catalogue's description of flag name of the command at
// path.
func (a *app) flagText(path, name string) string {
	if s, ok := a.t.FlagHelp[strings.TrimSpace(path+" --"+name)]; ok {
		return s
	}
	return a.t.FlagHelp[name]
}

// loadSettings works out the settings of this run: flag, environment,
// file, default.
func (a *app) loadSettings(cmd *cobra.Command) (*config.Settings, error) {
	if a.settings != nil {
		return a.settings, nil
	}
	flags := map[string]string{}
	for _, name := range []string{config.DB, config.Author, config.Lang, config.Theme, "config"} {
		// --db "" and --author "" are passed on, for config to refuse (db)
		// or a command that writes (config.Settings.WriteAuthor): they name
		// nothing.
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed && (f.Value.String() != "" || name == config.DB || name == config.Author) {
			flags[name] = f.Value.String()
		}
	}
	s, err := config.Load(config.Input{Flags: flags, Environ: a.Environ})
	if err != nil {
		return nil, err
	}
	// Set always, 1 included: the width libraries each guess it from the
	// locale otherwise, and disagree.
	render.SetAmbiguousWidth(s.AmbiguousWidth)
	a.settings = s
	return s, nil
}

// run opens the database the settings name (creating and seeding a new
// one) and runs work on it.
func (a *app) run(cmd *cobra.Command, work func(*Env) error) error {
	s, err := a.loadSettings(cmd)
	if err != nil {
		return err
	}
	st, err := a.openStore(cmd.Context(), s)
	if err != nil {
		return err
	}
	env := &Env{Ctx: cmd.Context(), T: a.t, Store: st, Stdin: a.Stdin, Stdout: a.Stdout, Stderr: a.Stderr,
		Author: s.Author, Now: a.Now, Width: terminalWidth(a.Stdout), StdinTerminal: isTerminal(a.Stdin), settings: s}
	return work(env)
}

// runExisting is run for commands that read a database that must exist
// already (backup, check): a missing file is refused, not created.
func (a *app) runExisting(cmd *cobra.Command, work func(*Env) error) error {
	s, err := a.loadSettings(cmd)
	if err != nil {
		return err
	}
	if s.DB != "" {
		if _, err := os.Stat(s.DB); errors.Is(err, fs.ErrNotExist) {
			return failure(fmt.Sprintf(a.t.ErrNoDatabase, s.DB), a.t.HintGiveDB)
		}
	}
	return a.run(cmd, work)
}

// terminalWidth is w's width if it is a terminal, else 0.
func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
			return width
		}
	}
	return 0
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// prescan finds --lang and --config among args, before cobra parses them:
// they choose the catalogue every later word, help included, comes from.
func prescan(args []string) map[string]string {
	flags := map[string]string{}
	for i := 0; i < len(args); i++ {
		s := args[i]
		if s == "--" {
			break
		}
		for _, name := range []string{"lang", "config"} {
			switch {
			case s == "--"+name && i+1 < len(args):
				flags[name] = args[i+1]
			case strings.HasPrefix(s, "--"+name+"="):
				flags[name] = strings.TrimPrefix(s, "--"+name+"=")
			}
		}
	}
	for k, v := range flags {
		if v == "" {
			delete(flags, k)
		}
	}
	return flags
}
