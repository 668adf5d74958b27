package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"time"
)

// Validate checks the fields of a that can be checked without the database.
// A due date may be in the future.
func (a *NewAction) Validate(today time.Time) *FieldError {
	if fe := CheckText("what", a.What, MaxTitle, true); fe != nil {
		return fe
	}
	if fe := CheckText("owner", a.Owner, MaxShort, false); fe != nil {
		return fe
	}
	if fe := CheckDate("due", a.Due, today, false, true); fe != nil {
		return fe
	}
	return CheckText("author", a.Author, MaxShort, false)
}

// AddAction validates a and writes it, returning its id, or a *FieldError
// (writing nothing) if a field is invalid or the entry does not exist.
func (s *Store) AddAction(ctx context.Context, a NewAction) (int64, error) {
	if fe := a.Validate(s.Now()); fe != nil {
		return 0, fe
	}
	var id int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		var ok bool
		if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM entries WHERE id = ? AND deleted_at IS NULL)", a.EntryID).Scan(&ok); err != nil {
			return err
		}
		if !ok {
			return &FieldError{Field: "entry", Problem: ProblemUnknown, Value: strconv.FormatInt(a.EntryID, 10)}
		}
		now := s.timestamp()
		res, err := tx.ExecContext(ctx, `INSERT INTO actions (uid, entry_id, what, owner, due, author, created_at, updated_at, updated_by)
			VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?)`,
			nullable(a.UID), a.EntryID, strings.TrimSpace(a.What), strings.TrimSpace(a.Owner), nullable(a.Due), a.Author, now, now, a.Author)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// SetActionDone marks action id done on date, or open again if date is "".
// It returns the action's previous done date, for undo, or ErrNotFound, or
// ErrAlreadyOpen / ErrAlreadyDone (both ErrUnchanged; writing nothing) when
// the action already is as asked.
func (s *Store) SetActionDone(ctx context.Context, id int64, date string) (string, error) {
	if fe := CheckDate("done", date, s.Now(), false, false); fe != nil {
		return "", fe
	}
	var old string
	err := s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, "SELECT coalesce(done, '') FROM actions WHERE id = ? AND deleted_at IS NULL", id).Scan(&old)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if old == "" && date == "" {
			return ErrAlreadyOpen
		}
		if old != "" && date != "" {
			return ErrAlreadyDone
		}
		_, err = tx.ExecContext(ctx, "UPDATE actions SET done = ?, updated_at = ?, updated_by = '', version = version + 1 WHERE id = ?",
			nullable(date), s.timestamp(), id)
		return err
	})
	return old, err
}

// ActionPatch is a change to an action: only the fields it sets are
// written.
type ActionPatch struct {
	What  *string `edit:"what"`
	Owner *string `edit:"owner"`
	Due   *string `edit:"due,null"`
	Done  *string `edit:"done,null"`
	Base  *Action // as the editor loaded it, or nil
	Force bool
	// By is the author making the change (the author setting), recorded
	// as the row's updated_by. It is no editable field (it has no edit tag).
	By string
}

func (p ActionPatch) values() values { return patchValues[ActionPatch, Action](p) }

// Without returns p without the named field.
func (p ActionPatch) Without(field string) ActionPatch {
	return patchWithout[ActionPatch, Action](p, field)
}

// Diff returns the patch that turns a, as loaded, into want.
func (a Action) Diff(want Action) ActionPatch {
	out := ActionPatch{Base: &a}
	rowDiff(&out, a, want)
	return out
}

