package store

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"vision2030/dates"
)

// Filter selects entries. It is written in one small language shared by the
// TUI's filter bar and the shell's --filter, for example
//
//	goal:2 country:TH kind:request since:2024-01-01 until:2024-12-31 "wage talks"
//
// Every condition must hold. A key may be given several times or with
// comma-separated values (kind:visit,seminar); any of its values may match.
// Words and "quoted phrases" must each appear, ignoring case, in the title,
// summary or partner names.
//
// What a Japanese input method types in full width reads as its ordinary
// form outside quotes (goal：２, ｋｉｎｄ：ｖｉｓｉｔ, ＂a phrase＂), so keys and values
// work in either; quoted text is kept as typed, and every word or phrase is
// matched folded (Fold) anyway.
type Filter struct {
	Goals     []int
	Countries []string // an ISO code (upper case), or an English or Japanese name or part of one
	Partners  []string // an id, a short name or part of a name, English or Japanese
	Kinds     []EntryKind
	Authors   []string
	Statuses  []RequestStatus
	Since     string // YYYY-MM-DD, inclusive
	Until     string // YYYY-MM-DD, inclusive
	Text      []string
	// PartnerIDs selects entries linked to any of these partners. It is not
	// part of the language; screens set it.
	PartnerIDs []int64
	// Deleted selects deleted entries as well as live ones. It is not part
	// of the language; export --include-deleted sets it.
	Deleted bool
}

// ReadEntryKind reads the value of kind: in the filter language. By
// itself the store knows the kinds' tokens (visit, online_meeting); the
// message catalogue (i18n) sets it to read their words in every language
// too (訪問, 相談, online meeting), as the shell's --kind reads them, so
// that a filter takes the word the screens show.
var ReadEntryKind = func(s string) (EntryKind, bool) {
	k := EntryKind(strings.ToLower(s))
	return k, IsEntryKind(k)
}

// ReadRequestStatus reads the value of status: as ReadEntryKind reads a
// kind: the store knows the tokens (open, answered, closed), the catalogue
// adds the words the screens show (未回答).
var ReadRequestStatus = func(s string) (RequestStatus, bool) {
	st := RequestStatus(strings.ToLower(s))
	return st, slices.Contains(RequestStatuses, st)
}

// The keys of the filter language.
var FilterKeys = []string{"goal", "country", "partner", "kind", "author", "status", "since", "until"}

// FilterProblem says what is wrong with a filter.
type FilterProblem string

// The problems a filter can have.
const (
	FilterUnknownKey  FilterProblem = "unknown_key"  // key: is not one of FilterKeys
	FilterBadValue    FilterProblem = "bad_value"    // the value does not fit its key
	FilterEmptyValue  FilterProblem = "empty_value"  // key: with nothing after it
	FilterOpenQuote   FilterProblem = "open_quote"   // a " without its closing "
	FilterEmptyPeriod FilterProblem = "empty_period" // since: after until:
	FilterTooLong     FilterProblem = "too_long"     // over MaxFilter bytes
	FilterBadText     FilterProblem = "bad_text"     // invalid UTF-8 or a NUL byte
	// Found when the search is planned, against the database: a goal, a
	// partner or a country it does not have, or a country name matching
	// several (Values lists their codes).
	FilterUnknownGoal      FilterProblem = "unknown_goal"      // Values lists the goals
	FilterUnknownPartner   FilterProblem = "unknown_partner"   // no partner's id, name or short name
	FilterUnknownCountry   FilterProblem = "unknown_country"   // no country's code or name
	FilterAmbiguousCountry FilterProblem = "ambiguous_country" // Values lists the countries' codes
)

// MaxFilter is the longest filter accepted, in bytes.
const MaxFilter = 2000

// FilterProblems lists every FilterProblem, for catalogues to cover.
var FilterProblems = []FilterProblem{FilterUnknownKey, FilterBadValue, FilterEmptyValue, FilterOpenQuote,
	FilterEmptyPeriod, FilterTooLong, FilterBadText, FilterUnknownGoal, FilterUnknownPartner, FilterUnknownCountry,
	FilterAmbiguousCountry}

