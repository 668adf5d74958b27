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
	"sort"
	"strconv"
	"strings"
	"time"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// How the database file is opened, migrated, written and closed.
//
// Opening reads before it writes: a file already at the current schema opens
// without taking the write lock, so a reader never waits for a writer. Only a
// new or older file is migrated, under the write lock, after checking again
// that no other process migrated it meanwhile. A file or directory that cannot
// be written opens read-only. Writes use synchronous=FULL: a write that
// returned is on disk, power cut or not.

//go:embed migrations/*.sql
var migrationFiles embed.FS

// sqliteHeader is how every SQLite 3 database file begins.
var sqliteHeader = []byte("SQLite format 3\x00")

// journalMagic is how a rollback journal begins.
var journalMagic = []byte{0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7}

// ErrNotDatabase is returned by Open for a file that exists but is not a
// vision2030 database: not SQLite at all, or another program's SQLite file
// (identify). The file is left as it was.
var ErrNotDatabase = errors.New("not a vision2030 database")

// ApplicationID is the PRAGMA application_id that migration 006 writes into
// every vision2030 file's header: "V230".
const ApplicationID = 0x56323330

// coreTables are tables every vision2030 database has had since schema 1.
var coreTables = []string{"entries", "partners", "goals"}

// identify refuses with ErrNotDatabase a SQLite database on db that is not
// vision2030's, reading only. version is its user_version. A file whose
// application_id is vision2030's is; one with another id is not. A file
// with none (another program's, or vision2030's from before schema 6) is
// vision2030's if it has no schema at all (version 0 and nothing in
// sqlite_schema: a new file, which Open creates) or, from version 1 on,
// has the core tables. Open and Restore both ask it.
func identify(ctx context.Context, db *sql.DB, version int) error {
	ctx = quiet(ctx)
	var app int32
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return err
	}
	switch {
	case app == ApplicationID:
		return nil
	case app != 0:
		return ErrNotDatabase
	}
	if version == 0 {
		var n int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrNotDatabase
		}
		return nil
	}
	var n int
	err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN (?, ?, ?)",
		coreTables[0], coreTables[1], coreTables[2]).Scan(&n)
	if err != nil {
		return err
	}
	if n != len(coreTables) {
		return ErrNotDatabase
	}
	return nil
}

// ErrNewerSchema is returned by Open for a database written by a newer
// vision2030 than this one. The file is left as it was.
var ErrNewerSchema = errors.New("database was written by a newer version of vision2030")

// ErrReadOnly is the Err of the *FileError every write returns on a store
// opened read-only (the file or its directory cannot be written), and of the
// *OpenError for a read-only file whose schema is older than this binary's.
// Nothing was changed.
var ErrReadOnly = errors.New("the database cannot be written here")

// ErrDamaged is the Err of the *FileError returned by any query that met a
// damaged file (SQLite's "malformed" or "not a database"), and by every write
// once the store has met one: run `vision2030 check`, and restore the file
// from a backup. Nothing was changed by the refused write.
var ErrDamaged = errors.New("the database file is damaged")

// OpenError says which file could not be opened and why. Its Err is
// ErrNotDatabase, ErrNewerSchema, ErrReadOnly (an older schema that cannot be
// upgraded because the file cannot be written), ErrDamaged, or the underlying
// I/O or SQLite error.
type OpenError struct {
	Path string
	Err  error
	// Version and Known are set for ErrNewerSchema and ErrReadOnly: the
	// file's schema version and this binary's.
	Version, Known int
}

