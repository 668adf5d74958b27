// Package dates reads a date as people write it: 2026-11-20, 2026/11/20,
// 2026年11月20日, 20261120, Japan's era calendar (令和8年11月20日, R8.11.20),
// full-width digits too. The import (transfer), the dashboard's date fields
// and the filter language (store) all read dates with it, so that each
// accepts what the others do.
package dates

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Layout is how a date is stored: YYYY-MM-DD.
const Layout = "2006-01-02"

// Problem says why a text is not a date.
type Problem string

const (
	// NotADate: the text is not written as a date at all.
	NotADate Problem = "not_a_date"
	// NoSuchDay: written as a date, but the day does not exist
	// (2026-02-30, 2026-13-01).
	NoSuchDay Problem = "no_such_day"
	// OutOfEra: a real day written in an era that had ended, or not yet
	// begun (平成31年5月1日 was 令和元年5月1日).
	OutOfEra Problem = "out_of_era"
)

// Error is a text that is not a date, and why.
type Error struct {
	Text    string
	Problem Problem
	// For NoSuchDay: the year and month written (Month 0 when the month
	// itself is not one of 1–12), and the days that month has.
	Year, Month, Days int
	// For OutOfEra: the era's name (平成) and its first and last days as
	// YYYY-MM-DD (Last "" for the era under way).
	Era, First, Last string
}

func (e *Error) Error() string {
	switch e.Problem {
	case NoSuchDay:
		if e.Month == 0 {
			return fmt.Sprintf("%q: there is no such month", e.Text)
		}
		return fmt.Sprintf("%q: %s %d has %d days", e.Text, time.Month(e.Month), e.Year, e.Days)
	case OutOfEra:
		return fmt.Sprintf("%q is not a day of %s, which ran from %s to %s", e.Text, e.Era, e.First, e.Last)
	}
	return fmt.Sprintf("%q is not a date", e.Text)
}

// era is a Japanese imperial era: its names and its first and last days.
type era struct {
	names []string // 令和, and the letter written before a short date: R
	first time.Time
	last  time.Time // zero for the era under way
}

// Day is y-m-d at midnight UTC.
func Day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// eras are the eras a date in the bureau's records may be written in.
var eras = []era{
	{names: []string{"令和", "r"}, first: Day(2019, time.May, 1)},
	{names: []string{"平成", "h"}, first: Day(1989, time.January, 8), last: Day(2019, time.April, 30)},
	{names: []string{"昭和", "s"}, first: Day(1926, time.December, 25), last: Day(1989, time.January, 7)},
	{names: []string{"大正", "t"}, first: Day(1912, time.July, 30), last: Day(1926, time.December, 24)},
	{names: []string{"明治", "m"}, first: Day(1868, time.January, 25), last: Day(1912, time.July, 29)},
}

var (
	// 2025-04-21, 2025/4/21, 2025.4.21, 2025年4月21日; a time after it is
	// dropped.
	ymdRe = lazyRegexp(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$`)
	// 令和7年4月21日, 令和元年5月1日, r7.4.21, r7/4/21, h31-4-30.
	eraRe = lazyRegexp(`^(\p{Han}{2}|[a-z])\s*(\d{1,2}|元)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)
	// 20250421
	compactRe = lazyRegexp(`^(\d{4})(\d{2})(\d{2})$`)
	// 昭和60, s60, 令和元: a year of an era (年 taken off).
	eraYearRe = lazyRegexp(`^(\p{Han}{2}|[a-z])\s*(\d{1,2}|元)$`)
	// 3d, 2w, 1m, -3d, +7d, +7: a span from today.
	relativeRe = lazyRegexp(`^([+-]?)(\d{1,4})\s*([dwm]?)$`)
)

// lazyRegexp compiles expr the first time it is needed, not in every
// process that starts.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// Normal is s in the form its digits and signs are read in: NFKC (full
// width digits become ASCII), lower case, trimmed.
func Normal(s string) string {
	return strings.ToLower(strings.TrimSpace(norm.NFKC.String(s)))
}

