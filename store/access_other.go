//go:build !unix

package store

import "os"

// writable reports whether this process may write the file at p. Without
// access(2), it opens the file for writing, which changes nothing in it.
func writable(p string) bool {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}