func (e *OpenError) Error() string {
	if errors.Is(e.Err, ErrNewerSchema) || errors.Is(e.Err, ErrReadOnly) {
		return fmt.Sprintf("%s: %v (schema version %d, this binary knows up to %d)", e.Path, e.Err, e.Version, e.Known)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *OpenError) Unwrap() error { return e.Err }

// FileError says that a request was refused, or failed, because of the state
// of the database file at Path. Err is ErrReadOnly or ErrDamaged; Cause, when
// not nil, is the SQLite error behind it. errors.Is matches both.
type FileError struct {
	Path  string
	Err   error
	Cause error
}

func (e *FileError) Error() string {
	if e.Cause != nil {
		return fmt.Sprintf("%s: %v (%v)", e.Path, e.Err, e.Cause)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *FileError) Unwrap() []error {
	if e.Cause != nil {
		return []error{e.Err, e.Cause}
	}
	return []error{e.Err}
}

// Task names the long work a ProgressFunc hears about.
type Task string

const (
	// TaskBackup is the automatic backup Open takes before a migration
	// that rewrites data.
	TaskBackup Task = "backup"
	// TaskMigrate is a migration, counted in SQL statements.
	TaskMigrate Task = "migrate"
)

// ProgressFunc hears how far long work has come: done of total units (pages
// for a backup, statements for a migration). It is called from the goroutine
// doing the work and must return quickly.
type ProgressFunc func(task Task, done, total int)

// Option changes how Open works.
type Option func(*options)

type options struct {
	progress   ProgressFunc
	migrations fs.FS // a directory of NNN_name.sql files
	readOnly   bool  // as if the file could not be written; for tests
}

// WithProgress makes Open report the progress of an automatic backup and of
// a migration to fn, so that a caller can draw a bar when they take long.
func WithProgress(fn ProgressFunc) Option { return func(o *options) { o.progress = fn } }

// withMigrations replaces the embedded migrations; for tests.
func withMigrations(fsys fs.FS) Option { return func(o *options) { o.migrations = fsys } }

// withReadOnly opens the file as if it could not be written; for tests,
// which run as root, to whom every file is writable.
func withReadOnly() Option { return func(o *options) { o.readOnly = true } }

func (o *options) report(task Task) func(done, total int) {
	if o.progress == nil {
		return nil
	}
	return func(done, total int) { o.progress(task, done, total) }
}

func embeddedMigrations() fs.FS {
	sub, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// SchemaVersion is the schema version this binary writes: the number of
// embedded migrations.
func SchemaVersion() int {
	names, _ := migrationNames(embeddedMigrations())
	return len(names)
}

// Open opens (creating if needed) the database at path and migrates it to the
// current schema.
//
// A file already at the current schema opens without writing or taking the
// write lock. A new file is created and migrated; a file left half-created by
// a killed process (a hot rollback journal beside it) is rolled back and
// created again. A file whose directory or self cannot be written opens
// read-only (ReadOnly reports it; writes fail with ErrReadOnly). A migration
// marked "-- rewrites data" is preceded by an automatic, verified backup to
// path.before-vN.bak (N the new schema version).
//
// A file that is not a SQLite database, another program's SQLite file
// (identify), or a file whose schema is newer than this binary knows, is refused with an *OpenError and not modified; so is a
// read-only file with an older schema (ErrReadOnly).
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := options{migrations: embeddedMigrations()}
	for _, opt := range opts {
		opt(&o)
	}
	// Only their names, to count them: the bodies are read only when a
	// file needs migrating, not on every open.
	names, err := migrationNames(o.migrations)
	if err != nil {
		return nil, &OpenError{Path: path, Err: err}
	}
	known := len(names)

	exists, pending, err := inspect(path)
	if err != nil {
		return nil, err
	}
	s := &Store{path: path, Now: time.Now, readOnly: exists && (o.readOnly || !writable(path))}
	version, journal, err := s.connect(ctx)
	if err != nil {
		return nil, &OpenError{Path: path, Err: friendly(err)}
	}
	fail := func(oe *OpenError) (*Store, error) {
		s.db.Close()
		oe.Path, oe.Known = path, known
		return nil, oe
	}
	if pending {
		// The header was not a database's, but a journal could restore it:
		// the first read has rolled it back. Look again.
		if _, pending, err := inspect(path); err != nil || pending {
			return fail(&OpenError{Err: ErrNotDatabase})
		}
	}
	// Before anything is written: another program's SQLite file is not
	// given vision2030's tables.
	if err := identify(ctx, s.db, version); err != nil {
		return fail(&OpenError{Err: friendly(err)})
	}
	if version > known {
		return fail(&OpenError{Err: ErrNewerSchema, Version: version})
	}
	if _, err := os.Stat(damageMark(path)); err == nil {
		s.damaged.Store(true)
	}
	switch {
	case version == known && (journal == "wal" || s.readOnly || s.Damaged()):
		// Nothing to write. (A file at the current schema that someone
		// switched out of WAL is switched back, unless it cannot be.)
	case s.readOnly:
		return fail(&OpenError{Err: ErrReadOnly, Version: version})
	case s.Damaged():
		return fail(&OpenError{Err: ErrDamaged, Version: version})
	default:
		ms, err := loadMigrations(o.migrations, names)
		if err == nil {
			err = s.migrate(ctx, &o, ms, version, journal)
		}
		if err != nil {
			var oe *OpenError
			if errors.As(err, &oe) {
				return fail(oe)
			}
			if isCorrupt(err) {
				err = ErrDamaged
			}
			return fail(&OpenError{Err: err})
		}
	}
	return s, nil
}

// connect opens the store's pool and reads the schema version and journal
// mode: a read, which takes no write lock but does roll back a hot journal
// left by a killed process. A read-only WAL file whose -shm cannot be created
// (a read-only directory or mount) is opened again as immutable.
func (s *Store) connect(ctx context.Context) (version int, journal string, err error) {
	modes := []access{readWrite}
	if s.readOnly {
		modes = []access{readOnly, immutable}
	}
	for _, mode := range modes {
		s.db, err = s.sqlDB(dsn(s.path, mode))
		if err != nil {
			return 0, "", err
		}
		s.db.SetMaxOpenConns(4)
		version, journal, err = s.probe(ctx)
		if err == nil || isCorrupt(err) {
			break
		}
		s.db.Close()
	}
	if err != nil {
		s.db.Close()
		return 0, "", err
	}
	return version, journal, nil
}

func (s *Store) probe(ctx context.Context) (version int, journal string, err error) {
	ctx = quiet(ctx)
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return 0, "", err
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&journal); err != nil {
		return 0, "", err
	}
	return version, strings.ToLower(journal), nil
}

// access is how a pool opens the file.
type access int

const (
	readWrite access = iota
	readOnly         // mode=ro
	immutable        // mode=ro and immutable=1: no locks, no -shm; for read-only mounts
	migrating        // readWrite without foreign keys, for table rebuilds
)

func dsn(p string, a access) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	switch a {
	case readOnly, immutable:
		q.Set("mode", "ro")
		if a == immutable {
			q.Set("immutable", "1")
		}
	default:
		fk := "1"
		if a == migrating {
			fk = "0"
		}
		q.Add("_pragma", "foreign_keys("+fk+")")
		// FULL: in WAL mode NORMAL may lose the last commits to a power cut.
		q.Add("_pragma", "synchronous(FULL)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: p}).EscapedPath() + "?" + q.Encode()
}

// inspect refuses, without opening it with SQLite, a file that is not a
// SQLite database. pending is set for a file whose header is not a
// database's but which has a rollback journal beside it: a process killed
// while creating it, which the journal may restore.
func inspect(p string) (exists, pending bool, err error) {
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return false, false, nil
	}
	if err != nil {
		return false, false, &OpenError{Path: p, Err: err}
	}
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	f.Close()
	if n == 0 && err == io.EOF {
		return true, false, nil // an empty file is an empty database
	}
	if n == len(head) && bytes.Equal(head, sqliteHeader) {
		return true, false, nil
	}
	if hasJournal(p) {
		return true, true, nil
	}
	return true, false, &OpenError{Path: p, Err: ErrNotDatabase}
}

// hasJournal reports whether a rollback journal lies beside p.
func hasJournal(p string) bool {
	f, err := os.Open(p + "-journal")
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(journalMagic))
	_, err = io.ReadFull(f, head)
	return err == nil && bytes.Equal(head, journalMagic)
}

