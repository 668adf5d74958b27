package cli

import (
	"strings"

	"vision2030/dates"
)

// isoDate is the value of a date flag as it is stored: a date written as
// the forms, the import and the filter read it (2026-04-01, 2026/04/01,
// R8.4.1, 令和8年4月1日) becomes YYYY-MM-DD. A value that is no date is
// given back trimmed, for the check that follows to refuse, naming the
// flag (and saying why: no such day, a day out of its era).
func isoDate(v string) string {
	v = strings.TrimSpace(v)
	if d, err := dates.Parse(v); err == nil {
		return d
	}
	return v
}
