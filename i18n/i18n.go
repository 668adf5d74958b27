// Package i18n is the catalogue of every user-visible string of vision2030's
// screens and commands. English is the only language today; a Japanese
// catalogue is another value of the same type, so the compiler checks that
// it says everything the English one says.
//
// Strings with a verb (%s, %d) are fmt formats; their arguments are noted
// beside them.
package i18n

import (
	"fmt"

	"vision2030/store"
)

// Catalogue holds every string the UI and the commands show.
type Catalogue struct {
	Lang string // BCP 47 tag: "en", "ja"

	// Heading and tabs.
	VisionName   string
	YearsLeft    string // %.1f years, %d days, to the end of 2030
	VisionOver   string // after 2030
	AsOf         string // %s date
	Formulated   string
	Ideal        string // the vision's ultimate ideal
	TabDashboard string
	TabPartners  string
	TabEntries   string
	TooSmall     string // %d×%d needed
	Loading      string
	LoadFailed   string // %v error
	Refreshed    string // "updated" status
	HelpTitle    string
	HelpClose    string
	// Groups of the help screen.
	HelpMove, HelpScreens, HelpEntries, HelpPartners, HelpForm string
	UnknownCount                                               string // placeholder when a number is not yet known
	NoValue                                                    string // placeholder for an empty field
	Ellipsis                                                   string
	PartnersTotal                                              string // %d partners, %d countries, %d entries

	// Dashboard.
	GoalsHeading      string
	Progress          string
	NotAssessed       string // no assessment yet
	ProgressValue     string // %d at framework, %d assessed
	ProgressShort     string // %.0f %% progress, %.0f %% target
	ProjectionValue   string // %.0f %% projected
	Trend             string
	Statuses          map[store.GoalStatus]string
	RequestsHeading   string
	NoRequests        string
	ColYear           string
	ColRequests       string
	ColCameFirst      string
	ColMedianDays     string
	AllYears          string
	OverdueCount      string // %d overdue
	StaleHeading      string // %d days
	StaleValue        string // %d stale, %d active
	NoStale           string
	AndMore           string // %d more
	GoalHeading       string // %d id, %s title
	ByStageHeading    string
	ByCountryHeading  string
	EnterOpens        string
	NotAssessedShort  string
	ColUnassessed     string
	HistoryHeading    string
	NoHistory         string
	BehindHeading     string // %d count
	NoneBehind        string
	RubricHeading     string
	CountryHeading    string // %s country, %s code, %d goal, %s goal title
	PartnersCount     string // %d partners
	SinceYear         string // %d year
	StagesHeading     string
	AssessHint        string
	NoOpenActions     string
	TimelineHeading   string
	NoEntriesPartner  string
	DeletedMark       string
	KeyEnter          string
	KeyAssess         string
	FormAssessTitle   string // %s partner
	FormGoal          string
	FormStage         string
	FormNote          string
	FormEvidence      string
	FormNoEvidence    string
	StageRecorded     string // %s partner, %d stage, %d goal
	MdTitle           string
	MdGoal            string
	MdProgress        string
	MdTarget          string
	MdStatus          string
	MdProjection      string
	MdStages          string
	MdStagesNote      string
	MdHistory         string
	MdQuarter         string
	Activity          string
	ActivityValue     string // %d in 90 days, %d all time
	LastActivity      string // %s date
	NoActivity        string
	CountriesHeading  string
	ColCountry        string
	ColPartners       string
	ColLastContact    string
	MoreCountries     string // %d more
	NoPartners        string
	NeverContacted    string
	ColDate           string
	ColKind           string
	ColTitle          string
	ColPartnersShort  string
	ColName           string
	EntriesCount      string // %d of %d
	NoEntries         string
	DetailDate        string
	DetailKind        string
	DetailPartners    string
	DetailGoals       string
	DetailAuthor      string
	DetailCreated     string
	DetailRequest     string // opened %s, first response %s, closed %s
	DetailCameFirst   string
	DetailCountry     string
	DetailSince       string
	DetailContact     string
	DetailCompanies   string
	DetailNotes       string
	DetailLastContact string

	// Entry form.
	FormAddTitle     string
	FormDate         string
	FormDateHint     string
	FormKind         string
	FormPartners     string
	FormPartnersHint string
	FormGoals        string
	FormTitle        string
	FormSummary      string
	FormSummaryHint  string
	FormSaving       string
	FormCancelled    string
	EntryAdded       string // %d id
	SaveFailed       string // %v error

	FormEditTitle     string // %d id
	FormRequestTitle  string
	FormRequestHint   string
	FormOpened        string
	FormFirstResponse string
	FormClosed        string
	FormOptionalDate  string
	FormCameFirst     string
	No                string
	FormNewPartner    string
	FormEditPartner   string // %s partner
	FormName          string
	FormShortName     string
	FormCountry       string
	FormFilterHint    string
	FormSince         string
	FormSinceHint     string
	FormContact       string
	FormCompanies     string
	FormNotes         string
	FormNewAction     string
	FormActionFor     string // %d entry id
	FormWhat          string
	FormOwner         string
	FormDue           string
	GoneWhileEditing  string

	// Changes and undo.
	EntryUpdated      string // %d id
	PartnerAdded      string // %s name
	PartnerUpdated    string // %s name
	ActionAdded       string // %d id
	EntryDeleted      string // %d id
	PartnerArchived   string // %s name
	PartnerUnarchived string // %s name
	ActionDone        string // %d id
	ActionReopened    string // %d id
	ConfirmDelete     string // %d id, %s title
	ConfirmArchive    string // %s name
	ConfirmUnarchive  string // %s name
	ConfirmKeys       string
	Undone            string // %s what
	NothingToUndo     string
	UndoAdd           string // %d id
	UndoEdit          string // %d id
	UndoDelete        string // %d id
	UndoPartnerAdd    string // %s name
	UndoPartnerEdit   string // %s name
	UndoArchive       string // %s name
	UndoActionDone    string // %d id
	ChangedElsewhere  string

	// Filter bar.
	FilterPrompt      string
	FilterPlaceholder string
	FilterMatched     string // %d matched
	NoMatches         string

	// Actions.
	TabActions      string
	ActionsHeading  string
	NoActions       string
	NoDueActions    string
	MoreActions     string // %d more
	Overdue         string
	DueOn           string // %s date
	NoDue           string
	DoneOn          string // %s date
	ShowingDone     string
	ShowingArchived string
	Archived        string
	DetailActions   string
	DetailStatus    string
	RequestStatuses map[store.RequestStatus]string

	// Keys: help text for each binding.
	KeyQuit, KeyHelp, KeyNextTab, KeyPrevTab, KeyScreen       string
	KeyUp, KeyDown, KeyPageUp, KeyPageDown, KeyTop, KeyBottom string
	KeyAdd, KeyBack, KeyRefresh                               string
	KeyFormNext, KeyFormPrev, KeyFormToggle, KeyFormFilter    string
	KeyFormCancel                                             string
	KeyFilter, KeyEdit, KeyDelete, KeyUndo, KeyNewPartner     string
	KeyArchive, KeyShowAll, KeyFollowUp, KeyDone              string

	// Field problems, by store.Problem; each a format of the field name (%s)
	// and, where noted, the value or limit.
	FieldRequired string // %s field
	FieldBadDate  string // %s field, %q value
	FieldFuture   string // %s field, %q value
	FieldTooLong  string // %s field, %d limit
	FieldBadUTF8  string // %s field
	FieldNUL      string // %s field
	FieldUnknown  string // %s field, %q value
	FieldOrder    string // %s field, %q value
	FieldNotFound string // %s field
	FieldTaken    string // %s field, %q value
	FieldBadYear  string // %s field, %q value

	// Field names, by the store's field name.
	Fields map[string]string

	// Kinds, by stored word.
	EntryKinds   map[store.EntryKind]string
	PartnerKinds map[store.PartnerKind]string

	// Command line.
	Usage         string
	UsageHint     string // %s program name
	ErrUsage      string // %s program, %v error
	ErrRuntime    string // %s program, %v error
	ErrBadWidth   string // %q value
	ErrNoDataDir  string // %v error
	ErrUnknownCmd string // %q command
	ErrNotDB      string // %s path
	ErrNewer      string // %s path, %d version, %d known
	ErrOpen       string // %s path, %v error

	// Commands: errors.
	ErrNeedValue        string // %s flag
	ErrBadFormat        string // %q value, %s formats
	ErrBadNumber        string // %s flag, %q value
	ErrBadID            string // %q value
	ErrNeedID           string // %s command
	ErrPartnerNone      string // %q query
	ErrPartnerAmbiguous string // %q query, %d count
	ErrPartnerNear      string // %s candidates
	ErrPartnerHint      string
	ErrGoalUnknown      string // %q value, %s goals
	ErrKindUnknown      string // %s flag, %q value, %s kinds
	ErrEntryNotFound    string // %d id
	ErrAlreadyDeleted   string // %d id
	ErrNotDeleted       string // %d id
	ErrActionNotFound   string // %d id
	ErrPartnerNotFound  string // %d id
	ErrStdin            string // %v error
	ErrNoChange         string
	ErrRequestOnly      string // %s flag
	ErrBadStage         string // %q value
	ErrBadAsOf          string // %q value

	// Filter problems, by store.FilterProblem: each a format of the term.
	FilterProblems map[store.FilterProblem]string
	FilterKeysHint string // %s keys

	// Commands: output.
	OutDeleted         string // %[1]d id
	OutRestored        string // %d id
	OutUpdated         string // %d id
	OutPartnerAdded    string // %d id
	OutPartnerArchived string // %d id
	OutPartnerRestored string // %d id
	OutActionAdded     string // %d id
	OutActionDone      string // %d id
	OutActionReopened  string // %d id
	OutShown           string // %d shown, %d matched
	ColID, ColGoals, ColAuthor, ColStatus, ColShort, ColSince, ColEntry,
	ColWhat, ColOwner, ColDue, ColDone, ColArchived string
	Yes string
}

