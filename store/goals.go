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
	Title, TitleJA, ShortTitle, ShortTitleJA, Description, DescriptionJA *string
	// DescriptionDraft marks the English description as a draft or not. A
	// patch that writes the English description and leaves this nil clears
	// the mark: the text is now JAW's own.
	DescriptionDraft *bool
	// JAConfirmed marks the Japanese texts as confirmed by JAW or not.
	JAConfirmed *bool
	// Target sets the 2030 target (above 0, at most 1), which is then no
	// longer the default. ResetTarget sets it back to DefaultTarget, marked
	// as the default.
	Target      *float64
	ResetTarget bool
	// Base is the goal as the editor loaded it, or nil. With a base, a
	// field changed both here and elsewhere since is a *ConflictError.
	Base *Goal
	// Force writes the patch over changes made elsewhere.
	Force bool
}

// goalFields maps a goal's editable field names to their columns.
var goalFields = map[string]string{
	"title": "title_en", "japanese title": "title_ja", "short title": "short_title_en",
	"japanese short title": "short_title_ja", "description": "description_en",
	"japanese description": "description_ja", "description draft": "description_draft",
	"japanese confirmed": "ja_confirmed", "target": "target", "target default": "target_default",
}

func (g Goal) values() values {
	return values{"title": g.Title, "japanese title": g.TitleJA, "short title": g.ShortTitle,
		"japanese short title": g.ShortTitleJA, "description": g.Description, "japanese description": g.DescriptionJA,
		"description draft": g.DescriptionDraft, "japanese confirmed": g.JAConfirmed, "target": g.Target,
		"target default": g.TargetDefault}
}

func (p GoalPatch) values() values {
	v := values{}
	for name, f := range map[string]*string{"title": p.Title, "japanese title": p.TitleJA, "short title": p.ShortTitle,
		"japanese short title": p.ShortTitleJA, "description": p.Description, "japanese description": p.DescriptionJA} {
		if f != nil {
			v[name] = *f
		}
	}
	switch {
	case p.DescriptionDraft != nil:
		v["description draft"] = *p.DescriptionDraft
	case p.Description != nil:
		v["description draft"] = false
	}
	if p.JAConfirmed != nil {
		v["japanese confirmed"] = *p.JAConfirmed
	}
	switch {
	case p.ResetTarget:
		v["target"], v["target default"] = DefaultTarget, true
	case p.Target != nil:
		v["target"], v["target default"] = *p.Target, false
	}
	return v
}

// IsZero reports whether p changes nothing.
func (p GoalPatch) IsZero() bool { return len(p.values()) == 0 }

// Without returns p without the named field (a field name of a Conflict),
// for resubmitting after the user kept someone else's value.
func (p GoalPatch) Without(field string) GoalPatch {
	switch field {
	case "title":
		p.Title = nil
	case "japanese title":
		p.TitleJA = nil
	case "short title":
		p.ShortTitle = nil
	case "japanese short title":
		p.ShortTitleJA = nil
	case "description":
		p.Description = nil
	case "japanese description":
		p.DescriptionJA = nil
	case "description draft":
		p.DescriptionDraft = nil
	case "japanese confirmed":
		p.JAConfirmed = nil
	case "target", "target default":
		p.Target, p.ResetTarget = nil, false
	}
	return p
}

func (g Goal) apply(v values) Goal {
	for f, x := range v {
		switch f {
		case "title":
			g.Title = x.(string)
		case "japanese title":
			g.TitleJA = x.(string)
		case "short title":
			g.ShortTitle = x.(string)
		case "japanese short title":
			g.ShortTitleJA = x.(string)
		case "description":
			g.Description = x.(string)
		case "japanese description":
			g.DescriptionJA = x.(string)
		case "description draft":
			g.DescriptionDraft = x.(bool)
		case "japanese confirmed":
			g.JAConfirmed = x.(bool)
		case "target":
			g.Target = x.(float64)
		case "target default":
			g.TargetDefault = x.(bool)
		}
	}
	return g
}

