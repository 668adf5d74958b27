// Package config is vision2030's settings: the settings file and the one rule
// every setting follows. A setting's value is the flag given on the command
// line, else its environment variable, else the settings file, else its
// default.
//
// The settings file is TOML, at $XDG_CONFIG_HOME/vision2030/config.toml
// (~/.config/vision2030/config.toml when XDG_CONFIG_HOME is unset), or
// wherever --config or $VISION2030_CONFIG say:
//
//	author = "tanaka"
//	db = "~/jaw/vision2030.db"
//	theme = "auto"          # auto, dark or light
//	lang = "ja"             # ja or en
//	ambiguous_width = 2     # cells of an East Asian ambiguous character: 1 or 2
//
//	[keys]                  # TUI action = the keys that do it
//	add = ["a", "ctrl+n"]
//	quit = "q"
//
// Load never prints; its mistakes are *Error values that name the setting,
// where the value came from (a flag, a variable, or the file and line) and
// what is wrong, for the caller to word.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"vision2030/i18n"

	"github.com/BurntSushi/toml"
)

// The settings, by the names the file, `vision2030 config` and errors use.
const (
	Author         = "author"
	DB             = "db"
	Theme          = "theme"
	Lang           = "lang"
	AmbiguousWidth = "ambiguous_width"
	Keys           = "keys"
)

// Names lists the settings in the order `vision2030 config` shows them.
var Names = []string{Author, DB, Theme, Lang, AmbiguousWidth, Keys}

// The values some settings may take.
var (
	Themes          = []string{"auto", "dark", "light"}
	Langs           = []string{"en", "ja"}
	AmbiguousWidths = []string{"1", "2"}
)

// EnvPrefix begins the environment variable of every setting:
// VISION2030_DB, VISION2030_AUTHOR, VISION2030_THEME, VISION2030_LANG,
// VISION2030_AMBIGUOUS_WIDTH. Keys have no variable.
const EnvPrefix = "VISION2030_"

// EnvConfig names the settings file when --config does not.
const EnvConfig = EnvPrefix + "CONFIG"

// EnvVar returns the environment variable of setting name.
func EnvVar(name string) string { return EnvPrefix + strings.ToUpper(name) }

// Source is where a setting's value came from.
type Source string

// The sources, strongest first.
const (
	FromFlag    Source = "flag"
	FromEnv     Source = "env"
	FromFile    Source = "file"
	FromDefault Source = "default"
)

// Origin says where a value came from: the flag (--db), the variable
// (VISION2030_DB), the file and line, or the default. A default read from
// the locale or the system names what it was read from in Name (LANG, or
// "user" for the system user).
type Origin struct {
	Source Source
	Name   string // flag with its dashes, variable, or what a default came from
	Path   string // the settings file, for FromFile
	Line   int    // its line, for FromFile; 0 if not known
	Value  string // for a locale default: the variable's value
}

// Settings are the effective settings of one run.
type Settings struct {
	File      string // the settings file's path ("" if none could be found)
	FileFound bool   // whether it exists
	FileNamed bool   // whether --config or VISION2030_CONFIG named it

	Author         string
	DB             string // "" when there is no home directory to put it in
	Theme          string // auto, dark or light
	Lang           string // en or ja
	AmbiguousWidth int    // 1 or 2
	// Keys maps TUI actions to the keys that do them; nil when the file
	// binds none. The UI checks the action names with ValidateKeys.
	Keys map[string][]string

	// Origins says where each setting came from, by name; a key binding is
	// under "keys.ACTION".
	Origins map[string]Origin
}

// Input is what Load reads besides the file.
type Input struct {
	// Flags are the settings given on the command line, by setting name
	// (db, author, theme, lang) and "config" for the file; only those given
	// (author even when given empty: WriteAuthor refuses it).
	Flags map[string]string
	// Environ is the environment, as os.Environ returns it.
	Environ []string
}

func (in Input) getenv(name string) string {
	for i := len(in.Environ) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(in.Environ[i], "="); ok && k == name {
			return v
		}
	}
	return ""
}

// Problem says what is wrong with a setting.
type Problem string

// The problems a setting can have.
const (
	ProblemSyntax  Problem = "syntax"  // the file is not TOML (Detail: the parser's words)
	ProblemRead    Problem = "read"    // the file cannot be read (Detail: the system's words)
	ProblemMissing Problem = "missing" // the file named by --config or the variable does not exist
	ProblemUnknown Problem = "unknown" // not a setting (Allowed: the settings)
	ProblemType    Problem = "type"    // a value of the wrong type (Allowed: what it may be)
	ProblemValue   Problem = "value"   // not one of Allowed
	ProblemAction  Problem = "action"  // keys: not an action of the TUI (Allowed: the actions)
	ProblemTwice   Problem = "twice"   // keys: one key bound to two actions (Value: the key, Other: the first action)
	ProblemEmpty   Problem = "empty"   // keys: an empty key name
	ProblemBlank   Problem = "blank"   // a setting given as "": db (no file to open), author (for a command that records who wrote)
)

