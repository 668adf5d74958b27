package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Goals returns the three goals in order.
func (s *Store) Goals(ctx context.Context) ([]Goal, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, title, short_title, description, target FROM goals ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var gs []Goal
	for rows.Next() {
		var g Goal
		if err := rows.Scan(&g.ID, &g.Title, &g.ShortTitle, &g.Description, &g.Target); err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	return gs, rows.Err()
}

// Stages returns the rubric of every goal, ordered by goal and stage.
func (s *Store) Stages(ctx context.Context) ([]Stage, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT goal_id, stage, name, rubric FROM stages ORDER BY goal_id, stage")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var st []Stage
	for rows.Next() {
		var x Stage
		if err := rows.Scan(&x.GoalID, &x.Stage, &x.Name, &x.Rubric); err != nil {
			return nil, err
		}
		st = append(st, x)
	}
	return st, rows.Err()
}

// Countries returns every country, ordered by English name.
func (s *Store) Countries(ctx context.Context) ([]Country, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT code, name_en, name_ja, region FROM countries ORDER BY name_en")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []Country
	for rows.Next() {
		var c Country
		if err := rows.Scan(&c.Code, &c.NameEN, &c.NameJA, &c.Region); err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

// partnerColumns selects a partner and the date of its newest live entry.
const partnerColumns = `p.id, p.name, p.short_name, p.kind, p.country_code, p.companies,
	coalesce(p.since, 0), p.contact, p.notes, p.archived,
	coalesce((SELECT max(e.date) FROM entry_partners ep JOIN entries e ON e.id = ep.entry_id
		WHERE ep.partner_id = p.id AND e.deleted_at IS NULL), '')`

// scanPartner scans partnerColumns, then any extra columns into extra.
func scanPartner(sc interface{ Scan(...any) error }, extra ...any) (Partner, error) {
	var p Partner
	var kind string
	err := sc.Scan(append([]any{&p.ID, &p.Name, &p.ShortName, &kind, &p.CountryCode, &p.Companies,
		&p.Since, &p.Contact, &p.Notes, &p.Archived, &p.LastContact}, extra...)...)
	p.Kind = PartnerKind(kind)
	return p, err
}

// partners returns the partners of "SELECT partnerColumns FROM partners p"
// followed by rest.
func (s *Store) partners(ctx context.Context, rest string, args ...any) ([]Partner, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+partnerColumns+" FROM partners p "+rest, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ps []Partner
	for rows.Next() {
		p, err := scanPartner(rows)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	return ps, rows.Err()
}

// partnerContains is true when a partner's name or short name contains its
// parameter (given twice), ignoring case.
const partnerContains = "(instr(lower(p.name), lower(?)) > 0 OR instr(lower(p.short_name), lower(?)) > 0)"

// PartnerPage is one page of partners, grouped by country, and how many there
// are in all.
type PartnerPage struct {
	Partners []Partner
	Offset   int
	Total    int
}

// PartnerQuery selects partners.
type PartnerQuery struct {
	Country  string // ISO code; "" for every country
	Archived bool   // include archived partners
	Offset   int
	Limit    int // 0 for no limit
}

func (q PartnerQuery) where() (string, []any) {
	conds := []string{"1"}
	var args []any
	if !q.Archived {
		conds = append(conds, "p.archived = 0")
	}
	if q.Country != "" {
		conds = append(conds, "p.country_code = ?")
		args = append(args, strings.ToUpper(q.Country))
	}
	return strings.Join(conds, " AND "), args
}

// PartnersByCountry returns the partners q selects, ordered by country
// (English name) and then partner name, and how many it selects in all.
func (s *Store) PartnersByCountry(ctx context.Context, q PartnerQuery) (PartnerPage, error) {
	page := PartnerPage{Offset: q.Offset}
	where, args := q.where()
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM partners p WHERE "+where, args...).Scan(&page.Total); err != nil {
		return page, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	var err error
	page.Partners, err = s.partners(ctx, `JOIN countries c ON c.code = p.country_code WHERE `+where+`
		ORDER BY c.name_en, p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?`, append(args, limit, q.Offset)...)
	return page, err
}

// Partner returns the partner with the given id, or ErrNotFound.
func (s *Store) Partner(ctx context.Context, id int64) (Partner, error) {
	p, err := scanPartner(s.db.QueryRowContext(ctx, "SELECT "+partnerColumns+" FROM partners p WHERE p.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNotFound
	}
	return p, err
}

// ActivePartners returns every active partner ordered by name, for pickers.
// Partners are counted in hundreds at most, so this is one small query.
func (s *Store) ActivePartners(ctx context.Context) ([]Partner, error) {
	return s.partners(ctx, "WHERE p.archived = 0 ORDER BY p.name COLLATE NOCASE, p.id")
}

// PartnerMatchError is a partner named on the command line that matches no
// partner, or several: Candidates lists them (or near misses).
type PartnerMatchError struct {
	Query      string
	Candidates []Partner
	Ambiguous  bool
}

func (e *PartnerMatchError) Error() string {
	if e.Ambiguous {
		return fmt.Sprintf("partner %q is ambiguous: %d candidates", e.Query, len(e.Candidates))
	}
	return fmt.Sprintf("no partner %q", e.Query)
}

// ResolvePartner finds the one partner q names: its id, its short name or
// name (compared by NameKey), or an unambiguous part of its name or short
// name. Archived partners are found by id only (FindPartner finds them by
// name too).
func (s *Store) ResolvePartner(ctx context.Context, q string) (Partner, error) {
	return s.matchPartner(ctx, q, false)
}

// Validate checks the fields of p that can be checked without the database.
func (p *Partner) Validate(today time.Time) *FieldError {
	checks := []struct {
		field, v string
		limit    int
		required bool
	}{
		{"name", p.Name, MaxShort, true}, {"short name", p.ShortName, MaxShortName, false},
		{"companies", p.Companies, MaxNote, false}, {"contact", p.Contact, MaxNote, false},
		{"notes", p.Notes, MaxNote, false},
	}
	for _, c := range checks {
		if fe := CheckText(c.field, c.v, c.limit, c.required); fe != nil {
			return fe
		}
	}
	if !IsPartnerKind(p.Kind) {
		if p.Kind == "" {
			return &FieldError{Field: "kind", Problem: ProblemRequired}
		}
		return &FieldError{Field: "kind", Problem: ProblemUnknown, Value: string(p.Kind)}
	}
	if p.CountryCode == "" {
		return &FieldError{Field: "country", Problem: ProblemRequired}
	}
	if p.Since != 0 && (p.Since < 1800 || p.Since > today.Year()) {
		return &FieldError{Field: "since", Problem: ProblemBadYear, Value: strconv.Itoa(p.Since)}
	}
	return nil
}

// checkPartner checks what Validate cannot: the country exists and the
// short name is not another partner's.
func checkPartner(ctx context.Context, tx *sql.Tx, p Partner) error {
	var ok bool
	if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM countries WHERE code = ?)", p.CountryCode).Scan(&ok); err != nil {
		return err
	}
	if !ok {
		return &FieldError{Field: "country", Problem: ProblemUnknown, Value: p.CountryCode}
	}
	if p.ShortName == "" {
		return checkName(ctx, tx, p)
	}
	var taken bool
	if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM partners WHERE short_name = ? COLLATE NOCASE AND id <> ?)",
		p.ShortName, p.ID).Scan(&taken); err != nil {
		return err
	}
	if taken {
		return &FieldError{Field: "short name", Problem: ProblemTaken, Value: p.ShortName}
	}
	return checkName(ctx, tx, p)
}

// normalise trims p's one-line fields and upper-cases its country.
func (p *Partner) normalise() {
	p.Name = strings.TrimSpace(p.Name)
	p.ShortName = strings.TrimSpace(p.ShortName)
	p.CountryCode = strings.ToUpper(strings.TrimSpace(p.CountryCode))
}

// AddPartner validates p and writes it, returning its id, or a *FieldError
// (writing nothing).
func (s *Store) AddPartner(ctx context.Context, p Partner) (int64, error) {
	p.normalise()
	p.ID = 0
	if fe := p.Validate(s.Now()); fe != nil {
		return 0, fe
	}
	var id int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := checkPartner(ctx, tx, p); err != nil {
			return err
		}
		var err error
		id, err = s.insertPartner(ctx, tx, p)
		return err
	})
	return id, err
}

