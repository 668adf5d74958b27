package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"vision2030/store"
)

func TestUpdateDeleteRestoreEntry(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	id, err := st.AddEntry(ctx, validEntry())
	if err != nil {
		t.Fatal(err)
	}
	rev0, _ := st.Revision(ctx)
	e := validEntry()
	e.Title, e.PartnerIDs, e.GoalIDs = "Corrected title", []int64{2, 3}, []int{1, 2, 3}
	e.Kind, e.Opened, e.FirstResponse, e.CameFirst = store.KindRequest, "2026-11-01", "2026-11-20", true
	old, err := updateEntry(t, st, id, e)
	if err != nil {
		t.Fatal(err)
	}
	if old.Title != "Bilateral consultation" || len(old.Partners) != 1 {
		t.Errorf("old version %+v", old)
	}
	got, _ := st.Entry(ctx, id)
	if got.Title != "Corrected title" || len(got.Partners) != 2 || len(got.Goals) != 3 || got.Status() != store.StatusAnswered || !got.CameFirst {
		t.Errorf("updated entry %+v", got)
	}
	if rev1, _ := st.Revision(ctx); rev1 == rev0 {
		t.Error("revision did not move on")
	}
	// A bad update writes nothing.
	bad := e
	bad.Closed = "2026-10-01" // before opened
	if _, err := updateEntry(t, st, id, bad); err == nil {
		t.Error("closed before opened accepted")
	}
	if _, err := updateEntry(t, st, 9999, e); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("update of a missing entry: %v", err)
	}
	// Undo the edit with the old version.
	if _, err := updateEntry(t, st, id, old.Edit()); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Entry(ctx, id); got.Title != old.Title || len(got.Partners) != 1 || got.Kind != store.KindConsultation {
		t.Errorf("undo gave %+v", got)
	}
	if err := st.DeleteEntry(ctx, id); err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteEntry(ctx, id); !errors.Is(err, store.ErrAlreadyDeleted) {
		t.Errorf("second delete: %v", err)
	}
	if got, _ := st.Entry(ctx, id); got.DeletedAt == "" {
		t.Error("entry not marked deleted")
	}
	if _, err := st.EntryPosition(ctx, store.Filter{}, id); !errors.Is(err, store.ErrNotFound) {
		t.Error("deleted entry still listed")
	}
	if err := st.RestoreEntry(ctx, id); err != nil {
		t.Fatal(err)
	}
	if err := st.RestoreEntry(ctx, id); !errors.Is(err, store.ErrNotDeleted) {
		t.Errorf("second restore: %v", err)
	}
	if err := st.RestoreEntry(ctx, 9999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("restore of a missing entry: %v", err)
	}
}

func TestRequestStatus(t *testing.T) {
	tests := []struct {
		e    store.Entry
		want store.RequestStatus
	}{
		{store.Entry{Kind: store.KindVisit}, ""},
		{store.Entry{Kind: store.KindRequest, Opened: "2026-01-01"}, store.StatusOpen},
		{store.Entry{Kind: store.KindRequest, Opened: "2026-01-01", FirstResponse: "2026-01-02"}, store.StatusAnswered},
		{store.Entry{Kind: store.KindRequest, Opened: "2026-01-01", Closed: "2026-01-05"}, store.StatusClosed},
	}
	for _, tt := range tests {
		if got := tt.e.Status(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.e, got, tt.want)
		}
	}
}