// Error is a mistake in a setting.
type Error struct {
	Setting string // "lang", "keys.add"; "" for the file as a whole
	Origin  Origin // where the bad value is
	Problem Problem
	Value   string
	Allowed []string
	Other   string
	Detail  string
}

func (e *Error) Error() string {
	where := e.Origin.Name
	if e.Origin.Source == FromFile {
		where = fmt.Sprintf("%s:%d", e.Origin.Path, e.Origin.Line)
	}
	return fmt.Sprintf("config: %s: %s %s %q %s", where, e.Setting, e.Problem, e.Value, e.Detail)
}

// Load works out the effective settings from in and the settings file.
func Load(in Input) (*Settings, error) {
	s := &Settings{Origins: map[string]Origin{}}
	if err := s.findFile(in); err != nil {
		return s, err
	}
	file, err := readFile(s.File, s.FileNamed)
	if err != nil {
		return s, err
	}
	s.FileFound = file != nil
	if file == nil {
		file = &fileValues{values: map[string]fileValue{}}
	}

	// Each setting: flag, else variable, else file, else default.
	pick := func(name string, allowed []string, def string, defOrigin Origin) (string, error) {
		check := func(v string, o Origin) (string, error) {
			// An empty variable counts as unset; an empty flag or file
			// value is a mistake, not a wish for the default database.
			if name == DB && strings.TrimSpace(v) == "" {
				return "", &Error{Setting: name, Origin: o, Problem: ProblemBlank, Value: v}
			}
			if allowed == nil {
				return v, nil
			}
			norm := strings.ToLower(strings.TrimSpace(v))
			if slices.Contains(allowed, norm) {
				return norm, nil
			}
			return "", &Error{Setting: name, Origin: o, Problem: ProblemValue, Value: v, Allowed: allowed}
		}
		if v, ok := in.Flags[name]; ok {
			o := Origin{Source: FromFlag, Name: "--" + name}
			s.Origins[name] = o
			return check(v, o)
		}
		if v := in.getenv(EnvVar(name)); v != "" {
			o := Origin{Source: FromEnv, Name: EnvVar(name)}
			s.Origins[name] = o
			return check(v, o)
		}
		if fv, ok := file.values[name]; ok {
			o := Origin{Source: FromFile, Path: s.File, Line: fv.line}
			s.Origins[name] = o
			return check(fv.value, o)
		}
		s.Origins[name] = defOrigin
		return def, nil
	}
	var errs []error
	keep := func(v string, err error) string {
		if err != nil {
			errs = append(errs, err)
		}
		return v
	}
	home := homeDir(in)
	s.Author = strings.TrimSpace(keep(pick(Author, nil, defaultAuthor(), Origin{Source: FromDefault, Name: "user"})))
	dbDefault := ""
	if d := dataDir(in, home); d != "" {
		dbDefault = filepath.Join(d, "vision2030", "vision2030.db")
	}
	s.DB = expandHome(keep(pick(DB, nil, dbDefault, Origin{Source: FromDefault})), home)
	s.Theme = keep(pick(Theme, Themes, "auto", Origin{Source: FromDefault}))
	lang, langOrigin := localeLang(in)
	s.Lang = keep(pick(Lang, Langs, lang, langOrigin))
	w := keep(pick(AmbiguousWidth, AmbiguousWidths, "1", Origin{Source: FromDefault}))
	s.AmbiguousWidth, _ = strconv.Atoi(w)
	if s.AmbiguousWidth == 0 {
		s.AmbiguousWidth = 1
	}
	s.Keys = file.keys
	s.Origins[Keys] = Origin{Source: FromDefault}
	if file.keys != nil {
		s.Origins[Keys] = Origin{Source: FromFile, Path: s.File, Line: file.keysLine}
	}
	for action, line := range file.keyLines {
		s.Origins[Keys+"."+action] = Origin{Source: FromFile, Path: s.File, Line: line}
	}
	if len(errs) > 0 {
		return s, errs[0]
	}
	if err := s.ValidateKeys(); err != nil {
		return s, err
	}
	return s, nil
}

