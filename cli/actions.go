package cli

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"vision2030/i18n"
	"vision2030/store"
)

// actionJSON is the stable JSON shape of an action.
type actionJSON struct {
	ID         int64  `json:"id"`
	EntryID    int64  `json:"entry_id"`
	EntryTitle string `json:"entry_title"`
	What       string `json:"what"`
	Owner      string `json:"owner"`
	Due        string `json:"due,omitempty"`
	Done       string `json:"done,omitempty"`
	Author     string `json:"author"`
	CreatedAt  string `json:"created_at"`
}

func actionsJSON(as []store.Action) []actionJSON {
	out := []actionJSON{}
	for _, a := range as {
		out = append(out, actionJSON{a.ID, a.EntryID, a.EntryTitle, a.What, a.Owner, a.Due, a.Done, a.Author, a.CreatedAt})
	}
	return out
}

func actionListing(t *i18n.Catalogue, as []store.Action, format string) listing {
	t, _ = readers(t, format)
	l := listing{head: []string{t.ColID, t.ColDue, t.ColWhat, t.ColOwner, t.ColEntry, t.ColDone}, json: actionsJSON(as),
		fits: []fit{fitKeep, fitKeep, fitText, fitShort, fitText, fitKeep}}
	for _, a := range as {
		l.rows = append(l.rows, []string{strconv.FormatInt(a.ID, 10), a.Due, a.What, a.Owner,
			"#" + strconv.FormatInt(a.EntryID, 10) + " " + a.EntryTitle, a.Done})
	}
	return l
}

// actionsCommand is `actions`: list, add, and mark done or open again the
// follow-ups of entries.
func actionsCommand(a *app) *cobra.Command {
	var overdue, all bool
	var format *string
	var checkFormat func() error
	cmd := a.command("actions", a.noArgs, func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(); err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			q := store.ActionQuery{Open: !all || overdue}
			if overdue {
				q.DueBy = env.Now().AddDate(0, 0, -1).Format(store.DateLayout)
			}
			as, _, err := env.Store.Actions(env.Ctx, q)
			if err != nil {
				return err
			}
			return actionListing(env.T, as, *format).write(env.Stdout, *format, env.Width)
		})
	})
	cmd.Flags().BoolVar(&overdue, "overdue", false, "")
	cmd.Flags().BoolVar(&all, "all", false, "")
	format, checkFormat = a.formatFlag(cmd, listFormats)
	cmd.AddCommand(actionAddCommand(a), actionEditCommand(a), actionDoneCommand(a), actionReopenCommand(a),
		actionDeleteCommand(a))
	return cmd
}

// actionErrors words the store's errors about action id.
func (a *app) actionErrors(err error, id int64) error {
	t := a.t
	switch {
	case errors.Is(err, store.ErrNotFound):
		return failure(fmt.Sprintf(t.ErrActionNotFound, id), t.HintListActions)
	case errors.Is(err, store.ErrAlreadyOpen):
		return failure(fmt.Sprintf(t.ErrActionAlreadyOpen, id), t.HintNothingChanged)
	case errors.Is(err, store.ErrAlreadyDone):
		return failure(fmt.Sprintf(t.ErrActionAlreadyDone, id), t.HintNothingChanged)
	case errors.Is(err, store.ErrDeleted), errors.Is(err, store.ErrUnchanged):
		return failure(fmt.Sprintf(t.ErrActionNotFound, id), t.HintListActions)
	}
	return err
}

