package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"vision2030/i18n"
	"vision2030/store"
)

// entryFlags are the flags that describe an entry, shared by log and
// entries edit.
type entryFlags struct {
	partners, goals                    stringList
	kind, title, date, summary, author *string
	opened, firstResponse, closed      *string
	cameFirst                          *bool
	set                                map[string]bool // flags given
}

func addEntryFlags(fs *flag.FlagSet) *entryFlags {
	f := &entryFlags{}
	fs.Var(&f.partners, "partner", "partner id, short name or part of a name (repeat)")
	fs.Var(&f.goals, "goal", "goal number or part of its title (repeat)")
	f.kind = fs.String("kind", "", "entry kind")
	f.title = fs.String("title", "", "title")
	f.date = fs.String("date", "", "date, YYYY-MM-DD (default today)")
	f.summary = fs.String("summary", "", "summary (Markdown), or - to read standard input")
	f.author = fs.String("author", "", "author")
	f.opened = fs.String("opened", "", "request opened, YYYY-MM-DD")
	f.firstResponse = fs.String("first-response", "", "first response to the request, YYYY-MM-DD")
	f.closed = fs.String("closed", "", "request closed, YYYY-MM-DD")
	f.cameFirst = fs.Bool("came-first", false, "the partner came to JAW first")
	return f
}

func (f *entryFlags) record(fs *flag.FlagSet) {
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })
}

// apply resolves the given flags onto e.
func (f *entryFlags) apply(env *Env, e *store.NewEntry) error {
	t := env.T
	if f.set["partner"] {
		e.PartnerIDs = nil
		for _, q := range f.partners {
			p, err := env.Store.ResolvePartner(env.Ctx, q)
			if err != nil {
				return err
			}
			e.PartnerIDs = append(e.PartnerIDs, p.ID)
		}
	}
	if f.set["goal"] {
		goals, err := env.Store.Goals(env.Ctx)
		if err != nil {
			return err
		}
		e.GoalIDs = nil
		for _, q := range f.goals {
			id, err := resolveGoal(t, goals, q)
			if err != nil {
				return err
			}
			e.GoalIDs = append(e.GoalIDs, id)
		}
	}
	if f.set["kind"] {
		k, err := parseKind(t, "--kind", *f.kind, store.EntryKinds)
		if err != nil {
			return err
		}
		e.Kind = k
	}
	if f.set["title"] {
		e.Title = *f.title
	}
	if f.set["date"] {
		e.Date = strings.TrimSpace(*f.date)
	}
	if f.set["summary"] {
		e.Summary = *f.summary
		if *f.summary == "-" {
			b, err := io.ReadAll(io.LimitReader(env.Stdin, store.MaxSummary+1))
			if err != nil {
				return fmt.Errorf(t.ErrStdin, err)
			}
			e.Summary = strings.TrimRight(string(b), "\n")
		}
	}
	if f.set["author"] {
		e.Author = *f.author
	}
	if f.set["opened"] {
		e.Opened = strings.TrimSpace(*f.opened)
	}
	if f.set["first-response"] {
		e.FirstResponse = strings.TrimSpace(*f.firstResponse)
	}
	if f.set["closed"] {
		e.Closed = strings.TrimSpace(*f.closed)
	}
	if f.set["came-first"] {
		e.CameFirst = *f.cameFirst
	}
	if e.Kind != store.KindRequest {
		for _, name := range []string{"opened", "first-response", "closed", "came-first"} {
			if f.set[name] {
				return UsageError{fmt.Sprintf(t.ErrRequestOnly, "--"+name)}
			}
		}
		e.Opened, e.FirstResponse, e.Closed, e.CameFirst = "", "", "", false
	}
	return nil
}

// resolveGoal finds the goal q names: its number, or a part of its title
// that only one goal has.
func resolveGoal(t *i18n.Catalogue, goals []store.Goal, q string) (int, error) {
	q = strings.TrimSpace(q)
	if n, err := strconv.Atoi(q); err == nil {
		for _, g := range goals {
			if g.ID == n {
				return n, nil
			}
		}
	} else if q != "" {
		var found []int
		for _, g := range goals {
			if strings.Contains(strings.ToLower(g.Title+" "+g.ShortTitle), strings.ToLower(q)) {
				found = append(found, g.ID)
			}
		}
		if len(found) == 1 {
			return found[0], nil
		}
	}
	var lines []string
	for _, g := range goals {
		lines = append(lines, fmt.Sprintf("  %d  %s", g.ID, cleanLine(g.Title)))
	}
	return 0, errors.New(fmt.Sprintf(t.ErrGoalUnknown, q, strings.Join(lines, "\n")))
}

