package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// EntryPatch is a change to an entry: only the fields it sets are written.
type EntryPatch struct {
	Date, Title, Summary          *string
	Kind                          *EntryKind
	Opened, FirstResponse, Closed *string
	CameFirst                     *bool
	AddPartners, RemovePartners   []int64
	AddGoals, RemoveGoals         []int
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
}

// IsZero reports whether p changes nothing.
func (p EntryPatch) IsZero() bool {
	return len(p.values()) == 0 && len(p.AddPartners)+len(p.RemovePartners)+len(p.AddGoals)+len(p.RemoveGoals) == 0
}

// Without returns p without the named field (a field name of a Conflict),
// for resubmitting after the user kept someone else's value.
func (p EntryPatch) Without(field string) EntryPatch {
	switch field {
	case "date":
		p.Date = nil
	case "kind":
		p.Kind = nil
	case "title":
		p.Title = nil
	case "summary":
		p.Summary = nil
	case "opened":
		p.Opened = nil
	case "first response":
		p.FirstResponse = nil
	case "closed":
		p.Closed = nil
	case "came first":
		p.CameFirst = nil
	}
	return p
}

// entryFields maps an entry's editable field names to their columns.
var entryFields = map[string]string{
	"date": "date", "kind": "kind", "title": "title", "summary": "summary", "opened": "opened",
	"first response": "first_response", "closed": "closed", "came first": "came_first",
}

var entryNullable = map[string]bool{"opened": true, "first response": true, "closed": true}

func (e Entry) values() values {
	return values{"date": e.Date, "kind": string(e.Kind), "title": e.Title, "summary": e.Summary,
		"opened": e.Opened, "first response": e.FirstResponse, "closed": e.Closed, "came first": e.CameFirst}
}

func (p EntryPatch) values() values {
	v := values{}
	for name, f := range map[string]*string{"date": p.Date, "title": p.Title, "summary": p.Summary,
		"opened": p.Opened, "first response": p.FirstResponse, "closed": p.Closed} {
		if f != nil {
			v[name] = *f
		}
	}
	if p.Kind != nil {
		v["kind"] = string(*p.Kind)
	}
	if p.CameFirst != nil {
		v["came first"] = *p.CameFirst
	}
	return v
}

// apply returns e with the fields of v.
func (e Entry) apply(v values) Entry {
	for f, x := range v {
		switch f {
		case "date":
			e.Date = x.(string)
		case "kind":
			e.Kind = EntryKind(x.(string))
		case "title":
			e.Title = x.(string)
		case "summary":
			e.Summary = x.(string)
		case "opened":
			e.Opened = x.(string)
		case "first response":
			e.FirstResponse = x.(string)
		case "closed":
			e.Closed = x.(string)
		case "came first":
			e.CameFirst = x.(bool)
		}
	}
	return e
}

// Diff returns the patch that turns e, as loaded, into want: only the
// fields that differ, e as its base, and partner and goal sets as
// additions and removals.
func (e Entry) Diff(want NewEntry) EntryPatch {
	p := EntryPatch{Base: &e}
	str := func(have, want string) *string {
		if have == want {
			return nil
		}
		return &want
	}
	p.Date, p.Title, p.Summary = str(e.Date, want.Date), str(e.Title, want.Title), str(e.Summary, want.Summary)
	p.Opened, p.FirstResponse, p.Closed = str(e.Opened, want.Opened), str(e.FirstResponse, want.FirstResponse), str(e.Closed, want.Closed)
	if want.Kind != e.Kind {
		k := want.Kind
		p.Kind = &k
	}
	if want.CameFirst != e.CameFirst {
		c := want.CameFirst
		p.CameFirst = &c
	}
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
		var base values
		if p.Base != nil && p.Base.Version != cur.Version && !p.Force {
			base = p.Base.values()
		}
		set, conflicts := merge(base, cur.values(), p.values())
		if len(conflicts) > 0 {
			return &ConflictError{Conflicts: conflicts, Current: cur}
		}
		next := cur.apply(set)
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
			next = cur.apply(set)
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
		if err := update(ctx, tx, "entries", "id = ?", []any{id}, entryFields, entryNullable, set, s.timestamp()); err != nil {
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