// actionEditCommand is `actions edit ID`: only the fields given are
// written, over whatever is stored now.
func actionEditCommand(a *app) *cobra.Command {
	var what, owner, due, done string
	cmd := a.command("actions edit", a.oneArg(a.t.ArgActionID), func(cmd *cobra.Command, args []string) error {
		t := a.t
		id, err := a.parseID(args[0], t.ArgActionID)
		if err != nil {
			return err
		}
		var p store.ActionPatch
		set := func(flag string, v *string, check func(string) *store.FieldError) error {
			if !cmd.Flags().Changed(flag) {
				return nil
			}
			if fe := check(*v); fe != nil {
				return fe
			}
			switch flag {
			case "what":
				p.What = v
			case "owner":
				p.Owner = v
			case "due":
				p.Due = v
			case "done":
				p.Done = v
			}
			return nil
		}
		due, done = a.isoDate(due, true), a.isoDate(done, false)
		for _, f := range []error{
			set("what", &what, func(v string) *store.FieldError { return store.CheckText("what", v, store.MaxTitle, true) }),
			set("owner", &owner, func(v string) *store.FieldError { return store.CheckText("owner", v, store.MaxShort, false) }),
			set("due", &due, func(v string) *store.FieldError { return store.CheckDate("due", v, a.Now(), false, true) }),
			set("done", &done, func(v string) *store.FieldError { return store.CheckDate("done", v, a.Now(), false, false) }),
		} {
			if f != nil {
				return f
			}
		}
		if p.What == nil && p.Owner == nil && p.Due == nil && p.Done == nil {
			return usage(t.ErrNoChange)
		}
		return a.run(cmd, func(env *Env) error {
			p.By = env.Author
			if _, err := env.Store.PatchAction(env.Ctx, id, p); err != nil {
				return a.actionErrors(err, id)
			}
			_, err := fmt.Fprintf(env.Stdout, t.OutActionUpdated+"\n", id)
			return err
		})
	})
	cmd.Flags().StringVar(&what, "what", "", "")
	cmd.Flags().StringVar(&owner, "owner", "", "")
	cmd.Flags().StringVar(&due, "due", "", "")
	cmd.Flags().StringVar(&done, "done", "", "")
	return cmd
}

func actionDeleteCommand(a *app) *cobra.Command {
	return a.changeCommand("actions delete", a.t.ArgActionID, a.t.OutActionDeleted, a.actionErrors,
		func(env *Env, id int64) error { return env.Store.DeleteAction(env.Ctx, id) })
}

func actionAddCommand(a *app) *cobra.Command {
	var entry, what, owner, due string
	cmd := a.command("actions add", a.noArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		id, err := a.parseID(entry, t.ArgEntryID)
		if err != nil {
			return err
		}
		for _, x := range []struct {
			field, value string
			limit        int
			required     bool
		}{{"what", what, store.MaxTitle, true}, {"owner", owner, store.MaxShort, false}} {
			if fe := store.CheckText(x.field, x.value, x.limit, x.required); fe != nil {
				return fe
			}
		}
		due = a.isoDate(due, true)
		if fe := store.CheckDate("due", due, a.Now(), false, true); fe != nil {
			return fe
		}
		return a.run(cmd, func(env *Env) error {
			author, err := env.writer()
			if err != nil {
				return err
			}
			if err := a.liveEntry(env, id); err != nil {
				return err
			}
			n, err := env.Store.AddAction(env.Ctx, store.NewAction{EntryID: id, What: what, Owner: owner,
				Due: due, Author: author})
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, t.OutActionAdded+"\n", n)
			return err
		})
	})
	cmd.Flags().StringVar(&entry, "entry", "", "")
	cmd.Flags().StringVar(&what, "what", "", "")
	cmd.Flags().StringVar(&owner, "owner", "", "")
	cmd.Flags().StringVar(&due, "due", "", "")
	required(cmd, "entry", "what")
	return cmd
}

// liveEntry refuses an entry that does not exist or is deleted, saying
// which and how to restore it.
func (a *app) liveEntry(env *Env, id int64) error {
	e, err := env.Store.Entry(env.Ctx, id)
	if err != nil {
		return a.entryErrors()(err, id)
	}
	if e.DeletedAt != "" {
		return failure(fmt.Sprintf(a.t.ErrEntryDeleted, id), fmt.Sprintf(a.t.HintRestoreEntry, id))
	}
	return nil
}

func actionDoneCommand(a *app) *cobra.Command {
	var date string
	cmd := a.command("actions done", a.oneArg(a.t.ArgActionID), func(cmd *cobra.Command, args []string) error {
		id, err := a.parseID(args[0], a.t.ArgActionID)
		if err != nil {
			return err
		}
		day := a.isoDate(date, false)
		if day == "" {
			day = a.Now().Format(store.DateLayout)
		}
		if fe := store.CheckDate("done", day, a.Now(), true, false); fe != nil {
			return fe
		}
		return a.run(cmd, func(env *Env) error {
			if _, err := env.Store.SetActionDone(env.Ctx, id, day); err != nil {
				return a.actionErrors(err, id)
			}
			_, err := fmt.Fprintf(env.Stdout, env.T.OutActionDone+"\n", id)
			return err
		})
	})
	cmd.Flags().StringVar(&date, "date", "", "")
	return cmd
}

func actionReopenCommand(a *app) *cobra.Command {
	return a.changeCommand("actions reopen", a.t.ArgActionID, a.t.OutActionReopened, a.actionErrors,
		func(env *Env, id int64) error { return env.Store.ReopenAction(env.Ctx, id) })
}
