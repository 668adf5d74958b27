package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/store"
)

// goalsCommand is `goals`: the vision's goals with their targets, and
// `goals edit` / `goals rubric` to change their texts, targets and
// rubrics. The texts in the sources are quoted; the rest are drafts for
// JAW to confirm or replace, and Japanese texts translations until JAW
// confirms them.
func goalsCommand(a *app) *cobra.Command {
	var format *string
	var checkFormat func() error
	cmd := a.command("goals", a.noArgs, func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(); err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			t := env.T
			goals, err := env.Store.Goals(env.Ctx)
			if err != nil {
				return err
			}
			stages, err := env.Store.Stages(env.Ctx)
			if err != nil {
				return err
			}
			l := listing{head: []string{t.ColID, t.ColTitle, t.ColTarget, t.ColNote}, fits: []fit{fitKeep, fitText, fitKeep, fitText}}
			var js []goalJSON
			for _, g := range goals {
				target := fmt.Sprintf("%.0f%%", 100*g.Target)
				if g.TargetDefault {
					target = t.WithAside(target, t.TargetDefault)
				}
				l.rows = append(l.rows, []string{strconv.Itoa(g.ID), g.TitleIn(t.Lang), target,
					t.Note(g.DescriptionNote(t.Lang))})
				j := goalJSON{ID: g.ID, TitleEN: g.Title, TitleJA: g.TitleJA, DescriptionEN: g.Description,
					DescriptionJA: g.DescriptionJA, DescriptionDraft: g.DescriptionDraft, JAConfirmed: g.JAConfirmed,
					Target: g.Target, TargetDefault: g.TargetDefault}
				for _, st := range stages {
					if st.GoalID == g.ID {
						j.Stages = append(j.Stages, stageTextJSON{Stage: st.Stage, NameEN: st.Name, NameJA: st.NameJA,
							RubricEN: st.Rubric, RubricJA: st.RubricJA, RubricDraft: st.RubricDraft})
					}
				}
				js = append(js, j)
			}
			l.json = js
			return l.write(env.Stdout, *format, env.Width)
		})
	})
	format, checkFormat = a.formatFlag(cmd, listFormats)
	cmd.AddCommand(goalEditCommand(a), goalRubricCommand(a))
	return cmd
}

// goalJSON is a goal in both languages, for scripts.
type goalJSON struct {
	ID               int             `json:"id"`
	TitleEN          string          `json:"title_en"`
	TitleJA          string          `json:"title_ja"`
	DescriptionEN    string          `json:"description_en"`
	DescriptionJA    string          `json:"description_ja"`
	DescriptionDraft bool            `json:"description_draft"` // not in the sources: a draft for JAW to confirm
	JAConfirmed      bool            `json:"ja_confirmed"`      // the Japanese texts are JAW's, not a translation
	Target           float64         `json:"target"`
	TargetDefault    bool            `json:"target_default"` // the default setting, not one JAW has set
	Stages           []stageTextJSON `json:"stages"`
}

type stageTextJSON struct {
	Stage       int    `json:"stage"`
	NameEN      string `json:"name_en"`
	NameJA      string `json:"name_ja"`
	RubricEN    string `json:"rubric_en"`
	RubricJA    string `json:"rubric_ja"`
	RubricDraft bool   `json:"rubric_draft"`
}

// textFlags are flags that set text fields: only those given are written.
type textFlags struct {
	cmd    *cobra.Command
	values map[string]*string
}

func newTextFlags(cmd *cobra.Command, names ...string) textFlags {
	f := textFlags{cmd: cmd, values: map[string]*string{}}
	for _, n := range names {
		f.values[n] = cmd.Flags().String(n, "", "")
	}
	return f
}

// get is the value of flag name if it was given, else nil.
func (f textFlags) get(name string) *string {
	if f.cmd.Flags().Changed(name) {
		return f.values[name]
	}
	return nil
}

func (f textFlags) any() bool {
	for n := range f.values {
		if f.cmd.Flags().Changed(n) {
			return true
		}
	}
	return false
}