func TestPartners(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	p := store.Partner{Name: "Federation of Thai Automobile Workers", ShortName: "TAW", Kind: store.KindFederation,
		CountryCode: "th", Since: 2013, Companies: "Toyota, Honda"}
	id, err := st.AddPartner(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := st.Partner(ctx, id)
	if got.CountryCode != "TH" || got.Since != 2013 || got.Companies != "Toyota, Honda" {
		t.Errorf("stored %+v", got)
	}
	bad := []struct {
		change func(*store.Partner)
		field  string
	}{
		{func(p *store.Partner) { p.Name = " " }, "name"},
		{func(p *store.Partner) { p.Kind = "club" }, "kind"},
		{func(p *store.Partner) { p.CountryCode = "XX" }, "country"},
		{func(p *store.Partner) { p.CountryCode = "" }, "country"},
		{func(p *store.Partner) { p.Since = 2099 }, "since"},
		{func(p *store.Partner) { p.ShortName = "uaw" }, "short name"},
		{func(p *store.Partner) { p.Notes = strings.Repeat("n", store.MaxNote+1) }, "notes"},
	}
	for _, b := range bad {
		q := p
		q.ShortName = "OTHER"
		b.change(&q)
		_, err := st.AddPartner(ctx, q)
		var fe *store.FieldError
		if !errors.As(err, &fe) || fe.Field != b.field {
			t.Errorf("%+v: %v, want a %s error", q, err, b.field)
		}
	}
	// Archive hides it by default.
	if err := st.SetPartnerArchived(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	active, _ := st.PartnersByCountry(ctx, store.PartnerQuery{Country: "TH"})
	all, _ := st.PartnersByCountry(ctx, store.PartnerQuery{Country: "TH", Archived: true})
	if active.Total != 1 || all.Total != 2 {
		t.Errorf("TH partners: %d active, %d with archived; want 1, 2", active.Total, all.Total)
	}
}

func TestResolvePartner(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	tests := []struct {
		q         string
		want      string // short name; "" for an error
		ambiguous bool
	}{
		{"UAW", "UAW", false},
		{"uaw", "UAW", false},
		{"1", "IndustriALL", false},
		{"International Labour Organization", "ILO", false}, // exact name beats the parts it is in
		{"Metalworkers", "JCM", false},
		{"ILO", "ILO", false}, // exact short name, though part of others
		{"Ministry", "", true},
		{"Toyota", "", false},
		{"99999", "", false},
		{"  ", "", false}, // not every partner without a short name
	}
	for _, tt := range tests {
		p, err := st.ResolvePartner(ctx, tt.q)
		if tt.want != "" {
			if err != nil || p.ShortName != tt.want {
				t.Errorf("%q: %v %v, want %s", tt.q, p.ShortName, err, tt.want)
			}
			continue
		}
		var me *store.PartnerMatchError
		if !errors.As(err, &me) || me.Ambiguous != tt.ambiguous {
			t.Errorf("%q: %v, want a match error (ambiguous %v)", tt.q, err, tt.ambiguous)
		}
		if tt.ambiguous && len(me.Candidates) < 2 {
			t.Errorf("%q: candidates %v", tt.q, me.Candidates)
		}
	}
}

func TestActions(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	id, err := st.AddEntry(ctx, validEntry())
	if err != nil {
		t.Fatal(err)
	}
	add := func(what, due string) int64 {
		t.Helper()
		aid, err := st.AddAction(ctx, store.NewAction{EntryID: id, What: what, Owner: "sato", Due: due, Author: "tanaka"})
		if err != nil {
			t.Fatal(err)
		}
		return aid
	}
	late := add("Send the minutes", "2026-11-01")
	soon := add("Book the venue", "2026-11-25")
	add("Plan 2027", "2027-03-01")
	add("Someday", "")
	if _, err := st.AddAction(ctx, store.NewAction{EntryID: 9999, What: "x"}); err == nil {
		t.Error("action on a missing entry accepted")
	}
	if _, err := st.AddAction(ctx, store.NewAction{EntryID: id, What: "x", Due: "2026-02-30"}); err == nil {
		t.Error("impossible due date accepted")
	}
	d, err := st.Dashboard(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	if d.DueTotal != 2 || d.DueActions[0].ID != late || d.DueActions[1].ID != soon || !d.DueActions[0].Overdue("2026-11-21") {
		t.Errorf("due actions %+v", d.DueActions)
	}
	if _, err := st.SetActionDone(ctx, late, "2026-11-21"); err != nil {
		t.Fatal(err)
	}
	if _, n, _ := st.Actions(ctx, store.ActionQuery{Partner: 1, Open: true}); n != 3 {
		t.Errorf("open actions of partner 1: %d, want 3", n)
	}
	if _, n, _ := st.Actions(ctx, store.ActionQuery{Partner: 2}); n != 0 {
		t.Errorf("actions of partner 2: %d, want 0", n)
	}
	open, total, _ := st.Actions(ctx, store.ActionQuery{Open: true})
	if total != 3 || len(open) != 3 || open[0].ID != soon || open[2].What != "Someday" {
		t.Errorf("open actions %+v", open)
	}
	if err := st.DeleteEntry(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := st.Actions(ctx, store.ActionQuery{}); total != 0 {
		t.Errorf("actions of a deleted entry listed: %d", total)
	}
}

// updateEntry replaces entry id's fields with e, as an edit form does: the
// patch from the stored entry to e. It returns the entry as it was.
func updateEntry(t *testing.T, st *store.Store, id int64, e store.NewEntry) (store.Entry, error) {
	t.Helper()
	cur, _ := st.Entry(context.Background(), id)
	ch, err := st.PatchEntry(context.Background(), id, cur.Diff(e))
	return ch.Before, err
}

// TestActionPosition: an action's position is its index in the list the
// same query returns; an action the query does not select is not found.
func TestActionPosition(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	id, err := st.AddEntry(ctx, validEntry())
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, due := range []string{"2027-03-01", "", "2026-11-01", "2026-11-25", "2026-11-25"} {
		aid, err := st.AddAction(ctx, store.NewAction{EntryID: id, What: "do " + due, Due: due})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, aid)
	}
	if _, err := st.SetActionDone(ctx, ids[2], "2026-11-21"); err != nil {
		t.Fatal(err)
	}
	for _, q := range []store.ActionQuery{{}, {Open: true}, {Text: "do 2026"}, {EntryID: id}, {Partner: 1}} {
		as, _, err := st.Actions(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range as {
			if pos, err := st.ActionPosition(ctx, q, a.ID); err != nil || pos != i {
				t.Errorf("%+v: action %d at %d, %v; want %d", q, a.ID, pos, err, i)
			}
		}
	}
	if _, err := st.ActionPosition(ctx, store.ActionQuery{Open: true}, ids[2]); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a done action among the open ones: %v", err)
	}
}
