package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Bulk loading. Load writes many records into a database that nobody else
// uses yet (the demo builds into a new file and renames it into place when
// done): the same rows, checked by the same Validate methods, as AddEntry and
// friends write, but through prepared statements in large transactions and
// with the schema's triggers set aside while it runs. What the triggers
// would have kept — the links' contact dates, the per-day counts, the
// search index — is written by the loader itself as it goes, and the
// triggers are put back before Load returns, so that the database it leaves
// is one the triggers keep from then on. CheckDerived finds nothing in it.

// LoadEntry is an entry to load: what a user supplies, and the timestamps
// and deletion a history of use would have left.
type LoadEntry struct {
	NewEntry
	CreatedAt string // UTC RFC 3339; "" for now
	UpdatedAt string // "" for CreatedAt
	DeletedAt string // "" for a live entry
}

// LoadAction is an action to load, done or not.
type LoadAction struct {
	NewAction
	Done      string // YYYY-MM-DD or "" while open
	CreatedAt string // UTC RFC 3339; "" for now
}

// LoadBatch is how many entries Load writes per transaction.
const LoadBatch = 20000

// Loader writes records for Load. Its methods must be called from the
// function given to Load only.
type Loader struct {
	s        *Store
	ctx      context.Context
	conn     *sql.Conn
	tx       *sql.Tx
	stmts    map[string]*sql.Stmt
	partners map[int64]bool
	goals    map[int]bool
	contact  map[EntryKind]bool
	entryDay map[string]int
	goalDay  map[goalDay]int
	pending  int // entries written in this transaction
	search   *searchBuilder
	bodies   []searchRow // for the search builder's next batch
}

type goalDay struct {
	goal int
	day  string
}