// FilterError is a mistake in a filter: the term it is in, and what is wrong.
type FilterError struct {
	Term    string
	Problem FilterProblem
	// Values are the values the term could take, or the ones it matches,
	// when they are few (FilterUnknownGoal, FilterAmbiguousCountry).
	Values []string
	// For FilterBadValue in a term of several values (kind:相談,xyz): the
	// one that does not fit.
	Value string
	// For FilterBadValue in since: or until:, when the value is written
	// as a date but is none (no such day, a day out of its era): why.
	Date *dates.Error
}

func (e *FilterError) Error() string { return fmt.Sprintf("filter: %s: %q", e.Problem, e.Term) }

// IsZero reports whether f selects every entry.
func (f Filter) IsZero() bool {
	return len(f.Goals)+len(f.Countries)+len(f.Partners)+len(f.Kinds)+len(f.Authors)+
		len(f.Statuses)+len(f.Text)+len(f.PartnerIDs) == 0 && f.Since == "" && f.Until == ""
}

// filterToken is one term of a filter: key:value, or text (key "").
type filterToken struct {
	key, value, raw string
}

// tokenize splits s into terms: bare words, "quoted phrases", key:value and
// key:"quoted value".
func tokenize(s string) ([]filterToken, error) {
	var toks []filterToken
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		if r == '"' {
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				return nil, &FilterError{Term: s[start:], Problem: FilterOpenQuote}
			}
			toks = append(toks, filterToken{value: s[i+1 : i+1+end], raw: s[start : i+2+end]})
			i += end + 2
			continue
		}
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || r == '"' {
				break
			}
			i += size
		}
		word := s[start:i]
		key, value, hasColon := strings.Cut(word, ":")
		if hasColon && value == "" && i < len(s) && s[i] == '"' && isLetters(key) {
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				return nil, &FilterError{Term: s[start:], Problem: FilterOpenQuote}
			}
			value = s[i+1 : i+1+end]
			i += end + 2
			toks = append(toks, filterToken{key: strings.ToLower(key), value: value, raw: s[start:i]})
			continue
		}
		if hasColon && isLetters(key) && !strings.HasPrefix(value, "//") {
			toks = append(toks, filterToken{key: strings.ToLower(key), value: value, raw: word})
			continue
		}
		toks = append(toks, filterToken{value: word, raw: word})
	}
	return toks, nil
}

