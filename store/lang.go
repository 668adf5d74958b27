package store

import (
	"bytes"
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Languages. Reference data (goals, stages, regions, kinds, countries) is
// stored in English and Japanese. The source texts are all English, so every
// Japanese text is a translation until JAW confirms it (JAConfirmed); the
// accessors below pick a text for a language and say what a reader should be
// told about it (TextNote). A language tag other than LangJA reads English.

// The languages reference data is stored in, as BCP 47 tags.
const (
	LangEN = "en"
	LangJA = "ja"
)

// in returns ja for Japanese when there is one, else en.
func in(lang, en, ja string) string {
	if lang == LangJA && ja != "" {
		return ja
	}
	return en
}

// TextNote says what a reader should be told about a reference text shown in
// one language: Draft, that it is not in the source texts and waits for JAW
// to confirm or replace it; Translation, that it is a translation from the
// English JAW has not confirmed.
type TextNote struct {
	Draft       bool
	Translation bool
}

// IsZero reports whether there is nothing to tell.
func (n TextNote) IsZero() bool { return !n.Draft && !n.Translation }

// translation reports whether the text shown in lang is an unconfirmed
// translation: Japanese is asked for, there is some, and JAW has not
// confirmed it.
func translation(lang, ja string, confirmed bool) bool {
	return lang == LangJA && ja != "" && !confirmed
}

// TitleIn returns the goal's title in lang, in English if it has no
// Japanese one.
func (g Goal) TitleIn(lang string) string { return in(lang, g.Title, g.TitleJA) }

// ShortTitleIn returns the goal's short title in lang, falling back to
// English, then to the title.
func (g Goal) ShortTitleIn(lang string) string {
	if s := in(lang, g.ShortTitle, g.ShortTitleJA); s != "" {
		return s
	}
	return g.TitleIn(lang)
}

// DescriptionIn returns the goal's description in lang, in English if it
// has no Japanese one.
func (g Goal) DescriptionIn(lang string) string { return in(lang, g.Description, g.DescriptionJA) }

// TitleNote says what to tell a reader of TitleIn(lang) and ShortTitleIn(lang).
func (g Goal) TitleNote(lang string) TextNote {
	return TextNote{Translation: translation(lang, g.TitleJA+g.ShortTitleJA, g.JAConfirmed)}
}

// DescriptionNote says what to tell a reader of DescriptionIn(lang): a
// draft, a translation, or both.
func (g Goal) DescriptionNote(lang string) TextNote {
	return TextNote{Draft: g.DescriptionDraft, Translation: translation(lang, g.DescriptionJA, g.JAConfirmed)}
}

// NameIn returns the stage's name in lang, in English if it has no
// Japanese one.
func (s Stage) NameIn(lang string) string { return in(lang, s.Name, s.NameJA) }

// RubricIn returns the stage's rubric line in lang, in English if it has no
// Japanese one.
func (s Stage) RubricIn(lang string) string { return in(lang, s.Rubric, s.RubricJA) }

// NameNote says what to tell a reader of NameIn(lang).
func (s Stage) NameNote(lang string) TextNote {
	return TextNote{Translation: translation(lang, s.NameJA, s.JAConfirmed)}
}

// RubricNote says what to tell a reader of RubricIn(lang).
func (s Stage) RubricNote(lang string) TextNote {
	return TextNote{Draft: s.RubricDraft, Translation: translation(lang, s.RubricJA, s.JAConfirmed)}
}

// NameIn returns the region's name in lang.
func (r Region) NameIn(lang string) string { return in(lang, r.NameEN, r.NameJA) }

// NameIn returns the country's name in lang.
func (c Country) NameIn(lang string) string { return in(lang, c.NameEN, c.NameJA) }

// NameIn returns the partner's name in lang: its Japanese name, if it has
// one, for Japanese.
func (p Partner) NameIn(lang string) string { return in(lang, p.Name, p.NameJA) }

// sortKey is what a partner is ordered by in lang: in Japanese its reading,
// else its Japanese name, else its name (五十音 order for kana; a name in
// Latin letters sorts before kana); in English its name.
func (p Partner) sortKey(lang string) string {
	if lang == LangJA && p.Yomi != "" {
		return p.Yomi
	}
	return p.NameIn(lang)
}

// sortKey is what a country is ordered by in lang, as for partners.
func (c Country) sortKey(lang string) string {
	if lang == LangJA && c.Yomi != "" {
		return c.Yomi
	}
	return c.NameIn(lang)
}

// collator returns a collator for lang: Japanese orders kana in 五十音
// order, hiragana and katakana alike; English orders letters ignoring case
// and accents first. A Collator is not safe for concurrent use, so each sort
// makes its own.
//
// Japanese uses the root order, which is 五十音 for kana: x/text's Japanese
// tailoring puts a kana followed by the long-vowel mark among the vowels
// (ルーマニア and ポーランド before カナダ), and lists are sorted by reading,
// so its order of kanji is not needed.
func collator(lang string) *collate.Collator {
	if lang == LangJA {
		return collate.New(language.Und)
	}
	return collate.New(language.English)
}

// collationKeys returns the collation key of each of texts in lang.
func collationKeys(lang string, texts []string) [][]byte {
	c := collator(lang)
	var buf collate.Buffer
	keys := make([][]byte, len(texts))
	for i, s := range texts {
		keys[i] = append([]byte(nil), c.KeyFromString(&buf, s)...)
		buf.Reset()
	}
	return keys
}

// SortPartners orders ps for a list in lang: in Japanese in 五十音 order by
// reading (a partner without one by its Japanese name, else its name), in
// English by name; ties keep the order by id.
func SortPartners(ps []Partner, lang string) {
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = p.sortKey(lang)
	}
	sortByKeys(ps, collationKeys(lang, texts), func(a, b Partner) bool { return a.ID < b.ID })
}

// SortCountries orders cs by name in lang (Japanese by reading), ties by
// code.
func SortCountries(cs []Country, lang string) {
	texts := make([]string, len(cs))
	for i, c := range cs {
		texts[i] = c.sortKey(lang)
	}
	sortByKeys(cs, collationKeys(lang, texts), func(a, b Country) bool { return a.Code < b.Code })
}

// sortByKeys sorts xs by keys (one per element, same order), ties broken
// by tie.
func sortByKeys[T any](xs []T, keys [][]byte, tie func(a, b T) bool) {
	type pair struct {
		x   T
		key []byte
	}
	ps := make([]pair, len(xs))
	for i := range xs {
		ps[i] = pair{xs[i], keys[i]}
	}
	sort.Slice(ps, func(i, j int) bool {
		if c := bytes.Compare(ps[i].key, ps[j].key); c != 0 {
			return c < 0
		}
		return tie(ps[i].x, ps[j].x)
	})
	for i := range ps {
		xs[i] = ps[i].x
	}
}
