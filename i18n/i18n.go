// Package i18n is the catalogue of every user-visible string of vision2030's
// screens, commands and reports. A Catalogue is one language; its strings are
// grouped by the part of the program that shows them (common.go, screens.go,
// forms.go, commands.go, reports.go), each file holding its part's type and
// English values.
//
// Strings with a verb (%s, %d) are fmt formats; their arguments are noted
// beside them. A count that a reader sees with a noun is a Plural.
package i18n

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"vision2030/dates"
	"vision2030/store"
)

// Catalogue holds every string the UI and the commands show.
type Catalogue struct {
	Lang string // BCP 47 tag: "en", "ja"

	Common
	Screens
	Forms
	Commands
	Reports
}

// Plural is a format with a count, in the forms a language needs: English
// says "1 country" but "2 countries"; Japanese has one form for both.
type Plural struct {
	One, Other string // fmt formats; the count is their first argument
}

// N formats n (and args) with the form that fits n; n is written with
// thousands separators (Count).
func (p Plural) N(n int, args ...any) string {
	f := p.Other
	if n == 1 && p.One != "" {
		f = p.One
	}
	return fmt.Sprintf(f, append([]any{Count(n)}, args...)...)
}

// Count is a number of things, which %d writes with thousands separators
// (19,802) for a person to read.
type Count int

// Format writes c for %d (and %v) with thousands separators, padded to the
// width asked for; other verbs as an int.
func (c Count) Format(f fmt.State, verb rune) {
	if verb != 'd' && verb != 'v' {
		fmt.Fprintf(f, fmt.FormatString(f, verb), int(c))
		return
	}
	s := strconv.Itoa(int(c))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if w, ok := f.Width(); ok && len(out) < w {
		pad := strings.Repeat(" ", w-len(out))
		if f.Flag('-') {
			out += pad
		} else {
			out = pad + out
		}
	}
	io.WriteString(f, out)
}

// English is the English catalogue.
var English = &Catalogue{Lang: "en", Common: enCommon, Screens: enScreens, Forms: enForms, Commands: enCommands, Reports: enReports}

// FilterError says what is wrong with a filter, in the catalogue's words.
func (c *Catalogue) FilterError(fe *store.FilterError) string {
	f, ok := c.FilterProblems[fe.Problem]
	if !ok {
		return fe.Error()
	}
	if fe.Problem == store.FilterOpenQuote {
		// Said as what follows the quote, not with the quote escaped.
		_, after, _ := strings.Cut(fe.Term, `"`)
		return fmt.Sprintf(f, after)
	}
	return fmt.Sprintf(f, fe.Term)
}

// FilterMessage is FilterError with what the term could be: a value that
// does not fit its key is told the values that do (kinds in the
// catalogue's words, the dates a filter reads), an unknown goal the goals
// there are, an ambiguous country the countries it matches; a key with no
// value is told them too, a term of several values names the one that does
// not fit, and a date that is none says why (no such day, out of its era)
// as a date field does. The shell and the dashboard say the same.
func (c *Catalogue) FilterMessage(fe *store.FilterError) string {
	msg := c.FilterError(fe)
	switch fe.Problem {
	case store.FilterBadValue, store.FilterEmptyValue:
		if fe.Date != nil { // as a date field says it: the era's days, the month's
			return c.FieldError(store.DateError(fmt.Sprintf(c.FilterTerm, fe.Term), fe.Date))
		}
		if fe.Value != "" {
			msg = fmt.Sprintf(c.FilterBadValueIn, fe.Term, fe.Value)
		}
		key, _, _ := strings.Cut(fe.Term, ":")
		var values string
		switch strings.ToLower(key) {
		case "partner":
			values = c.FilterPartnerValues
		case "kind":
			var ks []string
			for _, k := range store.EntryKinds {
				if c.Lang == "en" {
					ks = append(ks, string(k))
				} else {
					ks = append(ks, c.EntryKind(k))
				}
			}
			values = strings.Join(ks, c.ListSep)
		case "status":
			// The words the filter reads, with the ones the screens show.
			var ss []string
			for _, st := range []store.RequestStatus{store.StatusOpen, store.StatusAnswered, store.StatusClosed} {
				if w := c.RequestStatuses[st]; w != "" && w != string(st) {
					ss = append(ss, string(st)+"（"+w+"）")
				} else {
					ss = append(ss, string(st))
				}
			}
			values = strings.Join(ss, c.ListSep)
		case "goal":
			values = c.FilterGoalValues
		case "country":
			values = c.FilterCountryValues
		case "since", "until":
			values = c.FilterDateValues
		}
		if values != "" {
			msg = fmt.Sprintf(c.ErrFilterValues, msg, values)
		}
	}
	if len(fe.Values) > 0 { // the goals there are, the countries a name matches
		msg = fmt.Sprintf(c.ErrFilterValues, msg, strings.Join(fe.Values, ", "))
	}
	return msg
}