// Parse reads a date as people write it. It returns the date as
// YYYY-MM-DD ("" for empty text), or an *Error saying why not.
func Parse(text string) (string, error) {
	s := Normal(text)
	if s == "" {
		return "", nil
	}
	if m := ymdRe().FindStringSubmatch(s); m != nil {
		return ymd(text, atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := compactRe().FindStringSubmatch(s); m != nil {
		return ymd(text, atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := eraRe().FindStringSubmatch(s); m != nil {
		return eraDate(text, m[1], m[2], atoi(m[3]), atoi(m[4]))
	}
	return "", &Error{Text: text, Problem: NotADate}
}

// Year reads a year as people write it: 1985, １９８５, 1985年, 昭和60年,
// S60 or 令和元年. ok is false for any other text, and for an era's year
// that the era did not reach (平成32年).
func Year(text string) (year int, ok bool) {
	s := strings.TrimSuffix(Normal(text), "年")
	if n, err := strconv.Atoi(s); err == nil && len(s) == 4 {
		return n, true
	}
	m := eraYearRe().FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	for _, e := range eras {
		if !slices.Contains(e.names, m[1]) {
			continue
		}
		n := 1
		if m[2] != "元" {
			n = atoi(m[2])
		}
		y := e.first.Year() + n - 1
		if n < 1 || (!e.last.IsZero() && y > e.last.Year()) {
			return 0, false
		}
		return y, true
	}
	return 0, false
}

// Relative reads a span from today: a number of days, weeks or months
// (3d, 2w, 1m), full width too. A sign says the direction (-3d ago, +7d
// ahead; +7 is days); a bare amount counts back, or forward when ahead is
// set (a due date). ok is false for any other text.
func Relative(text string, today time.Time, ahead bool) (date string, ok bool) {
	m := relativeRe().FindStringSubmatch(Normal(text))
	if m == nil || (m[1] == "" && m[3] == "") {
		return "", false
	}
	n := atoi(m[2])
	if m[1] == "-" || (m[1] == "" && !ahead) {
		n = -n
	}
	switch m[3] {
	case "w":
		today = today.AddDate(0, 0, 7*n)
	case "m":
		today = today.AddDate(0, n, 0)
	default:
		today = today.AddDate(0, 0, n)
	}
	return today.Format(Layout), true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// ymd checks that y-m-d is a real day.
func ymd(text string, y, m, d int) (string, error) {
	if m < 1 || m > 12 {
		return "", &Error{Text: text, Problem: NoSuchDay, Year: y}
	}
	t := Day(y, time.Month(m), d)
	if d < 1 || t.Day() != d || t.Month() != time.Month(m) {
		days := Day(y, time.Month(m)+1, 0).Day()
		return "", &Error{Text: text, Problem: NoSuchDay, Year: y, Month: m, Days: days}
	}
	return t.Format(Layout), nil
}

// eraDate reads a date of a Japanese era: name (令和 or R), year (a number
// or 元, the first), month and day. A day outside the era (平成31年5月1日,
// which was 令和元年5月1日) is refused, saying when the era ran.
func eraDate(text, name, year string, m, d int) (string, error) {
	for _, e := range eras {
		for _, n := range e.names {
			if n != name {
				continue
			}
			y := 1
			if year != "元" {
				y = atoi(year)
			}
			if y < 1 {
				return "", &Error{Text: text, Problem: NotADate}
			}
			s, err := ymd(text, e.first.Year()+y-1, m, d)
			if err != nil {
				return "", err
			}
			t, _ := time.Parse(Layout, s)
			if t.Before(e.first) || (!e.last.IsZero() && t.After(e.last)) {
				last := ""
				if !e.last.IsZero() {
					last = e.last.Format(Layout)
				}
				return "", &Error{Text: text, Problem: OutOfEra, Era: e.names[0], First: e.first.Format(Layout), Last: last}
			}
			return s, nil
		}
	}
	return "", &Error{Text: text, Problem: NotADate}
}
