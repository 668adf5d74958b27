package transfer

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"vision2030/dates"
	"vision2030/store"
)

// Reading a cell's value as the type its column holds. A spreadsheet holds
// a date as a serial number (days since 1899-12-30) when the cell is
// formatted as a date, and as text otherwise; people type dates with
// slashes, with 年月日, or in Japan's era calendar. All of these are read;
// what is refused is said in the store's words (a *store.FieldError).

func day(y int, m time.Month, d int) time.Time { return dates.Day(y, m, d) }

// excelEpoch is day 0 of the 1900 date system as spreadsheets count it
// after 1900-02-28 (Excel's day 60 is a 29 February that never was).
var excelEpoch = day(1899, time.December, 30)

// Serial numbers of dates from 1900-03-01 (61) to 9999-12-31.
const (
	minSerial = 61
	maxSerial = 2958465
)

// normal is s in the form its digits and signs are read in: NFKC (full
// width digits become ASCII), lower case, trimmed.
func normal(s string) string { return dates.Normal(s) }

// ParseDate reads a date as people write it: 2025-04-21, 2025/4/21,
// 2025.4.21, 2025年4月21日, 20250421, or in Japan's era calendar (令和7年4月21日,
// R7.4.21); full-width digits too, with dates.Parse. It returns the date as
// YYYY-MM-DD ("" for empty text), or a *store.FieldError naming field, Value
// the text: ProblemBadDate, or ProblemNoSuchDay (2025-02-30) and
// ProblemEraDate (平成31年5月1日) saying why. The dashboard's date fields
// read what is typed with it, as an import reads a cell.
func ParseDate(field, text string) (string, *store.FieldError) {
	d, err := dates.Parse(text)
	if err != nil {
		return "", store.DateError(field, err)
	}
	return d, nil
}

// parseDate reads a date cell: a date as ParseDate reads it, or a
// spreadsheet's serial number. It returns the date as YYYY-MM-DD, or a
// *store.FieldError (ProblemBadDate, Value the cell) naming field.
func parseDate(field, cell string) (string, *store.FieldError) {
	d, fe := ParseDate(field, cell)
	if fe == nil {
		return d, nil
	}
	if f, err := strconv.ParseFloat(normal(cell), 64); err == nil && !math.IsNaN(f) {
		n := math.Floor(f)
		if n < minSerial || n > maxSerial {
			return "", fe
		}
		return excelEpoch.AddDate(0, 0, int(n)).Format(store.DateLayout), nil
	}
	return "", fe
}

// eraOf says, for a cell written as a real day of a Japanese era's
// calendar that is outside the era (平成31年5月1日: 令和元年 by then), the
// era's name and its first and last days (last "" for the era under way).
func eraOf(cell string) (name, first, last string, ok bool) {
	var de *dates.Error
	if _, err := dates.Parse(cell); errors.As(err, &de) && de.Problem == dates.OutOfEra {
		return de.Era, de.First, de.Last, true
	}
	return "", "", "", false
}

// parseTime reads a timestamp cell (created, updated, deleted): RFC 3339,
// a date and time taken as UTC, or a spreadsheet serial with a fraction of
// a day. It returns RFC 3339 in UTC, to the second.
func parseTime(field, cell string) (string, *store.FieldError) {
	s := strings.TrimSpace(norm.NFKC.String(cell))
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006/01/02 15:04:05", "2006-01-02 15:04", "2006/01/02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC().Format(time.RFC3339), nil
		}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= minSerial && f <= maxSerial {
		secs := math.Round(f * 86400)
		return excelEpoch.Add(time.Duration(secs) * time.Second).Format(time.RFC3339), nil
	}
	if d, fe := parseDate(field, cell); fe == nil {
		return d + "T00:00:00Z", nil
	}
	return "", &store.FieldError{Field: field, Problem: store.ProblemBadDate, Value: cell}
}

// yes and no are the words read as a flag.
var (
	yes = map[string]bool{"true": true, "yes": true, "y": true, "1": true, "x": true, "○": true, "〇": true,
		"◯": true, "✓": true, "✔": true, "はい": true, "有": true, "あり": true, "済": true, "on": true}
	no = map[string]bool{"": true, "false": true, "no": true, "n": true, "0": true, "×": true, "-": true,
		"いいえ": true, "無": true, "なし": true, "off": true}
)

// parseBool reads a flag cell; ok is false for a value that is neither.
func parseBool(cell string) (v, ok bool) {
	s := normal(cell)
	switch {
	case yes[s]:
		return true, true
	case no[s]:
		return false, true
	}
	return false, false
}

// parseInt reads a whole number, written as spreadsheets do (2017 or
// 2017.0, full width or not).
func parseInt(cell string) (int, bool) {
	s := normal(cell)
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1e9 {
		return int(f), true
	}
	return 0, false
}

// splitList splits a list cell at ; (or ；, or a new line): the separator
// export writes, and one that names do not hold. A goals cell may also use
// commas and spaces.
func splitList(cell string, commas bool) []string {
	seps := ";；\n\r"
	if commas {
		seps += ",、 　/・"
	}
	var out []string
	for _, s := range strings.FieldsFunc(cell, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
