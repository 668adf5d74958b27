package i18n

// Screens is what the dashboard screens show.
type Screens struct {
	// Dashboard.
	GoalsHeading      string
	Progress          string
	NotAssessed       string // no assessment yet
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
	AssessHint        string
	NoOpenActions     string
	TimelineHeading   string
	NoEntriesPartner  string
	DeletedMark       string
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
	// Filter bar.
	FilterPrompt      string
	FilterPlaceholder string
	FilterMatched     string // %d matched
	NoMatches         string
	NoActions         string
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
}

var enScreens = Screens{
	GoalsHeading:      "Goals",
	Progress:          "Progress",
	NotAssessed:       "no data — no tracked partner is assessed on this goal yet",
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
	GoalHeading:       "Goal %d · %s",
	ByStageHeading:    "Partners by stage",
	ByCountryHeading:  "Countries by stage",
	EnterOpens:        "enter opens",
	NotAssessedShort:  "not assessed",
	ColUnassessed:     "not yet",
	HistoryHeading:    "Progress at the end of each quarter",
	NoHistory:         "no assessments yet",
	BehindHeading:     "Behind — assessed below stage 3 (%d)",
	NoneBehind:        "none",
	RubricHeading:     "Rubric",
	CountryHeading:    "%s (%s) · goal %d: %s",
	PartnersCount:     "%d partners",
	SinceYear:         "since %d",
	AssessHint:        "s records a stage",
	NoOpenActions:     "no open actions",
	TimelineHeading:   "Timeline",
	NoEntriesPartner:  "no entries with this partner yet",
	DeletedMark:       "deleted",
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

	FilterPrompt:      "/ ",
	FilterPlaceholder: "goal:2 country:TH kind:request since:2024-01-01 \"wage talks\"",
	FilterMatched:     "%d matched",
	NoMatches:         "No entries match the filter. esc clears it.",

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
}
