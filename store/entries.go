package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"
)

// insertEntry writes e and its links in tx and returns its id. e must be
// valid; partners and goals are checked to exist.
func (s *Store) insertEntry(ctx context.Context, tx *sql.Tx, e NewEntry) (int64, error) {
	if err := checkLinks(ctx, tx, e.PartnerIDs, e.GoalIDs); err != nil {
		return 0, err
	}
	now := s.timestamp()
	res, err := tx.ExecContext(ctx, `INSERT INTO entries
		(uid, date, kind, title, summary, author, opened, first_response, closed, came_first, created_at, updated_at, updated_by)
		VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		nullable(e.UID), e.Date, string(e.Kind), strings.TrimSpace(e.Title), e.Summary, e.Author,
		nullable(e.Opened), nullable(e.FirstResponse), nullable(e.Closed), e.CameFirst, now, now, e.Author)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	return id, linkEntry(ctx, tx, id, e.PartnerIDs, e.GoalIDs)
}

// linkEntry adds partner and goal links to entry id. Their contact dates
// are set by the schema's triggers.
func linkEntry(ctx context.Context, tx *sql.Tx, id int64, partners []int64, goals []int) error {
	for _, p := range dedupe(partners) {
		if _, err := tx.ExecContext(ctx, "INSERT INTO entry_partners (entry_id, partner_id) VALUES (?, ?)", id, p); err != nil {
			return err
		}
	}
	for _, g := range dedupe(goals) {
		if _, err := tx.ExecContext(ctx, "INSERT INTO entry_goals (entry_id, goal_id) VALUES (?, ?)", id, g); err != nil {
			return err
		}
	}
	return nil
}

// unlinkEntry removes partner and goal links from entry id.
func unlinkEntry(ctx context.Context, tx *sql.Tx, id int64, partners []int64, goals []int) error {
	for _, p := range partners {
		if _, err := tx.ExecContext(ctx, "DELETE FROM entry_partners WHERE entry_id = ? AND partner_id = ?", id, p); err != nil {
			return err
		}
	}
	for _, g := range goals {
		if _, err := tx.ExecContext(ctx, "DELETE FROM entry_goals WHERE entry_id = ? AND goal_id = ?", id, g); err != nil {
			return err
		}
	}
	return nil
}

// AddEntry validates e as of the store's today and writes it, with its links,
// in one transaction. It returns the new entry's id, or a *FieldError (and
// writes nothing) if a field is invalid or names an unknown partner or goal.
func (s *Store) AddEntry(ctx context.Context, e NewEntry) (int64, error) {
	if fe := e.Validate(s.Now()); fe != nil {
		return 0, fe
	}
	var id int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = s.insertEntry(ctx, tx, e)
		return err
	})
	return id, err
}

// checkLinks returns a *FieldError naming the first partner or goal id that
// does not exist.
func checkLinks(ctx context.Context, tx *sql.Tx, partners []int64, goals []int) error {
	for _, p := range partners {
		var ok bool
		if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM partners WHERE id = ?)", p).Scan(&ok); err != nil {
			return err
		}
		if !ok {
			return &FieldError{Field: "partners", Problem: ProblemUnknown, Value: strconv.FormatInt(p, 10)}
		}
	}
	for _, g := range goals {
		var ok bool
		if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM goals WHERE id = ?)", g).Scan(&ok); err != nil {
			return err
		}
		if !ok {
			return &FieldError{Field: "goals", Problem: ProblemUnknown, Value: strconv.Itoa(g)}
		}
	}
	return nil
}

// EntryPage is one page of entries, newest first, and how many there are in
// all.
type EntryPage struct {
	Entries []Entry
	Offset  int
	Total   int
	// More is set when counting stopped at the cap (CountCap): Total is
	// the cap, and more entries match ("10,000+").
	More bool
}

// entryColumns selects an entry with its partners ("id\x1flabel" joined by
// \x1e) and goal ids (comma-joined) in one row.
const entryColumns = `e.id, e.uid, e.version, e.date, e.kind, e.title, e.summary, e.author,
	coalesce(e.opened, ''), coalesce(e.first_response, ''), coalesce(e.closed, ''), e.came_first,
	e.created_at, e.updated_at, coalesce(e.deleted_at, ''),
	coalesce((SELECT group_concat(p.id || char(31) || coalesce(nullif(p.short_name, ''), p.name), char(30))
		FROM entry_partners ep JOIN partners p ON p.id = ep.partner_id WHERE ep.entry_id = e.id), ''),
	coalesce((SELECT group_concat(goal_id) FROM (SELECT goal_id FROM entry_goals WHERE entry_id = e.id ORDER BY goal_id)), '')`

func scanEntry(sc interface{ Scan(...any) error }) (Entry, error) {
	var e Entry
	var kind, partners, goals string
	err := sc.Scan(&e.ID, &e.UID, &e.Version, &e.Date, &kind, &e.Title, &e.Summary, &e.Author,
		&e.Opened, &e.FirstResponse, &e.Closed, &e.CameFirst, &e.CreatedAt, &e.UpdatedAt, &e.DeletedAt, &partners, &goals)
	if err != nil {
		return e, err
	}
	e.Kind = EntryKind(kind)
	if partners != "" {
		for _, p := range strings.Split(partners, "\x1e") {
			id, label, _ := strings.Cut(p, "\x1f")
			n, _ := strconv.ParseInt(id, 10, 64)
			e.Partners = append(e.Partners, PartnerRef{ID: n, Label: label})
		}
	}
	if goals != "" {
		for _, g := range strings.Split(goals, ",") {
			n, _ := strconv.Atoi(g)
			e.Goals = append(e.Goals, n)
		}
	}
	return e, nil
}

// ErrNotFound is returned when a record asked for by id does not exist.
var ErrNotFound = errors.New("not found")

// ErrUnchanged is returned, and nothing written, when a change asks for what
// already is: archiving an archived partner, reopening an open action.
var ErrUnchanged = errors.New("already so")

// ErrAlreadyDeleted and ErrNotDeleted are returned when deleting a deleted
// entry or restoring a live one.
var (
	ErrAlreadyDeleted = errors.New("already deleted")
	ErrNotDeleted     = errors.New("not deleted")
)

// Entry returns the entry with the given id, deleted or not, or ErrNotFound.
func (s *Store) Entry(ctx context.Context, id int64) (Entry, error) {
	e, err := scanEntry(s.db.QueryRowContext(ctx, "SELECT "+entryColumns+" FROM entries e WHERE e.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, ErrNotFound
	}
	return e, err
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func dedupe[T comparable](xs []T) []T {
	seen := make(map[T]bool, len(xs))
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// DeleteEntry marks entry id deleted; RestoreEntry brings it back. Nothing
// is removed from the database.
func (s *Store) DeleteEntry(ctx context.Context, id int64) error {
	return s.setDeleted(ctx, id, true)
}

// RestoreEntry undoes DeleteEntry.
func (s *Store) RestoreEntry(ctx context.Context, id int64) error {
	return s.setDeleted(ctx, id, false)
}

func (s *Store) setDeleted(ctx context.Context, id int64, deleted bool) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		q := "UPDATE entries SET deleted_at = ?, updated_at = ?, updated_by = '', version = version + 1 WHERE id = ? AND deleted_at IS NULL"
		var at any = s.timestamp()
		if !deleted {
			q = "UPDATE entries SET deleted_at = ?, updated_at = ?, updated_by = '', version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL"
			at = nil
		}
		res, err := tx.ExecContext(ctx, q, at, s.timestamp(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			var exists bool
			if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM entries WHERE id = ?)", id).Scan(&exists); err != nil {
				return err
			}
			if !exists {
				return ErrNotFound
			}
			if deleted {
				return ErrAlreadyDeleted
			}
			return ErrNotDeleted
		}
		return nil
	})
}

// partnersNamedIn returns, for each term, the partners whose name, short
// name, Japanese name or reading holds it once folded. Partners are counted
// in thousands at most, so they are folded here rather than kept folded in
// the database, once per revision of the database.
func (s *Store) partnersNamedIn(ctx context.Context, q querier, terms []string) (map[string][]int64, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	all, err := s.foldedNames(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string][]int64{}
	for _, t := range terms {
		ft := Fold(t)
		for _, n := range all {
			if strings.Contains(n.text, ft) {
				out[t] = append(out[t], n.id)
			}
		}
	}
	return out, nil
}

// partnerNames are the folded names of every partner at a revision.
type partnerNames struct {
	rev   int64
	names []foldedName
}

type foldedName struct {
	id   int64
	text string
}

// namesByStore holds each open store's partnerNames. (A map beside the
// Store rather than a field of it: the struct is another helper's.)
var namesByStore sync.Map // *Store → *partnerNames

// foldedNames returns the partners' folded names, read again only when the
// database has changed since they were.
func (s *Store) foldedNames(ctx context.Context, q querier) ([]foldedName, error) {
	rev, err := revision(ctx, q)
	if err != nil {
		return nil, err
	}
	if v, ok := namesByStore.Load(s); ok && v.(*partnerNames).rev == rev {
		return v.(*partnerNames).names, nil
	}
	all, err := queryAll(ctx, q, "SELECT id, name || char(10) || short_name || char(10) || name_ja || char(10) || yomi FROM partners", nil,
		func(sc interface{ Scan(...any) error }) (foldedName, error) {
			var n foldedName
			err := sc.Scan(&n.id, &n.text)
			n.text = Fold(n.text)
			return n, err
		})
	if err != nil {
		return nil, err
	}
	namesByStore.Store(s, &partnerNames{rev: rev, names: all})
	return all, nil
}
