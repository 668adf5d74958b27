package i18n

// Reports is the printed reports: the meeting paper (Markdown, HTML, a
// workbook) and the brief for a trip.
type Reports struct {
	MdTitle      string
	MdGoal       string
	MdProgress   string
	MdTarget     string
	MdStatus     string
	MdProjection string
	MdStages     string
	MdStagesNote string
	MdHistory    string
	MdQuarter    string

	// Sections of the paper.
	RpGoals         string
	RpRequests      string
	RpNoRequests    string
	RpYear          string
	RpRequestsN     string // a column: requests counted
	RpCameFirst     string
	RpMedianDays    string
	RpAllYears      string
	RpDue           string
	RpNoDue         string
	RpDueOn         string // %s date
	RpDoneOn        string // %s date
	RpNoDueDate     string
	RpOverdue       string
	RpStale         string // %d days
	RpStaleCount    string // %d stale, %d active partners
	RpNoStale       string
	RpFramework     string
	RpFrameworkNote string
	RpFrameworkCell string // %d at the framework, %d tracked
	RpCountry       string
	RpPartner       string
	RpTracked       string
	RpLastContact   string
	RpNever         string
	RpEntryRef      string // %d entry id, %s its title
	RpAndMore       string // %d more
	// RpMoreActions ends the dashboard's short list of actions due when
	// `report` prints it: where to find the rest, off the screen.
	RpMoreActions string // %d more

	// The period.
	RpPeriod         string // %s first day, %s last day
	RpPeriodEntries  Plural // %d entries
	RpByCountry      string
	RpEntries        string // a column: entries counted
	RpNoEntries      string
	RpStageChanges   string
	RpNoStageChanges string
	RpConfirmed      Plural // %d assessments that found the stage already held
	RpGoal           string
	RpChange         string
	RpFirstStage     string // the stage before a first assessment
	RpDate           string
	RpBy             string
	RpNote           string
	RpOpened         string
	RpAnswered       string
	RpClosed         string
	RpTitle          string
	RpPartners       string
	RpNone           string
	RpActionsDone    string
	RpActionsOverdue string
	RpAction         string
	RpOwner          string
	RpDueDate        string
	RpDoneDate       string

	// The page (HTML).
	HTMLHistoryChart string // %d goal
	HTMLStageChart   string
	HTMLProgressSub  string // under the heading "Progress"
	HTMLUnassessed   string
	HTMLTargetLine   string // %.0f percent
	HTMLGenerated    string // %s when

	// The workbook: its sheets, and what a cell holds.
	XLGoals, XLHistory, XLFramework, XLStale, XLRequests, XLDue        string
	XLPeriodEntries, XLStageChanges, XLPeriodRequests, XLPeriodActions string
	XLProgress, XLCoverage, XLAtFramework, XLAssessed, XLStageN        string // XLStageN: %d stage
	XLKind                                                             string // of a request or action in the period: opened, answered…
	XLCountryCode, XLCameFirstShare, XLCountryEntries                  string

	// The brief for a trip.
	BriefTitle        string // %s partner
	BriefCountryTitle string // %s country
	BriefNoPartners   string // %s country
	BriefStages       string
	BriefNotAssessed  string
	BriefHistory      string // %s the stages with their dates, oldest first
	BriefLastEntries  string // %d shown, %d in all
	BriefNoEntries    string
	BriefOpenRequests string
	BriefNoRequests   string
	BriefActions      string
	BriefNoActions    string
	BriefPartnerLine  string // %s kind, %s country, %s last contact
}

