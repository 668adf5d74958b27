package i18n

// Forms is the forms, the keys and what a change or undo says.
type Forms struct {
	HelpTitle string
	HelpClose string
	// Groups of the help screen.
	HelpMove, HelpScreens, HelpEntries, HelpPartners, HelpForm string
	StagesHeading                                              string
	KeyEnter                                                   string
	KeyAssess                                                  string
	FormAssessTitle                                            string // %s partner
	FormGoal                                                   string
	FormStage                                                  string
	FormNote                                                   string
	FormEvidence                                               string
	FormNoEvidence                                             string
	StageRecorded                                              string // %s partner, %d stage, %d goal
	// Entry form.
	FormAddTitle      string
	FormDate          string
	FormDateHint      string
	FormKind          string
	FormPartners      string
	FormPartnersHint  string
	FormGoals         string
	FormTitle         string
	FormSummary       string
	FormSummaryHint   string
	FormSaving        string
	FormCancelled     string
	EntryAdded        string // %d id
	SaveFailed        string // %v error
	FormEditTitle     string // %d id
	FormRequestTitle  string
	FormRequestHint   string
	FormOpened        string
	FormFirstResponse string
	FormClosed        string
	FormOptionalDate  string
	FormCameFirst     string
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
	ActionsHeading    string
	// Keys: help text for each binding.
	KeyQuit, KeyHelp, KeyNextTab, KeyPrevTab, KeyScreen       string
	KeyUp, KeyDown, KeyPageUp, KeyPageDown, KeyTop, KeyBottom string
	KeyAdd, KeyBack, KeyRefresh                               string
	KeyFormNext, KeyFormPrev, KeyFormToggle, KeyFormFilter    string
	KeyFormCancel                                             string
	KeyFilter, KeyEdit, KeyDelete, KeyUndo, KeyNewPartner     string
	KeyArchive, KeyShowAll, KeyFollowUp, KeyDone              string
}

var enForms = Forms{
	HelpTitle:         "Keys",
	HelpClose:         "↑/↓ scroll · ? or esc closes",
	HelpMove:          "Move",
	HelpScreens:       "Screens",
	HelpEntries:       "Entries",
	HelpPartners:      "Partners, stages, actions",
	HelpForm:          "In a form",
	StagesHeading:     "Stage per goal",
	KeyEnter:          "open / drill down",
	KeyAssess:         "record a stage",
	FormAssessTitle:   "Record a stage for %s",
	FormGoal:          "Goal",
	FormStage:         "Stage",
	FormNote:          "Note",
	FormEvidence:      "Evidence",
	FormNoEvidence:    "none",
	StageRecorded:     "%s: stage %d on goal %d recorded.",
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

	ActionsHeading: "Follow-ups due this week",
	EntryAdded:     "Entry #%d added.",
	SaveFailed:     "Not saved: %v",

	KeyQuit: "quit", KeyHelp: "keys", KeyNextTab: "next screen", KeyPrevTab: "previous screen", KeyScreen: "go to screen",
	KeyUp: "up", KeyDown: "down", KeyPageUp: "page up", KeyPageDown: "page down", KeyTop: "first", KeyBottom: "last",
	KeyAdd: "add entry", KeyBack: "back / cancel", KeyRefresh: "reload",
	KeyFilter: "filter", KeyEdit: "edit", KeyDelete: "delete", KeyUndo: "undo",
	KeyNewPartner: "new partner", KeyArchive: "archive / restore", KeyShowAll: "show all",
	KeyFollowUp: "follow-up", KeyDone: "done / open again",
	KeyFormNext: "next field / save", KeyFormPrev: "previous field", KeyFormToggle: "select choice", KeyFormFilter: "filter choices", KeyFormCancel: "cancel the form",
}
