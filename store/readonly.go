package store

import (
	"context"
	"os"
)

// OpenReadOnly opens an existing database for reading only, for work that
// must never create, migrate or change a file, such as shell completion. A
// missing file, a file that is not a vision2030 database, or one whose
// schema is not this binary's, is refused with an *OpenError.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, &OpenError{Path: path, Err: err}
	}
	return Open(ctx, path, withReadOnly())
}
