package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// env is an environment with a settings directory of its own and a file
// holding body (none if body is "").
func env(t *testing.T, body string, vars ...string) Input {
	t.Helper()
	dir := t.TempDir()
	if body != "" {
		if err := os.MkdirAll(filepath.Join(dir, "vision2030"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "vision2030", "config.toml"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Input{Environ: append([]string{"XDG_CONFIG_HOME=" + dir, "XDG_DATA_HOME=" + dir, "HOME=" + dir}, vars...)}
}

const full = `# every setting
author = "file-author"
db = "/file/v.db"
theme = "light"
lang = "ja"
ambiguous_width = 2

[keys]
add = ["a", "ctrl+n"]
quit = "q"
`

func TestPrecedence(t *testing.T) {
	t.Parallel()
	type want struct {
		value  string
		source Source
	}
	get := func(s *Settings, name string) string {
		switch name {
		case Author:
			return s.Author
		case DB:
			return s.DB
		case Theme:
			return s.Theme
		case Lang:
			return s.Lang
		}
		return ""
	}
	tests := []struct {
		name  string
		body  string
		vars  []string
		flags map[string]string
		want  map[string]want
	}{
		{"defaults", "", []string{"LANG=C.UTF-8"}, nil, map[string]want{
			Theme: {"auto", FromDefault}, Lang: {"en", FromDefault}}},
		{"file", full, nil, nil, map[string]want{
			Author: {"file-author", FromFile}, DB: {"/file/v.db", FromFile}, Theme: {"light", FromFile}, Lang: {"ja", FromFile}}},
		{"environment beats file", full,
			[]string{"VISION2030_AUTHOR=env-author", "VISION2030_DB=/env/v.db", "VISION2030_THEME=dark", "VISION2030_LANG=en"}, nil,
			map[string]want{Author: {"env-author", FromEnv}, DB: {"/env/v.db", FromEnv}, Theme: {"dark", FromEnv}, Lang: {"en", FromEnv}}},
		{"flag beats environment", full,
			[]string{"VISION2030_AUTHOR=env-author", "VISION2030_DB=/env/v.db", "VISION2030_THEME=dark", "VISION2030_LANG=en"},
			map[string]string{Author: "flag-author", DB: "/flag/v.db", Theme: "auto", Lang: "ja"},
			map[string]want{Author: {"flag-author", FromFlag}, DB: {"/flag/v.db", FromFlag}, Theme: {"auto", FromFlag}, Lang: {"ja", FromFlag}}},
		{"an empty variable is not set", full, []string{"VISION2030_THEME="}, nil, map[string]want{Theme: {"light", FromFile}}},
	}
	for _, tt := range tests {
		in := env(t, tt.body, tt.vars...)
		in.Flags = tt.flags
		s, err := Load(in)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for name, w := range tt.want {
			if got := get(s, name); got != w.value || s.Origins[name].Source != w.source {
				t.Errorf("%s: %s = %q from %s, want %q from %s", tt.name, name, got, s.Origins[name].Source, w.value, w.source)
			}
		}
	}
	// The file's own values, lines and keys.
	s, err := Load(env(t, full))
	if err != nil {
		t.Fatal(err)
	}
	if s.AmbiguousWidth != 2 || s.Origins[DB].Line != 3 || s.Origins[AmbiguousWidth].Line != 6 {
		t.Errorf("width %d, db line %d, width line %d", s.AmbiguousWidth, s.Origins[DB].Line, s.Origins[AmbiguousWidth].Line)
	}
	if !reflect.DeepEqual(s.Keys, map[string][]string{"add": {"a", "ctrl+n"}, "quit": {"q"}}) || s.Origins["keys.quit"].Line != 10 {
		t.Errorf("keys %v, quit on line %d", s.Keys, s.Origins["keys.quit"].Line)
	}
}

func TestDefaults(t *testing.T) {
	t.Parallel()
	s, err := Load(env(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	home := s.File[:len(s.File)-len("/vision2030/config.toml")]
	if s.DB != filepath.Join(home, "vision2030", "vision2030.db") || s.FileFound || s.Keys != nil || s.AmbiguousWidth != 1 {
		t.Errorf("defaults: %+v", s)
	}
	// ~ in a path is the home directory.
	in := env(t, `db = "~/jaw/v.db"`)
	s, err = Load(in)
	if err != nil || s.DB != filepath.Join(in.getenv("HOME"), "jaw", "v.db") {
		t.Errorf("~/jaw/v.db is %q (%v)", s.DB, err)
	}
}

func TestLocale(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		vars []string
		want string
		from string
	}{
		{[]string{"LANG=ja_JP.UTF-8"}, "ja", "LANG"},
		{[]string{"LANG=en_GB.UTF-8"}, "en", "LANG"},
		{[]string{"LANG=C"}, "en", "LANG"},
		{[]string{"LANG=en_US.UTF-8", "LC_MESSAGES=ja_JP.UTF-8"}, "ja", "LC_MESSAGES"},
		{[]string{"LANG=ja_JP.UTF-8", "LC_MESSAGES=ja_JP.UTF-8", "LC_ALL=C"}, "en", "LC_ALL"},
		{nil, "en", ""},
	} {
		s, err := Load(env(t, "", tt.vars...))
		if err != nil || s.Lang != tt.want || s.Origins[Lang].Name != tt.from {
			t.Errorf("%v: %s from %q (%v), want %s from %s", tt.vars, s.Lang, s.Origins[Lang].Name, err, tt.want, tt.from)
		}
	}
}

// TestLangOnly: the language of the errors follows the one precedence
// rule even when the settings file cannot be read.
func TestLangOnly(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		body string
		flag string
		vars []string
		want string
	}{
		{"lang = \"ja\"\n", "", nil, "ja"},
		{"author = 42\n", "ja", nil, "ja"},
		{"theme = = \"x\"\n", "", []string{"VISION2030_LANG=ja"}, "ja"},
		{"author = 42\nlang = \"ja\"\n", "", []string{"LANG=en_GB.UTF-8"}, "en"}, // the file unread: the locale
		{"author = 42\n", "fr", []string{"LANG=ja_JP.UTF-8"}, "ja"},
		{"", "en", []string{"LANG=ja_JP.UTF-8"}, "en"},
	} {
		in := env(t, tt.body, tt.vars...)
		if tt.flag != "" {
			in.Flags = map[string]string{Lang: tt.flag}
		}
		if got := LangOnly(in); got != tt.want {
			t.Errorf("%q --lang %q %v: %s, want %s", tt.body, tt.flag, tt.vars, got, tt.want)
		}
	}
}

func TestFileErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		body    string
		problem Problem
		line    int
		setting string
	}{
		{"author = \"x\"\ntheme = \n", ProblemSyntax, 2, ""},
		{"author = \"x\"\n\ntheme = = \"dark\"\n", ProblemSyntax, 3, ""},
		{"author = \"x\"\ncolour = \"red\"\n", ProblemUnknown, 2, "colour"},
		{"[keys]\nadd = \"a\"\n[extra]\nx = 1\n", ProblemUnknown, 3, "extra"},
		{"theme = \"blue\"\n", ProblemValue, 1, Theme},
		{"\nlang = \"fr\"\n", ProblemValue, 2, Lang},
		{"ambiguous_width = 3\n", ProblemValue, 1, AmbiguousWidth},
		{"ambiguous_width = \"2\"\n", ProblemType, 1, AmbiguousWidth},
		{"author = 42\n", ProblemType, 1, Author},
		{"[keys]\n\nadd = 3\n", ProblemType, 3, "keys.add"},
		{"keys = \"a\"\n", ProblemType, 1, Keys},
		{"[keys]\nadd = [\"a\", \"\"]\n", ProblemEmpty, 2, "keys.add"},
		{"author = \"x\"\ndb = \" \"\n", ProblemBlank, 2, DB},
	}
	for _, tt := range tests {
		_, err := Load(env(t, tt.body))
		var e *Error
		if !errors.As(err, &e) || e.Problem != tt.problem || e.Origin.Line != tt.line || e.Origin.Source != FromFile ||
			e.Setting != tt.setting {
			t.Errorf("%q: %+v, want %s on line %d (%s)", tt.body, err, tt.problem, tt.line, tt.setting)
		}
	}
	// A bad value from a flag or a variable names it.
	in := env(t, "", "VISION2030_THEME=blue")
	_, err := Load(in)
	var e *Error
	if !errors.As(err, &e) || e.Origin.Source != FromEnv || e.Origin.Name != "VISION2030_THEME" || e.Value != "blue" {
		t.Errorf("bad theme variable: %+v", err)
	}
	in = env(t, "")
	in.Flags = map[string]string{Lang: "fr"}
	if _, err := Load(in); !errors.As(err, &e) || e.Origin.Name != "--lang" {
		t.Errorf("bad --lang: %+v", err)
	}
	// --db "" names no file: refused, not the default database.
	for _, v := range []string{"", "  "} {
		in.Flags = map[string]string{DB: v}
		if s, err := Load(in); !errors.As(err, &e) || e.Problem != ProblemBlank || e.Origin.Name != "--db" || s.DB != "" {
			t.Errorf("--db %q: %+v", v, err)
		}
	}
	// An empty variable is as if unset.
	in = env(t, "", "VISION2030_DB=")
	if s, err := Load(in); err != nil || s.Origins[DB].Source != FromDefault {
		t.Errorf("VISION2030_DB empty: %+v, %+v", s.Origins[DB], err)
	}
	// A file named on purpose must exist; the default one need not.
	in.Flags = map[string]string{"config": filepath.Join(t.TempDir(), "none.toml")}
	if _, err := Load(in); !errors.As(err, &e) || e.Problem != ProblemMissing {
		t.Errorf("missing --config file: %+v", err)
	}
}

func TestValidateKeys(t *testing.T) {
	t.Parallel()
	// A key may mean one thing on a screen and another in a question.
	for _, body := range []string{"[keys]\nadd = \"a\"\nquit = [\"q\", \"ctrl+c\"]\n", "[keys]\nadd = [\"a\", \"y\"]\n",
		"[keys]\nadd = [\"a\", \"n\"]\nnew_partner = \"m\"\n"} {
		if _, err := Load(env(t, body)); err != nil {
			t.Errorf("%q: %v", body, err)
		}
	}
	// Load refuses what the dashboard would, for every command.
	for body, want := range map[string]Error{
		"[keys]\nadd = \"a\"\n\nbogus = \"b\"\n":                     {Problem: ProblemAction, Value: "bogus", Origin: Origin{Line: 4}},
		"[keys]\nquit = \"q\"\nadd = \"a\"\nhelp = [\"?\", \"q\"]\n": {Problem: ProblemTwice, Value: "q", Other: "quit", Origin: Origin{Line: 4}},
		"keys.add = \"a\"\nkeys.help = \"a\"\n":                      {Problem: ProblemTwice, Value: "a", Other: "add", Origin: Origin{Line: 2}},
		// A key that is another action's default.
		"author = \"x\"\n[keys]\nadd = [\"a\", \"n\"]\n": {Problem: ProblemTwice, Value: "n", Other: "new_partner", Origin: Origin{Line: 3}},
	} {
		_, err := Load(env(t, body))
		var e *Error
		if !errors.As(err, &e) || e.Problem != want.Problem || e.Value != want.Value || e.Other != want.Other ||
			e.Origin.Line != want.Origin.Line {
			t.Errorf("%q: %+v, want %+v", body, err, want)
		}
	}
}

func TestLineOf(t *testing.T) {
	t.Parallel()
	text := "a = 1\n# c\n[keys]\n\"add\" = [\"a\"]\n'quit' = \"q\"\n[other . table]\nx = 1\n"
	for key, line := range map[string]int{"a": 1, "keys": 3, "keys.add": 4, "keys.quit": 5, "other.table.x": 7, "nope": 0} {
		if got := lineOf(text, splitKey(key)); got != line {
			t.Errorf("lineOf(%s) = %d, want %d", key, got, line)
		}
	}
}

// TestWriteAuthor: an author given empty (the flag, the file) is refused
// to a command that writes, naming where; an empty variable is not set.
func TestWriteAuthor(t *testing.T) {
	t.Parallel()
	blank := func(name string, s *Settings, source Source) {
		t.Helper()
		var e *Error
		if _, err := s.WriteAuthor(); !errors.As(err, &e) || e.Problem != ProblemBlank || e.Setting != Author ||
			e.Origin.Source != source {
			t.Errorf("%s: %v, want a blank author from %s", name, err, source)
		}
	}
	in := env(t, "author = \"file-author\"\n")
	in.Flags = map[string]string{Author: "  "}
	s, err := Load(in)
	if err != nil {
		t.Fatal(err)
	}
	blank("flag", s, FromFlag)
	s, err = Load(env(t, "author = \"\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	blank("file", s, FromFile)
	s, err = Load(env(t, "author = \"file-author\"\n", "VISION2030_AUTHOR="))
	if err != nil {
		t.Fatal(err)
	}
	if a, err := s.WriteAuthor(); a != "file-author" || err != nil {
		t.Errorf("an empty variable: %q %v, want the file's author", a, err)
	}
	in = env(t, "")
	in.Flags = map[string]string{Author: " tanaka "}
	if s, err = Load(in); err != nil {
		t.Fatal(err)
	}
	if a, err := s.WriteAuthor(); a != "tanaka" || err != nil {
		t.Errorf("a spaced author: %q %v", a, err)
	}
}
