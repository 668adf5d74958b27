package store

import (
	"context"
	"database/sql"
)

// indexEntry brings the search index row of entry id up to date in tx. Every
// write that changes an entry's text or partners, or a partner's name, calls
// it in the same transaction.
func indexEntry(ctx context.Context, tx *sql.Tx, id int64) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM entries_fts WHERE rowid = ?", id); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO entries_fts (rowid, title, summary, partners)
		SELECT e.id, e.title, e.summary,
			coalesce((SELECT group_concat(p.name || ' ' || p.short_name, ' ')
				FROM entry_partners ep JOIN partners p ON p.id = ep.partner_id
				WHERE ep.entry_id = e.id), '')
		FROM entries e WHERE e.id = ?`, id)
	return err
}

// indexPartnerEntries re-indexes every entry linked to partner id, after its
// name changed.
func indexPartnerEntries(ctx context.Context, tx *sql.Tx, partnerID int64) error {
	rows, err := tx.QueryContext(ctx, "SELECT entry_id FROM entry_partners WHERE partner_id = ?", partnerID)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		if err := indexEntry(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}
