package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"vision2030/store"
)

func TestFiscalYearQuarters(t *testing.T) {
	t.Parallel()
	tests := []struct {
		start       time.Month
		in          string
		year, q     int
		end, token  string
		first, last string // of the fiscal year
	}{
		// Calendar years: the default, also for an unset or bad month.
		{time.January, "2025-01-01", 2025, 1, "2025-03-31", "2025Q1", "2025-01-01", "2025-12-31"},
		{time.January, "2025-03-31", 2025, 1, "2025-03-31", "2025Q1", "2025-01-01", "2025-12-31"},
		{time.January, "2025-04-01", 2025, 2, "2025-06-30", "2025Q2", "2025-01-01", "2025-12-31"},
		{time.January, "2024-08-15", 2024, 3, "2024-09-30", "2024Q3", "2024-01-01", "2024-12-31"},
		{time.January, "2026-12-31", 2026, 4, "2026-12-31", "2026Q4", "2026-01-01", "2026-12-31"},
		{0, "2026-12-31", 2026, 4, "2026-12-31", "2026Q4", "2026-01-01", "2026-12-31"},
		{13, "2026-02-01", 2026, 1, "2026-03-31", "2026Q1", "2026-01-01", "2026-12-31"},
		// From April, as 年度 count: 2025年度 is April 2025 to March 2026.
		{time.April, "2025-04-01", 2025, 1, "2025-06-30", "FY2025Q1", "2025-04-01", "2026-03-31"},
		{time.April, "2025-12-31", 2025, 3, "2025-12-31", "FY2025Q3", "2025-04-01", "2026-03-31"},
		{time.April, "2026-01-01", 2025, 4, "2026-03-31", "FY2025Q4", "2025-04-01", "2026-03-31"},
		{time.April, "2026-03-31", 2025, 4, "2026-03-31", "FY2025Q4", "2025-04-01", "2026-03-31"},
		{time.April, "2024-02-29", 2023, 4, "2024-03-31", "FY2023Q4", "2023-04-01", "2024-03-31"},
		// From October: the quarter that crosses New Year.
		{time.October, "2025-11-30", 2025, 1, "2025-12-31", "FY2025Q1", "2025-10-01", "2026-09-30"},
		{time.October, "2026-02-28", 2025, 2, "2026-03-31", "FY2025Q2", "2025-10-01", "2026-09-30"},
		{time.October, "2026-09-30", 2025, 4, "2026-09-30", "FY2025Q4", "2025-10-01", "2026-09-30"},
		// From December: eleven months of it in the next calendar year.
		{time.December, "2025-12-01", 2025, 1, "2026-02-28", "FY2025Q1", "2025-12-01", "2026-11-30"},
		{time.December, "2028-02-29", 2027, 1, "2028-02-29", "FY2027Q1", "2027-12-01", "2028-11-30"},
		{time.December, "2025-11-30", 2024, 4, "2025-11-30", "FY2024Q4", "2024-12-01", "2025-11-30"},
	}
	for _, tt := range tests {
		fy := store.FiscalYear{Start: tt.start}
		d := day(tt.in)
		y, q, end := fy.Quarter(d)
		token := fy.QuarterToken(y, q)
		if y != tt.year || q != tt.q || end.Format(store.DateLayout) != tt.end || token != tt.token || fy.Year(d) != tt.year {
			t.Errorf("start %d, %s: FY%d Q%d to %s %q, want FY%d Q%d to %s %q", tt.start, tt.in, y, q,
				end.Format(store.DateLayout), token, tt.year, tt.q, tt.end, tt.token)
		}
		first, last := fy.Bounds(tt.year)
		if first.Format(store.DateLayout) != tt.first || last.Format(store.DateLayout) != tt.last {
			t.Errorf("start %d: FY%d runs %s to %s, want %s to %s", tt.start, tt.year, first.Format(store.DateLayout),
				last.Format(store.DateLayout), tt.first, tt.last)
		}
		if py, pq, fiscal, ok := store.ParseQuarterToken(token); !ok || py != y || pq != q || fiscal == fy.IsCalendar() {
			t.Errorf("ParseQuarterToken(%q) = %d %d %v %v", token, py, pq, fiscal, ok)
		}
	}
	for _, bad := range []string{"", "2025", "2025Q5", "FY25Q1", "FYQ1", "2025Q0", "xFY2025Q1"} {
		if _, _, _, ok := store.ParseQuarterToken(bad); ok {
			t.Errorf("ParseQuarterToken(%q) accepted", bad)
		}
	}
}

