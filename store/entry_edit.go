package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// EntryPatch is a change to an entry: only the fields it sets are written.
type EntryPatch struct {
	Date          *string    `edit:"date"`
	Kind          *EntryKind `edit:"kind"`
	Title         *string    `edit:"title"`
	Summary       *string    `edit:"summary"`
	Opened        *string    `edit:"opened,null"`
	FirstResponse *string    `edit:"first response,null"`
	Closed        *string    `edit:"closed,null"`
	CameFirst     *bool      `edit:"came first"`

	AddPartners, RemovePartners []int64
	AddGoals, RemoveGoals       []int
	// DropRequest lets a change of kind away from request clear the
	// entry's request dates and "came first". Without it such a change is
	// refused with a *DropError naming what would be lost.
	DropRequest bool
	// Base is the entry as the editor loaded it, or nil. With a base, a
	// field changed both here and elsewhere since is a *ConflictError.
	Base *Entry
	// Force writes the patch over changes made elsewhere (an undo the user
	// confirmed).
	Force bool
	// By is the author making the change (the author setting), recorded
	// as the row's updated_by. It is no editable field (it has no edit tag).
	By string
}

// IsZero reports whether p changes nothing.
func (p EntryPatch) IsZero() bool {
	return len(p.values()) == 0 && len(p.AddPartners)+len(p.RemovePartners)+len(p.AddGoals)+len(p.RemoveGoals) == 0
}

// Without returns p without the named field (a field name of a Conflict),
// for resubmitting after the user kept someone else's value.
func (p EntryPatch) Without(field string) EntryPatch {
	return patchWithout[EntryPatch, Entry](p, field)
}

func (p EntryPatch) values() values { return patchValues[EntryPatch, Entry](p) }

// Diff returns the patch that turns e, as loaded, into want: only the
// fields that differ, e as its base, and partner and goal sets as
// additions and removals.
func (e Entry) Diff(want NewEntry) EntryPatch {
	p := EntryPatch{Base: &e}
	rowDiff(&p, e, want)
	var have []int64
	for _, r := range e.Partners {
		have = append(have, r.ID)
	}
	p.AddPartners, p.RemovePartners = setDiff(have, want.PartnerIDs)
	p.AddGoals, p.RemoveGoals = setDiff(e.Goals, want.GoalIDs)
	return p
}

// PatchEntry changes entry id as p says, in one transaction that reads the
// entry first, writing only the fields p sets and the links it adds or
// removes. It returns the entry before and after. Errors: ErrNotFound,
// ErrDeleted, a *FieldError (the result would be invalid), a *DropError (a
// kind change would discard request data), a *ConflictError (p.Base is
// older than the entry and a field changed on both sides); in each case
// nothing is written.
func (s *Store) PatchEntry(ctx context.Context, id int64, p EntryPatch) (Change[Entry], error) {
	var ch Change[Entry]
	err := s.write(ctx, func(tx *sql.Tx) error {
		cur, err := scanEntry(tx.QueryRowContext(ctx, "SELECT "+entryColumns+" FROM entries e WHERE e.id = ?", id))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if cur.DeletedAt != "" {
			return ErrDeleted
		}
		ch.Before, ch.After = cur, cur
		set, err := mergePatch[EntryPatch](cur, p.Base, p.Force, p.values(), func(e Entry) int64 { return e.Version })
		if err != nil {
			return changedAt(ctx, tx, "entries", id, err)
		}
		next := rowApply[EntryPatch](cur, set)
		if cur.Kind == KindRequest && next.Kind != KindRequest {
			var lost []Conflict
			for _, f := range []struct {
				name string
				v    any
				zero bool
			}{{"opened", next.Opened, next.Opened == ""}, {"first response", next.FirstResponse, next.FirstResponse == ""},
				{"closed", next.Closed, next.Closed == ""}, {"came first", next.CameFirst, !next.CameFirst}} {
				if !f.zero {
					lost = append(lost, Conflict{Field: f.name, Theirs: f.v})
				}
			}
			if len(lost) > 0 && !p.DropRequest {
				return &DropError{Fields: lost}
			}
			for _, f := range lost {
				if f.Field == "came first" {
					set[f.Field] = false
				} else {
					set[f.Field] = ""
				}
			}
			next = rowApply[EntryPatch](cur, set)
		}
		var partners []int64
		for _, r := range cur.Partners {
			partners = append(partners, r.ID)
		}
		want := next.Edit()
		want.PartnerIDs = mergeSet(partners, p.AddPartners, p.RemovePartners)
		want.GoalIDs = mergeSet(cur.Goals, p.AddGoals, p.RemoveGoals)
		if fe := want.Validate(s.Now()); fe != nil {
			return fe
		}
		addP, remP := setDiff(partners, want.PartnerIDs)
		addG, remG := setDiff(cur.Goals, want.GoalIDs)
		if len(set) == 0 && len(addP)+len(remP)+len(addG)+len(remG) == 0 {
			return nil
		}
		if err := checkLinks(ctx, tx, addP, addG); err != nil {
			return err
		}
		if t, ok := set["title"].(string); ok {
			set["title"] = strings.TrimSpace(t)
		}
		cols, null := columns[EntryPatch, Entry]()
		if err := update(ctx, tx, "entries", "id = ?", []any{id}, cols, null, set, s.timestamp(), p.By); err != nil {
			return err
		}
		if err := unlinkEntry(ctx, tx, id, remP, remG); err != nil {
			return err
		}
		if err := linkEntry(ctx, tx, id, addP, addG); err != nil {
			return err
		}
		ch.Changed = true
		ch.After, err = scanEntry(tx.QueryRowContext(ctx, "SELECT "+entryColumns+" FROM entries e WHERE e.id = ?", id))
		return err
	})
	return ch, err
}
