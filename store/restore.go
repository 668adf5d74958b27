package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Restoring puts a backup in the database's place. The backup is copied
// beside the database, brought to this binary's schema and checked there,
// so that the database is replaced only by a copy known to be sound, and
// in one step (a rename). The file it replaces is kept beside it, whole:
// its write-ahead log is first checkpointed into it (or, if it cannot be,
// moved along with it), so that no log of the old file is ever replayed
// into the restored one. Nobody may have the database open meanwhile.

// ErrInUse is the Err of a *RestoreError when other processes have the
// database open (Processes names them, where the system tells).
var ErrInUse = errors.New("the database is open in other processes")

// ErrBackupDamaged is the Err of a *RestoreError for a backup that fails
// its check (Defects lists what was found).
var ErrBackupDamaged = errors.New("the backup fails its check")

// Process is a process that has a file open.
type Process struct {
	PID     int
	Command string // its command line, "" if the system does not tell
}

// RestoreError says why a restore was refused or failed. Err is ErrInUse,
// ErrBackupDamaged, ErrBackupIsSource, ErrNotDatabase, ErrNewerSchema
// (Version the backup's schema, Known this binary's), or the underlying
// error. The database was not changed.
type RestoreError struct {
	Backup, Path   string
	Err            error
	Processes      []Process // for ErrInUse
	Defects        []Defect  // for ErrBackupDamaged
	Version, Known int
}

func (e *RestoreError) Error() string {
	return fmt.Sprintf("restore %s from %s: %v", e.Path, e.Backup, e.Err)
}

func (e *RestoreError) Unwrap() error { return e.Err }

// RestoreOptions change how Restore works.
type RestoreOptions struct {
	// Progress hears how many pages of the backup are copied.
	Progress func(done, total int)
	// Checking is called once the copy is made, before it is checked,
	// which reads all of it.
	Checking func()
	// Now names the kept file; nil for time.Now.
	Now func() time.Time
}

// RestoreResult says what a restore did.
type RestoreResult struct {
	Schema int    // the restored database's schema version
	Kept   string // the file it replaced, kept; "" if there was none
}

// Restore replaces the database at path with the backup at backup, as the
// package comment above says. It refuses (*RestoreError) while another
// process has the database open, a backup that is not a vision2030
// database (identify, as Open asks; nor one with no schema), is from
// a newer vision2030, or fails its check (Check); in each case the database
// is left as it was.
func Restore(ctx context.Context, backup, path string, opt RestoreOptions) (RestoreResult, error) {
	var res RestoreResult
	if opt.Now == nil {
		opt.Now = time.Now
	}
	fail := func(err error) (RestoreResult, error) {
		var re *RestoreError
		if errors.As(err, &re) {
			re.Backup, re.Path = backup, path
			return res, re
		}
		var oe *OpenError
		if errors.As(err, &oe) {
			return res, &RestoreError{Backup: backup, Path: path, Err: oe.Err, Version: oe.Version, Known: oe.Known}
		}
		return res, &RestoreError{Backup: backup, Path: path, Err: err}
	}
	if bi, err := os.Stat(backup); err != nil {
		return fail(err)
	} else if di, err := os.Stat(path); err == nil && os.SameFile(bi, di) {
		return fail(ErrBackupIsSource)
	}
	if err := notInUse(path); err != nil {
		return fail(err)
	}
	// A first look, before copying: a file that is no database, or one
	// from a newer vision2030, is refused at once.
	version, err := headerVersion(backup)
	if err != nil {
		return fail(err)
	}
	known := SchemaVersion()
	if version > known {
		return fail(&RestoreError{Err: ErrNewerSchema, Version: version, Known: known})
	}

	tmp, err := copyBackup(ctx, backup, path, opt.Progress)
	defer removeDB(tmp)
	if err != nil {
		return fail(err)
	}
	st, err := Open(ctx, tmp)
	// A migration of an old backup leaves its own backup of it: not
	// wanted here.
	if matches, _ := filepath.Glob(tmp + ".before-v*"); len(matches) > 0 {
		for _, m := range matches {
			os.Remove(m)
		}
	}
	if err != nil {
		return fail(err)
	}
	if opt.Checking != nil {
		opt.Checking()
	}
	defects, err := st.Check(ctx)
	if err == nil && len(defects) > 0 {
		err = &RestoreError{Err: ErrBackupDamaged, Defects: defects}
	}
	if err == nil {
		_, err = st.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	if err == nil {
		err = st.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&res.Schema)
	}
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	if info, err := os.Stat(tmp + "-wal"); err == nil && info.Size() > 0 {
		return fail(fmt.Errorf("the copy's write-ahead log was not written into it"))
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	if err := syncFile(tmp); err != nil {
		return fail(err)
	}
	// Others may have opened the database while the copy was checked.
	if err := notInUse(path); err != nil {
		return fail(err)
	}
	if res.Kept, err = keepOld(ctx, path, opt.Now()); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fail(err)
	}
	// What was left of the old file's shared memory describes a log that
	// is gone; SQLite would rebuild it, but it is not wanted either.
	os.Remove(path + "-shm")
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return res, nil
}

