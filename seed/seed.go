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
		p := &d.Partners[i]
		if p.UID == "" {
			p.UID = "seed:partner:" + p.Label()
		}
		// The vision measures "the kind of labour–management relations that
		// JAW aspires to realize at overseas affiliates": unions and
		// federations abroad are tracked, Japan's own are not.
		p.Tracked = store.TrackedByDefault(p.Kind) && p.CountryCode != "JP"
	}
	for i := range d.Entries {
		if d.Entries[i].UID == "" {
			d.Entries[i].UID = fmt.Sprintf("seed:entry:%s:%d", d.Entries[i].Date, i+1)
		}
	}
	return d
}

// Goals returns the vision's three primary goals: their titles in the words
// of the source texts, descriptions that quote them, Japanese translations
// for JAW to confirm, and the default 2030 target.
func Goals() []store.Goal {
	return []store.Goal{
		{ID: 1, Title: "Securing fundamental labour rights throughout the global automobile industry",
			TitleJA:    "世界の自動車産業全体における基本的労働権の確保",
			ShortTitle: "Fundamental labour rights", ShortTitleJA: "基本的労働権",
			Description: "At JAW's 2025 Asia conference the ILO Office in Japan emphasized that \"labour rights are human rights\", " +
				"and JAW stressed the need for \"strong global union collaboration to ensure the effectiveness of human rights " +
				"due diligence in global supply chains\".",
			DescriptionJA: "2025年のJAWアジア会議で、ILO駐日事務所は「労働者の権利は人権である」と強調し、JAWは" +
				"「グローバル・サプライチェーンにおける人権デュー・ディリジェンスの実効性を確保するための、" +
				"グローバルな労働組合の強固な連携」の必要性を訴えた。",
			Target: store.DefaultTarget, TargetDefault: true},
		{ID: 2, Title: "Establishing constructive labour–management relations",
			TitleJA:    "建設的な労使関係の確立",
			ShortTitle: "Constructive labour–management relations", ShortTitleJA: "建設的な労使関係",
			Description: "The value: \"understanding and sharing the importance and necessity of constructive labour–management " +
				"relations\". The framework: \"labour–management dialogue is institutionalized and practiced\".",
			DescriptionJA: "価値観：「建設的な労使関係の重要性と必要性を理解し、共有すること」。" +
				"枠組み：「労使対話が制度化され、実践されていること」。",
			Target: store.DefaultTarget, TargetDefault: true},
		{ID: 3, Title: "Promoting the sound and sustainable development of companies",
			TitleJA:    "企業の健全で持続可能な発展の促進",
			ShortTitle: "Sound, sustainable companies", ShortTitleJA: "企業の健全で持続可能な発展",
			Description: "In JAW's words, \"supporting the healthy, sustainable development of enterprises\", as the automotive " +
				"industry \"is likely to undergo structural transformation in pursuit of a sustainable, carbon-neutral society\".",
			DescriptionJA: "JAWの言葉では「企業の健全で持続可能な発展を支えること」。自動車産業は" +
				"「持続可能なカーボンニュートラル社会を目指して構造転換を遂げる可能性が高い」。",
			Target: store.DefaultTarget, TargetDefault: true},
	}
}

// firstPlace is the vision's yardstick, stage 4 of every goal: "the key to
// realizing this vision lies in whether or not Japanese labour unions can
// become the first place to consult with when labour unions at overseas
// businesses face challenges".
const (
	firstPlace   = "\"the first place to consult with when labour unions at overseas businesses face challenges\""
	firstPlaceJA = "「海外事業体の労働組合が課題に直面したときに最初に相談する先」"
)

