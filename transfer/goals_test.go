package transfer_test

import (
	"fmt"
	"testing"

	"vision2030/store"
	"vision2030/transfer"
)

// TestGoalsByTitle: a goals cell names goals by number or by title or
// short title in either language, folded; it is split only at list
// separators, so a title's spaces and commas stay in it.
func TestGoalsByTitle(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	for _, tt := range []struct {
		cell string
		want []int
	}{
		{"Securing fundamental labour rights throughout the global automobile industry", []int{1}},
		{"securing  FUNDAMENTAL labour rights throughout the global automobile industry", []int{1}},
		{"Ｆｕｎｄａｍｅｎｔａｌ ｌａｂｏｕｒ ｒｉｇｈｔｓ", []int{1}},
		{"Establishing constructive labour-management relations; 3", []int{2, 3}},
		{"Sound, sustainable companies, 1", []int{3, 1}},
		{"建設的な労使関係、基本的労働権", []int{2, 1}},
		{"世界の自動車産業全体における基本的労働権の確保；企業の健全で持続可能な発展", []int{1, 3}},
		{"Constructive labour–management relations\n2", []int{2, 2}},
		{"2;3", []int{2, 3}},
		{"1 2", []int{1, 2}},
		{"1, 2、3", []int{1, 2, 3}},
	} {
		data := csvRows("date,kind,title,partners,goals", `2025-04-21,visit,Visit,UAW,"`+tt.cell+`"`)
		r := read(t, st, "f.csv", data, transfer.ReadOptions{})
		if r.Total > 0 || len(r.Data.Entries) != 1 {
			t.Errorf("%q: %+v", tt.cell, r.Problems)
			continue
		}
		if got := r.Data.Entries[0].GoalIDs; fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: goals %v, want %v", tt.cell, got, tt.want)
		}
	}
	for _, tt := range []struct{ cell, unknown string }{
		{"Establishing", "Establishing"},
		{"Securing labour rights", "Securing labour rights"},
		{"1 two", "1 two"},
	} {
		data := csvRows("date,kind,title,partners,goals", `2025-04-21,visit,Visit,UAW,"`+tt.cell+`"`)
		r := read(t, st, "f.csv", data, transfer.ReadOptions{})
		if r.Total != 1 || r.Problems[0].Err == nil || r.Problems[0].Err.Problem != store.ProblemUnknown || r.Problems[0].Err.Value != tt.unknown {
			t.Errorf("%q: %d problems %+v, want one: unknown %q", tt.cell, r.Total, r.Problems, tt.unknown)
		}
	}
}
