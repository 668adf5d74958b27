package store

import (
	"context"
	"database/sql"
	"errors"
)

// Draft is what someone typed into a form of the dashboard and has not
// saved: the form's fields as the form encodes them (Body), kept per author
// and form so that the next open of that form can offer it back after a
// crash. Drafts are not data: writing one does not move the revision, so
// other dashboards do not reload for it.
type Draft struct {
	Author  string
	Form    string // the form and its record: "entry:new", "entry:42"
	Body    string
	SavedAt string // UTC, RFC 3339
}

// SaveDraft writes d, replacing the author's earlier draft of the same
// form. It fails like every write on a read-only or damaged store.
func (s *Store) SaveDraft(ctx context.Context, d Draft) error {
	return s.transact(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO drafts (author, form, body, saved_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (author, form) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at`,
			d.Author, d.Form, d.Body, s.timestamp())
		return err
	})
}

// LoadDraft returns the author's draft of form, and false if there is none.
func (s *Store) LoadDraft(ctx context.Context, author, form string) (Draft, bool, error) {
	d := Draft{Author: author, Form: form}
	err := s.db.QueryRowContext(ctx, "SELECT body, saved_at FROM drafts WHERE author = ? AND form = ?", author, form).
		Scan(&d.Body, &d.SavedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return d, false, nil
	}
	return d, err == nil, err
}

// DeleteDraft removes the author's draft of form; it is not an error if
// there is none.
func (s *Store) DeleteDraft(ctx context.Context, author, form string) error {
	return s.transact(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM drafts WHERE author = ? AND form = ?", author, form)
		return err
	})
}