func parseLog(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("log")
	f := addEntryFlags(fs)
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	f.record(fs)
	// Given, not necessarily valid: an empty --title is the store's to
	// refuse, with the field's own message.
	for _, name := range []string{"partner", "goal", "kind", "title"} {
		if !f.set[name] {
			return nil, UsageError{fmt.Sprintf(t.ErrNeedValue, "--"+name)}
		}
	}
	return func(env *Env) error {
		e := store.NewEntry{Date: env.Now().Format(store.DateLayout), Author: env.Author}
		if err := f.apply(env, &e); err != nil {
			return err
		}
		id, err := env.Store.AddEntry(env.Ctx, e)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(env.Stdout, id)
		return err
	}, nil
}

func parseEntries(t *i18n.Catalogue, args []string) (Runner, error) {
	if len(args) > 0 {
		switch args[0] {
		case "edit":
			return parseEntryEdit(t, args[1:])
		case "delete":
			return changeByID(t, "entries delete", NewFlags("delete"), args[1:], t.OutDeleted,
				map[error]string{store.ErrNotFound: t.ErrEntryNotFound, store.ErrAlreadyDeleted: t.ErrAlreadyDeleted},
				func(env *Env, id int64) error { return env.Store.DeleteEntry(env.Ctx, id) })
		case "restore":
			return changeByID(t, "entries restore", NewFlags("restore"), args[1:], t.OutRestored,
				map[error]string{store.ErrNotFound: t.ErrEntryNotFound, store.ErrNotDeleted: t.ErrNotDeleted},
				func(env *Env, id int64) error { return env.Store.RestoreEntry(env.Ctx, id) })
		case "show":
			return parseEntryShow(t, args[1:])
		}
	}
	fs := NewFlags("entries")
	filter := fs.String("filter", "", "filter expression")
	format := fs.String("format", formatTable, "table, csv or json")
	limit := fs.Int("limit", 50, "at most this many entries")
	offset := fs.Int("offset", 0, "skip this many entries")
	exact := fs.Bool("count", false, "count every match (slower on a large log)")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	if err := checkFormat(t, *format); err != nil {
		return nil, err
	}
	if *limit < 1 || *limit > 100000 {
		return nil, UsageError{fmt.Sprintf(t.ErrBadNumber, "--limit", strconv.Itoa(*limit))}
	}
	if *offset < 0 {
		return nil, UsageError{fmt.Sprintf(t.ErrBadNumber, "--offset", strconv.Itoa(*offset))}
	}
	f, err := store.ParseFilter(*filter)
	var fe *store.FilterError
	if errors.As(err, &fe) {
		return nil, UsageError{filterMessage(t, fe)}
	}
	return func(env *Env) error {
		// Counting every match of a broad filter in a large log costs more
		// than listing a page: a table counts up to twice the page (at
		// least footCount), JSON up to store.CountCap, unless --count asks
		// for all.
		max := max(footCount, 2**limit)
		if *format == "json" {
			max = store.CountCap
		}
		if *exact {
			max = 0
		}
		page, err := env.Store.SearchEntriesUpTo(env.Ctx, f, *offset, *limit, max)
		if err != nil {
			return err
		}
		l := entryListing(env.T, page.Entries)
		l.json = struct {
			Total   int         `json:"total"`
			More    bool        `json:"more,omitempty"` // more than total match: counting stopped
			Offset  int         `json:"offset"`
			Entries []entryJSON `json:"entries"`
		}{page.Total, page.More, page.Offset, entriesJSON(page.Entries)}
		l.foot = fmt.Sprintf(env.T.OutShown, len(page.Entries), page.Total)
		if page.More {
			l.foot = fmt.Sprintf(env.T.OutShownAtLeast, len(page.Entries), page.Total)
		}
		return l.write(env.Stdout, *format)
	}, nil
}

// footCount is how far the table under a listing counts matches, at least:
// up to twice the entries shown.
const footCount = 100

// entryJSON is the stable JSON shape of an entry.
type entryJSON struct {
	ID            int64        `json:"id"`
	Date          string       `json:"date"`
	Kind          string       `json:"kind"`
	Title         string       `json:"title"`
	Summary       string       `json:"summary"`
	Author        string       `json:"author"`
	Partners      []partnerRef `json:"partners"`
	Goals         []int        `json:"goals"`
	Status        string       `json:"status,omitempty"`
	Opened        string       `json:"opened,omitempty"`
	FirstResponse string       `json:"first_response,omitempty"`
	Closed        string       `json:"closed,omitempty"`
	CameFirst     bool         `json:"came_first"`
	CreatedAt     string       `json:"created_at"`
	UpdatedAt     string       `json:"updated_at"`
	DeletedAt     string       `json:"deleted_at,omitempty"`
	Actions       []actionJSON `json:"actions,omitempty"`
}

