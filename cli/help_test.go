package cli

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// walk calls f on every command of the tree, the root first.
func walk(cmd *cobra.Command, f func(*cobra.Command)) {
	f(cmd)
	for _, c := range cmd.Commands() {
		walk(c, f)
	}
}

// commandArgs is the path of cmd as arguments: "entries show" → [entries show].
func commandArgs(cmd *cobra.Command) []string { return strings.Fields(pathOf(cmd)) }

// TestHelpOfEveryCommand asks every command of the tree for its help, in
// every language, and checks that it names each of its flags, global ones
// included, with the catalogue's description, and each of its
// subcommands, under the catalogue's headings. The expectation comes from
// the same tree, so it cannot drift.
func TestHelpOfEveryCommand(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			helpOfEveryCommand(t, lang)
		})
	}
}

func helpOfEveryCommand(t *testing.T, lang string) {
	sb := newSandbox(t, "VISION2030_LANG="+lang)
	c, _ := i18n.Lookup(lang)
	root := NewRoot(Options{Environ: sb.environ})
	if root.Short != c.Help[""].Short {
		t.Fatalf("the tree is not in %s: %q", lang, root.Short)
	}
	n := 0
	walk(root, func(cmd *cobra.Command) {
		if cmd.Hidden || pathOf(cmd) == "help" {
			return
		}
		n++
		args := append(commandArgs(cmd), "--help")
		code, out, errOut := sb.run("", args...)
		if code != 0 || errOut != "" {
			t.Errorf("%v: exit %d, %s", args, code, errOut)
			return
		}
		about := cmd.Long
		if about == "" {
			about = cmd.Short
		}
		if !strings.HasPrefix(out, about+"\n") {
			t.Errorf("%v does not begin with what it does, %q", args, about)
		}
		if !strings.Contains(out, c.HelpUsage+"\n  vision2030 "+strings.TrimSpace(pathOf(cmd)+" "+c.Help[pathOf(cmd)].Args)) {
			t.Errorf("%v lacks its usage line:\n%s", args, out)
		}
		if lang != "en" && strings.Contains(out, i18n.English.HelpUsage) {
			t.Errorf("%v: English headings:\n%s", args, out)
		}
		check := func(f *pflag.Flag) {
			_, usage := pflag.UnquoteUsage(f)
			if !strings.Contains(out, "--"+f.Name+" ") && !strings.Contains(out, "--"+f.Name+"\n") {
				t.Errorf("%v does not mention --%s", args, f.Name)
			}
			if !strings.Contains(strings.Join(strings.Fields(out), " "), usage) {
				t.Errorf("%v lacks the description of --%s: %q", args, f.Name, usage)
			}
			if lang != "en" && usage == i18n.English.FlagHelp[f.Name] {
				t.Errorf("%v: --%s is described in English", args, f.Name)
			}
		}
		cmd.LocalFlags().VisitAll(check)
		cmd.InheritedFlags().VisitAll(check)
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() && !strings.Contains(out, "  "+c.Name()+" ") {
				t.Errorf("%v does not list %s", args, c.Name())
			}
		}
		// help COMMAND is the same text.
		if _, same, _ := sb.run("", append([]string{"help"}, commandArgs(cmd)...)...); same != out {
			t.Errorf("help %s differs from %v", pathOf(cmd), args)
		}
	})
	if n < 20 {
		t.Errorf("only %d commands walked", n)
	}
}

// TestHelpColumns: flag descriptions wrap in cells beside their aligned
// names, Japanese between its characters, and no line is wider than the
// terminal.
func TestHelpColumns(t *testing.T) {
	t.Parallel()
	ja := i18n.Japanese
	rows := [][2]string{
		{"    --partner パートナー", ja.FlagHelp["partner"] + ja.HelpRequired + ja.HelpRepeatable},
		{"    --kind 種類", ja.FlagHelp["partners add --kind"]},
		{"    --db ファイル", ja.FlagHelp["db"]},
		{"-h, --help", "print this help, in English words that wrap at spaces as they always did"},
	}
	for _, width := range []int{80, 60} {
		out := columns(rows, width)
		ls := lines(out)
		if len(ls) <= len(rows) {
			t.Errorf("%d: nothing wrapped:\n%s", width, out)
		}
		for _, l := range ls {
			if w := render.Width(l); w > width {
				t.Errorf("%d: a line of %d cells: %q", width, w, l)
			}
			// Every description starts in one column: after the widest
			// name (26 cells: 2 + 24), 3 spaces.
			if strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "      --") && !strings.HasPrefix(l, "  -h") {
				if render.Width(l)-render.Width(strings.TrimLeft(l, " ")) != 2+24+3 {
					t.Errorf("%d: a continuation out of its column: %q", width, l)
				}
			}
		}
		joined := strings.ReplaceAll(strings.ReplaceAll(out, " ", ""), "\n", "")
		if !strings.Contains(joined, strings.ReplaceAll(ja.FlagHelp["partners add --kind"], " ", "")) {
			t.Errorf("%d: a description was lost in wrapping:\n%s", width, out)
		}
		if strings.Contains(out, "\n                             、") {
			t.Errorf("%d: a line starts with 、:\n%s", width, out)
		}
	}
}

