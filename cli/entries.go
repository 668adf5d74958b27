package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"vision2030/i18n"
	"vision2030/store"
)

// entryFlags are the flags that describe an entry, shared by log and
// entries edit.
type entryFlags struct {
	partners, goals               []string
	kind, title, date, summary    string
	opened, firstResponse, closed string
	cameFirst                     bool
	cmd                           *cobra.Command
}

// requestFlags are the flags only a request has.
var requestFlags = []string{"opened", "first-response", "closed", "came-first"}

func addEntryFlags(a *app, cmd *cobra.Command) *entryFlags {
	f := &entryFlags{cmd: cmd}
	fs := cmd.Flags()
	fs.StringArrayVar(&f.partners, "partner", nil, "")
	fs.StringArrayVar(&f.goals, "goal", nil, "")
	fs.StringVar(&f.kind, "kind", "", "")
	fs.StringVar(&f.title, "title", "", "")
	fs.StringVar(&f.date, "date", "", "")
	fs.StringVar(&f.summary, "summary", "", "")
	fs.StringVar(&f.opened, "opened", "", "")
	fs.StringVar(&f.firstResponse, "first-response", "", "")
	fs.StringVar(&f.closed, "closed", "", "")
	fs.BoolVar(&f.cameFirst, "came-first", false, "")
	a.completeFlag(cmd, "partner", a.partnerNames(true, false))
	a.completeFlag(cmd, "goal", a.goalNumbers())
	a.completeFlag(cmd, "kind", a.fixed(store.Strings(store.EntryKinds)))
	return f
}

func (f *entryFlags) given(name string) bool { return f.cmd.Flags().Changed(name) }

// any reports whether any flag that changes an entry was given.
func (f *entryFlags) any() bool {
	for _, name := range append([]string{"partner", "goal", "kind", "title", "date", "summary"}, requestFlags...) {
		if f.given(name) {
			return true
		}
	}
	return false
}

// check checks each value given, before the database is opened: what can
// be wrong with a value whatever the database holds.
func (f *entryFlags) check(a *app) error {
	t := a.t
	for _, p := range f.partners {
		if strings.TrimSpace(p) == "" {
			return usage(t.ErrPartnerEmpty)
		}
	}
	for _, g := range f.goals {
		if strings.TrimSpace(g) == "" {
			return usage(t.ErrGoalEmpty)
		}
	}
	if f.given("kind") {
		k, err := parseKind(a, "--kind", f.kind, store.EntryKinds, i18n.ParseEntryKind)
		if err != nil {
			return err
		}
		f.kind = string(k)
		if k != store.KindRequest {
			for _, name := range requestFlags {
				if f.given(name) {
					return usagef(t.ErrRequestOnly, "--"+name)
				}
			}
		}
	}
	f.date, f.opened, f.firstResponse, f.closed = a.isoDate(f.date, false), a.isoDate(f.opened, false), a.isoDate(f.firstResponse, false), a.isoDate(f.closed, false)
	now := a.Now()
	dates := []struct {
		field, value    string
		given, required bool
	}{
		{"date", f.date, f.given("date"), true},
		{"opened", f.opened, f.given("opened"), false},
		{"first response", f.firstResponse, f.given("first-response"), false},
		{"closed", f.closed, f.given("closed"), false},
	}
	for _, d := range dates {
		if d.given {
			if fe := store.CheckDate(d.field, strings.TrimSpace(d.value), now, d.required, false); fe != nil {
				return fe
			}
		}
	}
	if f.given("title") {
		if fe := store.CheckText("title", f.title, store.MaxTitle, true); fe != nil {
			return fe
		}
	}
	if f.given("summary") && f.summary != "-" {
		if fe := store.CheckText("summary", f.summary, store.MaxSummary, false); fe != nil {
			return fe
		}
	}
	return nil
}

