package i18n

// Forms is the forms, the keys and what a change or undo says.
type Forms struct {
	HelpTitle string
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
	FormGoals         string
	FormTitle         string
	FormSummary       string
	FormSummaryHint   string
	FormSaving        string
	FormCancelled     string
	EntryAdded        string // %d id
	SaveFailed        string // %v error
	FormEditTitle     string // %d id
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
	FormSince         string
	FormSinceHint     string
	FormContact       string
	FormCompanies     string
	FormNotes         string
	FormNewAction     string // %d entry id, %s its title
	FormWhat          string
	FormOwner         string
	FormDue           string
	GoneWhileEditing  string
	// An entry deleted elsewhere while its form was open.
	EntryDeletedWhileEditing string // %d id
	AskRestoreDeletedEntry   string // %d id
	AskSaveAsNewEntry        string
	EntryRestoredWithChanges string // %d id
	// A follow-up saved for an entry deleted meanwhile.
	FollowUpEntryDeleted string // %d id
	// Changes and undo.
	EntryUpdated      string // %d id
	PartnerAdded      string // %s name
	PartnerUpdated    string // %s name
	ActionAdded       string // %d id
	EntryDeleted      string // %d id
	EntryRestored     string // %d id
	PartnerArchived   string // %s name
	PartnerUnarchived string // %s name
	ActionDone        string // %d id
	ActionReopened    string // %d id
	ConfirmDelete     string // %d id, %s title
	ConfirmArchive    string // %s name
	ConfirmUnarchive  string // %s name
	Undone            string // %s what
	NothingToUndo     string
	UndoAdd           string // %d id
	UndoEdit          string // %d id
	UndoDelete        string // %d id
	UndoRestore       string // %d id
	UndoPartnerAdd    string // %s name
	UndoPartnerEdit   string // %s name
	UndoArchive       string // %s name
	UndoActionDone    string // %d id
	ActionsHeading    string
	// Keys: help text for each binding.
	KeyQuit, KeyHelp, KeyNextTab, KeyPrevTab                  string
	KeyUp, KeyDown, KeyPageUp, KeyPageDown, KeyTop, KeyBottom string
	KeyAdd, KeyBack, KeyRefresh                               string
	KeyFormNext, KeyFormPrev, KeyFormToggle                   string
	KeyFormCancel                                             string
	KeyFilter, KeyEdit, KeyDelete, KeyUndo, KeyNewPartner     string
	KeyArchive, KeyShowAll, KeyFollowUp, KeyDone              string
	// What the show-all key does once all are shown: hide them again.
	KeyHideArchived, KeyHideDone                                 string
	KeyRestore                                                   string
	KeyRedo, KeyCount, KeyFormChoose, KeyFormSave, KeyFormEditor string
	KeyCloseHelp, KeyConflictSwitch, KeyConflictSave             string
	KeyFormBackToForm, KeyFilterDone, KeyFilterClear             string
	KeyOpenEntry, KeyEditGoal, KeyEditStage                      string
	HelpAsk, HelpMouse                                           string
	// Forms: what they say while the user types.
	AskDiscard       string
	AskQuitForm      string
	AskRestoreDraft  string // %s when it was saved
	DraftRestored    string
	DraftSavedAt     string // %s time
	AskDropRequest   string // %s the fields and their values
	AskStageDrop     string // %s partner, %d current stage, %d goal, %d new stage
	AskUndoOverwrite string // %s what, %s the fields and their values
	AskRedoOverwrite string // %s what, %s the fields and their values
	Redone           string // %s what
	NothingToRedo    string
	NothingChanged   string
	AlreadySo        string
	Cancelled        string
	Reloaded         string
	NoEditor         string
	EditorFailed     string // %s why
	ConflictTitle    string
	ConflictExplain  string
	ConflictMine     string
	ConflictTheirs   string
	ConflictLeft     string
	ConflictMore     string // under a conflict screen taller than the terminal
	ConflictWhen     string // %s when the record was saved elsewhere, by someone not recorded
	ConflictWhenBy   string // %[1]s who saved the record elsewhere, %[2]s when
	FormChosen       string // %d how many, %s which
	FormNoneChosen   string
	FormNoMatch      string // %s the filter
	FormTypeToFilter string
	// Words a date field reads as a date: alternatives separated by |.
	DateToday, DateYesterday, DateTomorrow string
	// How far a word typed into a date field is from today, beside the
	// date it resolves to: %d days.
	DateAgo, DateAhead Plural
	// A date field that looks ahead (a due date), where 2w means in two
	// weeks: its hint.
	FormAheadDate        string
	FormTracked          string
	FormNameJA           string
	FormYomi             string
	FormDone             string
	FormEditAction       string // %d action, %s entry title
	FormEditGoal         string // %d goal
	FormEditStage        string // %d stage, %d goal
	FormTitleEN          string
	FormTitleJA          string
	FormShortTitleEN     string
	FormShortTitleJA     string
	FormDescriptionEN    string
	FormDescriptionJA    string
	FormDescriptionDraft string
	FormJAConfirmed      string
	FormTarget           string
	FormTargetHint       string // %.0f %% default
	FormNameEN           string
	FormRubricEN         string
	FormRubricJA         string
	FormRubricDraft      string
	GoalUpdated          string // %d goal
	StageUpdated         string // %d stage, %d goal
	ActionUpdated        string // %d id
	ActionDeleted        string // %d id
	ConfirmDeleteAction  string // %d id, %s what
	UndoActionAdd        string // %d id
	UndoAssessmentAdd    string // %d stage, %d goal, %s partner
	UndoActionDelete     string // %d id
	UndoActionEdit       string // %d id
	UndoActionReopen     string // %d id
	UndoUnarchive        string // %s name
	UndoGoalEdit         string // %d goal
	UndoStageEdit        string // %d stage, %d goal
}