// notInUse refuses (ErrInUse) a database other processes have open.
func notInUse(path string) error {
	ps, err := Users(path)
	if err != nil {
		return err
	}
	if len(ps) > 0 {
		return &RestoreError{Err: ErrInUse, Processes: ps}
	}
	return nil
}

// headerVersion reads the schema version (user_version) from a database
// file's header, refusing a file that is not a SQLite database.
func headerVersion(p string) (int, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || !strings.HasPrefix(string(head), string(sqliteHeader)) {
		return 0, ErrNotDatabase
	}
	return int(int32(binary.BigEndian.Uint32(head[60:64]))), nil
}

// copyBackup copies the database at backup (with whatever its own
// write-ahead log holds) to a new file beside path, page by page in one
// read transaction, and returns its name.
func copyBackup(ctx context.Context, backup, path string, progress func(done, total int)) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".restore-*")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	f.Close()
	if info, err := os.Stat(path); err == nil {
		os.Chmod(tmp, info.Mode().Perm())
	} else if info, err := os.Stat(backup); err == nil {
		os.Chmod(tmp, info.Mode().Perm())
	}
	src := &Store{path: backup, Now: time.Now, readOnly: true}
	if err := src.openReadOnly(ctx); err != nil {
		return tmp, err
	}
	defer src.db.Close()
	// Only vision2030's files are restored: another program's SQLite file,
	// or one with no schema at all, is no backup of this database.
	version, _, err := src.probe(ctx)
	if err != nil {
		return tmp, err
	}
	if version == 0 {
		return tmp, ErrNotDatabase
	}
	if err := identify(ctx, src.db, version); err != nil {
		return tmp, err
	}
	if _, err := src.copyTo(ctx, tmp, BackupOptions{Progress: progress}); err != nil {
		if isCorrupt(errors.Unwrap(err)) || errors.Is(err, ErrDamaged) {
			return tmp, &RestoreError{Err: ErrBackupDamaged}
		}
		return tmp, err
	}
	return tmp, nil
}

// openReadOnly opens s's pool on its file without writing to it. A file
// with no write-ahead log beside it (a backup made by Backup) is opened as
// immutable, which leaves no -wal or -shm file beside it either.
func (s *Store) openReadOnly(ctx context.Context) error {
	var err error
	modes := []access{readOnly, immutable}
	if _, err := os.Stat(s.path + "-wal"); errors.Is(err, fs.ErrNotExist) {
		modes = []access{immutable}
	}
	for _, mode := range modes {
		if s.db, err = s.sqlDB(dsn(s.path, mode)); err != nil {
			return err
		}
		if _, _, err = s.probe(ctx); err == nil {
			return nil
		}
		s.db.Close()
		if isCorrupt(err) {
			return &RestoreError{Err: ErrBackupDamaged}
		}
	}
	return err
}

// removeDB removes a database file and the files SQLite keeps beside it.
func removeDB(p string) {
	if p == "" {
		return
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal", ".damaged"} {
		os.Remove(p + suffix)
	}
}

// keepOld keeps the database at path, if there is one, as
// path.before-restore-YYYYMMDD-HHMMSS beside it, whole: its write-ahead
// log is checkpointed into it first, and a log or journal that cannot be
// is moved along with it, so that none is replayed into the file that
// takes its place. The database itself stays at path (a hard link, else
// a copy) until the rename that replaces it.
func keepOld(ctx context.Context, path string, now time.Time) (string, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	checkpoint(ctx, path)
	base := path + ".before-restore-" + now.Format("20060102-150405")
	kept := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(kept); errors.Is(err, fs.ErrNotExist) {
			break
		}
		kept = fmt.Sprintf("%s.%d", base, i)
	}
	if err := os.Link(path, kept); err != nil {
		if err := copyFile(path, kept); err != nil {
			return "", err
		}
	}
	for _, suffix := range []string{"-wal", "-journal"} {
		info, err := os.Stat(path + suffix)
		switch {
		case err != nil:
		case info.Size() == 0:
			os.Remove(path + suffix)
		default:
			if err := os.Rename(path+suffix, kept+suffix); err != nil {
				return "", err
			}
		}
	}
	return kept, syncFile(kept)
}

// checkpoint writes what the write-ahead log of the database at path
// holds into the file and empties the log, as far as it can: a damaged
// file may refuse, and its log is then kept beside it as it is.
func checkpoint(ctx context.Context, path string) {
	s := &Store{path: path, Now: time.Now}
	db, err := s.sqlDB(dsn(path, readWrite))
	if err != nil {
		return
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx, cancel := context.WithTimeout(quiet(ctx), 10*time.Second)
	defer cancel()
	db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
}

// copyFile copies the file from to a new file to.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
