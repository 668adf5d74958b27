package store

import (
	"context"
	"database/sql"
	"net/url"
	"os"
)

// DemoKey is the settings key that marks a database built by the demo
// command; its value says how it was built.
const DemoKey = "demo"

// IsDemo reports whether the database at path was built by the demo
// command, reading it without writing or locking it. A missing file gives
// an error matching fs.ErrNotExist; an empty file is not a demo database;
// a file that is not a SQLite database gives an *OpenError.
func IsDemo(ctx context.Context, path string) (bool, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	if fi.Size() == 0 {
		return false, nil
	}
	head := make([]byte, len(sqliteHeader))
	f, err := os.Open(path)
	if err != nil {
		return false, &OpenError{Path: path, Err: err}
	}
	_, err = f.Read(head)
	f.Close()
	if err != nil || string(head) != string(sqliteHeader) {
		return false, &OpenError{Path: path, Err: ErrNotDatabase}
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return false, &OpenError{Path: path, Err: err}
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM settings WHERE key = ?", DemoKey).Scan(&n); err != nil {
		// No settings table (some other SQLite database), or one that
		// cannot be read: not one to overwrite.
		return false, nil
	}
	return n > 0, nil
}