// LangOnly returns the language the settings ask for, without failing: it
// is what words the errors of Load. Unreadable or invalid settings fall
// through to the next source.
func LangOnly(in Input) string {
	s, _ := Load(in)
	if s != nil && slices.Contains(Langs, s.Lang) {
		return s.Lang
	}
	// A file that cannot be read stops Load before the language; the flag
	// and the variable, which come before the file, still stand.
	for _, v := range []string{in.Flags[Lang], in.getenv(EnvVar(Lang))} {
		if v := strings.ToLower(strings.TrimSpace(v)); slices.Contains(Langs, v) {
			return v
		}
	}
	lang, _ := localeLang(in)
	return lang
}

// findFile sets s.File: --config, else $VISION2030_CONFIG, else the XDG
// location.
func (s *Settings) findFile(in Input) error {
	if p, ok := in.Flags["config"]; ok {
		s.File, s.FileNamed = p, true
		s.Origins["config"] = Origin{Source: FromFlag, Name: "--config"}
		return nil
	}
	if p := in.getenv(EnvConfig); p != "" {
		s.File, s.FileNamed = p, true
		s.Origins["config"] = Origin{Source: FromEnv, Name: EnvConfig}
		return nil
	}
	s.Origins["config"] = Origin{Source: FromDefault}
	dir := in.getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(dir) { // the XDG spec: a relative value is to be ignored
		home := homeDir(in)
		if home == "" {
			return nil // no file to read; the defaults stand
		}
		dir = filepath.Join(home, ".config")
	}
	s.File = filepath.Join(dir, "vision2030", "config.toml")
	return nil
}

// homeDir is the user's home directory: $HOME (%USERPROFILE% on
// Windows), else what the system says; "" if there is none.
func homeDir(in Input) string {
	for _, v := range []string{"HOME", "USERPROFILE"} {
		if h := in.getenv(v); filepath.IsAbs(h) {
			return h
		}
	}
	h, _ := os.UserHomeDir()
	return h
}

// dataDir is $XDG_DATA_HOME, else ~/.local/share; "" without a home.
func dataDir(in Input, home string) string {
	if d := in.getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return d
	}
	if home == "" {
		return ""
	}
	return filepath.Join(home, ".local", "share")
}

