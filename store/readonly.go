package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"
)

// OpenReadOnly opens an existing database for reading only, for work that
// must never create, migrate or change a file, such as shell completion. A
// missing file, a file that is not a vision2030 database, or one whose
// schema is not this binary's, is refused with an *OpenError.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, &OpenError{Path: path, Err: err}
	}
	if err := checkFile(ctx, path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, &OpenError{Path: path, Err: err}
	}
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		db.Close()
		return nil, &OpenError{Path: path, Err: friendly(err)}
	}
	if known := SchemaVersion(); v != known {
		db.Close()
		return nil, &OpenError{Path: path, Err: fmt.Errorf("schema version %d, not %d", v, known), Version: v, Known: known}
	}
	return &Store{db: db, path: path, Now: time.Now}, nil
}