// isLetters reports whether k is ASCII letters only. Such a word before a
// colon is a key, known or not, unless a URL's "//" follows; anything else
// (10:30) is text.
func isLetters(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// foldFilter folds the width forms of s (as Fold does, without changing
// case) outside double quotes, and turns full-width quotation marks into
// ASCII ones; text between quotes is kept as typed.
func foldFilter(s string) string {
	var b strings.Builder
	quoted := false
	start := 0 // of the run not yet written
	flush := func(end int) {
		if quoted {
			b.WriteString(s[start:end])
		} else {
			b.WriteString(folder().Replace(s[start:end]))
		}
	}
	for i, r := range s {
		if r == '"' || r == '＂' {
			flush(i)
			b.WriteByte('"')
			quoted = !quoted
			start = i + utf8.RuneLen(r)
		}
	}
	flush(len(s))
	return b.String()
}

// ParseFilter parses the filter language. An empty string selects every
// entry.
func ParseFilter(s string) (Filter, error) {
	var f Filter
	if len(s) > MaxFilter {
		return f, &FilterError{Term: strings.ToValidUTF8(s[:40], "") + "…", Problem: FilterTooLong}
	}
	if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
		return f, &FilterError{Term: strings.ToValidUTF8(strings.ReplaceAll(s, "\x00", ""), "?"), Problem: FilterBadText}
	}
	toks, err := tokenize(foldFilter(s))
	if err != nil {
		return f, err
	}
	for _, t := range toks {
		if t.key == "" {
			if strings.TrimSpace(t.value) != "" {
				f.Text = append(f.Text, t.value)
			}
			continue
		}
		if t.value == "" {
			if !isKnownKey(t.key) {
				return f, &FilterError{Term: t.raw, Problem: FilterUnknownKey}
			}
			return f, &FilterError{Term: t.raw, Problem: FilterEmptyValue}
		}
		values := []string{t.value}
		if t.key != "partner" && t.key != "author" {
			values = strings.Split(t.value, ",")
		}
		for _, v := range values {
			v = strings.TrimSpace(v)
			bad := &FilterError{Term: t.raw, Problem: FilterBadValue}
			if len(values) > 1 && v != "" {
				bad.Value = v
			}
			if v == "" {
				return f, bad
			}
			switch t.key {
			case "goal":
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 || n > 99 {
					return f, bad
				}
				f.Goals = append(f.Goals, n)
			case "country":
				// A code or a name: resolved when the search is planned.
				if len(v) == 2 && isLetters(v) {
					v = strings.ToUpper(v)
				}
				f.Countries = append(f.Countries, v)
			case "partner":
				f.Partners = append(f.Partners, v)
			case "author":
				f.Authors = append(f.Authors, v)
			case "kind":
				k, ok := ReadEntryKind(v)
				if !ok {
					return f, bad
				}
				f.Kinds = append(f.Kinds, k)
			case "status":
				st, ok := ReadRequestStatus(v)
				if !ok {
					return f, bad
				}
				f.Statuses = append(f.Statuses, st)
			case "since", "until":
				// As a date field reads it: 2026-11-01, 2026/11/01, R8.11.1,
				// or a span ago: 3d, 2w, 1m.
				if len(values) > 1 {
					return f, &FilterError{Term: t.raw, Problem: FilterBadValue}
				}
				d, err := dates.Parse(v)
				if err != nil {
					var ok bool
					if d, ok = dates.Relative(v, time.Now(), false); !ok {
						var de *dates.Error
						if errors.As(err, &de) && de.Problem != dates.NotADate {
							bad.Date = de
						}
						return f, bad
					}
				}
				v = d
				if t.key == "since" {
					f.Since = v
				} else {
					f.Until = v
				}
			default:
				return f, &FilterError{Term: t.raw, Problem: FilterUnknownKey}
			}
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return f, &FilterError{Term: "since:" + f.Since + " until:" + f.Until, Problem: FilterEmptyPeriod}
	}
	return f, nil
}

func isKnownKey(k string) bool {
	for _, x := range FilterKeys {
		if x == k {
			return true
		}
	}
	return false
}

// String writes f back in the filter language; ParseFilter(f.String())
// gives f again.
func (f Filter) String() string {
	var parts []string
	for _, g := range f.Goals {
		parts = append(parts, "goal:"+strconv.Itoa(g))
	}
	for _, c := range f.Countries {
		parts = append(parts, filterTerm("country", c))
	}
	for _, p := range f.Partners {
		parts = append(parts, filterTerm("partner", p))
	}
	for _, k := range f.Kinds {
		parts = append(parts, "kind:"+string(k))
	}
	for _, a := range f.Authors {
		parts = append(parts, filterTerm("author", a))
	}
	for _, s := range f.Statuses {
		parts = append(parts, "status:"+string(s))
	}
	if f.Since != "" {
		parts = append(parts, "since:"+f.Since)
	}
	if f.Until != "" {
		parts = append(parts, "until:"+f.Until)
	}
	for _, t := range f.Text {
		parts = append(parts, `"`+t+`"`)
	}
	return strings.Join(parts, " ")
}

// filterTerm writes key:v in the filter language, v quoted when it must be.
func filterTerm(key, v string) string {
	// Quoted text is kept as typed: width forms stay, as they were given.
	if v == "" || folder().Replace(v) != v ||
		strings.ContainsFunc(v, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '"' || r == ':' }) {
		return key + `:"` + v + `"`
	}
	return key + ":" + v
}