func goalEditCommand(a *app) *cobra.Command {
	var f textFlags
	var target string
	var defaultTarget, confirmed bool
	cmd := a.command("goals edit", a.oneArg(a.t.ArgGoal), func(cmd *cobra.Command, args []string) error {
		t := a.t
		fs := cmd.Flags()
		if !f.any() && !fs.Changed("target") && !defaultTarget && !fs.Changed("ja-confirmed") {
			return usage(t.ErrNoChange)
		}
		p := store.GoalPatch{Title: f.get("title"), TitleJA: f.get("title-ja"), ShortTitle: f.get("short"),
			ShortTitleJA: f.get("short-ja"), Description: f.get("description"), DescriptionJA: f.get("description-ja"),
			ResetTarget: defaultTarget}
		if fs.Changed("target") {
			pct, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(store.Fold(target)), "%"), 64)
			if err != nil || pct <= 0 || pct > 100 {
				return usagef(t.ErrBadTarget, target)
			}
			v := pct / 100
			p.Target = &v
		}
		if fs.Changed("ja-confirmed") {
			p.JAConfirmed = &confirmed
		}
		return a.run(cmd, func(env *Env) error {
			goals, err := env.Store.Goals(env.Ctx)
			if err != nil {
				return err
			}
			id, err := a.resolveGoal(goals, a.t.ArgGoalName, args[0])
			if err != nil {
				return err
			}
			p.By = env.Author
			if _, err := env.Store.PatchGoal(env.Ctx, id, p); err != nil {
				if errors.Is(err, store.ErrNotFound) {
					return failure(fmt.Sprintf(t.ErrGoalUnknown, t.ArgGoalName, args[0]), t.HintNothingWritten)
				}
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, t.OutGoalUpdated+"\n", id)
			return err
		})
	})
	f = newTextFlags(cmd, "title", "title-ja", "short", "short-ja", "description", "description-ja")
	cmd.Flags().StringVar(&target, "target", "", "")
	cmd.Flags().BoolVar(&defaultTarget, "default-target", false, "")
	cmd.Flags().BoolVar(&confirmed, "ja-confirmed", false, "")
	cmd.ValidArgsFunction = a.goalNumbers()
	return cmd
}

func goalRubricCommand(a *app) *cobra.Command {
	var f textFlags
	var confirmed bool
	cmd := a.command("goals rubric", cobra.ArbitraryArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		if len(args) != 2 {
			return usagef(t.ErrMissingArg, "goals rubric", t.ArgGoalStage)
		}
		stage, err := strconv.Atoi(strings.TrimSpace(store.Fold(args[1])))
		if err != nil || stage < 0 || stage > store.MaxStage {
			return usagef(t.ErrBadStage, args[1])
		}
		if !f.any() && !cmd.Flags().Changed("ja-confirmed") {
			return usage(t.ErrNoChange)
		}
		p := store.StagePatch{Name: f.get("name"), NameJA: f.get("name-ja"), Rubric: f.get("rubric"), RubricJA: f.get("rubric-ja")}
		if cmd.Flags().Changed("ja-confirmed") {
			p.JAConfirmed = &confirmed
		}
		return a.run(cmd, func(env *Env) error {
			goals, err := env.Store.Goals(env.Ctx)
			if err != nil {
				return err
			}
			id, err := a.resolveGoal(goals, a.t.ArgGoalName, args[0])
			if err != nil {
				return err
			}
			if _, err := env.Store.PatchStage(env.Ctx, id, stage, p); err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, t.OutRubricUpdated+"\n", id, stage)
			return err
		})
	})
	f = newTextFlags(cmd, "name", "name-ja", "rubric", "rubric-ja")
	cmd.Flags().BoolVar(&confirmed, "ja-confirmed", false, "")
	cmd.ValidArgsFunction = a.goalNumbers()
	return cmd
}

// settingsCommand is `settings`: what every colleague shares, kept in the
// database; `settings fiscal-year-start [MONTH]` says or sets the month
// the bureau's year starts in.
func settingsCommand(a *app) *cobra.Command {
	cmd := a.command("settings", a.noArgs, func(cmd *cobra.Command, args []string) error {
		return cmd.Help()
	})
	fy := a.command("settings fiscal-year-start", cobra.MaximumNArgs(1), func(cmd *cobra.Command, args []string) error {
		month := 0
		if len(args) == 1 {
			var err error
			if month, err = FiscalYearStartArg(args[0]); err != nil {
				return err
			}
		}
		return a.run(cmd, func(env *Env) error {
			return FiscalYearStart(env.Ctx, env.T, env.Store, env.Stdout, month)
		})
	})
	cmd.AddCommand(fy)
	return cmd
}
