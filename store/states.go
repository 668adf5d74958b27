package store

import "context"

// Changes of state that are refused, writing nothing, when the record is
// already in the state asked for: a command that says "done" must have done
// something. Each is also ErrUnchanged (errors.Is).
var (
	// ErrAlreadyOpen is returned by ReopenAction for an open action.
	ErrAlreadyOpen error = stateError("already open")
	// ErrAlreadyDone is returned by SetActionDone for a done action.
	ErrAlreadyDone error = stateError("already done")
	// ErrAlreadyArchived is returned by ArchivePartner for an archived partner.
	ErrAlreadyArchived error = stateError("already archived")
	// ErrNotArchived is returned by UnarchivePartner for an active partner.
	ErrNotArchived error = stateError("not archived")
)

type stateError string

func (e stateError) Error() string        { return string(e) }
func (e stateError) Is(target error) bool { return target == ErrUnchanged }

// ReopenAction marks done action id open again: ErrNotFound if there is no
// such action, ErrAlreadyOpen if it is open.
func (s *Store) ReopenAction(ctx context.Context, id int64) error {
	_, err := s.SetActionDone(ctx, id, "")
	return err
}

// ArchivePartner archives partner id: ErrNotFound if there is no such
// partner, ErrAlreadyArchived if it is archived.
func (s *Store) ArchivePartner(ctx context.Context, id int64) error {
	return s.SetPartnerArchived(ctx, id, true)
}

// UnarchivePartner makes archived partner id active again: ErrNotFound if
// there is no such partner, ErrNotArchived if it is active.
func (s *Store) UnarchivePartner(ctx context.Context, id int64) error {
	return s.SetPartnerArchived(ctx, id, false)
}
