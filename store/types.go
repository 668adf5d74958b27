package store

// Goal is one of the vision's three primary goals. Its texts are in English
// and Japanese; the Japanese ones are translations until JAConfirmed.
type Goal struct {
	ID                         int
	Title, TitleJA             string  // the goal in the vision's words
	ShortTitle, ShortTitleJA   string  // a few words for narrow screens
	Description, DescriptionJA string  // longer explanation, may be empty
	DescriptionDraft           bool    // the description is not in the sources: a draft for JAW to confirm
	JAConfirmed                bool    // JAW has confirmed the Japanese texts
	Target                     float64 // share of tracked partners at stage >= 3 wanted by 2030, 0–1
	TargetDefault              bool    // the target is the default setting, not one JAW has set
	Version                    int64
}

// Stage is one rung of a goal's rubric: how far a partner has come on it.
type Stage struct {
	GoalID           int
	Stage            int // 0–4
	Name, NameJA     string
	Rubric, RubricJA string
	RubricDraft      bool // the rubric line is not in the sources: a draft for JAW to confirm
	JAConfirmed      bool
	Version          int64
}

// Region is a part of the world countries are grouped by on screen.
type Region struct {
	Code           string // "south_east_asia"
	NameEN, NameJA string
}

// FrameworkStage is the stage from which a partner counts toward a goal's
// progress: the framework exists.
const FrameworkStage = 3

// MaxStage is the top of every rubric: JAW is the first place to consult.
const MaxStage = 4

// Country is a country or territory, keyed by its ISO 3166-1 alpha-2 code.
type Country struct {
	Code   string
	NameEN string
	NameJA string // as Japan's foreign ministry writes it: 米国, 英国
	Yomi   string // reading of NameJA in kana, for 五十音 order; "" where NameJA is kana
	Region string // a Region's code
}

// PartnerKind is what sort of organisation a partner is.
type PartnerKind string

// The partner kinds, stored and typed as these words.
const (
	KindUnion            PartnerKind = "union"
	KindFederation       PartnerKind = "federation"
	KindGlobalUnion      PartnerKind = "global_union"
	KindNationalCentre   PartnerKind = "national_centre"
	KindInternationalOrg PartnerKind = "international_org"
	KindGovernment       PartnerKind = "government"
	KindEmployer         PartnerKind = "employer"
	KindNGO              PartnerKind = "ngo"
	KindOther            PartnerKind = "other"
)

// PartnerKinds lists every partner kind in display order.
var PartnerKinds = []PartnerKind{KindUnion, KindFederation, KindGlobalUnion, KindNationalCentre,
	KindInternationalOrg, KindGovernment, KindEmployer, KindNGO, KindOther}

// Partner is an organisation JAW works with.
type Partner struct {
	ID          int64
	UID         string // stable across exports and imports
	Name        string
	NameJA      string // optional Japanese name
	Yomi        string // optional reading in kana, for 五十音 order
	ShortName   string
	Kind        PartnerKind
	CountryCode string
	Companies   string // related companies, free text
	Since       int    // year the relationship began; 0 if unknown
	Contact     string
	Notes       string
	// Tracked partners are those whose labour–management relations the
	// vision measures: goal progress counts them. New partners of kinds
	// union and federation are tracked unless said otherwise.
	Tracked     bool
	Archived    bool
	Version     int64  // moves on with every change
	LastContact string // date of the newest live contact (not news) with the partner; "" if none
}

// TrackedByDefault reports whether a new partner of kind k is tracked unless
// said otherwise.
func TrackedByDefault(k PartnerKind) bool { return k == KindUnion || k == KindFederation }

// Label is the partner's short name if it has one, else its name.
func (p Partner) Label() string {
	if p.ShortName != "" {
		return p.ShortName
	}
	return p.Name
}

// EntryKind is what sort of event an entry records.
type EntryKind string

// The entry kinds, stored and typed as these words.
const (
	KindConsultation   EntryKind = "consultation"
	KindConference     EntryKind = "conference"
	KindSeminar        EntryKind = "seminar"
	KindVisit          EntryKind = "visit"
	KindOnlineMeeting  EntryKind = "online_meeting"
	KindCorrespondence EntryKind = "correspondence"
	KindRequest        EntryKind = "request"
	// KindNews is an event in the field that JAW records but took no part
	// in. It is never counted as a contact, and it may have no goal: news
	// is linked to a goal only where its text supports one.
	KindNews EntryKind = "news"
)

