package i18n

import (
	"fmt"
)

// Screens is what the dashboard screens show.
type Screens struct {
	// Dashboard.
	GoalsHeading      string
	Progress          string
	NotAssessed       string // no assessment yet
	TrackedN          Plural // %d tracked partners
	LastContactOn     string // %s date, or NeverContacted
	OtherRegion       string // countries of no known region
	ProgressValue     string // %d at framework, %d tracked, %d assessed
	ProgressShort     string // %.0f %% progress, %.0f %% target
	ProjectionValue   string // %.0f %% projected
	Trend             string
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
	CountedAll        string // %d entries, all counted already
	TimelineMore      string // %d how many more, %s the filter that lists them
	GoalHeading       string // %d id, %s title
	ByStageHeading    string
	ByCountryHeading  string
	NotAssessedShort  string
	ColUnassessed     string
	HistoryHeading    string
	NoHistory         string
	BehindHeading     string // %d count
	NoneBehind        string
	RubricHeading     string
	CountryHeading    string // %s country, %s code, %d goal, %s goal title
	SinceYear         string // %d year
	AssessHint        string // %s key
	NoOpenActions     string
	TimelineHeading   string
	TimelineGoalOnly  string // %d goal, %s key: a partner reached from a goal
	TimelineAllGoals  string // %s key, %d goal
	KeyTimelineAll    string
	KeyTimelineGoal   string // %d goal
	NoEntriesPartner  string
	DeletedMark       string
	Activity          string
	ActivityValue     string // %d in 90 days, %d all time
	LastActivity      string // %s date
	CountriesHeading  string
	ColCountry        string
	ColPartners       string
	ColLastContact    string
	NoPartners        string
	NeverContacted    string
	ColDate           string
	ColKind           string
	ColTitle          string
	ColPartnersShort  string
	ColName           string
	EntriesCount      string // %s of %s, numbers
	NoEntries         string // %s key
	DetailDate        string
	DetailKind        string
	DetailPartners    string
	DetailGoals       string
	DetailAuthor      string
	DetailRequest     string // opened %s, first response %s, closed %s
	DetailCameFirst   string
	DetailCountry     string
	DetailSince       string
	DetailContact     string
	DetailCompanies   string
	DetailNotes       string
	DetailLastContact string
	// Filter bar.
	FilterPrompt      string
	FilterPlaceholder string
	FilterMatched     string // %s a number, matched
	FilterHidesEntry  string // %d entry id, %s the key that clears the filter
	FilterHidesIt     string // %s the key that clears the filter; said after an undo or redo
	FilterLastValid   string // beside a filter that does not parse: the list is the last valid one's
	FilterInvalid     string // beside a filter with an error: no rows are shown
	NoMatches         string
	NoActions         string // %s key
	NoDueActions      string
	MoreActions       string // %d more
	Overdue           string
	DueOn             string // %s date
	NoDue             string
	DoneOn            string // %s date
	ShowingDone       string
	ShowingArchived   string
	Archived          string
	DetailActions     string
	DetailStatus      string
	DetailShortName   string
	// The frame of every screen.
	ReadOnlyMark      string
	DamagedBanner     string // %s path
	MoreLinesN        Plural // %d more lines below
	MoreChoicesN      Plural // %d more choices below
	Searching         string
	CountCapped       string // %s a number: "10,000+"
	EntriesTotal      Plural // %[2]s the number written out, 10,000+ when capped
	ActionsN          Plural // %d actions
	Tracked           string
	NotTracked        string
	PartnerFilterHint string
	ActionFilterHint  string
	NoPartnerMatches  string // %s the filter
	ArchivedMatch     Plural // %d archived partners the filter matches, %s the key that shows them
	ArchivedHint      string // %s the key that shows archived partners
	ArchivedTag       string // after an archived partner's name in the list
	NoActionMatches   string // %s the filter
	NoTrackedPartners string
	ColActionID       string
	ColActionWhat     string
	ColActionOwner    string
	ColActionDue      string
	ColActionDone     string
	ColActionEntry    string
	ColStageOn        string
	GoalCrumb         string // %d goal
	CountryOnGoal     string // %s country, %d goal
	TargetValue       string // %.0f %% target
	RubricEditHint    string // %s key
	Weekdays          [7]string
	// How a name is shown with what explains it (a country's code, a
	// partner's short name, a reading, an owner), and a value quoted.
	Aside  string // %s name, %s aside: "Japan (JP)"
	Quoted string // %s value: “value”
	// A text with its note (Common.Note: a draft, a translation); the
	// names of a list (partners); the items of a list whose items may hold
	// commas (goals, changed fields).
	Noted   string // %s text, %s note: "Title (draft)"
	NameSep string
	// SentenceSep is put between two sentences: a space in English,
	// nothing after a Japanese 。.
	SentenceSep string
	ItemSep     string
	// A field and its value in a sentence: what would be overwritten.
	FieldValue string // %s field, %s value: opened “2026-10-02”
}

