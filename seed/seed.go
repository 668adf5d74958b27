// Package seed holds the data a new vision2030 database starts with: the
// vision's three goals and their stage rubrics, the countries, the
// organisations and the dated events named in the source texts
// (shared/seeds/). Nothing here is invented: an event whose date the texts do
// not give in full (the 2013 Bangkok conference, the 2017 formulation of the
// vision) is not an entry, and is kept as a fact of the vision instead.
package seed

import (
	"context"
	"fmt"

	"vision2030/store"
)

// Author is recorded as the author of seeded entries.
const Author = "seed"

// Apply seeds st with Data unless it has been seeded before, and reports
// whether it wrote anything.
func Apply(ctx context.Context, st *store.Store) (bool, error) {
	return st.Seed(ctx, Data())
}

// Data returns the seed data. It is deterministic, and so are the uids of
// the seeded partners and entries, so that an export of one seeded database
// imported into another duplicates nothing.
func Data() store.SeedData {
	d := store.SeedData{
		Goals:     Goals(),
		Stages:    Stages(),
		Countries: Countries(),
		Partners:  Partners(),
		Entries:   Entries(),
	}
	for i := range d.Partners {
		if d.Partners[i].UID == "" {
			d.Partners[i].UID = "seed:partner:" + d.Partners[i].Label()
		}
	}
	for i := range d.Entries {
		if d.Entries[i].UID == "" {
			d.Entries[i].UID = fmt.Sprintf("seed:entry:%s:%d", d.Entries[i].Date, i+1)
		}
	}
	return d
}

// Goals returns the vision's three primary goals in the words of the source
// texts, each with the seeded 2030 target of 100 %.
func Goals() []store.Goal {
	return []store.Goal{
		{ID: 1, Title: "Securing fundamental labour rights throughout the global automobile industry",
			ShortTitle: "Fundamental labour rights", Target: 1.0,
			Description: "Labour rights are human rights: freedom of association and collective bargaining, secured at overseas businesses of Japanese automobile companies and along their supply chains, including through human rights due diligence."},
		{ID: 2, Title: "Establishing constructive labour–management relations",
			ShortTitle: "Constructive labour–management relations", Target: 1.0,
			Description: "The value: understanding and sharing the importance and necessity of constructive labour–management relations. The framework: labour–management dialogue is institutionalized and practiced."},
		{ID: 3, Title: "Promoting the sound and sustainable development of companies",
			ShortTitle: "Sound, sustainable companies", Target: 1.0,
			Description: "Supporting the healthy, sustainable development of enterprises through the structural transformation toward a sustainable, carbon-neutral society."},
	}
}

// Stages returns the rubric of stages 0–4 for each goal. The ladder is the
// vision's own: no contact; contact and dialogue; the value is shared; the
// framework exists; JAW is the first place to consult.
func Stages() []store.Stage {
	first := "JAW is \"the first place to consult\" when the partner faces a challenge"
	rubric := map[int][5]string{
		1: {
			"No contact yet on labour rights.",
			"Contact and dialogue on labour rights have begun.",
			"The partner shares the value: \"labour rights are human rights\" — freedom of association and collective bargaining are understood and upheld as necessary.",
			"The framework exists: fundamental labour rights are secured in practice, and the union takes part in human rights due diligence as a legitimate stakeholder.",
			"On labour rights, " + first + ".",
		},
		2: {
			"No contact yet on labour–management relations.",
			"Contact and dialogue on labour–management relations have begun.",
			"The value is shared: \"understanding and sharing the importance and necessity of constructive labour–management relations\".",
			"The framework exists: \"labour–management dialogue is institutionalized and practiced\".",
			"On labour–management relations, " + first + ".",
		},
		3: {
			"No contact yet on the development of companies.",
			"Contact and dialogue on the company's development have begun.",
			"The value is shared: the union sees the sound and sustainable development of the company as its own concern.",
			"The framework exists: union and management regularly discuss the company's sustainable development, including the transformation toward a carbon-neutral society.",
			"On the development of companies, " + first + ".",
		},
	}
	names := [5]string{"No contact", "Contact and dialogue", "Value shared", "Framework in place", "First place to consult"}
	var st []store.Stage
	for g := 1; g <= 3; g++ {
		for s := 0; s <= store.MaxStage; s++ {
			st = append(st, store.Stage{GoalID: g, Stage: s, Name: names[s], Rubric: rubric[g][s]})
		}
	}
	return st
}

