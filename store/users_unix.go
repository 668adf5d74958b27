//go:build unix

package store

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
)

// Users returns the other processes that have the database at path open,
// as far as the system tells: on Linux, every process whose open files
// (/proc/PID/fd) include the database or the files SQLite keeps beside it;
// on any Unix, the processes holding SQLite's locks on them — in WAL mode
// every open connection holds a read lock on a byte of the -shm file, and a
// rollback-journal connection in a transaction holds the database's. This
// process is never listed.
func Users(path string) ([]Process, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	ps := openedBy(abs)
	add := func(pid int) {
		if pid <= 0 || pid == os.Getpid() || slices.ContainsFunc(ps, func(p Process) bool { return p.PID == pid }) {
			return
		}
		ps = append(ps, Process{PID: pid, Command: commandOf(pid)})
	}
	// SQLite's locks: the -shm's "DMS" byte (offset 128), held shared by
	// every connection in WAL mode; the database's PENDING, RESERVED and
	// SHARED bytes (from 1 GiB).
	add(lockHolder(abs+"-shm", 128, 1))
	add(lockHolder(abs, 0x40000000, 512+2))
	slices.SortFunc(ps, func(a, b Process) int { return a.PID - b.PID })
	return ps, nil
}

// lockHolder is the process holding a lock that conflicts with a write
// lock on len bytes of the file at p from start, or 0.
func lockHolder(p string, start, length int64) int {
	f, err := os.Open(p)
	if err != nil {
		return 0
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: start, Len: length}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil || lk.Type == syscall.F_UNLCK {
		return 0
	}
	return int(lk.Pid)
}