// loadStatements are the loader's prepared statements, by name.
var loadStatements = map[string]string{
	"partner": `INSERT INTO partners (uid, name, name_ja, yomi, short_name, kind, country_code, companies, since,
		contact, notes, tracked, archived, created_at, updated_at)
		VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"entry": `INSERT INTO entries (uid, date, kind, title, summary, author, opened, first_response, closed,
		came_first, created_at, updated_at, deleted_at)
		VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"entry_partner": `INSERT INTO entry_partners (entry_id, partner_id, contact_date) VALUES (?, ?, ?)`,
	"entry_goal":    `INSERT INTO entry_goals (entry_id, goal_id, contact_date) VALUES (?, ?, ?)`,
	"entry_widths":  `INSERT INTO entry_widths (id, forms) VALUES (?, ?)`,
	"assessment": `INSERT INTO assessments (uid, partner_id, goal_id, stage, date, note, author, entry_id, created_at)
		VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?)`,
	"action": `INSERT INTO actions (uid, entry_id, what, owner, due, done, author, created_at, updated_at)
		VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?)`,
	"setting": `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
}

// Load runs fn with a Loader over the database, for filling a new database
// with many records at once (the demo). Nobody else may use the database
// while it runs: the schema's triggers are set aside, and the records are
// written in several transactions. When fn returns nil, the derived data
// and the search index are complete, the triggers are back, the
// optimiser's statistics are fresh, and the database is as if every record
// had been written by the store one at a time (except for the versions,
// which start at 1). When fn or a write fails, Load returns the error and
// the file must be thrown away.
func (s *Store) Load(ctx context.Context, fn func(*Loader) error) (err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	l := &Loader{s: s, ctx: ctx, conn: conn, partners: map[int64]bool{}, goals: map[int]bool{},
		contact: map[EntryKind]bool{}, entryDay: map[string]int{}, goalDay: map[goalDay]int{}}
	// Nobody else uses the file, and a failed load is thrown away: nothing
	// needs to reach the disk before the end.
	for _, q := range []string{"PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA cache_size = -2000")
	defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA synchronous = FULL")

	if l.search, err = newSearchBuilder(ctx, s.path+".search-build"); err != nil {
		return err
	}
	defer l.search.discard()
	triggers, err := l.begin()
	if err != nil {
		return err
	}
	defer func() {
		if l.tx != nil {
			l.tx.Rollback()
		}
	}()
	if err := fn(l); err != nil {
		return err
	}
	return l.finish(triggers)
}

// begin reads what the loader checks against, sets the triggers and the
// search index's merging aside, and opens the first transaction. It
// returns the SQL that puts the triggers back.
func (l *Loader) begin() ([]string, error) {
	ctx := l.ctx
	var triggers []string
	if err := l.inTx(func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY rowid")
		if err != nil {
			return err
		}
		var names []string
		for rows.Next() {
			var name, sql string
			if err := rows.Scan(&name, &sql); err != nil {
				rows.Close()
				return err
			}
			names, triggers = append(names, name), append(triggers, sql)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, n := range names {
			if _, err := tx.ExecContext(ctx, "DROP TRIGGER "+quoteIdent(n)); err != nil {
				return err
			}
		}
		// The search index is built beside the database, on another
		// core, from what is indexed now and what is loaded.
		var create string
		if err := tx.QueryRowContext(ctx, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'entries_fts'").Scan(&create); err != nil {
			return err
		}
		if err := l.search.start(create); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, "SELECT id, body FROM entries_search ORDER BY id")
		if err != nil {
			return err
		}
		for rows.Next() {
			var r searchRow
			if err := rows.Scan(&r.id, &r.body); err != nil {
				rows.Close()
				return err
			}
			l.bodies = append(l.bodies, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if err := scanInto(ctx, tx, "SELECT id FROM partners", func(id int64) { l.partners[id] = true }); err != nil {
			return err
		}
		if err := scanInto(ctx, tx, "SELECT id FROM goals", func(id int64) { l.goals[int(id)] = true }); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, "SELECT code, contact FROM entry_kinds")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			var c bool
			if err := rows.Scan(&k, &c); err != nil {
				return err
			}
			l.contact[EntryKind(k)] = c
		}
		return rows.Err()
	}); err != nil {
		return nil, err
	}
	return triggers, l.open()
}

// finish writes the per-day counts, puts the triggers back, refreshes the
// optimiser's statistics, and swaps in the search index built beside the
// database.
func (l *Loader) finish(triggers []string) error {
	ctx := l.ctx
	if err := l.commit(); err != nil {
		return err
	}
	l.search.send(l.bodies)
	l.bodies = nil
	built := make(chan error, 1)
	go func() { built <- l.search.finish() }()
	err := l.inTx(func(tx *sql.Tx) error {
		days := make([]string, 0, len(l.entryDay))
		for d := range l.entryDay {
			days = append(days, d)
		}
		sort.Strings(days)
		for _, d := range days {
			if _, err := tx.ExecContext(ctx, `INSERT INTO entry_days (day, entries) VALUES (?, ?)
				ON CONFLICT (day) DO UPDATE SET entries = entries + excluded.entries`, d, l.entryDay[d]); err != nil {
				return err
			}
		}
		gds := make([]goalDay, 0, len(l.goalDay))
		for k := range l.goalDay {
			gds = append(gds, k)
		}
		sort.Slice(gds, func(i, j int) bool {
			return gds[i].goal < gds[j].goal || gds[i].goal == gds[j].goal && gds[i].day < gds[j].day
		})
		for _, k := range gds {
			if _, err := tx.ExecContext(ctx, `INSERT INTO goal_days (goal_id, day, entries) VALUES (?, ?, ?)
				ON CONFLICT (goal_id, day) DO UPDATE SET entries = entries + excluded.entries`, k.goal, k.day, l.goalDay[k]); err != nil {
				return err
			}
		}
		for _, q := range rebuildCounts {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		for _, t := range triggers {
			if _, err := tx.ExecContext(ctx, t); err != nil {
				return err
			}
		}
		// Everything may have changed.
		if _, err := tx.ExecContext(ctx, "INSERT INTO changes (kind, id) VALUES ('all', 0)"); err != nil {
			return err
		}
		if err := bump(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "PRAGMA analysis_limit = 1000; ANALYZE"); err != nil {
			return err
		}
		return dropSearchStatistics(ctx, tx)
	})
	if berr := <-built; err == nil {
		err = berr
	}
	if err != nil {
		return err
	}
	return l.search.install(ctx, l.conn)
}

// inTx runs fn in a transaction of its own on the loader's connection.
func (l *Loader) inTx(fn func(*sql.Tx) error) error {
	tx, err := l.conn.BeginTx(l.ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// open starts the next batch's transaction and prepares its statements.
func (l *Loader) open() error {
	tx, err := l.conn.BeginTx(l.ctx, nil)
	if err != nil {
		return err
	}
	l.tx, l.stmts, l.pending = tx, map[string]*sql.Stmt{}, 0
	for name, q := range loadStatements {
		st, err := tx.PrepareContext(l.ctx, q)
		if err != nil {
			return err
		}
		l.stmts[name] = st
	}
	return nil
}

// commit ends the batch's transaction.
func (l *Loader) commit() error {
	for _, st := range l.stmts {
		st.Close()
	}
	err := l.tx.Commit()
	l.tx = nil
	return err
}

func (l *Loader) exec(stmt string, args ...any) (sql.Result, error) {
	return l.stmts[stmt].ExecContext(l.ctx, args...)
}

func (l *Loader) now(ts string) string {
	if ts != "" {
		return ts
	}
	return l.s.timestamp()
}

// Partner validates p and writes it, returning its id, or a *FieldError.
// Its tracked flag is written as given.
func (l *Loader) Partner(p Partner) (int64, error) {
	p.normalise()
	if fe := p.Validate(l.s.Now()); fe != nil {
		return 0, fe
	}
	now := l.s.timestamp()
	res, err := l.exec("partner", nullable(p.UID), p.Name, p.NameJA, p.Yomi, p.ShortName, string(p.Kind), p.CountryCode,
		p.Companies, nullableInt(p.Since), p.Contact, p.Notes, p.Tracked, p.Archived, now, now)
	if err != nil {
		return 0, fmt.Errorf("partner %q: %w", p.Name, err)
	}
	id, err := res.LastInsertId()
	l.partners[id] = true
	return id, err
}

// Entry validates e and writes it with its links and its place in the
// search index and the per-day counts, returning its id, or a
// *FieldError.
func (l *Loader) Entry(e LoadEntry) (int64, error) {
	if fe := e.Validate(l.s.Now()); fe != nil {
		return 0, fe
	}
	for _, p := range e.PartnerIDs {
		if !l.partners[p] {
			return 0, &FieldError{Field: "partners", Problem: ProblemUnknown, Value: strconv.FormatInt(p, 10)}
		}
	}
	for _, g := range e.GoalIDs {
		if !l.goals[g] {
			return 0, &FieldError{Field: "goals", Problem: ProblemUnknown, Value: strconv.Itoa(g)}
		}
	}
	created := l.now(e.CreatedAt)
	updated := e.UpdatedAt
	if updated == "" {
		updated = created
	}
	title := strings.TrimSpace(e.Title)
	res, err := l.exec("entry", nullable(e.UID), e.Date, string(e.Kind), title, e.Summary, e.Author,
		nullable(e.Opened), nullable(e.FirstResponse), nullable(e.Closed), e.CameFirst, created, updated, nullable(e.DeletedAt))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	// What the triggers would write: the links' contact dates, the counts
	// and the folded text (as the view entries_search folds it).
	var contact any
	if e.DeletedAt == "" && l.contact[e.Kind] {
		contact = e.Date
	}
	for _, p := range dedupe(e.PartnerIDs) {
		if _, err := l.exec("entry_partner", id, p, contact); err != nil {
			return 0, err
		}
	}
	for _, g := range dedupe(e.GoalIDs) {
		if _, err := l.exec("entry_goal", id, g, contact); err != nil {
			return 0, err
		}
		if contact != nil {
			l.goalDay[goalDay{g, e.Date}]++
		}
	}
	if e.DeletedAt == "" {
		l.entryDay[e.Date]++
	}
	if forms := widthForms(title + "\n" + e.Summary); forms != 0 {
		if _, err := l.exec("entry_widths", id, forms); err != nil {
			return 0, err
		}
	}
	l.bodies = append(l.bodies, searchRow{id, searchBody(title, e.Summary)})
	if len(l.bodies) >= 1000 {
		l.search.send(l.bodies)
		l.bodies = nil
	}
	if l.pending++; l.pending >= LoadBatch {
		if err := l.commit(); err != nil {
			return 0, err
		}
		if err := l.open(); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// searchBody is an entry's text as the view entries_search holds it.
func searchBody(title, summary string) string {
	return Fold(title + "\n" + summary + "\n\n")
}

// Assessment validates a and writes it, returning its id, or a
// *FieldError. An evidence entry is not checked.
func (l *Loader) Assessment(a NewAssessment) (int64, error) {
	if fe := a.Validate(l.s.Now()); fe != nil {
		return 0, fe
	}
	if !l.partners[a.PartnerID] {
		return 0, &FieldError{Field: "partners", Problem: ProblemUnknown, Value: strconv.FormatInt(a.PartnerID, 10)}
	}
	if !l.goals[a.GoalID] {
		return 0, &FieldError{Field: "goals", Problem: ProblemUnknown, Value: strconv.Itoa(a.GoalID)}
	}
	res, err := l.exec("assessment", nullable(a.UID), a.PartnerID, a.GoalID, a.Stage, a.Date, a.Note, a.Author,
		nullableID(a.EntryID), l.s.timestamp())
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// Action validates a and writes it, returning its id, or a *FieldError.
// Its entry must have been loaded.
func (l *Loader) Action(a LoadAction) (int64, error) {
	if fe := a.Validate(l.s.Now()); fe != nil {
		return 0, fe
	}
	if fe := CheckDate("done", a.Done, l.s.Now(), false, false); fe != nil {
		return 0, fe
	}
	created := l.now(a.CreatedAt)
	res, err := l.exec("action", nullable(a.UID), a.EntryID, strings.TrimSpace(a.What), strings.TrimSpace(a.Owner),
		nullable(a.Due), nullable(a.Done), a.Author, created, created)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// SetSetting stores value under key in the settings table.
func (l *Loader) SetSetting(key, value string) error {
	_, err := l.exec("setting", key, value)
	return err
}

func scanInto(ctx context.Context, tx *sql.Tx, q string, fn func(int64)) error {
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		fn(id)
	}
	return rows.Err()
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
