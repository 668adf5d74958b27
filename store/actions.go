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
		res, err := tx.ExecContext(ctx, `INSERT INTO actions (entry_id, what, owner, due, author, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, a.EntryID, strings.TrimSpace(a.What), strings.TrimSpace(a.Owner), nullable(a.Due), a.Author, now, now)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// SetActionDone marks action id done on date, or open again if date is "".
// It returns the action's previous done date, for undo.
func (s *Store) SetActionDone(ctx context.Context, id int64, date string) (string, error) {
	if fe := CheckDate("done", date, s.Now(), false, false); fe != nil {
		return "", fe
	}
	var old string
	err := s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, "SELECT coalesce(done, '') FROM actions WHERE id = ?", id).Scan(&old)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "UPDATE actions SET done = ?, updated_at = ? WHERE id = ?", nullable(date), s.timestamp(), id)
		return err
	})
	return old, err
}

// ActionQuery selects actions. Actions of deleted entries are never listed.
type ActionQuery struct {
	EntryID int64  // only this entry's; 0 for all
	Partner int64  // only those of entries linked to this partner; 0 for all
	Open    bool   // only those not done
	DueBy   string // only those due on or before this date (YYYY-MM-DD)
	Offset  int
	Limit   int // 0 for no limit
}

// Actions returns the actions q selects, open ones first, then by due date
// (oldest first, undated last), and how many it selects in all.
func (s *Store) Actions(ctx context.Context, q ActionQuery) ([]Action, int, error) {
	conds := []string{"e.deleted_at IS NULL"}
	var args []any
	if q.EntryID != 0 {
		conds = append(conds, "a.entry_id = ?")
		args = append(args, q.EntryID)
	}
	if q.Partner != 0 {
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
	where := strings.Join(conds, " AND ")
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM actions a JOIN entries e ON e.id = a.entry_id WHERE "+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.entry_id, e.title, a.what, a.owner, coalesce(a.due, ''),
			coalesce(a.done, ''), a.author, a.created_at
		FROM actions a JOIN entries e ON e.id = a.entry_id WHERE `+where+`
		ORDER BY a.done IS NOT NULL, a.due IS NULL, a.due, a.id LIMIT ? OFFSET ?`, append(args, limit, q.Offset)...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var as []Action
	for rows.Next() {
		var a Action
		if err := rows.Scan(&a.ID, &a.EntryID, &a.EntryTitle, &a.What, &a.Owner, &a.Due, &a.Done, &a.Author, &a.CreatedAt); err != nil {
			return nil, 0, err
		}
		as = append(as, a)
	}
	return as, total, rows.Err()
}
