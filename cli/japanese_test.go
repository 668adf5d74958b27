package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"vision2030/config"
	"vision2030/i18n"
	"vision2030/store"
)

// What a Japanese user reads of the command line is Japanese: its
// messages, hints and outputs, whether the language comes from --lang or
// from the locale. What programs read (JSON, CSV) is the same in every
// language.

// typed are the words a Japanese message holds as the user types them, or
// as a program names them: commands, kinds, formats, filter keys, settings,
// shells, and the names of things (file formats, the program, the bureau).
var typed = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"vision2030", "report", "log", "entries", "partners", "actions", "assess",
		"backup", "check", "config", "completion", "help", "show", "edit", "delete", "restore", "add", "archive",
		"unarchive", "done", "reopen", "export", "import", "purge", "all", "assessments",
		"table", "csv", "json", "text", "md", "html", "xlsx", "bash", "zsh", "fish",
		"auto", "dark", "light", "en", "ja", "true", "false", "mkdir", "p", "ID", "JSON", "CSV", "TOML",
		"Markdown", "SQLite", "JAW", "NGO", "YYYY", "MM", "DD", "ctrl", "d", "s", "B", "KiB", "MiB",
		"TH", "UAW", "tester"} { // the last, data of the tests
		m[w] = true
	}
	for _, ws := range [][]string{store.Strings(store.EntryKinds), store.Strings(store.PartnerKinds), store.Strings(store.RequestStatuses),
		store.FilterKeys, config.Names} {
		for _, w := range ws {
			m[w] = true
		}
	}
	return m
}()

var (
	quoted     = regexp.MustCompile(`"[^"]*"|'[^']*'`)
	asciiWord  = regexp.MustCompile(`[A-Za-z][A-Za-z0-9_]*`)
	flagOrPath = regexp.MustCompile(`(^|\s|[（：、。])(-{1,2}[A-Za-z][\w-]*|\$?[\w.~-]*/[^\s（）、。：]*|\w+=[^\s（）]*)`)
	envName    = regexp.MustCompile(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$`)
)

// english returns the English a line holds that is not a typed word, a
// quoted value, a flag or a path; "" if there is none.
func english(line string) string {
	l := quoted.ReplaceAllString(line, " ")
	l = flagOrPath.ReplaceAllString(l, "$1 ")
	var found []string
	for _, w := range asciiWord.FindAllString(l, -1) {
		if !typed[w] && !envName.MatchString(w) {
			found = append(found, w)
		}
	}
	return strings.Join(found, " ")
}

// hasJapanese reports whether s holds kana or kanji.
// jaValues are the Japanese texts of bilingual JSON.
var jaValues = regexp.MustCompile(`"[a-z_]+_ja": "[^"]*"`)

func hasJapanese(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }) >= 0
}

// readsJapanese reports what is wrong with a line a Japanese user reads,
// or "".
func readsJapanese(line string) string {
	if !hasJapanese(line) {
		return "no Japanese"
	}
	if e := english(line); e != "" {
		return "English: " + e
	}
	return ""
}

