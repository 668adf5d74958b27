package store_test

import (
	"context"
	"reflect"
	"testing"

	"vision2030/store"
)

func TestTextsIn(t *testing.T) {
	t.Parallel()
	g := store.Goal{Title: "Establishing constructive labour–management relations", TitleJA: "建設的な労使関係の確立",
		ShortTitle: "Constructive relations", Description: "The value.", DescriptionJA: "価値観。", DescriptionDraft: true}
	tests := []struct {
		name, got, want string
	}{
		{"title en", g.TitleIn("en"), g.Title},
		{"title ja", g.TitleIn("ja"), g.TitleJA},
		{"title, another tag", g.TitleIn("fr"), g.Title},
		{"short title ja falls back to English", g.ShortTitleIn("ja"), "Constructive relations"},
		{"description ja", g.DescriptionIn("ja"), "価値観。"},
		{"stage name ja", store.Stage{Name: "Value shared", NameJA: "価値観の共有"}.NameIn("ja"), "価値観の共有"},
		{"stage rubric ja, none", store.Stage{Rubric: "r"}.RubricIn("ja"), "r"},
		{"region ja", store.Region{NameEN: "Oceania", NameJA: "大洋州"}.NameIn("ja"), "大洋州"},
		{"country en", store.Country{NameEN: "United States", NameJA: "米国"}.NameIn("en"), "United States"},
		{"partner ja, none", store.Partner{Name: "Verité"}.NameIn("ja"), "Verité"},
		{"partner ja", store.Partner{Name: "Ministry of Justice", NameJA: "法務省"}.NameIn("ja"), "法務省"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	notes := []struct {
		name string
		got  store.TextNote
		want store.TextNote
	}{
		{"draft in English", g.DescriptionNote("en"), store.TextNote{Draft: true}},
		{"draft and translation in Japanese", g.DescriptionNote("ja"), store.TextNote{Draft: true, Translation: true}},
		{"title in English", g.TitleNote("en"), store.TextNote{}},
		{"title in Japanese", g.TitleNote("ja"), store.TextNote{Translation: true}},
		{"confirmed", store.Goal{TitleJA: "x", JAConfirmed: true}.TitleNote("ja"), store.TextNote{}},
		{"no Japanese: shown in English, not a translation", store.Stage{Rubric: "r"}.RubricNote("ja"), store.TextNote{}},
		{"rubric draft", store.Stage{Rubric: "r", RubricJA: "ル", RubricDraft: true}.RubricNote("ja"), store.TextNote{Draft: true, Translation: true}},
	}
	for _, n := range notes {
		if n.got != n.want {
			t.Errorf("%s: %+v, want %+v", n.name, n.got, n.want)
		}
	}
}

func labels(ps []store.Partner) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Label())
	}
	return out
}

// TestSortPartners: Japanese lists in 五十音 order by reading (hiragana and
// katakana alike, a partner without a reading by its name), English ones
// by name ignoring case and accents.
func TestSortPartners(t *testing.T) {
	t.Parallel()
	ps := []store.Partner{
		{ID: 1, Name: "Japanese Trade Union Confederation", ShortName: "RENGO", NameJA: "連合", Yomi: "れんごう"},
		{ID: 2, Name: "Ministry of Justice", ShortName: "MOJ", NameJA: "法務省", Yomi: "ほうむしょう"},
		{ID: 3, Name: "Intel", Yomi: "インテル"}, // katakana reading
		{ID: 4, Name: "verité", ShortName: "Verité"},
		{ID: 5, Name: "Ministry of Foreign Affairs", ShortName: "MOFA", NameJA: "外務省", Yomi: "がいむしょう"},
		{ID: 6, Name: "ACE"},
		{ID: 7, Name: "Japan Council of Metalworkers' Unions", ShortName: "JCM", NameJA: "金属労協", Yomi: "きんぞくろうきょう"},
		{ID: 8, Name: "Keidanren", ShortName: "Keidanren", NameJA: "経団連", Yomi: "けいだんれん"},
		{ID: 9, Name: "ACE", ShortName: "ACE2"}, // a tie: by id
		{ID: 10, Name: "Kanji only", ShortName: "K", NameJA: "国際労働機関"},
	}
	ja := append([]store.Partner(nil), ps...)
	store.SortPartners(ja, store.LangJA)
	// Latin names before kana; か (外務省 が) before き before け; kanji without
	// a reading last.
	want := []string{"ACE", "ACE2", "Verité", "Intel", "MOFA", "JCM", "Keidanren", "MOJ", "RENGO", "K"}
	if got := labels(ja); !reflect.DeepEqual(got, want) {
		t.Errorf("Japanese order %v, want %v", got, want)
	}
	en := append([]store.Partner(nil), ps...)
	store.SortPartners(en, store.LangEN)
	want = []string{"ACE", "ACE2", "Intel", "JCM", "RENGO", "K", "Keidanren", "MOFA", "MOJ", "Verité"}
	if got := labels(en); !reflect.DeepEqual(got, want) {
		t.Errorf("English order %v, want %v", got, want)
	}
}

