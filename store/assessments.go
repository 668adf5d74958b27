package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"
)

// NewAssessment records a partner's stage on a goal on a date.
type NewAssessment struct {
	UID       string // "" for a new one; set by imports
	PartnerID int64
	GoalID    int
	Stage     int
	Date      string
	Note      string
	Author    string
	EntryID   int64 // the evidence entry; 0 if none
}

// Validate checks the fields of a that can be checked without the database.
func (a *NewAssessment) Validate(today time.Time) *FieldError {
	if fe := CheckDate("date", a.Date, today, true, false); fe != nil {
		return fe
	}
	if a.Stage < 0 || a.Stage > MaxStage {
		return &FieldError{Field: "stage", Problem: ProblemUnknown, Value: strconv.Itoa(a.Stage)}
	}
	if fe := CheckText("note", a.Note, MaxNote, false); fe != nil {
		return fe
	}
	return CheckText("author", a.Author, MaxShort, false)
}

// AddAssessment validates a and writes it in one transaction, returning its
// id, or a *FieldError (writing nothing) if a field is invalid or names an
// unknown partner, goal or entry.
func (s *Store) AddAssessment(ctx context.Context, a NewAssessment) (int64, error) {
	ids, err := s.AddAssessments(ctx, []NewAssessment{a})
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}

// AddAssessments validates every assessment and writes them all in one
// transaction (or none), returning their ids in order. The evidence entry,
// if any, must exist and not be deleted.
func (s *Store) AddAssessments(ctx context.Context, as []NewAssessment) ([]int64, error) {
	for i := range as {
		if fe := as[i].Validate(s.Now()); fe != nil {
			return nil, fe
		}
	}
	var ids []int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		for _, a := range as {
			if err := checkLinks(ctx, tx, []int64{a.PartnerID}, []int{a.GoalID}); err != nil {
				return err
			}
			if a.EntryID != 0 {
				var ok bool
				if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM entries WHERE id = ? AND deleted_at IS NULL)", a.EntryID).Scan(&ok); err != nil {
					return err
				}
				if !ok {
					return &FieldError{Field: "entry", Problem: ProblemUnknown, Value: strconv.FormatInt(a.EntryID, 10)}
				}
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO assessments
				(uid, partner_id, goal_id, stage, date, note, author, entry_id, created_at)
				VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?)`,
				nullable(a.UID), a.PartnerID, a.GoalID, a.Stage, a.Date, a.Note, a.Author, nullableID(a.EntryID), s.timestamp())
			if err != nil {
				return err
			}
			id, err := res.LastInsertId()
			if err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return nil
	})
	return ids, err
}

func nullableID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// Assessment returns assessment id, or ErrNotFound.
func (s *Store) Assessment(ctx context.Context, id int64) (Assessment, error) {
	var a Assessment
	err := s.db.QueryRowContext(ctx, `SELECT id, uid, partner_id, goal_id, stage, date, note, author,
			coalesce(entry_id, 0), created_at FROM assessments WHERE id = ?`, id).
		Scan(&a.ID, &a.UID, &a.PartnerID, &a.GoalID, &a.Stage, &a.Date, &a.Note, &a.Author, &a.EntryID, &a.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	return a, err
}

// DeleteAssessment removes assessment id and returns it as it was.
// Assessments are removed by deleting the row, as undoing an import and
// purging do; the changes log's trigger records the removal, and no other
// derived data depends on assessments. With base (the assessment as the
// caller last saw it), a stored one that differs from it in goal, stage,
// date, note or evidence is not removed: a *ConflictError says how,
// unless force. ErrNotFound if it is not there.
func (s *Store) DeleteAssessment(ctx context.Context, id int64, base *Assessment, force bool) (Assessment, error) {
	var was Assessment
	err := s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id, uid, partner_id, goal_id, stage, date, note, author,
				coalesce(entry_id, 0), created_at FROM assessments WHERE id = ?`, id).
			Scan(&was.ID, &was.UID, &was.PartnerID, &was.GoalID, &was.Stage, &was.Date, &was.Note, &was.Author, &was.EntryID, &was.CreatedAt)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if base != nil && !force {
			var cs []Conflict
			for _, f := range []struct {
				name       string
				base, have any
			}{{"goal", base.GoalID, was.GoalID}, {"stage", base.Stage, was.Stage}, {"date", base.Date, was.Date},
				{"note", base.Note, was.Note}, {"entry", base.EntryID, was.EntryID}} {
				if f.base != f.have {
					cs = append(cs, Conflict{Field: f.name, Base: f.base, Theirs: f.have})
				}
			}
			if len(cs) > 0 {
				return &ConflictError{Conflicts: cs, Current: was}
			}
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM assessments WHERE id = ?", id)
		return err
	})
	return was, err
}
