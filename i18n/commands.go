package i18n

import "vision2030/store"

// Commands is the command line: the help of every command and flag, usage
// errors and their hints, and what commands print.
type Commands struct {
	// Help is the text of each command, by its path below the program:
	// "" is the program itself, "entries show" a subcommand.
	Help map[string]CommandHelp
	// FlagHelp describes each flag, by name; "PATH --name" ("entries show
	// --format") overrides it for one command. A word in `backquotes`
	// names the flag's value in help ("--db file").
	FlagHelp map[string]string
	// FlagTypes says what a flag's value must be, by pflag type ("int").
	FlagTypes map[string]string

	// Help's layout.
	HelpUsage       string // heading
	HelpCommands    string // heading
	HelpFlags       string // heading
	HelpGlobalFlags string // heading
	HelpExamples    string // heading
	HelpFlagsArg    string // after a usage line: the flags
	HelpCommandArg  string // after a usage line: a subcommand
	HelpMore        string // %s command path
	HelpDefault     string // %s default value
	HelpRequired    string
	HelpRepeatable  string
	FlagValue       string // a flag's value, when its description names none
	VersionLine     string // %s program, %s version, %d schema version

	// Arguments, as error messages name them.
	ArgEntryID, ArgActionID, ArgPartner, ArgShell, ArgPath string
	ArgAssessmentID                                        string
	ArgGoal, ArgGoalStage                                  string

	// Every error is one line, "program: message", then a hint.
	ErrLine string // %s program, %s message

	// Usage errors (exit 2).
	ErrUnknownCommand    string // %q word
	ErrUnknownSubcommand string // %s command, %q word, %s its commands
	ErrNoArgs            string // %s command, %q first argument
	ErrMissingArg        string // %s command, %s what (ArgEntryID…)
	ErrExtraArg          string // %s command, %s what, %q extra argument
	ErrUnknownFlag       string // %s flag
	ErrFlagNeedsValue    string // %s flag
	ErrFlagValue         string // %s flag, %q value, %s what it must be (FlagTypes)
	ErrFlagSyntax        string // %s argument
	ErrFlagOther         string // %v pflag's error
	ErrFlagsExclusive    string // %s flag, %s flag: given together
	ErrNeedValue         string // %s flag
	ErrBadFormat         string // %q value, %s formats
	ErrNumberRange       string // %s flag, %q value, %d lowest, %d highest
	ErrBadID             string // %q value, %s what (ArgEntryID…)
	ErrBadWidth          string // %q value, %d lowest, %d highest
	ErrNarrowWidth       string // %d value, %d lowest
	ErrBadDate           string // %s flag, %q value
	ErrDemoTodayEarly    string // %s value, %s the demo's first day
	ErrKindUnknown       string // %s flag, %q value, %s kinds
	ErrNoChange          string
	ErrRequestOnly       string // %s flag
	ErrBadStage          string // %q value
	ErrPartnerEmpty      string
	ErrGoalEmpty         string
	ErrCountryEmpty      string
	ErrBadShell          string // %q value, %s shells
	ErrFilterValues      string // %s filter message, %s the values
	FilterGoalValues     string
	FilterCountryValues  string
	FilterDateValues     string
	FilterPartnerValues  string
	FilterTerm           string // %q the term: a filter problem's start, before a date's
	FilterBadValueIn     string // %q the term, %q the value in it that does not fit
	ErrNoDashboard       string

	// Settings errors (exit 2). Where: a flag, $VARIABLE, or ConfigAtLine.
	ConfigAtLine      string // %s file, %d line
	ErrConfigSyntax   string // %s where, %s the TOML parser's words
	ErrConfigRead     string // %s where, %s the system's words
	ErrConfigMissing  string // %s where
	ErrConfigUnknown  string // %s where, %s setting, %s settings
	ErrConfigType     string // %s where, %s setting, %s what it may be
	ErrConfigValue    string // %s where, %s setting, %q value, %s values
	ErrSettingValue   string // %s flag or $VARIABLE, %q value, %s values
	ErrConfigAction   string // %s where, %q action, %s actions
	ErrConfigTwice    string // %s where, %q key, %q first action, %q second action
	ErrConfigEmptyKey string // %s where, %s setting
	ErrSettingBlank   string // %s where (--db, or the file and line)
	ErrAuthorBlank    string // %s where
	ErrConfigOther    string // %s where, %v error
	ConfigTypeText    string // what ErrConfigType says a text setting takes

	// Failures (exit 1).
	ErrEntryNotFound          string // %d id
	ErrEntryDeleted           string // %d id
	ErrWouldDrop              string // %d id, %s what would be lost: DropValue joined by DropSep
	DropValue                 string // %s field, %s its value
	DropSep                   string
	HintDropRequest           string
	ErrAlreadyDeleted         string // %d id
	ErrNotDeleted             string // %d id
	ErrActionNotFound         string // %d id
	ErrAssessmentNotFound     string // %d id
	ErrActionAlreadyOpen      string // %d id
	ErrActionAlreadyDone      string // %d id
	ErrPartnerNotFound        string // %d id
	ErrPartnerAlreadyArchived string // %d id, %s label
	ErrPartnerNotArchived     string // %d id, %s label
	ErrPartnerNone            string // %q query
	FlagMessage               string // %s flag, %s message about its value
	ErrPartnerAmbiguous       string // %q query, %d count
	ErrPartnerNear            string // heading of the candidates
	ErrPartnerArchived        string // %s partner's short name or name
	ErrGoalUnknown            string // %s flag or ArgGoalName, %q value
	ErrGoalAmbiguous          string // %s flag or ArgGoalName, %q value, %d count
	ArgGoalName               string // a goal given as an argument, as messages name it
	GoalItem                  string // %d number, %s short title: one goal in a hint
	GoalItemSep               string // between GoalItems
	HintGoals                 string // %s the goals (GoalItems)
	ErrCountryNone            string // %q value
	ErrCountryAmbiguous       string // %q value, %d count
	ErrStdin                  string // %v error
	ErrNoDataDir              string
	ErrMakeDir                string // %s directory, %v error
	ErrNoDir                  string // %s directory
	ErrNotDir                 string // %s path
	ErrDBIsDir                string // %s path
	ErrSeed                   string // %s path, %v error
	ErrInterrupted            string
	ErrUnexpected             string // %v error
	ErrBug                    string // %v what went wrong

	// Hints: the line under an error.
	HintUsage            string // %s command path
	HintDidYouMean       string // %s suggestion, %s command path
	HintNothingWritten   string
	HintNothingChanged   string
	HintListEntries      string
	HintListActions      string
	HintListAssessments  string
	HintListPartners     string
	HintPartnerAmbiguous string
	HintRestoreEntry     string // %[1]d id
	HintUnarchivePartner string // %s the partner as an argument
	HintGoalNumber       string // %s the goals matched (GoalItems)
	HintCountry          string
	HintGiveDB           string
	ErrNoDatabase        string // %s path
	HintMakeDir          string // %s directory
	HintOtherDB          string
	HintUpgrade          string
	HintConfig           string
	HintConfigFile       string
	HintBug              string

	// Notes printed while a command runs (to stderr).
	NoteSummaryStdin string

	// Output.
	OutDeleted        string // %[1]d id
	OutRestored       string // %d id
	OutUpdated        string // %d id
	OutUnchanged      string // %d id: an edit that asked for what the entry already holds
	OutEntryIsDeleted string // %[1]d id
	// entries show, under the table of a request: its dates and whether
	// it came to JAW first.
	ShowOpened, ShowFirstResponse, ShowClosed, ShowCameFirst string
	OutPartnerAdded                                          string // %d id
	OutPartnerUpdated                                        string // %d id, %s label
	OutPartnerUnchanged                                      string // %d id, %s label
	OutPartnerArchived                                       string // %d id, %s label
	OutPartnerRestored                                       string // %d id, %s label
	OutActionAdded                                           string // %d id
	OutActionDone                                            string // %d id
	OutActionReopened                                        string // %d id
	OutActionUpdated                                         string // %d id
	OutActionDeleted                                         string // %d id
	OutAssessmentUndone                                      string // %d id, %d stage, %d goal, %s partner
	OutShown                                                 string // %d shown, %d matched
	OutNoneMatch                                             string // no entry matches
	OutStages                                                string // heading
	OutOpenActions                                           string // heading
	NameWithCode                                             string // %s a name, %s its country's code: "Thailand (TH)"
	ColID, ColGoals, ColAuthor, ColStatus, ColShort, ColSince, ColEntry,
	ColWhat, ColOwner, ColDue, ColDone, ColArchived, ColTracked, ColContact, ColCompanies,
	ColNotes, ColGoal, ColStage, ColNote, ColCode string
	ColTarget        string
	ErrBadTarget     string // %q value
	OutGoalUpdated   string // %d goal
	OutRubricUpdated string // %d goal, %d stage

	// `config`.
	ConfigFile        string // %s path
	ConfigFileMissing string // %s path
	ConfigNoFile      string
	ConfigNoKeys      string
	ColSetting        string
	ColValue          string
	ColFrom           string
	FromFlag          string // %s flag
	FromEnv           string // %s variable
	FromFile          string // %d line
	FromDefault       string
	FromSystemUser    string
	FromLocale        string // %s variable, %s its value

	// backup and check.
	OutBackedUp         string // %s database, %s backup, %s size
	ErrOutExists        string // %s path
	ErrOutIsDatabase    string // %s path
	ErrOutIsCompanion   string // %s path, %s the database, %s its file's suffix (-wal, -shm, -journal)
	ErrBackupInvalid    string // %s path, %s what the check found
	ErrBackupWrite      string // %s path, %v error
	OutCheckOK          string // %s path
	OutCheckRepaired    string // %s path
	OutCheckLine        string // %s kind, %s table, %s detail
	OutCheckLineNoTable string // %s kind, %s detail
	ErrCheckFound       Plural // %d problems, %s path
	ErrCheckRemain      Plural // %d problems, %s path: still there after --repair
	CheckHintRepair     string // some problems are repairable
	CheckHintRestore    string // damage to the file
	DefectKinds         map[store.DefectKind]string
	// Defect reasons: a Plural of N (a row, or a number of rows); for
	// missing_row also %s the table referred to; inconsistent has no verb.
	DefectReasons map[store.DefectReason]Plural
	// Progress bars on stderr.
	ProgressBackup    string // label
	ProgressMigrate   string // label
	ProgressVerifying string // what a backup does after the copy
	ProgressLine      string // %s label, %s bar, %3d percent, %s done/total, %s rate, %s time left

	// export and import: the rows of each table, counted.
	RowsPartners, RowsEntries, RowsActions, RowsAssessments Plural // %d rows
	// The sheets of a workbook, one per table.
	SheetPartners, SheetEntries, SheetActions, SheetAssessments string

	ProgressExport      string // label
	ProgressImport      string // label
	ErrBadWhat          string // %s flag, %q value, %s what it may be
	ErrCSVOneTable      string // %q what
	ErrFilterNotEntries string // %q what
	ErrBinaryToTerminal string // %s format
	ErrWriteOut         string // %s path, %v error
	ErrBadOutFormat     string // %s path, %s formats
	OutExported         string // %s counts, %s file
	NoteCut             Plural // %d cells
	NoteControls        Plural // %d cells
	ErrReadFile         string // %s path, %v error
	// What the system says when a file cannot be read or written, in the
	// common cases: the %v of ErrReadFile, ErrWriteOut, ErrMakeDir….
	SysNotExist         string
	SysPermission       string
	SysIsDir            string
	SysNotDir           string
	SysNoSpace          string
	SysReadOnly         string
	ErrImportRefused    Plural // %d problems, %s file
	ErrImportMore       Plural // %d problems not listed
	ImportAtRow         string // %d row
	ImportAtCell        string // %d row, %s column
	ImportAtSheetRow    string // %s sheet, %d row
	ImportAtSheetCell   string // %s sheet, %d row, %s column
	ImportAtItem        string // %s table, %d item
	ImportAtItemField   string // %s table, %d item, %s field
	ImportAtHeader      string // the header of a CSV file
	ImportAtSheetHeader string // %s sheet: its header
	ImportNear          string // %s candidates
	ImportAmbiguous     string // %s candidates
	IssueNotTable       string // %s file
	IssueXLS            string // %s file
	IssueODS            string // %s file
	IssuePDF            string // %s file
	IssueEmpty          string // %s file
	IssueNoRows         string // %s file
	IssueNoColumns      string // %s where, %s the headings
	IssueMissingColumn  string // %s where, %s field, %s field
	IssueColumnTwice    string // %s where, %q heading, %q heading, %s field
	IssueCells          string // %s where, %d cells, %d header cells
	IssueNoHeading      string // %s where, %q value
	IssueCSV            string // %d line
	IssueBadXLSX        string // %s file, %s the library's words
	IssueBadJSON        string // %s where, %d line, %s the decoder's words, or JSONSyntax or JSONType
	JSONSyntax          string // what IssueBadJSON says of JSON that is not well formed
	JSONType            string // what IssueBadJSON says of a value of the wrong type
	IssueBadBool        string // %s where, %q value
	IssueNoTable        string // %s file, %s table
	IssueMapColumn      string // %s file, %q heading
	IssueEraDate        string // %s where, %q value, %s era, %s its first day, %s its last day
	IssueEraSince       string // %s where, %q value, %s era, %s its first day
	HintImport          string
	ErrMapSyntax        string // %q value
	ErrMapField         string // %q field, %s fields
	ErrImportArgs       string
	ErrUndoArgs         string
	OutImportRead       string // %s file, %s format, %s counts
	OutImportIgnored    string // %s headings
	OutImportDry        string // %s counts
	OutImportDryNothing string
	OutImported         string // %d batch, %s counts
	OutImportNothing    string // %d batch
	OutImportDuplicates string // %s counts
	OutImportCreated    string // %s country, %s names
	OutImportUndoHint   string // %[1]d batch
	OutImportUndone     string // %d batch, %s file, %s counts
	OutImportUndoneNone string // %d batch, %s file
	ErrBatchNotFound    string // %d batch
	ErrBatchUndone      string // %d batch, %s when
	HintBatches         string
	FormatCSVEncoding   string // %s encoding: how a CSV file was read
	FormatWorkbook      string
	FormatJSONDocument  string
	ListSep             string // between the items of a list in a sentence
	ArgBatch            string // what --undo takes
	ArgFile             string // what import takes
	ArgStdin            string // the name of standard input, read as a file
	ArgBackup           string // what restore takes

	// restore and purge.
	ProgressRestore      string // label
	ProgressRestoreCheck string // what a restore does after the copy
	OutRestoredNew       string // %s database, %s backup, %d schema
	OutRestoredDB        string // %s database, %s backup, %d schema, %s the file kept
	ErrRestoreInUse      Plural // %d processes, %s database
	RestoreProcess       string // %s pid, %s command line
	UnknownCommand       string // a process whose command line the system does not tell
	HintRestoreInUse     string
	ErrRestoreNewer      string // %s backup, %d its schema, %d this binary's
	ErrRestoreNotDB      string // %s backup
	ErrRestoreSame       string // %s backup
	ErrRestoreDamaged    Plural // %d problems, %s backup
	HintRestoreDamaged   string
	ErrRestore           string // %s database, %s backup, %v error
	ErrPurgeDate         string // %q value
	OutPurgeNone         string // %s date
	ErrPurgeNeedYes      string // %s what, %s date
	HintPurgeYes         string
	PurgeConfirm         string // %s what, %s date
	OutPurgeKept         string
	OutPurged            string // %s what, %s date

	// report: the meeting paper and the brief.
	ErrBadReportDate     string // %s flag, %q value
	ErrUntilWithoutSince string
	ErrPeriodOrder       string // %s since, %s until
	ErrAsOfBeforeUntil   string // %s as-of, %s until
	ErrAsOfBeforeSince   string // %s as-of, %s since
	ErrPeriodText        string
	ErrBriefPeriod       string
	ErrBriefFormat       string // %q format, %s formats
	ErrBriefBoth         string
	OutReportWritten     string // %s file
	OutShownAtLeast      string // %d shown, %d matched at least (counting stopped there)
	// demo.
	ErrNotDemo    string // %s path
	DemoWriting   string // progress label
	DemoFinishing string // progress label
	OutDemo       string // %s path, %d entries, %d partners, %s time taken
}

