package cli

import (
	"fmt"
	"strconv"
	"strings"

	"vision2030/i18n"
	"vision2030/store"
)

func parseAssess(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("assess")
	partner := fs.String("partner", "", "partner id, short name or part of a name")
	goal := fs.String("goal", "", "goal number or part of its title")
	stage := fs.String("stage", "", "stage 0–4")
	date := fs.String("date", "", "date, YYYY-MM-DD (default today)")
	note := fs.String("note", "", "note")
	entry := fs.Int64("entry", 0, "the entry that is its evidence")
	author := fs.String("author", "", "author")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	if err := require(t, "--partner", *partner, "--goal", *goal, "--stage", *stage); err != nil {
		return nil, err
	}
	n, err := strconv.Atoi(strings.TrimSpace(*stage))
	if err != nil || n < 0 || n > store.MaxStage {
		return nil, UsageError{fmt.Sprintf(t.ErrBadStage, *stage)}
	}
	return func(env *Env) error {
		p, err := env.Store.ResolvePartner(env.Ctx, *partner)
		if err != nil {
			return err
		}
		goals, err := env.Store.Goals(env.Ctx)
		if err != nil {
			return err
		}
		g, err := resolveGoal(env.T, goals, *goal)
		if err != nil {
			return err
		}
		a := store.NewAssessment{PartnerID: p.ID, GoalID: g, Stage: n, Date: strings.TrimSpace(*date), Note: *note,
			Author: env.Author, EntryID: *entry}
		if a.Date == "" {
			a.Date = env.Now().Format(store.DateLayout)
		}
		if *author != "" {
			a.Author = *author
		}
		id, err := env.Store.AddAssessment(env.Ctx, a)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(env.Stdout, id)
		return err
	}, nil
}
