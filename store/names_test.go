package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"vision2030/store"
)

func TestNameKey(t *testing.T) {
	t.Parallel()
	for _, tt := range [][2]string{
		{"UAW", "uaw"},
		{"ＵＡＷ", "uaw"}, // full-width letters
		{"  Thai   Auto\tWorkers ", "thai auto workers"},
		{"ｶﾀｶﾅ", "カタカナ"},                                                // half-width kana
		{"Straße", "strasse"},                                           // case folding, not lower-casing
		{"Thai\u3000Auto", "thai auto"},                                 // ideographic space
		{"Metalworkers\u2019 Unions", "metalworkers' unions"},           // a typographic apostrophe
		{"Metalworkersʼ Unions", "metalworkers' unions"},                // a modifier letter apostrophe
		{"Metalworkers` Unions", "metalworkers' unions"},                // a backtick
		{"Labour\u2013Management “Forum”", `labour-management "forum"`}, // a dash, quotes
	} {
		if got := store.NameKey(tt[0]); got != tt[1] {
			t.Errorf("NameKey(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
}

func TestPartnerNamesAreUnique(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	p := store.Partner{Name: "Thai Auto Workers", Kind: store.KindFederation, CountryCode: "TH"}
	id, err := st.AddPartner(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	// Another country, another case, full-width letters, extra spaces:
	// the same name.
	for _, name := range []string{"thai auto workers", "ＴＨＡＩ  Auto Workers", " Thai Auto Workers "} {
		q := p
		q.Name, q.CountryCode = name, "JP"
		_, err := st.AddPartner(ctx, q)
		var fe *store.FieldError
		if !errors.As(err, &fe) || fe.Field != "name" || fe.Problem != store.ProblemTaken {
			t.Errorf("%q: %v, want the name taken", name, err)
		}
		// The error names the partner that has it.
		if fe != nil && (fe.Holder == nil || fe.Holder.ID != id || fe.Holder.Name != p.Name) {
			t.Errorf("%q: holder %+v, want #%d %q", name, fe.Holder, id, p.Name)
		}
	}
	// An archived partner keeps its name.
	if err := st.ArchivePartner(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddPartner(ctx, store.Partner{Name: "THAI AUTO WORKERS", Kind: store.KindUnion, CountryCode: "TH"}); err == nil {
		t.Error("the name of an archived partner was taken again")
	}
	// Renaming another partner to it is refused; keeping one's own is not.
	uaw, _ := st.ResolvePartner(ctx, "UAW")
	taken := "Thai auto workers"
	if _, err := st.PatchPartner(ctx, uaw.ID, store.PartnerPatch{Name: &taken}); err == nil {
		t.Error("a rename to a taken name was accepted")
	}
	notes := "renamed nothing"
	if _, err := st.PatchPartner(ctx, id, store.PartnerPatch{Notes: &notes}); err != nil {
		t.Errorf("an update keeping the partner's own name: %v", err)
	}
}

func TestFindPartner(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	id, err := st.AddPartner(ctx, store.Partner{Name: "Thai Auto Workers", ShortName: "TAW", Kind: store.KindFederation, CountryCode: "TH"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddPartner(ctx, store.Partner{Name: "Thai Auto Workers Federation", ShortName: "TAWF", Kind: store.KindFederation, CountryCode: "TH"}); err != nil {
		t.Fatal(err)
	}
	if err := st.ArchivePartner(ctx, id); err != nil {
		t.Fatal(err)
	}
	// An archived partner is found by its short name for commands about
	// it, before the active one whose name merely contains it.
	for _, q := range []string{"TAW", "taw", "ＴＡＷ", "thai auto workers"} {
		if p, err := st.FindPartner(ctx, q); err != nil || p.ID != id {
			t.Errorf("FindPartner(%q) = %d %v, want %d", q, p.ID, err, id)
		}
	}
	// Logging about it, it is said to be archived: not taken for TAWF,
	// whose name contains it, nor for an ambiguous part of the names of
	// TAWF and another partner.
	if _, err := st.AddPartner(ctx, store.Partner{Name: "Tawau Workers", ShortName: "TAWW", Kind: store.KindUnion, CountryCode: "MY"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"TAW", "ＴＡＷ", "thai auto workers"} {
		var me *store.PartnerMatchError
		if _, err := st.ResolvePartner(ctx, q); !errors.As(err, &me) || !me.Archived || len(me.Candidates) != 1 || me.Candidates[0].ID != id {
			t.Errorf("ResolvePartner(%q) = %v, want TAW, archived", q, err)
		}
	}
	// By id too, it is found (the command decides whether it may be used).
	if p, err := st.ResolvePartner(ctx, strconv.FormatInt(id, 10)); err != nil || !p.Archived {
		t.Errorf("ResolvePartner(its id) = %+v %v", p, err)
	}
	var me *store.PartnerMatchError
	if _, err := st.FindPartner(ctx, "Thai"); !errors.As(err, &me) || !me.Ambiguous || len(me.Candidates) != 2 {
		t.Errorf("FindPartner(Thai) = %v, want two candidates", err)
	}
}

func TestResolveCountry(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	for q, want := range map[string]string{"TH": "TH", "th": "TH", "Thailand": "TH", "thailand": "TH", "タイ": "TH",
		"Thai": "TH", "日本": "JP", "united states": "US", "IN": "IN", "India": "IN", "ｔｈ": "TH"} {
		if c, err := st.ResolveCountry(ctx, q); err != nil || c.Code != want {
			t.Errorf("ResolveCountry(%q) = %q %v, want %s", q, c.Code, err, want)
		}
	}
	var me *store.CountryMatchError
	if _, err := st.ResolveCountry(ctx, "Ind"); !errors.As(err, &me) || !me.Ambiguous || len(me.Candidates) != 2 {
		t.Errorf("Ind: %v, want India and Indonesia", err)
	}
	for _, q := range []string{"Atlantis", "XX", " "} {
		if _, err := st.ResolveCountry(ctx, q); !errors.As(err, &me) || me.Ambiguous {
			t.Errorf("%q: %v, want no match", q, err)
		}
	}
}

func TestChangesRefusedTwice(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	e, err := st.AddEntry(ctx, validEntry())
	if err != nil {
		t.Fatal(err)
	}
	action, err := st.AddAction(ctx, store.NewAction{EntryID: e, What: "Send minutes"})
	if err != nil {
		t.Fatal(err)
	}
	rev := func() string { r, _ := st.Revision(ctx); return r }
	before := rev()
	if err := st.ReopenAction(ctx, action); !errors.Is(err, store.ErrAlreadyOpen) {
		t.Errorf("reopening an open action: %v", err)
	}
	uaw, _ := st.ResolvePartner(ctx, "UAW")
	if err := st.UnarchivePartner(ctx, uaw.ID); !errors.Is(err, store.ErrNotArchived) {
		t.Errorf("unarchiving an active partner: %v", err)
	}
	if rev() != before {
		t.Error("a refused change wrote")
	}
	if _, err := st.SetActionDone(ctx, action, "2026-11-20"); err != nil {
		t.Fatal(err)
	}
	if err := st.ReopenAction(ctx, action); err != nil {
		t.Errorf("reopening a done action: %v", err)
	}
	if err := st.ArchivePartner(ctx, uaw.ID); err != nil {
		t.Fatal(err)
	}
	if err := st.ArchivePartner(ctx, uaw.ID); !errors.Is(err, store.ErrAlreadyArchived) {
		t.Errorf("archiving twice: %v", err)
	}
	for _, err := range []error{st.ReopenAction(ctx, 999), st.ArchivePartner(ctx, 999), st.UnarchivePartner(ctx, 999)} {
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("a missing record: %v", err)
		}
	}
}

func TestAssessmentEvidenceMustBeLive(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	e, err := st.AddEntry(ctx, validEntry())
	if err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteEntry(ctx, e); err != nil {
		t.Fatal(err)
	}
	uaw, _ := st.ResolvePartner(ctx, "UAW")
	_, err = st.AddAssessment(ctx, store.NewAssessment{PartnerID: uaw.ID, GoalID: 1, Stage: 2, Date: "2026-11-01", EntryID: e})
	var fe *store.FieldError
	if !errors.As(err, &fe) || fe.Field != "entry" {
		t.Errorf("a deleted entry as evidence: %v", err)
	}
}

func TestOpenReadOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	missing := filepath.Join(t.TempDir(), "none.db")
	if _, err := store.OpenReadOnly(ctx, missing); err == nil {
		t.Error("a missing file opened")
	}
	if _, err := filepath.Glob(missing + "*"); err != nil {
		t.Fatal(err)
	}
	if m, _ := filepath.Glob(missing + "*"); len(m) != 0 {
		t.Errorf("OpenReadOnly created %v", m)
	}
	st := seeded(t)
	ro, err := store.OpenReadOnly(ctx, st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if gs, err := ro.Goals(ctx); err != nil || len(gs) != 3 {
		t.Errorf("goals read-only: %d %v", len(gs), err)
	}
	if _, err := ro.AddPartner(ctx, store.Partner{Name: "X", Kind: store.KindUnion, CountryCode: "TH"}); err == nil {
		t.Error("a read-only store wrote")
	}
}

// TestNamesAndShortNamesAreOneSpace: a name may not be another partner's
// short name, nor a short name another's name or short name, by NameKey;
// and resolving prefers the exact short name.
func TestNamesAndShortNamesAreOneSpace(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	taken := func(err error, field string) bool {
		var fe *store.FieldError
		return errors.As(err, &fe) && fe.Field == field && fe.Problem == store.ProblemTaken
	}
	// A name that is the UAW's short name, full-width or lower case.
	for _, name := range []string{"ＵＡＷ", "uaw", " UAW "} {
		if _, err := st.AddPartner(ctx, store.Partner{Name: name, Kind: store.KindUnion, CountryCode: "US"}); !taken(err, "name") {
			t.Errorf("name %q: %v, want the name taken", name, err)
		}
	}
	// A short name that is another's name, or the UAW's short name in
	// another case.
	jcm, err := st.ResolvePartner(ctx, "JCM")
	if err != nil {
		t.Fatal(err)
	}
	for _, short := range []string{strings.ToUpper(jcm.Name), "ｕａｗ"} {
		_, err := st.AddPartner(ctx, store.Partner{Name: "Someone new", ShortName: short, Kind: store.KindUnion, CountryCode: "US"})
		if !taken(err, "short name") {
			t.Errorf("short name %q: %v, want the short name taken", short, err)
		}
	}
	// The same by renaming another partner.
	id, err := st.AddPartner(ctx, store.Partner{Name: "Thai Auto Workers", ShortName: "TAW", Kind: store.KindUnion, CountryCode: "TH"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []store.PartnerPatch{{Name: ptr("Ｕａｗ")}, {ShortName: ptr(jcm.Name)}, {ShortName: ptr("uaw")}} {
		if _, err := st.PatchPartner(ctx, id, p); !taken(err, "name") && !taken(err, "short name") {
			t.Errorf("%+v: %v, want taken", p, err)
		}
	}
	// A partner's own short name may be its name too.
	if _, err := st.PatchPartner(ctx, id, store.PartnerPatch{Name: ptr("taw")}); err != nil {
		t.Errorf("a name equal to its own short name: %v", err)
	}
}

// TestExactShortNameFirst: a name taken before names and short names were
// one space stays, and the short name typed exactly still finds its
// partner.
func TestExactShortNameFirst(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	db := rw(t, st.Path())
	if _, err := db.Exec(`INSERT INTO partners (uid, name, kind, country_code, created_at, updated_at)
		VALUES ('legacy', 'ＵＡＷ', 'union', 'US', '2026-01-01', '2026-01-01')`); err != nil {
		t.Fatal(err)
	}
	var legacy int64
	if err := db.QueryRow("SELECT id FROM partners WHERE uid = 'legacy'").Scan(&legacy); err != nil {
		t.Fatal(err)
	}
	for _, find := range []func(context.Context, string) (store.Partner, error){st.ResolvePartner, st.FindPartner} {
		if p, err := find(ctx, "UAW"); err != nil || p.ShortName != "UAW" {
			t.Errorf("UAW: %q %v, want the UAW", p.ShortName, err)
		}
		if p, err := find(ctx, "ＵＡＷ"); err != nil || p.ID != legacy {
			t.Errorf("ＵＡＷ: %d %v, want the partner of that name, %d", p.ID, err, legacy)
		}
	}
	// The legacy partner keeps its name through other changes.
	if _, err := st.PatchPartner(ctx, legacy, store.PartnerPatch{Notes: ptr("kept")}); err != nil {
		t.Errorf("an edit keeping a legacy name: %v", err)
	}
}
