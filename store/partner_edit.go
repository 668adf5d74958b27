package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// PartnerPatch is a change to a partner: only the fields it sets are
// written.
type PartnerPatch struct {
	Name      *string      `edit:"name"`
	NameJA    *string      `edit:"japanese name,col=name_ja"`
	Yomi      *string      `edit:"reading,col=yomi"`
	ShortName *string      `edit:"short name"`
	Kind      *PartnerKind `edit:"kind"`
	Country   *string      `edit:"country,col=country_code,row=CountryCode"` // ISO code
	Companies *string      `edit:"companies"`
	Contact   *string      `edit:"contact"`
	Notes     *string      `edit:"notes"`
	Since     *int         `edit:"since,null"` // 0 for unknown
	Tracked   *bool        `edit:"tracked"`
	Archived  *bool        `edit:"archived"`
	// Base is the partner as the editor loaded it, or nil. With a base, a
	// field changed both here and elsewhere since is a *ConflictError.
	Base *Partner
	// Force writes the patch over changes made elsewhere.
	Force bool
	// By is the author making the change (the author setting), recorded
	// as the row's updated_by. It is no editable field (it has no edit tag).
	By string
}

func (p PartnerPatch) values() values { return patchValues[PartnerPatch, Partner](p) }

// Without returns p without the named field, for resubmitting after the
// user kept someone else's value.
func (p PartnerPatch) Without(field string) PartnerPatch {
	return patchWithout[PartnerPatch, Partner](p, field)
}

// IsZero reports whether p changes nothing.
func (p PartnerPatch) IsZero() bool { return len(p.values()) == 0 }

// Diff returns the patch that turns p, as loaded, into want (the archived
// flag is left alone unless want changes it): only the fields that differ,
// with p as its base.
func (p Partner) Diff(want Partner) PartnerPatch {
	out := PartnerPatch{Base: &p}
	rowDiff(&out, p, want)
	return out
}

// PatchPartner changes partner id as p says, in one transaction that reads
// the partner first, writing only the fields p sets. One-line fields are
// trimmed and the country upper-cased. It returns the partner before and
// after. Errors: ErrNotFound, a *FieldError, a *ConflictError; in each case
// nothing is written.
func (s *Store) PatchPartner(ctx context.Context, id int64, p PartnerPatch) (Change[Partner], error) {
	for _, f := range []**string{&p.Name, &p.NameJA, &p.Yomi, &p.ShortName, &p.Country} {
		if *f != nil {
			v := strings.TrimSpace(**f)
			*f = &v
		}
	}
	if p.Country != nil {
		v := strings.ToUpper(*p.Country)
		p.Country = &v
	}
	var ch Change[Partner]
	err := s.write(ctx, func(tx *sql.Tx) error {
		cur, err := scanPartner(tx.QueryRowContext(ctx, "SELECT "+partnerColumns+" FROM partners p WHERE p.id = ?", id))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		ch.Before, ch.After = cur, cur
		set, err := mergePatch[PartnerPatch](cur, p.Base, p.Force, p.values(), func(p Partner) int64 { return p.Version })
		if err != nil {
			return changedAt(ctx, tx, "partners", id, err)
		}
		if len(set) == 0 {
			return nil
		}
		next := rowApply[PartnerPatch](cur, set)
		if fe := next.Validate(s.Now()); fe != nil {
			return fe
		}
		// A name or short name taken before they were unique stays as it
		// is: only a changed one is checked.
		_, renamed := set["name"]
		_, reshort := set["short name"]
		if err := checkPartner(ctx, tx, next, renamed, reshort); err != nil {
			return err
		}
		cols, null := columns[PartnerPatch, Partner]()
		if err := update(ctx, tx, "partners", "id = ?", []any{id}, cols, null, set, s.timestamp(), p.By); err != nil {
			return err
		}
		ch.Changed = true
		ch.After, err = scanPartner(tx.QueryRowContext(ctx, "SELECT "+partnerColumns+" FROM partners p WHERE p.id = ?", id))
		return err
	})
	return ch, err
}