// English is the English catalogue.
var English = &Catalogue{
	Lang:          "en",
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
	HelpTitle:     "Keys",
	HelpClose:     "↑/↓ scroll · ? or esc closes",
	HelpMove:      "Move",
	HelpScreens:   "Screens",
	HelpEntries:   "Entries",
	HelpPartners:  "Partners, stages, actions",
	HelpForm:      "In a form",
	UnknownCount:  "–",
	NoValue:       "—",
	Ellipsis:      "…",
	PartnersTotal: "%d partners in %d countries · %d entries",

	GoalsHeading:    "Goals",
	Progress:        "Progress",
	NotAssessed:     "not assessed yet — no partner has a stage on this goal",
	ProgressValue:   "%d of %d assessed partners at stage ≥ 3",
	ProgressShort:   "%.0f%% of %.0f%% target",
	ProjectionValue: "projected %.0f%% by the end of 2030",
	Trend:           "Trend",
	Statuses: map[store.GoalStatus]string{store.OnTrack: "on track", store.AtRisk: "at risk",
		store.OffTrack: "off track", store.NoData: "no data"},
	RequestsHeading:  "Requests — do partners come to JAW first?",
	NoRequests:       "no requests logged yet",
	ColYear:          "Year",
	ColRequests:      "Requests",
	ColCameFirst:     "Came first",
	ColMedianDays:    "Median days to answer",
	AllYears:         "All",
	OverdueCount:     "%d overdue",
	StaleHeading:     "Stale partners — no entry in %d days",
	StaleValue:       "%d of %d active partners:",
	NoStale:          "none",
	AndMore:          "and %d more",
	GoalHeading:      "Goal %d · %s",
	ByStageHeading:   "Partners by stage",
	ByCountryHeading: "Countries by stage",
	EnterOpens:       "enter opens",
	NotAssessedShort: "not assessed",
	ColUnassessed:    "not yet",
	HistoryHeading:   "Progress at the end of each quarter",
	NoHistory:        "no assessments yet",
	BehindHeading:    "Behind — assessed below stage 3 (%d)",
	NoneBehind:       "none",
	RubricHeading:    "Rubric",
	CountryHeading:   "%s (%s) · goal %d: %s",
	PartnersCount:    "%d partners",
	SinceYear:        "since %d",
	StagesHeading:    "Stage per goal",
	AssessHint:       "s records a stage",
	NoOpenActions:    "no open actions",
	TimelineHeading:  "Timeline",
	NoEntriesPartner: "no entries with this partner yet",
	DeletedMark:      "deleted",
	KeyEnter:         "open / drill down",
	KeyAssess:        "record a stage",
	FormAssessTitle:  "Record a stage for %s",
	FormGoal:         "Goal",
	FormStage:        "Stage",
	FormNote:         "Note",
	FormEvidence:     "Evidence",
	FormNoEvidence:   "none",
	StageRecorded:    "%s: stage %d on goal %d recorded.",
	MdTitle:          "progress report",
	MdGoal:           "Goal",
	MdProgress:       "Progress (at stage ≥ 3 / assessed)",
	MdTarget:         "2030 target",
	MdStatus:         "Status",
	MdProjection:     "Projected, end of 2030",
	MdStages:         "Partners at stage 0 · 1 · 2 · 3 · 4",
	MdStagesNote: "Stages: 0 no contact · 1 contact and dialogue begun · 2 the value is shared · " +
		"3 the framework exists · 4 JAW is the first place to consult. Progress is the share of assessed " +
		"active partners at stage 3 or above; the projection is a straight line fitted to the last 8 quarters.",
	MdHistory:         "Progress at the end of each quarter",
	MdQuarter:         "Quarter",
	Activity:          "Entries",
	ActivityValue:     "%d in the last 90 days · %d all time",
	LastActivity:      "last %s",
	NoActivity:        "none yet",
	CountriesHeading:  "Partners by country",
	ColCountry:        "Country",
	ColPartners:       "Partners",
	ColLastContact:    "Last contact",
	MoreCountries:     "… and %d more countries",
	NoPartners:        "No partners yet.",
	NeverContacted:    "never",
	ColDate:           "Date",
	ColKind:           "Kind",
	ColTitle:          "Title",
	ColPartnersShort:  "Partners",
	ColName:           "Name",
	EntriesCount:      "%d of %d",
	NoEntries:         "No entries yet. Press a to add one.",
	DetailDate:        "Date",
	DetailKind:        "Kind",
	DetailPartners:    "Partners",
	DetailGoals:       "Goals",
	DetailAuthor:      "Author",
	DetailCreated:     "Logged",
	DetailRequest:     "opened %s · first response %s · closed %s",
	DetailCameFirst:   "came to JAW first",
	DetailCountry:     "Country",
	DetailSince:       "Since",
	DetailContact:     "Contact",
	DetailCompanies:   "Companies",
	DetailNotes:       "Notes",
	DetailLastContact: "Last contact",

	FormAddTitle:      "New entry",
	FormDate:          "Date",
	FormDateHint:      "YYYY-MM-DD, today or earlier",
	FormKind:          "Kind",
	FormPartners:      "Partners",
	FormPartnersHint:  "space or x selects · / filters",
	FormGoals:         "Goals",
	FormTitle:         "Title",
	FormSummary:       "Summary",
	FormSummaryHint:   "Markdown; alt+enter or ctrl+j for a new line",
	FormSaving:        "Saving…",
	FormCancelled:     "Not saved.",
	FormEditTitle:     "Edit entry #%d",
	FormRequestTitle:  "Request",
	FormRequestHint:   "A partner came to JAW with a challenge: when it opened, when JAW first responded, when it closed.",
	FormOpened:        "Opened",
	FormFirstResponse: "First response",
	FormClosed:        "Closed",
	FormOptionalDate:  "YYYY-MM-DD, or empty",
	FormCameFirst:     "Did the partner come to JAW first?",
	No:                "no",
	FormNewPartner:    "New partner",
	FormEditPartner:   "Edit partner %s",
	FormName:          "Name",
	FormShortName:     "Short name",
	FormCountry:       "Country",
	FormFilterHint:    "/ filters",
	FormSince:         "Since",
	FormSinceHint:     "year the relationship began, or empty",
	FormContact:       "Contact",
	FormCompanies:     "Related companies",
	FormNotes:         "Notes",
	FormNewAction:     "New follow-up action",
	FormActionFor:     "For entry #%d",
	FormWhat:          "What",
	FormOwner:         "Owner",
	FormDue:           "Due",
	GoneWhileEditing:  "It was deleted or changed by someone else meanwhile; nothing was saved.",

	EntryUpdated:      "Entry #%d updated — u to undo.",
	PartnerAdded:      "Partner %s added.",
	PartnerUpdated:    "Partner %s updated — u to undo.",
	ActionAdded:       "Action #%d added.",
	EntryDeleted:      "Entry #%d deleted — u to undo.",
	PartnerArchived:   "%s archived — u to undo.",
	PartnerUnarchived: "%s is active again.",
	ActionDone:        "Action #%d done — u to undo.",
	ActionReopened:    "Action #%d open again.",
	ConfirmDelete:     "Delete entry #%d “%s”?",
	ConfirmArchive:    "Archive %s? It will be hidden from lists and pickers.",
	ConfirmUnarchive:  "Make %s active again?",
	ConfirmKeys:       "y yes · n no",
	Undone:            "Undone: %s.",
	NothingToUndo:     "Nothing to undo.",
	UndoAdd:           "adding entry #%d",
	UndoEdit:          "edit of entry #%d",
	UndoDelete:        "delete of entry #%d",
	UndoPartnerAdd:    "adding %s",
	UndoPartnerEdit:   "edit of %s",
	UndoArchive:       "archiving %s",
	UndoActionDone:    "action #%d done",
	ChangedElsewhere:  "Updated with changes from elsewhere.",

	FilterPrompt:      "/ ",
	FilterPlaceholder: "goal:2 country:TH kind:request since:2024-01-01 \"wage talks\"",
	FilterMatched:     "%d matched",
	NoMatches:         "No entries match the filter. esc clears it.",

	TabActions:      "Actions",
	ActionsHeading:  "Follow-ups due this week",
	NoActions:       "No open actions. Press f on an entry to add one.",
	NoDueActions:    "nothing overdue or due this week",
	MoreActions:     "… and %d more (screen 4)",
	Overdue:         "overdue",
	DueOn:           "due %s",
	NoDue:           "no due date",
	DoneOn:          "done %s",
	ShowingDone:     "including done",
	ShowingArchived: "including archived",
	Archived:        "archived",
	DetailActions:   "Actions",
	DetailStatus:    "Status",
	RequestStatuses: map[store.RequestStatus]string{store.StatusOpen: "open", store.StatusAnswered: "answered", store.StatusClosed: "closed"},
	EntryAdded:      "Entry #%d added.",
	SaveFailed:      "Not saved: %v",

	KeyQuit: "quit", KeyHelp: "keys", KeyNextTab: "next screen", KeyPrevTab: "previous screen", KeyScreen: "go to screen",
	KeyUp: "up", KeyDown: "down", KeyPageUp: "page up", KeyPageDown: "page down", KeyTop: "first", KeyBottom: "last",
	KeyAdd: "add entry", KeyBack: "back / cancel", KeyRefresh: "reload",
	KeyFilter: "filter", KeyEdit: "edit", KeyDelete: "delete", KeyUndo: "undo",
	KeyNewPartner: "new partner", KeyArchive: "archive / restore", KeyShowAll: "show all",
	KeyFollowUp: "follow-up", KeyDone: "done / open again",
	KeyFormNext: "next field / save", KeyFormPrev: "previous field", KeyFormToggle: "select choice", KeyFormFilter: "filter choices", KeyFormCancel: "cancel the form",

	FieldRequired: "%s: required",
	FieldBadDate:  "%s: %q is not a date (YYYY-MM-DD)",
	FieldFuture:   "%s: %q is in the future",
	FieldTooLong:  "%s: too long (at most %d bytes)",
	FieldBadUTF8:  "%s: not valid UTF-8 text",
	FieldNUL:      "%s: contains a NUL byte",
	FieldUnknown:  "%s: unknown %q",
	FieldOrder:    "%s: %q is before the date it must follow",
	FieldNotFound: "%s: not found",
	FieldTaken:    "%s: %q is already used by another partner",
	FieldBadYear:  "%s: %q is not a year between 1800 and this one",

	Fields: map[string]string{
		"date": "date", "kind": "kind", "partners": "partners", "goals": "goals", "title": "title",
		"summary": "summary", "author": "author", "opened": "opened", "first response": "first response",
		"closed": "closed", "stage": "stage", "note": "note", "entry": "entry",
		"name": "name", "short name": "short name", "country": "country", "since": "since", "contact": "contact",
		"companies": "companies", "notes": "notes", "what": "what", "owner": "owner", "due": "due", "done": "done",
	},
	EntryKinds: map[store.EntryKind]string{
		store.KindConsultation: "consultation", store.KindConference: "conference", store.KindSeminar: "seminar",
		store.KindVisit: "visit", store.KindOnlineMeeting: "online meeting", store.KindCorrespondence: "correspondence",
		store.KindRequest: "request",
	},
	PartnerKinds: map[store.PartnerKind]string{
		store.KindUnion: "union", store.KindFederation: "federation", store.KindGlobalUnion: "global union",
		store.KindNationalCentre: "national centre", store.KindInternationalOrg: "international org.",
		store.KindGovernment: "government", store.KindEmployer: "employer", store.KindNGO: "NGO", store.KindOther: "other",
	},

	Usage: `vision2030 — the JAW International Vision 20-30 dashboard

Usage:
  vision2030 [--db PATH] [--author A]         open the dashboard
  vision2030 report [--width N]               print the dashboard as text
  vision2030 log --partner P --goal G --kind K --title T [--date D]
                 [--summary TEXT | --summary -] [--author A]
                 [--opened D] [--first-response D] [--closed D] [--came-first]
                                              log an entry; prints its id
  vision2030 entries [--filter EXPR] [--format table|csv|json] [--limit N] [--offset N]
  vision2030 entries show ID [--format table|json]
  vision2030 entries edit ID [the flags of log]
  vision2030 entries delete ID | restore ID
  vision2030 partners [--country CC] [--archived] [--format table|csv|json]
  vision2030 partners add --name N --country CC --kind K [--short S] [--since YEAR]
                          [--contact C] [--companies C] [--notes N]
  vision2030 partners archive ID | unarchive ID
  vision2030 actions [--overdue] [--all] [--format table|csv|json]
  vision2030 actions add --entry ID --what W [--owner O] [--due D] [--author A]
  vision2030 actions done ID [--date D] | reopen ID

--partner and --goal repeat. P is an id, a short name or an unambiguous part
of a name; G is a goal number or part of its title. Entry kinds: consultation,
conference, seminar, visit, online_meeting, correspondence, request. Partner
kinds: union, federation, global_union, national_centre, international_org,
government, employer, ngo, other.

Filters (--filter, and / in the dashboard's entries screen):
  goal:2 country:TH partner:UAW kind:request,visit author:tanaka
  status:open|answered|closed since:2024-01-01 until:2024-12-31
  words and "quoted phrases" match titles, summaries and partner names.

The author of what you write is --author (before or after the command),
else $VISION2030_AUTHOR, else the system user.
The database is --db PATH, else $VISION2030_DB, else vision2030.db in the
user's data directory ($XDG_DATA_HOME/vision2030). A new one is created and
seeded on first use.`,
	UsageHint:     "run '%s --help' for usage",
	ErrUsage:      "%s: %v",
	ErrRuntime:    "%s: %v",
	ErrBadWidth:   "--width: %q is not a width between 1 and 1000",
	ErrNoDataDir:  "cannot find a data directory (%v); use --db PATH",
	ErrUnknownCmd: "unknown command %q",
	ErrNotDB:      "%s is not a vision2030 (SQLite) database; it was left untouched",
	ErrNewer:      "%s was written by a newer vision2030 (schema %d; this one knows up to %d); it was left untouched — upgrade vision2030",
	ErrOpen:       "cannot open %s: %v",

	ErrNeedValue:        "%s is required",
	ErrBadFormat:        "--format: %q is not one of %s",
	ErrBadNumber:        "%s: %q is not a valid number",
	ErrBadID:            "%q is not an id (a whole number)",
	ErrNeedID:           "%s needs one id",
	ErrPartnerNone:      "--partner: no partner matches %q",
	ErrPartnerAmbiguous: "--partner: %q matches %d partners; use an id or a short name",
	ErrPartnerNear:      "candidates:\n%s",
	ErrPartnerHint:      "run 'vision2030 partners' to list every partner",
	ErrGoalUnknown:      "--goal: %q is not a goal; the goals are:\n%s",
	ErrKindUnknown:      "%s: %q is not a kind; the kinds are: %s",
	ErrEntryNotFound:    "entry %d not found",
	ErrAlreadyDeleted:   "entry %d is already deleted",
	ErrNotDeleted:       "entry %d is not deleted",
	ErrActionNotFound:   "action %d not found",
	ErrPartnerNotFound:  "partner %d not found",
	ErrStdin:            "--summary -: reading standard input: %v",
	ErrNoChange:         "nothing to change: give at least one flag",
	ErrRequestOnly:      "%s is only for --kind request",
	ErrBadStage:         "--stage: %q is not a stage from 0 to 4",
	ErrBadAsOf:          "--as-of: %q is not a date (YYYY-MM-DD)",

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

	OutDeleted:         "Deleted entry %[1]d (undo: vision2030 entries restore %[1]d)",
	OutRestored:        "Restored entry %d",
	OutUpdated:         "Updated entry %d",
	OutPartnerAdded:    "%d",
	OutPartnerArchived: "Archived partner %d",
	OutPartnerRestored: "Partner %d is active again",
	OutActionAdded:     "%d",
	OutActionDone:      "Action %d done",
	OutActionReopened:  "Action %d open again",
	OutShown:           "%d shown of %d matching",
	ColID:              "ID", ColGoals: "Goals", ColAuthor: "Author", ColStatus: "Status", ColShort: "Short name",
	ColSince: "Since", ColEntry: "Entry", ColWhat: "What", ColOwner: "Owner", ColDue: "Due", ColDone: "Done",
	ColArchived: "Archived",
	Yes:         "yes",
}