// friendly turns SQLite's codes for a damaged or foreign file into
// ErrNotDatabase.
func friendly(err error) error {
	if isCorrupt(err) {
		return ErrNotDatabase
	}
	return err
}

// Close checkpoints the write-ahead log into the file, as far as it can
// without waiting for anyone (PASSIVE), and closes the database.
func (s *Store) Close() error {
	if !s.readOnly && !s.Damaged() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		// A checkpoint that cannot run now is only deferred: the next
		// writer's, or the last process's close, copies the log in.
		_, _ = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)")
		cancel()
	}
	return s.db.Close()
}

// migration is one embedded schema step.
type migration struct {
	name     string
	body     string
	rewrites bool // first line "-- rewrites data": back up before applying
}

// rewritesMark is the first line of a migration that rewrites existing rows
// (rebuilds tables, recomputes columns): Open backs the file up before
// applying it.
const rewritesMark = "-- rewrites data"

// migrationNames returns the names of the migrations in fsys, in the order
// they apply.
func migrationNames(fsys fs.FS) ([]string, error) {
	names, err := fs.Glob(fsys, "*.sql")
	sort.Strings(names)
	return names, err
}

// loadMigrations reads the named migrations from fsys.
func loadMigrations(fsys fs.FS, names []string) ([]migration, error) {
	ms := make([]migration, 0, len(names))
	for _, n := range names {
		body, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		first, _, _ := strings.Cut(string(body), "\n")
		ms = append(ms, migration{name: n, body: expandMigration(string(body)),
			rewrites: strings.EqualFold(strings.TrimSpace(first), rewritesMark)})
	}
	return ms, nil
}

