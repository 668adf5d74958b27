package cli

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/i18n"
	"vision2030/store"
)

// restoreCommand is `restore BACKUP`: the database replaced by a checked
// backup, the old file kept beside it. It never opens the database as a
// store: a damaged one is what it is for.
func restoreCommand(a *app) *cobra.Command {
	cmd := a.command("restore", a.oneArg(a.t.ArgBackup), func(cmd *cobra.Command, args []string) error {
		t := a.t
		backup := args[0]
		if strings.TrimSpace(backup) == "" {
			return usagef(t.ErrMissingArg, "restore", t.ArgBackup)
		}
		s, err := a.loadSettings(cmd)
		if err != nil {
			return err
		}
		if s.DB == "" {
			return failure(t.ErrNoDataDir, t.HintGiveDB)
		}
		if _, err := os.Stat(backup); err != nil {
			return failure(fmt.Sprintf(t.ErrReadFile, cleanLine(backup), sysWords(t, err)), t.HintNothingChanged)
		}
		bar := NewProgress(t, a.Stderr, t.ProgressRestore)
		res, err := store.Restore(cmd.Context(), backup, s.DB, store.RestoreOptions{Progress: bar.Update,
			Checking: func() { bar.Note(t.ProgressRestoreCheck) }, Now: a.Now})
		bar.Done()
		if err != nil {
			return a.restoreProblem(err, backup, s.DB)
		}
		if res.Kept == "" {
			_, err = fmt.Fprintf(a.Stdout, t.OutRestoredNew+"\n", cleanLine(s.DB), cleanLine(backup), res.Schema)
		} else {
			_, err = fmt.Fprintf(a.Stdout, t.OutRestoredDB+"\n", cleanLine(s.DB), cleanLine(backup), res.Schema, cleanLine(res.Kept))
		}
		return err
	})
	return cmd
}

// restoreProblem words why a restore was refused.
func (a *app) restoreProblem(err error, backup, db string) error {
	t := a.t
	var re *store.RestoreError
	if !errors.As(err, &re) {
		return err
	}
	backup, db = cleanLine(backup), cleanLine(db)
	switch {
	case errors.Is(re.Err, store.ErrInUse):
		p := &problem{code: exitFailure, msg: t.ErrRestoreInUse.N(len(re.Processes), db), hint: t.HintRestoreInUse}
		for _, pr := range re.Processes {
			cmdline := pr.Command
			if cmdline == "" {
				cmdline = t.UnknownCommand
			}
			p.detail = append(p.detail, "  "+fmt.Sprintf(t.RestoreProcess, strconv.Itoa(pr.PID), cmdline))
		}
		return p
	case errors.Is(re.Err, store.ErrNewerSchema):
		return failure(fmt.Sprintf(t.ErrRestoreNewer, backup, re.Version, re.Known), t.HintUpgrade)
	case errors.Is(re.Err, store.ErrNotDatabase):
		return failure(fmt.Sprintf(t.ErrRestoreNotDB, backup), t.HintNothingChanged)
	case errors.Is(re.Err, store.ErrBackupIsSource):
		return failure(fmt.Sprintf(t.ErrRestoreSame, backup), t.HintNothingChanged)
	case errors.Is(re.Err, store.ErrBackupDamaged):
		p := &problem{code: exitFailure, msg: t.ErrRestoreDamaged.N(len(re.Defects), backup), hint: t.HintRestoreDamaged}
		for i, d := range re.Defects {
			if i == maxCandidates {
				p.detail = append(p.detail, "  "+fmt.Sprintf(t.AndMore, i18n.Count(len(re.Defects)-i)))
				break
			}
			p.detail = append(p.detail, "  "+cleanLine(d.String()))
		}
		return p
	}
	return failure(fmt.Sprintf(t.ErrRestore, db, backup, sysWords(t, re.Err)), t.HintNothingChanged)
}