// Diff returns the patch that turns g, as loaded, into want: only the
// fields that differ, with g as its base. A want whose TargetDefault is set
// while g's is not resets the target.
func (g Goal) Diff(want Goal) GoalPatch {
	p := GoalPatch{Base: &g}
	str := func(have, want string) *string {
		if have == want {
			return nil
		}
		return &want
	}
	p.Title, p.TitleJA = str(g.Title, want.Title), str(g.TitleJA, want.TitleJA)
	p.ShortTitle, p.ShortTitleJA = str(g.ShortTitle, want.ShortTitle), str(g.ShortTitleJA, want.ShortTitleJA)
	p.Description, p.DescriptionJA = str(g.Description, want.Description), str(g.DescriptionJA, want.DescriptionJA)
	if want.DescriptionDraft != g.DescriptionDraft || (p.Description != nil && want.DescriptionDraft) {
		d := want.DescriptionDraft
		p.DescriptionDraft = &d
	}
	if want.JAConfirmed != g.JAConfirmed {
		c := want.JAConfirmed
		p.JAConfirmed = &c
	}
	switch {
	case want.TargetDefault && !g.TargetDefault:
		p.ResetTarget = true
	case want.Target != g.Target:
		t := want.Target
		p.Target = &t
	}
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
		var base values
		if p.Base != nil && p.Base.Version != cur.Version && !p.Force {
			base = p.Base.values()
		}
		set, conflicts := merge(base, cur.values(), p.values())
		if len(conflicts) > 0 {
			return &ConflictError{Conflicts: conflicts, Current: cur}
		}
		if len(set) == 0 {
			return nil
		}
		if fe := cur.apply(set).Validate(); fe != nil {
			return fe
		}
		if err := update(ctx, tx, "goals", "id = ?", []any{id}, goalFields, nil, set, s.timestamp()); err != nil {
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
	Name, NameJA, Rubric, RubricJA *string
	// RubricDraft marks the English rubric line as a draft or not. A patch
	// that writes the English rubric and leaves this nil clears the mark.
	RubricDraft *bool
	JAConfirmed *bool
	// Base is the stage as the editor loaded it, or nil.
	Base *Stage
	// Force writes the patch over changes made elsewhere.
	Force bool
}

var stageFields = map[string]string{
	"name": "name_en", "japanese name": "name_ja", "rubric": "rubric_en", "japanese rubric": "rubric_ja",
	"rubric draft": "rubric_draft", "japanese confirmed": "ja_confirmed",
}

func (st Stage) values() values {
	return values{"name": st.Name, "japanese name": st.NameJA, "rubric": st.Rubric, "japanese rubric": st.RubricJA,
		"rubric draft": st.RubricDraft, "japanese confirmed": st.JAConfirmed}
}

func (p StagePatch) values() values {
	v := values{}
	for name, f := range map[string]*string{"name": p.Name, "japanese name": p.NameJA, "rubric": p.Rubric, "japanese rubric": p.RubricJA} {
		if f != nil {
			v[name] = *f
		}
	}
	switch {
	case p.RubricDraft != nil:
		v["rubric draft"] = *p.RubricDraft
	case p.Rubric != nil:
		v["rubric draft"] = false
	}
	if p.JAConfirmed != nil {
		v["japanese confirmed"] = *p.JAConfirmed
	}
	return v
}

// IsZero reports whether p changes nothing.
func (p StagePatch) IsZero() bool { return len(p.values()) == 0 }

// Without returns p without the named field.
func (p StagePatch) Without(field string) StagePatch {
	switch field {
	case "name":
		p.Name = nil
	case "japanese name":
		p.NameJA = nil
	case "rubric":
		p.Rubric = nil
	case "japanese rubric":
		p.RubricJA = nil
	case "rubric draft":
		p.RubricDraft = nil
	case "japanese confirmed":
		p.JAConfirmed = nil
	}
	return p
}

func (st Stage) apply(v values) Stage {
	for f, x := range v {
		switch f {
		case "name":
			st.Name = x.(string)
		case "japanese name":
			st.NameJA = x.(string)
		case "rubric":
			st.Rubric = x.(string)
		case "japanese rubric":
			st.RubricJA = x.(string)
		case "rubric draft":
			st.RubricDraft = x.(bool)
		case "japanese confirmed":
			st.JAConfirmed = x.(bool)
		}
	}
	return st
}

// Diff returns the patch that turns st, as loaded, into want.
func (st Stage) Diff(want Stage) StagePatch {
	p := StagePatch{Base: &st}
	str := func(have, want string) *string {
		if have == want {
			return nil
		}
		return &want
	}
	p.Name, p.NameJA = str(st.Name, want.Name), str(st.NameJA, want.NameJA)
	p.Rubric, p.RubricJA = str(st.Rubric, want.Rubric), str(st.RubricJA, want.RubricJA)
	if want.RubricDraft != st.RubricDraft || (p.Rubric != nil && want.RubricDraft) {
		d := want.RubricDraft
		p.RubricDraft = &d
	}
	if want.JAConfirmed != st.JAConfirmed {
		c := want.JAConfirmed
		p.JAConfirmed = &c
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
		var base values
		if p.Base != nil && p.Base.Version != cur.Version && !p.Force {
			base = p.Base.values()
		}
		set, conflicts := merge(base, cur.values(), p.values())
		if len(conflicts) > 0 {
			return &ConflictError{Conflicts: conflicts, Current: cur}
		}
		if len(set) == 0 {
			return nil
		}
		if fe := cur.apply(set).Validate(); fe != nil {
			return fe
		}
		if err := update(ctx, tx, "stages", "goal_id = ? AND stage = ?", []any{goal, stage}, stageFields, nil, set, ""); err != nil {
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
	for _, m := range []map[string]string{entryFields, partnerFields, actionFields, goalFields, stageFields} {
		for n := range m {
			add(n)
		}
	}
	add("partners", "goals", "author", "stage", "note", "entry", "fiscal year start")
	// The columns of exports and imports.
	add("uid", "id", "partner ids", "partner uids", "created", "updated", "deleted", "entry uid", "entry title",
		"partner", "partner uid", "goal")
	return out
}