// Stages returns the rubric of stages 0–4 for each goal, in English and
// Japanese. The vision's own words give stage 2 (the value), 3 (the
// framework) of labour–management relations, and 4 (the first place to
// consult) of every goal; the other lines are drafts for JAW to confirm or
// replace (RubricDraft), and so is every line of goals 1 and 3 at stages 2
// and 3, which apply the ladder where the vision defines no value or
// framework.
func Stages() []store.Stage {
	type line struct {
		en, ja string
		draft  bool
	}
	rubric := map[int][5]line{
		1: {
			{"No contact yet on labour rights.", "労働者の権利について、まだ接触がない。", true},
			{"Contact and dialogue on labour rights have begun.", "労働者の権利について、接触と対話が始まっている。", true},
			{"The value is shared: \"labour rights are human rights\".", "価値観が共有されている：「労働者の権利は人権である」。", true},
			{"The framework exists: trade unions are \"recognized as legitimate stakeholders in global supply chain dialogues\".",
				"枠組みがある：労働組合が「グローバル・サプライチェーンをめぐる対話の正当なステークホルダーとして認められている」。", true},
			{"On labour rights, JAW is " + firstPlace + ".", "労働者の権利について、JAWが" + firstPlaceJA + "となっている。", false},
		},
		2: {
			{"No contact yet on labour–management relations.", "労使関係について、まだ接触がない。", true},
			{"Contact and dialogue on labour–management relations have begun.", "労使関係について、接触と対話が始まっている。", true},
			{"The value is shared: \"understanding and sharing the importance and necessity of constructive labour–management relations\".",
				"価値観が共有されている：「建設的な労使関係の重要性と必要性を理解し、共有すること」。", false},
			{"The framework exists: \"labour–management dialogue is institutionalized and practiced\".",
				"枠組みがある：「労使対話が制度化され、実践されている」。", false},
			{"On labour–management relations, JAW is " + firstPlace + ".", "労使関係について、JAWが" + firstPlaceJA + "となっている。", false},
		},
		3: {
			{"No contact yet on the development of companies.", "企業の発展について、まだ接触がない。", true},
			{"Contact and dialogue on the company's development have begun.", "企業の発展について、接触と対話が始まっている。", true},
			{"The value is shared: the union sees the sound and sustainable development of the company as its own concern.",
				"価値観が共有されている：労働組合が、企業の健全で持続可能な発展を自らの課題と捉えている。", true},
			{"The framework exists: union and management regularly discuss the company's sustainable development, " +
				"including the transformation toward a carbon-neutral society.",
				"枠組みがある：労使が、カーボンニュートラル社会への転換を含め、企業の持続可能な発展について定期的に話し合っている。", true},
			{"On the development of companies, JAW is " + firstPlace + ".", "企業の発展について、JAWが" + firstPlaceJA + "となっている。", false},
		},
	}
	names := [5][2]string{{"No contact", "接触なし"}, {"Contact and dialogue", "接触・対話"}, {"Value shared", "価値観の共有"},
		{"Framework in place", "枠組みの確立"}, {"First place to consult", "最初の相談先"}}
	var st []store.Stage
	for g := 1; g <= 3; g++ {
		for s := 0; s <= store.MaxStage; s++ {
			l := rubric[g][s]
			st = append(st, store.Stage{GoalID: g, Stage: s, Name: names[s][0], NameJA: names[s][1],
				Rubric: l.en, RubricJA: l.ja, RubricDraft: l.draft})
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
	CentralAsia   = "central_asia"
	MiddleEast    = "middle_east"
	Oceania       = "oceania"
	NorthAmerica  = "north_america"
	LatinAmerica  = "latin_america"
	Europe        = "europe"
	Africa        = "africa"
)

// Countries returns the countries and territories the source texts name,
// plus the main automobile-producing countries of Asia, the Americas,
// Europe and Africa. They are reference data, not facts of the sources, in
// one register per language: Japanese as Japan's Ministry of Foreign
// Affairs writes country names in running text (米国, 英国, 韓国), with a
// reading for those written in kanji; English in the short names of
// everyday use, spelt as the country itself spells them where the UN
// follows it (Türkiye, Czechia, Viet Nam). Regions follow the ministry's
// grouping, with Türkiye and Russia in Europe.
func Countries() []store.Country {
	return []store.Country{
		// Named in the source texts.
		{Code: "JP", NameEN: "Japan", NameJA: "日本", Yomi: "にほん", Region: EastAsia},
		{Code: "TH", NameEN: "Thailand", NameJA: "タイ", Region: SouthEastAsia},
		{Code: "ID", NameEN: "Indonesia", NameJA: "インドネシア", Region: SouthEastAsia},
		{Code: "US", NameEN: "United States", NameJA: "米国", Yomi: "べいこく", Region: NorthAmerica},
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
		{Code: "CN", NameEN: "China", NameJA: "中国", Yomi: "ちゅうごく", Region: EastAsia},
		{Code: "KR", NameEN: "South Korea", NameJA: "韓国", Yomi: "かんこく", Region: EastAsia},
		{Code: "TW", NameEN: "Taiwan", NameJA: "台湾", Yomi: "たいわん", Region: EastAsia},
		{Code: "VN", NameEN: "Viet Nam", NameJA: "ベトナム", Region: SouthEastAsia},
		{Code: "IR", NameEN: "Iran", NameJA: "イラン", Region: MiddleEast},
		{Code: "UZ", NameEN: "Uzbekistan", NameJA: "ウズベキスタン", Region: CentralAsia},
		// The Americas.
		{Code: "MX", NameEN: "Mexico", NameJA: "メキシコ", Region: LatinAmerica},
		{Code: "CA", NameEN: "Canada", NameJA: "カナダ", Region: NorthAmerica},
		{Code: "BR", NameEN: "Brazil", NameJA: "ブラジル", Region: LatinAmerica},
		{Code: "AR", NameEN: "Argentina", NameJA: "アルゼンチン", Region: LatinAmerica},
		// Europe.
		{Code: "DE", NameEN: "Germany", NameJA: "ドイツ", Region: Europe},
		{Code: "FR", NameEN: "France", NameJA: "フランス", Region: Europe},
		{Code: "ES", NameEN: "Spain", NameJA: "スペイン", Region: Europe},
		{Code: "GB", NameEN: "United Kingdom", NameJA: "英国", Yomi: "えいこく", Region: Europe},
		{Code: "IT", NameEN: "Italy", NameJA: "イタリア", Region: Europe},
		{Code: "CZ", NameEN: "Czechia", NameJA: "チェコ", Region: Europe},
		{Code: "SK", NameEN: "Slovakia", NameJA: "スロバキア", Region: Europe},
		{Code: "PL", NameEN: "Poland", NameJA: "ポーランド", Region: Europe},
		{Code: "HU", NameEN: "Hungary", NameJA: "ハンガリー", Region: Europe},
		{Code: "RO", NameEN: "Romania", NameJA: "ルーマニア", Region: Europe},
		{Code: "PT", NameEN: "Portugal", NameJA: "ポルトガル", Region: Europe},
		{Code: "TR", NameEN: "Türkiye", NameJA: "トルコ", Region: Europe},
		{Code: "RU", NameEN: "Russia", NameJA: "ロシア", Region: Europe},
		// Africa.
		{Code: "ZA", NameEN: "South Africa", NameJA: "南アフリカ", Yomi: "みなみあふりか", Region: Africa},
		{Code: "MA", NameEN: "Morocco", NameJA: "モロッコ", Region: Africa},
	}
}

// Partners returns the organisations the source texts name, with the kind
// and country the texts give or imply (an international organisation's
// country is where its office is). Since is set only where a text gives the
// year. Names are the organisations' own; Japanese names and readings
// (for 五十音 order) are given for Japanese organisations and for the
// foreign ones that have a name in common Japanese use.
func Partners() []store.Partner {
	return []store.Partner{
		// In the order the first seed wrote them, so that their ids stay.
		{Name: "IndustriALL Global Union", ShortName: "IndustriALL", Kind: store.KindGlobalUnion, CountryCode: "CH", Since: 1972,
			NameJA: "インダストリオール・グローバルユニオン", Yomi: "いんだすとりおーるぐろーばるゆにおん",
			Notes: "Headquarters in Geneva. JAW has been a member since its establishment in 1972, when it was the International Metalworkers' Federation (IMF)."},
		{Name: "International Union, United Automobile, Aerospace and Agricultural Implement Workers of America", ShortName: "UAW",
			Kind: store.KindUnion, CountryCode: "US", NameJA: "全米自動車労働組合", Yomi: "ぜんべいじどうしゃろうどうくみあい",
			Notes: "JAW has built \"individual networks with overseas industrial labour unions, notably UAW in the United States\"."},
		{Name: "International Labour Organization", ShortName: "ILO", Kind: store.KindInternationalOrg, CountryCode: "CH",
			NameJA: "国際労働機関", Yomi: "こくさいろうどうきかん"},
		{Name: "ILO Office for Japan", ShortName: "ILO Japan", Kind: store.KindInternationalOrg, CountryCode: "JP",
			NameJA: "ILO駐日事務所", Yomi: "あいえるおーちゅうにちじむしょ"},
		{Name: "ILO Bureau for Workers' Activities", ShortName: "ILO-ACTRAV", Kind: store.KindInternationalOrg, CountryCode: "CH",
			NameJA: "ILO労働者活動局", Yomi: "あいえるおーろうどうしゃかつどうきょく",
			Notes: "Joint multinational seminars with JILAF have been held continuously since 2010."},
		{Name: "ILO Regional Office for Asia and the Pacific", ShortName: "ILO ROAP", Kind: store.KindInternationalOrg, CountryCode: "TH",
			NameJA: "ILOアジア太平洋地域総局", Yomi: "あいえるおーあじあたいへいようちいきそうきょく"},
		{Name: "Japan International Labour Foundation", ShortName: "JILAF", Kind: store.KindNGO, CountryCode: "JP",
			NameJA: "国際労働財団", Yomi: "こくさいろうどうざいだん",
			Notes: "Has a Bangkok office. Joint seminars with ILO-ACTRAV since 2010."},
		{Name: "Japan Council of Metalworkers' Unions", ShortName: "JCM", Kind: store.KindFederation, CountryCode: "JP",
			NameJA: "全日本金属産業労働組合協議会（金属労協）", Yomi: "きんぞくろうきょう", Notes: "IndustriALL affiliate."},
		{Name: "Japanese Trade Union Confederation", ShortName: "JTUC-RENGO", Kind: store.KindNationalCentre, CountryCode: "JP",
			NameJA: "日本労働組合総連合会（連合）", Yomi: "れんごう"},
		{Name: "American Federation of Labor and Congress of Industrial Organizations", ShortName: "AFL-CIO", Kind: store.KindNationalCentre, CountryCode: "US",
			NameJA: "米国労働総同盟・産業別組合会議", Yomi: "えーえふえるしーあいおー"},
		{Name: "Japan Business Federation", ShortName: "Keidanren", Kind: store.KindEmployer, CountryCode: "JP",
			NameJA: "日本経済団体連合会（経団連）", Yomi: "けいだんれん"},
		{Name: "US Council for International Business", ShortName: "USCIB", Kind: store.KindEmployer, CountryCode: "US",
			NameJA: "米国国際ビジネス評議会", Yomi: "べいこくこくさいびじねすひょうぎかい"},
		{Name: "Ministry of Economy, Trade and Industry", ShortName: "METI", Kind: store.KindGovernment, CountryCode: "JP",
			NameJA: "経済産業省", Yomi: "けいざいさんぎょうしょう"},
		{Name: "Ministry of Health, Labour and Welfare", ShortName: "MHLW", Kind: store.KindGovernment, CountryCode: "JP",
			NameJA: "厚生労働省", Yomi: "こうせいろうどうしょう"},
		{Name: "Ministry of Foreign Affairs of Japan", ShortName: "MOFA", Kind: store.KindGovernment, CountryCode: "JP",
			NameJA: "外務省", Yomi: "がいむしょう"},
		{Name: "Office of the United States Trade Representative", ShortName: "USTR", Kind: store.KindGovernment, CountryCode: "US",
			NameJA: "米国通商代表部", Yomi: "べいこくつうしょうだいひょうぶ"},
		{Name: "United States Department of Labor", ShortName: "USDOL", Kind: store.KindGovernment, CountryCode: "US",
			NameJA: "米国労働省", Yomi: "べいこくろうどうしょう"},
		{Name: "The Global Alliance for Sustainable Supply Chain", ShortName: "ASSC", Kind: store.KindNGO, CountryCode: "JP"},
		{Name: "ACE (Action against Child Exploitation)", ShortName: "ACE", Kind: store.KindNGO, CountryCode: "JP"},
		{Name: "Verité", ShortName: "Verité", Kind: store.KindNGO, CountryCode: "US"},
		{Name: "Responsible Sourcing Network", ShortName: "RSN", Kind: store.KindNGO, CountryCode: "US"},
		// Named among the Task Force's participants.
		{Name: "Ministry of Justice", ShortName: "MOJ", Kind: store.KindGovernment, CountryCode: "JP",
			NameJA: "法務省", Yomi: "ほうむしょう"},
		{Name: "Ministry of Agriculture, Forestry and Fisheries", ShortName: "MAFF", Kind: store.KindGovernment, CountryCode: "JP",
			NameJA: "農林水産省", Yomi: "のうりんすいさんしょう"},
		{Name: "United States Department of State", ShortName: "DOS", Kind: store.KindGovernment, CountryCode: "US",
			NameJA: "米国国務省", Yomi: "べいこくこくむしょう"},
		{Name: "United States Department of Homeland Security", ShortName: "DHS", Kind: store.KindGovernment, CountryCode: "US",
			NameJA: "米国国土安全保障省", Yomi: "べいこくこくどあんぜんほしょうしょう"},
		{Name: "U.S. Customs and Border Protection", ShortName: "CBP", Kind: store.KindGovernment, CountryCode: "US",
			NameJA: "米国税関・国境警備局", Yomi: "べいこくぜいかんこっきょうけいびきょく"},
		{Name: "Intel", Kind: store.KindEmployer, CountryCode: "US", NameJA: "インテル", Yomi: "いんてる",
			Notes: "Took part in the Japan–U.S. Task Force's stakeholder dialogue \"in the capacity of the Public Private Alliance\"."},
	}
}

// TaskForce lists, by label, every participant the source names in the
// first round of the Japan–U.S. Task Force on the Promotion of Human Rights
// and International Labor Standards in Supply Chains, in either dialogue.
var TaskForce = []string{
	"METI", "MOFA", "MOJ", "MHLW", "MAFF", // Japan's government
	"USTR", "USDOL", "DOS", "DHS", "CBP", // the United States' government
	"Keidanren", "JTUC-RENGO", "ASSC", "ACE", "ILO Japan", // Japan's stakeholders
	"USCIB", "Intel", "AFL-CIO", "Verité", "RSN", // the United States' stakeholders
}

// Entries returns the events the source texts date in full. Events JAW did
// not take part in, as far as the texts say, are news; news is linked to a
// goal only where its text supports one.
func Entries() []store.SeedEntry {
	return []store.SeedEntry{
		{Partners: []string{"ILO", "MHLW"}, NewEntry: store.NewEntry{
			UID: "seed:entry:2017-05-11:ilo-japan-memorandum", Date: "2017-05-11", Kind: store.KindNews, Author: Author,
			Title: "ILO and Japan sign a Memorandum of Cooperation in Tokyo",
			Summary: "ILO Director-General Guy Ryder and Japan's Minister of Health, Labour and Welfare, Yasuhisa Shiozaki, " +
				"signed a Memorandum of Cooperation in Tokyo during the Director-General's second official visit to Japan " +
				"(10 to 13 May 2017), \"to further strengthen the bond of cooperation between the ILO and Japan\".",
		}},
		{Partners: []string{"JCM", "METI"}, NewEntry: store.NewEntry{
			UID: "seed:entry:2022-06-21:jcm-request-meti", Date: "2022-06-21", Kind: store.KindNews, Author: Author, GoalIDs: []int{1, 2},
			Title: "JCM submits its human rights due diligence request to METI",
			Summary: "JCM president Akihiro Kaneko submitted the request to Kazuchika Iwata, parliamentary vice-minister of economy, " +
				"trade and industry. It asks to:\n\n" +
				"1. \"specify the involvement of labor unions in human rights due diligence\";\n" +
				"2. ensure that indirect business partners, \"such as second-tier subcontractors and beyond\", are subject to due diligence checks and actions;\n" +
				"3. have companies \"comply with international standards\" where domestic laws do not meet them.\n\n" +
				"JCM \"is determined to promote discussions between labor and management going forward\".",
		}},
		{Partners: TaskForce, NewEntry: store.NewEntry{
			UID: "seed:entry:2024-02-14:japan-us-task-force", Date: "2024-02-14", Kind: store.KindNews, Author: Author, GoalIDs: []int{1},
			Title: "Japan–U.S. Task Force on human rights and labour standards in supply chains: first round",
			Summary: "The first round of the Task Force (established in January 2023) held a government-to-government dialogue and " +
				"a dialogue with stakeholders, including businesses, worker organizations and civil society organizations; they " +
				"\"took place virtually on February 6 and February 14, Japan time\". Japan reported on the Guidelines for " +
				"Respecting Human Rights in Responsible Supply Chains; the United States on labor-related matters under the USMCA " +
				"and the implementation of the Uyghur Forced Labor Prevention Act.",
		}},
		{Partners: []string{"IndustriALL", "ILO Japan", "ILO-ACTRAV"}, NewEntry: store.NewEntry{
			UID: "seed:entry:2025-04-21:asia-conference", Date: "2025-04-21", Kind: store.KindConference, Author: Author, GoalIDs: []int{1, 2, 3},
			Title: "Sixth Asia Automobile Trade Union Conference (online)",
			Summary: "JAW's sixth Asia conference since 2013, with representatives from \"eight countries and regions across Asia\" and IndustriALL. " +
				"Yuki Kobayashi (ILO Office in Japan): \"labour rights are human rights\". Yuki Otsuji (ILO Bureau for Workers' Activities): " +
				"\"it is essential for trade unions to be recognized as legitimate stakeholders in global supply chain dialogues\". " +
				"Georg Leutert (IndustriALL): \"human rights due diligence is no longer optional\". Tsuyoshi Kasuya, director of " +
				"JAW's International Affairs Bureau, introduced the International Vision 20-30.",
		}},
	}
}
