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
	MdProgress:   "Progress (at stage ≥ 3 / assessed)",
	MdTarget:     "2030 target",
	MdStatus:     "Status",
	MdProjection: "Projected, end of 2030",
	MdStages:     "Partners at stage 0 · 1 · 2 · 3 · 4",
	MdStagesNote: "Stages: 0 no contact · 1 contact and dialogue begun · 2 the value is shared · " +
		"3 the framework exists · 4 JAW is the first place to consult. Progress is the share of assessed " +
		"active partners at stage 3 or above; the projection is a straight line fitted to the last 8 quarters.",
	MdHistory: "Progress at the end of each quarter",
	MdQuarter: "Quarter",
}
