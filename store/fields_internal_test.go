package store

import (
	"reflect"
	"testing"
)

// TestEditFields: every patch type's tags name a field of its row, and a
// diff applied to the row it was taken from gives the row wanted.
func TestEditFields(t *testing.T) {
	for name, n := range map[string]int{
		"entry": len(editFields[EntryPatch, Entry]()), "partner": len(editFields[PartnerPatch, Partner]()),
		"action": len(editFields[ActionPatch, Action]()), "goal": len(editFields[GoalPatch, Goal]()),
		"stage": len(editFields[StagePatch, Stage]()),
	} {
		if n == 0 {
			t.Errorf("%s: no editable fields", name)
		}
	}
	have := Partner{Name: "A", Kind: KindUnion, CountryCode: "TH", Since: 2001, Tracked: true}
	want := Partner{Name: "B", Kind: KindFederation, CountryCode: "JP", Since: 0, Tracked: false, Notes: "n"}
	p := have.Diff(want)
	got := rowApply[PartnerPatch](have, p.values())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("diff then apply: %+v, want %+v", got, want)
	}
	if p.Without("country").Country != nil || p.Without("country").Name == nil {
		t.Error("Without took the wrong field")
	}
	cols, null := columns[PartnerPatch, Partner]()
	if cols["country"] != "country_code" || cols["japanese name"] != "name_ja" || !null["since"] || null["name"] {
		t.Errorf("columns %v, null %v", cols, null)
	}
	e := Entry{Date: "2026-01-01", Kind: KindRequest, Title: "t", Opened: "2026-01-01"}
	ep := e.Diff(NewEntry{Date: "2026-01-02", Kind: KindVisit, Title: "t"})
	if *ep.Date != "2026-01-02" || *ep.Kind != KindVisit || ep.Title != nil || ep.Opened == nil || *ep.Opened != "" {
		t.Errorf("entry diff %+v", ep)
	}
}
