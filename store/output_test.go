package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"vision2030/store"
)

// TestCheckOutput: the database and its companions are refused however
// they are named, whether they exist or not; an existing file only without
// overwrite.
func TestCheckOutput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "v.db")
	os.WriteFile(db, []byte("x"), 0o644)
	os.WriteFile(db+"-wal", []byte("x"), 0o644)
	hard := filepath.Join(dir, "hard.db")
	if err := os.Link(db, hard); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "notes.md")
	os.WriteFile(other, []byte("x"), 0o644)
	for _, tt := range []struct {
		dest      string
		overwrite bool
		want      error
		suffix    string
	}{
		{db, true, store.ErrOutputIsDatabase, ""},
		{hard, true, store.ErrOutputIsDatabase, ""},
		{filepath.Join(dir, "sub", "..", "v.db"), true, store.ErrOutputIsDatabase, ""},
		{db + "-wal", true, store.ErrOutputIsDatabase, "-wal"},
		{db + "-shm", false, store.ErrOutputIsDatabase, "-shm"}, // absent
		{filepath.Join(dir, ".", "v.db-journal"), true, store.ErrOutputIsDatabase, "-journal"},
		{other, false, store.ErrOutputExists, ""},
		{other, true, nil, ""},
		{filepath.Join(dir, "new.md"), false, nil, ""},
		{db + ".bak", false, nil, ""},
	} {
		err := store.CheckOutput(db, tt.dest, tt.overwrite)
		var oe *store.OutputError
		switch {
		case tt.want == nil && err != nil:
			t.Errorf("%s: %v", tt.dest, err)
		case tt.want != nil && (!errors.Is(err, tt.want) || !errors.As(err, &oe) || oe.Path != tt.dest || oe.Suffix != tt.suffix):
			t.Errorf("%s (overwrite %v): %v, want %v (%q)", tt.dest, tt.overwrite, err, tt.want, tt.suffix)
		}
	}
}
