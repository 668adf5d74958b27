package store

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"vision2030/dates"
)

// Problem says what is wrong with a field. The UI and the commands turn it
// into words through the message catalogue.
type Problem string

// The problems a field can have.
const (
	ProblemRequired Problem = "required"  // empty but needed
	ProblemBadDate  Problem = "bad_date"  // not a real YYYY-MM-DD date
	ProblemFuture   Problem = "future"    // a date after today where that makes no sense
	ProblemTooLong  Problem = "too_long"  // over the field's size limit (Limit)
	ProblemBadUTF8  Problem = "bad_utf8"  // not valid UTF-8
	ProblemNUL      Problem = "nul"       // contains a NUL byte
	ProblemUnknown  Problem = "unknown"   // names something that does not exist (Value)
	ProblemOrder    Problem = "order"     // a date before the one it must follow (Value)
	ProblemNotFound Problem = "not_found" // the record to change does not exist
	ProblemTaken    Problem = "taken"     // already used by another record (Value)
	ProblemBadYear  Problem = "bad_year"  // not a year between 1800 and this one (Value)
	ProblemTooEarly Problem = "too_early" // a date before MinDate (Value)
	// ProblemRequestOnly: request dates or "came first" on an entry whose
	// kind (Value) is not request.
	ProblemRequestOnly Problem = "request_only"
	ProblemBadMonth    Problem = "bad_month"  // not a month 1–12 (Value)
	ProblemBadTarget   Problem = "bad_target" // not a share above 0 and at most 1 (Value)
	// ProblemTwice: a value that must be unique (a uid, a partner's name)
	// appears twice among the rows of one import (Value).
	ProblemTwice Problem = "twice"
	// ProblemAmbiguous: a name that matches several records (Value).
	ProblemAmbiguous Problem = "ambiguous"
	// ProblemNoSuchDay: written as a date, a day that does not exist
	// (2026-02-30); Date says which month it is in.
	ProblemNoSuchDay Problem = "no_such_day"
	// ProblemEraDate: a real day written in an era that was not under way
	// then (平成31年5月1日); Date says when the era ran.
	ProblemEraDate Problem = "era_date"
)

// Problems lists every Problem, for catalogues to cover.
var Problems = []Problem{ProblemRequired, ProblemBadDate, ProblemFuture, ProblemTooLong, ProblemBadUTF8,
	ProblemNUL, ProblemUnknown, ProblemOrder, ProblemNotFound, ProblemTaken, ProblemBadYear, ProblemTooEarly,
	ProblemRequestOnly, ProblemBadMonth, ProblemBadTarget, ProblemTwice, ProblemAmbiguous,
	ProblemNoSuchDay, ProblemEraDate}

// FieldError is a validation failure of one field. Nothing is written when a
// store method returns one.
type FieldError struct {
	Field   string // the field's name as the user knows it: "date", "title", "partners"…
	Problem Problem
	Value   string // the offending value, for ProblemUnknown and ProblemOrder
	// For ProblemUnknown, when they are few: the values there are (kinds,
	// as stored).
	Allowed []string
	Limit   int // the size limit in characters, for ProblemTooLong
	// For ProblemOrder: the field the date must not come before, and its
	// value.
	After, AfterValue string
	// For ProblemNoSuchDay and ProblemEraDate: the date as written, and
	// why it is none.
	Date *dates.Error
	// For ProblemTaken, when known: the partner that has the name.
	Holder *Holder
}

// Holder is the record a name belongs to, named for a person.
type Holder struct {
	ID              int64
	Name, ShortName string
	Archived        bool // which the list of partners does not show until asked
}

// DateError is the FieldError of field for err, an error of dates.Parse:
// ProblemNoSuchDay, ProblemEraDate or ProblemBadDate, Value the text.
func DateError(field string, err error) *FieldError {
	fe := &FieldError{Field: field, Problem: ProblemBadDate}
	var de *dates.Error
	if errors.As(err, &de) {
		fe.Value = de.Text
		switch de.Problem {
		case dates.NoSuchDay:
			fe.Problem, fe.Date = ProblemNoSuchDay, de
		case dates.OutOfEra:
			fe.Problem, fe.Date = ProblemEraDate, de
		}
	}
	return fe
}

func (e *FieldError) Error() string {
	switch e.Problem {
	case ProblemTooLong:
		return fmt.Sprintf("%s: too long (limit %d characters)", e.Field, e.Limit)
	case ProblemOrder:
		return fmt.Sprintf("%s: %q is before %s %q", e.Field, e.Value, e.After, e.AfterValue)
	case ProblemNoSuchDay, ProblemEraDate:
		if e.Date != nil {
			return fmt.Sprintf("%s: %s", e.Field, e.Date)
		}
	case ProblemUnknown, ProblemTaken, ProblemBadYear, ProblemTooEarly, ProblemBadMonth, ProblemBadTarget, ProblemTwice, ProblemAmbiguous:
		return fmt.Sprintf("%s: %s %q", e.Field, e.Problem, e.Value)
	}
	return fmt.Sprintf("%s: %s", e.Field, e.Problem)
}

// Size limits of text fields, in characters (Unicode code points), so that
// Japanese text has the room English has. SQLite's own ceiling (a billion
// bytes) is far above any of them.
const (
	MaxTitle     = 300
	MaxSummary   = 64 << 10
	MaxShort     = 200 // names, authors, owners
	MaxNote      = 16 << 10
	MaxShortName = 40
)

// DateLayout is how calendar dates are written and stored.
const DateLayout = "2006-01-02"

// MinDate is the earliest date accepted anywhere.
const MinDate = "1900-01-01"

// LatestOffset is the timezone furthest ahead of UTC (UTC+14, Kiribati): a
// date is "after today" only if it is after today there, so that a user
// ahead of the server's clock is never refused their own today.
const LatestOffset = 14 * time.Hour

