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
	ErrNeedValue         string // %s flag
	ErrBadFormat         string // %q value, %s formats
	ErrNumberRange       string // %s flag, %q value, %d lowest, %d highest
	ErrBadID             string // %q value, %s what (ArgEntryID…)
	ErrBadWidth          string // %q value, %d lowest, %d highest
	ErrNarrowWidth       string // %d value, %d lowest
	ErrBadAsOf           string // %q value
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
	ErrConfigOther    string // %s where, %v error

	// Failures (exit 1).
	ErrEntryNotFound          string // %d id
	ErrEntryDeleted           string // %d id
	ErrWouldDrop              string // %d id, %s what would be lost
	HintDropRequest           string
	ErrAlreadyDeleted         string // %d id
	ErrNotDeleted             string // %d id
	ErrActionNotFound         string // %d id
	ErrActionAlreadyOpen      string // %d id
	ErrPartnerNotFound        string // %d id
	ErrPartnerAlreadyArchived string // %d id, %s label
	ErrPartnerNotArchived     string // %d id, %s label
	ErrPartnerNone            string // %q query
	ErrPartnerAmbiguous       string // %q query, %d count
	ErrPartnerNear            string // heading of the candidates
	ErrGoalUnknown            string // %q value
	ErrGoalAmbiguous          string // %q value, %d count
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
	HintListPartners     string
	HintPartnerAmbiguous string
	HintRestoreEntry     string // %[1]d id
	HintGoalNumber       string
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
	OutDeleted         string // %[1]d id
	OutRestored        string // %d id
	OutUpdated         string // %d id
	OutEntryIsDeleted  string // %[1]d id
	OutPartnerAdded    string // %d id
	OutPartnerUpdated  string // %d id, %s label
	OutPartnerArchived string // %d id, %s label
	OutPartnerRestored string // %d id, %s label
	OutActionAdded     string // %d id
	OutActionDone      string // %d id
	OutActionReopened  string // %d id
	OutActionUpdated   string // %d id
	OutActionDeleted   string // %d id
	OutShown           string // %d shown, %d matched
	OutStages          string // heading
	OutOpenActions     string // heading
	ColID, ColGoals, ColAuthor, ColStatus, ColShort, ColSince, ColEntry,
	ColWhat, ColOwner, ColDue, ColDone, ColArchived, ColTracked, ColContact, ColCompanies,
	ColNotes, ColGoal, ColStage, ColNote, ColCode string

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
	ErrBackupExists     string // %s path
	ErrBackupIsSource   string // %s path
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
			Short: "Print the dashboard as text, Markdown or JSON",
			Long: `Print the dashboard: text (as wide as the terminal, else 100 cells),
Markdown for a meeting paper, or JSON for scripts (its shape is in the README).`,
			Example: `vision2030 report --width 80
vision2030 report --format md --as-of 2026-03-31 > q1-2026.md
vision2030 report --format json`,
		},
		"log": {
			Short: "Log an entry and print its id",
			Long: `Log an entry: a consultation, conference, seminar, visit, online meeting,
correspondence or request, with its partners and goals.

--partner and --goal repeat. A partner is an id, a short name or an
unambiguous part of a name; a goal is its number or part of its title.
--opened, --first-response, --closed and --came-first are for --kind request.
--summary - reads the summary from standard input, until end of file.`,
			Example: `vision2030 log --partner UAW --goal 2 --kind request --title "Plant closure question" \
    --opened 2026-11-02 --came-first --summary - < notes.md`,
		},
		"entries": {
			Short: "List entries, newest first",
			Long: `List entries, newest first, as a table, CSV or JSON.

A filter combines terms with "and"; the values of one key (repeated or
separated by commas) with "or":
  goal:2  country:TH  partner:UAW  kind:request,visit  author:tanaka
  status:open|answered|closed  since:2024-01-01  until:2024-12-31
  words and "quoted phrases" match titles, summaries and partner names`,
			Example: `vision2030 entries --filter 'goal:2 country:US kind:request "plant closure"'
vision2030 entries --format csv --limit 1000 > entries.csv`,
		},
		"entries show": {Args: "ID", Short: "Print an entry, its summary and its actions"},
		"entries edit": {Args: "ID", Short: "Change the fields given of an entry",
			Long: `Change the fields given of an entry; the others stay as they are. It takes the
flags of log: --partner and --goal, when given, replace the entry's partners
and goals; --author, given here, changes its author.`,
			Example: "vision2030 entries edit 6 --first-response 2026-11-05"},
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
			Example: `vision2030 partners add --name "Thai Auto Workers" --short TAW --country TH --kind federation`,
		},
		"partners show": {Args: "PARTNER", Short: "Print a partner, its stages and its open actions",
			Long: `Print a partner, its latest stage on each goal and its open actions. PARTNER is
an id, a short name or an unambiguous part of a name, archived or not.`},
		"partners edit": {Args: "PARTNER", Short: "Change the fields given of a partner",
			Long: `Change the fields given of a partner; the others stay as they are. PARTNER is
an id, a short name or an unambiguous part of a name.`,
			Example: "vision2030 partners edit TAW --contact somchai@example.org"},
		"partners archive":   {Args: "PARTNER", Short: "Archive a partner: it leaves the lists and the figures"},
		"partners unarchive": {Args: "PARTNER", Short: "Make an archived partner active again"},
		"actions":            {Short: "List open follow-up actions"},
		"actions add": {Short: "Add a follow-up action to an entry and print its id",
			Example: `vision2030 actions add --entry 6 --what "Send ILO guidance" --owner sato --due 2026-11-28`},
		"actions edit": {Args: "ID", Short: "Change the fields given of an action",
			Example: `vision2030 actions edit 3 --due 2026-12-05 --owner tanaka`},
		"actions delete": {Args: "ID", Short: "Delete an action"},
		"actions done":   {Args: "ID", Short: "Mark an action done"},
		"actions reopen": {Args: "ID", Short: "Mark a done action open again"},
		"assess": {
			Short: "Record a partner's stage on a goal and print its id",
			Long: `Record a partner's stage on a goal: 0 no contact, 1 contact and dialogue
begun, 2 the value is shared, 3 the framework exists, 4 JAW is the first
place to consult. History is kept; the latest assessment counts. With
--partner or --goal repeated, one assessment is recorded for each partner
and goal, all or none, and their ids are printed one per line.`,
			Example: `vision2030 assess --partner UAW --goal 1 --stage 3 --date 2025-09-01 --note "Framework agreed"
vision2030 assess --partner UAW --partner TAW --goal 1 --goal 2 --stage 2`,
		},
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

		"report --width":  "the text's width in `cells`, 40 to 1000 (default: the terminal's, else 100)",
		"report --format": "the `format`: text, md or json",
		"as-of":           "report as of this `date`, YYYY-MM-DD (default: today)",

		"partner":        "a `partner`: an id, a short name or an unambiguous part of a name",
		"goal":           "a `goal`: its number or part of its title",
		"kind":           "the entry's `kind`: consultation, conference, seminar, visit, online_meeting, correspondence, request or news",
		"title":          "the `title`",
		"date":           "the entry's `date`, YYYY-MM-DD (default: today)",
		"summary":        "the summary, in Markdown: its `text`, or - to read it from standard input",
		"opened":         "the `date` the request was opened",
		"first-response": "the `date` JAW first answered the request",
		"closed":         "the `date` the request was closed",
		"came-first":     "the partner came to JAW first with this request",

		"backup --overwrite": "replace PATH if it exists",
		"check --repair":     "rebuild the search index and derived data, then check again",

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
		"due":                  "the due `date`, YYYY-MM-DD",
		"actions done --date":  "the `date` it was done (default: today)",
		"actions edit --done":  "the `date` it was done, or \"\" to make it open again",
		"assess --partner":     "the `partner`: an id, a short name or an unambiguous part of a name",
		"assess --goal":        "the `goal`: its number or part of its title",
		"assess --date":        "the `date` of the assessment (default: today)",
		"stage":                "the `stage`, 0 to 4",
		"note":                 "a `note`",
		"assess --entry":       "the `entry` that is its evidence: its id",
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

	ArgEntryID:  "an entry id",
	ArgActionID: "an action id",
	ArgPartner:  "a partner (an id, a short name or a name)",
	ArgShell:    "a shell: bash, zsh or fish",
	ArgPath:     "the path of the file to write",

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
	ErrNeedValue:         "%s is required",
	ErrBadFormat:         "--format: %q is not one of %s",
	ErrNumberRange:       "%s: %q is not a whole number from %d to %d",
	ErrBadID:             "%q is not %s: ids are whole numbers from 1",
	ErrBadWidth:          "--width: %q is not a width from %d to %d",
	ErrNarrowWidth:       "--width: %d is narrower than the dashboard's smallest, %d cells",
	ErrBadAsOf:           "--as-of: %q is not a date (YYYY-MM-DD)",
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
	FilterCountryValues:  "two-letter country codes such as TH",
	FilterDateValues:     "dates, YYYY-MM-DD",
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
	ErrConfigOther:    "%s: %v",

	ErrEntryNotFound:          "entry %d not found",
	ErrEntryDeleted:           "entry %d is deleted",
	ErrWouldDrop:              "entry %d: a kind other than request would drop its %s; nothing was written",
	HintDropRequest:           "add --drop-request-dates to change the kind and drop them",
	ErrAlreadyDeleted:         "entry %d is already deleted",
	ErrNotDeleted:             "entry %d is not deleted",
	ErrActionNotFound:         "action %d not found",
	ErrActionAlreadyOpen:      "action %d is already open",
	ErrPartnerNotFound:        "partner %d not found",
	ErrPartnerAlreadyArchived: "partner %d (%s) is already archived",
	ErrPartnerNotArchived:     "partner %d (%s) is already active",
	ErrPartnerNone:            "no partner matches %q",
	ErrPartnerAmbiguous:       "%q matches %d partners",
	ErrPartnerNear:            "candidates:",
	ErrGoalUnknown:            "--goal: %q is not a goal; the goals are:",
	ErrGoalAmbiguous:          "--goal: %q matches %d goals:",
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
	HintListPartners:     "run 'vision2030 partners --archived' to list every partner",
	HintPartnerAmbiguous: "give its id or its short name",
	HintRestoreEntry:     "restore it first: vision2030 entries restore %[1]d",
	HintGoalNumber:       "give the goal's number",
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

	OutDeleted:         "Deleted entry %[1]d (undo: vision2030 entries restore %[1]d)",
	OutRestored:        "Restored entry %d",
	OutUpdated:         "Updated entry %d",
	OutEntryIsDeleted:  "This entry is deleted (undo: vision2030 entries restore %[1]d).",
	OutPartnerAdded:    "%d",
	OutPartnerUpdated:  "Updated partner %d (%s)",
	OutPartnerArchived: "Archived partner %d (%s)",
	OutPartnerRestored: "Partner %d (%s) is active again",
	OutActionAdded:     "%d",
	OutActionDone:      "Action %d done",
	OutActionReopened:  "Action %d open again",
	OutActionUpdated:   "Action %d updated",
	OutActionDeleted:   "Action %d deleted",
	OutShown:           "%d shown of %d matching",
	OutStages:          "Stages",
	OutOpenActions:     "Open actions",
	ColID:              "ID", ColGoals: "Goals", ColAuthor: "Author", ColStatus: "Status", ColShort: "Short name",
	ColSince: "Since", ColEntry: "Entry", ColWhat: "What", ColOwner: "Owner", ColDue: "Due", ColDone: "Done",
	ColArchived: "Archived", ColTracked: "Tracked", ColContact: "Contact", ColCompanies: "Companies", ColNotes: "Notes", ColGoal: "Goal",
	ColStage: "Stage", ColNote: "Note", ColCode: "Code",

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
	ErrBackupExists:     "%s already exists; choose another name, or add --overwrite to replace it",
	ErrBackupIsSource:   "%s is the database itself; choose another name",
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
}
