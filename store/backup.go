package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// A backup is SQLite's online backup (sqlite3_backup_*), not VACUUM INTO:
// it copies page by page, so it can report progress and be cancelled between
// steps, and it costs a page copy rather than a rebuild of every table and
// index. The source stays in one read transaction for the whole copy, so the
// copy is one consistent snapshot while other processes go on writing (in WAL
// mode readers and writers do not block each other), and the backup never
// restarts because the source changed.

// ErrBackupExists is ErrOutputExists, by its older name: a destination
// that already exists when BackupOptions.Overwrite is not set.
var ErrBackupExists = ErrOutputExists

// ErrBackupIsSource is ErrOutputIsDatabase, by its older name: a
// destination that is the database itself or one of its own files.
var ErrBackupIsSource = ErrOutputIsDatabase

// ErrBackupInvalid is the Err of a *BackupError whose copy failed its
// verification (integrity check or schema version); Detail says what was
// found. Nothing was left at the destination.
var ErrBackupInvalid = errors.New("the copy failed verification")

// BackupError says which backup file could not be written and why: Err is
// ErrBackupExists, ErrBackupIsSource, ErrBackupInvalid, or the underlying I/O
// or SQLite error.
type BackupError struct {
	Path   string
	Err    error
	Detail string // for ErrBackupInvalid: the first problem found
}

func (e *BackupError) Error() string {
	if e.Detail != "" {
		return fmt.Sprintf("backup %s: %v: %s", e.Path, e.Err, e.Detail)
	}
	return fmt.Sprintf("backup %s: %v", e.Path, e.Err)
}

func (e *BackupError) Unwrap() error { return e.Err }

// BackupOptions change how Backup works.
type BackupOptions struct {
	// Overwrite replaces an existing file at the destination (atomically:
	// it stays whole until the verified copy takes its place).
	Overwrite bool
	// Progress, if set, hears after each step how many of the database's
	// pages are copied.
	Progress func(done, total int)
	// Verifying, if set, is called once the copy is written, before it is
	// verified: reading all of it, which on a large file takes longer than
	// the copy (a 700 MB file: about 4 s to copy, 15-25 s to verify here).
	Verifying func()

	stepPages int // pages per step; tests make it small
}

// defaultStepPages is a backup step: 4 MB of 4 KB pages.
const defaultStepPages = 1024

// Backup writes a consistent, self-contained copy of the database to dest:
// one file in rollback-journal mode that the sqlite3 shell or vision2030 opens
// as it is (nothing left in a -wal). It is taken while other processes read
// and write, written to a temporary file beside dest, verified (integrity
// check, schema version) and only then renamed to dest, so dest is never a
// partial copy. dest passes CheckOutput first: the database or one of its
// own files is refused (ErrOutputIsDatabase), and so is an existing dest
// (ErrOutputExists) unless opt.Overwrite is set. Errors are a *BackupError
// (wrapping an *OutputError for those two), or a *FileError when the source
// is damaged.
func (s *Store) Backup(ctx context.Context, dest string, opt BackupOptions) error {
	fail := func(err error) error {
		var fe *FileError
		if errors.As(err, &fe) {
			return err
		}
		var be *BackupError
		if errors.As(err, &be) {
			if be.Path == "" {
				be.Path = dest
			}
			return be
		}
		return &BackupError{Path: dest, Err: err}
	}
	if err := s.CheckOutput(dest, opt.Overwrite); err != nil {
		return fail(err)
	}
	f, err := os.CreateTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".tmp-*")
	if err != nil {
		return fail(err)
	}
	tmp := f.Name()
	f.Close()
	defer func() {
		// After success tmp has its new name; these are only leftovers.
		for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
	}()
	if info, err := os.Stat(s.path); err == nil {
		// The copy holds the same data: give it the same permissions.
		os.Chmod(tmp, info.Mode().Perm())
	}
	version, err := s.copyTo(ctx, tmp, opt)
	if err != nil {
		return fail(err)
	}
	if opt.Verifying != nil {
		opt.Verifying()
	}
	if err := verifyCopy(ctx, tmp, version); err != nil {
		return fail(err)
	}
	if err := syncFile(tmp); err != nil {
		return fail(err)
	}
	if err := Place(tmp, dest, opt.Overwrite); err != nil {
		return fail(err)
	}
	// Make the new name durable too.
	if d, err := os.Open(filepath.Dir(dest)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// copyTo copies the database page by page into the empty file tmp, in one
// read transaction, and returns the schema version it copied.
func (s *Store) copyTo(ctx context.Context, tmp string, opt BackupOptions) (int, error) {
	step := opt.stepPages
	if step <= 0 {
		step = defaultStepPages
	}
	c, err := s.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	// One read transaction for the whole copy: one snapshot.
	if _, err := c.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		return 0, err
	}
	defer c.ExecContext(context.Background(), "ROLLBACK")
	// A first read starts the snapshot.
	var version, tables int
	if err := c.QueryRowContext(ctx, "SELECT (SELECT user_version FROM pragma_user_version), count(*) FROM sqlite_schema").Scan(&version, &tables); err != nil {
		return 0, err
	}
	err = c.Raw(func(dc any) error {
		w, ok := dc.(*conn)
		if !ok {
			return fmt.Errorf("store: unexpected driver connection %T", dc)
		}
		b, ok := w.backuper()
		if !ok {
			return fmt.Errorf("store: driver connection %T cannot back up", w.inner)
		}
		bk, err := b.NewBackup("file:" + (&url.URL{Path: tmp}).EscapedPath())
		if err != nil {
			return err
		}
		for {
			more, err := bk.Step(int32(step))
			if err != nil {
				bk.Finish()
				return s.observe(ctx, err)
			}
			if opt.Progress != nil {
				total := bk.PageCount()
				done := total - bk.Remaining()
				if !more {
					done = total
				}
				opt.Progress(done, total)
			}
			if !more {
				break
			}
			if err := ctx.Err(); err != nil {
				bk.Finish()
				return err
			}
		}
		return s.observe(ctx, bk.Finish())
	})
	return version, err
}

// verifyCopy opens the copy on its own (not through the store: a damaged
// copy says nothing about the source), makes it a single self-contained file
// (rollback journal, not WAL), and checks its integrity and schema version.
func verifyCopy(ctx context.Context, p string, version int) error {
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: p}).EscapedPath()+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	invalid := func(detail string) error {
		return &BackupError{Err: ErrBackupInvalid, Detail: detail} // Backup names dest
	}
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode = DELETE").Scan(&mode); err != nil {
		if isCorrupt(err) {
			return invalid(err.Error())
		}
		return err
	}
	rows, err := db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		if isCorrupt(err) {
			return invalid(err.Error())
		}
		return err
	}
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		if isCorrupt(err) {
			return invalid(err.Error())
		}
		return err
	}
	if len(problems) > 0 {
		return invalid(strings.Join(problems, "; "))
	}
	var got int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&got); err != nil {
		return err
	}
	if got != version {
		return invalid(fmt.Sprintf("schema version %d, not %d", got, version))
	}
	return db.Close()
}

func syncFile(p string) error {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