// PatchAction changes action id as p says, writing only the fields p sets,
// and returns it before and after. Errors: ErrNotFound, ErrDeleted, a
// *FieldError, a *ConflictError; in each case nothing is written.
func (s *Store) PatchAction(ctx context.Context, id int64, p ActionPatch) (Change[Action], error) {
	var ch Change[Action]
	err := s.write(ctx, func(tx *sql.Tx) error {
		cur, deleted, err := s.actionTx(ctx, tx, id)
		if err != nil {
			return err
		}
		if deleted {
			return ErrDeleted
		}
		ch.Before, ch.After = cur, cur
		set, err := mergePatch[ActionPatch](cur, p.Base, p.Force, p.values(), func(a Action) int64 { return a.Version })
		if err != nil {
			return changedAt(ctx, tx, "actions", id, err)
		}
		if len(set) == 0 {
			return nil
		}
		for _, f := range []string{"what", "owner"} {
			if v, ok := set[f].(string); ok {
				set[f] = strings.TrimSpace(v)
			}
		}
		next := rowApply[ActionPatch](cur, set)
		if fe := next.NewAction.Validate(s.Now()); fe != nil {
			return fe
		}
		if fe := CheckDate("done", next.Done, s.Now(), false, false); fe != nil {
			return fe
		}
		cols, null := columns[ActionPatch, Action]()
		if err := update(ctx, tx, "actions", "id = ?", []any{id}, cols, null, set, s.timestamp(), p.By); err != nil {
			return err
		}
		ch.Changed = true
		ch.After, _, err = s.actionTx(ctx, tx, id)
		return err
	})
	return ch, err
}

// DeleteAction marks action id deleted; RestoreAction brings it back. They
// return ErrNotFound, or ErrUnchanged when it already is as asked.
func (s *Store) DeleteAction(ctx context.Context, id int64) error {
	return s.setActionDeleted(ctx, id, true)
}

// RestoreAction undoes DeleteAction.
func (s *Store) RestoreAction(ctx context.Context, id int64) error {
	return s.setActionDeleted(ctx, id, false)
}

func (s *Store) setActionDeleted(ctx context.Context, id int64, deleted bool) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, was, err := s.actionTx(ctx, tx, id)
		if err != nil {
			return err
		}
		if was == deleted {
			return ErrUnchanged
		}
		var at any
		if deleted {
			at = s.timestamp()
		}
		_, err = tx.ExecContext(ctx, "UPDATE actions SET deleted_at = ?, updated_at = ?, updated_by = '', version = version + 1 WHERE id = ?",
			at, s.timestamp(), id)
		return err
	})
}

// actionColumns selects an action with its entry's title.
const actionColumns = `a.id, a.uid, a.entry_id, e.title, a.what, a.owner, coalesce(a.due, ''),
	coalesce(a.done, ''), a.author, a.version, a.created_at`

func scanAction(sc interface{ Scan(...any) error }, extra ...any) (Action, error) {
	var a Action
	err := sc.Scan(append([]any{&a.ID, &a.UID, &a.EntryID, &a.EntryTitle, &a.What, &a.Owner, &a.Due, &a.Done, &a.Author,
		&a.Version, &a.CreatedAt}, extra...)...)
	return a, err
}

