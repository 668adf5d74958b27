package store

import (
	"context"
	"database/sql"
	"time"
)

// A meeting paper: the dashboard, and what a meeting reads beside it — the
// partners at the framework in each country on each goal, every stale
// partner, and, for a period, what happened in it.

// PaperQuery says what a meeting paper covers.
type PaperQuery struct {
	AsOf time.Time // the day the paper is as of
	// Since and Until (YYYY-MM-DD, inclusive) are the period whose events
	// the paper tells; Since "" for none. Until "" is AsOf.
	Since, Until string
}

// Paper is a meeting paper's content.
type Paper struct {
	Dashboard
	// Framework is, for every country with tracked active partners, how
	// many of them are at the framework on each goal.
	Framework []CountryFramework
	// StaleAll is every stale partner (Dashboard.Stale is the first few).
	StaleAll []Partner
	// DueAll is every open action overdue or due within the week after
	// AsOf (Dashboard.DueActions is the first few), oldest first.
	DueAll []Action
	// Period is what happened between Since and Until; nil without Since.
	Period *Period
}

// CountryFramework is how a country's tracked active partners stand.
type CountryFramework struct {
	Country Country
	Tracked int // tracked active partners
	// AtFramework and Assessed count them by goal id: at stage
	// FrameworkStage or above, and assessed at all.
	AtFramework, Assessed map[int]int
}

// Period is what happened between two days.
type Period struct {
	Since, Until string
	Entries      int // live entries dated in the period
	// ByCountry counts the entries with a partner in each country, most
	// first, with the partners' own counts.
	ByCountry []CountryEntries
	// StageChanges are the assessments dated in the period that changed
	// a partner's stage on a goal (a first assessment, or a stage other
	// than the one before), oldest first, with the stage each one
	// followed. Confirmed counts the others: assessments that found the
	// stage the partner already had.
	StageChanges []StageChange
	Confirmed    int
	// Requests opened (by their opened date, else their date), first
	// answered and closed in the period.
	Opened, Answered, Closed []Entry
	// Actions done in the period, and those overdue at its end (open
	// then, and due before its last day).
	Done, Overdue []Action
}

// CountryEntries counts a country's entries in a period.
type CountryEntries struct {
	Country  Country
	Entries  int
	Partners []PartnerEntries // most first
}

// PartnerEntries counts a partner's entries in a period.
type PartnerEntries struct {
	Partner Partner
	Entries int
}

// StageChange is an assessment and the stage it followed.
type StageChange struct {
	Partner Partner
	GoalID  int
	From    int // the stage before, -1 for a first assessment
	To      int
	Date    string
	Author  string
	Note    string
}

// MeetingPaper computes a meeting paper: the dashboard (Dashboard), and
// the rest in one read transaction.
func (s *Store) MeetingPaper(ctx context.Context, q PaperQuery) (Paper, error) {
	var p Paper
	d, err := s.Dashboard(ctx, q.AsOf)
	if err != nil {
		return p, err
	}
	p.Dashboard = d
	err = s.read(ctx, func(tx *sql.Tx) error {
		var err error
		if p.Framework, err = frameworkByCountry(ctx, tx, q.AsOf); err != nil {
			return err
		}
		if p.StaleAll, _, err = s.stalePartners(ctx, tx, q.AsOf, 1<<30); err != nil {
			return err
		}
		if p.DueAll, _, err = s.actions(ctx, tx, ActionQuery{Open: true, DueBy: q.AsOf.AddDate(0, 0, 6).Format(DateLayout)}); err != nil {
			return err
		}
		if q.Since == "" {
			return nil
		}
		until := q.Until
		if until == "" {
			until = q.AsOf.Format(DateLayout)
		}
		p.Period, err = s.period(ctx, tx, q.Since, until)
		return err
	})
	return p, err
}

