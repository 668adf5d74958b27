package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
)

// Goals and stages are seeded from the source texts and edited by JAW: their
// texts in both languages, the draft and confirmation marks, and the 2030
// target. Edits follow the store's patch rules (edit.go): only the fields a
// patch sets are written, and a base older than the row is checked field by
// field for changes made elsewhere.

// DefaultTarget is the 2030 target a goal has until JAW sets one: every
// tracked partner at the framework stage. It is a setting, not a fact of the
// vision, which names no figure.
const DefaultTarget = 1.0

// GoalPatch is a change to a goal: only the fields it sets are written.
type GoalPatch struct {
	Title         *string `edit:"title,col=title_en"`
	TitleJA       *string `edit:"japanese title,col=title_ja"`
	ShortTitle    *string `edit:"short title,col=short_title_en"`
	ShortTitleJA  *string `edit:"japanese short title,col=short_title_ja"`
	Description   *string `edit:"description,col=description_en"`
	DescriptionJA *string `edit:"japanese description,col=description_ja"`
	// DescriptionDraft marks the English description as a draft or not. A
	// patch that writes the English description and leaves this nil clears
	// the mark: the text is now JAW's own.
	DescriptionDraft *bool `edit:"description draft"`
	// JAConfirmed marks the Japanese texts as confirmed by JAW or not.
	JAConfirmed *bool `edit:"japanese confirmed,col=ja_confirmed"`
	// Target sets the 2030 target (above 0, at most 1), which is then no
	// longer the default. ResetTarget sets it back to DefaultTarget, marked
	// as the default. TargetDefault follows from them: leave it nil.
	Target        *float64 `edit:"target"`
	TargetDefault *bool    `edit:"target default"`
	ResetTarget   bool
	// Base is the goal as the editor loaded it, or nil. With a base, a
	// field changed both here and elsewhere since is a *ConflictError.
	Base *Goal
	// Force writes the patch over changes made elsewhere.
	Force bool
	// By is the author making the change (the author setting), recorded
	// as the row's updated_by. It is no editable field (it has no edit tag).
	By string
}

func (p GoalPatch) values() values {
	v := patchValues[GoalPatch, Goal](p)
	if p.DescriptionDraft == nil && p.Description != nil {
		v["description draft"] = false
	}
	switch {
	case p.ResetTarget:
		v["target"], v["target default"] = DefaultTarget, true
	case p.Target != nil:
		v["target default"] = false
	}
	return v
}

// IsZero reports whether p changes nothing.
func (p GoalPatch) IsZero() bool { return len(p.values()) == 0 }

// Without returns p without the named field (a field name of a Conflict),
// for resubmitting after the user kept someone else's value.
func (p GoalPatch) Without(field string) GoalPatch {
	if field == "target" || field == "target default" {
		p.Target, p.TargetDefault, p.ResetTarget = nil, nil, false
	}
	return patchWithout[GoalPatch, Goal](p, field)
}

// Diff returns the patch that turns g, as loaded, into want: only the
// fields that differ, with g as its base. A want whose TargetDefault is set
// while g's is not resets the target.
func (g Goal) Diff(want Goal) GoalPatch {
	p := GoalPatch{Base: &g}
	rowDiff(&p, g, want)
	if p.Description != nil && want.DescriptionDraft && p.DescriptionDraft == nil {
		d := true // a new description that is still a draft
		p.DescriptionDraft = &d
	}
	if want.TargetDefault && !g.TargetDefault {
		p.ResetTarget, p.Target = true, nil
	}
	p.TargetDefault = nil
	return p
}

// Validate checks the goal's fields.
func (g Goal) Validate() *FieldError {
	for _, c := range []struct {
		field, v string
		limit    int
		required bool
	}{
		{"title", g.Title, MaxTitle, true}, {"japanese title", g.TitleJA, MaxTitle, false},
		{"short title", g.ShortTitle, MaxShort, false}, {"japanese short title", g.ShortTitleJA, MaxShort, false},
		{"description", g.Description, MaxNote, false}, {"japanese description", g.DescriptionJA, MaxNote, false},
	} {
		if fe := CheckText(c.field, c.v, c.limit, c.required); fe != nil {
			return fe
		}
	}
	if !(g.Target > 0 && g.Target <= 1) {
		return &FieldError{Field: "target", Problem: ProblemBadTarget, Value: strconv.FormatFloat(g.Target, 'g', -1, 64)}
	}
	return nil
}

// trimPtrs trims each set one-line field.
func trimPtrs(fs ...**string) {
	for _, f := range fs {
		if *f != nil {
			v := strings.TrimSpace(**f)
			*f = &v
		}
	}
}

// PatchGoal changes goal id as p says, in one transaction that reads the
// goal first, writing only the fields p sets. Titles are trimmed. It
// returns the goal before and after. Errors: ErrNotFound, a *FieldError, a
// *ConflictError; in each case nothing is written.
func (s *Store) PatchGoal(ctx context.Context, id int, p GoalPatch) (Change[Goal], error) {
	trimPtrs(&p.Title, &p.TitleJA, &p.ShortTitle, &p.ShortTitleJA)
	var ch Change[Goal]
	const one = "SELECT " + goalColumns + " FROM goals WHERE id = ?"
	err := s.write(ctx, func(tx *sql.Tx) error {
		cur, err := scanGoal(tx.QueryRowContext(ctx, one, id))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		ch.Before, ch.After = cur, cur
		set, err := mergePatch[GoalPatch](cur, p.Base, p.Force, p.values(), func(g Goal) int64 { return g.Version })
		if err != nil {
			return changedAt(ctx, tx, "goals", id, err)
		}
		if len(set) == 0 {
			return nil
		}
		if fe := rowApply[GoalPatch](cur, set).Validate(); fe != nil {
			return fe
		}
		cols, _ := columns[GoalPatch, Goal]()
		if err := update(ctx, tx, "goals", "id = ?", []any{id}, cols, nil, set, s.timestamp(), p.By); err != nil {
			return err
		}
		ch.Changed = true
		ch.After, err = scanGoal(tx.QueryRowContext(ctx, one, id))
		return err
	})
	return ch, err
}

