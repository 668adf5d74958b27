package store_test

import (
	"errors"
	"vision2030/store"

	"context"
	"testing"
)

func TestDrafts(t *testing.T) {
	t.Parallel()
	st := open(t)
	ctx := context.Background()
	rev, _ := st.Revision(ctx)
	if _, ok, err := st.LoadDraft(ctx, "sato", "entry:new"); ok || err != nil {
		t.Fatalf("a draft before any was saved: %v %v", ok, err)
	}
	body := "{\"title\":\"Bangkok\\r\\n\\ttalks\"}"
	for _, b := range []string{"{}", body} {
		if err := st.SaveDraft(ctx, storeDraft("sato", "entry:new", b)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SaveDraft(ctx, storeDraft("tanaka", "entry:new", "{\"x\":1}")); err != nil {
		t.Fatal(err)
	}
	d, ok, err := st.LoadDraft(ctx, "sato", "entry:new")
	if err != nil || !ok || d.Body != body || d.SavedAt == "" {
		t.Fatalf("draft %+v %v %v", d, ok, err)
	}
	if after, _ := st.Revision(ctx); after != rev {
		t.Errorf("saving a draft moved the revision from %q to %q: every open dashboard would reload", rev, after)
	}
	if err := st.DeleteDraft(ctx, "sato", "entry:new"); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.LoadDraft(ctx, "sato", "entry:new"); ok {
		t.Fatal("the draft is still there after DeleteDraft")
	}
	if _, ok, _ := st.LoadDraft(ctx, "tanaka", "entry:new"); !ok {
		t.Fatal("deleting one author's draft deleted another's")
	}
	if err := st.DeleteDraft(ctx, "sato", "entry:new"); err != nil {
		t.Fatalf("deleting a draft that is not there: %v", err)
	}
}

func storeDraft(author, form, body string) store.Draft {
	return store.Draft{Author: author, Form: form, Body: body}
}

func TestPartnerAndActionText(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	for _, lang := range []string{store.LangEN, store.LangJA} {
		page, err := st.PartnersByCountry(ctx, store.PartnerQuery{Text: "ｕａｗ", Lang: lang})
		if err != nil || page.Total != 1 || len(page.Partners) != 1 || page.Partners[0].ShortName != "UAW" {
			t.Fatalf("%s: partners matching ｕａｗ: %+v %v", lang, page, err)
		}
	}
	all, _ := st.PartnersByCountry(ctx, store.PartnerQuery{})
	for _, i := range []int{0, 5, len(all.Partners) - 1} {
		if pos, err := st.PartnerPosition(ctx, store.PartnerQuery{Offset: 3, Limit: 2}, all.Partners[i].ID); err != nil || pos != i {
			t.Fatalf("position of partner %d: %d %v, want %d", all.Partners[i].ID, pos, err, i)
		}
	}
	if _, err := st.PartnerPosition(ctx, store.PartnerQuery{Text: "UAW"}, all.Partners[0].ID); !errors.Is(err, store.ErrNotFound) && all.Partners[0].ShortName != "UAW" {
		t.Fatalf("a partner the query does not select: %v", err)
	}
	none, _ := st.PartnersByCountry(ctx, store.PartnerQuery{Text: "no such union"})
	if all.Total < 10 || none.Total != 0 {
		t.Fatalf("all %d, none %d", all.Total, none.Total)
	}
	e, _ := st.Entries(ctx, 0, 1)
	for _, what := range []string{"Send the minutes", "Book the hall"} {
		if _, err := st.AddAction(ctx, store.NewAction{EntryID: e.Entries[0].ID, What: what}); err != nil {
			t.Fatal(err)
		}
	}
	as, n, err := st.Actions(ctx, store.ActionQuery{Text: "MINUTES"})
	if err != nil || n != 1 || len(as) != 1 || as[0].What != "Send the minutes" {
		t.Fatalf("actions matching MINUTES: %d %+v %v", n, as, err)
	}
}