// CommandHelp is the help of one command.
type CommandHelp struct {
	Args    string // its arguments in the usage line: "ID", "[COMMAND]"
	Short   string // one line, in the list of commands
	Long    string // its help; Short when empty
	Example string // lines of examples
}

var enCommands = Commands{
	Help: map[string]CommandHelp{
		"": {
			Short: "The JAW International Vision 20-30 dashboard",
			Long: `vision2030 — the JAW International Vision 20-30 dashboard.

Without a command it opens the dashboard. The commands below do the same work
from the shell, on the same database.

Every setting comes from its flag, else its environment variable
(VISION2030_DB, VISION2030_AUTHOR, VISION2030_LANG, VISION2030_THEME), else
the settings file, else its default; 'vision2030 config' shows them. The
database defaults to vision2030.db in $XDG_DATA_HOME/vision2030
(~/.local/share/vision2030) and is created and seeded on first use. Keep it
on a local disk, never on a network share.`,
			Example: `vision2030                                    # the dashboard
vision2030 log --partner UAW --goal 2 --kind visit --title "Detroit visit"
vision2030 entries --filter 'goal:2 country:US since:2026-01-01'
vision2030 partners --country Thailand
vision2030 report --format md > report.md`,
		},
		"report": {
			Short: "Print the dashboard, a meeting paper, or a brief for a trip",
			Long: `Print the dashboard as text (as wide as the terminal, else 100 cells), or a
meeting paper: Markdown, one HTML page to print (charts included, A4), a
workbook of its tables (xlsx), or JSON for scripts (its shape is in the
README). The paper adds the partners at the framework by country and every
stale partner; with --since (and --until, default the as-of day) it adds what
happened in the period: entries by country and partner, stages recorded,
requests opened, answered and closed, actions done and overdue.

--partner (repeatable) or --country prints a brief for a trip instead: each
partner's stage on each goal with its history, its last entries, its open
requests and actions (text, md for the same in Markdown, or json).`,
			Example: `vision2030 report --width 80
vision2030 report --format html --since 2026-04-01 --until 2026-06-30 \
    --out q1.html
vision2030 report --format xlsx --out paper.xlsx
vision2030 report --partner UAW --partner JCM
vision2030 report --country Thailand --format md > bangkok-trip.md`,
		},
		"log": {
			Short: "Log an entry and print its id",
			Long: `Log an entry: a consultation, conference, seminar, visit, online meeting,
correspondence or request, with its partners and goals.

--partner and --goal repeat. A partner is an id, a short name or an
unambiguous part of a name; a goal is its number or part of its title.
--opened, --first-response, --closed and --came-first are for --kind request.
--kind takes a kind's word in English or Japanese too (--kind 訪問).
--summary - reads the summary from standard input, until end of file.`,
			Example: `vision2030 log --partner UAW --goal 2 --kind request --title "Plant closure" \
    --opened 2026-11-02 --came-first --summary - < notes.md`,
		},
		"entries": {
			Short: "List entries, newest first",
			Long: `List entries, newest first, as a table, CSV or JSON.

A filter combines terms with "and"; the values of one key (repeated or
separated by commas) with "or":
  goal:2  country:TH  partner:UAW  kind:request,visit  author:tanaka
  status:open|answered|closed  since:2024-01-01  until:2024-12-31
  words and "quoted phrases" match titles, summaries and partner names
country: takes a code or a country's name, English or Japanese
(country:Thailand, country:タイ).`,
			Example: `vision2030 entries --filter 'goal:2 country:US kind:request "plant closure"'
vision2030 entries --format csv --limit 1000 > entries.csv`,
		},
		"entries show": {Args: "ID", Short: "Print an entry, its summary and its actions"},
		"entries edit": {Args: "ID", Short: "Change the fields given of an entry",
			Long: `Change the fields given of an entry; the others stay as they are. It takes the
flags of log: --partner and --goal, when given, replace the entry's partners
and goals. The entry keeps its author; the author setting (--author) is
recorded as who changed it.`,
			Example: "vision2030 entries edit 5 --first-response 2026-11-05"},
		"entries delete":  {Args: "ID", Short: "Delete an entry (undo: entries restore)"},
		"entries restore": {Args: "ID", Short: "Bring a deleted entry back"},
		"partners": {
			Short: "List partners by country",
			Long: `List partners by country. --country takes a code (TH) or a country's English
or Japanese name (Thailand, タイ).`,
			Example: "vision2030 partners --country Thailand --format csv",
		},
		"partners add": {
			Short: "Add a partner and print its id",
			Long: `Add a partner. Its name must be new: a name that differs from another partner's
only in case, letter width or spacing is refused. Kinds: union, federation,
global_union, national_centre, international_org, government, employer, ngo,
other.`,
			Example: `vision2030 partners add --name "Thai Auto Workers" --short TAW --country TH \
    --kind federation`,
		},
		"partners show": {Args: "PARTNER", Short: "Print a partner, its stages and its open actions",
			Long: `Print a partner, its latest stage on each goal and its open actions. PARTNER is
an id, a short name or an unambiguous part of a name, archived or not.`},
		"partners edit": {Args: "PARTNER", Short: "Change the fields given of a partner",
			Long: `Change the fields given of a partner; the others stay as they are. PARTNER is
an id, a short name or an unambiguous part of a name.`,
			Example: "vision2030 partners edit JCM --contact somchai@example.org"},
		"partners archive":   {Args: "PARTNER", Short: "Archive a partner: it leaves the lists and the figures"},
		"partners unarchive": {Args: "PARTNER", Short: "Make an archived partner active again"},
		"actions":            {Short: "List open follow-up actions"},
		"actions add": {Short: "Add a follow-up action to an entry and print its id",
			Example: `vision2030 actions add --entry 5 --what "Send ILO guidance" --owner sato \
    --due 2026-11-28`},
		"actions edit": {Args: "ID", Short: "Change the fields given of an action",
			Example: `vision2030 actions edit 1 --due 2026-12-05 --owner tanaka`},
		"actions delete": {Args: "ID", Short: "Delete an action"},
		"actions done":   {Args: "ID", Short: "Mark an action done"},
		"actions reopen": {Args: "ID", Short: "Mark a done action open again"},
		"assess": {
			Short: "Record a partner's stage on a goal and print its id",
			Long: `Record a partner's stage on a goal: 0 no contact, 1 contact and dialogue
begun, 2 the value is shared, 3 the framework exists, 4 JAW is the first
place to consult. History is kept; the latest assessment counts. With
--partner or --goal repeated, one assessment is recorded for each distinct
partner and goal (one named twice counts once), all or none, and their ids
are printed one per line. --undo ID removes an assessment recorded by
mistake.`,
			Example: `vision2030 assess --partner UAW --goal 1 --stage 3 --date 2025-09-01 \
    --note "Framework agreed"
vision2030 assess --partner UAW --partner JCM --goal 1 --goal 2 --stage 2`,
		},
		"export": {
			Short: "Write the entries, partners, actions and assessments to CSV, JSON or a workbook",
			Long: `Write every field of the entries, partners, actions or assessments (--what) to a
file: CSV (UTF-8 with a byte-order mark, for Excel on any PC; one table), JSON
(lossless, for import into another database) or XLSX (a workbook with a sheet
per table, headed in the interface's language). --format defaults to what the
--out file's name says, else CSV; --what to entries for CSV, else all.
--filter selects the entries (and their actions) with the filter language of
'entries'. Deleted entries and actions are left out unless --include-deleted.
Without --out, CSV and JSON go to standard output. An existing --out file is
replaced only with --overwrite; the database and its own files never are.`,
			Example: `vision2030 export --out entries.csv
vision2030 export --out vision2030.xlsx --filter 'since:2025-04-01'
vision2030 export --format json --out all.json --include-deleted`},
		"import": {Args: "FILE",
			Short: "Add the rows of a CSV, XLSX or JSON file, all or none, as one batch",
			Long: `Add the entries or partners (--what) of a CSV file, a workbook or an export's
JSON. Columns are matched by their headings, in English or Japanese (as an
export heads them, or 日付, 件名, 相手先…); --map HEADING=FIELD names others.
Dates may be YYYY-MM-DD, 2025/4/21, 2025年4月21日, Japanese era dates such as
令和7年4月21日 or R7.4.21, or a spreadsheet's date cells. Partners are matched
by id, short name, name or Japanese name; --create-partners COUNTRY makes the
ones that match none. CSV may be UTF-8 (with or without a byte-order mark),
UTF-16 (Excel's "Unicode text", tab-separated) or Shift_JIS as Excel writes it
on a Japanese PC.

Every row is checked before anything is written: one problem refuses the whole
file, and up to 50 are listed with their row and column. A row already in the
database (by its uid, else its date, title and partners) is left out, so
importing a file twice adds nothing the second time. Each import is a batch:
'import --undo BATCH' takes back what it added. FILE - reads standard input.`,
			Example: `vision2030 import --dry-run 2024-log.xlsx
vision2030 import 2024-log.csv --map 実施日=date --map 組合=partners \
    --create-partners TH
vision2030 import all.json
vision2030 import --undo 1`},
		"restore": {Args: "BACKUP",
			Short: "Replace the database with a backup, after checking it",
			Long: `Replace the database with BACKUP: the backup is copied beside the database,
upgraded to this version's schema and checked, and only then put in the
database's place, in one step. The file it replaces is kept beside it
(NAME.before-restore-DATE-TIME). Refused while other processes have the
database open (they are named where the system tells), for a backup from a
newer vision2030, and for one that fails its check. Run it on the machine
that holds the database, never over SSH.`,
			Example: `vision2030 restore ~/backups/vision2030-2026-11-21.db`},
		"purge": {
			Short: "Remove deleted entries for good",
			Long: `Remove for good the entries deleted before --deleted-before (and their links,
their actions and their search rows), and the actions deleted before it, in
one transaction. It says how many and asks first; --yes does not ask.`,
			Example: `vision2030 purge --deleted-before 2025-01-01`},
		"demo": {
			Short: "Build a realistic demo database to try the dashboard on",
			Long: `Build a realistic, deterministic database: partners in up to 40 countries
(the default 100 in 25), entries since 2017 in English, Japanese and Thai,
requests with response times, follow-up actions, stage histories that rise
unevenly, archived partners and deleted entries. The same --seed and --today
give the same file byte for byte. It writes only a new file or one it built
before, never your own database.`,
			Example: `vision2030 --db /tmp/demo.db demo --entries 20000 --today 2026-11-21
vision2030 --db /tmp/demo.db`},
		"goals": {Short: "List the vision's goals, their 2030 targets and which texts are drafts",
			Long: `List the vision's three goals with their 2030 targets. Texts that the sources do
not give are drafts for JAW to confirm, and Japanese texts are translations
until JAW confirms them. The list notes it of the titles it shows; JSON gives
both languages and the rubric of every goal, each text marked (rubric_draft,
description_draft, ja_confirmed).`},
		"goals edit": {Args: "GOAL", Short: "Change a goal's texts or its 2030 target",
			Long: `Change the fields given of a goal: its title, short title or description in
English or Japanese, or its 2030 target (a share, in percent). Writing the
English description marks it as JAW's own, no longer a draft.`,
			Example: `vision2030 goals edit 2 --target 80
vision2030 goals edit 1 --ja-confirmed \
    --title-ja "グローバル自動車産業全体での基本的労働権の確保"`},
		"goals rubric": {Args: "GOAL STAGE", Short: "Change the name or rubric of one stage of a goal",
			Example: `vision2030 goals rubric 2 3 \
    --rubric "Labour–management dialogue is institutionalized and practiced."`},
		"settings": {Short: "Settings every colleague shares, kept in the database"},
		"settings fiscal-year-start": {Args: "[MONTH]", Short: "Say or set the month the fiscal year starts in (1–12)",
			Long: `Say the month the bureau's year starts in, or set it for every colleague:
quarters, requests per year and the report's periods follow it (4: FY2025 is
2025-04-01 to 2026-03-31).`,
			Example: `vision2030 settings fiscal-year-start 4`},
		"backup": {Args: "PATH",
			Short: "Write a verified copy of the database, safe while others use it",
			Long: `Write a consistent, self-contained copy of the database to PATH while others
read and write it, check the copy, and only then give it its name. Copy the
database this way, never with cp: recent writes live in the -wal file beside
it. An existing PATH is refused unless --overwrite is given.`,
			Example: `vision2030 backup ~/backups/vision2030-2026-11-21.db`},
		"check": {
			Short: "Look for damage: the file, its references, the search index, derived data",
			Long: `Run SQLite's integrity check, the foreign-key check, the search index's own
check and a check of the data kept by triggers, and print one line per problem;
exit 1 if there is any. --repair rebuilds the search index and derived data in
one transaction and checks again. Damage to the file itself cannot be
repaired: restore it from a backup.`},
		"config": {
			Short: "Print the settings in effect and where each came from",
			Long: `Print the settings in effect, where each came from (a flag, an environment
variable, the settings file or the default) and the settings file's path:
$XDG_CONFIG_HOME/vision2030/config.toml (~/.config/vision2030/config.toml), or
--config / $VISION2030_CONFIG. The file holds, for example:

  author = "tanaka"
  db = "~/jaw/vision2030.db"
  theme = "auto"          # auto, dark or light
  lang = "ja"             # ja or en
  ambiguous_width = 2     # 1 or 2

  [keys]                  # dashboard action = its keys
  add = ["a", "ctrl+n"]`,
		},
		"completion": {
			Args:  "bash|zsh|fish",
			Short: "Print a shell completion script",
			Long: `Print the completion script of a shell. It completes commands, flags, partner
short names, goal numbers, kinds and formats.

  bash:  add  source <(vision2030 completion bash)  to ~/.bashrc
  zsh:   vision2030 completion zsh > "${fpath[1]}/_vision2030"
  fish:  vision2030 completion fish > ~/.config/fish/completions/vision2030.fish`,
		},
		"help": {Args: "[COMMAND]", Short: "Print the help of a command"},
	},

	FlagHelp: map[string]string{
		"db":      "the database `file` (default: vision2030.db in the data directory)",
		"author":  "who writes: the `name` recorded as author of what you add",
		"lang":    "the `language` of the interface: en or ja",
		"theme":   "the colour `theme` of the dashboard: auto, dark or light",
		"config":  "the settings `file` (default: $XDG_CONFIG_HOME/vision2030/config.toml)",
		"help":    "print this help",
		"version": "print the version and the database schema version",

		"report --width":   "the text's width in `cells`, 40 to 1000 (default: the terminal's, else 100)",
		"report --format":  "the `format`: text, md, json, html or xlsx",
		"report --since":   "add what happened from this `date` on, YYYY-MM-DD or R8.4.1",
		"report --until":   "…until this `date`, YYYY-MM-DD or R8.4.1 (default: the as-of day)",
		"report --partner": "a brief on this `partner`: an id, a short name or a name",
		"report --country": "a brief on the partners of this `country`: a code or a name",
		"as-of":            "report as of this `date`, YYYY-MM-DD or R8.4.1 (default: today)",

		"partner":        "a `partner`: an id, a short name or an unambiguous part of a name",
		"goal":           "a `goal`: its number or part of its title",
		"kind":           "the entry's `kind`: consultation, conference, seminar, visit, online_meeting, correspondence, request or news",
		"title":          "the `title`",
		"date":           "the entry's `date`, YYYY-MM-DD or R8.4.1 (default: today)",
		"summary":        "the summary, in Markdown: its `text`, or - to read it from standard input",
		"opened":         "the `date` the request was opened",
		"first-response": "the `date` JAW first answered the request",
		"closed":         "the `date` the request was closed",
		"came-first":     "the partner came to JAW first with this request",

		"goals --format":              "the output `format`: table, csv or json",
		"goals edit --title":          "the goal's `title` in English",
		"goals edit --title-ja":       "the goal's `title` in Japanese",
		"goals edit --short":          "a short `title` in English, for narrow screens",
		"goals edit --short-ja":       "a short `title` in Japanese, for narrow screens",
		"goals edit --description":    "the goal's `description` in English",
		"goals edit --description-ja": "the goal's `description` in Japanese",
		"goals edit --target":         "the 2030 target: the `share` of tracked partners at the framework, in percent (above 0, up to 100)",
		"goals edit --default-target": "set the target back to the default setting (100 percent)",
		"goals edit --ja-confirmed":   "mark the Japanese texts as JAW's own (--ja-confirmed=false: a translation again)",
		"goals rubric --name":         "the stage's `name` in English",
		"goals rubric --name-ja":      "the stage's `name` in Japanese",
		"goals rubric --rubric":       "the stage's rubric `text` in English",
		"goals rubric --rubric-ja":    "the stage's rubric `text` in Japanese",
		"goals rubric --ja-confirmed": "mark the Japanese texts as JAW's own (--ja-confirmed=false: a translation again)",
		"backup --overwrite":          "replace PATH if it exists",

		"export --format":        "the `format`: csv, json or xlsx (default: from --out's name, else csv)",
		"export --what":          "the `table` to export: entries, partners, actions, assessments or all",
		"export --filter":        "only the entries (and their actions) this `filter` selects",
		"out":                    "write to this `file` instead of standard output",
		"overwrite":              "replace the --out file if it exists (never the database or its own files)",
		"include-deleted":        "include deleted entries and actions",
		"import --what":          "the `table` to import: entries, partners or all (default: what the file holds)",
		"map":                    "read the column with this heading as this field: `HEADING=FIELD`",
		"dry-run":                "check the file and say what would be added, writing nothing",
		"create-partners":        "make partners that match none, in this `country`",
		"undo":                   "take back what import `batch` BATCH added",
		"purge --deleted-before": "purge what was deleted before this `date`, YYYY-MM-DD or R8.4.1",
		"yes":                    "do not ask",
		"check --repair":         "rebuild the search index and derived data, then check again",

		"entries edit --date":               "the entry's new `date`, YYYY-MM-DD, R8.4.1 or 3d (3 days ago)",
		"log --goal":                        "a `goal`: its number or part of its title (required, but for news)",
		"entries edit --drop-request-dates": "let a change of kind away from request drop the request's dates and \"came first\"",
		"partners add --tracked":            "count the partner in goal progress (the default for unions and federations)",
		"partners add --untracked":          "do not count the partner in goal progress (the default for other kinds)",
		"partners edit --tracked":           "count the partner in goal progress",
		"partners edit --untracked":         "do not count the partner in goal progress",

		"format":                 "the output `format`: table, csv or json",
		"entries show --format":  "the output `format`: table or json",
		"partners show --format": "the output `format`: table or json",
		"config --format":        "the output `format`: table or json",
		"filter":                 "only the entries this `filter` selects (see above)",
		"demo --entries":         "how many `entries` (up to 10,000,000)",
		"demo --partners":        "how many `partners` (default: one per 100 entries, 30 to 1,000)",
		"demo --seed":            "the random `seed`: the same seed gives the same database",
		"demo --today":           "the `date` the demo's clock stands at, YYYY-MM-DD or R8.4.1 (default: today)",
		"entries --count":        "count every match (by default the count stops at twice the page, at least 100)",
		"limit":                  "print at most this `number` of entries",
		"offset":                 "skip this `number` of entries first",

		"country":              "the partner's `country`: a code (TH) or a name (Thailand, タイ)",
		"partners --country":   "only partners in this `country`: a code or a name",
		"archived":             "include archived partners",
		"name":                 "the partner's `name`",
		"short":                "its `short` name, unique: UAW, JCM",
		"partners add --kind":  "the partner's `kind`: union, federation, global_union, national_centre, international_org, government, employer, ngo or other",
		"partners edit --kind": "the partner's `kind`: union, federation, global_union, national_centre, international_org, government, employer, ngo or other",
		"since":                "the `year` the relationship began",
		"contact":              "a `contact`: person, address",
		"companies":            "related `companies`",
		"notes":                "`notes`",
		"overdue":              "only open actions past their due date",
		"all":                  "include actions already done",
		"actions add --entry":  "the `entry` it follows up: its id",
		"what":                 "`what` is to be done",
		"owner":                "who does it: the `owner`",
		"due":                  "the due `date`, YYYY-MM-DD or R8.4.1",
		"actions done --date":  "the `date` it was done (default: today)",
		"actions edit --done":  "the `date` it was done, or \"\" to make it open again",
		"assess --partner":     "the `partner`: an id, a short name or an unambiguous part of a name",
		"assess --goal":        "the `goal`: its number or part of its title",
		"assess --date":        "the `date` of the assessment (default: today)",
		"stage":                "the `stage`, 0 to 4",
		"note":                 "a `note`",
		"assess --entry":       "the `entry` that is its evidence: its id",
		"assess --undo":        "remove the assessment `id` (one recorded by mistake), instead of recording one",
	},
	FlagTypes: map[string]string{
		"int": "a whole number", "bool": "true or false", "string": "a valid value", "stringArray": "a valid value",
	},

	HelpUsage:       "Usage:",
	HelpCommands:    "Commands:",
	HelpFlags:       "Flags:",
	HelpGlobalFlags: "Global flags:",
	HelpExamples:    "Examples:",
	HelpFlagsArg:    "[flags]",
	HelpCommandArg:  "COMMAND [flags]",
	HelpMore:        "Run '%s COMMAND --help' for more about a command.",
	HelpDefault:     "(default %s)",
	HelpRequired:    "(required)",
	HelpRepeatable:  "(repeatable)",
	FlagValue:       "value",
	VersionLine:     "%s %s (database schema %d)",

	ArgEntryID:      "an entry id",
	ArgActionID:     "an action id",
	ArgAssessmentID: "an assessment id",
	ArgPartner:      "a partner (an id, a short name or a name)",
	ArgShell:        "a shell: bash, zsh or fish",
	ArgPath:         "the path of the file to write",
	ArgGoal:         "a goal (its number or part of its title)",
	ArgGoalStage:    "a goal and a stage (0 to 4)",

	ErrLine: "%s: %s",

	ErrUnknownCommand:    "unknown command %q",
	ErrUnknownSubcommand: "%s has no command %q; its commands are %s",
	ErrNoArgs:            "%s takes no arguments, but was given %q",
	ErrMissingArg:        "%s needs %s",
	ErrExtraArg:          "%s takes only %s; %q is one too many",
	ErrUnknownFlag:       "unknown flag %s",
	ErrFlagNeedsValue:    "%s needs a value",
	ErrFlagValue:         "%s: %q is not %s",
	ErrFlagSyntax:        "%q is not a flag: flags look like --name VALUE",
	ErrFlagOther:         "the flags cannot be read: %v",
	ErrFlagsExclusive:    "%s and %s cannot be given together",
	ErrNeedValue:         "%s is required",
	ErrBadFormat:         "--format: %q is not one of %s",
	ErrNumberRange:       "%s: %q is not a whole number from %d to %d",
	ErrBadID:             "%q is not %s: ids are whole numbers from 1",
	ErrBadWidth:          "--width: %q is not a width from %d to %d",
	ErrNarrowWidth:       "--width: %d is narrower than the dashboard's smallest, %d cells",
	ErrBadDate:           "%s: %q is not a date (such as 2026-04-01, 2026/4/1 or R8.4.1)",
	ErrDemoTodayEarly:    "--today %s is before %s, the first day of the demo's history",
	ErrKindUnknown:       "%s: %q is not a kind; the kinds are %s",
	ErrNoChange:          "nothing to change: give at least one field's flag",
	ErrRequestOnly:       "%s is only for --kind request",
	ErrBadStage:          "--stage: %q is not a stage from 0 to 4",
	ErrPartnerEmpty:      "the partner is empty: give an id, a short name or a name",
	ErrGoalEmpty:         "--goal is empty: give a goal's number or part of its title",
	ErrCountryEmpty:      "--country is empty: give a code (TH) or a name (Thailand)",
	ErrBadShell:          "%q is not a shell this command knows; it knows %s",
	ErrFilterValues:      "%s; the values are %s",
	FilterGoalValues:     "goal numbers: 1, 2, 3",
	FilterCountryValues:  "country codes such as TH, or names such as Thailand or タイ",
	FilterDateValues:     "dates such as 2026-11-01, 2026/11/01 or R8.11.1, or a time ago: 3d, 2w, 1m",
	FilterPartnerValues:  "an id, a short name or part of a name",
	FilterTerm:           "filter: %q",
	FilterBadValueIn:     "filter: %q: %q is not a valid value for this key",
	ErrNoDashboard:       "this build has no dashboard; give a command",

	ConfigAtLine:      "%s, line %d",
	ErrConfigSyntax:   "%s: this is not valid TOML: %s",
	ErrConfigRead:     "cannot read the settings file %s: %s",
	ErrConfigMissing:  "the settings file %s does not exist",
	ErrConfigUnknown:  "%s: %q is not a setting; the settings are %s",
	ErrConfigType:     "%s: %s has a value of the wrong type; it takes %s",
	ErrConfigValue:    "%s: %s: %q is not one of %s",
	ErrSettingValue:   "%s: %q is not one of %s",
	ErrConfigAction:   "%s: %q is not an action of the dashboard; the actions are %s",
	ErrConfigTwice:    "%s: the key %q is bound to both %q and %q",
	ErrConfigEmptyKey: "%s: %s has an empty key",
	ErrSettingBlank:   "%s is empty: give the database file's path, or leave it out for the default database",
	ErrAuthorBlank:    "%s: the author is empty: give the name to record as the author of what you add",
	ErrConfigOther:    "%s: %v",
	ConfigTypeText:    "text",

	ErrEntryNotFound:          "entry %d not found",
	ErrEntryDeleted:           "entry %d is deleted",
	ErrWouldDrop:              "entry %d: a kind other than request would drop its %s; nothing was written",
	DropValue:                 "%s %s",
	DropSep:                   ", ",
	HintDropRequest:           "add --drop-request-dates to change the kind and drop them",
	ErrAlreadyDeleted:         "entry %d is already deleted",
	ErrNotDeleted:             "entry %d is not deleted",
	ErrActionNotFound:         "action %d not found",
	ErrAssessmentNotFound:     "assessment %d not found",
	ErrActionAlreadyOpen:      "action %d is already open",
	ErrActionAlreadyDone:      "action %d is already done",
	ErrPartnerNotFound:        "partner %d not found",
	ErrPartnerAlreadyArchived: "partner %d (%s) is already archived",
	ErrPartnerNotArchived:     "partner %d (%s) is already active",
	ErrPartnerNone:            "no partner matches %q",
	FlagMessage:               "%s: %s",
	ErrPartnerAmbiguous:       "%q matches %d partners",
	ErrPartnerNear:            "candidates:",
	ErrPartnerArchived:        "%s is archived",
	ErrGoalUnknown:            "%s: %q is not a goal",
	ErrGoalAmbiguous:          "%s: %q matches %d goals",
	ArgGoalName:               "goal",
	GoalItem:                  "%d %s",
	GoalItemSep:               " · ",
	HintGoals:                 "goals: %s",
	ErrCountryNone:            "--country: no country matches %q",
	ErrCountryAmbiguous:       "--country: %q matches %d countries:",
	ErrStdin:                  "--summary -: reading standard input: %v",
	ErrNoDataDir:              "there is no home directory to keep the database in",
	ErrMakeDir:                "cannot create the directory %s: %v",
	ErrNoDir:                  "the directory %s does not exist",
	ErrNotDir:                 "%s is not a directory",
	ErrDBIsDir:                "%s is a directory, not a database file",
	ErrSeed:                   "%s: cannot write the first data: %v",
	ErrInterrupted:            "interrupted",
	ErrUnexpected:             "the request failed: %v",
	ErrBug:                    "an internal error stopped the command: %v",

	HintUsage:            "run '%s --help' for usage",
	HintDidYouMean:       "did you mean '%s'? run '%s --help' for usage",
	HintNothingWritten:   "nothing was written",
	HintNothingChanged:   "nothing was changed",
	HintListEntries:      "run 'vision2030 entries' to list the entries",
	HintListActions:      "run 'vision2030 actions --all' to list the actions",
	HintListAssessments:  "assess prints the id of what it records; 'vision2030 export --what assessments' lists them all",
	HintListPartners:     "run 'vision2030 partners --archived' to list every partner",
	HintPartnerAmbiguous: "give its id or its short name",
	HintRestoreEntry:     "restore it first: vision2030 entries restore %[1]d",
	HintUnarchivePartner: "make it active again first: vision2030 partners unarchive %s",
	HintGoalNumber:       "give the goal's number: %s",
	HintCountry:          "give a two-letter code (TH) or a country's English or Japanese name",
	HintGiveDB:           "choose the database file with --db PATH",
	ErrNoDatabase:        "%s does not exist; there is nothing to back up or check",
	HintMakeDir:          "create it (mkdir -p %s) or choose another file with --db",
	HintOtherDB:          "choose another file with --db PATH",
	HintUpgrade:          "upgrade vision2030",
	HintConfig:           "run 'vision2030 config --help' for the settings and their values",
	HintConfigFile:       "fix the settings file; 'vision2030 config --help' shows an example",
	HintBug:              "this is a bug in vision2030: please report it with the command you ran",

	NoteSummaryStdin: "Type the summary, then press ctrl+d on a line of its own to end it.",

	OutDeleted:          "Deleted entry %[1]d (undo: vision2030 entries restore %[1]d)",
	OutRestored:         "Restored entry %d",
	OutUpdated:          "Updated entry %d",
	OutUnchanged:        "Entry %d already holds that; nothing was written",
	OutEntryIsDeleted:   "This entry is deleted (undo: vision2030 entries restore %[1]d).",
	ShowOpened:          "Opened",
	ShowFirstResponse:   "First response",
	ShowClosed:          "Closed",
	ShowCameFirst:       "Came first",
	OutPartnerAdded:     "%d",
	OutPartnerUpdated:   "Updated partner %d (%s)",
	OutPartnerUnchanged: "Partner %d (%s) already holds that; nothing was written",
	OutPartnerArchived:  "Archived partner %d (%s)",
	OutPartnerRestored:  "Partner %d (%s) is active again",
	OutActionAdded:      "%d",
	OutActionDone:       "Action %d done",
	OutActionReopened:   "Action %d open again",
	OutActionUpdated:    "Action %d updated",
	OutActionDeleted:    "Action %d deleted",
	OutAssessmentUndone: "Assessment %d removed: stage %d on goal %d for %s",
	OutShown:            "%d shown of %d matching",
	OutNoneMatch:        "no entry matches",
	OutStages:           "Stages",
	OutOpenActions:      "Open actions",
	NameWithCode:        "%s (%s)",
	ColID:               "ID", ColGoals: "Goals", ColAuthor: "Author", ColStatus: "Status", ColShort: "Short name",
	ColSince: "Since", ColEntry: "Entry", ColWhat: "What", ColOwner: "Owner", ColDue: "Due", ColDone: "Done",
	ColArchived: "Archived", ColTracked: "Tracked", ColContact: "Contact", ColCompanies: "Companies", ColNotes: "Notes", ColGoal: "Goal",
	ColStage: "Stage", ColNote: "Note", ColCode: "Code", ColTarget: "2030 target",
	ErrBadTarget:     "--target: %q is not a share above 0 and up to 100 (%%)",
	OutGoalUpdated:   "Goal %d updated",
	OutRubricUpdated: "Goal %d, stage %d updated",

	ConfigFile:        "Settings file: %s",
	ConfigFileMissing: "%s (none: every setting not given elsewhere has its default)",
	ConfigNoFile:      "none (no home directory)",
	ConfigNoKeys:      "the dashboard's own",
	ColSetting:        "Setting",
	ColValue:          "Value",
	ColFrom:           "From",
	FromFlag:          "flag %s",
	FromEnv:           "environment %s",
	FromFile:          "settings file, line %d",
	FromDefault:       "default",
	FromSystemUser:    "default: the system user",
	FromLocale:        "default: the locale, %s=%s",

	OutBackedUp:         "Backed up %s to %s (%s), verified",
	ErrOutExists:        "%s already exists; choose another name, or add --overwrite to replace it",
	ErrOutIsDatabase:    "%s is the database itself; writing it would destroy the data; choose another name",
	ErrOutIsCompanion:   "%s is where the database %s keeps its %s file; writing it would destroy data; choose another name",
	ErrBackupInvalid:    "the copy for %s failed its check (%s); nothing was written",
	ErrBackupWrite:      "cannot write the backup %s: %v",
	OutCheckOK:          "%s: no problems found",
	OutCheckRepaired:    "%s: the search index and derived data were rebuilt; no problems remain",
	OutCheckLine:        "%s: %s: %s",
	OutCheckLineNoTable: "%s: %s",
	ErrCheckFound:       Plural{One: "%d problem found in %s", Other: "%d problems found in %s"},
	ErrCheckRemain:      Plural{One: "%d problem remains in %s after the repair", Other: "%d problems remain in %s after the repair"},
	CheckHintRepair:     "'vision2030 check --repair' rebuilds the search index and derived data",
	CheckHintRestore:    "damage to the file cannot be repaired: restore it from a backup ('vision2030 backup' makes one)",
	DefectKinds: map[store.DefectKind]string{
		store.DefectDamage: "damage", store.DefectForeignKey: "broken reference",
		store.DefectSearchIndex: "search index", store.DefectDerived: "derived data",
	},
	DefectReasons: map[store.DefectReason]Plural{
		store.ReasonMissingRow:   {Other: "row %d refers to a missing row of %s"},
		store.ReasonMissingRefs:  {One: "%d row refers to a missing row of %s", Other: "%d rows refer to missing rows of %s"},
		store.ReasonInconsistent: {Other: "the index is inconsistent"},
		store.ReasonStale:        {One: "%d row missing or out of date", Other: "%d rows missing or out of date"},
		store.ReasonOrphans:      {One: "%d row that belongs to nothing", Other: "%d rows that belong to nothing"},
		store.ReasonMore:         {One: "%d more not listed", Other: "%d more not listed"},
	},
	ProgressBackup:    "Backing up",
	ProgressMigrate:   "Upgrading the database",
	ProgressVerifying: "Checking the copy…",
	ProgressLine:      "%s %s %3d%% %s · %s/s · %s left",

	RowsPartners:        Plural{One: "%d partner", Other: "%d partners"},
	RowsEntries:         Plural{One: "%d entry", Other: "%d entries"},
	RowsActions:         Plural{One: "%d action", Other: "%d actions"},
	RowsAssessments:     Plural{One: "%d assessment", Other: "%d assessments"},
	SheetPartners:       "Partners",
	SheetEntries:        "Entries",
	SheetActions:        "Actions",
	SheetAssessments:    "Assessments",
	ProgressExport:      "Exporting",
	ProgressImport:      "Importing",
	ErrBadWhat:          "%s: %q is not one of %s",
	ErrCSVOneTable:      "--what %s: a CSV file holds one table; use --format json or xlsx, or export one table at a time",
	ErrFilterNotEntries: "--filter selects entries: it goes with --what entries or all, not --what %s",
	ErrBinaryToTerminal: "%s is not for a terminal: give --out FILE, or redirect the output to a file",
	ErrWriteOut:         "cannot write %s: %v",
	ErrBadOutFormat:     "%s: give --format (%s); the name does not say which",
	OutExported:         "Exported %s to %s",
	NoteCut: Plural{One: "%d cell was longer than a spreadsheet cell holds (32,767 characters) and was cut; --format json keeps it whole",
		Other: "%d cells were longer than a spreadsheet cell holds (32,767 characters) and were cut; --format json keeps them whole"},
	NoteControls: Plural{One: "%d cell held control characters a workbook cannot hold; they are written as placeholders such as ␛, and come back as those; --format json keeps them",
		Other: "%d cells held control characters a workbook cannot hold; they are written as placeholders such as ␛, and come back as those; --format json keeps them"},
	ErrReadFile:         "cannot read %s: %v",
	SysNotExist:         "no such file or directory",
	SysPermission:       "permission denied",
	SysIsDir:            "it is a directory",
	SysNotDir:           "a part of the path is not a directory",
	SysNoSpace:          "no space left on the disk",
	SysReadOnly:         "the file system is read-only",
	ErrImportRefused:    Plural{One: "%[2]s: %[1]d problem, so nothing was imported:", Other: "%[2]s: %[1]d problems, so nothing was imported:"},
	ErrImportMore:       Plural{One: "… and %d more problem", Other: "… and %d more problems"},
	ImportAtRow:         "row %d",
	ImportAtCell:        "row %d, column %s",
	ImportAtSheetRow:    "sheet %s, row %d",
	ImportAtSheetCell:   "sheet %s, row %d, column %s",
	ImportAtItem:        "%s, item %d",
	ImportAtItemField:   "%s, item %d, %s",
	ImportAtHeader:      "the header",
	ImportAtSheetHeader: "sheet %s, the header",
	ImportNear:          "did you mean %s?",
	ImportAmbiguous:     "it matches %s: give the id or the short name",
	IssueNotTable:       "%s is not a CSV, XLSX or JSON file",
	IssueXLS:            "%s is an old Excel file (.xls): save it from Excel as .xlsx or as CSV UTF-8, and import that",
	IssueODS:            "%s is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV, and import that",
	IssuePDF:            "%s is a PDF: import the spreadsheet it was made from",
	IssueEmpty:          "%s is empty",
	IssueNoRows:         "%s has no rows to import",
	IssueNoColumns:      "%s: no heading names a column vision2030 knows (the headings are %s); head the columns as an export does, or give --map HEADING=FIELD",
	IssueMissingColumn:  "%s: there is no column for %s; add one, or give --map HEADING=%s",
	IssueColumnTwice:    "%s: the columns %q and %q both give the %s",
	IssueCells:          "%s has %d cells, but the header has %d",
	IssueNoHeading:      "%s: %q is in a column with no heading",
	IssueCSV:            "the CSV cannot be read from line %d on (a quote that is never closed?)",
	IssueBadXLSX:        "%s cannot be read as a workbook: %s",
	IssueBadJSON:        "%s: the JSON cannot be read (line %d): %s",
	JSONSyntax:          "it is not well-formed JSON",
	JSONType:            "a value has the wrong type",
	IssueBadBool:        "%s: %q is neither yes nor no",
	IssueNoTable:        "%s holds no %s",
	IssueMapColumn:      "--map: %s has no column headed %q",
	IssueEraDate:        "%s: %q is not a day of %s, which ran from %s to %s",
	IssueEraSince:       "%s: %q is not a day of %s, which began on %s",
	HintImport:          "nothing was written; fix the file, or name its columns with --map, and import it again",
	ErrMapSyntax:        "--map: %q is not HEADING=FIELD",
	ErrMapField:         "--map: %q is not a field; the fields are %s",
	ErrImportArgs:       "import needs the FILE to import, or --undo BATCH",
	ErrUndoArgs:         "--undo takes only a batch number, no FILE and no other flags",
	OutImportRead:       "Read %s (%s): %s",
	OutImportIgnored:    "Columns not read: %s",
	OutImportDry:        "Dry run: this would add %s. Nothing was written.",
	OutImportDryNothing: "Dry run: nothing new to add. Nothing was written.",
	OutImported:         "Imported as batch %d: %s added",
	OutImportNothing:    "Nothing new: every row is in the database already, so nothing was written",
	OutImportDuplicates: "Already in the database, left out: %s",
	OutImportCreated:    "New partners (kind other, in %s): %s",
	OutImportUndoHint:   "To take it back: vision2030 import --undo %[1]d",
	OutImportUndone:     "Batch %d (%s) undone: %s taken back",
	OutImportUndoneNone: "Batch %d (%s) undone; it had added nothing still there",
	ErrBatchNotFound:    "there is no import batch %d",
	ErrBatchUndone:      "batch %d was undone already, at %s",
	HintBatches:         "the batch number is printed at the end of each import",
	FormatCSVEncoding:   "CSV, %s",
	FormatWorkbook:      "workbook",
	FormatJSONDocument:  "JSON",
	ListSep:             ", ",
	ArgBatch:            "a batch number",
	ArgFile:             "the file to import",
	ArgStdin:            "standard input",
	ArgBackup:           "the backup to restore",

	ProgressRestore:      "Copying the backup",
	ProgressRestoreCheck: "Checking the backup…",
	OutRestoredNew:       "Restored %s from %s (schema %d)",
	OutRestoredDB:        "Restored %s from %s (schema %d); the file it replaced is kept as %s",
	ErrRestoreInUse: Plural{One: "%[2]s is open in %[1]d other process; nothing was changed:",
		Other: "%[2]s is open in %[1]d other processes; nothing was changed:"},
	RestoreProcess:   "process %s: %s",
	UnknownCommand:   "(its command is not known)",
	HintRestoreInUse: "close the dashboards and commands using it, then restore again",
	ErrRestoreNewer:  "%s was written by a newer vision2030 (schema %d; this one knows up to %d); nothing was changed",
	ErrRestoreNotDB:  "%s is not a vision2030 (SQLite) database",
	ErrRestoreSame:   "%s is the database itself",
	ErrRestoreDamaged: Plural{One: "%[2]s fails its check (%[1]d problem); nothing was changed:",
		Other: "%[2]s fails its check (%[1]d problems); nothing was changed:"},
	HintRestoreDamaged: "restore an older backup",
	ErrRestore:         "cannot restore %s from %s: %v",
	ErrPurgeDate:       "--deleted-before: %q is not a date (YYYY-MM-DD)",
	OutPurgeNone:       "Nothing was deleted before %s: nothing to purge",
	ErrPurgeNeedYes:    "this would purge %s deleted before %s for good, and there is no terminal to ask on",
	HintPurgeYes:       "add --yes to purge without asking; nothing was changed",
	PurgeConfirm:       "Purge %s deleted before %s for good? This cannot be undone. [y/N] ",
	OutPurgeKept:       "Nothing was purged.",
	OutPurged:          "Purged %s deleted before %s",

	ErrBadReportDate:     "%s: %q is not a date (such as 2026-04-01, 2026/4/1 or R8.4.1)",
	ErrUntilWithoutSince: "--until ends a period: give its first day with --since",
	ErrPeriodOrder:       "--since %s is after --until %s",
	ErrAsOfBeforeUntil:   "--as-of %s is before --until %s: the paper cannot count what happens after its date",
	ErrAsOfBeforeSince:   "--as-of %s is before --since %s: the paper cannot count what happens after its date",
	ErrPeriodText:        "the text report has no period: give --format md, html, xlsx or json with --since",
	ErrBriefPeriod:       "a brief (--partner, --country) has no period: leave out --since and --until",
	ErrBriefFormat:       "--format: a brief is not %q; it is one of %s",
	ErrBriefBoth:         "a brief is on --partner or on --country, not both",
	OutReportWritten:     "Wrote %s",
	OutShownAtLeast:      "%d shown of %d+ matching (--count counts them all)",
	ErrNotDemo:           "%s is a database that demo did not build; demo writes only new files and its own databases",
	DemoWriting:          "entries",
	DemoFinishing:        "indexing",
	OutDemo:              "Built %s: %d entries, %d partners, in %s",
}
