package cli

// isoDate is the value of a date flag as it is stored: a date as the forms
// read it — 2026-04-01, 2026/04/01, R8.4.1, 令和8年4月1日, a word (today,
// yesterday, tomorrow) or a span from today (3d, -3d, 2w, 1m) — becomes
// YYYY-MM-DD. A bare span counts back, or forward for a date that looks
// ahead (a due date). A value that is no date is given back trimmed, for
// the check that follows to refuse, naming the flag (and saying why: no
// such day, a day out of its era).
func (a *app) isoDate(v string, ahead bool) string {
	d, _ := a.t.ResolveDate(v, a.Now(), ahead)
	return d
}