func TestEnglishDetector(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		line, want string
	}{
		{`vision2030: --limit："abc" は使えません。使える値：整数`, ""},
		{`vision2030: /tmp/x y/v.db はディレクトリーです`, ""},
		{`先に復元してください：vision2030 entries restore 3`, ""},
		{`ディレクトリーを作成する（mkdir -p /tmp/a/b）か、--db で別のファイルを指定してください`, ""},
		{`使える値：consultation, conference, request, news`, ""},
		{`vision2030: --as-of："x" is not a date`, "is not a date"},
		{`書ける値：text です`, ""},
		{`書ける値：string`, "string"},
		{`環境変数 VISION2030_AUTHOR、既定値：ロケール（LANG=ja_JP.UTF-8）`, ""},
		{`nothing was written`, "nothing was written"},
	} {
		if got := english(tt.line); got != tt.want {
			t.Errorf("english(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	if readsJapanese("nothing was written") == "" || readsJapanese("何も書き込んでいません") != "" {
		t.Error("readsJapanese")
	}
}

// TestJapaneseMessages runs commands that are refused, with --lang ja, and
// checks that what is wrong and the hint read Japanese, with nothing
// English but what the user typed, and that the exit status is the
// English one's.
func TestJapaneseMessages(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	entry := sb.logged("A visit")
	deleted := sb.logged("Deleted visit")
	sb.ok("entries", "delete", deleted)
	log := []string{"log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "x"}
	with := func(args ...string) []string { return append(append([]string{}, log...), args...) }
	request := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "request", "--title", "Q",
		"--date", "2026-01-05", "--opened", "2026-01-05", "--came-first"))
	bad := filepath.Join(sb.dir, "bad.toml")
	sb.writeConfigAt(bad, "author = 3\n")
	badDates := sb.writeFile("dates.csv", []byte("日付,種類,タイトル,パートナー,目標,最初にJAWに相談\n"+
		"2025-04-31,visit,A,UAW,1,\n令和1年4月1日,visit,B,UAW,1,\n2025-05-01,party,C,UAW,1,\n2025-05-02,visit,D,UAW,1,maybe\n"))
	noKind := sb.writeFile("nokind.csv", []byte("日付,タイトル\n2025-04-21,x\n"))
	brokenJSON := sb.writeFile("broken.json", []byte(`{"entries": [{"date": "2025-04-21",}]}`))
	wrongJSON := sb.writeFile("wrong.json", []byte(`{"entries": [{"date": "2025-04-21", "goals": "two"}]}`))
	notDB := sb.writeFile("notes.txt", []byte(strings.Repeat("minutes of the meeting ", 20)))
	for _, tt := range []struct {
		args   []string
		code   int
		detail bool // lines between the message and the hint: Japanese too
	}{
		// Flags and arguments, as pflag and cobra meet them.
		{[]string{"report", "--colour"}, 2, false},
		{[]string{"-x"}, 2, false},
		{[]string{"entries", "--format"}, 2, false},
		{[]string{"entries", "--limit", "abc"}, 2, false},
		{[]string{"log", "--came-first=maybe"}, 2, false},
		{[]string{"entries", "--limit", "0"}, 2, false},
		{[]string{"reprot"}, 2, false},
		{[]string{"entries", "shwo"}, 2, false},
		{[]string{"report", "extra"}, 2, false},
		{[]string{"entries", "show"}, 2, false},
		{[]string{"entries", "show", entry, "2"}, 2, false},
		{[]string{"entries", "show", "-1"}, 2, false},
		{[]string{"completion"}, 2, false},
		{[]string{"completion", "tcsh"}, 2, false},
		{[]string{"help", "nosuch"}, 2, false},
		{[]string{"backup"}, 2, false},
		{[]string{"partners", "add", "--name", "x", "--country", "TH", "--kind", "union", "--tracked", "--untracked"}, 2, false},
		{[]string{"actions", "add", "--entry", "1"}, 2, false},
		// Values.
		{with("--date", "2025-02-30"), 2, false},
		{with("--date", "2099-01-01"), 2, false},
		{with("--kind", "party"), 2, false},
		{with("--title", ""), 2, false},
		{with("--opened", "2026-01-01"), 2, false},
		{with("--goal", ""), 2, false},
		{[]string{"log", "--partner", "UAW", "--kind", "visit", "--title", "x"}, 2, false},
		{[]string{"report", "--width", "10"}, 2, false},
		{[]string{"report", "--width", "wide"}, 2, false},
		{[]string{"report", "--as-of", "2026-13-01"}, 2, false},
		{[]string{"report", "--format", "xml"}, 2, false},
		{[]string{"entries", "--filter", "kind:party"}, 2, false},
		{[]string{"entries", "--filter", "goal:x"}, 2, false},
		{[]string{"entries", "--filter", "foo:bar"}, 2, false},
		{[]string{"partners", "--country", ""}, 2, false},
		{[]string{"partners", "add", "--name", "x", "--country", "TH", "--kind", "club"}, 2, false},
		{[]string{"partners", "add", "--name", "x", "--country", "TH", "--kind", "union", "--since", "1066"}, 2, false},
		{[]string{"partners", "edit", "UAW"}, 2, false},
		{[]string{"assess", "--partner", "UAW", "--goal", "1", "--stage", "7"}, 2, false},
		{[]string{"actions", "add", "--entry", "0", "--what", "x"}, 2, false},
		{[]string{"actions", "add", "--entry", "1", "--what", "x", "--due", "someday"}, 2, false},
		// Settings.
		{[]string{"--theme", "blue", "config"}, 2, false},
		{[]string{"--config", filepath.Join(sb.dir, "none.toml"), "config"}, 2, false},
		{[]string{"--config", bad, "report"}, 2, false},
		// Requests that fail.
		{[]string{"entries", "show", "999"}, 1, false},
		{[]string{"entries", "edit", deleted, "--title", "New"}, 1, false},
		{[]string{"entries", "restore", entry}, 1, false},
		{[]string{"entries", "edit", request, "--kind", "visit"}, 1, false},
		{with("--partner", "nobody"), 2, false},
		{[]string{"log", "--partner", "Labour", "--goal", "1", "--kind", "visit", "--title", "x"}, 2, false},
		{with("--goal", "労"), 2, true},      // ambiguous: both goals listed in Japanese
		{with("--goal", "9"), 2, true},      // unknown: every goal listed in Japanese
		{with("--goal", "labour"), 2, true}, // found in English, listed in Japanese
		{[]string{"partners", "--country", "Zz"}, 2, false},
		{[]string{"partners", "unarchive", "UAW"}, 1, false},
		{[]string{"actions", "done", "99"}, 1, false},
		{[]string{"backup", sb.db}, 1, false},
		{[]string{"--db", filepath.Join(sb.dir, "no", "such", "v.db"), "report"}, 2, false},
		{[]string{"--db", sb.dir, "report"}, 2, false},
		{[]string{"--db", filepath.Join(sb.dir, "none.db"), "check"}, 1, false},
		// export, import, restore, purge and the meeting paper.
		{[]string{"export", "--format", "xml"}, 2, false},
		{[]string{"export", "--what", "everything"}, 2, false},
		{[]string{"export", "--format", "csv", "--what", "all"}, 2, false},
		{[]string{"export", "--what", "partners", "--filter", "goal:1"}, 2, false},
		{[]string{"export", "--out", filepath.Join(sb.dir, "x.txt")}, 2, false},
		{[]string{"export", "--out", filepath.Join(sb.dir, "no", "such", "x.csv")}, 1, false},
		{[]string{"import"}, 2, false},
		{[]string{"import", "--what", "everything", badDates}, 2, false},
		{[]string{"import", "--map", "foo", badDates}, 2, false},
		{[]string{"import", "--undo", "x"}, 2, false},
		{[]string{"import", "--undo", "1", badDates}, 2, false},
		{[]string{"import", "--undo", "99"}, 1, false},
		{[]string{"import", filepath.Join(sb.dir, "none.csv")}, 1, false},
		{[]string{"import", sb.dir}, 1, false},
		{[]string{"import", badDates}, 1, true},
		{[]string{"import", noKind}, 1, true},
		{[]string{"import", brokenJSON}, 1, false},
		{[]string{"import", wrongJSON}, 1, true},
		{[]string{"restore"}, 2, false},
		{[]string{"restore", filepath.Join(sb.dir, "none.db")}, 1, false},
		{[]string{"restore", notDB}, 1, false},
		{[]string{"restore", sb.db}, 1, false},
		{[]string{"purge"}, 2, false},
		{[]string{"purge", "--deleted-before", "2025-13-01"}, 2, false},
		{[]string{"purge", "--deleted-before", "2099-01-01"}, 1, false}, // no terminal to ask on
		{[]string{"report", "--since", "2026-02-30"}, 2, false},
		{[]string{"report", "--until", "2026-01-01"}, 2, false},
		{[]string{"report", "--since", "2026-05-01", "--until", "2026-04-01"}, 2, false},
		{[]string{"report", "--since", "2026-01-01"}, 2, false},
		{[]string{"report", "--partner", "UAW", "--since", "2026-01-01", "--format", "md"}, 2, false},
		{[]string{"report", "--partner", "UAW", "--format", "html"}, 2, false},
		{[]string{"report", "--partner", "UAW", "--country", "TH"}, 2, false},
	} {
		args := append([]string{"--lang", "ja"}, tt.args...)
		if !strings.HasPrefix(tt.args[0], "--db") && !strings.HasPrefix(tt.args[0], "--config") {
			args = append([]string{"--db", sb.db}, args...)
		}
		code, out, errOut := sb.run("", args...)
		got := lines(errOut)
		if code != tt.code || out != "" || len(got) < 2 || !strings.HasPrefix(got[0], "vision2030: ") {
			t.Errorf("%q: exit %d (want %d), stdout %q, stderr:\n%s", tt.args, code, tt.code, out, errOut)
			continue
		}
		check := []string{strings.TrimPrefix(got[0], "vision2030: "), got[len(got)-1]}
		if tt.detail {
			check = append(check, got[1:len(got)-1]...)
		}
		for _, l := range check {
			if why := readsJapanese(l); why != "" {
				t.Errorf("%q: %s in %q; stderr:\n%s", tt.args, why, l, errOut)
			}
		}
	}
}

