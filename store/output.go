package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Every file a command writes (backup, report --out, export --out) passes
// CheckOutput first, and is written to a temporary file beside it that
// Place then gives its name: the database and the files SQLite keeps beside
// it are never written over, an existing file only when asked, and a failed
// write never leaves half a file.

// ErrOutputExists is the Err of an *OutputError for a file that already
// exists when replacing it was not asked for.
var ErrOutputExists = errors.New("the file already exists")

// ErrOutputIsDatabase is the Err of an *OutputError for a file that is the
// open database itself or one of the files SQLite keeps beside it (-wal,
// -shm, -journal): writing it would destroy data.
var ErrOutputIsDatabase = errors.New("the file is the database or one of its own files")

// companions are the files SQLite keeps beside a database, "" the database
// itself.
var companions = []string{"", "-wal", "-shm", "-journal"}

// OutputError says why a file was not written at Path: Err is
// ErrOutputExists or ErrOutputIsDatabase. Nothing was written.
type OutputError struct {
	Path string
	Err  error
	// For ErrOutputIsDatabase: the database's path, and which of its
	// files Path is ("" the database itself, "-wal", "-shm", "-journal").
	Database, Suffix string
}

func (e *OutputError) Error() string {
	if errors.Is(e.Err, ErrOutputIsDatabase) {
		return fmt.Sprintf("%s: %v (the database %s%s)", e.Path, e.Err, e.Database, e.Suffix)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *OutputError) Unwrap() error { return e.Err }

// CheckOutput refuses, with an *OutputError, to let a command write dest:
// when it is the database at db or one of its -wal, -shm and -journal files
// (the same file where both exist, else the same cleaned absolute path, its
// directory's symbolic links resolved), and when it exists and overwrite is
// not set.
func CheckOutput(db, dest string, overwrite bool) error {
	destInfo, destErr := os.Stat(dest)
	for _, suffix := range companions {
		same := false
		if destErr == nil {
			if info, err := os.Stat(db + suffix); err == nil && os.SameFile(info, destInfo) {
				same = true
			}
		}
		if same || samePath(db+suffix, dest) {
			return &OutputError{Path: dest, Err: ErrOutputIsDatabase, Database: db, Suffix: suffix}
		}
	}
	if _, err := os.Lstat(dest); err == nil && !overwrite {
		return &OutputError{Path: dest, Err: ErrOutputExists}
	}
	return nil
}

// CheckOutput is CheckOutput for the store's database.
func (s *Store) CheckOutput(dest string, overwrite bool) error {
	return CheckOutput(s.path, dest, overwrite)
}

// samePath reports whether a and b name the same file by their absolute,
// cleaned paths, with their directories' symbolic links resolved where the
// directories exist.
func samePath(a, b string) bool {
	return canonical(a) == canonical(b)
}

func canonical(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Join(dir, base)
}

// Place gives the finished temporary file tmp, written beside dest, the
// name dest: by rename when overwrite is set, else by a hard link, which
// fails (ErrOutputExists) rather than replace a file that appeared since
// CheckOutput.
func Place(tmp, dest string, overwrite bool) error {
	if overwrite {
		return os.Rename(tmp, dest)
	}
	err := os.Link(tmp, dest)
	if err == nil {
		return os.Remove(tmp)
	}
	if errors.Is(err, fs.ErrExist) {
		return &OutputError{Path: dest, Err: ErrOutputExists}
	}
	// No hard links here (some network and FAT file systems): check, then
	// rename.
	if _, serr := os.Lstat(dest); serr == nil {
		return &OutputError{Path: dest, Err: ErrOutputExists}
	}
	return os.Rename(tmp, dest)
}
