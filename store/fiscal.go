package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// fiscalYearStartKey is the settings key of the month the bureau's year
// starts in. It lives in the database, not in anyone's config file, so that
// every colleague sees the same quarters.
const fiscalYearStartKey = "fiscal_year_start"

// FiscalYear is how the bureau counts years: from the first day of month
// Start. Start January (the default) is the calendar year. A fiscal year is
// named by the calendar year it starts in, as a Japanese 年度 is: with Start
// April, FY2025 (2025年度) runs from 2025-04-01 to 2026-03-31, and its first
// quarter is April to June.
type FiscalYear struct {
	Start time.Month // 1–12; anything else reads as January
}

func (f FiscalYear) start() time.Month {
	if f.Start < time.January || f.Start > time.December {
		return time.January
	}
	return f.Start
}

// IsCalendar reports whether the years are calendar years.
func (f FiscalYear) IsCalendar() bool { return f.start() == time.January }

// Year returns the fiscal year that holds day d.
func (f FiscalYear) Year(d time.Time) int {
	if d.Month() < f.start() {
		return d.Year() - 1
	}
	return d.Year()
}

// Bounds returns the first and last day of fiscal year y.
func (f FiscalYear) Bounds(y int) (first, last time.Time) {
	first = time.Date(y, f.start(), 1, 0, 0, 0, 0, time.UTC)
	return first, first.AddDate(1, 0, -1)
}

// Quarter returns the fiscal year and quarter (1–4) that hold day d, and
// the quarter's last day.
func (f FiscalYear) Quarter(d time.Time) (year, q int, end time.Time) {
	year = f.Year(d)
	q = (int(d.Month())-int(f.start())+12)%12/3 + 1
	first := time.Date(year, f.start()+time.Month(3*(q-1)), 1, 0, 0, 0, 0, time.UTC)
	return year, q, first.AddDate(0, 3, -1)
}

// QuarterToken names a quarter for programs (JSON, CSV) and for
// QuarterPoint.Quarter: "2025Q1" for calendar years, "FY2025Q1" for fiscal
// years that start in another month. People read it through the message
// catalogue, which parses it with ParseQuarterToken.
func (f FiscalYear) QuarterToken(year, q int) string {
	if f.IsCalendar() {
		return fmt.Sprintf("%dQ%d", year, q)
	}
	return fmt.Sprintf("FY%dQ%d", year, q)
}

// ParseQuarterToken reads a QuarterToken: the year, the quarter, and
// whether the year is a fiscal year rather than a calendar one.
func ParseQuarterToken(s string) (year, q int, fiscal, ok bool) {
	rest, fiscal := strings.CutPrefix(s, "FY")
	ys, qs, found := strings.Cut(rest, "Q")
	y, err1 := strconv.Atoi(ys)
	n, err2 := strconv.Atoi(qs)
	if !found || err1 != nil || err2 != nil || n < 1 || n > 4 || len(ys) != 4 {
		return 0, 0, false, false
	}
	return y, n, fiscal, true
}

// fiscalYear reads the fiscal year setting. A value that is not a month
// (written with the sqlite3 shell, say) reads as the default, January, so
// that the dashboard still opens; `check` is the place to report it.
func fiscalYear(ctx context.Context, q querier) (FiscalYear, error) {
	var v string
	err := q.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", fiscalYearStartKey).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return FiscalYear{Start: time.January}, nil
	}
	if err != nil {
		return FiscalYear{}, err
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 || n > 12 {
		return FiscalYear{Start: time.January}, nil
	}
	return FiscalYear{Start: time.Month(n)}, nil
}

// FiscalYear returns how the bureau counts years: the setting
// fiscal_year_start, January when it is not set.
func (s *Store) FiscalYear(ctx context.Context) (FiscalYear, error) {
	return fiscalYear(ctx, s.db)
}

// SetFiscalYearStart sets the month (1–12) the bureau's year starts in, for
// every colleague: quarters, requests per year and the report's periods
// follow it. Errors: a *FieldError (ProblemBadMonth) for a number that is
// not a month; ErrUnchanged, writing nothing, when it already is so.
func (s *Store) SetFiscalYearStart(ctx context.Context, month int) error {
	if month < 1 || month > 12 {
		return &FieldError{Field: "fiscal year start", Problem: ProblemBadMonth, Value: strconv.Itoa(month)}
	}
	want := strconv.Itoa(month)
	return s.write(ctx, func(tx *sql.Tx) error {
		var cur string
		err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", fiscalYearStartKey).Scan(&cur)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if month == 1 {
				return ErrUnchanged // the default
			}
		case err != nil:
			return err
		case cur == want:
			return ErrUnchanged
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, fiscalYearStartKey, want)
		return err
	})
}
