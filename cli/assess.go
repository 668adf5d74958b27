package cli

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/render"
	"vision2030/store"
)

// assessCommand is `assess`: record a partner's stage on a goal. With
// --partner or --goal repeated, it records one assessment per pair, all in
// one transaction.
func assessCommand(a *app) *cobra.Command {
	var partners, goalArgs []string
	var stage, date, note, entry, undo string
	cmd := a.command("assess", a.noArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		if cmd.Flags().Changed("undo") {
			return a.undoAssessment(cmd, undo)
		}
		for _, partner := range partners {
			if strings.TrimSpace(partner) == "" {
				return usage(t.ErrPartnerEmpty)
			}
		}
		for _, goal := range goalArgs {
			if strings.TrimSpace(goal) == "" {
				return usage(t.ErrGoalEmpty)
			}
		}
		n, err := strconv.Atoi(strings.TrimSpace(stage))
		if err != nil || n < 0 || n > store.MaxStage {
			return usagef(t.ErrBadStage, stage)
		}
		day := a.isoDate(date, false)
		if day == "" {
			day = a.Now().Format(store.DateLayout)
		}
		if fe := store.CheckDate("date", day, a.Now(), true, false); fe != nil {
			return fe
		}
		if fe := store.CheckText("note", note, store.MaxNote, false); fe != nil {
			return fe
		}
		var evidence int64
		if cmd.Flags().Changed("entry") {
			if evidence, err = a.parseID(entry, t.ArgEntryID); err != nil {
				return err
			}
		}
		return a.run(cmd, func(env *Env) error {
			author, err := env.writer()
			if err != nil {
				return err
			}
			goals, err := env.Store.Goals(env.Ctx)
			if err != nil {
				return err
			}
			var gs []int
			for _, goal := range goalArgs {
				g, err := a.resolveGoal(goals, "--goal", goal)
				if err != nil {
					return err
				}
				if !slices.Contains(gs, g) { // "1" and "labour rights" are one goal
					gs = append(gs, g)
				}
			}
			if evidence != 0 {
				if err := a.liveEntry(env, evidence); err != nil {
					return err
				}
			}
			// One assessment for each distinct partner and goal: a partner
			// named twice (UAW, 2) is assessed once.
			var as []store.NewAssessment
			var ps []int64
			for _, partner := range partners {
				p, err := linkPartner(env, partner, nil)
				if err != nil {
					return err
				}
				if slices.Contains(ps, p.ID) {
					continue
				}
				ps = append(ps, p.ID)
				for _, g := range gs {
					as = append(as, store.NewAssessment{PartnerID: p.ID, GoalID: g, Stage: n,
						Date: day, Note: note, Author: author, EntryID: evidence})
				}
			}
			ids, err := env.Store.AddAssessments(env.Ctx, as)
			if err != nil {
				return err
			}
			for _, id := range ids {
				if _, err := fmt.Fprintln(env.Stdout, id); err != nil {
					return err
				}
			}
			return nil
		})
	})
	fs := cmd.Flags()
	fs.StringArrayVar(&partners, "partner", nil, "")
	fs.StringArrayVar(&goalArgs, "goal", nil, "")
	fs.StringVar(&stage, "stage", "", "")
	fs.StringVar(&date, "date", "", "")
	fs.StringVar(&note, "note", "", "")
	fs.StringVar(&entry, "entry", "", "")
	fs.StringVar(&undo, "undo", "", "")
	required(cmd, "partner", "goal", "stage")
	cmd.Annotations["alone"] = "undo"
	a.completeFlag(cmd, "partner", a.partnerNames(true, false))
	a.completeFlag(cmd, "goal", a.goalNumbers())
	a.completeFlag(cmd, "stage", a.fixed([]string{"0", "1", "2", "3", "4"}))
	return cmd
}

// undoAssessment is `assess --undo ID`: the assessment is removed (one
// recorded by mistake), and what it said is printed.
func (a *app) undoAssessment(cmd *cobra.Command, arg string) error {
	t := a.t
	id, err := a.parseID(arg, t.ArgAssessmentID)
	if err != nil {
		return err
	}
	return a.run(cmd, func(env *Env) error {
		was, err := env.Store.DeleteAssessment(env.Ctx, id, nil, false)
		if errors.Is(err, store.ErrNotFound) {
			return failure(fmt.Sprintf(t.ErrAssessmentNotFound, id), t.HintListAssessments)
		}
		if err != nil {
			return err
		}
		label := strconv.FormatInt(was.PartnerID, 10)
		if p, err := env.Store.Partner(env.Ctx, was.PartnerID); err == nil {
			label = render.Line(p.Label())
		}
		_, err = fmt.Fprintln(env.Stdout, fmt.Sprintf(t.OutAssessmentUndone, id, was.Stage, was.GoalID, label))
		return err
	})
}