// Regions of the world, as countries are grouped on screen.
// They are the codes of the schema's regions table.
const (
	EastAsia      = "east_asia"
	SouthEastAsia = "south_east_asia"
	SouthAsia     = "south_asia"
	MiddleEast    = "middle_east"
	Oceania       = "oceania"
	NorthAmerica  = "north_america"
	LatinAmerica  = "latin_america"
	Europe        = "europe"
)

// Countries returns the countries and territories the source texts name,
// plus the main automobile-producing countries of Asia, the Americas and
// Europe.
func Countries() []store.Country {
	return []store.Country{
		// Named in the source texts.
		{Code: "JP", NameEN: "Japan", NameJA: "日本", Region: EastAsia},
		{Code: "TH", NameEN: "Thailand", NameJA: "タイ", Region: SouthEastAsia},
		{Code: "ID", NameEN: "Indonesia", NameJA: "インドネシア", Region: SouthEastAsia},
		{Code: "US", NameEN: "United States", NameJA: "アメリカ合衆国", Region: NorthAmerica},
		{Code: "CH", NameEN: "Switzerland", NameJA: "スイス", Region: Europe},
		{Code: "BD", NameEN: "Bangladesh", NameJA: "バングラデシュ", Region: SouthAsia},
		{Code: "KH", NameEN: "Cambodia", NameJA: "カンボジア", Region: SouthEastAsia},
		{Code: "FJ", NameEN: "Fiji", NameJA: "フィジー", Region: Oceania},
		{Code: "IN", NameEN: "India", NameJA: "インド", Region: SouthAsia},
		{Code: "JO", NameEN: "Jordan", NameJA: "ヨルダン", Region: MiddleEast},
		{Code: "LA", NameEN: "Laos", NameJA: "ラオス", Region: SouthEastAsia},
		{Code: "MY", NameEN: "Malaysia", NameJA: "マレーシア", Region: SouthEastAsia},
		{Code: "MV", NameEN: "Maldives", NameJA: "モルディブ", Region: SouthAsia},
		{Code: "NP", NameEN: "Nepal", NameJA: "ネパール", Region: SouthAsia},
		{Code: "NZ", NameEN: "New Zealand", NameJA: "ニュージーランド", Region: Oceania},
		{Code: "PK", NameEN: "Pakistan", NameJA: "パキスタン", Region: SouthAsia},
		{Code: "PH", NameEN: "Philippines", NameJA: "フィリピン", Region: SouthEastAsia},
		{Code: "WS", NameEN: "Samoa", NameJA: "サモア", Region: Oceania},
		{Code: "SG", NameEN: "Singapore", NameJA: "シンガポール", Region: SouthEastAsia},
		{Code: "LK", NameEN: "Sri Lanka", NameJA: "スリランカ", Region: SouthAsia},
		// Main automobile-producing countries of Asia.
		{Code: "CN", NameEN: "China", NameJA: "中国", Region: EastAsia},
		{Code: "KR", NameEN: "South Korea", NameJA: "韓国", Region: EastAsia},
		{Code: "TW", NameEN: "Taiwan", NameJA: "台湾", Region: EastAsia},
		{Code: "VN", NameEN: "Viet Nam", NameJA: "ベトナム", Region: SouthEastAsia},
		{Code: "TR", NameEN: "Türkiye", NameJA: "トルコ", Region: MiddleEast},
		// The Americas.
		{Code: "MX", NameEN: "Mexico", NameJA: "メキシコ", Region: LatinAmerica},
		{Code: "CA", NameEN: "Canada", NameJA: "カナダ", Region: NorthAmerica},
		{Code: "BR", NameEN: "Brazil", NameJA: "ブラジル", Region: LatinAmerica},
		{Code: "AR", NameEN: "Argentina", NameJA: "アルゼンチン", Region: LatinAmerica},
		// Europe.
		{Code: "DE", NameEN: "Germany", NameJA: "ドイツ", Region: Europe},
		{Code: "FR", NameEN: "France", NameJA: "フランス", Region: Europe},
		{Code: "ES", NameEN: "Spain", NameJA: "スペイン", Region: Europe},
		{Code: "GB", NameEN: "United Kingdom", NameJA: "イギリス", Region: Europe},
		{Code: "IT", NameEN: "Italy", NameJA: "イタリア", Region: Europe},
		{Code: "CZ", NameEN: "Czechia", NameJA: "チェコ", Region: Europe},
		{Code: "SK", NameEN: "Slovakia", NameJA: "スロバキア", Region: Europe},
		{Code: "PL", NameEN: "Poland", NameJA: "ポーランド", Region: Europe},
		{Code: "HU", NameEN: "Hungary", NameJA: "ハンガリー", Region: Europe},
		{Code: "RO", NameEN: "Romania", NameJA: "ルーマニア", Region: Europe},
		{Code: "PT", NameEN: "Portugal", NameJA: "ポルトガル", Region: Europe},
	}
}