// Action returns action id, or ErrNotFound (also for a deleted one).
func (s *Store) Action(ctx context.Context, id int64) (Action, error) {
	a, err := scanAction(s.db.QueryRowContext(ctx, "SELECT "+actionColumns+
		" FROM actions a JOIN entries e ON e.id = a.entry_id WHERE a.id = ? AND a.deleted_at IS NULL", id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	return a, err
}

func (s *Store) actionTx(ctx context.Context, tx *sql.Tx, id int64) (Action, bool, error) {
	var deleted bool
	a, err := scanAction(tx.QueryRowContext(ctx, "SELECT "+actionColumns+", a.deleted_at IS NOT NULL"+
		" FROM actions a JOIN entries e ON e.id = a.entry_id WHERE a.id = ?", id), &deleted)
	if errors.Is(err, sql.ErrNoRows) {
		return a, false, ErrNotFound
	}
	return a, deleted, err
}

// ActionQuery selects actions. Actions of deleted entries are never listed.
type ActionQuery struct {
	EntryID int64  // only this entry's; 0 for all
	Partner int64  // only those of entries linked to this partner; 0 for all
	Open    bool   // only those not done
	DueBy   string // only those due on or before this date (YYYY-MM-DD)
	// Text keeps only the actions whose what, owner or entry title holds
	// it, ignoring case; "" keeps all.
	Text   string
	Offset int
	Limit  int // 0 for no limit
}

// Actions returns the actions q selects, open ones first, then by due date
// (oldest first, undated last), and how many it selects in all.
func (s *Store) Actions(ctx context.Context, q ActionQuery) ([]Action, int, error) {
	return s.actions(ctx, s.db, q)
}

func (s *Store) actions(ctx context.Context, db querier, q ActionQuery) ([]Action, int, error) {
	from, where, order, args := actionSelect(q)
	total, err := actionCount(ctx, db, q)
	if err != nil {
		return nil, 0, err
	}
	if total < 0 {
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM "+from+" WHERE "+where, args...).Scan(&total); err != nil {
			return nil, 0, err
		}
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	as, err := queryAll(ctx, db, "SELECT "+actionColumns+" FROM "+from+" WHERE "+where+`
		ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, limit, q.Offset),
		func(sc interface{ Scan(...any) error }) (Action, error) { return scanAction(sc) })
	return as, total, err
}

// actionSelect is the FROM clause, the condition, the order and the
// arguments of the actions q selects.
func actionSelect(q ActionQuery) (from, where, order string, args []any) {
	conds := []string{"e.deleted_at IS NULL", "a.deleted_at IS NULL"}
	// Where the actions come from, so that the plan does not hang on the
	// optimiser's statistics: an entry's by the index on entries, a
	// partner's from its links, others in the order shown from the index
	// of that order (actions_order), or, open ones due by a day as the
	// dashboard lists them, from the index of open actions by due day.
	from = "actions a INDEXED BY actions_order JOIN entries e ON e.id = a.entry_id"
	order = "a.done IS NOT NULL, a.due IS NULL, a.due, a.id"
	switch {
	case q.EntryID != 0:
		from = "actions a JOIN entries e ON e.id = a.entry_id"
		conds = append(conds, "a.entry_id = ?")
		args = append(args, q.EntryID)
	case q.Partner != 0:
		from = `(SELECT entry_id FROM entry_partners WHERE partner_id = ?) l
			CROSS JOIN actions a ON a.entry_id = l.entry_id JOIN entries e ON e.id = a.entry_id`
		args = append(args, q.Partner)
	case q.Open && q.DueBy != "":
		from = "actions a INDEXED BY actions_due JOIN entries e ON e.id = a.entry_id"
		order = "a.due, a.id"
	}
	if q.EntryID != 0 && q.Partner != 0 {
		conds = append(conds, "a.entry_id IN (SELECT entry_id FROM entry_partners WHERE partner_id = ?)")
		args = append(args, q.Partner)
	}
	if q.Open {
		conds = append(conds, "a.done IS NULL")
	}
	if q.DueBy != "" {
		conds = append(conds, "a.due <= ?")
		args = append(args, q.DueBy)
	}
	if text := strings.TrimSpace(q.Text); text != "" {
		conds = append(conds, "(instr(lower(a.what), lower(?)) > 0 OR instr(lower(a.owner), lower(?)) > 0 OR instr(lower(e.title), lower(?)) > 0)")
		args = append(args, text, text, text)
	}
	return from, strings.Join(conds, " AND "), order, args
}

// ActionPosition returns where action id is among the actions q selects
// (from 0, in their order; q's Offset and Limit are ignored), or
// ErrNotFound if q does not select it: a list selects it after a write.
func (s *Store) ActionPosition(ctx context.Context, q ActionQuery, id int64) (int, error) {
	from, where, order, args := actionSelect(q)
	var pos int
	err := s.db.QueryRowContext(ctx, "SELECT pos FROM (SELECT a.id AS id, row_number() OVER (ORDER BY "+order+
		") - 1 AS pos FROM "+from+" WHERE "+where+") WHERE id = ?", append(args, id)...).Scan(&pos)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	return pos, err
}

// actionCount counts the actions q selects from the counts the triggers
// keep per due day (action_days), or returns -1 when q selects by entry,
// partner or text, which those counts do not know.
func actionCount(ctx context.Context, db querier, q ActionQuery) (int, error) {
	if q.EntryID != 0 || q.Partner != 0 || strings.TrimSpace(q.Text) != "" {
		return -1, nil
	}
	conds := []string{"1"}
	var args []any
	if q.Open {
		conds = append(conds, "open = 1")
	}
	if q.DueBy != "" {
		conds = append(conds, "due <> '' AND due <= ?")
		args = append(args, q.DueBy)
	}
	var n int
	err := db.QueryRowContext(ctx, "SELECT coalesce(sum(actions), 0) FROM action_days WHERE "+strings.Join(conds, " AND "), args...).Scan(&n)
	return n, err
}