// FilterError says what is wrong with a filter, in the catalogue's words.
func (c *Catalogue) FilterError(fe *store.FilterError) string {
	f, ok := c.FilterProblems[fe.Problem]
	if !ok {
		return fe.Error()
	}
	return fmt.Sprintf(f, fe.Term)
}

// FieldError says what is wrong with a field, in the catalogue's words.
func (c *Catalogue) FieldError(fe *store.FieldError) string {
	field := c.Fields[fe.Field]
	if field == "" {
		field = fe.Field
	}
	switch fe.Problem {
	case store.ProblemRequired:
		return fmt.Sprintf(c.FieldRequired, field)
	case store.ProblemBadDate:
		return fmt.Sprintf(c.FieldBadDate, field, fe.Value)
	case store.ProblemFuture:
		return fmt.Sprintf(c.FieldFuture, field, fe.Value)
	case store.ProblemTooLong:
		return fmt.Sprintf(c.FieldTooLong, field, fe.Limit)
	case store.ProblemBadUTF8:
		return fmt.Sprintf(c.FieldBadUTF8, field)
	case store.ProblemNUL:
		return fmt.Sprintf(c.FieldNUL, field)
	case store.ProblemUnknown:
		return fmt.Sprintf(c.FieldUnknown, field, fe.Value)
	case store.ProblemOrder:
		return fmt.Sprintf(c.FieldOrder, field, fe.Value)
	case store.ProblemTaken:
		return fmt.Sprintf(c.FieldTaken, field, fe.Value)
	case store.ProblemBadYear:
		return fmt.Sprintf(c.FieldBadYear, field, fe.Value)
	}
	return fmt.Sprintf(c.FieldNotFound, field)
}

// EntryKind returns the display word for an entry kind.
func (c *Catalogue) EntryKind(k store.EntryKind) string {
	if s, ok := c.EntryKinds[k]; ok {
		return s
	}
	return string(k)
}

// PartnerKind returns the display word for a partner kind.
func (c *Catalogue) PartnerKind(k store.PartnerKind) string {
	if s, ok := c.PartnerKinds[k]; ok {
		return s
	}
	return string(k)
}

// CountryName returns the country's name in the catalogue's language.
func (c *Catalogue) CountryName(country store.Country) string {
	if c.Lang == "ja" && country.NameJA != "" {
		return country.NameJA
	}
	return country.NameEN
}
