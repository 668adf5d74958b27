package demo

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"vision2030/store"
)

// How demo partners are named: as organisations of their kind are named in
// their country, with short names that read as names (letters, never a
// number standing alone in a table), and a Japanese name and reading only
// for a Japanese organisation.

// naming is a partner's names.
type naming struct {
	name, short, nameJA, yomi string
}

// industry is a sector federations organise.
type industry struct {
	en, abbr, ja, yomi string
}

var industries = []industry{
	{"Automobile", "A", "自動車", "じどうしゃ"},
	{"Auto Parts", "AP", "自動車部品", "じどうしゃぶひん"},
	{"Metal", "M", "金属", "きんぞく"},
	{"Electrical and Electronics", "EE", "電機", "でんき"},
	{"Rubber", "R", "ゴム", "ごむ"},
	{"Transport Equipment", "TE", "輸送機器", "ゆそうきき"},
}

// japaneseTowns are the Japanese plant towns as Japanese writes them, with
// their readings.
var japaneseTowns = map[string]struct{ ja, yomi string }{
	"Toyota City": {"豊田", "とよた"}, "Hamamatsu": {"浜松", "はままつ"},
	"Hiroshima": {"広島", "ひろしま"}, "Yokohama": {"横浜", "よこはま"},
}

// townCode is a short code for a town: the initials of a name of several
// words ("Samut Prakan" SP), else its first three letters ("Kolín" KOL).
func townCode(town string) string {
	var letters []rune
	for _, r := range norm.NFD.String(town) {
		switch {
		case r == 'ł' || r == 'Ł':
			letters = append(letters, 'L')
		case r < unicode.MaxASCII && unicode.IsLetter(r):
			letters = append(letters, unicode.ToUpper(r))
		case r == ' ':
			letters = append(letters, ' ')
		}
	}
	words := strings.Fields(string(letters))
	if len(words) > 1 {
		var b strings.Builder
		for _, w := range words {
			b.WriteByte(w[0])
		}
		return b.String()
	}
	s := strings.Join(words, "")
	return s[:min(3, len(s))]
}

// namings are the names a new partner of kind k may take in country c
// (code, English name), by its town, company and industry, in the order
// they are tried.
func namings(k store.PartnerKind, code, cname, town string, co company, ind industry) []naming {
	tc := townCode(town)
	jp := code == "JP"
	switch k {
	case store.KindUnion:
		n := naming{name: fmt.Sprintf("%s %s Workers' Union", co.en, town)}
		if jp {
			t := japaneseTowns[town]
			n.nameJA, n.yomi = co.ja+t.ja+"労働組合", co.yomi+t.yomi+"ろうどうくみあい"
		}
		a, b := n, n
		a.short, b.short = co.short+"-"+code, co.short+"-"+tc
		return []naming{a, b}
	case store.KindFederation:
		out := []naming{
			{name: fmt.Sprintf("%s Federation of %s Workers", cname, ind.en), short: "F" + ind.abbr + "W-" + code},
			{name: fmt.Sprintf("%s %s Workers' Federation", cname, ind.en), short: ind.abbr + "WF-" + code},
			{name: fmt.Sprintf("National Union of %s Workers, %s", ind.en, cname), short: "NU" + ind.abbr + "W-" + code},
			{name: fmt.Sprintf("Confederation of %s Workers' Unions, %s", ind.en, cname), short: "C" + ind.abbr + "WU-" + code},
		}
		if jp {
			for i, ja := range []struct{ name, yomi string }{
				{"全日本" + ind.ja + "労働組合連合会", "ぜんにほん" + ind.yomi + "ろうどうくみあいれんごうかい"},
				{ind.ja + "労働者連盟", ind.yomi + "ろうどうしゃれんめい"},
				{"全国" + ind.ja + "労働組合", "ぜんこく" + ind.yomi + "ろうどうくみあい"},
				{ind.ja + "労働組合総連合", ind.yomi + "ろうどうくみあいそうれんごう"},
			} {
				out[i].nameJA, out[i].yomi = ja.name, ja.yomi
			}
		}
		return out
	case store.KindNationalCentre:
		return []naming{
			{name: cname + " Trade Union Congress", short: "TUC-" + code},
			{name: "Confederation of " + cname + " Trade Unions", short: "CTU-" + code},
			{name: cname + " Labour Congress", short: "LC-" + code},
			{name: "National Trade Union Centre of " + cname, short: "NTUC-" + code},
		}
	case store.KindNGO:
		return []naming{
			{name: town + " Labour Rights Centre", short: "LRC-" + tc},
			{name: town + " Workers' Support Centre", short: "WSC-" + tc},
			{name: cname + " Labour Institute", short: "LI-" + code},
			{name: cname + " Migrant Workers' Network", short: "MWN-" + code},
		}
	case store.KindGovernment:
		return []naming{
			{name: "Ministry of Labour, " + cname, short: "MOL-" + code},
			{name: "Department of Labour Protection, " + cname, short: "DLP-" + code},
			{name: "Labour Inspection Office, " + town, short: "LIO-" + tc},
			{name: "Ministry of Industry, " + cname, short: "MOI-" + code},
		}
	case store.KindEmployer:
		return []naming{
			{name: cname + " Automotive Industry Association", short: "AIA-" + code},
			{name: cname + " Auto Parts Makers' Association", short: "APMA-" + code},
			{name: "Employers' Confederation of " + cname, short: "EC-" + code},
			{name: town + " Industrial Estate Association", short: "IEA-" + tc},
		}
	case store.KindGlobalUnion:
		return []naming{
			{name: "IndustriALL " + cname + " Office", short: "IA-" + code},
			{name: "IndustriALL " + cname + " Council", short: "IAC-" + code},
			{name: "IndustriALL Office, " + town, short: "IA-" + tc},
		}
	}
	return []naming{
		{name: "ILO Country Office for " + cname, short: "ILO-" + code},
		{name: "ILO Project Office, " + town, short: "ILOP-" + tc},
		{name: "ILO Decent Work Team, " + town, short: "DWT-" + tc},
	}
}
