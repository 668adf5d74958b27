// Package store is the only package of vision2030 that speaks SQL. It owns the
// schema and its migrations, every query and every transaction, and returns
// the domain types defined in this package.
//
// The database is a single SQLite file opened through the pure-Go driver
// modernc.org/sqlite, in WAL mode, with foreign keys on, a busy timeout and
// immediate write transactions, so that several vision2030 processes can share
// one file. How the file is opened, migrated, backed up, checked and closed is
// in open.go, backup.go and check.go.
package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"sync/atomic"
	"time"
)

// Store is an open vision2030 database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	// Now returns the current time; tests replace it for stable timestamps.
	Now func() time.Time

	// readOnly is set when the file or its directory cannot be written; every
	// write then fails with ErrReadOnly.
	readOnly bool
	// damaged is set once a query has met a damaged file (or a check found
	// damage); every write then fails with ErrDamaged.
	damaged atomic.Bool
}

// Path returns the file the store was opened on.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the store was opened read-only because the file
// or its directory cannot be written. Reads work; writes fail with
// ErrReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Damaged reports whether this store has met a damaged file: a query failed
// with SQLite's "malformed" or "not a database" error, Check found damage, or
// an earlier process left the file's damage mark (see ErrDamaged). Reads
// still run; writes fail with ErrDamaged.
func (s *Store) Damaged() bool { return s.damaged.Load() }

// bump tells every screen to reload everything: it logs a change of
// everything (changes.go), for work the row triggers do not describe one by
// one (a seed, a bulk load, a repair).
func bump(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO changes (kind, id) VALUES ('all', 0)`)
	return err
}

// timestamp is how times are stored: UTC, RFC 3339, to the second.
func (s *Store) timestamp() string {
	return s.Now().UTC().Format(time.RFC3339)
}

// Setting returns the value stored under key in the settings table, or "" if
// there is none.
func (s *Store) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// placeholders returns "?, ?, ?" for n parameters.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
