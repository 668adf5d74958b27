package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// Resolving what a person typed on the command line (a partner, a country)
// to the one record it names. Names are compared by NameKey, so case,
// full-width letters and extra spaces do not matter.

// FindPartner finds the one partner q names, archived or not: its id, its
// short name or name, or an unambiguous part of either. It is for commands
// about one partner (show, edit, archive, unarchive). A *PartnerMatchError
// says that none or several match.
func (s *Store) FindPartner(ctx context.Context, q string) (Partner, error) {
	return s.matchPartner(ctx, q, true)
}

// partnerName is what a partner is matched by.
type partnerName struct {
	id                    int64
	rawName, rawShortName string // as stored
	name, shortName       string // as NameKeys
	archived              bool
}

// matchPartner finds the one partner q names: its id (archived or not);
// else the partner whose short name is q exactly, as typed; else the one
// whose name is q exactly; else those whose short name is q by NameKey;
// else those whose name is; else those whose name or short name contains
// q. So "UAW" finds the UAW even if a name taken before names were unique
// (NameKey) is "ＵＡＷ", which is then found by typing it. Archived partners
// are matched by name only when archived is true; when false, a q that
// names one archived partner, and no active one, is a *PartnerMatchError
// with Archived set: an archived partner's exact name is said to be
// archived, before the active partners whose names merely contain it
// (archived USTR is not "ambiguous" among five partners of an Industry).
// When none match, the candidates are active partners sharing a word of
// three bytes or more with q.
func (s *Store) matchPartner(ctx context.Context, q string, archived bool) (Partner, error) {
	q = strings.TrimSpace(q)
	if id, err := strconv.ParseInt(q, 10, 64); err == nil {
		p, err := s.Partner(ctx, id)
		if err == ErrNotFound {
			return p, &PartnerMatchError{Query: q}
		}
		return p, err
	}
	key := NameKey(q)
	if key == "" {
		return Partner{}, &PartnerMatchError{Query: q}
	}
	where := ""
	if !archived {
		where = " AND archived = 0"
	}
	// The two exact tiers first, in SQL: what is usually typed is a short
	// name as stored, and then no stored name needs folding. (The short
	// name's index holds only partners that have one.)
	for _, cond := range []string{"short_name = ? AND short_name <> ''", "name = ?"} {
		ids, err := queryAll(ctx, s.db, "SELECT id FROM partners WHERE "+cond+where, []any{q},
			func(sc interface{ Scan(...any) error }) (id int64, err error) { return id, sc.Scan(&id) })
		if err != nil {
			return Partner{}, err
		}
		if len(ids) > 0 {
			return s.onePartner(ctx, q, ids)
		}
	}
	names, err := queryAll(ctx, s.db, "SELECT id, name, short_name, archived FROM partners", nil,
		func(sc interface{ Scan(...any) error }) (n partnerName, err error) {
			err = sc.Scan(&n.id, &n.rawName, &n.rawShortName, &n.archived)
			n.name, n.shortName = NameKey(n.rawName), NameKey(n.rawShortName)
			return n, err
		})
	if err != nil {
		return Partner{}, err
	}
	// pick returns the ids of the partners match accepts, among the active
	// ones (or every one, when archived is true) if inArchive is false, else
	// among the archived ones.
	pick := func(inArchive bool, match func(partnerName) bool) []int64 {
		var ids []int64
		for _, n := range names {
			if (n.archived && !archived) == inArchive && match(n) {
				ids = append(ids, n.id)
			}
		}
		return ids
	}
	exact := []func(partnerName) bool{
		func(n partnerName) bool { return n.shortName == key },
		func(n partnerName) bool { return n.name == key },
	}
	within := func(n partnerName) bool { return strings.Contains(n.name, key) || strings.Contains(n.shortName, key) }
	for _, m := range exact {
		if ids := pick(false, m); len(ids) > 0 {
			return s.onePartner(ctx, q, ids)
		}
	}
	// archivedOne is the *PartnerMatchError of an archived partner that
	// match finds alone, if one does.
	archivedOne := func(match func(partnerName) bool) error {
		if archived {
			return nil
		}
		if ids := pick(true, match); len(ids) == 1 {
			p, err := s.Partner(ctx, ids[0])
			if err != nil {
				return err
			}
			return &PartnerMatchError{Query: q, Candidates: []Partner{p}, Archived: true}
		}
		return nil
	}
	for _, m := range append([]func(partnerName) bool{
		func(n partnerName) bool { return n.rawShortName == q },
		func(n partnerName) bool { return n.rawName == q },
	}, exact...) {
		if err := archivedOne(m); err != nil {
			return Partner{}, err
		}
	}
	if ids := pick(false, within); len(ids) > 0 {
		return s.onePartner(ctx, q, ids)
	}
	if err := archivedOne(within); err != nil {
		return Partner{}, err
	}
	var near []int64
	for _, w := range strings.Fields(key) {
		if len(w) < 3 {
			continue
		}
		near = append(near, pick(false, func(n partnerName) bool {
			return (strings.Contains(n.name, w) || strings.Contains(n.shortName, w)) && !contains(near, n.id)
		})...)
	}
	ps, err := s.partnersByID(ctx, near)
	if err != nil {
		return Partner{}, err
	}
	return Partner{}, &PartnerMatchError{Query: q, Candidates: ps}
}