// writeConfigAt writes a settings file at path.
func (sb *sandbox) writeConfigAt(path, body string) {
	sb.t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		sb.t.Fatal(err)
	}
}

// TestJapaneseOutputs: what commands print for people, in Japanese; the
// locale chooses it as --lang does, and --lang en overrides the locale.
func TestJapaneseOutputs(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t, "LANG=ja_JP.UTF-8")
	id := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "2", "--kind", "request", "--title", "相談",
		"--date", "2026-01-05", "--opened", "2026-01-05"))
	action := strings.TrimSpace(sb.ok("actions", "add", "--entry", id, "--what", "回答を送る"))
	for _, args := range [][]string{
		{"entries", "edit", id, "--first-response", "2026-01-06"},
		{"entries", "delete", id},
		{"entries", "restore", id},
		{"partners", "edit", "UAW", "--contact", "x@example.org"},
		{"partners", "archive", "UAW"},
		{"partners", "unarchive", "UAW"},
		{"actions", "done", action},
		{"actions", "reopen", action},
		{"check"},
		{"backup", filepath.Join(sb.dir, "copy.db")},
		{"config"},
	} {
		out := sb.ok(args...)
		for _, l := range lines(out) {
			if strings.TrimSpace(l) == "" {
				continue
			}
			if why := readsJapanese(l); why != "" {
				t.Errorf("%q: %s in %q:\n%s", args, why, l, out)
			}
		}
	}
	// The table's words: kinds and statuses in Japanese.
	if out := sb.ok("entries"); !strings.Contains(out, "相談") || !strings.Contains(out, "回答済み") ||
		strings.Contains(out, "answered") || !regexp.MustCompile(`\n該当\d+件のうち\d+件を表示\n$`).MatchString(out) {
		t.Errorf("entries in Japanese:\n%s", out)
	}
	if out := sb.ok("partners", "show", "UAW"); !strings.Contains(out, "米国（US）") || !strings.Contains(out, "労働組合") {
		t.Errorf("partners show in Japanese:\n%s", out)
	}
	if out := sb.ok("report", "--format", "md"); !strings.Contains(out, "— 進捗報告") || !strings.Contains(out, i18n.Japanese.MdStagesNote) {
		t.Errorf("the Markdown report in Japanese:\n%s", out)
	}
	// --lang en beats the locale; the locale beats nothing.
	if out := sb.ok("--lang", "en", "entries", "delete", id); out != "Deleted entry "+id+" (undo: vision2030 entries restore "+id+")\n" {
		t.Errorf("--lang en under a Japanese locale: %q", out)
	}
	if out := sb.ok("entries", "restore", id); out != "記録 "+id+" を復元しました\n" {
		t.Errorf("under a Japanese locale: %q", out)
	}
}

