package store

import (
	"context"
	"database/sql"
	"time"
)

// A brief for a trip: for each partner to be met, its stage on each goal
// and how it came there, the last entries, the requests still open and the
// actions still to do.

// Brief is the brief on some partners, as of a day.
type Brief struct {
	AsOf     string
	Partners []PartnerBrief
}

// PartnerBrief is what a brief says about one partner.
type PartnerBrief struct {
	Partner Partner
	// History is every assessment of the partner, by goal and oldest
	// first; the last of a goal's is its stage.
	History []Assessment
	// Entries are its last live entries, newest first, at most
	// BriefEntries; EntriesTotal counts them all.
	Entries      []Entry
	EntriesTotal int
	// OpenRequests are its requests not closed, oldest first.
	OpenRequests []Entry
	// Actions are the open actions of its entries, by due date.
	Actions []Action
}

// BriefEntries is how many of a partner's last entries a brief lists.
const BriefEntries = 10

// Brief gathers the brief on the partners with the given ids, in that
// order, as of asOf, in one read transaction. It returns ErrNotFound if an
// id is not a partner's.
func (s *Store) Brief(ctx context.Context, ids []int64, asOf time.Time) (Brief, error) {
	day := asOf.Format(DateLayout)
	b := Brief{AsOf: day}
	err := s.read(ctx, func(tx *sql.Tx) error {
		for _, id := range ids {
			var pb PartnerBrief
			var err error
			pb.Partner, err = scanPartner(tx.QueryRowContext(ctx, "SELECT "+partnerColumns+" FROM partners p WHERE p.id = ?", id))
			if err == sql.ErrNoRows {
				return ErrNotFound
			}
			if err != nil {
				return err
			}
			pb.History, err = queryAll(ctx, tx, `SELECT id, uid, partner_id, goal_id, stage, date, note, author,
					coalesce(entry_id, 0), created_at
				FROM assessments WHERE partner_id = ? AND date <= ? ORDER BY goal_id, date, id`, []any{id, day},
				func(sc interface{ Scan(...any) error }) (Assessment, error) {
					var a Assessment
					err := sc.Scan(&a.ID, &a.UID, &a.PartnerID, &a.GoalID, &a.Stage, &a.Date, &a.Note, &a.Author, &a.EntryID, &a.CreatedAt)
					return a, err
				})
			if err != nil {
				return err
			}
			page, err := s.searchEntries(ctx, tx, Filter{PartnerIDs: []int64{id}, Until: day}, 0, BriefEntries)
			if err != nil {
				return err
			}
			pb.Entries, pb.EntriesTotal = page.Entries, page.Total
			pb.OpenRequests, err = queryAll(ctx, tx, "SELECT "+entryColumns+` FROM entries e
				WHERE e.kind = 'request' AND e.deleted_at IS NULL AND e.closed IS NULL AND e.date <= ?
					AND e.id IN (SELECT entry_id FROM entry_partners WHERE partner_id = ?)
				ORDER BY coalesce(e.opened, e.date), e.id`, []any{day, id}, scanEntry)
			if err != nil {
				return err
			}
			if pb.Actions, _, err = s.actions(ctx, tx, ActionQuery{Partner: id, Open: true}); err != nil {
				return err
			}
			b.Partners = append(b.Partners, pb)
		}
		return nil
	})
	return b, err
}

// searchEntries is SearchEntries in tx, for a filter without words.
func (s *Store) searchEntries(ctx context.Context, q querier, f Filter, offset, limit int) (EntryPage, error) {
	page := EntryPage{Offset: offset}
	where, args, err := s.filterWhere(ctx, q, f)
	if err != nil {
		return page, err
	}
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM entries e WHERE "+where, args...).Scan(&page.Total); err != nil {
		return page, err
	}
	page.Entries, err = queryAll(ctx, q, "SELECT "+entryColumns+" FROM entries e WHERE "+where+`
		ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?`, append(args, limit, offset), scanEntry)
	return page, err
}