// frameworkByCountry counts, by country and goal, the tracked active
// partners at the framework as of asOf.
func frameworkByCountry(ctx context.Context, q querier, asOf time.Time) ([]CountryFramework, error) {
	var out []CountryFramework
	index := map[string]int{}
	rows, err := q.QueryContext(ctx, `SELECT c.code, c.name_en, c.name_ja, c.yomi, c.region, count(*)
		FROM partners p JOIN countries c ON c.code = p.country_code
		WHERE p.archived = 0 AND p.tracked = 1 GROUP BY c.code ORDER BY c.name_en`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		cf := CountryFramework{AtFramework: map[int]int{}, Assessed: map[int]int{}}
		if err := rows.Scan(&cf.Country.Code, &cf.Country.NameEN, &cf.Country.NameJA, &cf.Country.Yomi, &cf.Country.Region, &cf.Tracked); err != nil {
			rows.Close()
			return nil, err
		}
		index[cf.Country.Code] = len(out)
		out = append(out, cf)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	err = each(ctx, q, `SELECT p.country_code, l.goal_id, count(*), count(*) FILTER (WHERE l.stage >= ?)
		FROM (`+latestStages+`) l JOIN partners p ON p.id = l.partner_id GROUP BY 1, 2`,
		[]any{FrameworkStage, asOf.Format(DateLayout)}, func(sc interface{ Scan(...any) error }) error {
			var code string
			var goal, assessed, framework int
			if err := sc.Scan(&code, &goal, &assessed, &framework); err != nil {
				return err
			}
			if i, ok := index[code]; ok {
				out[i].Assessed[goal], out[i].AtFramework[goal] = assessed, framework
			}
			return nil
		})
	return out, err
}

// latestStages is the SQL for each tracked active partner's latest
// assessment on each goal on or before a day (its one parameter): the
// stage on that day. Columns: partner_id, goal_id, stage, date.
const latestStages = `SELECT partner_id, goal_id, stage, date FROM (
		SELECT a.partner_id, a.goal_id, a.stage, a.date,
			row_number() OVER (PARTITION BY a.partner_id, a.goal_id ORDER BY a.date DESC, a.id DESC) AS n
		FROM assessments a JOIN partners p ON p.id = a.partner_id AND p.archived = 0 AND p.tracked = 1
		WHERE a.date <= ?) WHERE n = 1`

// period gathers what happened from since to until.
func (s *Store) period(ctx context.Context, tx *sql.Tx, since, until string) (*Period, error) {
	p := &Period{Since: since, Until: until}
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM entries WHERE deleted_at IS NULL AND date BETWEEN ? AND ?",
		since, until).Scan(&p.Entries); err != nil {
		return nil, err
	}
	// Entries by country, then by partner within it.
	index := map[string]int{}
	err := each(ctx, tx, `SELECT c.code, c.name_en, c.name_ja, c.yomi, c.region, count(DISTINCT e.id)
		FROM entries e JOIN entry_partners ep ON ep.entry_id = e.id JOIN partners p ON p.id = ep.partner_id
		JOIN countries c ON c.code = p.country_code
		WHERE e.deleted_at IS NULL AND e.date BETWEEN ? AND ?
		GROUP BY c.code ORDER BY 6 DESC, c.name_en`, []any{since, until}, func(sc interface{ Scan(...any) error }) error {
		var ce CountryEntries
		if err := sc.Scan(&ce.Country.Code, &ce.Country.NameEN, &ce.Country.NameJA, &ce.Country.Yomi, &ce.Country.Region, &ce.Entries); err != nil {
			return err
		}
		index[ce.Country.Code] = len(p.ByCountry)
		p.ByCountry = append(p.ByCountry, ce)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each(ctx, tx, "SELECT "+partnerColumns+`, (SELECT count(*) FROM entry_partners ep JOIN entries e ON e.id = ep.entry_id
			WHERE ep.partner_id = p.id AND e.deleted_at IS NULL AND e.date BETWEEN ? AND ?) AS n
		FROM partners p WHERE n > 0 ORDER BY n DESC, p.name COLLATE NOCASE`, []any{since, until},
		func(sc interface{ Scan(...any) error }) error {
			var pe PartnerEntries
			var err error
			if pe.Partner, err = scanPartner(sc, &pe.Entries); err != nil {
				return err
			}
			if i, ok := index[pe.Partner.CountryCode]; ok {
				p.ByCountry[i].Partners = append(p.ByCountry[i].Partners, pe)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	// Assessments in the period, with the stage before each.
	err = each(ctx, tx, "SELECT "+partnerColumns+`, a.goal_id, a.prev, a.stage, a.date, a.author, a.note
		FROM (SELECT *, coalesce(lag(stage) OVER (PARTITION BY partner_id, goal_id ORDER BY date, id), -1) AS prev
			FROM assessments) a JOIN partners p ON p.id = a.partner_id
		WHERE a.date BETWEEN ? AND ? ORDER BY a.date, a.id`, []any{since, until},
		func(sc interface{ Scan(...any) error }) error {
			var c StageChange
			var err error
			c.Partner, err = scanPartner(sc, &c.GoalID, &c.From, &c.To, &c.Date, &c.Author, &c.Note)
			switch {
			case err != nil:
				return err
			case c.From == c.To:
				p.Confirmed++
			default:
				p.StageChanges = append(p.StageChanges, c)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	for _, r := range []struct {
		list *[]Entry
		cond string
	}{
		{&p.Opened, "coalesce(e.opened, e.date) BETWEEN ? AND ?"},
		{&p.Answered, "e.first_response BETWEEN ? AND ?"},
		{&p.Closed, "e.closed BETWEEN ? AND ?"},
	} {
		err := each(ctx, tx, "SELECT "+entryColumns+" FROM entries e WHERE e.kind = 'request' AND e.deleted_at IS NULL AND "+
			r.cond+" ORDER BY coalesce(e.opened, e.date), e.id", []any{since, until},
			func(sc interface{ Scan(...any) error }) error {
				e, err := scanEntry(sc)
				if err == nil {
					*r.list = append(*r.list, e)
				}
				return err
			})
		if err != nil {
			return nil, err
		}
	}
	const live = " FROM actions a JOIN entries e ON e.id = a.entry_id WHERE a.deleted_at IS NULL AND e.deleted_at IS NULL AND "
	for _, r := range []struct {
		list  *[]Action
		cond  string
		order string
		args  []any
	}{
		{&p.Done, "a.done BETWEEN ? AND ?", "a.done, a.id", []any{since, until}},
		{&p.Overdue, "a.due < ? AND (a.done IS NULL OR a.done > ?)", "a.due, a.id", []any{until, until}},
	} {
		err := each(ctx, tx, "SELECT "+actionColumns+live+r.cond+" ORDER BY "+r.order, r.args,
			func(sc interface{ Scan(...any) error }) error {
				a, err := scanAction(sc)
				if err == nil {
					*r.list = append(*r.list, a)
				}
				return err
			})
		if err != nil {
			return nil, err
		}
	}
	return p, nil
}
