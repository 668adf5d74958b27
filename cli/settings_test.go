package cli

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vision2030/i18n"
	"vision2030/store"
)

func TestFiscalYearStart(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		arg  string
		want int
	}{{"4", 4}, {" 12 ", 12}, {"４", 4}, {"１", 1}, {"0", 0}, {"13", 0}, {"April", 0}, {"", 0}} {
		n, err := FiscalYearStartArg(tt.arg)
		var fe *store.FieldError
		if n != tt.want || (tt.want == 0) != errors.As(err, &fe) {
			t.Errorf("FiscalYearStartArg(%q) = %d, %v; want %d", tt.arg, n, err, tt.want)
		}
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.Now = func() time.Time { return time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC) }
	run := func(c *i18n.Catalogue, month int) string {
		t.Helper()
		var b strings.Builder
		if err := FiscalYearStart(ctx, c, st, &b, month); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if got := run(i18n.English, 0); got != "The fiscal year starts in January.\n2026 runs from 2026-01-01 to 2026-12-31.\n" {
		t.Errorf("default: %q", got)
	}
	if got := run(i18n.English, 4); got != "The fiscal year starts in April.\nFY2025 runs from 2025-04-01 to 2026-03-31.\n" {
		t.Errorf("April: %q", got)
	}
	if got := run(i18n.Japanese, 4); got != "年度は4月に始まります。\n2025年度は2025-04-01から2026-03-31までです。\n" {
		t.Errorf("April again, in Japanese: %q", got)
	}
}
