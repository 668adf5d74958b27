package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"vision2030/dates"
)

// goalColumns selects a goal.
const goalColumns = `id, title_en, title_ja, short_title_en, short_title_ja, description_en, description_ja,
	description_draft, ja_confirmed, target, target_default, version`

func scanGoal(sc interface{ Scan(...any) error }) (Goal, error) {
	var g Goal
	err := sc.Scan(&g.ID, &g.Title, &g.TitleJA, &g.ShortTitle, &g.ShortTitleJA, &g.Description, &g.DescriptionJA,
		&g.DescriptionDraft, &g.JAConfirmed, &g.Target, &g.TargetDefault, &g.Version)
	return g, err
}

// Goals returns the three goals in order.
func (s *Store) Goals(ctx context.Context) ([]Goal, error) {
	return queryAll(ctx, s.db, "SELECT "+goalColumns+" FROM goals ORDER BY id", nil, scanGoal)
}

// Stages returns the rubric of every goal, ordered by goal and stage.
func (s *Store) Stages(ctx context.Context) ([]Stage, error) {
	return queryAll(ctx, s.db, "SELECT "+stageColumns+" FROM stages ORDER BY goal_id, stage", nil, scanStage)
}

// Regions returns the regions of the world in display order.
func (s *Store) Regions(ctx context.Context) ([]Region, error) {
	return queryAll(ctx, s.db, "SELECT code, name_en, name_ja FROM regions ORDER BY sort, code", nil,
		func(sc interface{ Scan(...any) error }) (Region, error) {
			var r Region
			err := sc.Scan(&r.Code, &r.NameEN, &r.NameJA)
			return r, err
		})
}

// querier is what both *sql.DB and *sql.Tx can query with.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// queryAll runs query and scans every row with scan.
func queryAll[T any](ctx context.Context, q querier, query string, args []any, scan func(interface{ Scan(...any) error }) (T, error)) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		x, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// Countries returns every country, ordered by English name (SortCountries
// orders them for another language).
func (s *Store) Countries(ctx context.Context) ([]Country, error) {
	return countries(ctx, s.db)
}

// countries returns every country, ordered by English name.
func countries(ctx context.Context, q querier) ([]Country, error) {
	return queryAll(ctx, q, "SELECT code, name_en, name_ja, yomi, region FROM countries ORDER BY name_en", nil,
		func(sc interface{ Scan(...any) error }) (Country, error) {
			var c Country
			err := sc.Scan(&c.Code, &c.NameEN, &c.NameJA, &c.Yomi, &c.Region)
			return c, err
		})
}

// partnerColumns selects a partner and the date of its newest live contact,
// read from the links' index.
const partnerColumns = `p.id, p.uid, p.name, p.name_ja, p.yomi, p.short_name, p.kind, p.country_code, p.companies,
	coalesce(p.since, 0), p.contact, p.notes, coalesce(p.tracked, 0), p.archived, p.version,
	coalesce((SELECT max(contact_date) FROM entry_partners WHERE partner_id = p.id), '')`

