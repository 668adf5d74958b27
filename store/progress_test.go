package store_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"vision2030/store"
)

func day(s string) time.Time {
	t, err := store.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestProject(t *testing.T) {
	pts := func(pairs ...any) []store.QuarterPoint {
		var ps []store.QuarterPoint
		for i := 0; i < len(pairs); i += 2 {
			ps = append(ps, store.QuarterPoint{Date: pairs[i].(string), Progress: pairs[i+1].(float64)})
		}
		return ps
	}
	nine := pts("2023-03-31", 0.9, "2023-06-30", 0.1, "2023-09-30", 0.1, "2023-12-31", 0.1, "2024-03-31", 0.1,
		"2024-06-30", 0.1, "2024-09-30", 0.1, "2024-12-31", 0.1, "2025-03-31", 0.1)
	tests := []struct {
		name string
		pts  []store.QuarterPoint
		want float64
		ok   bool
	}{
		{"none", nil, 0, false},
		{"one point projects flat", pts("2025-06-30", 0.4), 0.4, true},
		// +0.1 a year from 0.4 at the end of 2026: four years on, 0.8 (and a
		// little, since years are 365.25 days and 2028 is a leap year).
		{"rising line", pts("2024-12-31", 0.2, "2025-12-31", 0.3, "2026-12-31", 0.4), 0.800273972602741, true},
		{"falling line is held at 0", pts("2025-03-31", 0.5, "2025-06-30", 0.4), 0, true},
		{"steep line is held at 1", pts("2025-03-31", 0.0, "2025-06-30", 0.5), 1, true},
		{"only the last 8 quarters count", nine, 0.1, true},
	}
	for _, tt := range tests {
		got, ok := store.Project(tt.pts)
		if ok != tt.ok || !near(got, tt.want) {
			t.Errorf("%s: %v %v, want %v %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStatus(t *testing.T) {
	tests := []struct {
		proj   float64
		ok     bool
		target float64
		want   store.GoalStatus
	}{
		{1.0, true, 1.0, store.OnTrack},
		{0.999, true, 1.0, store.AtRisk},
		{0.8, true, 1.0, store.AtRisk},
		{0.79, true, 1.0, store.OffTrack},
		{0.800273972602741, true, 0.8, store.OnTrack},
		{0.4, true, 0.5, store.AtRisk},
		{0.39, true, 0.5, store.OffTrack},
		{0, true, 1.0, store.OffTrack},
		{0.9, false, 1.0, store.NoData},
	}
	for _, tt := range tests {
		if got := store.Status(tt.proj, tt.ok, tt.target); got != tt.want {
			t.Errorf("Status(%v, %v, %v) = %s, want %s", tt.proj, tt.ok, tt.target, got, tt.want)
		}
	}
}

// assess records assessments given as partner, goal, stage, date.
func assess(t *testing.T, st *store.Store, rows ...[4]any) {
	t.Helper()
	for _, r := range rows {
		if _, err := st.AddAssessment(context.Background(), store.NewAssessment{PartnerID: int64(r[0].(int)),
			GoalID: r[1].(int), Stage: r[2].(int), Date: r[3].(string)}); err != nil {
			t.Fatal(err)
		}
	}
}

// track makes the partners ids, and only them, tracked.
func track(t *testing.T, st *store.Store, ids ...int64) {
	t.Helper()
	ctx := context.Background()
	page, err := st.PartnersByCountry(ctx, store.PartnerQuery{Archived: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range page.Partners {
		want := false
		for _, id := range ids {
			want = want || id == p.ID
		}
		if _, err := st.PatchPartner(ctx, p.ID, store.PartnerPatch{Tracked: &want}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGoalHistory checks progress, stage counts and quarterly history on a
// small fixture computed by hand, with partners 1–4 the tracked ones:
//
//	partner 1: stage 1 on 2025-02-10, 3 on 2025-05-20
//	partner 2: stage 2 on 2025-03-15, 4 on 2025-08-01
//	partner 3: stage 3 on 2025-09-30
//	partner 4: stage 0 on 2025-06-30
//
// Progress is over all 4 tracked partners. At 2025Q1's end: 1→1, 2→2: 0 of
// 4 at stage ≥ 3 (2 assessed). 2025Q2: 1→3, 2→2, 4→0: 1 of 4 (3 assessed).
// 2025Q3: 1→3, 2→4, 3→3, 4→0: 3 of 4. On 2025-11-15: the same.
func TestGoalHistory(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	track(t, st, 1, 2, 3, 4)
	assess(t, st, [4]any{1, 1, 1, "2025-02-10"}, [4]any{1, 1, 3, "2025-05-20"}, [4]any{2, 1, 2, "2025-03-15"},
		[4]any{2, 1, 4, "2025-08-01"}, [4]any{3, 1, 3, "2025-09-30"}, [4]any{4, 1, 0, "2025-06-30"},
		[4]any{1, 2, 2, "2025-10-01"})
	d, err := st.Dashboard(ctx, day("2025-11-15"))
	if err != nil {
		t.Fatal(err)
	}
	g := d.Goals[0]
	if p, ok := g.Progress(); !ok || !near(p, 0.75) {
		t.Errorf("progress %v %v, want 0.75", p, ok)
	}
	if g.AtStage != [5]int{1, 0, 0, 2, 1} {
		t.Errorf("at stage %v", g.AtStage)
	}
	want := []store.QuarterPoint{
		{Quarter: "2025Q1", Date: "2025-03-31", Progress: 0, Assessed: 2},
		{Quarter: "2025Q2", Date: "2025-06-30", Progress: 0.25, Assessed: 3},
		{Quarter: "2025Q3", Date: "2025-09-30", Progress: 0.75, Assessed: 4},
		{Quarter: "2025Q4", Date: "2025-11-15", Progress: 0.75, Assessed: 4},
	}
	if len(g.History) != len(want) {
		t.Fatalf("history %+v", g.History)
	}
	for i, w := range want {
		h := g.History[i]
		if h.Quarter != w.Quarter || h.Date != w.Date || h.Assessed != w.Assessed || !near(h.Progress, w.Progress) {
			t.Errorf("history[%d] = %+v, want %+v", i, h, w)
		}
	}
	// A steep rise projects past the target: on track.
	if !g.HasProjection || g.Projection != 1 || g.Status != store.OnTrack {
		t.Errorf("projection %v %v, status %s", g.Projection, g.HasProjection, g.Status)
	}
	// Goal 2 starts in 2025Q4 with one partner at stage 2: 0 %, flat, off
	// track. Goal 3 has no data.
	if g2 := d.Goals[1]; len(g2.History) != 1 || g2.History[0].Quarter != "2025Q4" || g2.Status != store.OffTrack {
		t.Errorf("goal 2: %+v %s", g2.History, g2.Status)
	}
	if g3 := d.Goals[2]; g3.Status != store.NoData || len(g3.History) != 0 || g3.HasProjection {
		t.Errorf("goal 3: %+v", g3)
	}

	// As of 2025-06-30 the history stops at Q2.
	d, _ = st.Dashboard(ctx, day("2025-06-30"))
	if g := d.Goals[0]; len(g.History) != 2 || g.Assessed != 3 || g.AtFramework != 1 {
		t.Errorf("as of 2025-06-30: %+v", g)
	}
	// Archiving partner 4 takes it out of every quarter: 1 of 3 in Q2.
	if err := st.SetPartnerArchived(ctx, 4, true); err != nil {
		t.Fatal(err)
	}
	d, _ = st.Dashboard(ctx, day("2025-11-15"))
	if g := d.Goals[0]; !near(g.History[1].Progress, 1.0/3) || g.Assessed != 3 || g.Tracked != 3 {
		t.Errorf("after archiving: %+v", g.History)
	}
	// So does untracking partner 3: 2 of 2 at the end.
	no := false
	if _, err := st.PatchPartner(ctx, 3, store.PartnerPatch{Tracked: &no}); err != nil {
		t.Fatal(err)
	}
	d, _ = st.Dashboard(ctx, day("2025-11-15"))
	if g := d.Goals[0]; g.Tracked != 2 || g.Assessed != 2 || g.AtFramework != 2 || !near(g.History[2].Progress, 1) {
		t.Errorf("after untracking: %+v", g)
	}
}

// TestHonestHeadline: one partner at stage 4 among many tracked ones is not
// "100 %, on track": progress is over every tracked partner, and coverage
// says how few are assessed. Untracked partners are never counted.
func TestHonestHeadline(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	var unions []int64
	for i := 0; i < 12; i++ {
		id, err := st.AddPartner(ctx, store.Partner{Name: fmt.Sprintf("Union %d", i), Kind: store.KindUnion,
			CountryCode: "TH", Tracked: store.TrackedByDefault(store.KindUnion)})
		if err != nil {
			t.Fatal(err)
		}
		unions = append(unions, id)
	}
	// The seed tracks one union abroad (UAW); the 12 unions make 13.
	assess(t, st, [4]any{int(unions[0]), 1, 4, "2025-01-01"}, [4]any{3, 1, 4, "2025-01-01"}) // 3 is the ILO: untracked
	d, err := st.Dashboard(ctx, day("2026-11-21"))
	if err != nil {
		t.Fatal(err)
	}
	g := d.Goals[0]
	p, ok := g.Progress()
	if !ok || !near(p, 1.0/13) || g.Tracked != 13 || g.Assessed != 1 || g.Unassessed() != 12 || g.AtFramework != 1 {
		t.Errorf("headline %v %v, tracked %d assessed %d framework %d", p, ok, g.Tracked, g.Assessed, g.AtFramework)
	}
	if g.Status == store.OnTrack {
		t.Errorf("one partner of 13 at stage 4 is on track")
	}
	if c, _ := g.Coverage(); !near(c, 1.0/13) {
		t.Errorf("coverage %v", c)
	}
	// Only the untracked ILO assessed on goal 2: no data.
	assess(t, st, [4]any{3, 2, 4, "2025-01-01"})
	d, _ = st.Dashboard(ctx, day("2026-11-21"))
	if g2 := d.Goals[1]; g2.Status != store.NoData || g2.Assessed != 0 {
		t.Errorf("goal 2 with only an untracked partner assessed: %+v", g2)
	}
	if _, ok := d.Goals[1].Progress(); ok {
		t.Error("progress reported under no_data")
	}
}

// TestRequestYardstick checks requests per year, the share that came first
// and the median response days on a fixture computed by hand.
func TestRequestYardstick(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	req := func(opened, first string, cameFirst bool) int64 {
		t.Helper()
		id, err := st.AddEntry(ctx, store.NewEntry{Date: opened, Kind: store.KindRequest, Title: "Request",
			PartnerIDs: []int64{1}, GoalIDs: []int{1}, Opened: opened, FirstResponse: first, CameFirst: cameFirst})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	req("2024-03-01", "2024-03-03", true)  // 2 days
	req("2024-05-10", "2024-05-20", false) // 10 days
	req("2024-07-01", "", false)           // not answered
	req("2025-01-05", "2025-01-06", true)  // 1 day
	req("2025-02-01", "2025-02-05", true)  // 4 days
	req("2025-03-01", "2025-03-10", false) // 9 days
	gone := req("2025-04-01", "2025-04-02", true)
	if err := st.DeleteEntry(ctx, gone); err != nil {
		t.Fatal(err)
	}
	f := func(v float64) *float64 { return &v }
	check := func(asOf string, want []store.YearRequests, overall store.YearRequests) {
		t.Helper()
		got, err := st.Requests(ctx, day(asOf))
		if err != nil {
			t.Fatal(err)
		}
		eq := func(a, b store.YearRequests) bool {
			if a.Year != b.Year || a.Count != b.Count || a.CameFirst != b.CameFirst || a.Answered != b.Answered {
				return false
			}
			if (a.MedianDays == nil) != (b.MedianDays == nil) {
				return false
			}
			return a.MedianDays == nil || near(*a.MedianDays, *b.MedianDays)
		}
		if len(got.PerYear) != len(want) {
			t.Fatalf("as of %s: %d years, want %d", asOf, len(got.PerYear), len(want))
		}
		for i := range want {
			if !eq(got.PerYear[i], want[i]) {
				t.Errorf("as of %s, year %d: %+v, want %+v", asOf, want[i].Year, got.PerYear[i], want[i])
			}
		}
		if !eq(got.Overall, overall) {
			t.Errorf("as of %s, overall: %+v, want %+v", asOf, got.Overall, overall)
		}
	}
	check("2025-12-31",
		[]store.YearRequests{{Year: 2024, Count: 3, CameFirst: 1, Answered: 2, MedianDays: f(6)},
			{Year: 2025, Count: 3, CameFirst: 2, Answered: 3, MedianDays: f(4)}},
		store.YearRequests{Count: 6, CameFirst: 3, Answered: 5, MedianDays: f(4)})
	// On 2025-02-03 the 2025-02-01 request had no answer yet.
	check("2025-02-03",
		[]store.YearRequests{{Year: 2024, Count: 3, CameFirst: 1, Answered: 2, MedianDays: f(6)},
			{Year: 2025, Count: 2, CameFirst: 2, Answered: 1, MedianDays: f(1)}},
		store.YearRequests{Count: 5, CameFirst: 3, Answered: 3, MedianDays: f(2)})
	check("2024-01-01", nil, store.YearRequests{})
	if share, ok := (store.YearRequests{Count: 3, CameFirst: 2}).FirstShare(); !ok || !near(share, 2.0/3) {
		t.Errorf("first share %v", share)
	}
}

func TestStalePartners(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	// As of 2025-06-01: partners of the 2025-04-21 conference (IndustriALL,
	// ILO Japan, ILO-ACTRAV) are fresh; every other of the 27 is stale.
	stale, total, err := st.StalePartners(ctx, day("2025-06-01"), 100)
	if err != nil {
		t.Fatal(err)
	}
	if total != 24 || len(stale) != 24 {
		t.Fatalf("%d stale, want 24", total)
	}
	if stale[0].LastContact != "" {
		t.Errorf("never-contacted partners should come first, got %+v", stale[0])
	}
	// The 180 days up to 2025-10-17 still hold 2025-04-21; those up to
	// 2025-10-18 do not.
	if _, total, _ := st.StalePartners(ctx, day("2025-10-17"), 1); total != 24 {
		t.Errorf("2025-10-17: %d", total)
	}
	if _, total, _ := st.StalePartners(ctx, day("2025-10-18"), 1); total != 27 {
		t.Errorf("2025-10-18: %d", total)
	}
}

func TestDrillDown(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	// Partner 2 is the UAW (US), 8 JCM (JP), 9 RENGO (JP), 10 AFL-CIO (US):
	// the tracked ones here.
	track(t, st, 2, 8, 9, 10)
	assess(t, st, [4]any{2, 1, 4, "2025-01-01"}, [4]any{2, 1, 1, "2024-01-01"}, [4]any{10, 1, 2, "2025-02-01"},
		[4]any{8, 1, 3, "2025-03-01"}, [4]any{9, 1, 1, "2026-01-01"}, [4]any{8, 2, 1, "2025-03-01"})
	asOf := day("2025-12-31")
	cs, err := st.GoalCountries(ctx, 1, asOf, store.LangEN)
	if err != nil {
		t.Fatal(err)
	}
	byCode := map[string]store.CountryStages{}
	for _, c := range cs {
		byCode[c.Country.Code] = c
	}
	// US: 2 tracked partners, UAW at 4, AFL-CIO at 2.
	if us := byCode["US"]; us.AtStage != [5]int{0, 0, 1, 0, 1} || us.Unassessed != 0 || us.Assessed() != 2 {
		t.Errorf("US %+v", us)
	}
	// JP: JCM at 3; RENGO's assessment comes after the as-of day.
	if jp := byCode["JP"]; jp.AtStage != [5]int{0, 0, 0, 1, 0} || jp.Unassessed != 1 {
		t.Errorf("JP %+v", jp)
	}
	if _, ok := byCode["CH"]; ok {
		t.Error("a country with no tracked partner listed")
	}
	ps, total, err := st.PartnerStages(ctx, store.StageQuery{Goal: 1, Country: "US"}, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(ps) != 2 || ps[0].Partner.ShortName != "AFL-CIO" || ps[0].Stage != 2 || ps[1].Partner.ShortName != "UAW" ||
		ps[1].Stage != 4 || ps[1].Date != "2025-01-01" {
		t.Errorf("US partners %+v", ps)
	}
	behind, total, _ := st.PartnerStages(ctx, store.StageQuery{Goal: 1, Behind: true}, day("2026-06-30"))
	if total != 2 || behind[0].Partner.ShortName != "JTUC-RENGO" || behind[1].Partner.ShortName != "AFL-CIO" {
		t.Errorf("behind %+v", behind)
	}
	as, _ := st.Assessments(ctx, 2)
	if len(as) != 2 || as[0].Stage != 4 || as[1].Stage != 1 {
		t.Errorf("history %+v", as)
	}
	for _, tt := range []struct {
		day   string
		stage int
		ok    bool
	}{{"2023-12-31", 0, false}, {"2024-01-01", 1, true}, {"2024-12-31", 1, true}, {"2025-01-01", 4, true}} {
		stage, ok, err := st.StageOn(ctx, 2, 1, day(tt.day))
		if err != nil || stage != tt.stage || ok != tt.ok {
			t.Errorf("stage on %s: %d %v %v", tt.day, stage, ok, err)
		}
	}
	page, _ := st.SearchEntries(ctx, store.Filter{PartnerIDs: []int64{8}}, 0, 10)
	if page.Total != 1 || page.Entries[0].Date != "2022-06-21" {
		t.Errorf("JCM's entries %+v", page)
	}
}

// TestGoalCountriesInLanguageOrder: a goal's countries come in the order
// of their names in the screen's language: Japan, Switzerland, Thailand in
// English; スイス, タイ, 日本 (にほん) in Japanese.
func TestGoalCountriesInLanguageOrder(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	track(t, st, 1, 6, 8) // IndustriALL (CH), ILO ROAP (TH), JCM (JP)
	for lang, want := range map[string][]string{store.LangEN: {"JP", "CH", "TH"}, store.LangJA: {"CH", "TH", "JP"}} {
		cs, err := st.GoalCountries(ctx, 1, day("2026-11-21"), lang)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.Country.Code)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", lang, got, want)
		}
	}
}
