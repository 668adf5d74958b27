package store

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Search. A filter is answered by one of two plans, chosen per query from
// cheap estimates, so that the first page comes back quickly whether the
// filter matches half the log or a handful of entries:
//
//   - the scan walks the entries newest first (the index entries_date,
//     within since/until) and checks every condition on each, stopping as
//     soon as the page is full: quick when matches are common;
//   - the driven plan starts from the candidates of the most selective
//     condition that an index can list — a word's trigrams in the search
//     index, the entries of a few partners or goals — checks the other
//     conditions on each and sorts them: quick when matches are rare.
//
// A word is checked on an entry's own text (title and summary, compared as
// Fold compares: ASCII case ignored, width forms folded), so the search
// index never has to be read row by row. Words of one or two characters,
// which no trigram holds, are looked up among the trigrams they begin
// (every character of the indexed text begins one).
//
// Counting stops at a cap (CountCap for SearchEntries): beyond it the count
// is "CountCap or more". Every query honours its context: a newer
// keystroke's cancel interrupts SQLite mid-statement.

// CountCap is where SearchEntries stops counting: a page with More set has
// Total = CountCap and at least one match beyond ("10,000+").
const CountCap = 10000

// SearchPage returns up to limit live entries matching f from offset,
// newest first, without counting them: what a filter bar shows on every
// keystroke. more reports whether further entries match.
func (s *Store) SearchPage(ctx context.Context, f Filter, offset, limit int) (entries []Entry, more bool, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		p, err := s.plan(ctx, tx, f, offset+limit+1)
		if err != nil {
			return err
		}
		entries, err = p.page(ctx, tx, offset, limit+1)
		if len(entries) > limit {
			entries, more = entries[:limit], true
		}
		return err
	})
	return entries, more, err
}

// CountEntries counts the live entries matching f, stopping at max (no
// limit if max <= 0): it returns the count, and whether more than max
// match (then the count is max). A filter of dates only (or none) is
// counted exactly from the per-day counts, however many match.
func (s *Store) CountEntries(ctx context.Context, f Filter, max int) (n int, more bool, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		n, more, err = s.count(ctx, tx, f, max)
		return err
	})
	return n, more, err
}

// SearchEntries returns up to limit live entries that match f, starting at
// offset, newest first, and how many match, counted up to CountCap (More is
// set when more do), in one read.
func (s *Store) SearchEntries(ctx context.Context, f Filter, offset, limit int) (EntryPage, error) {
	return s.SearchEntriesUpTo(ctx, f, offset, limit, CountCap)
}

// SearchEntriesUpTo is SearchEntries counting up to max matches (no limit
// if max <= 0). Counting is what costs: a low max keeps it quick.
func (s *Store) SearchEntriesUpTo(ctx context.Context, f Filter, offset, limit, max int) (EntryPage, error) {
	page := EntryPage{Offset: offset}
	err := s.read(ctx, func(tx *sql.Tx) error {
		p, err := s.plan(ctx, tx, f, offset+limit)
		if err != nil {
			return err
		}
		if page.Entries, err = p.page(ctx, tx, offset, limit); err != nil {
			return err
		}
		// A page that is not full ends the matches: no need to count.
		if len(page.Entries) < limit && (offset == 0 || len(page.Entries) > 0) {
			page.Total = offset + len(page.Entries)
			return nil
		}
		page.Total, page.More, err = s.count(ctx, tx, f, max)
		return err
	})
	return page, err
}

// Entries returns up to limit live (not deleted) entries starting at offset,
// newest first, and the total count.
func (s *Store) Entries(ctx context.Context, offset, limit int) (EntryPage, error) {
	return s.SearchEntries(ctx, Filter{}, offset, limit)
}

