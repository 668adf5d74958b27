package cli

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"vision2030/i18n"
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

// TestHelpOfEveryCommand asks every command of the tree for its help and
// checks that it names each of its flags, global ones included, with the
// catalogue's description, and each of its subcommands. The expectation
// comes from the same tree, so it cannot drift.
func TestHelpOfEveryCommand(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	root := NewRoot(Options{Environ: sb.environ})
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
		if !strings.Contains(out, "Usage:\n  vision2030 "+strings.TrimSpace(pathOf(cmd)+" "+i18n.English.Help[pathOf(cmd)].Args)) {
			t.Errorf("%v lacks its usage line:\n%s", args, out)
		}
		check := func(f *pflag.Flag) {
			name, usage := pflag.UnquoteUsage(f)
			_ = name
			if !strings.Contains(out, "--"+f.Name+" ") && !strings.Contains(out, "--"+f.Name+"\n") {
				t.Errorf("%v does not mention --%s", args, f.Name)
			}
			if !strings.Contains(strings.Join(strings.Fields(out), " "), usage) {
				t.Errorf("%v lacks the description of --%s: %q", args, f.Name, usage)
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