// TestHelpParagraphsOnANarrowTerminal: on a terminal narrower than the
// catalogue's lines, a paragraph is wrapped again as a whole: no line is
// wider than the terminal, and no line of a Japanese paragraph but its
// last is left short; nothing is lost, and indented lines keep their
// indent. On a wide terminal the text is as the catalogue breaks it.
func TestHelpParagraphsOnANarrowTerminal(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"", "assess", "log", "backup", "entries", "partners add", "check", "config"} {
		for _, c := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
			long := c.Help[path].Long
			if got := wrap(long, 100); got != long {
				t.Errorf("%s %q at 100 cells:\n%s", c.Lang, path, got)
			}
			const width = 50
			out := wrap(long, width)
			squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
			if squash(out) != squash(long) {
				t.Errorf("%s %q: text lost or changed:\n%s", c.Lang, path, out)
			}
			paras := strings.Split(out, "\n\n")
			for _, p := range paras {
				ls := strings.Split(p, "\n")
				for i, l := range ls {
					w := render.Width(l)
					if w > width {
						t.Errorf("%s %q: a line of %d cells: %q", c.Lang, path, w, l)
					}
					// A Japanese line is short only before a word that
					// would not fit (a path).
					if c.Lang == "ja" && i < len(ls)-1 && !strings.Contains(p, "\n  ") && w < width-8 &&
						w+render.Width(firstWord(ls[i+1])) <= width {
						t.Errorf("ja %q: a short line (%d cells) inside a paragraph: %q\n%s", path, w, l, p)
					}
				}
			}
			for _, l := range strings.Split(long, "\n") {
				if strings.HasPrefix(l, "  ") && render.Width(l) <= width && !strings.Contains(out, l) {
					t.Errorf("%s %q: the indented line %q was not kept", c.Lang, path, l)
				}
			}
		}
	}
	if got := firstWord("$XDG_DATA_HOME/x.db（~/.local）で"); got != "$XDG_DATA_HOME/x.db" {
		t.Errorf("firstWord: %q", got)
	}
	if got := firstWord("（~/.local）で"); got != "（~/.local" {
		t.Errorf("firstWord: %q", got)
	}
	if got := joinLines([]string{"a line", "and more", "日本語の", "行と", "ASCII"}); got != "a line and more日本語の行とASCII" {
		t.Errorf("joinLines: %q", got)
	}
}

// firstWord is l up to its first space or wide character, with the
// opening brackets before it that may not end a line.
func firstWord(l string) string {
	start := len(l) - len(strings.TrimLeft(l, "（「"))
	for i, r := range l[start:] {
		if r == ' ' || render.Width(string(r)) == 2 {
			return l[:start+i]
		}
	}
	return l
}

// TestNoFlagGroups: cobra's flag groups (MarkFlagsMutuallyExclusive and
// the like) report in English before any command can word it: commands
// check such rules themselves.
func TestNoFlagGroups(t *testing.T) {
	t.Parallel()
	walk(NewRoot(Options{}), func(cmd *cobra.Command) {
		cmd.Flags().VisitAll(func(f *pflag.Flag) {
			for k := range f.Annotations {
				if strings.HasPrefix(k, "cobra_annotation_") && !strings.Contains(k, "completion") {
					t.Errorf("%s --%s: %s", cmd.CommandPath(), f.Name, k)
				}
			}
		})
	})
}

// TestCatalogueCoversTheTree checks what a new command or flag must bring:
// its texts in the catalogue, a check of its arguments (cobra's own would
// speak English), and a described value for each flag.
func TestCatalogueCoversTheTree(t *testing.T) {
	t.Parallel()
	root := NewRoot(Options{})
	root.InitDefaultHelpCmd()
	paths := map[string]bool{}
	walk(root, func(cmd *cobra.Command) {
		if cmd.Hidden || strings.HasPrefix(cmd.Name(), "__") {
			return
		}
		path := pathOf(cmd)
		if cmd != root && path == "" {
			t.Errorf("%s was not made with a.command", cmd.CommandPath())
			return
		}
		paths[path] = true
		if _, ok := i18n.English.Help[path]; !ok || cmd.Short == "" {
			t.Errorf("%q has no help in the catalogue", path)
		}
		if cmd.Args == nil {
			t.Errorf("%q checks no arguments", path)
		}
		for _, fs := range []*pflag.FlagSet{cmd.LocalFlags()} {
			fs.VisitAll(func(f *pflag.Flag) {
				switch {
				case f.Usage == "":
					t.Errorf("%q --%s has no description", path, f.Name)
				case f.Value.Type() != "bool" && !strings.Contains(f.Usage, "`"):
					t.Errorf("%q --%s names no value in its description %q", path, f.Name, f.Usage)
				}
			})
		}
	})
	for path := range i18n.English.Help {
		if !paths[path] {
			t.Errorf("the catalogue has help for %q, which is no command", path)
		}
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	code, out, _ := sb.run("", "--version")
	want := "vision2030 (devel) (database schema " + itoa(store.SchemaVersion()) + ")\n"
	if code != 0 || out != want {
		t.Errorf("--version: %d %q, want %q", code, out, want)
	}
	var o Options
	o.Version = "v1.2.3"
	if code, out, _ := sb.runWith(o, "-v"); code != 0 || !strings.HasPrefix(out, "vision2030 v1.2.3 (database schema ") {
		t.Errorf("-v: %d %q", code, out)
	}
}
