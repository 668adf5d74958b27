package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCompletionScripts(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	for shell, marks := range map[string][]string{
		"bash": {"__start_vision2030", "complete -o default -F __start_vision2030 vision2030"},
		"zsh":  {"#compdef vision2030", "_vision2030"},
		"fish": {"complete -c vision2030", "__vision2030_perform_completion"},
	} {
		code, out, errOut := sb.run("", "completion", shell)
		if code != 0 || errOut != "" {
			t.Errorf("completion %s: exit %d %s", shell, code, errOut)
		}
		for _, m := range marks {
			if !strings.Contains(out, m) {
				t.Errorf("completion %s lacks %q", shell, m)
			}
		}
	}
}

// complete asks for the completions of args, the last being the word
// being typed, as the shells' scripts do.
func (sb *sandbox) complete(args ...string) []string {
	sb.t.Helper()
	code, out, errOut := sb.run("", append([]string{"__complete"}, args...)...)
	if code != 0 {
		sb.t.Fatalf("__complete %q: exit %d: %s", args, code, errOut)
	}
	var words []string
	for _, l := range lines(out) {
		if strings.HasPrefix(l, ":") { // the directive
			continue
		}
		word, _, _ := strings.Cut(l, "\t")
		words = append(words, word)
	}
	return words
}

func TestCompletionOfValues(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("partners", "add", "--name", "Thai Auto Workers", "--short", "TAW", "--country", "TH", "--kind", "federation")
	sb.ok("partners", "add", "--name", "Thai Steel Workers", "--short", "TSW", "--country", "TH", "--kind", "union")
	sb.ok("partners", "archive", "TSW")
	db := "--db=" + sb.db
	tests := []struct {
		args []string
		want []string // exactly, in order
		has  []string // among others
	}{
		{args: []string{db, "partners", "show", "T"}, want: []string{"TAW", "TSW"}},
		{args: []string{db, "partners", "archive", "T"}, want: []string{"TAW"}},
		{args: []string{db, "partners", "unarchive", ""}, want: []string{"TSW"}},
		{args: []string{db, "log", "--partner", "U"}, want: []string{"UAW", "USTR", "USDOL", "USCIB"}},
		{args: []string{db, "assess", "--partner", "ua"}, want: []string{"UAW"}},
		{args: []string{db, "log", "--goal", ""}, want: []string{"1", "2", "3"}},
		{args: []string{db, "log", "--kind", "co"}, want: []string{"consultation", "conference", "correspondence"}},
		{args: []string{db, "partners", "add", "--kind", "n"}, want: []string{"national_centre", "ngo"}},
		{args: []string{db, "partners", "--country", "th"}, want: []string{"TH"}},
		{args: []string{"entries", "--format", ""}, want: []string{"table", "csv", "json"}},
		{args: []string{"entries", "show", "1", "--format", ""}, want: []string{"table", "json"}},
		{args: []string{"report", "--format", ""}, want: []string{"text", "md", "json", "html", "xlsx"}},
		{args: []string{"--lang", ""}, want: []string{"en", "ja"}},
		{args: []string{"completion", ""}, want: []string{"bash", "zsh", "fish"}},
		{args: []string{"help", "ent"}, want: []string{"entries"}},
		{args: []string{"ent"}, want: []string{"entries"}},
		{args: []string{"entries", ""}, has: []string{"show", "edit", "delete", "restore"}},
		{args: []string{"log", "--ti"}, want: []string{"--title"}},
	}
	for _, tt := range tests {
		got := sb.complete(tt.args...)
		if tt.want != nil && !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.args, got, tt.want)
		}
		for _, w := range tt.has {
			if !slices.Contains(got, w) {
				t.Errorf("%q: %q lacks %q", tt.args, got, w)
			}
		}
	}
}

// Completion reads the database without creating or changing it, and
// offers nothing when there is none. (What cobra writes to stderr, the
// scripts throw away.)
func TestCompletionWithoutADatabase(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	missing := filepath.Join(sb.dir, "none", "v.db")
	for _, args := range [][]string{{"--db", missing, "partners", "show", ""}, {"log", "--partner", ""}} {
		code, out, _ := sb.run("", append([]string{"__complete"}, args...)...)
		if code != 0 || strings.TrimSpace(out) != ":4" {
			t.Errorf("%q: exit %d, %q", args, code, out)
		}
	}
	for _, p := range []string{filepath.Join(sb.dir, "none"), filepath.Join(sb.dir, "data")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("completion created %s", p)
		}
	}
	// A file that is not a database is left as it was.
	text := filepath.Join(sb.dir, "notes.txt")
	os.WriteFile(text, []byte("minutes"), 0o644)
	sb.run("", "__complete", "--db", text, "partners", "show", "")
	if b, _ := os.ReadFile(text); string(b) != "minutes" {
		t.Errorf("completion changed %s", text)
	}
}
