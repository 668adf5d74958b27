package i18n

import "strings"

// Japanese is the Japanese catalogue.
var Japanese = &Catalogue{Lang: "ja", Common: jaCommon, Screens: jaScreens, Forms: jaForms, Commands: jaCommands, Reports: jaReports}

// untranslated names the parts of Japanese that still hold English (the
// completeness test checks every other part): none.
var untranslated = []string{}

// Languages are the tags of the catalogues, English first.
var Languages = []string{"en", "ja"}

// Parse reads a language tag or a locale name ("ja", "ja-JP",
// "ja_JP.UTF-8", "EN", "en_GB") as the language of a catalogue, "en" or
// "ja", and reports whether it names one. "C" and "POSIX" are English.
func Parse(tag string) (string, bool) {
	base := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(base, "-_.@"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "ja":
		return "ja", true
	case "en", "c", "posix":
		return "en", true
	}
	return "en", false
}

// Lookup returns the catalogue for a language tag (read by Parse), and
// whether there is one; English when there is not.
func Lookup(tag string) (*Catalogue, bool) {
	lang, ok := Parse(tag)
	if lang == "ja" {
		return Japanese, ok
	}
	return English, ok
}

// Locale is the language of the locale, by the POSIX rule: the first of
// LC_ALL, LC_MESSAGES and LANG that is set decides (ja_JP.UTF-8 is
// Japanese); a locale without a catalogue, or none, is English.
func Locale(getenv func(string) string) string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			lang, _ := Parse(v)
			return lang
		}
	}
	return "en"
}