// EntryPosition returns the index of entry id among the live entries that
// match f, newest first, or ErrNotFound if it is not one of them.
func (s *Store) EntryPosition(ctx context.Context, f Filter, id int64) (int, error) {
	n := 0
	err := s.read(ctx, func(tx *sql.Tx) error {
		p, err := s.plan(ctx, tx, f, 1)
		if err != nil {
			return err
		}
		var date string
		err = tx.QueryRowContext(ctx, "SELECT e.date FROM entries e WHERE e.id = ? AND "+p.where(),
			append([]any{id}, p.args...)...).Scan(&date)
		if errors.Is(err, sql.ErrNoRows) || p.none {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		p.dated = "" // the condition below is on the entries
		p.conds = append(p.conds, "(e.date > ? OR (e.date = ? AND e.id > ?))")
		p.args = append(p.args, date, date, id)
		n, _, err = p.count(ctx, tx, 0)
		return err
	})
	return n, err
}

// searchPlan is how one filter is answered: conditions on the entries e,
// and where the rows come from.
type searchPlan struct {
	conds []string
	args  []any
	// from is the FROM clause: the scan's or the driven plan's.
	from     string
	fromArgs []any
	// none is set when a condition can match nothing (an unknown partner).
	none bool
	// driven is set when the rows come from a source's candidates c.
	driven bool
	// dated, if set, lists the matches with their dates: the page and the
	// count need no other condition.
	dated     string
	datedArgs []any
	// days is set when the filter is a date range at most: the count is
	// read from the per-day counts.
	days bool
	// since and until bound the dates, "" for open.
	since, until string
}

func (p *searchPlan) where() string { return strings.Join(p.conds, " AND ") }

// filterWhere is the condition on entries e that f selects, with its
// arguments, for queries other than the search's own (exports, briefs):
// with f.Deleted, deleted entries are selected too.
func (s *Store) filterWhere(ctx context.Context, q querier, f Filter) (string, []any, error) {
	p, err := s.plan(ctx, q, f, -1)
	if err != nil {
		return "", nil, err
	}
	if p.none {
		return "0", nil, nil
	}
	return p.where(), p.args, nil
}

// rowWhere is where for the plan's rows: when driven, conditions on an
// entry's links name its candidate's id, so that they are checked before
// the entry's row is read.
func (p *searchPlan) rowWhere() string {
	if !p.driven {
		return p.where()
	}
	return strings.ReplaceAll(p.where(), "l.entry_id = e.id", "l.entry_id = c.id")
}

// page returns the matches from offset, newest first.
func (p *searchPlan) page(ctx context.Context, q querier, offset, limit int) ([]Entry, error) {
	if p.none {
		return nil, nil
	}
	if p.dated != "" {
		return queryAll(ctx, q, "SELECT "+entryColumns+` FROM (SELECT id FROM (`+p.dated+`)
			ORDER BY date DESC, id DESC LIMIT ? OFFSET ?) c CROSS JOIN entries e ON e.id = c.id
			ORDER BY e.date DESC, e.id DESC`, append(append([]any{}, p.datedArgs...), limit, offset), scanEntry)
	}
	args := append(append(append([]any{}, p.fromArgs...), p.args...), limit, offset)
	return queryAll(ctx, q, "SELECT "+entryColumns+" FROM "+p.from+" WHERE "+p.rowWhere()+
		" ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?", args, scanEntry)
}

// count counts the matches, stopping beyond max (no limit if max <= 0).
func (p *searchPlan) count(ctx context.Context, q querier, max int) (int, bool, error) {
	if p.none {
		return 0, false, nil
	}
	limit := -1
	if max > 0 {
		limit = max + 1
	}
	var n int
	query := "SELECT count(*) FROM (SELECT 1 FROM " + p.from + " WHERE " + p.rowWhere() + " LIMIT ?)"
	args := append(append(append([]any{}, p.fromArgs...), p.args...), limit)
	if p.dated != "" {
		query = "SELECT count(*) FROM (SELECT 1 FROM (" + p.dated + ") LIMIT ?)"
		args = append(append([]any{}, p.datedArgs...), limit)
	}
	err := q.QueryRowContext(ctx, query, args...).Scan(&n)
	if max > 0 && n > max {
		return max, true, err
	}
	return n, false, err
}

// count counts f's matches up to max, from the per-day counts when f is a
// date range at most, else with the plan cheapest for counting.
func (s *Store) count(ctx context.Context, q querier, f Filter, max int) (int, bool, error) {
	// The scan stops counting at max matches, but reads the whole period
	// when fewer match than its other conditions let through: a count up
	// to max is weighed as a page four times as long.
	want := -1
	if max > 0 {
		want = 4 * max
	}
	p, err := s.plan(ctx, q, f, want)
	if err != nil {
		return 0, false, err
	}
	if p.days {
		// Exact, and free: from the per-day counts, whatever max says.
		n, err := liveEntries(ctx, q, p.since, p.until)
		return n, false, err
	}
	return p.count(ctx, q, max)
}

// liveEntries counts the live entries dated within since and until ("" for
// open), from the per-day counts.
func liveEntries(ctx context.Context, q querier, since, until string) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT coalesce(sum(entries), 0) FROM entry_days
		WHERE day >= ? AND day <= ?`, since, dayOr(until, "9999-12-31")).Scan(&n)
	return n, err
}

func dayOr(d, otherwise string) string {
	if d == "" {
		return otherwise
	}
	return d
}

// source is a set of candidate entries that an index lists: its SQL (one
// column, id, each entry once) and, as far as it was counted, its size.
type source struct {
	sql  string
	args []any
	// listing, if set, lists the same candidates as sql, some perhaps more
	// than once, more cheaply: for counting them.
	listing string
	size    int // counted up to the cap given; math.MaxInt if unknown
	// dated, if set, lists the live candidates with their dates (columns
	// id, date), each once, from the index where it can: when the source
	// is the filter's only condition but for dates, its matches.
	dated     string
	datedArgs []any
}

// plan builds the plan for f. want is how many matches the caller wants
// from the top (offset + limit), or -1 to count them all: it decides
// between the scan and the driven plan.
func (s *Store) plan(ctx context.Context, q querier, f Filter, want int) (searchPlan, error) {
	p := searchPlan{since: f.Since, until: f.Until}
	p.conds = []string{"e.deleted_at IS NULL"}
	if f.Since != "" {
		p.conds = append(p.conds, "e.date >= ?")
		p.args = append(p.args, f.Since)
	}
	if f.Until != "" {
		p.conds = append(p.conds, "e.date <= ?")
		p.args = append(p.args, f.Until)
	}
	in := func(col string, n int) string { return col + " IN (" + placeholders(n) + ")" }
	if len(f.Kinds) > 0 {
		p.conds = append(p.conds, in("e.kind", len(f.Kinds)))
		for _, k := range f.Kinds {
			p.args = append(p.args, string(k))
		}
	}
	if len(f.Authors) > 0 {
		p.conds = append(p.conds, in("e.author COLLATE NOCASE", len(f.Authors)))
		for _, a := range f.Authors {
			p.args = append(p.args, a)
		}
	}
	if len(f.Statuses) > 0 {
		var ors []string
		for _, st := range f.Statuses {
			switch st {
			case StatusOpen:
				ors = append(ors, "(e.closed IS NULL AND e.first_response IS NULL)")
			case StatusAnswered:
				ors = append(ors, "(e.closed IS NULL AND e.first_response IS NOT NULL)")
			case StatusClosed:
				ors = append(ors, "(e.closed IS NOT NULL)")
			}
		}
		p.conds = append(p.conds, "e.kind = 'request' AND ("+strings.Join(ors, " OR ")+")")
	}
	var sources []source
	if len(f.Statuses) > 0 || len(f.Kinds) == 1 && f.Kinds[0] == KindRequest {
		// The requests, from their own index.
		requests := "SELECT id FROM entries WHERE kind = 'request' AND deleted_at IS NULL"
		if len(f.Statuses) == 1 && f.Statuses[0] == StatusOpen {
			requests += " AND first_response IS NULL"
		}
		sources = append(sources, source{sql: requests})
	}
	p.days = len(f.Kinds)+len(f.Authors)+len(f.Statuses)+len(f.Goals)+len(f.Countries)+len(f.Partners)+
		len(f.PartnerIDs)+len(f.Text) == 0

	// Conditions on links, each with the candidates it lists.
	sinceDay, untilDay := dayOr(f.Since, "0000-00-00"), dayOr(f.Until, "9999-12-31")
	links := func(table, col string, ids []int64) {
		if len(ids) == 0 {
			p.none = true
			return
		}
		args := make([]any, len(ids))
		for i, id := range ids {
			args[i] = id
		}
		// (+: the list is looked up in, rather than each of its ids looked
		// for in the link's index.)
		p.conds = append(p.conds, "EXISTS (SELECT 1 FROM "+table+" l WHERE l.entry_id = e.id AND "+in("+l."+col, len(ids))+")")
		p.args = append(p.args, args...)
		// Live contacts carry their date in the link; other entries (news,
		// deleted) carry none and are checked on the entry. (Two ranges of
		// the index, not one OR, which SQLite answers far more slowly.)
		part := "SELECT entry_id AS id FROM " + table + " WHERE " + in(col, len(ids))
		sources = append(sources, source{
			sql:     part + " AND contact_date BETWEEN ? AND ? UNION " + part + " AND contact_date IS NULL",
			listing: part + " AND contact_date BETWEEN ? AND ? UNION ALL " + part + " AND contact_date IS NULL",
			args:    append(append(append([]any{}, args...), sinceDay, untilDay), args...),
			// The live entries with their dates, the contacts' from the
			// index alone.
			dated: "SELECT entry_id AS id, contact_date AS date FROM " + table + " WHERE " + in(col, len(ids)) +
				" AND contact_date BETWEEN ? AND ? UNION SELECT e.id, e.date FROM " + table + " l JOIN entries e ON e.id = l.entry_id WHERE " +
				in("l."+col, len(ids)) + " AND l.contact_date IS NULL AND e.deleted_at IS NULL AND e.date BETWEEN ? AND ?",
			datedArgs: append(append(append(append([]any{}, args...), sinceDay, untilDay), args...), sinceDay, untilDay),
		})
	}
	if len(f.Goals) > 0 {
		ids, err := goalIDs(ctx, q, f.Goals)
		if err != nil {
			return p, err
		}
		links("entry_goals", "goal_id", ids)
	}
	if len(f.Countries) > 0 {
		codes, err := countryCodes(ctx, q, f.Countries)
		if err != nil {
			return p, err
		}
		ids, err := partnerIDs(ctx, q, in("country_code", len(codes)), toAny(codes)...)
		if err != nil {
			return p, err
		}
		links("entry_partners", "partner_id", ids)
	}
	if len(f.Partners) > 0 {
		var ids []int64
		for _, v := range f.Partners {
			// Each name must name a partner: one that names none is a
			// mistake to tell, not an empty list.
			found, err := partnerIDs(ctx, q, "(CAST(p.id AS TEXT) = ? OR p.short_name = ? COLLATE NOCASE OR "+
				partnerContains+" OR (p.name_ja <> '' AND instr(p.name_ja, ?) > 0))", v, v, v, v, v)
			if err != nil {
				return p, err
			}
			if len(found) == 0 {
				return p, &FilterError{Term: filterTerm("partner", v), Problem: FilterUnknownPartner}
			}
			ids = append(ids, found...)
		}
		links("entry_partners", "partner_id", ids)
	}
	if len(f.PartnerIDs) > 0 {
		links("entry_partners", "partner_id", f.PartnerIDs)
	}

	// How large a source may be and still be worth starting from. Reaching
	// want matches by the scan reads about want·R/n entries of the R in the
	// period if n match; starting from a source of n candidates reads n of
	// them, and sorts them: a source is worth it below √(want·R), about.
	// A count reads every match, by either plan.
	r, err := liveEntries(ctx, q, f.Since, f.Until)
	if err != nil {
		return p, err
	}
	limit := min(r, maxCountSource)
	if want >= 0 {
		limit = int(math.Sqrt(1.5 * float64(want) * float64(r)))
	}

	// Words and phrases: in the text, or in a linked partner's names.
	named, err := s.partnersNamedIn(ctx, q, f.Text)
	if err != nil {
		return p, err
	}
	for _, t := range f.Text {
		ft := Fold(t)
		cond, args := textMatch(ft)
		var linkSQL string
		var linkArgs []any
		if ids := named[t]; len(ids) > 0 {
			linkSQL = "SELECT entry_id AS id FROM entry_partners WHERE " + in("partner_id", len(ids))
			for _, id := range ids {
				linkArgs = append(linkArgs, id)
			}
			cond = "(" + cond + " OR EXISTS (SELECT 1 FROM entry_partners l WHERE l.entry_id = e.id AND " +
				in("+l.partner_id", len(ids)) + "))"
			args = append(args, linkArgs...)
		}
		p.conds = append(p.conds, cond)
		p.args = append(p.args, args...)
		match, listed, err := trigramQuery(ctx, q, ft, limit)
		if err != nil {
			return p, err
		}
		if !listed {
			continue // not listed by the index: checked on each entry only
		}
		src := source{sql: "SELECT NULL AS id WHERE 0"} // no entry's text holds it
		if match != "" {
			src = source{sql: "SELECT rowid AS id FROM entries_fts WHERE entries_fts MATCH ?", args: []any{match}}
		}
		if linkSQL != "" {
			src.sql += " UNION " + linkSQL
			src.args = append(src.args, linkArgs...)
		}
		sources = append(sources, src)
	}
	if p.none {
		return p, nil
	}

	if f.Deleted {
		// Deleted entries too (exports): the scan alone sees them, since
		// the sources and the per-day counts know live entries only.
		p.conds[0], sources, p.days = "1", nil, false
	}
	// The scan, unless a source is small enough.
	p.from = "entries e INDEXED BY entries_date"
	best := -1
	for i := range sources {
		if err := sources[i].measure(ctx, q, limit); err != nil {
			return p, err
		}
		if sources[i].size <= limit && (best < 0 || sources[i].size < sources[best].size) {
			best = i
		}
	}
	if best < 0 && want >= 0 {
		var err error
		if best, err = p.sparse(ctx, q, sources, want, r); err != nil {
			return p, err
		}
	}
	if best >= 0 {
		p.from = "(" + sources[best].sql + ") c CROSS JOIN entries e ON e.id = c.id"
		p.fromArgs = sources[best].args
		p.driven = true
		// A partner's or a goal's entries, and nothing else: ordered and
		// counted from the links' index, reading only the page's entries.
		only := len(f.Text)+len(f.Kinds)+len(f.Authors)+len(f.Statuses) == 0 && len(sources) == 1
		if only && sources[best].dated != "" && sources[best].size <= maxDated {
			p.dated, p.datedArgs = sources[best].dated, sources[best].datedArgs
		}
	}
	return p, nil
}

// sampled is how many of the newest entries of the period are checked to
// tell how soon the scan would fill a page.
const sampled = 1000

// sparse returns the source to start from when every source is too large
// for the rule of thumb, which supposes that most of a source's candidates
// match, but few do: a word whose trigrams are common but which is itself
// rare ("kind"), conditions that rarely hold together. The scan would then
// read most of the period to fill a page. The newest entries of the period,
// those the scan reads first, are checked: the share that matches says how
// far the scan would read; a source smaller than that wins. It returns -1
// for the scan.
func (p *searchPlan) sparse(ctx context.Context, q querier, sources []source, want, r int) (int, error) {
	var m int
	bounds := []string{"e.deleted_at IS NULL"}
	var args []any
	if p.since != "" {
		bounds = append(bounds, "e.date >= ?")
		args = append(args, p.since)
	}
	if p.until != "" {
		bounds = append(bounds, "e.date <= ?")
		args = append(args, p.until)
	}
	args = append(append(args, sampled), p.args...)
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT * FROM entries e INDEXED BY entries_date WHERE "+
		strings.Join(bounds, " AND ")+" ORDER BY e.date DESC, e.id DESC LIMIT ?) e WHERE "+p.where(), args...).Scan(&m); err != nil {
		return -1, err
	}
	scan := float64(r)
	if m > 0 {
		scan = min(scan, float64(want)*sampled/float64(m))
	}
	// A candidate costs about four entries of the scan: the scan reads
	// entries in the order they were written, candidates are read apart.
	// Words' sources (listed last) first: they are often the smallest,
	// and each source is counted only as far as the smallest so far.
	best, limit := -1, min(int(scan)/4, maxCountSource)
	for i := len(sources) - 1; i >= 0; i-- {
		src := &sources[i]
		if err := src.measure(ctx, q, limit); err != nil {
			return -1, err
		}
		if src.size != math.MaxInt {
			best, limit = i, src.size
		}
	}
	return best, nil
}

// maxDated is the largest source whose matches are ordered from the
// links' index; a larger one is read by the scan, which finds a page sooner.
const maxDated = 50000

// maxCountSource is the largest source a count starts from; beyond it, a
// count scans the period.
const maxCountSource = 250000

// measure counts the source's candidates, stopping beyond max.
func (src *source) measure(ctx context.Context, q querier, max int) error {
	listing := src.listing
	if listing == "" {
		listing = src.sql
	}
	var n int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM ("+listing+") LIMIT ?)",
		append(append([]any{}, src.args...), max+1)...).Scan(&n); err != nil {
		return err
	}
	src.size = n
	if n > max {
		src.size = math.MaxInt
	}
	return nil
}

// textMatch is the condition that folded term ft appears in entry e's
// text as the search index holds it (Fold of the title and summary, with
// the newlines between and after them), with its arguments. The entry's own
// text is compared directly, ASCII case ignored as Fold ignores it. Only
// entries holding a width form that folds into a character of the term (ｗ
// for "wage", ｶ for "ガ"; entry_widths says which entries hold which) are
// folded first, and only by those forms: Japanese text is full of
// full-width punctuation, but it rarely matters to a term, and the view
// entries_search, which folds by every form, is slow to prepare and to run.
func textMatch(ft string) (string, []any) {
	pairs := widthPairs(ft)
	folded := func() string {
		expr := "e.title || char(10) || e.summary || char(10) || char(10)"
		for _, p := range pairs {
			expr = "replace(" + expr + ", " + sqlString(p[0]) + ", " + sqlString(p[1]) + ")"
		}
		return "instr(lower(" + expr + "), ?) > 0"
	}
	if strings.ContainsAny(ft, "\n") {
		return folded(), []any{ft} // across the line between title and summary
	}
	// As it is: instr, unless case is to be ignored.
	cond := "(instr(e.title, ?) > 0 OR instr(e.summary, ?) > 0)"
	arg := any(ft)
	if strings.ContainsFunc(ft, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
		cond = `(e.title LIKE ? ESCAPE '\' OR e.summary LIKE ? ESCAPE '\')`
		arg = "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(ft) + "%"
	}
	mask := 0
	for _, p := range pairs {
		r, _ := utf8.DecodeRuneInString(p[0])
		mask |= widthForm(r)
	}
	if mask == 0 {
		return cond, []any{arg, arg}
	}
	// A match in the text as it is is a match once folded.
	return "(CASE WHEN " + cond + " THEN 1 WHEN coalesce((SELECT forms FROM entry_widths w WHERE w.id = e.id), 0) & ? THEN " +
		folded() + " ELSE 0 END)", []any{arg, arg, mask, ft}
}