// scanPartner scans partnerColumns, then any extra columns into extra.
func scanPartner(sc interface{ Scan(...any) error }, extra ...any) (Partner, error) {
	var p Partner
	var kind string
	err := sc.Scan(append([]any{&p.ID, &p.UID, &p.Name, &p.NameJA, &p.Yomi, &p.ShortName, &kind, &p.CountryCode, &p.Companies,
		&p.Since, &p.Contact, &p.Notes, &p.Tracked, &p.Archived, &p.Version, &p.LastContact}, extra...)...)
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
	// Lang orders the list for readers of that language: LangJA by
	// country and partner in 五十音 order of their readings (SortPartners),
	// anything else by English country name and partner name.
	Lang string
	// Text keeps only the partners whose name, short name, Japanese name or
	// reading holds it, folded as filters fold (Fold); "" keeps all.
	Text string
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

// PartnersByCountry returns the partners q selects, ordered by country and
// then partner in q.Lang's order, and how many it selects in all.
func (s *Store) PartnersByCountry(ctx context.Context, q PartnerQuery) (PartnerPage, error) {
	page := PartnerPage{Offset: q.Offset}
	where, args := q.where()
	if q.Lang == LangJA || strings.TrimSpace(q.Text) != "" {
		return s.partnersInGo(ctx, q, where, args)
	}
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

// partnersInGo is PartnersByCountry for Japanese readers and for a text
// filter. SQLite can neither order by reading nor fold as Fold does, so every
// selected partner is read, matched and ordered in Go: partners are counted
// in thousands at most.
func (s *Store) partnersInGo(ctx context.Context, q PartnerQuery, where string, args []any) (PartnerPage, error) {
	page := PartnerPage{Offset: q.Offset}
	type row struct {
		p       Partner
		country Country
	}
	rows, err := queryAll(ctx, s.db, "SELECT "+partnerColumns+`, c.code, c.name_en, c.name_ja, c.yomi
		FROM partners p JOIN countries c ON c.code = p.country_code WHERE `+where+" ORDER BY p.id", args,
		func(sc interface{ Scan(...any) error }) (row, error) {
			var r row
			var err error
			r.p, err = scanPartner(sc, &r.country.Code, &r.country.NameEN, &r.country.NameJA, &r.country.Yomi)
			return r, err
		})
	if err != nil {
		return page, err
	}
	if text := Fold(strings.TrimSpace(q.Text)); text != "" {
		kept := rows[:0]
		for _, r := range rows {
			if strings.Contains(Fold(r.p.Name+"\n"+r.p.ShortName+"\n"+r.p.NameJA+"\n"+r.p.Yomi), text) {
				kept = append(kept, r)
			}
		}
		rows = kept
	}
	page.Total = len(rows)
	// Countries first, then partners within each.
	var countries []Country
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.country.Code] {
			seen[r.country.Code] = true
			countries = append(countries, r.country)
		}
	}
	SortCountries(countries, q.Lang)
	rank := map[string]int{}
	for i, c := range countries {
		rank[c.Code] = i
	}
	ps := make([]Partner, len(rows))
	for i, r := range rows {
		ps[i] = r.p
	}
	SortPartners(ps, q.Lang)
	sort.SliceStable(ps, func(i, j int) bool { return rank[ps[i].CountryCode] < rank[ps[j].CountryCode] })
	lo := min(max(q.Offset, 0), len(ps))
	hi := len(ps)
	if q.Limit > 0 {
		hi = min(lo+q.Limit, hi)
	}
	page.Partners = ps[lo:hi]
	return page, nil
}

// PartnerPosition returns the index of partner id among the partners q
// selects, in q's order (q's offset and limit aside), or ErrNotFound when q
// does not select it; a screen uses it to keep a partner selected.
func (s *Store) PartnerPosition(ctx context.Context, q PartnerQuery, id int64) (int, error) {
	q.Offset, q.Limit = 0, 0
	page, err := s.PartnersByCountry(ctx, q)
	if err != nil {
		return 0, err
	}
	for i, p := range page.Partners {
		if p.ID == id {
			return i, nil
		}
	}
	return 0, ErrNotFound
}