// StagePatch is a change to one stage of a goal's rubric: only the fields
// it sets are written.
type StagePatch struct {
	Name     *string `edit:"name,col=name_en"`
	NameJA   *string `edit:"japanese name,col=name_ja"`
	Rubric   *string `edit:"rubric,col=rubric_en"`
	RubricJA *string `edit:"japanese rubric,col=rubric_ja"`
	// RubricDraft marks the English rubric line as a draft or not. A patch
	// that writes the English rubric and leaves this nil clears the mark.
	RubricDraft *bool `edit:"rubric draft"`
	JAConfirmed *bool `edit:"japanese confirmed,col=ja_confirmed"`
	// Base is the stage as the editor loaded it, or nil.
	Base *Stage
	// Force writes the patch over changes made elsewhere.
	Force bool
}

func (p StagePatch) values() values {
	v := patchValues[StagePatch, Stage](p)
	if p.RubricDraft == nil && p.Rubric != nil {
		v["rubric draft"] = false
	}
	return v
}

// IsZero reports whether p changes nothing.
func (p StagePatch) IsZero() bool { return len(p.values()) == 0 }

// Without returns p without the named field.
func (p StagePatch) Without(field string) StagePatch {
	return patchWithout[StagePatch, Stage](p, field)
}

// Diff returns the patch that turns st, as loaded, into want.
func (st Stage) Diff(want Stage) StagePatch {
	p := StagePatch{Base: &st}
	rowDiff(&p, st, want)
	if p.Rubric != nil && want.RubricDraft && p.RubricDraft == nil {
		d := true
		p.RubricDraft = &d
	}
	return p
}

// Validate checks the stage's fields.
func (st Stage) Validate() *FieldError {
	for _, c := range []struct {
		field, v string
		limit    int
		required bool
	}{
		{"name", st.Name, MaxShort, true}, {"japanese name", st.NameJA, MaxShort, false},
		{"rubric", st.Rubric, MaxNote, false}, {"japanese rubric", st.RubricJA, MaxNote, false},
	} {
		if fe := CheckText(c.field, c.v, c.limit, c.required); fe != nil {
			return fe
		}
	}
	return nil
}

// stageColumns selects a stage.
const stageColumns = "goal_id, stage, name_en, name_ja, rubric_en, rubric_ja, rubric_draft, ja_confirmed, version"

func scanStage(sc interface{ Scan(...any) error }) (Stage, error) {
	var x Stage
	err := sc.Scan(&x.GoalID, &x.Stage, &x.Name, &x.NameJA, &x.Rubric, &x.RubricJA, &x.RubricDraft, &x.JAConfirmed, &x.Version)
	return x, err
}

// PatchStage changes stage (0–MaxStage) of goal's rubric as p says, in one
// transaction that reads the stage first, writing only the fields p sets.
// Names are trimmed. It returns the stage before and after. Errors:
// ErrNotFound, a *FieldError, a *ConflictError; in each case nothing is
// written.
func (s *Store) PatchStage(ctx context.Context, goal, stage int, p StagePatch) (Change[Stage], error) {
	trimPtrs(&p.Name, &p.NameJA)
	var ch Change[Stage]
	const one = "SELECT " + stageColumns + " FROM stages WHERE goal_id = ? AND stage = ?"
	err := s.write(ctx, func(tx *sql.Tx) error {
		cur, err := scanStage(tx.QueryRowContext(ctx, one, goal, stage))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		ch.Before, ch.After = cur, cur
		set, err := mergePatch[StagePatch](cur, p.Base, p.Force, p.values(), func(st Stage) int64 { return st.Version })
		if err != nil {
			return err
		}
		if len(set) == 0 {
			return nil
		}
		if fe := rowApply[StagePatch](cur, set).Validate(); fe != nil {
			return fe
		}
		cols, _ := columns[StagePatch, Stage]()
		if err := update(ctx, tx, "stages", "goal_id = ? AND stage = ?", []any{goal, stage}, cols, nil, set, "", ""); err != nil {
			return err
		}
		ch.Changed = true
		ch.After, err = scanStage(tx.QueryRowContext(ctx, one, goal, stage))
		return err
	})
	return ch, err
}

// FieldNames returns the name of every field the store names in a
// *FieldError or a Conflict, for catalogues to cover.
func FieldNames() []string {
	seen := map[string]bool{}
	var out []string
	add := func(names ...string) {
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	add(fieldNames[EntryPatch, Entry]()...)
	add(fieldNames[PartnerPatch, Partner]()...)
	add(fieldNames[ActionPatch, Action]()...)
	add(fieldNames[GoalPatch, Goal]()...)
	add(fieldNames[StagePatch, Stage]()...)
	add("partners", "goals", "author", "stage", "note", "entry", "fiscal year start")
	// The columns of exports and imports.
	add("uid", "id", "partner ids", "partner uids", "created", "updated", "deleted", "entry uid", "entry title",
		"partner", "partner uid", "goal")
	return out
}
