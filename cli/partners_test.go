package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestPartnersShowAndEdit(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("partners", "add", "--name", "Thai Auto Workers", "--short", "TAW", "--country", "Thailand",
		"--kind", "federation", "--since", "2013", "--contact", "somchai@example.org", "--companies", "Toyota, Honda"))
	sb.ok("assess", "--partner", "TAW", "--goal", "2", "--stage", "3", "--date", "2025-09-01", "--note", "Framework agreed")
	show := sb.ok("partners", "show", "taw")
	for _, want := range []string{"ID          " + id + "\n", "Name        Thai Auto Workers\n", "Country     Thailand (TH)\n",
		"Since       2013\n", "Contact     somchai@example.org\n", "Stages\nGoal  Stage  Date        Note\n2     3      2025-09-01  Framework agreed\n"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	// An edit writes the fields given, and only those.
	out := sb.ok("partners", "edit", "TAW", "--contact", "niran@example.org", "--country", "タイ", "--since", "")
	if out != "Updated partner "+id+" (TAW)\n" {
		t.Errorf("edit says %q", out)
	}
	var p struct {
		Name, ShortName, Kind, Country, Companies, Contact string
		Since                                              int
		Stages                                             []struct{ Goal, Stage int }
	}
	js := sb.ok("partners", "show", id, "--format", "json")
	if err := json.Unmarshal([]byte(js), &p); err != nil {
		t.Fatal(err)
	}
	if p.Name != "Thai Auto Workers" || p.Kind != "federation" || p.Country != "TH" || p.Companies != "Toyota, Honda" ||
		p.Contact != "niran@example.org" || p.Since != 0 || len(p.Stages) != 1 || p.Stages[0].Stage != 3 {
		t.Errorf("after edit: %+v\n%s", p, js)
	}
	sb.expect(want{2, []string{"vision2030: nothing to change: give at least one field's flag",
		"run 'vision2030 partners edit --help' for usage"}}, "partners", "edit", "TAW")
	// Names are unique whatever the case, width or country.
	sb.expect(want{1, []string{`vision2030: --name: "ＴＨＡＩ auto workers" is already used by TAW (#28)`, "nothing was written"}},
		"partners", "add", "--name", "ＴＨＡＩ auto workers", "--country", "JP", "--kind", "union")
	sb.expect(want{1, []string{`vision2030: --name: "thai auto workers" is already used by TAW (#28)`, "nothing was written"}},
		"partners", "edit", "UAW", "--name", "thai auto workers")
	// Archived, it is still found by its short name.
	if out := sb.ok("partners", "archive", "TAW"); out != "Archived partner "+id+" (TAW)\n" {
		t.Errorf("archive says %q", out)
	}
	if out := sb.ok("partners", "show", "TAW"); !strings.Contains(out, "Archived    yes\n") {
		t.Errorf("show of an archived partner:\n%s", out)
	}
	sb.ok("partners", "unarchive", "Thai Auto")
}

func TestPartnersByCountryName(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	byCode := sb.ok("partners", "--country", "US", "--format", "csv")
	for _, name := range []string{"United States", "united states", "米国", "us"} {
		if got := sb.ok("partners", "--country", name, "--format", "csv"); got != byCode {
			t.Errorf("--country %s lists\n%s\nnot\n%s", name, got, byCode)
		}
	}
	if strings.Count(byCode, "\n") < 3 {
		t.Errorf("US partners:\n%s", byCode)
	}
	sb.expect(want{2, []string{`vision2030: --country: no country matches "Atlantis"`,
		"give a two-letter code (TH) or a country's English or Japanese name"}}, "partners", "--country", "Atlantis")
	sb.expect(want{2, []string{`vision2030: --country: "Ind" matches 2 countries:`, "  Code  Country", "  IN    India",
		"  ID    Indonesia", "give a two-letter code (TH) or a country's English or Japanese name"}}, "partners", "--country", "Ind")
	sb.expect(want{2, []string{"vision2030: --country is empty: give a code (TH) or a name (Thailand)",
		"run 'vision2030 partners --help' for usage"}}, "partners", "--country", "")
}

