package i18n

// Commands is the command line: usage, errors and output.
type Commands struct {
	// Command line.
	Usage         string
	UsageHint     string // %s program name
	ErrUsage      string // %s program, %v error
	ErrRuntime    string // %s program, %v error
	ErrBadWidth   string // %q value
	ErrNoDataDir  string // %v error
	ErrUnknownCmd string // %q command
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
	OutShownAtLeast    string // %d shown, %d matched at least (counting stopped there)
	ColID, ColGoals, ColAuthor, ColStatus, ColShort, ColSince, ColEntry,
	ColWhat, ColOwner, ColDue, ColDone, ColArchived string
	// demo.
	ErrNotDemo    string // %s path
	ErrDemoRange  string // %s flag, %q value
	DemoWriting   string // progress label
	DemoFinishing string // progress label
	OutDemo       string // %s path, %d entries, %d partners, %s time taken
}

var enCommands = Commands{
	Usage: `vision2030 — the JAW International Vision 20-30 dashboard

Usage:
  vision2030 [--db PATH] [--author A]         open the dashboard
  vision2030 report [--width N]               print the dashboard as text
  vision2030 log --partner P --goal G --kind K --title T [--date D]
                 [--summary TEXT | --summary -] [--author A]
                 [--opened D] [--first-response D] [--closed D] [--came-first]
                                              log an entry; prints its id
  vision2030 entries [--filter EXPR] [--format table|csv|json] [--limit N] [--offset N] [--count]
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
  vision2030 demo --db PATH [--entries N] [--partners M] [--seed S] [--today D]
                                              build a demo database

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
	UsageHint:           "run '%s --help' for usage",
	ErrUsage:            "%s: %v",
	ErrRuntime:          "%s: %v",
	ErrBadWidth:         "--width: %q is not a width between 1 and 1000",
	ErrNoDataDir:        "cannot find a data directory (%v); use --db PATH",
	ErrUnknownCmd:       "unknown command %q",
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
	OutShownAtLeast:    "%d shown of %d+ matching (--count counts them all)",
	ColID:              "ID", ColGoals: "Goals", ColAuthor: "Author", ColStatus: "Status", ColShort: "Short name",
	ColSince: "Since", ColEntry: "Entry", ColWhat: "What", ColOwner: "Owner", ColDue: "Due", ColDone: "Done",
	ColArchived: "Archived",

	ErrNotDemo:    "%s is a database that demo did not build; demo writes only new files and its own databases",
	ErrDemoRange:  "%s: %q is out of range",
	DemoWriting:   "entries",
	DemoFinishing: "indexing",
	OutDemo:       "Built %s: %d entries, %d partners, in %s",
}
