package cli

import (
	"fmt"
	"os"

	"vision2030/i18n"
	"vision2030/store"
)

// Backup is the backup command: a verified, consistent copy of the database
// at dest, taken while others use it, with a progress bar on a terminal.
// An existing dest is refused unless overwrite is set.
func Backup(env *Env, dest string, overwrite bool) error {
	bar := NewProgress(env.T, env.Stderr, env.T.ProgressBackup)
	err := env.Store.Backup(env.Ctx, dest, store.BackupOptions{Overwrite: overwrite, Progress: bar.Update,
		Verifying: func() { bar.Note(env.T.ProgressVerifying) }})
	bar.Done()
	if err != nil {
		return err
	}
	size := "?"
	if info, err := os.Stat(dest); err == nil {
		size = byteSize(info.Size())
	}
	_, err = fmt.Fprintf(env.Stdout, env.T.OutBackedUp+"\n", cleanLine(env.Store.Path()), cleanLine(dest), size)
	return err
}

// byteSize says n bytes the way people read file sizes.
func byteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// parseBackup parses "backup PATH [--overwrite]" for the flag-package
// command line.
func parseBackup(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("backup")
	overwrite := fs.Bool("overwrite", false, "replace an existing file")
	if err := ParseFlags(t, fs, args, 1); err != nil {
		return nil, err
	}
	if fs.NArg() != 1 || fs.Arg(0) == "" {
		return nil, UsageError{fmt.Sprintf(t.ErrNeedPath, "backup")}
	}
	dest := fs.Arg(0)
	return func(env *Env) error { return Backup(env, dest, *overwrite) }, nil
}
