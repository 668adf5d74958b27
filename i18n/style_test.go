package i18n_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"vision2030/i18n"
	"vision2030/render"
)

// helpWidth is the terminal the help's own line breaks are made for.
const helpWidth = 80

// TestHelpFits: the help paragraphs and examples, broken into lines by
// hand, fit a terminal 80 cells wide as the terminal counts them (double
// width for kanji and kana), examples after their indent of 2; a Short is
// one line; Japanese lines break where Japanese typesetting allows.
func TestHelpFits(t *testing.T) {
	t.Parallel()
	for _, c := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		for path, h := range c.Help {
			if strings.Contains(h.Short, "\n") {
				t.Errorf("%s %q: Short has more than one line", c.Lang, path)
			}
			for _, part := range []struct {
				name, text string
				indent     int
			}{{"Long", h.Long, 0}, {"Example", h.Example, 2}} {
				for _, l := range strings.Split(part.text, "\n") {
					if w := part.indent + render.Width(l); w > helpWidth {
						t.Errorf("%s %q %s: a line of %d cells: %q", c.Lang, path, part.name, w, l)
					}
					if c.Lang == "ja" {
						if msg := kinsoku(l); msg != "" {
							t.Errorf("ja %q %s: %s: %q", path, part.name, msg, l)
						}
					}
				}
			}
		}
	}
}

// kinsoku says what is wrong with where a hand-broken Japanese line starts
// or ends, or "".
func kinsoku(line string) string {
	const noStart = "、。，．・：；？！）」』】〕〉》ーぁぃぅぇぉっゃゅょァィゥェォッャュョ〜…"
	const noEnd = "（「『【〔〈《"
	l := strings.TrimSpace(line)
	if l == "" {
		return ""
	}
	first := []rune(l)[0]
	last := []rune(l)[len([]rune(l))-1]
	switch {
	case strings.ContainsRune(noStart, first):
		return fmt.Sprintf("starts with %q", first)
	case strings.ContainsRune(noEnd, last):
		return fmt.Sprintf("ends with %q", last)
	}
	return ""
}

// japanese reports whether r is written in Japanese: kanji, kana, or
// full-width punctuation.
func japanese(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF01 && r <= 0xFF5E && !unicode.IsLetter(r) && !unicode.IsDigit(r))
}

// texts calls f with every string of v (a catalogue part), by path.
func texts(path string, v reflect.Value, f func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(path, v.String())
	case reflect.Array, reflect.Slice:
		for i := range v.Len() {
			texts(fmt.Sprintf("%s[%d]", path, i), v.Index(i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			texts(fmt.Sprintf("%s[%s]", path, k.String()), v.MapIndex(k), f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			texts(path+"."+v.Type().Field(i).Name, v.Field(i), f)
		}
	}
}

// TestJapaneseStyle: the Japanese of the command line, the reports, the
// screens and the forms uses full-width punctuation in its sentences, and
// ends a one-line text with 。 exactly where English ends one with a period
// (messages and descriptions have none). A text of the screens and forms
// is drawn on one line, or wrapped by render.Wrap, or joined to others: it
// neither starts with what a Japanese line may not start with nor ends
// with an opening bracket.
func TestJapaneseStyle(t *testing.T) {
	t.Parallel()
	en := map[string]string{}
	for _, part := range []any{i18n.English.Commands, i18n.English.Reports, i18n.English.Screens, i18n.English.Forms} {
		v := reflect.ValueOf(part)
		texts(v.Type().Name(), v, func(path, s string) { en[path] = s })
	}
	n := 0
	for _, part := range []any{i18n.Japanese.Commands, i18n.Japanese.Reports, i18n.Japanese.Screens, i18n.Japanese.Forms} {
		v := reflect.ValueOf(part)
		onScreen := v.Type().Name() == "Screens" || v.Type().Name() == "Forms"
		texts(v.Type().Name(), v, func(path, s string) {
			n++
			if strings.HasSuffix(path, ".Example") {
				return // commands, as typed
			}
			if s == "" && strings.HasSuffix(path, ".One") {
				return // a Plural's one form: Japanese has only the other
			}
			if onScreen && !strings.HasSuffix(path, "Sep") { // a separator goes between texts
				if msg := kinsoku(s); msg != "" {
					t.Errorf("ja %s: %s: %q", path, msg, s)
				}
			}
			rs := []rune(s)
			for i, r := range rs {
				if !strings.ContainsRune(",.;:()!?", r) {
					continue
				}
				if (i > 0 && japanese(rs[i-1])) || (i+1 < len(rs) && japanese(rs[i+1])) {
					t.Errorf("ja %s: half-width %q beside Japanese in %q", path, r, s)
				}
			}
			if e, ok := en[path]; ok && !strings.Contains(s, "\n") && !strings.Contains(e, "\n") &&
				strings.HasSuffix(s, "。") != strings.HasSuffix(e, ".") {
				t.Errorf("ja %s: %q and English %q disagree on the closing period", path, s, e)
			}
			if strings.Contains(s, "  ") && !strings.Contains(s, "\n") {
				t.Errorf("ja %s: two spaces in %q", path, s)
			}
		})
	}
	if n < 500 {
		t.Errorf("only %d texts walked", n)
	}
}

// TestStyleChecksFail: the style checks find what they are for.
func TestStyleChecksFail(t *testing.T) {
	t.Parallel()
	for _, l := range []string{"、または", "ー", "関係を（", "  」"} {
		if kinsoku(l) == "" {
			t.Errorf("kinsoku(%q) found nothing", l)
		}
	}
	for _, l := range []string{"--partner と --goal", "（英語の Thailand、日本語のタイ）を指定します。", ""} {
		if msg := kinsoku(l); msg != "" {
			t.Errorf("kinsoku(%q) = %s", l, msg)
		}
	}
	if !japanese('記') || !japanese('、') || !japanese('）') || japanese('a') || japanese('Ｔ') || japanese('1') {
		t.Error("japanese() misreads a rune")
	}
}
