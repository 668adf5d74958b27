package transfer

import (
	"errors"
	"math"
	"slices"
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

// Serial numbers of dates in Excel's 1900 system: 1 is 1900-01-01, 59 is
// 1900-02-28, 60 the 1900-02-29 that never was (Lotus 1-2-3 took 1900 for
// a leap year, and Excel kept it), 61 is 1900-03-01, up to 9999-12-31.
const (
	minSerial  = 1
	leapSerial = 60
	maxSerial  = 2958465
)

// serialTime is the time a spreadsheet's serial number f (days, and a
// fraction of a day) stands for in the 1900 system; ok is false outside
// 1900-01-01..9999-12-31 and on the fictitious 1900-02-29 (serial 60).
func serialTime(f float64) (t time.Time, ok bool) {
	if math.IsNaN(f) || f < minSerial || f >= maxSerial+1 || math.Floor(f) == leapSerial {
		return time.Time{}, false
	}
	epoch := excelEpoch
	if f < leapSerial {
		epoch = epoch.AddDate(0, 0, 1) // before the day that never was
	}
	days := math.Floor(f)
	secs := math.Round((f - days) * 86400)
	return epoch.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second), true
}

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
	if f, err := strconv.ParseFloat(normal(cell), 64); err == nil {
		if t, ok := serialTime(math.Floor(f)); ok {
			return t.Format(store.DateLayout), nil
		}
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
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		if t, ok := serialTime(f); ok {
			return t.Format(time.RFC3339), nil
		}
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

// listSeps separate the items of a list cell: the ; export writes (or
// ；, or a new line), which names do not hold.
const listSeps = ";；\n\r"

// goalSeps separate the goals of a goals cell: a list's separators and
// commas (, 、 ，), which a goal's title may also hold (goalItems sees to
// that).
const goalSeps = listSeps + ",、，"

// splitList splits a list cell at listSeps. A cell of partner ids may
// also use commas and spaces.
func splitList(cell string, commas bool) []string {
	seps := listSeps
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

// goalItems splits a goals cell into the goals it names: the pieces
// between goalSeps, where pieces that together are a title (isTitle: "Sound,
// sustainable companies") are one item, and a piece of numbers with spaces
// or slashes between them ("1 2", "1/2") is an item per number. A piece that
// is neither a title nor numbers is one item, to be refused as a whole.
func goalItems(cell string, isTitle func(string) bool) []string {
	type piece struct{ from, to int }
	var pieces []piece
	from := 0
	for i, r := range cell {
		if strings.ContainsRune(goalSeps, r) {
			pieces = append(pieces, piece{from, i})
			from = i + len(string(r))
		}
	}
	pieces = append(pieces, piece{from, len(cell)})
	var out []string
	for i := 0; i < len(pieces); i++ {
		if strings.TrimSpace(cell[pieces[i].from:pieces[i].to]) == "" {
			continue
		}
		j := len(pieces) - 1
		for ; j > i; j-- { // the longest run of pieces that is a title
			if isTitle(cell[pieces[i].from:pieces[j].to]) {
				break
			}
		}
		item := strings.TrimSpace(cell[pieces[i].from:pieces[j].to])
		i = j
		if !isTitle(item) {
			if nums := strings.FieldsFunc(item, func(r rune) bool { return strings.ContainsRune(" 　/・", r) }); len(nums) > 1 &&
				!slices.ContainsFunc(nums, func(n string) bool { _, ok := parseInt(n); return !ok }) {
				out = append(out, nums...)
				continue
			}
		}
		out = append(out, item)
	}
	return out
}