// Partners returns the organisations the source texts name, with the kind
// and country the texts give. Since is set only where a text gives the year.
func Partners() []store.Partner {
	return []store.Partner{
		{Name: "IndustriALL Global Union", ShortName: "IndustriALL", Kind: store.KindGlobalUnion, CountryCode: "CH", Since: 1972,
			Notes: "Headquarters in Geneva. JAW has been a member since its founding in 1972, when it was the International Metalworkers' Federation (IMF)."},
		{Name: "International Union, United Automobile, Aerospace and Agricultural Implement Workers of America", ShortName: "UAW",
			Kind: store.KindFederation, CountryCode: "US", Notes: "Named by JAW as a long-standing individual network partner."},
		{Name: "International Labour Organization", ShortName: "ILO", Kind: store.KindInternationalOrg, CountryCode: "CH"},
		{Name: "ILO Office for Japan", ShortName: "ILO Japan", Kind: store.KindInternationalOrg, CountryCode: "JP"},
		{Name: "ILO Bureau for Workers' Activities", ShortName: "ILO-ACTRAV", Kind: store.KindInternationalOrg, CountryCode: "CH",
			Notes: "Joint multinational seminars with JILAF have been held continuously since 2010."},
		{Name: "ILO Regional Office for Asia and the Pacific", ShortName: "ILO ROAP", Kind: store.KindInternationalOrg, CountryCode: "TH"},
		{Name: "Japan International Labour Foundation", ShortName: "JILAF", Kind: store.KindNGO, CountryCode: "JP",
			Notes: "Has a Bangkok office. Joint seminars with ILO-ACTRAV since 2010."},
		{Name: "Japan Council of Metalworkers' Unions", ShortName: "JCM", Kind: store.KindFederation, CountryCode: "JP",
			Notes: "IndustriALL affiliate."},
		{Name: "Japanese Trade Union Confederation", ShortName: "JTUC-RENGO", Kind: store.KindNationalCentre, CountryCode: "JP"},
		{Name: "American Federation of Labor and Congress of Industrial Organizations", ShortName: "AFL-CIO", Kind: store.KindNationalCentre, CountryCode: "US"},
		{Name: "Japan Business Federation", ShortName: "Keidanren", Kind: store.KindEmployer, CountryCode: "JP"},
		{Name: "US Council for International Business", ShortName: "USCIB", Kind: store.KindEmployer, CountryCode: "US"},
		{Name: "Ministry of Economy, Trade and Industry", ShortName: "METI", Kind: store.KindGovernment, CountryCode: "JP"},
		{Name: "Ministry of Health, Labour and Welfare", ShortName: "MHLW", Kind: store.KindGovernment, CountryCode: "JP"},
		{Name: "Ministry of Foreign Affairs of Japan", ShortName: "MOFA", Kind: store.KindGovernment, CountryCode: "JP"},
		{Name: "Office of the United States Trade Representative", ShortName: "USTR", Kind: store.KindGovernment, CountryCode: "US"},
		{Name: "United States Department of Labor", ShortName: "USDOL", Kind: store.KindGovernment, CountryCode: "US"},
		{Name: "The Global Alliance for Sustainable Supply Chain", ShortName: "ASSC", Kind: store.KindNGO, CountryCode: "JP"},
		{Name: "ACE (Action against Child Exploitation)", ShortName: "ACE", Kind: store.KindNGO, CountryCode: "JP"},
		{Name: "Verité", ShortName: "Verité", Kind: store.KindNGO, CountryCode: "US"},
		{Name: "Responsible Sourcing Network", ShortName: "RSN", Kind: store.KindNGO, CountryCode: "US"},
	}
}