// expandHome expands a leading ~/ to the home directory.
func expandHome(p, home string) string {
	if home != "" && (p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`)) {
		return filepath.Join(home, p[1:])
	}
	return p
}

// WriteAuthor returns the author to record as the writer of what a command
// writes: the author setting, which must not be empty. An empty author
// (--author "", author = "" in the file, or no system user name to default
// to) is an *Error with ProblemBlank naming where it came from; reading
// commands never ask. An empty VISION2030_AUTHOR is not set, as every
// empty variable is, so the file or the default decides.
func (s *Settings) WriteAuthor() (string, error) {
	if s.Author == "" {
		return "", &Error{Setting: Author, Origin: s.Origins[Author], Problem: ProblemBlank}
	}
	return s.Author, nil
}

func defaultAuthor() string {
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}

// localeLang is the language of the locale: the first of LC_ALL,
// LC_MESSAGES and LANG that is set decides; ja… is Japanese, anything else
// English.
func localeLang(in Input) (string, Origin) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := in.getenv(name)
		if v == "" {
			continue
		}
		lang, _ := i18n.Parse(v) // ja_JP.UTF-8 is Japanese; a language without a catalogue, English
		return lang, Origin{Source: FromDefault, Name: name, Value: v}
	}
	return "en", Origin{Source: FromDefault}
}

// fileValue is one setting read from the file.
type fileValue struct {
	value string
	line  int
}

// fileValues is what the file holds.
type fileValues struct {
	values   map[string]fileValue
	keys     map[string][]string
	keysLine int
	keyLines map[string]int
}

// rawFile is the file's shape; Primitive defers each value's decoding so
// that a mistake can be pinned to its line.
type rawFile struct {
	Author         toml.Primitive            `toml:"author"`
	DB             toml.Primitive            `toml:"db"`
	Theme          toml.Primitive            `toml:"theme"`
	Lang           toml.Primitive            `toml:"lang"`
	AmbiguousWidth toml.Primitive            `toml:"ambiguous_width"`
	Keys           map[string]toml.Primitive `toml:"keys"`
}

// readFile reads the settings file at path; nil if it does not exist and
// was not named.
func readFile(path string, named bool) (*fileValues, error) {
	if path == "" {
		return nil, nil
	}
	file := Origin{Source: FromFile, Path: path}
	body, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if named {
			return nil, &Error{Origin: file, Problem: ProblemMissing}
		}
		return nil, nil
	}
	if err != nil {
		return nil, &Error{Origin: file, Problem: ProblemRead, Detail: err.Error()}
	}
	text := string(body)
	var raw rawFile
	md, err := toml.Decode(text, &raw)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			file.Line = pe.Position.Line
			return nil, &Error{Origin: file, Problem: ProblemSyntax, Detail: pe.Message}
		}
		// A table where a value belongs, or the reverse: the decoder's
		// words name the line; the key is the one it was at.
		return nil, &Error{Origin: file, Problem: ProblemSyntax, Detail: strings.TrimPrefix(err.Error(), "toml: ")}
	}
	at := func(key ...string) Origin {
		o := file
		o.Line = lineOf(text, key)
		return o
	}
	f := &fileValues{values: map[string]fileValue{}}
	strs := []struct {
		name string
		prim toml.Primitive
	}{{Author, raw.Author}, {DB, raw.DB}, {Theme, raw.Theme}, {Lang, raw.Lang}}
	for _, x := range strs {
		if !md.IsDefined(x.name) {
			continue
		}
		var v string
		if err := md.PrimitiveDecode(x.prim, &v); err != nil {
			return nil, &Error{Setting: x.name, Origin: at(x.name), Problem: ProblemType, Allowed: []string{"text"}}
		}
		f.values[x.name] = fileValue{v, at(x.name).Line}
	}
	if md.IsDefined(AmbiguousWidth) {
		var n int
		if err := md.PrimitiveDecode(raw.AmbiguousWidth, &n); err != nil {
			return nil, &Error{Setting: AmbiguousWidth, Origin: at(AmbiguousWidth), Problem: ProblemType, Allowed: AmbiguousWidths}
		}
		f.values[AmbiguousWidth] = fileValue{strconv.Itoa(n), at(AmbiguousWidth).Line}
	}
	if md.IsDefined(Keys) {
		if typ := md.Type(Keys); typ != "Hash" && typ != "" { // "": made by dotted keys
			return nil, &Error{Setting: Keys, Origin: at(Keys), Problem: ProblemType, Allowed: []string{"[keys]"}}
		}
		f.keys = map[string][]string{}
		f.keysLine = at(Keys).Line
		f.keyLines = map[string]int{}
		actions := make([]string, 0, len(raw.Keys))
		for a := range raw.Keys {
			actions = append(actions, a)
		}
		sort.Strings(actions)
		for _, a := range actions {
			o := at(Keys, a)
			var list []string
			var one string
			if err := md.PrimitiveDecode(raw.Keys[a], &list); err != nil {
				if err := md.PrimitiveDecode(raw.Keys[a], &one); err != nil {
					return nil, &Error{Setting: Keys + "." + a, Origin: o, Problem: ProblemType, Allowed: []string{`"a"`, `["a", "ctrl+n"]`}}
				}
				list = []string{one}
			}
			for _, k := range list {
				if strings.TrimSpace(k) == "" {
					return nil, &Error{Setting: Keys + "." + a, Origin: o, Problem: ProblemEmpty}
				}
			}
			f.keys[a] = list
			f.keyLines[a] = o.Line
		}
	}
	// What is left undecoded is not a setting. (Primitive values count as
	// undecoded until decoded above, so this comes last.)
	if und := md.Undecoded(); len(und) > 0 {
		return nil, &Error{Setting: und[0].String(), Origin: at(und[0]...), Problem: ProblemUnknown, Allowed: Names}
	}
	return f, nil
}

// lineOf finds the line of key in a TOML text: the line of its assignment,
// or of its table's header. It reads the text as written (tables, dotted
// and quoted keys), not as a full parser would; 0 if it cannot tell.
func lineOf(text string, key []string) int {
	want := strings.Join(key, "\x00")
	var table []string
	for i, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
			continue
		case strings.HasPrefix(l, "[["):
			table = nil
			continue
		case strings.HasPrefix(l, "["):
			end := strings.Index(l, "]")
			if end < 0 {
				continue
			}
			table = splitKey(l[1:end])
			if strings.Join(table, "\x00") == want {
				return i + 1
			}
			continue
		}
		eq := strings.Index(l, "=")
		if eq < 0 {
			continue
		}
		full := append(append([]string(nil), table...), splitKey(l[:eq])...)
		if strings.Join(full, "\x00") == want {
			return i + 1
		}
		// A key in a dotted assignment (keys.add = …) also names its table.
		if len(full) > len(key) && strings.Join(full[:len(key)], "\x00") == want {
			return i + 1
		}
	}
	return 0
}

// splitKey splits a dotted TOML key, unquoting its parts.
func splitKey(k string) []string {
	var parts []string
	var b strings.Builder
	var quote rune
	for _, r := range strings.TrimSpace(k) {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			b.WriteRune(r)
		case r == '"' || r == '\'':
			quote = r
		case r == '.':
			parts = append(parts, strings.TrimSpace(b.String()))
			b.Reset()
		case r == ' ' || r == '\t':
		default:
			b.WriteRune(r)
		}
	}
	return append(parts, strings.TrimSpace(b.String()))
}
