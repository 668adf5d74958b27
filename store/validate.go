package store

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
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
)

// FieldError is a validation failure of one field. Nothing is written when a
// store method returns one.
type FieldError struct {
	Field   string // the field's name as the user knows it: "date", "title", "partners"…
	Problem Problem
	Value   string // the offending value, for ProblemUnknown and ProblemOrder
	Limit   int    // the size limit in bytes, for ProblemTooLong
}

func (e *FieldError) Error() string {
	switch e.Problem {
	case ProblemTooLong:
		return fmt.Sprintf("%s: too long (limit %d bytes)", e.Field, e.Limit)
	case ProblemUnknown, ProblemOrder, ProblemTaken, ProblemBadYear:
		return fmt.Sprintf("%s: %s %q", e.Field, e.Problem, e.Value)
	}
	return fmt.Sprintf("%s: %s", e.Field, e.Problem)
}

// Size limits of text fields, in bytes.
const (
	MaxTitle     = 300
	MaxSummary   = 64 << 10
	MaxShort     = 200 // names, authors, owners
	MaxNote      = 16 << 10
	MaxShortName = 40
)

// DateLayout is how calendar dates are written and stored.
const DateLayout = "2006-01-02"

// ParseDate parses a YYYY-MM-DD calendar date, rejecting impossible ones such
// as 2025-02-30.
func ParseDate(s string) (time.Time, error) {
	if len(s) != len(DateLayout) {
		return time.Time{}, fmt.Errorf("not YYYY-MM-DD: %q", s)
	}
	return time.Parse(DateLayout, s)
}

// CheckText reports the problem with a text field's value, if any: invalid
// UTF-8, a NUL byte, over limit bytes, or (if required) empty after trimming.
func CheckText(field, v string, limit int, required bool) *FieldError {
	switch {
	case !utf8.ValidString(v):
		return &FieldError{Field: field, Problem: ProblemBadUTF8}
	case strings.IndexByte(v, 0) >= 0:
		return &FieldError{Field: field, Problem: ProblemNUL}
	case len(v) > limit:
		return &FieldError{Field: field, Problem: ProblemTooLong, Limit: limit}
	case required && strings.TrimSpace(v) == "":
		return &FieldError{Field: field, Problem: ProblemRequired}
	}
	return nil
}

// CheckDate reports the problem with a date field's value, if any. An empty
// value is a problem only if required; a date after today is one unless
// future is allowed.
func CheckDate(field, v string, today time.Time, required, future bool) *FieldError {
	if v == "" {
		if required {
			return &FieldError{Field: field, Problem: ProblemRequired}
		}
		return nil
	}
	d, err := ParseDate(v)
	if err != nil {
		return &FieldError{Field: field, Problem: ProblemBadDate, Value: v}
	}
	if !future && d.After(dateOf(today)) {
		return &FieldError{Field: field, Problem: ProblemFuture, Value: v}
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
// as of today (local calendar day), and returns the first problem found.
func (e *NewEntry) Validate(today time.Time) *FieldError {
	if fe := CheckDate("date", e.Date, today, true, false); fe != nil {
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
	if len(e.GoalIDs) == 0 {
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
			return &FieldError{Field: "kind", Problem: ProblemUnknown, Value: "request dates on a " + string(e.Kind)}
		}
		return nil
	}
	for _, f := range []struct{ name, v string }{{"opened", e.Opened}, {"first response", e.FirstResponse}, {"closed", e.Closed}} {
		if fe := CheckDate(f.name, f.v, today, false, false); fe != nil {
			return fe
		}
	}
	if e.FirstResponse != "" && e.Opened != "" && e.FirstResponse < e.Opened {
		return &FieldError{Field: "first response", Problem: ProblemOrder, Value: e.FirstResponse}
	}
	if e.Closed != "" && e.Opened != "" && e.Closed < e.Opened {
		return &FieldError{Field: "closed", Problem: ProblemOrder, Value: e.Closed}
	}
	return nil
}