// Entries returns the events the source texts date in full.
func Entries() []store.SeedEntry {
	taskForce := []string{"METI", "MOFA", "USTR", "USDOL", "JTUC-RENGO", "AFL-CIO", "Keidanren", "USCIB", "ILO Japan"}
	return []store.SeedEntry{
		{Partners: []string{"ILO", "MHLW"}, NewEntry: store.NewEntry{
			Date: "2017-05-11", Kind: store.KindVisit, Author: Author, GoalIDs: []int{1},
			Title: "ILO and Japan sign a Memorandum of Cooperation in Tokyo",
			Summary: "During his second official visit to Japan (10–13 May 2017), ILO Director-General Guy Ryder and " +
				"Japan's Minister of Health, Labour and Welfare, Yasuhisa Shiozaki, signed a Memorandum of Cooperation " +
				"to strengthen cooperation between the ILO and Japan, in view of the 2030 Agenda and its SDGs.",
		}},
		{Partners: []string{"JCM", "METI"}, NewEntry: store.NewEntry{
			Date: "2022-06-21", Kind: store.KindCorrespondence, Author: Author, GoalIDs: []int{1, 2},
			Title: "JCM submits its human rights due diligence request to METI",
			Summary: "JCM president Akihiro Kaneko submitted the request to parliamentary vice-minister Kazuchika Iwata. It asks to:\n\n" +
				"1. specify the involvement of labour unions in human rights due diligence;\n" +
				"2. subject indirect business partners (second-tier subcontractors and beyond) to due diligence checks and actions;\n" +
				"3. have companies comply with international standards where domestic laws fall short.",
		}},
		{Partners: taskForce, NewEntry: store.NewEntry{
			Date: "2024-02-06", Kind: store.KindOnlineMeeting, Author: Author, GoalIDs: []int{1},
			Title: "Japan–U.S. Task Force on human rights and labour standards in supply chains: first round, day 1",
			Summary: "First round of the Task Force (established January 2023): government-to-government dialogue and " +
				"a dialogue with businesses, worker organizations and civil society, held virtually on 6 and 14 February 2024 (Japan time).",
		}},
		{Partners: taskForce, NewEntry: store.NewEntry{
			Date: "2024-02-14", Kind: store.KindOnlineMeeting, Author: Author, GoalIDs: []int{1},
			Title: "Japan–U.S. Task Force on human rights and labour standards in supply chains: first round, day 2",
			Summary: "Japan reported on the Guidelines for Respecting Human Rights in Responsible Supply Chains; the United States " +
				"on labour matters under the USMCA and the Uyghur Forced Labor Prevention Act. RENGO and the AFL-CIO took part in the stakeholder dialogue.",
		}},
		{Partners: []string{"IndustriALL", "ILO Japan", "ILO-ACTRAV"}, NewEntry: store.NewEntry{
			Date: "2025-04-21", Kind: store.KindConference, Author: Author, GoalIDs: []int{1, 2, 3},
			Title: "Sixth Asia Automobile Trade Union Conference (online)",
			Summary: "JAW's sixth Asia conference since 2013, with eight countries and regions of Asia and IndustriALL. " +
				"Yuki Kobayashi (ILO Office for Japan): \"labour rights are human rights\". Yuki Otsuji (ILO-ACTRAV): unions must be " +
				"recognized as legitimate stakeholders in supply chain dialogues. Georg Leutert (IndustriALL): human rights due diligence " +
				"\"is no longer optional\". Tsuyoshi Kasuya, director of JAW's International Affairs Bureau, introduced the International Vision 20-30.",
		}},
	}
}
