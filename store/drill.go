package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// CountryStages is how the tracked active partners of one country stand on
// a goal.
type CountryStages struct {
	Country    Country
	AtStage    [MaxStage + 1]int
	Unassessed int // active partners never assessed on the goal
}

// Assessed is the number of the country's partners assessed on the goal.
func (c CountryStages) Assessed() int {
	n := 0
	for _, v := range c.AtStage {
		n += v
	}
	return n
}

// GoalCountries returns, for every country with tracked active partners,
// how they stand on goal as of asOf, ordered by the countries' names in
// lang (in Japanese, 五十音 by reading).
func (s *Store) GoalCountries(ctx context.Context, goal int, asOf time.Time, lang string) ([]CountryStages, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.code, c.name_en, c.name_ja, c.yomi, c.region, l.stage, count(*)
		FROM (SELECT p.country_code, `+latestStage+` AS stage FROM partners p WHERE p.archived = 0 AND p.tracked = 1) l
		JOIN countries c ON c.code = l.country_code
		GROUP BY c.code, l.stage ORDER BY c.name_en, c.code`, goal, asOf.Format(DateLayout))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []CountryStages
	for rows.Next() {
		var c Country
		var stage sql.NullInt64
		var n int
		if err := rows.Scan(&c.Code, &c.NameEN, &c.NameJA, &c.Yomi, &c.Region, &stage, &n); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].Country.Code != c.Code {
			out = append(out, CountryStages{Country: c})
		}
		cs := &out[len(out)-1]
		if stage.Valid && stage.Int64 >= 0 && stage.Int64 <= MaxStage {
			cs.AtStage[stage.Int64] = n
		} else {
			cs.Unassessed += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	keys := make([]string, len(out))
	for i, cs := range out {
		keys[i] = cs.Country.sortKey(lang)
	}
	sortByKeys(out, collationKeys(lang, keys), func(a, b CountryStages) bool { return a.Country.Code < b.Country.Code })
	return out, nil
}

// PartnerStage is a partner and its stage on one goal.
type PartnerStage struct {
	Partner  Partner
	Stage    int    // valid if Assessed
	Date     string // of the assessment
	Assessed bool
}

// StageQuery selects partners with their stage on a goal.
type StageQuery struct {
	Goal    int
	Country string // "" for every country
	Behind  bool   // only partners assessed below FrameworkStage
	Limit   int    // 0 for no limit
}

// PartnerStages returns the tracked active partners q selects with their stage on
// q.Goal as of asOf, lowest stage first (never assessed last), and how many
// it selects in all.
func (s *Store) PartnerStages(ctx context.Context, q StageQuery, asOf time.Time) ([]PartnerStage, int, error) {
	day := asOf.Format(DateLayout)
	conds := []string{"p.archived = 0", "p.tracked = 1"}
	args := []any{q.Goal, day, q.Goal, day}
	if q.Country != "" {
		conds = append(conds, "p.country_code = ?")
		args = append(args, q.Country)
	}
	// Each partner's latest stage, one look into the assessments' index
	// each, whatever the optimiser's statistics say.
	from := `FROM (SELECT p.*, ` + latestStage + ` AS stage, ` + latestStageDate + ` AS date FROM partners p WHERE ` +
		strings.Join(conds, " AND ") + `) l`
	if q.Behind {
		from += " WHERE l.stage < ?"
		args = append(args, FrameworkStage)
	}
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) "+from, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, "SELECT "+strings.ReplaceAll(partnerColumns, "p.", "l.")+", l.stage, coalesce(l.date, '') "+from+`
		ORDER BY l.stage IS NULL, l.stage, l.name COLLATE NOCASE LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []PartnerStage
	for rows.Next() {
		var ps PartnerStage
		var stage sql.NullInt64
		var err error
		if ps.Partner, err = scanPartner(rows, &stage, &ps.Date); err != nil {
			return nil, 0, err
		}
		ps.Stage, ps.Assessed = int(stage.Int64), stage.Valid
		out = append(out, ps)
	}
	return out, total, rows.Err()
}

// Assessment is a recorded stage of a partner on a goal, as stored.
type Assessment struct {
	ID int64
	NewAssessment
	CreatedAt string
}

// Assessments returns every assessment of partner id, by goal and newest
// first.
func (s *Store) Assessments(ctx context.Context, partner int64) ([]Assessment, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, uid, partner_id, goal_id, stage, date, note, author,
			coalesce(entry_id, 0), created_at
		FROM assessments WHERE partner_id = ? ORDER BY goal_id, date DESC, id DESC`, partner)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Assessment
	for rows.Next() {
		var a Assessment
		if err := rows.Scan(&a.ID, &a.UID, &a.PartnerID, &a.GoalID, &a.Stage, &a.Date, &a.Note, &a.Author, &a.EntryID, &a.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// StageOn returns partner's stage on goal as of asOf, and false if it had
// not been assessed on it by then.
func (s *Store) StageOn(ctx context.Context, partner int64, goal int, asOf time.Time) (int, bool, error) {
	var stage int
	err := s.db.QueryRowContext(ctx, `SELECT stage FROM assessments WHERE partner_id = ? AND goal_id = ? AND date <= ?
		ORDER BY date DESC, id DESC LIMIT 1`, partner, goal, asOf.Format(DateLayout)).Scan(&stage)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return stage, err == nil, err
}