// TestSortCountriesInJapanese: katakana names with the long-vowel mark
// (ルーマニア, ポーランド) sort by their first kana, like the others.
func TestSortCountriesInJapanese(t *testing.T) {
	t.Parallel()
	cs := []store.Country{{Code: "RO", NameJA: "ルーマニア"}, {Code: "PL", NameJA: "ポーランド"}, {Code: "US", NameJA: "米国", Yomi: "べいこく"},
		{Code: "ID", NameJA: "インドネシア"}, {Code: "TH", NameJA: "タイ"}, {Code: "CA", NameJA: "カナダ"}, {Code: "CN", NameJA: "中国", Yomi: "ちゅうごく"}}
	store.SortCountries(cs, store.LangJA)
	var got []string
	for _, c := range cs {
		got = append(got, c.Code)
	}
	// い か た ち べ ぽ る
	if want := []string{"ID", "CA", "TH", "CN", "US", "PL", "RO"}; !reflect.DeepEqual(got, want) {
		t.Errorf("%v, want %v", got, want)
	}
}

// TestPartnersByCountryInJapanese: countries and partners in 五十音 order,
// paged after sorting; the English order is unchanged.
func TestPartnersByCountryInJapanese(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	all, err := st.PartnersByCountry(ctx, store.PartnerQuery{Lang: store.LangJA})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != len(all.Partners) || all.Total < 27 {
		t.Fatalf("%d of %d", len(all.Partners), all.Total)
	}
	// スイス (CH) before タイ (TH) before にほん (JP) before べいこく (US).
	var order []string
	for _, p := range all.Partners {
		if len(order) == 0 || order[len(order)-1] != p.CountryCode {
			order = append(order, p.CountryCode)
		}
	}
	if want := []string{"CH", "TH", "JP", "US"}; !reflect.DeepEqual(order, want) {
		t.Errorf("countries %v, want %v", order, want)
	}
	var jp []string
	for _, p := range all.Partners {
		if p.CountryCode == "JP" {
			jp = append(jp, p.Label())
		}
	}
	// ACE and ASSC (no reading: their names, Latin, first), ILO Japan
	// (あいえるおー), 外務省, 金属労協, 経団連, 経済産業省, 厚生労働省, 国際労働財団,
	// 農林水産省, 法務省, 連合.
	want := []string{"ACE", "ASSC", "ILO Japan", "MOFA", "JCM", "METI", "Keidanren", "MHLW", "JILAF", "MAFF", "MOJ", "JTUC-RENGO"}
	if !reflect.DeepEqual(jp, want) {
		t.Errorf("Japan's partners %v, want %v", jp, want)
	}
	page, err := st.PartnersByCountry(ctx, store.PartnerQuery{Lang: store.LangJA, Offset: 3, Limit: 4})
	if err != nil || page.Total != all.Total || !reflect.DeepEqual(labels(page.Partners), labels(all.Partners[3:7])) {
		t.Errorf("page 3+4: %v of %d, want %v", labels(page.Partners), page.Total, labels(all.Partners[3:7]))
	}
	if page, _ := st.PartnersByCountry(ctx, store.PartnerQuery{Lang: store.LangJA, Offset: 1000}); len(page.Partners) != 0 {
		t.Errorf("past the end: %v", labels(page.Partners))
	}
	us, _ := st.PartnersByCountry(ctx, store.PartnerQuery{Lang: store.LangJA, Country: "us"})
	en, _ := st.PartnersByCountry(ctx, store.PartnerQuery{Country: "us"})
	if us.Total != en.Total || us.Partners[0].CountryCode != "US" || en.Partners[0].Label() != "AFL-CIO" {
		t.Errorf("US: %v / %v", labels(us.Partners), labels(en.Partners))
	}
}