// onePartner returns the partner of ids if there is one, else a
// *PartnerMatchError listing them as ambiguous.
func (s *Store) onePartner(ctx context.Context, q string, ids []int64) (Partner, error) {
	if len(ids) == 1 {
		return s.Partner(ctx, ids[0])
	}
	ps, err := s.partnersByID(ctx, ids)
	if err != nil {
		return Partner{}, err
	}
	return Partner{}, &PartnerMatchError{Query: q, Candidates: ps, Ambiguous: true}
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// partnersByID returns the partners with the given ids, ordered by name.
func (s *Store) partnersByID(ctx context.Context, ids []int64) ([]Partner, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return s.partners(ctx, "WHERE p.id IN ("+placeholders(len(ids))+") ORDER BY p.name COLLATE NOCASE, p.id", args...)
}

// CountryMatchError is a country named on the command line that matches
// no country, or several: Candidates lists them.
type CountryMatchError struct {
	Query      string
	Candidates []Country
	Ambiguous  bool
}

func (e *CountryMatchError) Error() string {
	if e.Ambiguous {
		return fmt.Sprintf("country %q is ambiguous: %d candidates", e.Query, len(e.Candidates))
	}
	return fmt.Sprintf("no country %q", e.Query)
}

// ResolveCountry finds the one country q names: its ISO 3166-1 alpha-2
// code, its English or Japanese name, or an unambiguous part of one. A
// *CountryMatchError says that none or several match.
func (s *Store) ResolveCountry(ctx context.Context, q string) (Country, error) {
	cs, err := s.Countries(ctx)
	if err != nil {
		return Country{}, err
	}
	c, me := matchCountry(cs, q)
	if me != nil {
		return c, me
	}
	return c, nil
}

// matchCountry finds the one country of cs that q names: its code, its
// English or Japanese name (by NameKey), or an unambiguous part of one.
func matchCountry(cs []Country, q string) (Country, *CountryMatchError) {
	key := NameKey(q)
	if key == "" {
		return Country{}, &CountryMatchError{Query: q}
	}
	for _, c := range cs {
		if len([]rune(key)) == 2 && strings.EqualFold(c.Code, key) {
			return c, nil
		}
	}
	pick := func(match func(en, ja string) bool) []Country {
		var found []Country
		for _, c := range cs {
			if match(NameKey(c.NameEN), NameKey(c.NameJA)) {
				found = append(found, c)
			}
		}
		return found
	}
	for _, found := range [][]Country{
		pick(func(en, ja string) bool { return en == key || ja == key }),
		pick(func(en, ja string) bool { return strings.Contains(en, key) || (ja != "" && strings.Contains(ja, key)) }),
	} {
		switch {
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return Country{}, &CountryMatchError{Query: q, Candidates: found, Ambiguous: true}
		}
	}
	return Country{}, &CountryMatchError{Query: q}
}