// widthForm returns the kind of width form r is (the first character of a
// form Fold folds), as entry_widths records it, or 0.
func widthForm(r rune) int {
	switch {
	case r == 0x3000:
		return 32
	case r >= 0xFF10 && r <= 0xFF19:
		return 1
	case r >= 0xFF21 && r <= 0xFF3A:
		return 2
	case r >= 0xFF41 && r <= 0xFF5A:
		return 4
	case r >= 0xFF61 && r <= 0xFF9F:
		return 8
	case r >= 0xFF01 && r <= 0xFF5E, r >= 0xFFE0 && r <= 0xFFE6:
		return 16
	}
	return 0
}

// widthForms returns the kinds of width forms s holds, as entry_widths
// records them for an entry's title and summary.
func widthForms(s string) int {
	forms := 0
	for _, r := range s {
		forms |= widthForm(r)
	}
	return forms
}

// widthPairs returns the fold pairs that matter to folded term ft, in the
// order Fold applies them: those whose folded form holds a character of ft,
// and those sharing a character with them (ｶﾞ with ｶ), so that folding by
// them alone finds ft wherever folding by all of them does.
func widthPairs(ft string) [][2]string {
	in := make([]bool, len(foldPairs))
	for i, p := range foldPairs {
		in[i] = strings.ContainsAny(Fold(p[1]), ft)
	}
	for grew := true; grew; {
		grew = false
		for i, p := range foldPairs {
			if in[i] {
				continue
			}
			for j, q := range foldPairs {
				if in[j] && strings.ContainsAny(p[0], q[0]) {
					in[i], grew = true, true
					break
				}
			}
		}
	}
	var out [][2]string
	for i, p := range foldPairs {
		if in[i] {
			out = append(out, p)
		}
	}
	return out
}

