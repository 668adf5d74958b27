package store

import (
	"context"
	"database/sql"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// NameKey is the form in which names are compared: Unicode NFKC (a
// full-width "ＵＡＷ" is "UAW", a half-width "ｶﾀｶﾅ" is "カタカナ"), case-folded,
// with runs of white space made one space and the ends trimmed. Names are
// stored as typed; only comparisons use the key.
func NameKey(s string) string {
	return strings.Join(strings.Fields(cases.Fold().String(norm.NFKC.String(s))), " ")
}

// checkName refuses, with a *FieldError (name, ProblemTaken), a partner
// name that another partner has by NameKey: in any country, archived or
// not. Partners are counted in hundreds, so the names are compared here
// rather than kept in a column.
func checkName(ctx context.Context, tx *sql.Tx, p Partner) error {
	key := NameKey(p.Name)
	rows, err := tx.QueryContext(ctx, "SELECT name FROM partners WHERE id <> ?", p.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		if NameKey(name) == key {
			return &FieldError{Field: "name", Problem: ProblemTaken, Value: p.Name}
		}
	}
	return rows.Err()
}