// TestProgramOutputsInEveryLanguage: JSON and CSV are for programs: the
// same bytes whatever the language, English headers and stored words
// (kinds, statuses, yes), while the tables people read change.
func TestProgramOutputsInEveryLanguage(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "request", "--title", "Layoffs",
		"--date", "2026-01-05", "--opened", "2026-01-05", "--came-first"))
	sb.ok("actions", "add", "--entry", id, "--what", "Call back", "--due", "2026-02-01")
	sb.ok("assess", "--partner", "UAW", "--goal", "1", "--stage", "2", "--date", "2026-01-06")
	sb.ok("partners", "add", "--name", "Archived union", "--country", "TH", "--kind", "union")
	sb.ok("partners", "archive", "Archived union")
	for _, args := range [][]string{
		{"entries", "--format", "csv"}, {"entries", "--format", "json"}, {"entries", "show", id, "--format", "json"},
		{"partners", "--archived", "--format", "csv"}, {"partners", "--format", "json"},
		{"partners", "show", "UAW", "--format", "json"},
		{"actions", "--all", "--format", "csv"}, {"actions", "--format", "json"},
		{"report", "--format", "json", "--as-of", "2026-03-31"},
	} {
		en := sb.ok(append([]string{"--lang", "en"}, args...)...)
		ja := sb.ok(append([]string{"--lang", "ja"}, args...)...)
		if en != ja {
			t.Errorf("%q differs in Japanese:\n%s\nEnglish:\n%s", args, ja, en)
		}
		// JSON carries both languages of bilingual text (its *_ja keys);
		// nothing else a program reads is Japanese.
		if hasJapanese(jaValues.ReplaceAllString(ja, "")) {
			t.Errorf("%q: Japanese in what programs read:\n%s", args, ja)
		}
	}
	csv := sb.ok("--lang", "ja", "partners", "--archived", "--format", "csv")
	if !strings.HasPrefix(csv, "ID,Name,Short name,Kind,") || !strings.Contains(csv, ",union,TH,,,yes") {
		t.Errorf("partners CSV in Japanese:\n%s", csv)
	}
	// config: the same document but for the language itself.
	configJSON := func(lang string) map[string]any {
		var doc map[string]any
		if err := json.Unmarshal([]byte(sb.ok("--lang", lang, "config", "--format", "json")), &doc); err != nil {
			t.Fatal(err)
		}
		delete(doc["settings"].(map[string]any), "lang")
		return doc
	}
	en, ja := configJSON("en"), configJSON("ja")
	if b1, _ := json.Marshal(en); string(b1) != func() string { b2, _ := json.Marshal(ja); return string(b2) }() {
		t.Errorf("config JSON differs: %v\n%v", en, ja)
	}
	// The tables people read do change.
	if en, ja := sb.ok("--lang", "en", "entries"), sb.ok("--lang", "ja", "entries"); en == ja || !strings.Contains(ja, "相談") ||
		!strings.Contains(en, "request") {
		t.Errorf("entries tables:\n%s\n%s", en, ja)
	}
}

