package cli

import (
	"fmt"
	"strconv"

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

func actionListing(t *i18n.Catalogue, as []store.Action) listing {
	l := listing{head: []string{t.ColID, t.ColDue, t.ColWhat, t.ColOwner, t.ColEntry, t.ColDone}, json: actionsJSON(as)}
	for _, a := range as {
		l.rows = append(l.rows, []string{strconv.FormatInt(a.ID, 10), a.Due, a.What, a.Owner,
			"#" + strconv.FormatInt(a.EntryID, 10) + " " + a.EntryTitle, a.Done})
	}
	return l
}

func parseActions(t *i18n.Catalogue, args []string) (Runner, error) {
	if len(args) > 0 {
		switch args[0] {
		case "add":
			return parseActionAdd(t, args[1:])
		case "done", "reopen":
			fs := NewFlags(args[0])
			date := fs.String("date", "", "the day it was done (default today)")
			done, out := args[0] == "done", t.OutActionDone
			if !done {
				out = t.OutActionReopened
			}
			return changeByID(t, "actions "+args[0], fs, args[1:], out,
				map[error]string{store.ErrNotFound: t.ErrActionNotFound},
				func(env *Env, id int64) error {
					d := ""
					if done {
						if d = *date; d == "" {
							d = env.Now().Format(store.DateLayout)
						}
					}
					_, err := env.Store.SetActionDone(env.Ctx, id, d)
					return err
				})
		}
	}
	fs := NewFlags("actions")
	overdue := fs.Bool("overdue", false, "only open actions past their due date")
	all := fs.Bool("all", false, "include actions already done")
	format := fs.String("format", formatTable, "table, csv or json")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	if err := checkFormat(t, *format); err != nil {
		return nil, err
	}
	return func(env *Env) error {
		q := store.ActionQuery{Open: !*all || *overdue}
		if *overdue {
			q.DueBy = env.Now().AddDate(0, 0, -1).Format(store.DateLayout)
		}
		as, _, err := env.Store.Actions(env.Ctx, q)
		if err != nil {
			return err
		}
		return actionListing(env.T, as).write(env.Stdout, *format)
	}, nil
}

func parseActionAdd(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("actions add")
	entry := fs.Int64("entry", 0, "the entry it follows up")
	what := fs.String("what", "", "what is to be done")
	owner := fs.String("owner", "", "who does it")
	due := fs.String("due", "", "due date, YYYY-MM-DD")
	author := fs.String("author", "", "author")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	if *entry < 1 {
		return nil, UsageError{fmt.Sprintf(t.ErrNeedValue, "--entry")}
	}
	if err := require(t, "--what", *what); err != nil {
		return nil, err
	}
	return func(env *Env) error {
		a := store.NewAction{EntryID: *entry, What: *what, Owner: *owner, Due: *due, Author: env.Author}
		if *author != "" {
			a.Author = *author
		}
		id, err := env.Store.AddAction(env.Ctx, a)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(env.Stdout, env.T.OutActionAdded+"\n", id)
		return err
	}, nil
}