// EntryKinds lists every entry kind in display order.
var EntryKinds = []EntryKind{KindConsultation, KindConference, KindSeminar, KindVisit,
	KindOnlineMeeting, KindCorrespondence, KindRequest, KindNews}

// IsContact reports whether an entry of kind k is a contact with its
// partners: every kind but news.
func (k EntryKind) IsContact() bool { return k != KindNews }

// NeedsGoal reports whether an entry of kind k must be linked to at least
// one goal: every kind but news. A contact is always made for the vision;
// news is recorded for what it is, and linked to a goal only where its text
// supports one.
func (k EntryKind) NeedsGoal() bool { return k != KindNews }

// PartnerRef names a partner linked to an entry.
type PartnerRef struct {
	ID    int64
	Label string
}

// Entry is one logged event.
type Entry struct {
	ID       int64
	UID      string // stable across exports and imports
	Version  int64  // moves on with every change, links included
	Date     string // YYYY-MM-DD
	Kind     EntryKind
	Title    string
	Summary  string // Markdown
	Author   string
	Partners []PartnerRef
	Goals    []int
	// Request dates (YYYY-MM-DD or ""), for kind request.
	Opened, FirstResponse, Closed string
	CameFirst                     bool
	CreatedAt, UpdatedAt          string // UTC, RFC 3339
	DeletedAt                     string // UTC, RFC 3339; "" unless deleted
}

// NewEntry is what a user supplies to log an entry.
type NewEntry struct {
	UID        string // "" for a new one; set by seeds and imports
	Date       string
	Kind       EntryKind
	Title      string
	Summary    string
	Author     string
	PartnerIDs []int64
	GoalIDs    []int
	// Request dates, for kind request; "" when not known.
	Opened, FirstResponse, Closed string
	CameFirst                     bool
}

// RequestStatus is where a request stands; it follows from its dates.
type RequestStatus string

// The request statuses.
const (
	StatusOpen     RequestStatus = "open"     // no response yet
	StatusAnswered RequestStatus = "answered" // JAW has responded; not closed
	StatusClosed   RequestStatus = "closed"
)

// RequestStatuses lists every request status, for catalogues to cover.
var RequestStatuses = []RequestStatus{StatusOpen, StatusAnswered, StatusClosed}

// GoalStatuses lists every goal status, for catalogues to cover.
var GoalStatuses = []GoalStatus{OnTrack, AtRisk, OffTrack, NoData}

// Status is the entry's request status, or "" if it is not a request.
func (e Entry) Status() RequestStatus {
	switch {
	case e.Kind != KindRequest:
		return ""
	case e.Closed != "":
		return StatusClosed
	case e.FirstResponse != "":
		return StatusAnswered
	}
	return StatusOpen
}

// Edit returns e as a NewEntry, the values an edit form starts from; Diff
// turns the edited values into a patch.
func (e Entry) Edit() NewEntry {
	n := NewEntry{Date: e.Date, Kind: e.Kind, Title: e.Title, Summary: e.Summary, Author: e.Author,
		GoalIDs: append([]int(nil), e.Goals...), Opened: e.Opened, FirstResponse: e.FirstResponse,
		Closed: e.Closed, CameFirst: e.CameFirst}
	for _, p := range e.Partners {
		n.PartnerIDs = append(n.PartnerIDs, p.ID)
	}
	return n
}

// Action is a follow-up from an entry, as stored.
type Action struct {
	ID int64
	NewAction
	EntryTitle string
	Done       string // YYYY-MM-DD or "" while open
	Version    int64
	CreatedAt  string
}

// NewAction is what a user supplies to add an action.
type NewAction struct {
	UID     string // "" for a new one; set by imports
	EntryID int64
	What    string
	Owner   string
	Due     string // YYYY-MM-DD or ""
	Author  string
}

// Strings are ks as strings: kinds, statuses, as stored.
func Strings[K ~string](ks []K) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}
