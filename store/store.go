// Package store is the only package of vision2030 that speaks SQL. It owns the
// schema and its migrations, every query and every transaction, and returns
// the domain types defined in this package.
//
// The database is a single SQLite file opened through the pure-Go driver
// modernc.org/sqlite, in WAL mode, with foreign keys on, a busy timeout and
// immediate write transactions, so that several vision2030 processes can share
// one file.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// sqliteHeader is how every SQLite 3 database file begins.
var sqliteHeader = []byte("SQLite format 3\x00")

// ErrNotDatabase is returned by Open for a file that exists but is not a
// SQLite database. The file is left as it was.
var ErrNotDatabase = errors.New("not a SQLite database")

// ErrNewerSchema is returned by Open for a database written by a newer
// vision2030 than this one. The file is left as it was.
var ErrNewerSchema = errors.New("database was written by a newer version of vision2030")

// OpenError says which file could not be opened and why. Its Err is
// ErrNotDatabase, ErrNewerSchema or the underlying I/O or SQLite error.
type OpenError struct {
	Path string
	Err  error
	// Version and Known are set for ErrNewerSchema.
	Version, Known int
}

func (e *OpenError) Error() string {
	if errors.Is(e.Err, ErrNewerSchema) {
		return fmt.Sprintf("%s: %v (schema version %d, this binary knows up to %d)", e.Path, e.Err, e.Version, e.Known)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *OpenError) Unwrap() error { return e.Err }

// Store is an open vision2030 database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	// Now returns the current time; tests replace it for stable timestamps.
	Now func() time.Time
}

// Path returns the file the store was opened on.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SchemaVersion is the schema version this binary writes: the number of
// embedded migrations.
func SchemaVersion() int {
	names, _ := migrationNames()
	return len(names)
}

// Open opens (creating if needed) the database at path and migrates it to the
// current schema. A file that is not a SQLite database, or whose schema is
// newer than this binary knows, is refused with an *OpenError and not
// modified.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := checkFile(ctx, path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, &OpenError{Path: path, Err: err}
	}
	db.SetMaxOpenConns(4)
	s := &Store{db: db, path: path, Now: time.Now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, &OpenError{Path: path, Err: friendly(err)}
	}
	return s, nil
}

func dsn(p string, readOnly bool) string {
	q := url.Values{}
	if readOnly {
		q.Set("mode", "ro")
		q.Add("_pragma", "busy_timeout(5000)")
	} else {
		q.Add("_pragma", "busy_timeout(5000)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: p}).EscapedPath() + "?" + q.Encode()
}

// checkFile refuses, without writing to it, a file that is not a SQLite
// database or that carries a newer schema than this binary knows.
func checkFile(ctx context.Context, p string) error {
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return &OpenError{Path: p, Err: err}
	}
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	f.Close()
	if n == 0 && (err == io.EOF) {
		return nil // an empty file is an empty database
	}
	if n < len(head) || !bytes.Equal(head, sqliteHeader) {
		return &OpenError{Path: p, Err: ErrNotDatabase}
	}
	db, err := sql.Open("sqlite", dsn(p, true))
	if err != nil {
		return &OpenError{Path: p, Err: err}
	}
	defer db.Close()
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return &OpenError{Path: p, Err: friendly(err)}
	}
	if known := SchemaVersion(); v > known {
		return &OpenError{Path: p, Err: ErrNewerSchema, Version: v, Known: known}
	}
	return nil
}

// friendly turns SQLite's codes for a damaged or foreign file into
// ErrNotDatabase.
func friendly(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return ErrNotDatabase
		}
	}
	return err
}

func migrationNames() ([]string, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names, nil
}

// migrate applies, in one transaction, every embedded migration newer than
// the database's user_version, and records the new version. Foreign keys
// are off while it runs, since migrations rebuild tables, and checked before
// it commits.
func (s *Store) migrate(ctx context.Context) error {
	names, err := migrationNames()
	if err != nil {
		return err
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON")
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(names) {
		return fmt.Errorf("%w (schema version %d, this binary knows up to %d)", ErrNewerSchema, v, len(names))
	}
	if v == len(names) {
		return nil
	}
	for i := v; i < len(names); i++ {
		body, err := migrationFiles.ReadFile(path.Join("migrations", names[i]))
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, expandMigration(string(body))); err != nil {
			return fmt.Errorf("migration %s: %w", names[i], err)
		}
	}
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	bad := rows.Next()
	rows.Close()
	if bad {
		return fmt.Errorf("migration to version %d: foreign keys do not hold", len(names))
	}
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(len(names))); err != nil {
		return err
	}
	return tx.Commit()
}

// transact runs fn in one immediate transaction, committing if fn returns
// nil and rolling back otherwise.
func (s *Store) transact(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// write is transact for a change of data: it also moves the revision on.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.transact(ctx, func(tx *sql.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		return bump(ctx, tx)
	})
}

// bump moves the revision on.
func bump(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('revision', '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`)
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