// maxTrigrams is how many trigrams a term of one or two characters may
// begin and still be looked up through them.
const maxTrigrams = 400

// trigramQuery returns the search index query (FTS5 MATCH) listing the
// entries whose folded text may hold ft: all its trigrams for a term of
// three characters or more; any trigram it begins for a shorter one ("" if
// it begins none: no entry holds it). listed is false when the index cannot
// list them cheaply: a short term that begins too many trigrams, or
// trigrams listing more than max entries in all.
func trigramQuery(ctx context.Context, q querier, ft string, max int) (match string, listed bool, err error) {
	quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	runes := []rune(ft)
	if len(runes) >= 3 {
		// Trigrams side by side, and the last: every character is in one.
		// The overlapping ones between would narrow the candidates little
		// and cost a pass over their entries each.
		seen := map[string]bool{}
		var terms []string
		for i := 0; i+3 <= len(runes); i += 3 {
			for _, j := range []int{i, min(i+3, len(runes)-3)} {
				if tri := string(runes[j : j+3]); !seen[tri] {
					seen[tri] = true
					terms = append(terms, quote(tri))
				}
			}
		}
		return strings.Join(terms, " AND "), true, nil
	}
	if len(runes) == 0 {
		return "", false, nil
	}
	rows, err := q.QueryContext(ctx, "SELECT term, doc FROM entries_fts_terms WHERE term >= ? AND term < ?",
		ft, ft+string(utf8.MaxRune))
	if err != nil {
		return "", false, err
	}
	defer rows.Close()
	var terms []string
	docs := 0
	for rows.Next() {
		var term string
		var n int
		if err := rows.Scan(&term, &n); err != nil {
			return "", false, err
		}
		if docs += n; len(terms) >= maxTrigrams || docs > max {
			return "", false, nil
		}
		terms = append(terms, quote(term))
	}
	if err := rows.Err(); err != nil {
		return "", false, err
	}
	return strings.Join(terms, " OR "), true, nil
}

