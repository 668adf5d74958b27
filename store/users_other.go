//go:build !unix

package store

// Users returns no process: this system does not tell which processes have
// a file open. (Windows refuses to replace a file that is open, so a
// restore then fails rather than pull the file from under them.)
func Users(string) ([]Process, error) { return nil, nil }
