//go:build unix

package store

import (
	"path/filepath"
	"syscall"
)

// writable reports whether this process may write the file at p and create
// files beside it (SQLite's -wal, -shm and -journal). It asks the kernel
// rather than trying, so that a read-only file is never touched; a read-only
// mount answers no even to root.
func writable(p string) bool {
	const wOK, xOK = 0x2, 0x1
	return syscall.Access(p, wOK) == nil && syscall.Access(filepath.Dir(p), wOK|xOK) == nil
}
