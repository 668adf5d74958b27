package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"vision2030/i18n"
	"vision2030/store"
)

// Settings every colleague shares live in the database. The command line
// (`vision2030 settings fiscal-year-start [MONTH]`) is declared with the
// other commands; these are its argument check and its body.

// FiscalYearStartArg reads the month argument of `settings
// fiscal-year-start`: 1–12, in ordinary or full-width digits. A bad one is a
// *store.FieldError (ProblemBadMonth), to be reported as a usage error
// before the database is opened.
func FiscalYearStartArg(arg string) (int, error) {
	s := strings.TrimSpace(store.Fold(arg))
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 12 {
		return 0, &store.FieldError{Field: "fiscal year start", Problem: store.ProblemBadMonth, Value: arg}
	}
	return n, nil
}

// FiscalYearStart is the body of `settings fiscal-year-start [MONTH]`: with
// month 0 it says when the bureau's year starts; otherwise it sets that
// month for every colleague first (setting the month it already is, is not
// an error). Either way it writes the start and the current year's days to
// w, in t's words.
func FiscalYearStart(ctx context.Context, t *i18n.Catalogue, st *store.Store, w io.Writer, month int) error {
	if month != 0 {
		if err := st.SetFiscalYearStart(ctx, month); err != nil && !errors.Is(err, store.ErrUnchanged) {
			return err
		}
	}
	fy, err := st.FiscalYear(ctx)
	if err != nil {
		return err
	}
	y := fy.Year(st.Now())
	first, last := fy.Bounds(y)
	if _, err := fmt.Fprintf(w, t.FiscalYearStarts+"\n", t.Month(fy.Start)); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, t.FiscalYearExample+"\n", t.YearLabel(fy, y), first.Format(store.DateLayout), last.Format(store.DateLayout))
	return err
}