// linkPartner resolves q to a partner that a new entry or assessment may
// name: an archived one, which ResolvePartner finds by its id, is refused
// as it is by name, unless linked holds it already (an edit that keeps an
// entry's partner).
func linkPartner(env *Env, q string, linked []int64) (store.Partner, error) {
	p, err := env.Store.ResolvePartner(env.Ctx, q)
	if err == nil && p.Archived && !slices.Contains(linked, p.ID) {
		return store.Partner{}, &store.PartnerMatchError{Query: q, Candidates: []store.Partner{p}, Archived: true}
	}
	if err != nil {
		return p, &onFlag{flag: "--partner", err: err}
	}
	return p, nil
}

// apply resolves the given flags onto e.
func (f *entryFlags) apply(a *app, env *Env, e *store.NewEntry) error {
	t := env.T
	if f.given("partner") {
		linked := e.PartnerIDs
		e.PartnerIDs = nil
		for _, q := range f.partners {
			p, err := linkPartner(env, q, linked)
			if err != nil {
				return err
			}
			e.PartnerIDs = append(e.PartnerIDs, p.ID)
		}
	}
	if f.given("goal") {
		goals, err := env.Store.Goals(env.Ctx)
		if err != nil {
			return err
		}
		e.GoalIDs = nil
		for _, q := range f.goals {
			id, err := a.resolveGoal(goals, "--goal", q)
			if err != nil {
				return err
			}
			e.GoalIDs = append(e.GoalIDs, id)
		}
	}
	if f.given("kind") {
		e.Kind = store.EntryKind(strings.ToLower(strings.TrimSpace(f.kind)))
	}
	if f.given("title") {
		e.Title = f.title
	}
	if f.given("date") {
		e.Date = strings.TrimSpace(f.date)
	}
	if f.given("summary") {
		e.Summary = f.summary
		if f.summary == "-" {
			if env.StdinTerminal {
				fmt.Fprintln(env.Stderr, t.NoteSummaryStdin)
			}
			// The limit counts characters, of up to utf8.UTFMax bytes each.
			b, err := io.ReadAll(io.LimitReader(env.Stdin, utf8.UTFMax*store.MaxSummary+1))
			if err != nil {
				return failure(fmt.Sprintf(t.ErrStdin, err), t.HintNothingWritten)
			}
			if len(b) > utf8.UTFMax*store.MaxSummary {
				return &store.FieldError{Field: "summary", Problem: store.ProblemTooLong, Limit: store.MaxSummary}
			}
			e.Summary = strings.TrimRight(string(b), "\n")
		}
	}
	if f.given("author") {
		author, err := env.writer()
		if err != nil {
			return err
		}
		e.Author = author
	}
	if f.given("opened") {
		e.Opened = strings.TrimSpace(f.opened)
	}
	if f.given("first-response") {
		e.FirstResponse = strings.TrimSpace(f.firstResponse)
	}
	if f.given("closed") {
		e.Closed = strings.TrimSpace(f.closed)
	}
	if f.given("came-first") {
		e.CameFirst = f.cameFirst
	}
	if e.Kind != store.KindRequest {
		for _, name := range requestFlags {
			if f.given(name) {
				return usagef(t.ErrRequestOnly, "--"+name)
			}
		}
		// A request's dates stay: an edit that changes the kind is the
		// store's to refuse (*DropError) unless --drop-request-dates.
	}
	return nil
}

