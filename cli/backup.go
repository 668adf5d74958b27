package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

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

// backupCommand is `backup PATH [--overwrite]`.
func backupCommand(a *app) *cobra.Command {
	var overwrite bool
	cmd := a.command("backup", a.oneArg(a.t.ArgPath), func(cmd *cobra.Command, args []string) error {
		if strings.TrimSpace(args[0]) == "" {
			return usage(fmt.Sprintf(a.t.ErrMissingArg, "backup", a.t.ArgPath))
		}
		return a.runExisting(cmd, func(env *Env) error { return Backup(env, args[0], overwrite) })
	})
	cmd.Flags().BoolVar(&overwrite, "overwrite", false, "")
	return cmd
}