// An archived partner takes no new entries or stages, named by its id as
// by its name; an entry that names it already keeps it through an edit.
func TestArchivedPartnerTakesNoNewEntries(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("partners", "add", "--name", "Thai Auto Workers", "--short", "TAW", "--country", "TH",
		"--kind", "federation"))
	entry := strings.TrimSpace(sb.ok("log", "--partner", "TAW", "--goal", "2", "--kind", "visit", "--title", "Before"))
	sb.ok("partners", "archive", "TAW")
	for _, q := range []string{id, "TAW"} {
		sb.expect(want{1, []string{"vision2030: TAW is archived", "make it active again first: vision2030 partners unarchive TAW"}},
			"log", "--partner", q, "--goal", "2", "--kind", "visit", "--title", "After")
		sb.expect(want{1, []string{"vision2030: TAW is archived", "make it active again first: vision2030 partners unarchive TAW"}},
			"assess", "--partner", q, "--goal", "2", "--stage", "1")
	}
	sb.ok("entries", "edit", entry, "--partner", id, "--partner", "UAW", "--title", "Before, edited")
}

// The year a partnership began is read as people write it.
func TestSinceAsWritten(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	for i, since := range []string{"昭和60年", "１９８５", "1985年", "S60"} {
		id := strings.TrimSpace(sb.ok("partners", "add", "--name", "Union "+strings.Repeat("x", i+1), "--country", "TH",
			"--kind", "union", "--since", since))
		if out := sb.ok("partners", "show", id); !strings.Contains(out, "Since     1985\n") {
			t.Errorf("--since %s:\n%s", since, out)
		}
	}
	sb.expect(want{2, []string{`vision2030: --since: "平成32年" is not a year between 1800 and this one`,
		"run 'vision2030 partners add --help' for usage"}}, "partners", "add", "--name", "Union y", "--country", "TH",
		"--kind", "union", "--since", "平成32年")
}

// A date flag reads a date as the forms do: words and spans from today; a
// bare span counts back, or ahead for a due date.
func TestDateFlagsReadSpans(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	run := func(args ...string) string {
		t.Helper()
		code, out, errOut := sb.runWith(Options{Now: func() time.Time { return now }}, append([]string{"--db", sb.db}, args...)...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, errOut)
		}
		return strings.TrimSpace(out)
	}
	id := run("log", "--partner", "UAW", "--goal", "2", "--kind", "visit", "--title", "Span", "--date", "3d")
	if out := run("entries", "show", id); !strings.Contains(out, "2026-11-18") {
		t.Errorf("--date 3d:\n%s", out)
	}
	run("entries", "edit", id, "--date", "yesterday")
	if out := run("entries", "show", id); !strings.Contains(out, "2026-11-20") {
		t.Errorf("--date yesterday:\n%s", out)
	}
	action := run("actions", "add", "--entry", id, "--what", "Call back", "--due", "2w")
	if out := run("actions", "--format", "csv"); !strings.Contains(out, action+",") || !strings.Contains(out, "2026-12-05") {
		t.Errorf("--due 2w:\n%s", out)
	}
}

// A name an archived partner holds is refused saying so: the partner is to
// be made active again, not added anew.
func TestNameOfAnArchivedPartner(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("partners", "add", "--name", "Thai Auto Workers", "--short", "TAW", "--country", "TH", "--kind", "union"))
	sb.ok("partners", "archive", "TAW")
	sb.expect(want{1, []string{`vision2030: --name: "Thai Auto Workers" is already used by TAW (#` + id +
		"), an archived partner: make it active again rather than adding it anew", "nothing was written"}},
		"partners", "add", "--name", "Thai Auto Workers", "--country", "TH", "--kind", "union")
}