// migrate applies, in one transaction, every migration after version from,
// and records the new version. It first switches the file to WAL if needed,
// and backs it up if a pending migration rewrites data. Migrations run with
// foreign keys off (so that a table can be rebuilt under its references) and
// must leave none broken: foreign_key_check runs before the commit.
func (s *Store) migrate(ctx context.Context, o *options, ms []migration, from int, journal string) error {
	known := len(ms)
	if from > 0 && from < known {
		for _, m := range ms[from:] {
			if m.rewrites {
				dest := backupName(s.path, known)
				if err := s.Backup(ctx, dest, BackupOptions{Progress: o.report(TaskBackup)}); err != nil {
					return fmt.Errorf("backup before the upgrade to schema %d: %w", known, err)
				}
				break
			}
		}
	}
	mdb, err := s.sqlDB(dsn(s.path, migrating))
	if err != nil {
		return err
	}
	mdb.SetMaxOpenConns(1)
	defer mdb.Close()
	if journal != "wal" {
		var mode string
		if err := mdb.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
			return err
		}
		if !strings.EqualFold(mode, "wal") {
			return fmt.Errorf("cannot switch to write-ahead logging (journal mode stays %s)", mode)
		}
	}
	tx, err := mdb.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > known {
		return &OpenError{Err: ErrNewerSchema, Version: v}
	}
	if v == known {
		return tx.Commit() // another process migrated it meanwhile
	}
	type step struct{ name, sql string }
	var steps []step
	for _, m := range ms[v:] {
		stmts, err := splitStatements(m.body)
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		for _, q := range stmts {
			steps = append(steps, step{m.name, q})
		}
	}
	progress := o.report(TaskMigrate)
	for i, st := range steps {
		if _, err := tx.ExecContext(ctx, st.sql); err != nil {
			return fmt.Errorf("migration %s: %w", st.name, err)
		}
		if progress != nil {
			progress(i+1, len(steps))
		}
	}
	var table string
	var rowid sql.NullInt64
	var parent string
	var fkid int
	err = tx.QueryRowContext(ctx, "PRAGMA foreign_key_check").Scan(&table, &rowid, &parent, &fkid)
	if err == nil {
		return fmt.Errorf("migration to schema %d: row %d of %s refers to a missing row of %s", known, rowid.Int64, table, parent)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if err := dropSearchStatistics(ctx, tx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(known)); err != nil {
		return err
	}
	return tx.Commit()
}