var enForms = Forms{
	HelpTitle:                "Keys",
	HelpMove:                 "Move",
	HelpScreens:              "Screens",
	HelpEntries:              "Entries",
	HelpPartners:             "Partners, stages, actions",
	HelpForm:                 "In a form",
	StagesHeading:            "Stage per goal",
	KeyEnter:                 "open / drill down",
	KeyAssess:                "record a stage",
	FormAssessTitle:          "Record a stage for %s",
	FormGoal:                 "Goal",
	FormStage:                "Stage",
	FormNote:                 "Note",
	FormEvidence:             "Evidence",
	FormNoEvidence:           "none",
	StageRecorded:            "%s: stage %d on goal %d recorded — u to undo.",
	FormAddTitle:             "New entry",
	FormDate:                 "Date",
	FormDateHint:             "YYYY-MM-DD, today, 3d = 3 days ago",
	FormKind:                 "Kind",
	FormPartners:             "Partners",
	FormGoals:                "Goals",
	FormTitle:                "Title",
	FormSummary:              "Summary",
	FormSummaryHint:          "Markdown · enter starts a new line · ctrl+e opens your editor",
	FormSaving:               "Saving…",
	FormCancelled:            "Not saved.",
	FormEditTitle:            "Edit entry #%d",
	FormRequestHint:          "A partner came to JAW with a challenge: when it opened, when JAW first responded, when it closed.",
	FormOpened:               "Opened",
	FormFirstResponse:        "First response",
	FormClosed:               "Closed",
	FormOptionalDate:         "YYYY-MM-DD, 3d = 3 days ago, or empty",
	FormCameFirst:            "Came to JAW first",
	FormNewPartner:           "New partner",
	FormEditPartner:          "Edit partner %s",
	FormName:                 "Name",
	FormShortName:            "Short name",
	FormCountry:              "Country",
	FormSince:                "Since",
	FormSinceHint:            "year the relationship began, or empty",
	FormContact:              "Contact",
	FormCompanies:            "Related companies",
	FormNotes:                "Notes",
	FormNewAction:            "New action for #%d “%s”",
	FormWhat:                 "What",
	FormOwner:                "Owner",
	FormDue:                  "Due",
	GoneWhileEditing:         "It was deleted or changed by someone else meanwhile; nothing was saved.",
	EntryDeletedWhileEditing: "Entry #%d was deleted elsewhere; text kept. ctrl+s: restore or save as new",
	AskRestoreDeletedEntry:   "Entry #%d was deleted by someone else meanwhile. Restore it with your changes?",
	AskSaveAsNewEntry:        "Save what you typed as a new entry instead? (n keeps the form open)",
	EntryRestoredWithChanges: "Entry #%d restored, with your changes — u to undo the changes.",
	FollowUpEntryDeleted:     "Entry #%d was deleted meanwhile; nothing was saved, your text is kept.",

	EntryUpdated:      "Entry #%d updated — u to undo.",
	PartnerAdded:      "Partner %s added.",
	PartnerUpdated:    "Partner %s updated — u to undo.",
	ActionAdded:       "Action #%d added.",
	EntryDeleted:      "Entry #%d deleted — u to undo.",
	EntryRestored:     "Entry #%d restored — u to undo.",
	PartnerArchived:   "%s archived — u to undo.",
	PartnerUnarchived: "%s is active again.",
	ActionDone:        "Action #%d done — u to undo.",
	ActionReopened:    "Action #%d open again.",
	ConfirmDelete:     "Delete entry #%d “%s”?",
	ConfirmArchive:    "Archive %s? It will be hidden from lists and pickers, and leaves the progress figures, past quarters included.",
	ConfirmUnarchive:  "Make %s active again?",
	Undone:            "Undone: %s.",
	NothingToUndo:     "Nothing to undo.",
	UndoAdd:           "adding entry #%d",
	UndoEdit:          "editing entry #%d",
	UndoDelete:        "deleting entry #%d",
	UndoRestore:       "restoring entry #%d",
	UndoPartnerAdd:    "adding %s",
	UndoPartnerEdit:   "editing %s",
	UndoArchive:       "archiving %s",
	UndoActionDone:    "marking action #%d done",

	ActionsHeading: "Actions overdue or due this week",
	EntryAdded:     "Entry #%d added.",
	SaveFailed:     "Not saved: %v",

	KeyQuit: "quit", KeyHelp: "keys", KeyNextTab: "next screen", KeyPrevTab: "previous screen",
	KeyUp: "up", KeyDown: "down", KeyPageUp: "page up", KeyPageDown: "page down", KeyTop: "first", KeyBottom: "last",
	KeyAdd: "add entry", KeyBack: "back / cancel", KeyRefresh: "reload",
	KeyFilter: "filter", KeyEdit: "edit", KeyDelete: "delete", KeyUndo: "undo",
	KeyNewPartner: "new partner", KeyArchive: "archive / restore", KeyShowAll: "show all", KeyHideArchived: "hide archived", KeyHideDone: "hide done", KeyRestore: "restore",
	KeyFollowUp: "action", KeyDone: "done / open again",
	KeyFormNext: "next field", KeyFormPrev: "previous field", KeyFormToggle: "choose", KeyFormCancel: "cancel the form",
	KeyRedo: "redo", KeyCount: "count all", KeyFormChoose: "choose / next field", KeyFormSave: "save",
	KeyFormEditor: "open in your editor", KeyCloseHelp: "close", KeyConflictSwitch: "yours / theirs",
	KeyConflictSave: "save", KeyFormBackToForm: "back to the form", KeyFilterDone: "to the list",
	KeyFilterClear: "clear the filter", KeyOpenEntry: "open its entry", KeyEditGoal: "edit the goal", KeyEditStage: "edit the stage",
	HelpAsk:   "When asked",
	HelpMouse: "Mouse: click a tab to switch to it, a row to select it and again to open it; the wheel scrolls.",

	AskDiscard:       "Discard what you typed in this form?",
	AskQuitForm:      "A form holds changes you have not saved. Quit anyway?",
	AskRestoreDraft:  "This form has a draft you left on %s. Restore it?",
	DraftRestored:    "Draft restored.",
	DraftSavedAt:     "draft kept at %s",
	AskDropRequest:   "The new kind is not a request: its %s would be dropped. Change the kind anyway?",
	AskStageDrop:     "%s is at stage %d on goal %d; record stage %d, a drop?",
	AskUndoOverwrite: "Undo %s? It was changed elsewhere since, and undoing overwrites %s.",
	AskRedoOverwrite: "Redo the %s? It was changed elsewhere since, and redoing overwrites %s.",
	Redone:           "Redone: %s.",
	NothingToRedo:    "Nothing to redo.",
	NothingChanged:   "Nothing changed, so nothing was written.",
	AlreadySo:        "It already was so; nothing was changed.",
	Cancelled:        "Cancelled.",
	Reloaded:         "Reloaded.",
	NoEditor:         "Set VISUAL or EDITOR to edit the text in your editor.",
	EditorFailed:     "The editor did not work: %s",
	ConflictTitle:    "Changed elsewhere meanwhile",
	ConflictExplain:  "Someone changed these fields after you opened the form. Keep yours or theirs for each, then save.",
	ConflictMine:     "yours:",
	ConflictTheirs:   "theirs:",
	ConflictLeft:     "Not saved yet: the form is as you left it.",
	ConflictMore:     "more below: pgdown scrolls",
	ConflictWhen:     "Saved elsewhere at %s; by whom is not recorded.",
	ConflictWhenBy:   "Saved elsewhere by %[1]s at %[2]s.",
	FormChosen:       "%d chosen: %s",
	FormNoneChosen:   "none chosen yet",
	FormNoMatch:      "no match for “%s”",
	FormTypeToFilter: "type to filter",
	DateToday:        "today|t",
	DateYesterday:    "yesterday|y",
	DateTomorrow:     "tomorrow",
	DateAgo:          Plural{One: "%d day ago", Other: "%d days ago"},
	DateAhead:        Plural{One: "in %d day", Other: "in %d days"},
	FormAheadDate:    "YYYY-MM-DD, 2w = in 2 weeks, or empty",

	FormTracked:          "Tracked",
	FormNameJA:           "Japanese name",
	FormYomi:             "Reading (kana)",
	FormDone:             "Done",
	FormEditAction:       "Edit action #%d · for “%s”",
	FormEditGoal:         "Edit goal %d",
	FormEditStage:        "Edit stage %d of goal %d",
	FormTitleEN:          "Title",
	FormTitleJA:          "Japanese title",
	FormShortTitleEN:     "Short title",
	FormShortTitleJA:     "Japanese short title",
	FormDescriptionEN:    "Description",
	FormDescriptionJA:    "Japanese description",
	FormDescriptionDraft: "Description is a draft",
	FormJAConfirmed:      "Japanese confirmed by JAW",
	FormTarget:           "2030 target %",
	FormTargetHint:       "empty for the default, %.0f%%",
	FormNameEN:           "Name",
	FormRubricEN:         "Rubric",
	FormRubricJA:         "Japanese rubric",
	FormRubricDraft:      "Rubric is a draft",
	GoalUpdated:          "Goal %d updated — u to undo.",
	StageUpdated:         "Stage %d of goal %d updated — u to undo.",
	ActionUpdated:        "Action #%d updated — u to undo.",
	ActionDeleted:        "Action #%d deleted — u to undo.",
	ConfirmDeleteAction:  "Delete action #%d “%s”?",
	UndoActionAdd:        "adding action #%d",
	UndoAssessmentAdd:    "recording stage %d on goal %d for %s",
	UndoActionDelete:     "deleting action #%d",
	UndoActionEdit:       "editing action #%d",
	UndoActionReopen:     "reopening action #%d",
	UndoUnarchive:        "making %s active again",
	UndoGoalEdit:         "editing goal %d",
	UndoStageEdit:        "editing stage %d of goal %d",
}
