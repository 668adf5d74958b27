package store

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// openedBy lists the processes other than this one whose open files
// include the database at abs or its -wal, -shm or -journal, from /proc.
// Processes of other users are not visible to an ordinary user; the locks
// Users also looks at find those.
func openedBy(abs string) []Process {
	names := map[string]bool{abs: true, abs + "-wal": true, abs + "-shm": true, abs + "-journal": true}
	dirs, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	self := os.Getpid()
	var out []Process
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil || pid == self {
			continue
		}
		fds, err := os.ReadDir(filepath.Join("/proc", d.Name(), "fd"))
		if err != nil {
			continue
		}
		for _, fd := range fds {
			target, err := os.Readlink(filepath.Join("/proc", d.Name(), "fd", fd.Name()))
			if err == nil && names[strings.TrimSuffix(target, " (deleted)")] && !strings.HasSuffix(target, " (deleted)") {
				out = append(out, Process{PID: pid, Command: commandOf(pid)})
				break
			}
		}
	}
	return out
}

// commandOf is the command line of process pid, shortened, or "".
func commandOf(pid int) string {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	if err != nil || len(b) == 0 {
		b, _ = os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "comm"))
	}
	s := strings.TrimSpace(strings.ReplaceAll(strings.TrimRight(string(b), "\x00"), "\x00", " "))
	if r := []rune(s); len(r) > 200 {
		s = string(r[:199]) + "…"
	}
	return s
}