// resolveGoal finds the goal q names: its number (full-width digits too),
// or a part of its title, English or Japanese, that only one goal has.
// name is where q was given ("--goal", or "goal" for an argument). A q that
// names no goal, or several, is a usage error: one line naming name and q,
// and a hint listing the goals (or those it matches) on one line, by
// their short titles in the user's language.
func (a *app) resolveGoal(goals []store.Goal, name, q string) (int, error) {
	t := a.t
	typed := q
	q = strings.TrimSpace(q)
	list := func(gs []store.Goal) string {
		var items []string
		for _, g := range gs {
			items = append(items, fmt.Sprintf(t.GoalItem, g.ID, cleanLine(g.ShortTitleIn(t.Lang))))
		}
		return strings.Join(items, t.GoalItemSep)
	}
	if n, err := strconv.Atoi(store.NameKey(q)); err == nil {
		for _, g := range goals {
			if g.ID == n {
				return n, nil
			}
		}
	} else {
		var found []store.Goal
		key := store.NameKey(q)
		for _, g := range goals {
			if strings.Contains(store.NameKey(g.Title+" "+g.ShortTitle), key) ||
				strings.Contains(store.NameKey(g.TitleJA+" "+g.ShortTitleJA), key) {
				found = append(found, g)
			}
		}
		if len(found) == 1 {
			return found[0].ID, nil
		}
		if len(found) > 1 {
			return 0, &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrGoalAmbiguous, name, typed, i18n.Count(len(found))),
				hint: fmt.Sprintf(t.HintGoalNumber, list(found))}
		}
	}
	return 0, &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrGoalUnknown, name, typed), hint: fmt.Sprintf(t.HintGoals, list(goals))}
}

// parseKind reads value of flag as one of kinds with parse: a kind's
// token, or its word in English or Japanese (i18n.ParseEntryKind).
func parseKind[K ~string](a *app, flag, value string, kinds []K, parse func(string) (K, bool)) (K, error) {
	if k, ok := parse(value); ok {
		return k, nil
	}
	return "", usagef(a.t.ErrKindUnknown, flag, value, strings.Join(a.t.KindWords(store.Strings(kinds)), a.t.NameSep))
}

// entriesCommand is `entries`: list, show, edit, delete and restore
// entries.
func entriesCommand(a *app) *cobra.Command {
	var filter string
	var limit, offset int
	var exact bool
	var format *string
	var checkFormat func() error
	cmd := a.command("entries", a.noArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		if err := checkFormat(); err != nil {
			return err
		}
		if limit < 1 || limit > maxLimit {
			return usagef(t.ErrNumberRange, "--limit", strconv.Itoa(limit), 1, maxLimit)
		}
		if offset < 0 {
			return usagef(t.ErrNumberRange, "--offset", strconv.Itoa(offset), 0, maxInt)
		}
		f, err := store.ParseFilter(filter)
		if err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			// Counting every match of a broad filter in a large log costs
			// more than listing a page: a table counts up to twice the page
			// (at least footCount), JSON up to store.CountCap, unless
			// --count asks for all.
			upTo := max(footCount, 2*limit)
			if *format == formatJSON {
				upTo = store.CountCap
			}
			if exact {
				upTo = 0
			}
			page, err := env.Store.SearchEntriesUpTo(env.Ctx, f, offset, limit, upTo)
			if err != nil {
				return err
			}
			l := entryListing(env.T, page.Entries, *format)
			l.json = struct {
				Total   int         `json:"total"`
				More    bool        `json:"more,omitempty"` // more than total match: counting stopped
				Offset  int         `json:"offset"`
				Entries []entryJSON `json:"entries"`
			}{page.Total, page.More, page.Offset, entriesJSON(page.Entries)}
			l.foot = fmt.Sprintf(env.T.OutShown, i18n.Count(len(page.Entries)), i18n.Count(page.Total))
			switch {
			case page.More:
				l.foot = fmt.Sprintf(env.T.OutShownAtLeast, i18n.Count(len(page.Entries)), i18n.Count(page.Total))
			case page.Total == 0:
				l.foot = env.T.OutNoneMatch
			}
			return l.write(env.Stdout, *format, env.Width)
		})
	})
	cmd.Flags().BoolVar(&exact, "count", false, "")
	cmd.Flags().StringVar(&filter, "filter", "", "")
	format, checkFormat = a.formatFlag(cmd, listFormats)
	cmd.Flags().IntVar(&limit, "limit", 50, "")
	cmd.Flags().IntVar(&offset, "offset", 0, "")
	cmd.AddCommand(entryShowCommand(a), entryEditCommand(a),
		a.changeCommand("entries delete", a.t.ArgEntryID, a.t.OutDeleted, a.entryErrors(),
			func(env *Env, id int64) error { return env.Store.DeleteEntry(env.Ctx, id) }),
		a.changeCommand("entries restore", a.t.ArgEntryID, a.t.OutRestored, a.entryErrors(),
			func(env *Env, id int64) error { return env.Store.RestoreEntry(env.Ctx, id) }))
	return cmd
}

