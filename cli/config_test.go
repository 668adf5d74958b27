package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vision2030/i18n"
)

// writeConfig writes the sandbox's settings file.
func (sb *sandbox) writeConfig(body string) string {
	sb.t.Helper()
	p := filepath.Join(sb.dir, "config", "vision2030", "config.toml")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		sb.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		sb.t.Fatal(err)
	}
	return p
}

func TestConfigPrecedence(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	fileDB := filepath.Join(sb.dir, "file.db")
	path := sb.writeConfig("author = \"file-author\"\ndb = \"" + fileDB + "\"\ntheme = \"light\"\n\n[keys]\nadd = [\"a\", \"ctrl+n\"]\n")
	// The file's database and author are the ones used…
	code, out, errOut := sb.run("", "log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "From the file")
	if code != 0 {
		t.Fatal(errOut)
	}
	if _, err := os.Stat(fileDB); err != nil {
		t.Fatalf("the file's db is not used: %v", err)
	}
	// …but the environment (VISION2030_AUTHOR=tester) beats the file,
	// and a flag beats both.
	sb.db = fileDB
	if got := sb.query("SELECT author FROM entries WHERE id = ?", strings.TrimSpace(out)); got != "tester" {
		t.Errorf("author %q, want the environment's", got)
	}
	id := strings.TrimSpace(sb.ok("--author", "flag-author", "log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Flag"))
	if got := sb.query("SELECT author FROM entries WHERE id = ?", id); got != "flag-author" {
		t.Errorf("author %q, want the flag's", got)
	}

	// The locale makes it Japanese: the words are the catalogue's, the
	// settings' names and values as typed.
	sb.environ = append(sb.environ, "VISION2030_THEME=dark", "LANG=ja_JP.UTF-8")
	_, out, _ = sb.run("", "config", "--db", "/elsewhere/v.db")
	squeezed := squeeze(out)
	ja := i18n.Japanese
	for _, want := range []string{
		fmt.Sprintf(ja.ConfigFile, path),
		"author tester " + fmt.Sprintf(ja.FromEnv, "VISION2030_AUTHOR"),
		"db /elsewhere/v.db " + fmt.Sprintf(ja.FromFlag, "--db"),
		"theme dark " + fmt.Sprintf(ja.FromEnv, "VISION2030_THEME"),
		"lang ja " + fmt.Sprintf(ja.FromLocale, "LANG", "ja_JP.UTF-8"),
		"ambiguous_width 1 " + ja.FromDefault,
		"keys.add a, ctrl+n " + fmt.Sprintf(ja.FromFile, 6),
		"設定 値 指定元",
		"lang ja 既定値：ロケール（LANG=ja_JP.UTF-8）",
	} {
		if !strings.Contains(squeezed, want+"\n") {
			t.Errorf("config lacks %q:\n%s", want, out)
		}
	}
	var doc struct {
		File     string
		Settings map[string]struct{ Value, From, Name string }
	}
	if err := json.Unmarshal([]byte(sb.ok("config", "--format", "json", "--theme", "auto")), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.File != path || doc.Settings["theme"].Value != "auto" || doc.Settings["theme"].From != "flag" ||
		doc.Settings["db"].From != "flag" || doc.Settings["keys.add"].From != "file" {
		t.Errorf("config json: %+v", doc)
	}
}

func TestConfigErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		body string
		want string
		cmd  string // "" for report
	}{
		{"author = \"x\"\ntheme = \n", `, line 2: this is not valid TOML: `, ""},
		{"author = \"x\"\ncolour = \"red\"\n", `, line 2: "colour" is not a setting; the settings are author, db, theme, lang, ambiguous_width, keys`, ""},
		{"theme = \"blue\"\n", `, line 1: theme: "blue" is not one of auto, dark, light`, ""},
		{"[keys]\nadd = 3\n", `, line 2: keys.add has a value of the wrong type; it takes "a", ["a", "ctrl+n"]`, ""},
		// A key the dashboard would refuse: `config` says so, not the
		// dashboard's start alone.
		{"[keys]\nadd = [\"a\", \"n\"]\n", `, line 2: the key "n" is bound to both "new_partner" and "add"`, "config"},
		{"[keys]\nadd = [\"a\", \"n\"]\n", `, line 2: the key "n" is bound to both "new_partner" and "add"`, ""},
	} {
		sb := newSandbox(t)
		path := sb.writeConfig(tt.body)
		cmd := tt.cmd
		if cmd == "" {
			cmd = "report"
		}
		code, out, errOut := sb.run("", cmd)
		got := lines(errOut)
		if code != 2 || out != "" || len(got) != 2 || !strings.HasPrefix(got[0], "vision2030: "+path+tt.want) ||
			got[1] != "fix the settings file; 'vision2030 config --help' shows an example" {
			t.Errorf("%q: exit %d, stderr:\n%s", tt.body, code, errOut)
		}
		if _, err := os.Stat(filepath.Join(sb.dir, "data")); err == nil {
			t.Errorf("%q: a bad settings file let the database be created", tt.body)
		}
		// --version and help still work.
		if code, _, _ := sb.run("", "--version"); code != 0 {
			t.Errorf("%q: --version exits %d", tt.body, code)
		}
	}
	sb := newSandbox(t)
	missing := filepath.Join(sb.dir, "none.toml")
	sb.expect(want{2, []string{"vision2030: the settings file " + missing + " does not exist",
		"fix the settings file; 'vision2030 config --help' shows an example"}}, "--config", missing, "config")
}

// TestLanguageChoosesTheCatalogue checks that --lang, else
// $VISION2030_LANG, else the file, else the locale picks the catalogue. It
// watches lookup, so it does not run in parallel.
func TestLanguageChoosesTheCatalogue(t *testing.T) {
	var asked []string
	lookup = func(lang string) *i18n.Catalogue {
		asked = append(asked, lang)
		return catalogue(lang)
	}
	defer func() { lookup = catalogue }()
	sb := newSandbox(t)
	sb.run("", "--version")
	sb.environ = append(sb.environ, "LANG=ja_JP.UTF-8")
	sb.run("", "--version")
	sb.writeConfig("lang = \"en\"\n")
	sb.run("", "--version")
	sb.environ = append(sb.environ, "VISION2030_LANG=ja")
	sb.run("", "--version")
	sb.run("", "--version", "--lang", "en")
	sb.run("", "--lang=ja", "--version")
	if got := strings.Join(asked, " "); got != "en ja en ja en ja" {
		t.Errorf("languages asked: %s", got)
	}
	if catalogue("ja") != i18n.Japanese || catalogue("xx") != i18n.English {
		t.Error("Lookup")
	}
}

// squeeze makes every run of spaces one space, to read a table's cells
// whatever their widths.
func squeeze(s string) string {
	var b strings.Builder
	for _, l := range lines(s) {
		b.WriteString(strings.Join(strings.Fields(l), " ") + "\n")
	}
	return b.String()
}