// goalIDs returns the goals' ids, or a *FilterError naming the first that
// the database does not have.
func goalIDs(ctx context.Context, q querier, goals []int) ([]int64, error) {
	have, err := queryAll(ctx, q, "SELECT id FROM goals ORDER BY id", nil, func(sc interface{ Scan(...any) error }) (int64, error) {
		var id int64
		err := sc.Scan(&id)
		return id, err
	})
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(goals))
	for i, g := range goals {
		if ids[i] = int64(g); !slices.Contains(have, ids[i]) {
			var valid []string
			for _, id := range have {
				valid = append(valid, strconv.FormatInt(id, 10))
			}
			return nil, &FilterError{Term: "goal:" + strconv.Itoa(g), Problem: FilterUnknownGoal, Values: valid}
		}
	}
	return ids, nil
}

// countryCodes resolves each of names (a code, or an English or Japanese
// name or part of one, as ResolveCountry does) to its country's code, or
// returns a *FilterError naming the first that names none or several.
func countryCodes(ctx context.Context, q querier, names []string) ([]string, error) {
	cs, err := countries(ctx, q)
	if err != nil {
		return nil, err
	}
	codes := make([]string, len(names))
	for i, name := range names {
		c, me := matchCountry(cs, name)
		switch {
		case me != nil && me.Ambiguous:
			var found []string
			for _, c := range me.Candidates {
				found = append(found, c.Code)
			}
			return nil, &FilterError{Term: filterTerm("country", name), Problem: FilterAmbiguousCountry, Values: found}
		case me != nil:
			return nil, &FilterError{Term: filterTerm("country", name), Problem: FilterUnknownCountry}
		}
		codes[i] = c.Code
	}
	return codes, nil
}

// partnerIDs returns the ids of the partners p matching cond.
func partnerIDs(ctx context.Context, q querier, cond string, args ...any) ([]int64, error) {
	return queryAll(ctx, q, "SELECT p.id FROM partners p WHERE "+cond+" ORDER BY p.id", args,
		func(sc interface{ Scan(...any) error }) (int64, error) {
			var id int64
			err := sc.Scan(&id)
			return id, err
		})
}

func toAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
