package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"vision2030/i18n"
	"vision2030/store"
)

// Check is the check command: it prints one line per problem found in the
// database and fails if there is any. With repair, it rebuilds the search
// index and derived data when a problem was found, checks again, and fails
// only if problems remain.
func Check(env *Env, repair bool) error {
	st := env.Store
	defects, err := st.Check(env.Ctx)
	if err != nil {
		return err
	}
	if len(defects) == 0 {
		_, err := fmt.Fprintf(env.Stdout, env.T.OutCheckOK+"\n", cleanLine(st.Path()))
		return err
	}
	if err := printDefects(env, defects); err != nil {
		return err
	}
	if !repair {
		return &checkFailed{path: st.Path(), defects: defects}
	}
	if err := st.Repair(env.Ctx); err != nil {
		return err
	}
	remain, err := st.Check(env.Ctx)
	if err != nil {
		return err
	}
	if len(remain) == 0 {
		_, err := fmt.Fprintf(env.Stdout, env.T.OutCheckRepaired+"\n", cleanLine(st.Path()))
		return err
	}
	if err := printDefects(env, remain); err != nil {
		return err
	}
	return &checkFailed{path: st.Path(), defects: remain, repaired: true}
}

func printDefects(env *Env, defects []store.Defect) error {
	for _, d := range defects {
		kind := env.T.DefectKinds[d.Kind]
		if kind == "" {
			kind = string(d.Kind)
		}
		detail := cleanLine(d.Detail) // SQLite's words
		if f, ok := env.T.DefectReasons[d.Reason]; ok {
			switch d.Reason {
			case store.ReasonInconsistent:
				detail = f.Other
			case store.ReasonMissingRow, store.ReasonMissingRefs:
				detail = f.N(int(d.N), cleanLine(d.Other))
			default:
				detail = f.N(int(d.N))
			}
		}
		var err error
		if d.Table == "" {
			_, err = fmt.Fprintf(env.Stdout, env.T.OutCheckLineNoTable+"\n", kind, detail)
		} else {
			_, err = fmt.Fprintf(env.Stdout, env.T.OutCheckLine+"\n", kind, cleanLine(d.Table), detail)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// checkFailed is check's failure: problems were found (or remain after the
// repair). Describe words it, with what to do next.
type checkFailed struct {
	path     string
	defects  []store.Defect
	repaired bool
}

func (e *checkFailed) Error() string { return fmt.Sprintf("%s: %d problems", e.path, len(e.defects)) }

func (e *checkFailed) describe(t *i18n.Catalogue) string {
	n := len(e.defects)
	msg := t.ErrCheckFound.N(n, cleanLine(e.path))
	if e.repaired {
		msg = t.ErrCheckRemain.N(n, cleanLine(e.path))
	}
	repairable, damage := false, false
	for _, d := range e.defects {
		repairable = repairable || d.Repairable()
		damage = damage || d.Kind == store.DefectDamage
	}
	if repairable && !e.repaired {
		msg += "\n" + t.CheckHintRepair
	}
	if damage || e.repaired {
		msg += "\n" + t.CheckHintRestore
	}
	return msg
}

// checkCommand is `check [--repair]`.
func checkCommand(a *app) *cobra.Command {
	var repair bool
	cmd := a.command("check", a.noArgs, func(cmd *cobra.Command, args []string) error {
		return a.runExisting(cmd, func(env *Env) error { return Check(env, repair) })
	})
	cmd.Flags().BoolVar(&repair, "repair", false, "")
	return cmd
}