// LatestToday is the calendar day it is, at now, in the timezone furthest
// ahead of UTC.
func LatestToday(now time.Time) time.Time {
	return dateOf(now.UTC().Add(LatestOffset))
}

// ParseDate parses a YYYY-MM-DD calendar date, rejecting impossible ones such
// as 2025-02-30.
func ParseDate(s string) (time.Time, error) {
	if len(s) != len(DateLayout) {
		return time.Time{}, fmt.Errorf("not YYYY-MM-DD: %q", s)
	}
	return time.Parse(DateLayout, s)
}

// CheckText reports the problem with a text field's value, if any: invalid
// UTF-8, a NUL byte, over limit characters, or (if required) empty after
// trimming.
func CheckText(field, v string, limit int, required bool) *FieldError {
	switch {
	case !utf8.ValidString(v):
		return &FieldError{Field: field, Problem: ProblemBadUTF8}
	case strings.IndexByte(v, 0) >= 0:
		return &FieldError{Field: field, Problem: ProblemNUL}
	case len(v) > limit && utf8.RuneCountInString(v) > limit:
		return &FieldError{Field: field, Problem: ProblemTooLong, Limit: limit}
	case required && strings.TrimSpace(v) == "":
		return &FieldError{Field: field, Problem: ProblemRequired}
	}
	return nil
}

// CheckDate reports the problem with a date field's value, if any. An empty
// value is a problem only if required; a date before MinDate always is; a
// date after today, anywhere on Earth at now, is one unless future is
// allowed.
func CheckDate(field, v string, now time.Time, required, future bool) *FieldError {
	if v == "" {
		if required {
			return &FieldError{Field: field, Problem: ProblemRequired}
		}
		return nil
	}
	d, err := ParseDate(v)
	if err != nil {
		if fe := DateError(field, firstErr(dates.Parse(v))); fe.Problem != ProblemBadDate {
			return fe // 2026-02-30, H31.5.1: written as a date, but none
		}
		return &FieldError{Field: field, Problem: ProblemBadDate, Value: v}
	}
	if v < MinDate {
		return &FieldError{Field: field, Problem: ProblemTooEarly, Value: v}
	}
	if !future && d.After(LatestToday(now)) {
		return &FieldError{Field: field, Problem: ProblemFuture, Value: v}
	}
	return nil
}

func firstErr(_ string, err error) error { return err }

// checkOrder refuses a date (field, v) before another (after, av); empty
// dates are not compared.
func checkOrder(field, v, after, av string) *FieldError {
	if v != "" && av != "" && v < av {
		return &FieldError{Field: field, Problem: ProblemOrder, Value: v, After: after, AfterValue: av}
	}
	return nil
}

// dateOf is t's calendar day, at midnight UTC, for comparing with parsed dates.
func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// IsEntryKind reports whether k is one of EntryKinds.
func IsEntryKind(k EntryKind) bool {
	for _, x := range EntryKinds {
		if x == k {
			return true
		}
	}
	return false
}

// IsPartnerKind reports whether k is one of PartnerKinds.
func IsPartnerKind(k PartnerKind) bool {
	for _, x := range PartnerKinds {
		if x == k {
			return true
		}
	}
	return false
}

// Validate checks every field of e that can be checked without the database,
// as of now, and returns the first problem found. Every entry needs a
// partner; every entry but news needs a goal (EntryKind.NeedsGoal). A
// request's first response may not come before its opening (its opened
// date, or the entry's date when it has none), nor its closing before the
// first response or the opening.
func (e *NewEntry) Validate(now time.Time) *FieldError {
	if fe := CheckDate("date", e.Date, now, true, false); fe != nil {
		return fe
	}
	if !IsEntryKind(e.Kind) {
		if e.Kind == "" {
			return &FieldError{Field: "kind", Problem: ProblemRequired}
		}
		return &FieldError{Field: "kind", Problem: ProblemUnknown, Value: string(e.Kind)}
	}
	if len(e.PartnerIDs) == 0 {
		return &FieldError{Field: "partners", Problem: ProblemRequired}
	}
	if len(e.GoalIDs) == 0 && e.Kind.NeedsGoal() {
		return &FieldError{Field: "goals", Problem: ProblemRequired}
	}
	if fe := CheckText("title", e.Title, MaxTitle, true); fe != nil {
		return fe
	}
	if fe := CheckText("summary", e.Summary, MaxSummary, false); fe != nil {
		return fe
	}
	if fe := CheckText("author", e.Author, MaxShort, false); fe != nil {
		return fe
	}
	if e.Kind != KindRequest {
		if e.Opened != "" || e.FirstResponse != "" || e.Closed != "" || e.CameFirst {
			return &FieldError{Field: "kind", Problem: ProblemRequestOnly, Value: string(e.Kind)}
		}
		return nil
	}
	for _, f := range []struct{ name, v string }{{"opened", e.Opened}, {"first response", e.FirstResponse}, {"closed", e.Closed}} {
		if fe := CheckDate(f.name, f.v, now, false, false); fe != nil {
			return fe
		}
	}
	// The request opened on its opened date, or, with none, on the
	// entry's date (a request logged later than it was opened is not
	// refused its earlier answer).
	opening, openedOn := "opened", e.Opened
	if openedOn == "" {
		opening, openedOn = "date", e.Date
	}
	for _, c := range []struct{ field, v, after, av string }{
		{"first response", e.FirstResponse, opening, openedOn},
		{"closed", e.Closed, "first response", e.FirstResponse},
		{"closed", e.Closed, opening, openedOn},
	} {
		if fe := checkOrder(c.field, c.v, c.after, c.av); fe != nil {
			return fe
		}
	}
	return nil
}
