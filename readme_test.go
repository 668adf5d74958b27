package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeCapture: the dashboard shown at the top of the README is what
// a newcomer gets from the demo database by the commands under it.
func TestReadmeCapture(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(readme), "```\n")
	capture, _, ok := strings.Cut(rest, "```\n")
	if !ok || !strings.Contains(capture, "International Vision 20-30") {
		t.Fatalf("no capture at the top of the README")
	}
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errOut := runCLI(t, "", "--db", db, "demo", "--today", "2026-11-21"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	code, out, errOut := runCLI(t, "", "--db", db, "report", "--width", "80", "--as-of", "2026-11-21")
	if code != 0 {
		t.Fatalf("report: %s", errOut)
	}
	lines := strings.SplitAfter(out, "\n")
	want := strings.Join(lines[:min(40, len(lines))], "")
	if capture != want {
		t.Errorf("the README's capture is not what demo and report give; they give:\n%s", want)
	}
}

// TestReadmeExamples runs the README's example commands in the README's
// order on one new database, as a newcomer would paste them: each must
// exit 0. The files they read are written first (notes.md, the logs to
// import), ~ is a temporary home, and what they print is not compared.
// Left out: lines with their own --db (the demo and the dashboard, which
// TestReadmeCapture covers), the bare dashboard, and `go test`. It changes
// the working directory, so it does not run in parallel.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	db := filepath.Join(dir, "fresh.db")
	t.Chdir(dir)
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, ".local", "share"))
	t.Setenv("VISION2030_AUTHOR", "tester")
	examples := readmeExamples(string(readme))
	if len(examples) < 40 {
		t.Fatalf("%d examples found in the README, want 40 or more", len(examples))
	}
	if err := os.MkdirAll(filepath.Join(home, "backups"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("notes.md", "UAW asked about a plant closure.\n")
	write("2024-log.csv", "日付,件名,相手先,種別,目標\n2024-05-21,Wage talks,UAW,consultation,2\n")
	// A workbook to read, from another database.
	other := filepath.Join(dir, "other.db")
	for _, args := range [][]string{{"goals"}, {"export", "--what", "entries", "--out", "2024-log.xlsx"}} {
		if code, _, errOut := runCLI(t, "", append([]string{"--db", other}, args...)...); code != 0 {
			t.Fatalf("a workbook to import: %s", errOut)
		}
	}
	for _, ex := range examples {
		if strings.Contains(ex.line, "実施日=date") { // a log headed in the office's own words
			write("2024-log.csv", "実施日,件名,組合,種別,目標\n2024-06-03,Safety visit,Thai Plant Union,visit,1\n")
		}
		stdin := ""
		if ex.stdin != "" {
			b, err := os.ReadFile(ex.stdin)
			if err != nil {
				t.Fatal(err)
			}
			stdin = string(b)
		}
		args := append([]string{"--db", db}, ex.args...)
		code, out, errOut := runCLI(t, stdin, args...)
		if code != 0 {
			t.Errorf("README line %d, %s: exit %d:\n%s", ex.at, ex.line, code, errOut)
		}
		// What a comment says the command prints, it prints.
		if m := printsID.FindStringSubmatch(ex.line); m != nil && out != m[1]+"\n" {
			t.Errorf("README line %d, %s: printed %q", ex.at, ex.line, out)
		}
		if m := printsBatch.FindStringSubmatch(ex.line); m != nil && !strings.Contains(out, " batch "+m[1]+":") {
			t.Errorf("README line %d, %s: printed %q", ex.at, ex.line, out)
		}
	}
}

// What the README's comments say a command prints.
var (
	printsID    = regexp.MustCompile(`# prints the new id: (\d+)`)
	printsBatch = regexp.MustCompile(`prints the batch number: (\d+)`)
)

// example is a command of the README: its arguments after the program, the
// file it reads on standard input, and where it is.
type example struct {
	line  string
	at    int
	args  []string
	stdin string
}

// readmeExamples finds the commands in the README's sh blocks: lines that
// start with `vision2030 ` or `go run . `, joined where they end in \,
// split as a shell would (quotes, ~, a # comment), up to a pipe; > and <
// are redirections.
func readmeExamples(readme string) []example {
	var out []example
	in := false
	lines := strings.Split(readme, "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.HasPrefix(l, "```") {
			in = l == "```sh" && !in
			continue
		}
		if !in {
			continue
		}
		at := i + 1
		for strings.HasSuffix(l, `\`) && i+1 < len(lines) {
			i++
			l = strings.TrimSuffix(l, `\`) + " " + strings.TrimSpace(lines[i])
		}
		var rest string
		if r, ok := strings.CutPrefix(l, "vision2030 "); ok {
			rest = r
		} else if r, ok := strings.CutPrefix(l, "go run . "); ok {
			rest = r
		} else {
			continue
		}
		words, stdin := shellWords(rest)
		if len(words) == 0 || words[0] == "--db" {
			continue
		}
		out = append(out, example{line: strings.TrimSpace(l), at: at, args: words, stdin: stdin})
	}
	return out
}

// shellWords splits a command line as sh would, for the README's lines.
func shellWords(s string) (words []string, stdin string) {
	home := os.Getenv("HOME")
	var w strings.Builder
	inWord, quote := false, rune(0)
	redirect := ""
	end := func() {
		if !inWord {
			return
		}
		switch redirect {
		case "<":
			stdin = w.String()
		case ">":
		default:
			words = append(words, w.String())
		}
		redirect = ""
		w.Reset()
		inWord = false
	}
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			w.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			end()
		case r == '#' && !inWord, r == '|':
			end()
			return words, stdin
		case r == '<' || r == '>':
			end()
			redirect = string(r)
		case r == '~' && !inWord:
			w.WriteString(home)
			inWord = true
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	end()
	return words, stdin
}
