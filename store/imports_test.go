package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"vision2030/store"
)

// mustCheck fails t if store.Check finds anything.
func mustCheck(t *testing.T, st *store.Store, when string) {
	t.Helper()
	defects, err := st.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range defects {
		t.Errorf("%s: %s", when, d)
	}
}

func entry(date, title string, partners ...string) store.ImportEntry {
	e := store.ImportEntry{NewEntry: store.NewEntry{Date: date, Kind: store.KindVisit, Title: title, GoalIDs: []int{2}}}
	for _, p := range partners {
		e.Partners = append(e.Partners, store.PartnerKey{Text: p})
	}
	return e
}

func TestImportAddsOnceAndUndoes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	db := raw(t, st.Path())
	seededEntries := count(t, db, "SELECT count(*) FROM entries")
	data := store.ImportData{File: "log.csv", Format: "csv", Author: "importer",
		Partners: []store.ImportPartner{{Partner: store.Partner{UID: "p-taw", Name: "Thai Auto Workers", ShortName: "TAW",
			Kind: store.KindFederation, CountryCode: "TH", Tracked: true}}},
		Entries: []store.ImportEntry{
			entry("2025-04-21", "Visit to Detroit", "UAW"),
			entry("2025-04-22", "Bangkok talks", "taw", "ＩＬＯ"), // the file's partner by short name, full width
			{NewEntry: store.NewEntry{UID: "e-req", Date: "2025-05-01", Kind: store.KindRequest, Title: "Plant closure",
				GoalIDs: []int{1, 2}, Opened: "2025-05-01", FirstResponse: "2025-05-03", CameFirst: true, Author: "sato"},
				Partners: []store.PartnerKey{{UID: "p-taw"}}},
		},
		Actions: []store.ImportAction{{UID: "a-1", EntryUID: "e-req", What: "Send guidance", Due: "2025-06-01"}},
		Assessments: []store.ImportAssessment{{UID: "s-1", Partner: store.PartnerKey{UID: "p-taw"}, GoalID: 2, Stage: 3,
			Date: "2025-05-04", EntryUID: "e-req"}},
	}
	dry, err := st.Import(ctx, data, store.ImportOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if dry.Batch != 0 || dry.Added[store.TableEntries] != 3 || count(t, db, "SELECT count(*) FROM entries") != seededEntries {
		t.Fatalf("dry run: %+v, and %d entries", dry, count(t, db, "SELECT count(*) FROM entries"))
	}
	res, err := st.Import(ctx, data, store.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := store.ImportCounts{store.TablePartners: 1, store.TableEntries: 3, store.TableActions: 1, store.TableAssessments: 1}
	if res.Batch == 0 || fmt.Sprint(res.Added) != fmt.Sprint(want) || res.Added.Total() != dry.Added.Total() {
		t.Fatalf("import: %+v (dry run said %+v)", res, dry)
	}
	mustCheck(t, st, "after the import")
	if n := count(t, db, "SELECT count(*) FROM entries WHERE batch_id = ?", res.Batch); n != 3 {
		t.Errorf("%d entries carry the batch", n)
	}
	if n := count(t, db, `SELECT count(*) FROM entries e JOIN entry_partners ep ON ep.entry_id = e.id
		JOIN partners p ON p.id = ep.partner_id WHERE e.title = 'Bangkok talks' AND p.short_name IN ('TAW', 'ILO')`); n != 2 {
		t.Errorf("Bangkok talks has %d of its partners", n)
	}
	if a := count(t, db, "SELECT count(*) FROM entries WHERE author = 'importer'"); a != 2 {
		t.Errorf("%d entries by the importer, want the 2 that name no author", a)
	}
	if stage, ok, _ := st.StageOn(ctx, int64(count(t, db, "SELECT id FROM partners WHERE uid = 'p-taw'")), 2, today); !ok || stage != 3 {
		t.Errorf("TAW's stage %d, %v", stage, ok)
	}

	// Again: nothing new, no batch.
	again, err := st.Import(ctx, data, store.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Batch != 0 || again.Added.Total() != 0 || again.Duplicates.Total() != 6 {
		t.Errorf("second import: %+v", again)
	}

	// Undo: entries and actions deleted, the partner archived, the
	// assessment gone; the dashboard no longer counts them.
	b, err := st.UndoImport(ctx, res.Batch)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(b.Added) != fmt.Sprint(want) {
		t.Errorf("undo took back %v", b.Added)
	}
	if n := count(t, db, "SELECT count(*) FROM entries WHERE deleted_at IS NULL"); n != seededEntries {
		t.Errorf("%d live entries after the undo", n)
	}
	if n := count(t, db, "SELECT count(*) FROM assessments"); n != 0 {
		t.Errorf("%d assessments after the undo", n)
	}
	if _, err := st.UndoImport(ctx, res.Batch); !errors.Is(err, store.ErrBatchUndone) || !errors.Is(err, store.ErrUnchanged) {
		t.Errorf("undo twice: %v", err)
	}
	if _, err := st.UndoImport(ctx, 999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("undo of no batch: %v", err)
	}
	mustCheck(t, st, "after the undo")

	// The same file once more brings back what the undo took.
	back, err := st.Import(ctx, data, store.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(back.Added) != fmt.Sprint(want) {
		t.Errorf("import after the undo: %+v", back)
	}
	if n := count(t, db, "SELECT count(*) FROM entries WHERE deleted_at IS NULL"); n != seededEntries+3 {
		t.Errorf("%d live entries after importing again", n)
	}
	if n := count(t, db, "SELECT count(*) FROM partners WHERE uid = 'p-taw' AND archived = 0"); n != 1 {
		t.Error("TAW not active again")
	}
	mustCheck(t, st, "after importing again")
}

func TestImportRefusesEveryProblemAndWritesNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	before, _ := st.Revision(ctx)
	data := store.ImportData{
		Partners: []store.ImportPartner{
			{Partner: store.Partner{Name: "New Union", ShortName: "UAW", Kind: store.KindUnion, CountryCode: "TH"}},
			{Partner: store.Partner{Name: "Nowhere Union", Kind: store.KindUnion, CountryCode: "ZZ"}},
		},
		Entries: []store.ImportEntry{
			entry("2025-04-21", "ok", "UAW"),
			entry("2025-04-21", "unknown partner", "United Auto Workrs of America"),
			entry("2025-04-21", "no partner"),
			entry("2099-01-01", "future", "UAW"),
			{NewEntry: store.NewEntry{UID: "dup", Date: "2025-01-01", Kind: store.KindVisit, Title: "a", GoalIDs: []int{7}},
				Partners: []store.PartnerKey{{Text: "UAW"}}},
			{NewEntry: store.NewEntry{UID: "dup", Date: "2025-01-01", Kind: store.KindVisit, Title: "b", GoalIDs: []int{1}},
				Partners: []store.PartnerKey{{Text: "UAW"}}},
			entry("2025-04-21", "ambiguous", "ILO"),
		},
		Actions: []store.ImportAction{{EntryUID: "nothing", What: "x"}},
	}
	// Two partners whose Japanese name is the same make "ILO" ambiguous
	// once one's short name is gone; here a new one takes ILO as its
	// Japanese name.
	data.Partners = append(data.Partners, store.ImportPartner{Partner: store.Partner{Name: "Another ILO", NameJA: "ILO",
		Kind: store.KindOther, CountryCode: "CH"}})
	// Names and short names are one space: a name may not be another's
	// short name, nor a short name another's name.
	data.Partners = append(data.Partners,
		store.ImportPartner{Partner: store.Partner{Name: "ＵＡＷ", Kind: store.KindUnion, CountryCode: "US"}},
		store.ImportPartner{Partner: store.Partner{Name: "Metal", ShortName: "japan council of metalworkers' unions",
			Kind: store.KindUnion, CountryCode: "JP"}})
	_, err := st.Import(ctx, data, store.ImportOptions{})
	var ie *store.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("import: %v", err)
	}
	type key struct {
		table   string
		index   int
		field   string
		problem store.Problem
	}
	got := map[key]store.ImportProblem{}
	for _, p := range ie.Problems {
		got[key{p.Table, p.Index, p.Err.Field, p.Err.Problem}] = p
	}
	for _, want := range []key{
		{store.TablePartners, 0, "short name", store.ProblemTaken},
		{store.TablePartners, 1, "country", store.ProblemUnknown},
		{store.TableEntries, 1, "partners", store.ProblemUnknown},
		{store.TableEntries, 2, "partners", store.ProblemRequired},
		{store.TableEntries, 3, "date", store.ProblemFuture},
		{store.TableEntries, 4, "goals", store.ProblemUnknown},
		{store.TableEntries, 5, "uid", store.ProblemTwice},
		{store.TableEntries, 6, "partners", store.ProblemAmbiguous},
		{store.TableActions, 0, "entry uid", store.ProblemUnknown},
		{store.TablePartners, 3, "name", store.ProblemTaken},
		{store.TablePartners, 4, "short name", store.ProblemTaken},
	} {
		if _, ok := got[want]; !ok {
			t.Errorf("not reported: %+v (got %+v)", want, got)
		}
	}
	if len(ie.Problems) != ie.Total || ie.Total != 11 {
		t.Errorf("%d problems listed, %d in all: %v", len(ie.Problems), ie.Total, ie.Problems)
	}
	// The misspelt partner is told its near miss.
	near := got[key{store.TableEntries, 1, "partners", store.ProblemUnknown}].Candidates
	if len(near) == 0 || near[0].ShortName != "UAW" {
		t.Errorf("candidates for a misspelt UAW: %+v", near)
	}
	if after, _ := st.Revision(ctx); after != before {
		t.Error("a refused import wrote")
	}
}

func TestImportCreatesPartnersAndFindsDuplicatesWithoutUIDs(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	db := raw(t, st.Path())
	data := store.ImportData{Entries: []store.ImportEntry{
		entry("2024-03-01", "Wage talks", "Toyota Motor Thailand Workers' Union", "UAW"),
		entry("2024-03-02", "Follow-up", "toyota motor thailand workers' union"),
		entry("2024-03-01", "Wage talks", "Toyota Motor Thailand Workers' Union", "UAW"), // the same row twice
	}}
	if _, err := st.Import(ctx, data, store.ImportOptions{}); err == nil {
		t.Fatal("an unknown partner was taken without --create-partners")
	}
	res, err := st.Import(ctx, data, store.ImportOptions{CreatePartners: "TH"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added[store.TableEntries] != 2 || res.Duplicates[store.TableEntries] != 1 || len(res.Created) != 1 {
		t.Fatalf("%+v", res)
	}
	if n := count(t, db, "SELECT count(*) FROM partners WHERE country_code = 'TH' AND kind = 'other' AND batch_id = ?", res.Batch); n != 1 {
		t.Errorf("%d partners made", n)
	}
	again, err := st.Import(ctx, data, store.ImportOptions{CreatePartners: "TH"})
	if err != nil || again.Added.Total() != 0 {
		t.Errorf("again: %+v, %v", again, err)
	}
	mustCheck(t, st, "after the import")
}

func TestPurge(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	db := raw(t, st.Path())
	var ids []int64
	for i, title := range []string{"old one", "old two", "kept", "recent"} {
		id, err := st.AddEntry(ctx, store.NewEntry{Date: "2025-01-0" + fmt.Sprint(i+1), Kind: store.KindVisit,
			Title: title + " Rayong", PartnerIDs: []int64{2}, GoalIDs: []int{1, 2}})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		if _, err := st.AddAction(ctx, store.NewAction{EntryID: id, What: "follow up " + title}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.AddAssessment(ctx, store.NewAssessment{PartnerID: 2, GoalID: 1, Stage: 2, Date: "2025-01-05", EntryID: ids[0]}); err != nil {
		t.Fatal(err)
	}
	del := func(id int64, at string) {
		mustExec(t, rw(t, st.Path()), "UPDATE entries SET deleted_at = ? WHERE id = ?", at, id)
	}
	del(ids[0], "2025-06-01T10:00:00Z")
	del(ids[1], "2025-06-30T23:59:59Z")
	del(ids[3], "2025-07-01T00:00:00Z") // not before 2025-07-01
	c, err := st.Purgeable(ctx, "2025-07-01")
	if err != nil || c.Entries != 2 || c.Actions != 2 {
		t.Fatalf("purgeable: %+v, %v", c, err)
	}
	done, err := st.Purge(ctx, "2025-07-01")
	if err != nil || done != c {
		t.Fatalf("purge: %+v, %v", done, err)
	}
	if n := count(t, db, "SELECT count(*) FROM entries WHERE title LIKE 'old%'"); n != 0 {
		t.Errorf("%d old entries left", n)
	}
	if n := count(t, db, "SELECT count(*) FROM entries WHERE title IN ('kept Rayong', 'recent Rayong')"); n != 2 {
		t.Errorf("%d of the others left", n)
	}
	if n := count(t, db, "SELECT count(*) FROM assessments WHERE entry_id IS NULL AND stage = 2"); n != 1 {
		t.Error("the assessment citing a purged entry was not kept without it")
	}
	f, _ := store.ParseFilter("rayong")
	f.Deleted = true
	if page, _ := st.SearchEntries(ctx, f, 0, 10); page.Total != 2 {
		t.Errorf("search finds %d entries", page.Total)
	}
	mustCheck(t, st, "after the purge")
	if _, err := st.Purge(ctx, "2025-13-01"); err == nil {
		t.Error("a purge before no date ran")
	}
	if c, _ := st.Purgeable(ctx, "2030-01-01"); c.Entries != 1 {
		t.Errorf("what is left to purge: %+v", c)
	}
}