var enScreens = Screens{
	GoalsHeading:      "Goals",
	Progress:          "Progress",
	NotAssessed:       "no data — no tracked partner is assessed on this goal yet",
	TrackedN:          Plural{One: "%d tracked partner", Other: "%d tracked partners"},
	LastContactOn:     "last contact %s",
	OtherRegion:       "Other",
	ProgressValue:     "%d of %d tracked partners at the framework · %d assessed",
	ProgressShort:     "%.0f%% of %.0f%% target",
	ProjectionValue:   "projected %.0f%% by the end of 2030",
	Trend:             "Trend",
	RequestsHeading:   "Requests — do partners come to JAW first?",
	NoRequests:        "no requests logged yet",
	ColYear:           "Year",
	ColRequests:       "Requests",
	ColCameFirst:      "Came first",
	ColMedianDays:     "Median days to answer",
	AllYears:          "All",
	OverdueCount:      "%d overdue",
	StaleHeading:      "Stale partners — no entry in %d days",
	StaleValue:        "%d of %d active partners:",
	NoStale:           "none",
	AndMore:           "and %d more",
	CountedAll:        "All %d are counted already.",
	TimelineMore:      "and %d more: the entries screen (3) shows them all, filtered by %s",
	GoalHeading:       "Goal %d · %s",
	ByStageHeading:    "Partners by stage",
	ByCountryHeading:  "Countries by stage",
	NotAssessedShort:  "not assessed",
	ColUnassessed:     "not yet",
	HistoryHeading:    "Progress at the end of each quarter",
	NoHistory:         "no assessments yet",
	BehindHeading:     "Behind — assessed below stage 3 (%d)",
	NoneBehind:        "none",
	RubricHeading:     "Rubric",
	CountryHeading:    "%s (%s) · goal %d: %s",
	SinceYear:         "since %d",
	AssessHint:        "%s records a stage",
	NoOpenActions:     "no open actions",
	TimelineHeading:   "Timeline",
	TimelineGoalOnly:  "goal %d only · %s shows all",
	TimelineAllGoals:  "all goals · %s shows goal %d only",
	KeyTimelineAll:    "all goals",
	KeyTimelineGoal:   "goal %d only",
	NoEntriesPartner:  "no entries with this partner yet",
	DeletedMark:       "deleted",
	Activity:          "Entries",
	ActivityValue:     "%d in the last 90 days · %d all time",
	LastActivity:      "last %s",
	CountriesHeading:  "Partners by country",
	ColCountry:        "Country",
	ColPartners:       "Partners",
	ColLastContact:    "Last contact",
	NoPartners:        "No partners yet.",
	NeverContacted:    "never",
	ColDate:           "Date",
	ColKind:           "Kind",
	ColTitle:          "Title",
	ColPartnersShort:  "Partners",
	ColName:           "Name",
	EntriesCount:      "%s of %s",
	NoEntries:         "No entries yet. Press %s to add one.",
	DetailDate:        "Date",
	DetailKind:        "Kind",
	DetailPartners:    "Partners",
	DetailGoals:       "Goals",
	DetailAuthor:      "Author",
	DetailRequest:     "opened %s · first response %s · closed %s",
	DetailCameFirst:   "came to JAW first",
	DetailCountry:     "Country",
	DetailSince:       "Since",
	DetailContact:     "Contact",
	DetailCompanies:   "Companies",
	DetailNotes:       "Notes",
	DetailLastContact: "Last contact",

	FilterPrompt:      "/ ",
	FilterPlaceholder: "goal:2 country:TH kind:request since:2024-01-01 \"wage talks\"",
	FilterMatched:     "%s matched",
	FilterHidesEntry:  "Entry #%d is saved, but the filter hides it — %s clears the filter.",
	FilterHidesIt:     "The filter hides it — %s clears the filter.",
	FilterLastValid:   "showing the last valid filter",
	FilterInvalid:     "the filter has an error",
	NoMatches:         "No entries match the filter. esc clears it.",

	NoActions:       "No open actions. Press %s on an entry to add one.",
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
	DetailShortName: "Short name",

	ReadOnlyMark:      "read-only",
	DamagedBanner:     "%s is damaged: nothing can be changed. Run 'vision2030 check' and restore it from a backup.",
	MoreLinesN:        Plural{One: "%d more line below", Other: "%d more lines below"},
	MoreChoicesN:      Plural{One: "%d more choice below", Other: "%d more choices below"},
	Searching:         "searching…",
	CountCapped:       "%s+",
	EntriesTotal:      Plural{One: "%[2]s entry", Other: "%[2]s entries"},
	ActionsN:          Plural{One: "%d action", Other: "%d actions"},
	Tracked:           "tracked",
	NotTracked:        "not tracked",
	PartnerFilterHint: "part of a name, short name, Japanese name or reading",
	ActionFilterHint:  "part of what, the owner or the entry's title",
	NoPartnerMatches:  "No partner's name holds “%s”. esc clears the filter.",
	ArchivedMatch:     Plural{One: "%d archived partner matches — %s shows it.", Other: "%d archived partners match — %s shows them."},
	ArchivedHint:      "Archived partners are not listed: %s shows them.",
	ArchivedTag:       "(archived)",
	NoActionMatches:   "No action holds “%s”. esc clears the filter.",
	NoTrackedPartners: "no tracked partners yet",
	ColActionID:       "#",
	ColActionWhat:     "What",
	ColActionOwner:    "Owner",
	ColActionDue:      "Due",
	ColActionDone:     "Done",
	ColActionEntry:    "Entry",
	ColStageOn:        "Stage",
	GoalCrumb:         "Goal %d",
	CountryOnGoal:     "%s · goal %d",
	TargetValue:       "2030 target: %.0f%%",
	RubricEditHint:    "%s on a stage edits the stage",
	Weekdays:          [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
	Aside:             "%s (%s)",
	Quoted:            "“%s”",
	Noted:             "%s %s",
	NameSep:           ", ",
	SentenceSep:       " ",
	ItemSep:           "; ",
	FieldValue:        "%s %s",
}

// Number writes n with thousands separators: 10,000.
func (c *Catalogue) Number(n int) string { return fmt.Sprintf("%d", Count(n)) }

// CountOf says where a cursor is: "3 of 1,200".
func (c *Catalogue) CountOf(i, n int) string {
	return fmt.Sprintf(c.EntriesCount, c.Number(i), c.Number(n))
}

// WithAside writes name with what explains it: "Japan (JP)".
func (c *Catalogue) WithAside(name, aside string) string { return fmt.Sprintf(c.Aside, name, aside) }

// WithNote writes text with its note (Note's output), or text alone when
// the note is "": "Title (draft: …)", 「目標」（仮訳：…）.
func (c *Catalogue) WithNote(text, note string) string {
	if note == "" {
		return text
	}
	return fmt.Sprintf(c.Noted, text, note)
}