// FieldError says what is wrong with a field, in the catalogue's words.
func (c *Catalogue) FieldError(fe *store.FieldError) string {
	field := c.fieldName(fe.Field)
	switch fe.Problem {
	case store.ProblemRequired:
		if slices.Contains([]string{"partners", "goals", "kind", "country"}, fe.Field) {
			return fmt.Sprintf(c.FieldChoose, field)
		}
		return fmt.Sprintf(c.FieldRequired, field)
	case store.ProblemBadDate:
		return fmt.Sprintf(c.FieldBadDate, field, fe.Value)
	case store.ProblemNoSuchDay:
		if d := fe.Date; d != nil && d.Month >= 1 && d.Month <= 12 {
			return fmt.Sprintf(c.FieldNoSuchDay, field, fe.Value, fmt.Sprintf(c.MonthYear, c.Months[d.Month-1], d.Year), d.Days)
		}
		return fmt.Sprintf(c.FieldNoSuchMonth, field, fe.Value)
	case store.ProblemEraDate:
		if d := fe.Date; d != nil {
			if d.Last == "" {
				return fmt.Sprintf(c.FieldEraDateNow, field, fe.Value, d.Era, d.First)
			}
			return fmt.Sprintf(c.FieldEraDate, field, fe.Value, d.Era, d.First, d.Last)
		}
		return fmt.Sprintf(c.FieldBadDate, field, fe.Value)
	case store.ProblemFuture:
		return fmt.Sprintf(c.FieldFuture, field, fe.Value)
	case store.ProblemTooLong:
		return fmt.Sprintf(c.FieldTooLong, field, fe.Limit)
	case store.ProblemBadUTF8:
		return fmt.Sprintf(c.FieldBadUTF8, field)
	case store.ProblemNUL:
		return fmt.Sprintf(c.FieldNUL, field)
	case store.ProblemUnknown:
		msg := fmt.Sprintf(c.FieldUnknown, field, fe.Value)
		if len(fe.Allowed) > 0 {
			msg = fmt.Sprintf(c.ErrFilterValues, msg, strings.Join(c.KindWords(fe.Allowed), c.NameSep))
		}
		return msg
	case store.ProblemOrder:
		if fe.After == "date" {
			return fmt.Sprintf(c.FieldBeforeEntry, field, fe.Value, fe.AfterValue)
		}
		return fmt.Sprintf(c.FieldOrder, field, fe.Value, c.fieldName(fe.After), fe.AfterValue)
	case store.ProblemTooEarly:
		return fmt.Sprintf(c.FieldTooEarly, field, fe.Value)
	case store.ProblemRequestOnly:
		return fmt.Sprintf(c.FieldRequestOnly, field, c.EntryKind(store.EntryKind(fe.Value)))
	case store.ProblemTaken:
		if h := fe.Holder; h != nil {
			who := h.ShortName
			if who == "" {
				who = h.Name
			}
			if h.Archived {
				return fmt.Sprintf(c.FieldTakenByArchived, field, fe.Value, who, h.ID)
			}
			return fmt.Sprintf(c.FieldTakenBy, field, fe.Value, who, h.ID)
		}
		return fmt.Sprintf(c.FieldTaken, field, fe.Value)
	case store.ProblemBadYear:
		return fmt.Sprintf(c.FieldBadYear, field, fe.Value)
	case store.ProblemBadMonth:
		return fmt.Sprintf(c.FieldBadMonth, field, fe.Value)
	case store.ProblemBadTarget:
		return fmt.Sprintf(c.FieldBadTarget, field, fe.Value)
	case store.ProblemTwice:
		return fmt.Sprintf(c.FieldTwice, field, fe.Value)
	case store.ProblemAmbiguous:
		return fmt.Sprintf(c.FieldAmbiguous, field, fe.Value)
	}
	return fmt.Sprintf(c.FieldNotFound, field)
}