// dropSearchStatistics removes what ANALYZE recorded of the search index's
// own tables (entries_fts_*), if it ran. The loader of demo and import
// counted them while the index was still being built beside the database,
// and SQLite's planner, told that entries_fts_data holds a handful of rows,
// reads the table from the start of a segment to its end each time FTS5
// removes a merged segment: at 10^6 entries, one write in about sixteen
// took a second. Without statistics it keeps to the segment's rows. Every
// migration drops them, so files loaded before this was known mend when
// they are next opened by a newer binary.
func dropSearchStatistics(ctx context.Context, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'").Scan(&n); err != nil || n == 0 {
		return err
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM sqlite_stat1 WHERE tbl GLOB 'entries_fts_*'")
	return err
}

// backupName is where Open backs path up before upgrading it to schema
// version: path.before-vN.bak, else path.before-vN.2.bak, and so on, never
// overwriting an earlier backup.
func backupName(path string, version int) string {
	base := fmt.Sprintf("%s.before-v%d", path, version)
	name := base + ".bak"
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s.%d.bak", base, i)
	}
}

// splitStatements cuts an SQL script into its statements, as SQLite itself
// would (sqlite3_complete: quotes, comments and trigger bodies), so that a
// migration can report its progress statement by statement. Text after the
// last statement that holds no statement (comments, blanks) is dropped.
func splitStatements(script string) ([]string, error) {
	tls := libc.NewTLS()
	defer tls.Close()
	complete := func(s string) (bool, error) {
		p, err := libc.CString(s)
		if err != nil {
			return false, err
		}
		defer libc.Xfree(tls, p)
		return sqlite3.Xsqlite3_complete(tls, p) != 0, nil
	}
	var out []string
	start := 0
	for i := 0; i < len(script); i++ {
		if script[i] != ';' {
			continue
		}
		ok, err := complete(script[start : i+1])
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, strings.TrimSpace(script[start:i+1]))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(script[start:]); rest != "" {
		// A last statement without its semicolon is still a statement;
		// only comments are not.
		if ok, err := complete(rest + "\n;"); err != nil {
			return nil, err
		} else if ok && !onlyComments(rest) {
			out = append(out, rest)
		}
	}
	return out, nil
}

// onlyComments reports whether s holds nothing but SQL comments and blanks.
func onlyComments(s string) bool {
	for {
		s = strings.TrimSpace(s)
		switch {
		case s == "":
			return true
		case strings.HasPrefix(s, "--"):
			_, s, _ = strings.Cut(s, "\n")
		case strings.HasPrefix(s, "/*"):
			_, rest, ok := strings.Cut(s[2:], "*/")
			if !ok {
				return true
			}
			s = rest
		default:
			return false
		}
	}
}

// transact runs fn in one immediate transaction, committing if fn returns
// nil and rolling back otherwise. On a read-only or damaged store it refuses
// with a *FileError (ErrReadOnly, ErrDamaged) before starting.
func (s *Store) transact(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.inTx(ctx, false, fn)
}

// inTx is transact; repairing lets Repair write to a damaged store.
func (s *Store) inTx(ctx context.Context, repairing bool, fn func(*sql.Tx) error) error {
	if s.readOnly {
		return &FileError{Path: s.path, Err: ErrReadOnly}
	}
	if !repairing && s.Damaged() {
		return &FileError{Path: s.path, Err: ErrDamaged}
	}
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

// write is transact for a change of data.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.transact(ctx, fn) // the schema's triggers log what changed (changes.go)
}

// bulk is write for work that adds or changes many rows at once (import,
// demo data, a rebuild): fn runs in one transaction, so the whole batch is
// saved or none of it is, and costs one commit — one fsync of the log under
// synchronous=FULL — instead of one per row. Use it, not a loop of writes,
// whenever a command writes more than a handful of rows; fn receives the
// transaction to pass to the row-level helpers (insertEntry, ...). Other
// writers wait for the batch (busy timeout 5 s), readers never do, so a
// batch should stay under a few seconds: split longer work into batches of
// some thousands of rows, each its own bulk call.
func (s *Store) bulk(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.write(ctx, fn)
}
