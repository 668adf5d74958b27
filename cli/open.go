package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"vision2030/config"
	"vision2030/seed"
	"vision2030/store"
)

// openStore opens the database the settings name (checkDBPath), creating,
// migrating and seeding a new one.
func (a *app) openStore(ctx context.Context, s *config.Settings) (*store.Store, error) {
	if a.st != nil {
		return a.st, nil
	}
	path := s.DB
	if err := a.checkDBPath(s); err != nil {
		return nil, err
	}
	t := a.t
	st, err := store.Open(ctx, path, store.WithProgress(OpenProgress(t, a.Stderr)))
	if err != nil {
		return nil, err
	}
	if _, err := seed.Apply(ctx, st); err != nil {
		st.Close()
		return nil, failure(fmt.Sprintf(t.ErrSeed, path, err), t.HintNothingWritten)
	}
	a.st = st
	return st, nil
}

// checkDBPath refuses the database path the settings name before SQLite is
// asked (it would say "unable to open database file"): none, one in a
// directory that does not exist, or one that is a directory. The default
// directory is created.
func (a *app) checkDBPath(s *config.Settings) error {
	t := a.t
	path := s.DB
	if path == "" {
		return failure(t.ErrNoDataDir, t.HintGiveDB)
	}
	dir := filepath.Dir(path)
	if s.Origins[config.DB].Source == config.FromDefault {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return failure(fmt.Sprintf(t.ErrMakeDir, dir, sysWords(t, err)), t.HintGiveDB)
		}
	}
	info, err := os.Stat(dir)
	switch {
	// A database path in no directory is an invalid value (exit 2).
	case errors.Is(err, fs.ErrNotExist):
		return &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrNoDir, dir), hint: fmt.Sprintf(t.HintMakeDir, dir)}
	case err == nil && !info.IsDir():
		return &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrNotDir, dir), hint: t.HintGiveDB}
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrDBIsDir, path), hint: t.HintGiveDB}
	}
	return nil
}
