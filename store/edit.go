package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Edits. Every change of an editable row writes only the fields its patch
// sets, inside one write transaction that reads the row first. A patch may
// carry the row as the editor loaded it (its base): if the row has changed
// since (its version moved on), a field changed only elsewhere is kept, a
// field changed the same way on both sides is left alone, and a field
// changed differently on both sides is a conflict, reported with both
// values and written nowhere. Partner and goal sets merge by their
// additions and removals and never conflict.

// ErrDeleted is returned when changing a deleted record.
var ErrDeleted = errors.New("deleted")

// Conflict is one field changed both by the editor and, since the editor
// loaded the row, by someone else.
type Conflict struct {
	Field  string // the field's name as the user knows it ("title", "first response")
	Base   any    // the value the editor started from
	Mine   any    // the editor's value
	Theirs any    // the value stored now
}

// ConflictError is returned, and nothing written, when an edit meets
// changes made elsewhere to the same fields. Current is the record as it is
// stored now (an Entry, Partner, Action or Goal); resubmitting the patch with
// Current as its base, minus the fields where the user keeps theirs, writes
// the user's choices.
type ConflictError struct {
	Conflicts []Conflict
	Current   any
	// ChangedAt is when the record was last written (UTC, RFC 3339); ""
	// where the store does not record it (a stage's rubric).
	ChangedAt string
	// ChangedBy is the author whose write was the last (the row's
	// updated_by); "" where it is not recorded: a row last written before
	// schema version 7 or by another program, or a stage. An entry's or an
	// action's author is who added it, not who changed it.
	ChangedBy string
}

// changedAt adds to err, if it is a *ConflictError, when and by whom the
// row id of table was last written.
func changedAt(ctx context.Context, tx *sql.Tx, table string, id any, err error) error {
	var ce *ConflictError
	if errors.As(err, &ce) {
		if e := tx.QueryRowContext(ctx, "SELECT updated_at, updated_by FROM "+table+" WHERE id = ?", id).Scan(&ce.ChangedAt, &ce.ChangedBy); e != nil {
			ce.ChangedAt, ce.ChangedBy = "", ""
		}
	}
	return err
}

func (e *ConflictError) Error() string {
	var names []string
	for _, c := range e.Conflicts {
		names = append(names, c.Field)
	}
	return "changed elsewhere meanwhile: " + strings.Join(names, ", ")
}

// Fields lists the names of the conflicting fields.
func (e *ConflictError) Fields() []string {
	var names []string
	for _, c := range e.Conflicts {
		names = append(names, c.Field)
	}
	return names
}

// DropError is returned, and nothing written, when a change would silently
// discard data: changing an entry's kind away from request while it has
// request dates or "came first". Fields names what would be lost, with the
// stored values.
type DropError struct {
	Fields []Conflict // Field and Theirs (the stored value) are set
}

func (e *DropError) Error() string {
	var names []string
	for _, f := range e.Fields {
		names = append(names, f.Field)
	}
	return "would drop " + strings.Join(names, ", ")
}

// values are a row's editable scalar fields by field name: strings (text
// and dates, "" for NULL), bools and ints.
type values map[string]any

// merge applies mine (the fields the editor changed) to cur, the row as
// stored, given base, the row as the editor loaded it, or nil when the
// editor has not loaded it (the command line). It returns the fields to
// write and the conflicts.
func merge(base, cur, mine values) (values, []Conflict) {
	out := values{}
	var conflicts []Conflict
	names := make([]string, 0, len(mine))
	for f := range mine {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		m, theirs := mine[f], cur[f]
		switch {
		case m == theirs:
			// Already so: nothing to write.
		case base == nil || base[f] == theirs:
			out[f] = m
		default:
			conflicts = append(conflicts, Conflict{Field: f, Base: base[f], Mine: m, Theirs: theirs})
		}
	}
	return out, conflicts
}

// mergeSet applies additions and removals to the ids stored now.
func mergeSet[T comparable](cur, add, remove []T) []T {
	drop := map[T]bool{}
	for _, x := range remove {
		drop[x] = true
	}
	var out []T
	seen := map[T]bool{}
	for _, x := range append(append([]T(nil), cur...), add...) {
		if !drop[x] && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// setDiff returns what want adds to and removes from have.
func setDiff[T comparable](have, want []T) (add, remove []T) {
	in := func(xs []T, x T) bool {
		for _, y := range xs {
			if y == x {
				return true
			}
		}
		return false
	}
	for _, x := range want {
		if !in(have, x) && !in(add, x) {
			add = append(add, x)
		}
	}
	for _, x := range have {
		if !in(want, x) && !in(remove, x) {
			remove = append(remove, x)
		}
	}
	return add, remove
}

// update writes the fields of set to one row of table, the columns named
// by cols (field name → column), moving its version on. Zero values ("", 0)
// of nullable columns are written as NULL. Unless now is "" (a table
// without updated_at), updated_at is set to now and updated_by to by.
func update(ctx context.Context, tx *sql.Tx, table, where string, whereArgs []any, cols map[string]string,
	nullable map[string]bool, set values, now, by string) error {
	names := make([]string, 0, len(set))
	for f := range set {
		names = append(names, f)
	}
	sort.Strings(names)
	var assigns []string
	var args []any
	for _, f := range names {
		col, ok := cols[f]
		if !ok {
			return fmt.Errorf("store: %s has no field %q", table, f)
		}
		assigns = append(assigns, col+" = ?")
		v := set[f]
		if nullable[f] && (v == nil || reflect.ValueOf(v).IsZero()) {
			v = nil // "" and 0 are stored as NULL
		}
		args = append(args, v)
	}
	assigns = append(assigns, "version = version + 1")
	if now != "" {
		assigns = append(assigns, "updated_at = ?", "updated_by = ?")
		args = append(args, now, by)
	}
	_, err := tx.ExecContext(ctx, "UPDATE "+table+" SET "+strings.Join(assigns, ", ")+" WHERE "+where,
		append(args, whereArgs...)...)
	return err
}

// Change is the result of an edit: the record before and after it, and
// whether anything was written.
type Change[T any] struct {
	Before, After T
	Changed       bool
}