// TestKindsInEitherLanguage: --kind takes a kind's token or its word in
// English or Japanese, whatever the interface's language.
func TestKindsInEitherLanguage(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "訪問", "--title", "デトロイト訪問"))
	if k := sb.query("SELECT kind FROM entries WHERE id = ?", id); k != "visit" {
		t.Errorf("--kind 訪問 logged a %q", k)
	}
	sb.ok("entries", "edit", id, "--kind", "online meeting")
	if k := sb.query("SELECT kind FROM entries WHERE id = ?", id); k != "online_meeting" {
		t.Errorf("--kind 'online meeting' made a %q", k)
	}
	sb.ok("--lang", "ja", "entries", "edit", id, "--kind", "Seminar")
	if k := sb.query("SELECT kind FROM entries WHERE id = ?", id); k != "seminar" {
		t.Errorf("--kind Seminar made a %q", k)
	}
	sb.ok("partners", "add", "--name", "Rayong Auto Union", "--country", "タイ", "--kind", "労働組合")
	if k := sb.query("SELECT kind FROM partners WHERE name = 'Rayong Auto Union'"); k != "union" {
		t.Errorf("--kind 労働組合 added a %q", k)
	}
}

// TestLimitsInCharacters: a Japanese summary read from standard input is
// limited by its characters, not its bytes; the message says characters.
func TestLimitsInCharacters(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	summary := strings.Repeat("労使協議", store.MaxSummary/4) // 3 bytes each: three times the limit in bytes
	code, out, errOut := sb.run(summary+"\n", "--db", sb.db, "log", "--partner", "UAW", "--goal", "1", "--kind", "visit",
		"--title", "長い概要", "--summary", "-")
	if code != 0 {
		t.Fatalf("a summary of %d characters: exit %d: %s", store.MaxSummary, code, errOut)
	}
	if got := sb.query("SELECT length(summary) FROM entries WHERE id = ?", strings.TrimSpace(out)); got != strconv.Itoa(store.MaxSummary) {
		t.Errorf("%s characters saved, want %d", got, store.MaxSummary)
	}
	code, _, errOut = sb.run(summary+"労\n", "--db", sb.db, "log", "--partner", "UAW", "--goal", "1", "--kind", "visit",
		"--title", "長い概要", "--summary", "-")
	if want := fmt.Sprintf("--summary: too long (at most %d characters)", store.MaxSummary); code != 2 || !strings.Contains(errOut, want) {
		t.Errorf("one character more: exit %d: %s, want %q", code, errOut, want)
	}
	sb.expect(want{2, []string{"vision2030: --title：長すぎます（300文字まで）", "使い方は 'vision2030 log --help' で確認できます"}},
		"--lang", "ja", "log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", strings.Repeat("労", store.MaxTitle+1))
}