// Partner returns the partner with the given id, or ErrNotFound.
func (s *Store) Partner(ctx context.Context, id int64) (Partner, error) {
	p, err := scanPartner(s.db.QueryRowContext(ctx, "SELECT "+partnerColumns+" FROM partners p WHERE p.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNotFound
	}
	return p, err
}

// ActivePartners returns every active partner ordered by name, for pickers
// (SortPartners orders them for Japanese readers). Partners are counted in
// thousands at most, so this is one small query.
func (s *Store) ActivePartners(ctx context.Context) ([]Partner, error) {
	return s.partners(ctx, "WHERE p.archived = 0 ORDER BY p.name COLLATE NOCASE, p.id")
}

// PartnerMatchError is a partner named on the command line that matches no
// partner, or several: Candidates lists them (or near misses).
type PartnerMatchError struct {
	Query      string
	Candidates []Partner
	Ambiguous  bool
	// Archived is set when q names no active partner but names one
	// archived partner, the only candidate, where archived partners are
	// not matched by name (ResolvePartner).
	Archived bool
}

func (e *PartnerMatchError) Error() string {
	if e.Ambiguous {
		return fmt.Sprintf("partner %q is ambiguous: %d candidates", e.Query, len(e.Candidates))
	}
	if e.Archived {
		return fmt.Sprintf("partner %q is archived", e.Query)
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

// ParseSince reads the year a partnership began as people write it (1985,
// １９８５, 1985年, 昭和60年): 0 for empty text, or a *FieldError for text
// that is not a year from 1800 to today's.
func ParseSince(text string, today time.Time) (int, *FieldError) {
	if strings.TrimSpace(text) == "" {
		return 0, nil
	}
	y, ok := dates.Year(text)
	if !ok || y < 1800 || y > today.Year() {
		return 0, &FieldError{Field: "since", Problem: ProblemBadYear, Value: strings.TrimSpace(text)}
	}
	return y, nil
}

// Validate checks the fields of p that can be checked without the database.
func (p *Partner) Validate(today time.Time) *FieldError {
	checks := []struct {
		field, v string
		limit    int
		required bool
	}{
		{"name", p.Name, MaxShort, true}, {"short name", p.ShortName, MaxShortName, false},
		{"japanese name", p.NameJA, MaxShort, false}, {"reading", p.Yomi, MaxShort, false},
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

// checkPartner checks what Validate cannot: the country exists, and the
// name (if name is set) and the short name (if short is set) are not
// another partner's name or short name after normalisation (checkNames).
func checkPartner(ctx context.Context, tx *sql.Tx, p Partner, name, short bool) error {
	var ok bool
	if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM countries WHERE code = ?)", p.CountryCode).Scan(&ok); err != nil {
		return err
	}
	if !ok {
		return &FieldError{Field: "country", Problem: ProblemUnknown, Value: p.CountryCode}
	}
	return checkNames(ctx, tx, p, name, short)
}

// normalise trims p's one-line fields and upper-cases its country.
func (p *Partner) normalise() {
	p.Name = strings.TrimSpace(p.Name)
	p.NameJA = strings.TrimSpace(p.NameJA)
	p.Yomi = strings.TrimSpace(p.Yomi)
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
		if err := checkPartner(ctx, tx, p, true, true); err != nil {
			return err
		}
		var err error
		id, err = s.insertPartner(ctx, tx, p)
		return err
	})
	return id, err
}

// SetPartnerArchived archives or restores partner id. It returns
// ErrNotFound, or ErrAlreadyArchived / ErrNotArchived (both ErrUnchanged;
// writing nothing) if the partner already is as asked.
func (s *Store) SetPartnerArchived(ctx context.Context, id int64, archived bool) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var was bool
		err := tx.QueryRowContext(ctx, "SELECT archived FROM partners WHERE id = ?", id).Scan(&was)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if was && archived {
			return ErrAlreadyArchived
		}
		if !was && !archived {
			return ErrNotArchived
		}
		_, err = tx.ExecContext(ctx, "UPDATE partners SET archived = ?, updated_at = ?, updated_by = '', version = version + 1 WHERE id = ?",
			archived, s.timestamp(), id)
		return err
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
		(uid, name, name_ja, yomi, short_name, kind, country_code, companies, since, contact, notes, tracked, archived, created_at, updated_at)
		VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		nullable(p.UID), p.Name, p.NameJA, p.Yomi, p.ShortName, string(p.Kind), p.CountryCode, p.Companies, nullableInt(p.Since),
		p.Contact, p.Notes, p.Tracked, p.Archived, now, now)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}