// maxLimit is the most entries one listing prints.
const (
	maxLimit = 100000
	maxInt   = int(^uint(0) >> 1)
)

// entryErrors words the store's errors about entry id.
func (a *app) entryErrors() func(err error, id int64) error {
	t := a.t
	return func(err error, id int64) error {
		switch {
		case errors.Is(err, store.ErrNotFound):
			return failure(fmt.Sprintf(t.ErrEntryNotFound, id), t.HintListEntries)
		case errors.Is(err, store.ErrAlreadyDeleted):
			return failure(fmt.Sprintf(t.ErrAlreadyDeleted, id), t.HintNothingChanged)
		case errors.Is(err, store.ErrNotDeleted):
			return failure(fmt.Sprintf(t.ErrNotDeleted, id), t.HintNothingWritten)
		case errors.Is(err, store.ErrDeleted):
			return failure(fmt.Sprintf(t.ErrEntryDeleted, id), fmt.Sprintf(t.HintRestoreEntry, id))
		}
		var de *store.DropError
		if errors.As(err, &de) {
			var lost []string
			for _, f := range de.Fields {
				v := fmt.Sprint(f.Theirs)
				if b, ok := f.Theirs.(bool); ok && b {
					v = t.Yes
				}
				lost = append(lost, fmt.Sprintf(t.DropValue, t.FieldName(f.Field), v))
			}
			return failure(fmt.Sprintf(t.ErrWouldDrop, id, strings.Join(lost, t.DropSep)), t.HintDropRequest)
		}
		return err
	}
}

// changeCommand is a command that changes one record by id (`entries
// delete ID`): it runs change and prints done, a format of the id; errs
// words change's errors.
func (a *app) changeCommand(path, what, done string, errs func(error, int64) error,
	change func(env *Env, id int64) error) *cobra.Command {
	return a.command(path, a.oneArg(what), func(cmd *cobra.Command, args []string) error {
		id, err := a.parseID(args[0], what)
		if err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			if err := change(env, id); err != nil {
				return errs(err, id)
			}
			_, err := fmt.Fprintf(env.Stdout, done+"\n", id)
			return err
		})
	})
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

func entryListing(t *i18n.Catalogue, es []store.Entry, format string) listing {
	t, people := readers(t, format)
	l := listing{head: []string{t.ColID, t.ColDate, t.ColKind, t.ColTitle, t.ColPartnersShort, t.ColGoals, t.ColAuthor, t.ColStatus},
		fits: []fit{fitKeep, fitKeep, fitShort, fitText, fitText, fitKeep, fitShort, fitShort}}
	for _, e := range es {
		var ps, gs []string
		for _, p := range e.Partners {
			ps = append(ps, p.Label)
		}
		for _, g := range e.Goals {
			gs = append(gs, strconv.Itoa(g))
		}
		kind, status := string(e.Kind), string(e.Status())
		if people {
			kind = t.EntryKind(e.Kind)
			if status != "" {
				status = t.RequestStatuses[e.Status()]
			}
		}
		l.rows = append(l.rows, []string{strconv.FormatInt(e.ID, 10), e.Date, kind, e.Title,
			strings.Join(ps, "; "), strings.Join(gs, ","), e.Author, status})
	}
	return l
}

