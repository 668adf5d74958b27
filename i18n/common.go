package i18n

import "vision2030/store"

// Common is the words every part of vision2030 shares: the vision, kinds, statuses, field problems and file errors.
type Common struct {
	// Heading and tabs.
	VisionName    string
	YearsLeft     string // %.1f years, %d days, to the end of 2030
	VisionOver    string // after 2030
	AsOf          string // %s date
	Formulated    string
	Ideal         string // the vision's ultimate ideal
	TabDashboard  string
	TabPartners   string
	TabEntries    string
	TooSmall      string // %d×%d needed
	Loading       string
	LoadFailed    string // %v error
	Refreshed     string // "updated" status
	UnknownCount  string // placeholder when a number is not yet known
	NoValue       string // placeholder for an empty field
	Ellipsis      string
	PartnersTotal string // %d partners, %d countries, %d entries
	Statuses      map[store.GoalStatus]string
	No            string
	// Actions.
	TabActions      string
	RequestStatuses map[store.RequestStatus]string
	// Field problems, by store.Problem; each a format of the field name (%s)
	// and, where noted, the value or limit.
	FieldRequired    string // %s field
	FieldBadDate     string // %s field, %q value
	FieldFuture      string // %s field, %q value
	FieldTooLong     string // %s field, %d limit
	FieldBadUTF8     string // %s field
	FieldNUL         string // %s field
	FieldUnknown     string // %s field, %q value
	FieldOrder       string // %s field, %q value, %s other field, %q its value
	FieldTooEarly    string // %s field, %q value
	FieldRequestOnly string // %s field (kind), %s the kind
	FieldNotFound    string // %s field
	FieldTaken       string // %s field, %q value
	FieldBadYear     string // %s field, %q value
	// Field names, by the store's field name.
	Fields map[string]string
	// Kinds, by stored word.
	EntryKinds   map[store.EntryKind]string
	PartnerKinds map[store.PartnerKind]string
	ErrNotDB     string // %s path
	ErrNewer     string // %s path, %d version, %d known
	ErrOpen      string // %s path, %v error
	// The state of the file: a write refused because it cannot be written,
	// or because it is damaged; a read-only file too old to open.
	ErrReadOnly    string // %s path
	ErrDamaged     string // %s path
	HintReadOnly   string
	HintDamaged    string
	ErrOldReadOnly string // %s path, %d version, %d known
	// Filter problems, by store.FilterProblem: each a format of the term.
	FilterProblems map[store.FilterProblem]string
	FilterKeysHint string // %s keys
	Yes            string
}

var enCommon = Common{
	VisionName:    "International Vision 20-30",
	YearsLeft:     "%.1f years (%d days) left to the end of 2030",
	VisionOver:    "2030 has passed",
	AsOf:          "as of %s",
	Formulated:    "formulated 2017",
	Ideal:         "“the happiness of all people involved in the global automobile industry”",
	TabDashboard:  "Dashboard",
	TabPartners:   "Partners",
	TabEntries:    "Entries",
	TooSmall:      "Terminal too small: %d×%d needed",
	Loading:       "Loading…",
	LoadFailed:    "Could not load: %v",
	Refreshed:     "updated",
	UnknownCount:  "–",
	NoValue:       "—",
	Ellipsis:      "…",
	PartnersTotal: "%d partners in %d countries · %d entries",

	Statuses: map[store.GoalStatus]string{store.OnTrack: "on track", store.AtRisk: "at risk",
		store.OffTrack: "off track", store.NoData: "no data"},
	No:               "no",
	TabActions:       "Actions",
	RequestStatuses:  map[store.RequestStatus]string{store.StatusOpen: "open", store.StatusAnswered: "answered", store.StatusClosed: "closed"},
	FieldRequired:    "%s: required",
	FieldBadDate:     "%s: %q is not a date (YYYY-MM-DD)",
	FieldFuture:      "%s: %q is in the future",
	FieldTooLong:     "%s: too long (at most %d bytes)",
	FieldBadUTF8:     "%s: not valid UTF-8 text",
	FieldNUL:         "%s: contains a NUL byte",
	FieldUnknown:     "%s: unknown %q",
	FieldOrder:       "%s: %q is before the %s (%q)",
	FieldTooEarly:    "%s: %q is before 1900-01-01",
	FieldRequestOnly: "%s: request dates and \"came first\" are only for requests, not for a %s",
	FieldNotFound:    "%s: not found",
	FieldTaken:       "%s: %q is already used by another partner",
	FieldBadYear:     "%s: %q is not a year between 1800 and this one",

	Fields: map[string]string{
		"date": "date", "kind": "kind", "partners": "partners", "goals": "goals", "title": "title",
		"summary": "summary", "author": "author", "opened": "opened", "first response": "first response",
		"closed": "closed", "stage": "stage", "note": "note", "entry": "entry",
		"name": "name", "short name": "short name", "country": "country", "since": "since", "contact": "contact",
		"companies": "companies", "notes": "notes", "what": "what", "owner": "owner", "due": "due", "done": "done",
		"came first": "came first", "japanese name": "Japanese name", "reading": "reading", "tracked": "tracked",
		"archived": "archived",
	},
	EntryKinds: map[store.EntryKind]string{
		store.KindConsultation: "consultation", store.KindConference: "conference", store.KindSeminar: "seminar",
		store.KindVisit: "visit", store.KindOnlineMeeting: "online meeting", store.KindCorrespondence: "correspondence",
		store.KindRequest: "request", store.KindNews: "news",
	},
	PartnerKinds: map[store.PartnerKind]string{
		store.KindUnion: "union", store.KindFederation: "federation", store.KindGlobalUnion: "global union",
		store.KindNationalCentre: "national centre", store.KindInternationalOrg: "international org.",
		store.KindGovernment: "government", store.KindEmployer: "employer", store.KindNGO: "NGO", store.KindOther: "other",
	},

	ErrNotDB: "%s is not a vision2030 (SQLite) database; it was left untouched",
	ErrNewer: "%s was written by a newer vision2030 (schema %d; this one knows up to %d); it was left untouched — upgrade vision2030",
	ErrOpen:  "cannot open %s: %v",

	ErrReadOnly:    "%s is open read-only (this user cannot write the file or its folder), so nothing was changed",
	ErrDamaged:     "%s is damaged, so nothing was changed",
	HintReadOnly:   "ask for write access, or work on a copy ('vision2030 backup' makes one)",
	HintDamaged:    "run 'vision2030 check', and restore the file from a backup",
	ErrOldReadOnly: "%s was written by an older vision2030 (schema %d; this one needs %d) and cannot be upgraded here because it is read-only; open a writable copy",

	FilterProblems: map[store.FilterProblem]string{
		store.FilterUnknownKey:  "filter: %q: unknown key",
		store.FilterBadValue:    "filter: %q: not a valid value for this key",
		store.FilterEmptyValue:  "filter: %q: needs a value",
		store.FilterOpenQuote:   "filter: %q: missing closing quote",
		store.FilterEmptyPeriod: "filter: %q: since is after until",
		store.FilterTooLong:     "filter: %q: too long",
		store.FilterBadText:     "filter: %q: not valid text",
	},
	FilterKeysHint: "keys: %s; words and \"phrases\" search titles, summaries and partners",

	Yes: "yes",
}
