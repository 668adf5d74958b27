package cli

import (
	"fmt"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"vision2030/render"
	"vision2030/store"
)

// help prints cmd's help, every word from the catalogue: what it does, how
// to call it, its commands, its flags and the global ones, examples.
func (a *app) help(cmd *cobra.Command, _ []string) {
	t := a.t
	width := terminalWidth(a.Stdout)
	var b strings.Builder
	about := cmd.Long
	if about == "" {
		about = cmd.Short
	}
	if about != "" {
		b.WriteString(wrap(about, width) + "\n\n")
	}

	b.WriteString(t.HelpUsage + "\n")
	line := cmd.CommandPath()
	if h := t.Help[pathOf(cmd)]; h.Args != "" {
		line += " " + h.Args
	}
	if cmd.HasAvailableLocalFlags() || cmd.HasAvailableInheritedFlags() {
		line += " " + t.HelpFlagsArg
	}
	b.WriteString("  " + line + "\n")
	subs := availableSubs(cmd)
	if len(subs) > 0 {
		b.WriteString("  " + cmd.CommandPath() + " " + t.HelpCommandArg + "\n")
		b.WriteString("\n" + t.HelpCommands + "\n")
		var rows [][2]string
		for _, c := range subs {
			rows = append(rows, [2]string{c.Name(), c.Short})
		}
		b.WriteString(columns(rows, width))
	}
	if fs := cmd.LocalFlags(); fs.HasAvailableFlags() {
		b.WriteString("\n" + t.HelpFlags + "\n")
		b.WriteString(columns(a.flagRows(cmd, fs), width))
	}
	if fs := cmd.InheritedFlags(); fs.HasAvailableFlags() {
		b.WriteString("\n" + t.HelpGlobalFlags + "\n")
		b.WriteString(columns(a.flagRows(cmd, fs), width))
	}
	if cmd.Example != "" {
		b.WriteString("\n" + t.HelpExamples + "\n")
		for _, l := range strings.Split(strings.Trim(cmd.Example, "\n"), "\n") {
			b.WriteString("  " + l + "\n")
		}
	}
	if len(subs) > 0 {
		b.WriteString("\n" + fmt.Sprintf(t.HelpMore, cmd.CommandPath()) + "\n")
	}
	fmt.Fprint(a.Stdout, b.String())
}

// availableSubs lists the subcommands help shows.
func availableSubs(cmd *cobra.Command) []*cobra.Command {
	var subs []*cobra.Command
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() {
			subs = append(subs, c)
		}
	}
	return subs
}

// flagRows are the lines help shows for the flags of fs: "-h, --help" or
// "    --format FORMAT", and the description with its default and whether
// it is required or repeatable.
func (a *app) flagRows(cmd *cobra.Command, fs *pflag.FlagSet) [][2]string {
	t := a.t
	var rows [][2]string
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name, usage := pflag.UnquoteUsage(f)
		if !strings.Contains(f.Usage, "`") {
			name = t.FlagValue
		}
		left := "    --" + f.Name
		if f.Shorthand != "" {
			left = "-" + f.Shorthand + ", --" + f.Name
		}
		if f.Value.Type() != "bool" {
			left += " " + name
		}
		var notes []string
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			notes = append(notes, fmt.Sprintf(t.HelpDefault, f.DefValue))
		}
		if isRequired(cmd, f.Name) {
			notes = append(notes, t.HelpRequired)
		}
		if strings.HasSuffix(f.Value.Type(), "Array") {
			notes = append(notes, t.HelpRepeatable)
		}
		for _, n := range notes {
			usage = joinNote(usage, n)
		}
		rows = append(rows, [2]string{left, usage})
	})
	return rows
}

// joinNote puts note after text, a space between them unless the note
// opens with a wide character (a full-width bracket: "…の一部（必須）").
func joinNote(text, note string) string {
	if r, _ := utf8.DecodeRuneInString(note); ansi.StringWidth(string(r)) == 2 {
		return text + note
	}
	return text + " " + note
}

// columns lays out rows as two columns, the second wrapped to width (if
// not 0) and aligned. Widths are cells, as the terminal draws them: a
// Japanese description is as wide as it looks, and wraps between its
// characters where Japanese allows (render.Wrap), not only at spaces.
func columns(rows [][2]string, width int) string {
	left := 0
	for _, r := range rows {
		left = max(left, ansi.StringWidth(r[0]))
	}
	var b strings.Builder
	for _, r := range rows {
		pad := strings.Repeat(" ", left-ansi.StringWidth(r[0]))
		text := r[1]
		indent := 2 + left + 3
		if width > indent+20 {
			text = render.Wrap(text, width-indent)
		}
		text = strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", indent))
		b.WriteString(strings.TrimRight("  "+r[0]+pad+"   "+text, " ") + "\n")
	}
	return b.String()
}

// wrap fits help text to width, if not 0, in cells, breaking Japanese
// between characters where it may break (render.Wrap). The catalogue
// breaks its paragraphs by hand for 80 columns: on a narrower terminal, a
// run of such lines (not indented) is joined and wrapped again as one
// paragraph, so that it reads as even lines rather than each long line
// followed by a stub; Japanese is joined without a space. Indented lines
// (lists, examples) are wrapped each on its own.
func wrap(s string, width int) string {
	if width <= 0 {
		return s
	}
	lines := strings.Split(s, "\n")
	var out []string
	for i := 0; i < len(lines); {
		if lines[i] == "" || strings.HasPrefix(lines[i], " ") {
			out = append(out, render.Wrap(lines[i], width))
			i++
			continue
		}
		j, widest := i, 0
		for ; j < len(lines) && lines[j] != "" && !strings.HasPrefix(lines[j], " "); j++ {
			widest = max(widest, ansi.StringWidth(lines[j]))
		}
		if widest <= width {
			out = append(out, lines[i:j]...)
		} else {
			out = append(out, render.Wrap(joinLines(lines[i:j]), width))
		}
		i = j
	}
	return strings.Join(out, "\n")
}

// joinLines joins lines broken by hand into one: with a space between
// words, without one where either side is a wide (Japanese) character.
func joinLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(l)
			if ansi.StringWidth(string(prev)) < 2 && ansi.StringWidth(string(next)) < 2 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// helpCommand is `help [COMMAND]`, the same as COMMAND --help.
func (a *app) helpCommand() *cobra.Command {
	cmd := a.command("help", cobra.ArbitraryArgs, func(cmd *cobra.Command, args []string) error {
		target, rest, err := cmd.Root().Find(args)
		if err != nil || target == nil || len(rest) > 0 {
			word := strings.Join(args, " ")
			if len(rest) > 0 {
				word = rest[0]
			}
			return &problem{code: exitUsage, msg: fmt.Sprintf(a.t.ErrUnknownCommand, word),
				hint: fmt.Sprintf(a.t.HintUsage, cmd.Root().CommandPath())}
		}
		a.help(target, nil)
		return nil
	})
	cmd.ValidArgsFunction = func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		target, _, err := cmd.Root().Find(args)
		if err != nil || target == nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, c := range availableSubs(target) {
			if strings.HasPrefix(c.Name(), toComplete) {
				out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
	return cmd
}

// printVersion prints the program's version and the database schema it
// writes.
func (a *app) printVersion(cmd *cobra.Command) error {
	v := a.Version
	if v == "" {
		v = "(devel)"
		if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
			v = info.Main.Version
		}
	}
	_, err := fmt.Fprintf(a.Stdout, a.t.VersionLine+"\n", Prog, v, store.SchemaVersion())
	return err
}