func TestFiscalYearSetting(t *testing.T) {
	t.Parallel()
	st := open(t)
	ctx := context.Background()
	if fy, err := st.FiscalYear(ctx); err != nil || fy.Start != time.January || !fy.IsCalendar() {
		t.Errorf("default: %+v %v", fy, err)
	}
	if err := st.SetFiscalYearStart(ctx, 1); !errors.Is(err, store.ErrUnchanged) {
		t.Errorf("January on a new database: %v, want ErrUnchanged", err)
	}
	for _, bad := range []int{0, 13, -4} {
		var fe *store.FieldError
		if err := st.SetFiscalYearStart(ctx, bad); !errors.As(err, &fe) || fe.Problem != store.ProblemBadMonth || fe.Field != "fiscal year start" {
			t.Errorf("month %d: %v", bad, err)
		}
	}
	rev, _ := st.Revision(ctx)
	if err := st.SetFiscalYearStart(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if fy, _ := st.FiscalYear(ctx); fy.Start != time.April {
		t.Errorf("after setting April: %+v", fy)
	}
	if rev2, _ := st.Revision(ctx); rev2 == rev {
		t.Error("revision did not move: other colleagues' screens would not reload")
	}
	if err := st.SetFiscalYearStart(ctx, 4); !errors.Is(err, store.ErrUnchanged) {
		t.Errorf("April again: %v", err)
	}
	if v, _ := st.Setting(ctx, "fiscal_year_start"); v != "4" {
		t.Errorf("stored %q", v)
	}
}

// TestFiscalQuartersAndYears: with the year starting in April, the goal
// history is by fiscal quarter and requests are counted by fiscal year.
func TestFiscalQuartersAndYears(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	uaw := resolve(t, st, "UAW")
	assess(t, st, [4]any{int(uaw), 1, 3, "2025-02-10"}, [4]any{int(uaw), 1, 4, "2025-05-01"})
	for _, d := range []string{"2025-03-20", "2025-04-02", "2026-03-31"} {
		if _, err := st.AddEntry(ctx, store.NewEntry{Date: d, Kind: store.KindRequest, Title: "Request " + d,
			PartnerIDs: []int64{uaw}, GoalIDs: []int{1}, Opened: d}); err != nil {
			t.Fatal(err)
		}
	}
	quarters := func() []string {
		d, err := st.Dashboard(ctx, day("2025-07-15"))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range d.Goals[0].History {
			out = append(out, h.Quarter+" "+h.Date)
		}
		return out
	}
	years := func() map[int]int {
		r, err := st.Requests(ctx, day("2026-06-30"))
		if err != nil {
			t.Fatal(err)
		}
		out := map[int]int{}
		for _, y := range r.PerYear {
			out[y.Year] = y.Count
		}
		return out
	}
	if got := quarters(); len(got) != 3 || got[0] != "2025Q1 2025-03-31" || got[2] != "2025Q3 2025-07-15" {
		t.Errorf("calendar quarters %v", got)
	}
	if got := years(); got[2025] != 2 || got[2026] != 1 {
		t.Errorf("calendar years %v", got)
	}
	if err := st.SetFiscalYearStart(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if got := quarters(); len(got) != 3 || got[0] != "FY2024Q4 2025-03-31" || got[1] != "FY2025Q1 2025-06-30" || got[2] != "FY2025Q2 2025-07-15" {
		t.Errorf("fiscal quarters %v", got)
	}
	if got := years(); got[2024] != 1 || got[2025] != 2 || len(got) != 2 {
		t.Errorf("fiscal years %v, want FY2024: 1 (2025-03-20), FY2025: 2", got)
	}
	if r, _ := st.Requests(ctx, day("2026-06-30")); r.FiscalYear.Start != time.April {
		t.Errorf("requests do not say how they count years: %+v", r.FiscalYear)
	}
}