func entryShowCommand(a *app) *cobra.Command {
	var format *string
	var checkFormat func() error
	cmd := a.command("entries show", a.oneArg(a.t.ArgEntryID), func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(); err != nil {
			return err
		}
		id, err := a.parseID(args[0], a.t.ArgEntryID)
		if err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			e, err := env.Store.Entry(env.Ctx, id)
			if err != nil {
				return a.entryErrors()(err, id)
			}
			actions, _, err := env.Store.Actions(env.Ctx, store.ActionQuery{EntryID: id})
			if err != nil {
				return err
			}
			j := toEntryJSON(e)
			j.Actions = actionsJSON(actions)
			l := entryListing(env.T, []store.Entry{e}, *format)
			if *format != formatTable {
				l.json = j
				return l.write(env.Stdout, *format, env.Width)
			}
			if err := l.write(env.Stdout, formatTable, env.Width); err != nil {
				return err
			}
			if e.Kind == store.KindRequest {
				if err := requestFields(env.Stdout, env.T, e); err != nil {
					return err
				}
			}
			if e.DeletedAt != "" {
				fmt.Fprintln(env.Stdout, fmt.Sprintf(env.T.OutEntryIsDeleted, id))
			}
			if e.Summary != "" {
				fmt.Fprintln(env.Stdout)
				for _, line := range strings.Split(e.Summary, "\n") {
					fmt.Fprintln(env.Stdout, cleanLine(line))
				}
			}
			if len(actions) > 0 {
				fmt.Fprintln(env.Stdout)
				return actionListing(env.T, actions, formatTable).write(env.Stdout, formatTable, env.Width)
			}
			return nil
		})
	})
	format, checkFormat = a.formatFlag(cmd, showFormats)
	return cmd
}

// requestFields prints a request's dates and whether it came to JAW
// first, a line each, under its table: a date not yet reached is a dash.
func requestFields(w io.Writer, t *i18n.Catalogue, e store.Entry) error {
	date := func(d string) string {
		if d == "" {
			return t.NoValue
		}
		return d
	}
	first := t.No
	if e.CameFirst {
		first = t.Yes
	}
	if _, err := fmt.Fprintln(w); err != nil {
		return err
	}
	return keyValues(w, [][2]string{{t.ShowOpened, date(e.Opened)}, {t.ShowFirstResponse, date(e.FirstResponse)},
		{t.ShowClosed, date(e.Closed)}, {t.ShowCameFirst, first}})
}

func entryEditCommand(a *app) *cobra.Command {
	var f *entryFlags
	var drop bool
	cmd := a.command("entries edit", a.oneArg(a.t.ArgEntryID), func(cmd *cobra.Command, args []string) error {
		t := a.t
		id, err := a.parseID(args[0], t.ArgEntryID)
		if err != nil {
			return err
		}
		if !f.any() {
			return usage(t.ErrNoChange)
		}
		if err := f.check(a); err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			old, err := env.Store.Entry(env.Ctx, id)
			if err != nil {
				return a.entryErrors()(err, id)
			}
			if old.DeletedAt != "" {
				return failure(fmt.Sprintf(t.ErrEntryDeleted, id), fmt.Sprintf(t.HintRestoreEntry, id))
			}
			e := old.Edit()
			if err := f.apply(a, env, &e); err != nil {
				return err
			}
			// Only the fields given are written, over whatever is stored
			// now, in one transaction.
			patch := old.Diff(e)
			patch.Base, patch.DropRequest, patch.By = nil, drop, env.Author
			ch, err := env.Store.PatchEntry(env.Ctx, id, patch)
			if err != nil {
				return a.entryErrors()(err, id)
			}
			out := t.OutUpdated
			if !ch.Changed {
				out = t.OutUnchanged
			}
			_, err = fmt.Fprintf(env.Stdout, out+"\n", id)
			return err
		})
	})
	f = addEntryFlags(a, cmd)
	cmd.Flags().BoolVar(&drop, "drop-request-dates", false, "")
	return cmd
}
