package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// NameKey is the form in which names are compared: Unicode NFKC (a
// full-width "ＵＡＷ" is "UAW", a half-width "ｶﾀｶﾅ" is "カタカナ"), case-folded,
// typographic quotes and dashes made plain (Workers’ is Workers',
// Labour–Management is Labour-Management), with runs of white space made
// one space and the ends trimmed. Names are stored as typed; only
// comparisons use the key.
func NameKey(s string) string {
	return strings.Join(strings.Fields(plainMarks.Replace(cases.Fold().String(norm.NFKC.String(s)))), " ")
}

// plainMarks makes the quotes and dashes that word processors and keyboards
// put in place of ' " and - (’ ʼ ` “ –) the plain ones.
var plainMarks = strings.NewReplacer("‘", "'", "’", "'", "‛", "'", "′", "'", "ʼ", "'", "`", "'",
	"“", `"`, "”", `"`, "‟", `"`, "″", `"`,
	"‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "−", "-")

// checkNames refuses, with a *FieldError (ProblemTaken), a partner's
// name or short name that another partner has, by NameKey, as its name or
// as its short name: names and short names are one space, in any country,
// archived or not, so that what a person types names one partner. Only
// the name if name is set, and the short name if short is set, are
// checked: a name taken before the rule stays as it is until it changes.
// Partners are counted in hundreds, so the names are compared here rather
// than kept in a column.
func checkNames(ctx context.Context, tx *sql.Tx, p Partner, name, short bool) error {
	nameKey, shortKey := NameKey(p.Name), NameKey(p.ShortName)
	if !name {
		nameKey = ""
	}
	if !short {
		shortKey = ""
	}
	if nameKey == "" && shortKey == "" {
		return nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, name, short_name, archived FROM partners WHERE id <> ?", p.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var other, otherShort string
		var archived bool
		if err := rows.Scan(&id, &other, &otherShort, &archived); err != nil {
			return err
		}
		keys := []string{NameKey(other), NameKey(otherShort)}
		holder := &Holder{ID: id, Name: other, ShortName: otherShort, Archived: archived}
		switch {
		case nameKey != "" && slices.Contains(keys, nameKey):
			return &FieldError{Field: "name", Problem: ProblemTaken, Value: p.Name, Holder: holder}
		case shortKey != "" && slices.Contains(keys, shortKey):
			return &FieldError{Field: "short name", Problem: ProblemTaken, Value: p.ShortName, Holder: holder}
		}
	}
	return rows.Err()
}