type partnerRef struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

func toEntryJSON(e store.Entry) entryJSON {
	j := entryJSON{ID: e.ID, Date: e.Date, Kind: string(e.Kind), Title: e.Title, Summary: e.Summary, Author: e.Author,
		Partners: []partnerRef{}, Goals: e.Goals, Status: string(e.Status()), Opened: e.Opened, FirstResponse: e.FirstResponse,
		Closed: e.Closed, CameFirst: e.CameFirst, CreatedAt: e.CreatedAt, UpdatedAt: e.UpdatedAt, DeletedAt: e.DeletedAt}
	for _, p := range e.Partners {
		j.Partners = append(j.Partners, partnerRef{p.ID, p.Label})
	}
	if j.Goals == nil {
		j.Goals = []int{}
	}
	return j
}

func entriesJSON(es []store.Entry) []entryJSON {
	out := []entryJSON{}
	for _, e := range es {
		out = append(out, toEntryJSON(e))
	}
	return out
}

func entryListing(t *i18n.Catalogue, es []store.Entry) listing {
	l := listing{head: []string{t.ColID, t.ColDate, t.ColKind, t.ColTitle, t.ColPartnersShort, t.ColGoals, t.ColAuthor, t.ColStatus}}
	for _, e := range es {
		var ps, gs []string
		for _, p := range e.Partners {
			ps = append(ps, p.Label)
		}
		for _, g := range e.Goals {
			gs = append(gs, strconv.Itoa(g))
		}
		l.rows = append(l.rows, []string{strconv.FormatInt(e.ID, 10), e.Date, string(e.Kind), e.Title,
			strings.Join(ps, "; "), strings.Join(gs, ","), e.Author, string(e.Status())})
	}
	return l
}

func parseEntryShow(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("show")
	format := fs.String("format", formatTable, "table or json")
	if err := ParseFlags(t, fs, args, 1); err != nil {
		return nil, err
	}
	if err := checkFormat(t, *format); err != nil {
		return nil, err
	}
	id, err := parseID(t, "entries show", fs)
	if err != nil {
		return nil, err
	}
	return func(env *Env) error {
		e, err := env.Store.Entry(env.Ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf(env.T.ErrEntryNotFound, id)
		}
		if err != nil {
			return err
		}
		actions, _, err := env.Store.Actions(env.Ctx, store.ActionQuery{EntryID: id})
		if err != nil {
			return err
		}
		j := toEntryJSON(e)
		j.Actions = actionsJSON(actions)
		if *format != formatTable {
			l := entryListing(env.T, []store.Entry{e})
			l.json = j
			return l.write(env.Stdout, *format)
		}
		l := entryListing(env.T, []store.Entry{e})
		if err := l.write(env.Stdout, formatTable); err != nil {
			return err
		}
		if e.Summary != "" {
			fmt.Fprintln(env.Stdout)
			for _, line := range strings.Split(e.Summary, "\n") {
				fmt.Fprintln(env.Stdout, cleanLine(line))
			}
		}
		if len(actions) > 0 {
			fmt.Fprintln(env.Stdout)
			return actionListing(env.T, actions).write(env.Stdout, formatTable)
		}
		return nil
	}, nil
}

func parseEntryEdit(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("edit")
	f := addEntryFlags(fs)
	if err := ParseFlags(t, fs, args, 1); err != nil {
		return nil, err
	}
	id, err := parseID(t, "entries edit", fs)
	if err != nil {
		return nil, err
	}
	f.record(fs)
	if len(f.set) == 0 {
		return nil, UsageError{t.ErrNoChange}
	}
	return func(env *Env) error {
		old, err := env.Store.Entry(env.Ctx, id)
		if errors.Is(err, store.ErrNotFound) || (err == nil && old.DeletedAt != "") {
			return fmt.Errorf(env.T.ErrEntryNotFound, id)
		}
		if err != nil {
			return err
		}
		e := old.Edit()
		if err := f.apply(env, &e); err != nil {
			return err
		}
		patch := old.Diff(e)
		patch.Base = nil // only the fields given are written, over whatever is stored now
		if _, err := env.Store.PatchEntry(env.Ctx, id, patch); err != nil {
			return err
		}
		_, err = fmt.Fprintf(env.Stdout, env.T.OutUpdated+"\n", id)
		return err
	}, nil
}
