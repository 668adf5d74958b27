package i18n

// Reports is the printed reports.
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
}