// The partners table people read in Japanese names partners by their
// Japanese names, in 五十音 order of their readings.
func TestPartnersTableInJapanese(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	out := sb.ok("--lang", "ja", "partners", "--country", "JP")
	// 外務省 (がいむしょう) before 経団連 (けいだんれん) before 法務省 (ほうむしょう).
	i, j, k := strings.Index(out, "外務省"), strings.Index(out, "経団連"), strings.Index(out, "法務省")
	if i < 0 || j < 0 || k < 0 || !(i < j && j < k) {
		t.Errorf("the Japanese partners table:\n%s", out)
	}
}

// The report's JSON carries both languages of the goals' titles and the
// countries' names, whatever --lang says.
func TestReportJSONIsBilingual(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	var r Report
	if err := json.Unmarshal([]byte(sb.ok("--lang", "en", "report", "--format", "json")), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Goals) != 3 || !hasJapanese(r.Goals[0].TitleJA) || hasJapanese(r.Goals[0].Title) {
		t.Errorf("goals: %+v", r.Goals)
	}
	var ps []map[string]any
	if err := json.Unmarshal([]byte(sb.ok("--lang", "en", "partners", "--country", "JP", "--format", "json")), &ps); err != nil {
		t.Fatal(err)
	}
	jaNames := 0
	for _, p := range ps {
		if s, _ := p["name_ja"].(string); hasJapanese(s) {
			jaNames++
		}
	}
	if jaNames == 0 {
		t.Errorf("no Japanese partner names in the partners JSON: %v", ps)
	}
	if len(r.Countries) == 0 {
		t.Fatalf("no countries in the report")
	}
	for _, c := range r.Countries {
		if c.NameJA == "" || !hasJapanese(c.NameJA) {
			t.Errorf("country %s has no Japanese name: %+v", c.Code, c)
		}
	}
}