var enReports = Reports{
	MdTitle:      "progress report",
	MdGoal:       "Goal",
	MdProgress:   "Progress (at the framework / tracked · assessed)",
	MdTarget:     "2030 target",
	MdStatus:     "Status",
	MdProjection: "Projected, end of 2030",
	MdStages:     "Partners at stage 0 · 1 · 2 · 3 · 4",
	MdStagesNote: "Stages: 0 no contact · 1 contact and dialogue begun · 2 the value is shared · " +
		"3 the framework exists · 4 JAW is the first place to consult. Progress is the share of all tracked " +
		"active partners (unions and federations unless marked otherwise) at stage 3 or above; a tracked partner " +
		"never assessed on a goal counts as not there yet. The projection is a straight line fitted to the last 8 quarters.",
	MdHistory: "Progress at the end of each quarter",
	MdQuarter: "Quarter",

	RpGoals:         "Goals",
	RpRequests:      "Requests — do partners come to JAW first?",
	RpNoRequests:    "No requests logged yet.",
	RpYear:          "Year",
	RpRequestsN:     "Requests",
	RpCameFirst:     "Came first",
	RpMedianDays:    "Median days to answer",
	RpAllYears:      "All",
	RpDue:           "Actions overdue or due this week",
	RpNoDue:         "Nothing overdue or due this week.",
	RpDueOn:         "due %s",
	RpDoneOn:        "done %s",
	RpNoDueDate:     "no due date",
	RpOverdue:       "overdue",
	RpStale:         "Stale partners — no entry in %d days",
	RpStaleCount:    "%d of %d active partners.",
	RpNoStale:       "None.",
	RpFramework:     "Partners at the framework, by country",
	RpFrameworkNote: "Tracked active partners at stage 3 or above on each goal, of the country's tracked partners.",
	RpFrameworkCell: "%d of %d",
	RpCountry:       "Country",
	RpPartner:       "Partner",
	RpTracked:       "Tracked partners",
	RpLastContact:   "Last contact",
	RpNever:         "never",
	RpEntryRef:      "#%d %s",
	RpAndMore:       "and %d more",
	RpMoreActions:   "… and %d more (vision2030 actions)",

	RpPeriod:         "From %s to %s",
	RpPeriodEntries:  Plural{One: "%d entry in the period.", Other: "%d entries in the period."},
	RpByCountry:      "Entries by country and partner",
	RpEntries:        "Entries",
	RpNoEntries:      "No entries in the period.",
	RpStageChanges:   "Stage changes",
	RpNoStageChanges: "No partner's stage changed in the period.",
	RpConfirmed: Plural{One: "%d more assessment found the stage the partner already had.",
		Other: "%d more assessments found the stage the partner already had."},
	RpGoal:           "Goal",
	RpChange:         "Stage",
	RpFirstStage:     "first",
	RpDate:           "Date",
	RpBy:             "By",
	RpNote:           "Note",
	RpOpened:         "Requests opened",
	RpAnswered:       "Requests first answered",
	RpClosed:         "Requests closed",
	RpTitle:          "Title",
	RpPartners:       "Partners",
	RpNone:           "None.",
	RpActionsDone:    "Actions done",
	RpActionsOverdue: "Actions overdue at the end of the period",
	RpAction:         "Action",
	RpOwner:          "Owner",
	RpDueDate:        "Due",
	RpDoneDate:       "Done",

	HTMLHistoryChart: "Goal %d: progress at the end of each quarter",
	HTMLStageChart:   "Tracked partners by stage",
	HTMLProgressSub:  "at the framework / tracked · assessed",
	HTMLUnassessed:   "not assessed",
	HTMLTargetLine:   "2030 target: %.0f%%",
	HTMLGenerated:    "Made by vision2030 on %s.",

	XLGoals: "Goals", XLHistory: "History", XLFramework: "By country", XLStale: "Stale partners", XLRequests: "Requests",
	XLDue: "Actions due", XLPeriodEntries: "Period entries", XLStageChanges: "Stage changes",
	XLPeriodRequests: "Period requests", XLPeriodActions: "Period actions",
	XLProgress: "Progress", XLCoverage: "Coverage", XLAtFramework: "At the framework", XLAssessed: "Assessed",
	XLStageN: "Stage %d", XLKind: "What", XLCountryCode: "Code", XLCameFirstShare: "Came first (share)",
	XLCountryEntries: "Entries in the country",

	BriefTitle:        "Brief: %s",
	BriefCountryTitle: "Brief: %s",
	BriefNoPartners:   "No active partners in %s.",
	BriefStages:       "Stages",
	BriefNotAssessed:  "not assessed",
	BriefHistory:      "history: %s",
	BriefLastEntries:  "Last entries (%d of %d)",
	BriefNoEntries:    "No entries.",
	BriefOpenRequests: "Open requests",
	BriefNoRequests:   "None.",
	BriefActions:      "Open actions",
	BriefNoActions:    "None.",
	BriefPartnerLine:  "%s · %s · last contact %s",
}
