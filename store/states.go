package store

import (
	"context"
	"database/sql"
	"errors"
)

// Changes of state that are refused, writing nothing, when the record is
// already in the state asked for: a command that says "done" must have done
// something.
var (
	// ErrAlreadyOpen is returned by ReopenAction for an open action.
	ErrAlreadyOpen = errors.New("already open")
	// ErrAlreadyArchived is returned by ArchivePartner for an archived partner.
	ErrAlreadyArchived = errors.New("already archived")
	// ErrNotArchived is returned by UnarchivePartner for an active partner.
	ErrNotArchived = errors.New("not archived")
)

// ReopenAction marks done action id open again: ErrNotFound if there is no
// such action, ErrAlreadyOpen if it is open.
func (s *Store) ReopenAction(ctx context.Context, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var done sql.NullString
		err := tx.QueryRowContext(ctx, "SELECT done FROM actions WHERE id = ?", id).Scan(&done)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return ErrNotFound
		case err != nil:
			return err
		case !done.Valid:
			return ErrAlreadyOpen
		}
		_, err = tx.ExecContext(ctx, "UPDATE actions SET done = NULL, updated_at = ? WHERE id = ?", s.timestamp(), id)
		return err
	})
}

// ArchivePartner archives partner id: ErrNotFound if there is no such
// partner, ErrAlreadyArchived if it is archived.
func (s *Store) ArchivePartner(ctx context.Context, id int64) error {
	return s.setArchivedOnce(ctx, id, true)
}

// UnarchivePartner makes archived partner id active again: ErrNotFound if
// there is no such partner, ErrNotArchived if it is active.
func (s *Store) UnarchivePartner(ctx context.Context, id int64) error {
	return s.setArchivedOnce(ctx, id, false)
}

func (s *Store) setArchivedOnce(ctx context.Context, id int64, archived bool) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var now bool
		err := tx.QueryRowContext(ctx, "SELECT archived FROM partners WHERE id = ?", id).Scan(&now)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return ErrNotFound
		case err != nil:
			return err
		case now && archived:
			return ErrAlreadyArchived
		case !now && !archived:
			return ErrNotArchived
		}
		_, err = tx.ExecContext(ctx, "UPDATE partners SET archived = ?, updated_at = ? WHERE id = ?", archived, s.timestamp(), id)
		return err
	})
}
