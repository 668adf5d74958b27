package store_test

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"vision2030/store"
)

func TestParseFilter(t *testing.T) {
	tests := []struct {
		in   string
		want store.Filter
	}{
		{"", store.Filter{}},
		{"   ", store.Filter{}},
		{`goal:2 country:TH kind:request since:2024-01-01 until:2024-12-31 "wage talks"`, store.Filter{
			Goals: []int{2}, Countries: []string{"TH"}, Kinds: []store.EntryKind{store.KindRequest},
			Since: "2024-01-01", Until: "2024-12-31", Text: []string{"wage talks"}}},
		{"kind:visit,seminar Kind:REQUEST", store.Filter{Kinds: []store.EntryKind{"visit", "seminar", "request"}}},
		{"country:th,id", store.Filter{Countries: []string{"TH", "ID"}}},
		{`partner:"Toyota Motor Thailand" partner:UAW`, store.Filter{Partners: []string{"Toyota Motor Thailand", "UAW"}}},
		{"author:tanaka status:open,answered", store.Filter{Authors: []string{"tanaka"}, Statuses: []store.RequestStatus{"open", "answered"}}},
		{"wage 賃金交渉 ไทย", store.Filter{Text: []string{"wage", "賃金交渉", "ไทย"}}},
		{"meeting at 10:30 https://jaw.or.jp", store.Filter{Text: []string{"meeting", "at", "10:30", "https://jaw.or.jp"}}},
		{"see ftp://files.jaw.or.jp", store.Filter{Text: []string{"see", "ftp://files.jaw.or.jp"}}},
		{`say"hello world"`, store.Filter{Text: []string{"say", "hello world"}}},
		{`partner:a,b`, store.Filter{Partners: []string{"a,b"}}},
		// What a Japanese input method types in full width.
		{"goal：２", store.Filter{Goals: []int{2}}},
		{"ｋｉｎｄ：ｖｉｓｉｔ，ｓｅｍｉｎａｒ　ＧＯＡＬ:１", store.Filter{Kinds: []store.EntryKind{"visit", "seminar"}, Goals: []int{1}}},
		{"country：ｔｈ since：２０２４－０１－０１", store.Filter{Countries: []string{"TH"}, Since: "2024-01-01"}},
		{`country:Thailand country:"United States" country:タイ`, store.Filter{Countries: []string{"Thailand", "United States", "タイ"}}},
		{"ＪＣＭ ｼﾞﾄﾞｳｼｬ", store.Filter{Text: []string{"JCM", "ジドウシャ"}}},
		{`"ＪＣＭ ｼﾞﾄﾞｳｼｬ" ＂賃金　交渉＂`, store.Filter{Text: []string{"ＪＣＭ ｼﾞﾄﾞｳｼｬ", "賃金　交渉"}}}, // quoted: as typed
		{`partner:"ＵＡＷ" author:Ｔａｎａｋａ`, store.Filter{Partners: []string{"ＵＡＷ"}, Authors: []string{"Tanaka"}}},
	}
	for _, tt := range tests {
		got, err := store.ParseFilter(tt.in)
		if err != nil {
			t.Errorf("ParseFilter(%q): %v", tt.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseFilter(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseFilterErrors(t *testing.T) {
	tests := []struct {
		in      string
		problem store.FilterProblem
		term    string
	}{
		{"goal:x", store.FilterBadValue, "goal:x"},
		{"goal:0", store.FilterBadValue, "goal:0"},
		{"goal:", store.FilterEmptyValue, "goal:"},
		{"colour:red", store.FilterUnknownKey, "colour:red"},
		{"kind:party", store.FilterBadValue, "kind:party"},
		{"kind:visit,", store.FilterBadValue, "kind:visit,"},
		{"since:2025-02-30", store.FilterBadValue, "since:2025-02-30"},
		{"status:pending", store.FilterBadValue, "status:pending"},
		{`"wage talks`, store.FilterOpenQuote, `"wage talks`},
		{`partner:"Toyota`, store.FilterOpenQuote, `partner:"Toyota`},
		{"since:2025-01-02 until:2025-01-01", store.FilterEmptyPeriod, "since:2025-01-02 until:2025-01-01"},
		{"a\xffb", store.FilterBadText, "a?b"},
		{strings.Repeat("x", store.MaxFilter+1), store.FilterTooLong, ""},
		{"goal：ｘ", store.FilterBadValue, "goal:x"},
		{"ｃｏｌｏｕｒ：ｒｅｄ", store.FilterUnknownKey, "colour:red"},
		{"＂open", store.FilterOpenQuote, `"open`},
	}
	for _, tt := range tests {
		_, err := store.ParseFilter(tt.in)
		var fe *store.FilterError
		if !errors.As(err, &fe) {
			t.Errorf("ParseFilter(%q) = %v, want a FilterError", tt.in, err)
			continue
		}
		if fe.Problem != tt.problem || (tt.term != "" && fe.Term != tt.term) {
			t.Errorf("ParseFilter(%q): %s %q, want %s %q", tt.in, fe.Problem, fe.Term, tt.problem, tt.term)
		}
	}
}

func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{`goal:2 country:TH kind:request since:2024-01-01 until:2024-12-31 "wage talks"`,
		`partner:"a b" x`, `"unclosed`, "kind:visit,seminar", "賃金 ไทย", "a:b:c", `x:"`, "goal:1,2,3"} {
		f.Add(s)
	}
	st := seeded(f)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := store.ParseFilter(s)
		if err != nil {
			var fe *store.FilterError
			if !errors.As(err, &fe) {
				t.Fatalf("error of the wrong type: %v", err)
			}
			if !utf8.ValidString(fe.Term) {
				t.Fatalf("error term is not UTF-8: %q", fe.Term)
			}
			return
		}
		again, err := store.ParseFilter(got.String())
		if err != nil {
			t.Fatalf("String() %q of %q does not parse: %v", got.String(), s, err)
		}
		if !reflect.DeepEqual(again, got) {
			t.Fatalf("round trip of %q: %+v became %+v", s, got, again)
		}
		// Whatever parses runs as SQL: at most, it names a goal, a
		// partner or a country the database does not have.
		var fe *store.FilterError
		if _, err := st.SearchEntries(context.Background(), got, 0, 5); err != nil && !errors.As(err, &fe) {
			t.Fatalf("SearchEntries(%q): %v", s, err)
		}
	})
}

func TestSearchEntries(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	add := func(e store.NewEntry) int64 {
		t.Helper()
		id, err := st.AddEntry(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	uaw := resolve(t, st, "UAW")
	jilaf := resolve(t, st, "JILAF")
	wage := add(store.NewEntry{Date: "2024-03-05", Kind: store.KindRequest, Title: "Wage talks at the Rayong plant",
		Summary: "賃金交渉について相談", Author: "Tanaka", PartnerIDs: []int64{jilaf}, GoalIDs: []int{2},
		Opened: "2024-03-05", FirstResponse: "2024-03-07"})
	visit := add(store.NewEntry{Date: "2025-01-10", Kind: store.KindVisit, Title: "Visit to Detroit", Summary: "EU rules discussed",
		Author: "suzuki", PartnerIDs: []int64{uaw}, GoalIDs: []int{1, 3}})
	kana := add(store.NewEntry{Date: "2025-02-10", Kind: store.KindSeminar, Title: "ｼﾞﾄﾞｳｼｬ ｻﾝｷﾞｮｳ ｾﾐﾅｰ",
		Author: "suzuki", PartnerIDs: []int64{jilaf}, GoalIDs: []int{3}})
	tests := []struct {
		filter string
		want   []int64 // among the entries added here
		total  int     // -1: not checked
	}{
		{`goal:2 country:JP kind:request since:2024-01-01 until:2024-12-31 "wage talks"`, []int64{wage}, 1},
		{"wage", []int64{wage}, 1},
		{"WAGE TALKS", []int64{wage}, 1},
		{"交渉", []int64{wage}, 1},   // two characters: below the trigram index
		{"賃金交渉", []int64{wage}, 1}, // through the index
		{"eu", []int64{visit}, 2},  // short term: "EU rules" and "Leutert" in a seeded entry
		{"Detroit goal:1", []int64{visit}, 1},
		{"partner:UAW", []int64{visit}, 1},
		{"partner:automobile", []int64{visit}, 1}, // part of UAW's long name
		{"country:US kind:visit", []int64{visit}, 1},
		// A country by its English or Japanese name, or part of one.
		{`country:"United States" kind:visit`, []int64{visit}, 1},
		{"country:米国 kind:visit", []int64{visit}, 1},
		{"country:Thailand", nil, 0},
		{"country:タイ,us kind:visit", []int64{visit}, 1},
		{`country:"Ｕｎｉｔｅｄ Ｓｔａｔｅｓ" kind:visit`, []int64{visit}, 1}, // quoted, as typed, resolved by NameKey
		{"partner:全米自動車", []int64{visit}, 1},                      // UAW's Japanese name
		{"status:answered", []int64{wage}, 1},
		{"status:open", nil, 0},
		{"author:tanaka", []int64{wage}, 1},
		{"goal:3 kind:visit,request", []int64{visit}, 1},
		{"until:2017-12-31", nil, 1}, // the 2017 seed entry only
		{`"Japan Council"`, nil, 1},  // JCM's name, through the partners column
		{"nothing-like-this", nil, 0},
		// Normalised: full width, half-width kana, and short Japanese terms.
		{"ＪＣＭ", nil, 1},                           // the seeded JCM request, by its title and its partner
		{`"ＪＣＭ"`, nil, 1},                         // quoted, kept as typed, folded to match
		{"ｊｃｍ kind：news", nil, 1},                 // and a full-width key
		{"ジドウシャ", []int64{kana}, 1},               // typed in full width, written in half width
		{"ｼﾞﾄﾞｳｼｬ", []int64{kana}, 1},             // and the other way round
		{"ｼﾞﾄﾞ", []int64{kana}, 1},                // four characters typed, two once folded: no trigram
		{"賃金", []int64{wage}, 1},                  // two characters
		{"賃", []int64{wage}, 1},                   // one
		{"ＷＡＧＥ　ＴＡＬＫＳ", []int64{wage}, 1},          // full-width letters and space: two words
		{"goal：２ ｋｉｎｄ：ｒｅｑｕｅｓｔ", []int64{wage}, 1}, // keys and values in full width
	}
	for _, tt := range tests {
		f, err := store.ParseFilter(tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		page, err := st.SearchEntries(ctx, f, 0, 50)
		if err != nil {
			t.Fatalf("%s: %v", tt.filter, err)
		}
		if tt.total >= 0 && page.Total != tt.total {
			t.Errorf("%s: %d matched, want %d", tt.filter, page.Total, tt.total)
		}
		got := map[int64]bool{}
		for _, e := range page.Entries {
			got[e.ID] = true
		}
		for _, id := range tt.want {
			if !got[id] {
				t.Errorf("%s: entry %d not found", tt.filter, id)
			}
		}
	}
	// A partner's new name is found at once.
	p, _ := st.Partner(ctx, uaw)
	name := "United Auto Workers"
	if _, err := st.PatchPartner(ctx, p.ID, store.PartnerPatch{Name: &name}); err != nil {
		t.Fatal(err)
	}
	if page, _ := st.SearchEntries(ctx, store.Filter{Text: []string{"United Auto"}}, 0, 5); page.Total != 1 {
		t.Errorf("renamed partner not found: %d", page.Total)
	}
	// A deleted entry is not found.
	if err := st.DeleteEntry(ctx, wage); err != nil {
		t.Fatal(err)
	}
	if page, _ := st.SearchEntries(ctx, store.Filter{Text: []string{"wage"}}, 0, 5); page.Total != 0 {
		t.Errorf("deleted entry found")
	}
}

// TestFilterNamesWhatExists: a goal, partner or country that the database
// does not have is a *FilterError naming the term when the search is
// planned, never an empty list.
func TestFilterNamesWhatExists(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	for _, tt := range []struct {
		filter  string
		problem store.FilterProblem
		term    string
		values  []string
	}{
		{"goal:9", store.FilterUnknownGoal, "goal:9", []string{"1", "2", "3"}},
		{"goal:1,7 kind:visit", store.FilterUnknownGoal, "goal:7", []string{"1", "2", "3"}},
		{"partner:Nope", store.FilterUnknownPartner, "partner:Nope", nil},
		{`partner:UAW partner:"Nobody at all"`, store.FilterUnknownPartner, `partner:"Nobody at all"`, nil},
		{"country:Atlantis", store.FilterUnknownCountry, "country:Atlantis", nil},
		{"country:XX", store.FilterUnknownCountry, "country:XX", nil},
		{"country:TH,THX", store.FilterUnknownCountry, "country:THX", nil},
		{"country:Ind", store.FilterAmbiguousCountry, "country:Ind", []string{"ID", "IN"}},
	} {
		f, err := store.ParseFilter(tt.filter)
		if err != nil {
			t.Fatalf("%s: %v", tt.filter, err)
		}
		for name, search := range map[string]func() error{
			"page":  func() error { _, err := st.SearchEntries(ctx, f, 0, 5); return err },
			"count": func() error { _, _, err := st.CountEntries(ctx, f, 0); return err },
		} {
			err := search()
			var fe *store.FilterError
			if !errors.As(err, &fe) || fe.Problem != tt.problem || fe.Term != tt.term {
				t.Errorf("%s (%s): %v, want %s on %q", tt.filter, name, err, tt.problem, tt.term)
				continue
			}
			if got := append([]string(nil), fe.Values...); !reflect.DeepEqual(sorted(got), tt.values) {
				t.Errorf("%s: values %v, want %v", tt.filter, fe.Values, tt.values)
			}
		}
	}
}

func sorted(s []string) []string {
	slices.Sort(s)
	return s
}

func resolve(t *testing.T, st *store.Store, q string) int64 {
	t.Helper()
	p, err := st.ResolvePartner(context.Background(), q)
	if err != nil {
		t.Fatalf("ResolvePartner(%q): %v", q, err)
	}
	return p.ID
}

// since: and until: read dates as the date fields do: with slashes, in the
// era calendar, or a time ago.
func TestFilterDatesAsFieldsReadThem(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"since:2026/11/01": "2026-11-01", "since:R8.11.1": "2026-11-01", "since:令和8年11月1日": "2026-11-01",
		"since:3d": time.Now().AddDate(0, 0, -3).Format(store.DateLayout),
		"since:1m": time.Now().AddDate(0, -1, 0).Format(store.DateLayout),
	} {
		f, err := store.ParseFilter(in)
		if err != nil || f.Since != want {
			t.Errorf("%s: since %q, %v; want %q", in, f.Since, err, want)
		}
	}
	if _, err := store.ParseFilter("until:2026-02-30"); err == nil {
		t.Error("until:2026-02-30 was read")
	}
}
