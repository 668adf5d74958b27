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
	Name, NameJA, Yomi, ShortName *string
	Kind                          *PartnerKind
	Country                       *string // ISO code
	Companies, Contact, Notes     *string
	Since                         *int // 0 for unknown
	Tracked, Archived             *bool
	// Base is the partner as the editor loaded it, or nil. With a base, a
	// field changed both here and elsewhere since is a *ConflictError.
	Base *Partner
	// Force writes the patch over changes made elsewhere.
	Force bool
}

var partnerFields = map[string]string{
	"name": "name", "japanese name": "name_ja", "reading": "yomi", "short name": "short_name", "kind": "kind",
	"country": "country_code", "companies": "companies", "contact": "contact", "notes": "notes",
	"since": "since", "tracked": "tracked", "archived": "archived",
}

func (p Partner) values() values {
	return values{"name": p.Name, "japanese name": p.NameJA, "reading": p.Yomi, "short name": p.ShortName,
		"kind": string(p.Kind), "country": p.CountryCode, "companies": p.Companies, "contact": p.Contact,
		"notes": p.Notes, "since": p.Since, "tracked": p.Tracked, "archived": p.Archived}
}

func (p PartnerPatch) values() values {
	v := values{}
	for name, f := range map[string]*string{"name": p.Name, "japanese name": p.NameJA, "reading": p.Yomi,
		"short name": p.ShortName, "country": p.Country, "companies": p.Companies, "contact": p.Contact, "notes": p.Notes} {
		if f != nil {
			v[name] = *f
		}
	}
	if p.Kind != nil {
		v["kind"] = string(*p.Kind)
	}
	if p.Since != nil {
		v["since"] = *p.Since
	}
	if p.Tracked != nil {
		v["tracked"] = *p.Tracked
	}
	if p.Archived != nil {
		v["archived"] = *p.Archived
	}
	return v
}

// Without returns p without the named field, for resubmitting after the
// user kept someone else's value.
func (p PartnerPatch) Without(field string) PartnerPatch {
	switch field {
	case "name":
		p.Name = nil
	case "japanese name":
		p.NameJA = nil
	case "reading":
		p.Yomi = nil
	case "short name":
		p.ShortName = nil
	case "kind":
		p.Kind = nil
	case "country":
		p.Country = nil
	case "companies":
		p.Companies = nil
	case "contact":
		p.Contact = nil
	case "notes":
		p.Notes = nil
	case "since":
		p.Since = nil
	case "tracked":
		p.Tracked = nil
	case "archived":
		p.Archived = nil
	}
	return p
}

// IsZero reports whether p changes nothing.
func (p PartnerPatch) IsZero() bool { return len(p.values()) == 0 }

func (p Partner) apply(v values) Partner {
	for f, x := range v {
		switch f {
		case "name":
			p.Name = x.(string)
		case "japanese name":
			p.NameJA = x.(string)
		case "reading":
			p.Yomi = x.(string)
		case "short name":
			p.ShortName = x.(string)
		case "kind":
			p.Kind = PartnerKind(x.(string))
		case "country":
			p.CountryCode = x.(string)
		case "companies":
			p.Companies = x.(string)
		case "contact":
			p.Contact = x.(string)
		case "notes":
			p.Notes = x.(string)
		case "since":
			p.Since = x.(int)
		case "tracked":
			p.Tracked = x.(bool)
		case "archived":
			p.Archived = x.(bool)
		}
	}
	return p
}

// Diff returns the patch that turns p, as loaded, into want (the archived
// flag is left alone unless want changes it): only the fields that differ,
// with p as its base.
func (p Partner) Diff(want Partner) PartnerPatch {
	out := PartnerPatch{Base: &p}
	str := func(have, want string) *string {
		if have == want {
			return nil
		}
		return &want
	}
	out.Name, out.NameJA, out.Yomi, out.ShortName = str(p.Name, want.Name), str(p.NameJA, want.NameJA), str(p.Yomi, want.Yomi), str(p.ShortName, want.ShortName)
	out.Country = str(p.CountryCode, want.CountryCode)
	out.Companies, out.Contact, out.Notes = str(p.Companies, want.Companies), str(p.Contact, want.Contact), str(p.Notes, want.Notes)
	if want.Kind != p.Kind {
		k := want.Kind
		out.Kind = &k
	}
	if want.Since != p.Since {
		n := want.Since
		out.Since = &n
	}
	if want.Tracked != p.Tracked {
		t := want.Tracked
		out.Tracked = &t
	}
	if want.Archived != p.Archived {
		a := want.Archived
		out.Archived = &a
	}
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
		var base values
		if p.Base != nil && p.Base.Version != cur.Version && !p.Force {
			base = p.Base.values()
		}
		set, conflicts := merge(base, cur.values(), p.values())
		if len(conflicts) > 0 {
			return &ConflictError{Conflicts: conflicts, Current: cur}
		}
		if len(set) == 0 {
			return nil
		}
		next := cur.apply(set)
		if fe := next.Validate(s.Now()); fe != nil {
			return fe
		}
		_, renamed := set["name"]
		if err := checkPartner(ctx, tx, next, renamed); err != nil {
			return err
		}
		if n, ok := set["since"].(int); ok && n == 0 {
			set["since"] = nil
		}
		if err := update(ctx, tx, "partners", "id = ?", []any{id}, partnerFields, nil, set, s.timestamp()); err != nil {
			return err
		}
		ch.Changed = true
		ch.After, err = scanPartner(tx.QueryRowContext(ctx, "SELECT "+partnerColumns+" FROM partners p WHERE p.id = ?", id))
		return err
	})
	return ch, err
}
