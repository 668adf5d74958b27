package seed_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"vision2030/seed"
	"vision2030/store"
)

// sourcesDir finds the source texts the seed is traced to. They are not
// copied into the project: they live beside the repository, at
// ../shared/seeds from its root (as in CI), or in an ancestor's shared/seeds
// for a worktree kept deeper; $VISION2030_SEEDS overrides both.
func sourcesDir() string {
	if d := os.Getenv("VISION2030_SEEDS"); d != "" {
		return d
	}
	dir, err := filepath.Abs("..") // the repository's root
	if err != nil {
		return ""
	}
	for {
		if d := filepath.Join(dir, "..", "shared", "seeds"); isDir(d) {
			return d
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// sources returns the source texts, normalised by normal. Without them the
// test is skipped, unless CI=true.
func sources(t *testing.T) string {
	t.Helper()
	dir := sourcesDir()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") == "" {
			t.Skip("no source texts in ../shared/seeds")
		}
		t.Fatalf("no source texts in ../shared/seeds (looked in %q)", dir)
	}
	var b strings.Builder
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(body)
		b.WriteString("\n\n")
	}
	return normal(b.String())
}

// normal makes typography irrelevant to a match: curly quotes read as
// straight ones, runs of space as one space, and case is ignored.
func normal(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// A fact of the seed and the words of the sources it rests on. The fact
// names what it covers in a form the tests below look up: "entry DATE",
// "entry DATE goal N" (why the entry is linked to the goal), "partner
// LABEL", "partner LABEL kind", "partner LABEL since", "partner LABEL note",
// "goal N title".
var facts = []struct{ fact, quote string }{
	// The goals.
	{"goal 1 title", "securing fundamental labour rights throughout the global automobile industry"},
	{"goal 2 title", "establishing constructive labour–management relations"},
	{"goal 3 title", "promoting the sound and sustainable development of companies"},
	{"the ladder: stage 2", `the value consists of "understanding and sharing the importance and necessity of constructive labour–management relations,"`},
	{"the ladder: stage 3", `the framework insists that "labour–management dialogue is institutionalized and practiced."`},
	{"the ladder: stage 4", "Japanese labour unions can become the first place to consult with when labour unions at overseas businesses face challenges"},
	{"the targets' horizon", "JAW aspires to realize at overseas affiliates of Japanese automobile companies by 2030"},
	{"tracked partners are abroad", "labour–management relations that JAW aspires to realize at overseas affiliates"},

	// The entries: the date, then why each goal is linked.
	{"entry 2017-05-11", "have signed the Memorandum of Cooperation in Tokyo on 11 May 2017"},
	{"entry 2017-05-11 news", "signed Memorandum of Cooperation with the Ministry of Health, Labour and Welfare"},
	{"entry 2022-06-21", "24 June, 2022"},
	{"entry 2022-06-21", "On 21 June, Akihiro Kaneko, president of JCM, submitted the union's due diligence request"},
	{"entry 2022-06-21 news", "the Japan Council of Metalworkers' Unions (JCM), submitted a request to the Ministry of Economy, Trade and Industry (METI)"},
	{"entry 2022-06-21 goal 1", "specify the involvement of labor unions in human rights due diligence"},
	{"entry 2022-06-21 goal 1", "it is basically linked to the ongoing efforts of unions to promote labour rights"},
	{"entry 2022-06-21 goal 2", "JCM is determined to promote discussions between labor and management going forward"},
	{"entry 2024-02-14", "February 14, 2024"},
	{"entry 2024-02-14", "took place virtually on February 6 and February 14, Japan time"},
	{"entry 2024-02-14 news", "the Japanese and U.S. governments, along with stakeholders, exchanged information on their respective initiatives"},
	{"entry 2024-02-14", "Established in January 2023"},
	{"entry 2024-02-14 goal 1", "aims to protect and promote human rights and internationally recognized labor rights in supply chains"},
	{"entry 2025-04-21", "5.13.2025"},
	{"entry 2025-04-21", "On April 21, the Confederation of Japan Automobile Workers' Unions (JAW) held the Asia Automobile Trade Union Conference online"},
	{"entry 2025-04-21", "This marked the sixth such conference, which JAW has organized since 2013"},
	{"entry 2025-04-21 goal 1", "labour rights are human rights"},
	{"entry 2025-04-21 goal 2", "stressed the importance of institutionalizing such dialogues so they do not remain one-off events"},
	{"entry 2025-04-21 goal 3", "the automotive industry is likely to undergo structural transformation in pursuit of a sustainable, carbon-neutral society"},

	// The organisations.
	{"partner IndustriALL", "the global union federation IndustriALL"},
	{"partner IndustriALL kind", "the global union federation IndustriALL"},
	{"partner IndustriALL since", "since its establishment in 1972. From the beginning, JAW has been a member of International Metalworkers' Federation (IMF, now IndustriALL)"},
	{"partner IndustriALL note", "IndustriALL's headquarters in Geneva"},
	{"partner UAW", "notably UAW in the United States"},
	{"partner UAW kind", "overseas industrial labour unions, notably UAW"},
	{"partner UAW note", "building individual networks with overseas industrial labour unions, notably UAW in the United States"},
	{"partner ILO", "International Labour Organization (ILO)"},
	{"partner ILO Japan", "International Labour Organization Office for Japan"},
	{"partner ILO Japan", "Ms. Yuki Kobayashi from the ILO Office in Japan"},
	{"partner ILO-ACTRAV", "the ILO's Bureau for Workers' Activities (ILO-ACTRAV)"},
	{"partner ILO-ACTRAV note", "the joint seminar with the ILO-ACTRAV has been held continuously since 2010"},
	{"partner ILO ROAP", "the ILO Regional Office for Asia and the Pacific"},
	{"partner JILAF", "JILAF/ILO Joint Multinational Seminar"},
	{"partner JILAF note", "JILAF's Bangkok office"},
	{"partner JCM", "the Japan Council of Metalworkers' Unions (JCM)"},
	{"partner JCM kind", "IndustriALL affiliate, the Japan Council of Metalworkers' Unions (JCM)"},
	{"partner JCM note", "IndustriALL affiliate"},
	{"partner JTUC-RENGO", "Japanese Trade Union Confederation (JTUC-RENGO)"},
	{"partner JTUC-RENGO", "RENGO (Japanese Trade Union Federation)"},
	{"partner AFL-CIO", "the AFL-CIO"},
	{"partner Keidanren", "Japan Business Federation (KEIDANREN)"},
	{"partner USCIB", "US Council for International Business (USCIB)"},
	{"partner Intel", "Intel (in the capacity of the Public Private Alliance)"},
	{"partner Intel note", "Intel (in the capacity of the Public Private Alliance)"},
	{"partner METI", "Ministry of Economy, Trade and Industry (METI)"},
	{"partner MHLW", "Ministry of Health, Labour and Welfare"},
	{"partner MOFA", "Japan: Ministry of Economy, Trade and industry; Ministry of Foreign Affairs"},
	{"partner MOJ", "Ministry of Justice"},
	{"partner MAFF", "Ministry of Agriculture, Forestry and Fisheries"},
	{"partner USTR", "Office of the United States Trade Representative"},
	{"partner USDOL", "United States: Office of the United States Trade Representative, Department of Labor"},
	{"partner DOS", "Department of Labor, Department of State"},
	{"partner DHS", "Department of Homeland Security"},
	{"partner CBP", "Customs and Border Protection"},
	{"partner ASSC", "The Global Alliance for Sustainable Supply Chain"},
	{"partner ACE", "ACE (Action against Child Exploitation)"},
	{"partner Verité", "Verité"},
	{"partner RSN", "the Responsible Sourcing Network (RSN)"},
}

// has reports whether the facts table has an entry named fact.
func has(fact string) bool {
	return slices.ContainsFunc(facts, func(f struct{ fact, quote string }) bool { return f.fact == fact })
}

// TestFactsAreInTheSources checks every quote of the facts table against the
// source texts, and that the table covers every seeded date, organisation,
// goal link, year and note.
func TestFactsAreInTheSources(t *testing.T) {
	t.Parallel()
	src := sources(t)
	for _, f := range facts {
		if !strings.Contains(src, normal(f.quote)) {
			t.Errorf("%s: %q is not in the sources", f.fact, f.quote)
		}
	}
	d := seed.Data()
	for _, g := range d.Goals {
		if !has(fmt.Sprintf("goal %d title", g.ID)) || !strings.Contains(src, normal(g.Title)) {
			t.Errorf("goal %d: title %q not traced to the sources", g.ID, g.Title)
		}
	}
	for _, e := range d.Entries {
		if !has("entry " + e.Date) {
			t.Errorf("entry %s (%s): no source for its date", e.Date, e.Title)
		}
		// The quotes for the date, together, give its year, month and day.
		var said []string
		for _, f := range facts {
			if f.fact == "entry "+e.Date {
				said = append(said, f.quote)
			}
		}
		day, _ := store.ParseDate(e.Date)
		words := strings.FieldsFunc(strings.Join(said, " "), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for _, w := range []string{strconv.Itoa(day.Year()), day.Month().String(), strconv.Itoa(day.Day())} {
			if !slices.Contains(words, w) {
				t.Errorf("entry %s: the sources quoted for its date do not give %s", e.Date, w)
			}
		}
		for _, g := range e.GoalIDs {
			if !has(fmt.Sprintf("entry %s goal %d", e.Date, g)) {
				t.Errorf("entry %s: nothing in the sources links it to goal %d", e.Date, g)
			}
		}
		if e.Kind == store.KindNews && !has("entry "+e.Date+" news") {
			t.Errorf("entry %s: news, with no source saying who took part", e.Date)
		}
	}
	for _, p := range d.Partners {
		l := p.Label()
		if !has("partner " + l) {
			t.Errorf("partner %s: not named in the sources", l)
		}
		if (p.Kind == store.KindUnion || p.Kind == store.KindFederation || p.Kind == store.KindGlobalUnion) && !has("partner "+l+" kind") {
			t.Errorf("partner %s: the sources do not say it is a %s", l, p.Kind)
		}
		if p.Since != 0 && !has("partner "+l+" since") {
			t.Errorf("partner %s: the sources do not give %d", l, p.Since)
		}
		if p.Notes != "" && !has("partner "+l+" note") {
			t.Errorf("partner %s: its notes are not traced to the sources", l)
		}
	}
}

// quoted finds the phrases a seeded text puts in quotation marks.
var quoted = regexp.MustCompile(`"([^"]+)"`)

// TestQuotesAreInTheSources: every phrase the seed puts in quotation marks,
// in any English text, is in the sources word for word; and every goal
// description and rubric line not marked as a draft quotes them.
func TestQuotesAreInTheSources(t *testing.T) {
	t.Parallel()
	src := sources(t)
	d := seed.Data()
	type text struct {
		where, s  string
		mustQuote bool
	}
	var texts []text
	for _, g := range d.Goals {
		texts = append(texts, text{fmt.Sprintf("goal %d description", g.ID), g.Description, !g.DescriptionDraft})
	}
	for _, s := range d.Stages {
		texts = append(texts, text{fmt.Sprintf("goal %d stage %d rubric", s.GoalID, s.Stage), s.Rubric, !s.RubricDraft})
	}
	for _, e := range d.Entries {
		texts = append(texts, text{"entry " + e.Date + " title", e.Title, false}, text{"entry " + e.Date + " summary", e.Summary, false})
	}
	for _, p := range d.Partners {
		texts = append(texts, text{"partner " + p.Label() + " notes", p.Notes, false})
	}
	n := 0
	for _, x := range texts {
		qs := quoted.FindAllStringSubmatch(x.s, -1)
		if x.mustQuote && len(qs) == 0 {
			t.Errorf("%s is not a draft but quotes nothing: %q", x.where, x.s)
		}
		for _, q := range qs {
			n++
			if !strings.Contains(src, normal(q[1])) {
				t.Errorf("%s quotes %q, which is not in the sources", x.where, q[1])
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d quoted phrases found: is the pattern right?", n)
	}
}

// TestTaskForce: one news entry on the day of the release, whose summary
// gives both days without saying which dialogue was on which, linked to
// every participant the source names.
func TestTaskForce(t *testing.T) {
	t.Parallel()
	src := sources(t)
	var tf *store.SeedEntry
	for i, e := range seed.Entries() {
		if strings.Contains(e.Title, "Task Force") {
			if tf != nil {
				t.Fatalf("two Task Force entries: %q and %q", tf.Title, e.Title)
			}
			tf = &seed.Entries()[i]
		}
	}
	if tf == nil {
		t.Fatal("no Task Force entry")
	}
	if tf.Date != "2024-02-14" || tf.Kind != store.KindNews {
		t.Errorf("Task Force entry: %s %s, want 2024-02-14 news", tf.Date, tf.Kind)
	}
	if !strings.Contains(tf.Summary, "February 6 and February 14") {
		t.Errorf("summary does not give both days: %q", tf.Summary)
	}
	for _, w := range []string{"on February 6", "on February 14", "day 1", "day 2"} {
		if strings.Contains(strings.ReplaceAll(tf.Summary, "on February 6 and February 14", ""), w) {
			t.Errorf("summary says which day was which (%q): %q", w, tf.Summary)
		}
	}
	// Every participant the source lists, by the words it uses.
	listed := map[string]string{
		"METI": "Ministry of Economy, Trade and Industry", "MOFA": "Ministry of Foreign Affairs", "MOJ": "Ministry of Justice",
		"MHLW": "Ministry of Health, Labour and Welfare", "MAFF": "Ministry of Agriculture, Forestry and Fisheries",
		"USTR": "Office of the United States Trade Representative", "USDOL": "Department of Labor", "DOS": "Department of State",
		"DHS": "Department of Homeland Security", "CBP": "Customs and Border Protection", "Keidanren": "Keidanren",
		"JTUC-RENGO": "RENGO", "ASSC": "The Global Alliance for Sustainable Supply Chain", "ACE": "ACE (Action against Child Exploitation)",
		"ILO Japan": "International Labour Organization Office for Japan", "USCIB": "US Council for International Business",
		"Intel": "Intel", "AFL-CIO": "AFL-CIO", "Verité": "Verité", "RSN": "Responsible Sourcing Network",
	}
	got := slices.Clone(tf.Partners)
	slices.Sort(got)
	var want []string
	for label, words := range listed {
		if !strings.Contains(src, normal(words)) {
			t.Errorf("%s: %q is not in the sources", label, words)
		}
		want = append(want, label)
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Task Force partners %v, want %v", got, want)
	}
}

// TestWhatTheSourcesDoNotSay pins the corrections of issue 11: facts the
// sources do not give stay out of the seed, or are marked as drafts.
func TestWhatTheSourcesDoNotSay(t *testing.T) {
	t.Parallel()
	d := seed.Data()
	for _, g := range d.Goals {
		if strings.Contains(strings.ToLower(g.Description), "freedom of association") && !g.DescriptionDraft {
			t.Errorf("goal %d: freedom of association is not in the sources", g.ID)
		}
		if !g.TargetDefault || g.Target != store.DefaultTarget {
			t.Errorf("goal %d: the target should be the default setting, not a fact", g.ID)
		}
	}
	for _, s := range d.Stages {
		wantDraft := s.Stage <= 1 || (s.GoalID != 2 && s.Stage <= 3)
		if s.RubricDraft != wantDraft {
			t.Errorf("goal %d stage %d: draft %v, want %v", s.GoalID, s.Stage, s.RubricDraft, wantDraft)
		}
	}
	kinds := map[string]store.EntryKind{}
	for _, e := range d.Entries {
		kinds[e.Date] = e.Kind
		if e.Date == "2017-05-11" && len(e.GoalIDs) > 0 {
			t.Errorf("the 2017 memorandum names no goal of the vision, but is linked to %v", e.GoalIDs)
		}
	}
	for _, date := range []string{"2017-05-11", "2022-06-21", "2024-02-14"} {
		if kinds[date] != store.KindNews {
			t.Errorf("entry %s: kind %q; the sources do not say JAW took part", date, kinds[date])
		}
	}
	for _, p := range d.Partners {
		if p.Label() == "UAW" && p.Kind != store.KindUnion {
			t.Errorf("UAW is %s, the source calls it one of the \"overseas industrial labour unions\"", p.Kind)
		}
		if p.Tracked && p.CountryCode == "JP" {
			t.Errorf("%s is tracked, but the vision is about relations at overseas affiliates", p.Label())
		}
	}
}
