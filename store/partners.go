package store

import (
	"context"
	"database/sql"
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

func scanPartner(sc interface{ Scan(...any) error }) (Partner, error) {
	var p Partner
	var kind string
	err := sc.Scan(&p.ID, &p.Name, &p.ShortName, &kind, &p.CountryCode, &p.Companies,
		&p.Since, &p.Contact, &p.Notes, &p.Archived, &p.LastContact)
	p.Kind = PartnerKind(kind)
	return p, err
}

// PartnerPage is one page of partners, grouped by country, and how many there
// are in all.
type PartnerPage struct {
	Partners []Partner
	Offset   int
	Total    int
}

// PartnersByCountry returns up to limit active partners from offset, ordered
// by country (English name) and then partner name, and the total count.
func (s *Store) PartnersByCountry(ctx context.Context, offset, limit int) (PartnerPage, error) {
	page := PartnerPage{Offset: offset}
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM partners WHERE archived = 0").Scan(&page.Total); err != nil {
		return page, err
	}
	rows, err := s.db.QueryContext(ctx, "SELECT "+partnerColumns+`
		FROM partners p JOIN countries c ON c.code = p.country_code
		WHERE p.archived = 0
		ORDER BY c.name_en, p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return page, err
	}
	defer rows.Close()
	for rows.Next() {
		p, err := scanPartner(rows)
		if err != nil {
			return page, err
		}
		page.Partners = append(page.Partners, p)
	}
	return page, rows.Err()
}

// ActivePartners returns every active partner ordered by name, for pickers.
// Partners are counted in hundreds at most, so this is one small query.
func (s *Store) ActivePartners(ctx context.Context) ([]Partner, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+partnerColumns+` FROM partners p
		WHERE p.archived = 0 ORDER BY p.name COLLATE NOCASE, p.id`)
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

// insertPartner writes p in tx and returns its id.
func (s *Store) insertPartner(ctx context.Context, tx *sql.Tx, p Partner) (int64, error) {
	now := s.timestamp()
	var since any
	if p.Since != 0 {
		since = p.Since
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO partners
		(name, short_name, kind, country_code, companies, since, contact, notes, archived, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Name, p.ShortName, string(p.Kind), p.CountryCode, p.Companies, since, p.Contact, p.Notes, p.Archived, now, now)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}
