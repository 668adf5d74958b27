package store

import "context"

// Hooks for the external tests (package store_test).

// SynchronousForTest returns PRAGMA synchronous on one of s's connections.
func SynchronousForTest(ctx context.Context, s *Store) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&n)
	return n, err
}

// BackupInSteps is Backup copying pages at a time.
func BackupInSteps(ctx context.Context, s *Store, dest string, pages int, progress func(done, total int)) error {
	return s.Backup(ctx, dest, BackupOptions{Progress: progress, stepPages: pages})
}

// CopyFile is copyFile: to a new file, synced.
var CopyFile = copyFile