// UpdatePartner validates p and replaces the partner with p's id, returning
// the partner as it was.
func (s *Store) UpdatePartner(ctx context.Context, p Partner) (Partner, error) {
	p.normalise()
	if fe := p.Validate(s.Now()); fe != nil {
		return Partner{}, fe
	}
	var old Partner
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		old, err = scanPartner(tx.QueryRowContext(ctx, "SELECT "+partnerColumns+" FROM partners p WHERE p.id = ?", p.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if err := checkPartner(ctx, tx, p); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE partners SET name = ?, short_name = ?, kind = ?, country_code = ?,
			companies = ?, since = ?, contact = ?, notes = ?, archived = ?, updated_at = ? WHERE id = ?`,
			p.Name, p.ShortName, string(p.Kind), p.CountryCode, p.Companies, nullableInt(p.Since), p.Contact, p.Notes,
			p.Archived, s.timestamp(), p.ID); err != nil {
			return err
		}
		if old.Name != p.Name || old.ShortName != p.ShortName {
			return indexPartnerEntries(ctx, tx, p.ID)
		}
		return nil
	})
	return old, err
}

// SetPartnerArchived archives or restores partner id.
func (s *Store) SetPartnerArchived(ctx context.Context, id int64, archived bool) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE partners SET archived = ?, updated_at = ? WHERE id = ?", archived, s.timestamp(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	})
}

func nullableInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// insertPartner writes p in tx and returns its id.
func (s *Store) insertPartner(ctx context.Context, tx *sql.Tx, p Partner) (int64, error) {
	now := s.timestamp()
	res, err := tx.ExecContext(ctx, `INSERT INTO partners
		(name, short_name, kind, country_code, companies, since, contact, notes, archived, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Name, p.ShortName, string(p.Kind), p.CountryCode, p.Companies, nullableInt(p.Since), p.Contact, p.Notes, p.Archived, now, now)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}
