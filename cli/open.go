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

// openStore opens the database the settings name, creating, migrating and
// seeding a new one. A file in a directory that does not exist is refused
// before SQLite is asked (it would say "unable to open database file"); the
// default directory is created.
func (a *app) openStore(ctx context.Context, s *config.Settings) (*store.Store, error) {
	if a.st != nil {
		return a.st, nil
	}
	t := a.t
	path := s.DB
	if path == "" {
		return nil, failure(t.ErrNoDataDir, t.HintGiveDB)
	}
	dir := filepath.Dir(path)
	if s.Origins[config.DB].Source == config.FromDefault {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, failure(fmt.Sprintf(t.ErrMakeDir, dir, sysWords(t, err)), t.HintGiveDB)
		}
	}
	info, err := os.Stat(dir)
	switch {
	// A database path in no directory is an invalid value (exit 2).
	case errors.Is(err, fs.ErrNotExist):
		return nil, &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrNoDir, dir), hint: fmt.Sprintf(t.HintMakeDir, dir)}
	case err == nil && !info.IsDir():
		return nil, &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrNotDir, dir), hint: t.HintGiveDB}
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrDBIsDir, path), hint: t.HintGiveDB}
	}
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