// FieldName is a field's name in the catalogue's words.
func (c *Catalogue) FieldName(f string) string { return c.fieldName(f) }

// fieldName is a field's name in the catalogue's words.
func (c *Catalogue) fieldName(f string) string {
	if s := c.Fields[f]; s != "" {
		return s
	}
	return f
}

// EntryKind returns the display word for an entry kind.
func (c *Catalogue) EntryKind(k store.EntryKind) string {
	if s, ok := c.EntryKinds[k]; ok {
		return s
	}
	return string(k)
}

// PartnerKind returns the display word for a partner kind.
func (c *Catalogue) PartnerKind(k store.PartnerKind) string {
	if s, ok := c.PartnerKinds[k]; ok {
		return s
	}
	return string(k)
}

// PartnerKindShort returns the word for a partner kind in a narrow column.
func (c *Catalogue) PartnerKindShort(k store.PartnerKind) string {
	if s, ok := c.PartnerKindsShort[k]; ok {
		return s
	}
	return c.PartnerKind(k)
}

// CountryName returns the country's name in the catalogue's language.
func (c *Catalogue) CountryName(country store.Country) string {
	if c.Lang == "ja" && country.NameJA != "" {
		return country.NameJA
	}
	return country.NameEN
}

// KindWords are entry or partner kinds as a list of the values there are
// says them: as stored, and in Japanese with their names too
// (二国間協議（consultation）), since those are read as well.
func (c *Catalogue) KindWords(kinds []string) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k
		if c.Lang == "en" {
			continue
		}
		if slices.Contains(store.EntryKinds, store.EntryKind(k)) {
			out[i] = fmt.Sprintf(c.Aside, c.EntryKind(store.EntryKind(k)), k)
		} else if slices.Contains(store.PartnerKinds, store.PartnerKind(k)) {
			out[i] = fmt.Sprintf(c.Aside, c.PartnerKind(store.PartnerKind(k)), k)
		}
	}
	return out
}

// ResolveDate reads a date as the forms and the command line's date flags
// take it: a word (today, yesterday, tomorrow, in the catalogue's
// language), a span from today (3d, -3d, 2w, 1m: a bare amount counts back,
// or forward when ahead is set, as for a due date), or a date written as
// dates.Parse reads it (2026/11/20, 令和8年11月20日). ok is false, and the
// text is given back trimmed, for anything else.
func (c *Catalogue) ResolveDate(text string, today time.Time, ahead bool) (date string, ok bool) {
	s := strings.ToLower(strings.TrimSpace(text))
	switch {
	case s == "":
		return "", false
	case slices.Contains(strings.Split(c.DateToday, "|"), s):
		return today.Format(dates.Layout), true
	case slices.Contains(strings.Split(c.DateYesterday, "|"), s):
		return today.AddDate(0, 0, -1).Format(dates.Layout), true
	case slices.Contains(strings.Split(c.DateTomorrow, "|"), s):
		return today.AddDate(0, 0, 1).Format(dates.Layout), true
	}
	if v, ok := dates.Relative(s, today, ahead); ok {
		return v, true
	}
	if v, err := dates.Parse(text); err == nil && v != "" {
		return v, true
	}
	return strings.TrimSpace(text), false
}
