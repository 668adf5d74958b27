package ui

import (
	"testing"

	"vision2030/i18n"
)

// TestPickerRanksExactFirst: a country typed as its code, or a name typed
// whole, comes first, then names that start with what was typed, then the
// rest; so enter picks it.
func TestPickerRanksExactFirst(t *testing.T) {
	t.Parallel()
	st := testStore(t)
	for _, tc := range []struct {
		lang        *i18n.Catalogue
		typed, want string
	}{
		{i18n.English, "US", "US"}, {i18n.English, "de", "DE"}, {i18n.English, "in", "IN"},
		{i18n.English, "thai", "TH"}, {i18n.English, "ger", "DE"},
		{i18n.English, "pa", "PK"}, // starts Pakistan; Japan only holds it
		{i18n.Japanese, "タイ", "TH"}, {i18n.Japanese, "たい", "TH"},
	} {
		d := newDriver(t, st, 100, 30, withLang(tc.lang))
		d.keys("2", "n")
		f := d.form()
		f.start("country")
		d.typeText(tc.typed)
		d.keys("enter")
		p := f.field("country").(*pickerField)
		if len(p.chosen) != 1 || d.m.c.Ref.CountryCodes[p.chosen[0]] != tc.want {
			t.Errorf("%s: chose %v, want %s:\n%s", tc.typed, p.chosenLine(), tc.want, d.screen())
		}
	}
}

// TestPartnerPickerRanksShortNameFirst: a partner's short name typed whole
// comes first in the entry form's picker.
func TestPartnerPickerRanksShortNameFirst(t *testing.T) {
	t.Parallel()
	d := newDriver(t, testStore(t), 100, 30)
	d.keys("a")
	d.typeText("ilo")
	d.keys("enter")
	if got := d.form().field("partners").(*pickerField).chosenLine(); got != "ILO" {
		t.Fatalf("chose %q:\n%s", got, d.screen())
	}
}
