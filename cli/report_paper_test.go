package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"

	"vision2030/i18n"
	"vision2030/store"
)

// figures reads the figures of a page: the text (or data-value) of every
// element with a data-figure attribute, by figure and by the goal,
// country, partner or year it belongs to ("progress/1", "stale/").
func figures(t *testing.T, page string) map[string][]string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	var walk func(n *html.Node, owner string)
	walk = func(n *html.Node, owner string) {
		if n.Type == html.ElementNode {
			attrs := map[string]string{}
			for _, a := range n.Attr {
				attrs[a.Key] = a.Val
			}
			for _, k := range []string{"data-goal", "data-country", "data-partner", "data-year"} {
				if v, ok := attrs[k]; ok {
					owner = v
				}
			}
			if fig, ok := attrs["data-figure"]; ok {
				v, ok := attrs["data-value"]
				if !ok {
					v = strings.TrimSpace(text(n))
				}
				out[fig+"/"+owner] = append(out[fig+"/"+owner], v)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, owner)
		}
	}
	walk(doc, "")
	return out
}

// text is the text inside n.
func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(text(c))
	}
	return b.String()
}

// paperSandbox is a database with partners at several stages, entries,
// requests and actions in and around the second quarter of 2026.
func paperSandbox(t *testing.T) *sandbox {
	sb := newSandbox(t)
	for _, p := range [][]string{
		{"--name", "Thai Auto Workers' Federation", "--short", "TAW", "--country", "TH", "--kind", "federation"},
		{"--name", "Toyota Motor Thailand Workers' Union", "--short", "TMTWU", "--country", "TH", "--kind", "union"},
		{"--name", "Metalworkers <b>Union</b> & \"Co\"", "--short", "MUC", "--country", "ID", "--kind", "union"},
	} {
		sb.ok(append([]string{"partners", "add"}, p...)...)
	}
	for _, a := range [][]string{
		{"UAW", "1", "2", "2025-02-01"}, {"UAW", "1", "3", "2026-04-15"}, {"TAW", "2", "1", "2026-05-01"},
		{"TMTWU", "1", "4", "2025-10-10"}, {"MUC", "3", "0", "2026-06-01"},
	} {
		sb.ok("assess", "--partner", a[0], "--goal", a[1], "--stage", a[2], "--date", a[3], "--note", "<script>alert(1)</script>")
	}
	sb.ok("log", "--partner", "TAW", "--partner", "TMTWU", "--goal", "2", "--kind", "visit", "--title", "Bangkok <talks>", "--date", "2026-04-02")
	sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "request", "--title", "Plant closure", "--date", "2026-06-01",
		"--opened", "2026-06-01", "--first-response", "2026-06-03", "--came-first")
	sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Detroit", "--date", "2026-07-01")
	sb.ok("actions", "add", "--entry", "6", "--what", "Send minutes", "--due", "2026-05-01")
	return sb
}

// TestPaperHTMLFiguresAreTheJSONs: every figure of the HTML page is the
// JSON report's, and the page escapes what users typed.
func TestPaperHTMLFiguresAreTheJSONs(t *testing.T) {
	t.Parallel()
	sb := paperSandbox(t)
	args := []string{"report", "--since", "2026-04-01", "--until", "2026-06-30"}
	var r Report
	if err := json.Unmarshal([]byte(sb.ok(append(args, "--format", "json")...)), &r); err != nil {
		t.Fatal(err)
	}
	page := sb.ok(append(args, "--format", "html")...)
	for _, bad := range []string{"<script>", "<b>Union", "<talks>"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page carries %q unescaped", bad)
		}
	}
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"en\">") || !strings.Contains(page, "@page { size: A4") ||
		strings.Contains(page, "http://") && !strings.Contains(page, `xmlns="http://www.w3.org/2000/svg"`) {
		t.Error("not one self-contained page with a print style")
	}
	fig := figures(t, page)
	pct := func(v *float64) string {
		if v == nil {
			return i18n.English.NoValue
		}
		return fmt.Sprintf("%.0f%%", 100**v)
	}
	checked := 0
	same := func(key string, want ...string) {
		t.Helper()
		checked++
		if got := fig[key]; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: the page says %q, the JSON %q", key, got, want)
		}
	}
	for _, g := range r.Goals {
		id := strconv.Itoa(g.ID)
		same("progress/"+id, pct(g.Progress))
		same("at-framework/"+id, strconv.Itoa(g.AtFramework))
		same("tracked/"+id, strconv.Itoa(g.Tracked))
		same("assessed/"+id, strconv.Itoa(g.Assessed))
		same("target/"+id, pct(&g.Target))
		same("projection/"+id, pct(g.Projection2030))
		same("status/"+id, i18n.English.Statuses[store.GoalStatus(g.Status)])
		for s, n := range g.PartnersAtStage {
			if n > 0 {
				same(fmt.Sprintf("stage-%d/%s", s, id), strconv.Itoa(n))
			}
		}
		if g.Unassessed > 0 {
			same("stage-na/"+id, strconv.Itoa(g.Unassessed))
		}
	}
	for _, c := range r.Countries {
		same("country-tracked/"+c.Code, strconv.Itoa(c.Tracked))
		var cells []string
		for _, g := range c.Goals {
			cells = append(cells, fmt.Sprintf("%d of %d", g.AtFramework, c.Tracked))
		}
		for i, g := range c.Goals {
			same(fmt.Sprintf("country-at-framework/%d", g.Goal), fig[fmt.Sprintf("country-at-framework/%d", g.Goal)]...)
			if got := fig[fmt.Sprintf("country-at-framework/%d", g.Goal)]; !contains(got, cells[i]) {
				t.Errorf("%s goal %d: %q not among %q", c.Code, g.Goal, cells[i], got)
			}
		}
	}
	var stale []string
	for _, s := range r.Stale {
		label := s.ShortName
		if label == "" {
			label = s.Name
		}
		same("stale/"+strconv.FormatInt(s.ID, 10), label)
		stale = append(stale, label)
	}
	if len(stale) != r.StalePartners || len(stale) <= 6 {
		t.Errorf("%d stale partners listed, %d in all", len(stale), r.StalePartners)
	}
	for _, y := range r.Requests.PerYear {
		same("requests/"+strconv.Itoa(y.Year), strconv.Itoa(y.Count))
	}
	same("requests/all", strconv.Itoa(r.Requests.Overall.Count))
	pe := r.Period
	if pe == nil || pe.Entries != 2 {
		t.Fatalf("period %+v", pe)
	}
	same("period-entries/", strconv.Itoa(pe.Entries))
	for _, c := range pe.ByCountry {
		same("country-entries/"+c.Code, strconv.Itoa(c.Entries))
		for _, p := range c.Partners {
			same("partner-entries/"+strconv.FormatInt(p.ID, 10), strconv.Itoa(p.Entries))
		}
	}
	if got := len(fig["stage-change/"]); got != len(pe.StageChanges) || got != 3 {
		t.Errorf("%d stage changes on the page, %d in the JSON", got, len(pe.StageChanges))
	}
	same("requests-opened/", strconv.Itoa(len(pe.Opened)))
	same("requests-answered/", strconv.Itoa(len(pe.Answered)))
	same("requests-closed/", strconv.Itoa(len(pe.Closed)))
	same("actions-done/", strconv.Itoa(len(pe.Done)))
	same("actions-overdue/", strconv.Itoa(len(pe.Overdue)))
	if checked < 40 {
		t.Errorf("only %d figures compared", checked)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestPaperMarkdownAndWorkbook(t *testing.T) {
	t.Parallel()
	sb := paperSandbox(t)
	md := sb.ok("report", "--format", "md", "--since", "2026-04-01", "--until", "2026-06-30")
	for _, want := range []string{"## Partners at the framework, by country", "| Thailand | 2 | 1 of 2 | 0 of 2 | 0 of 2 |",
		"## From 2026-04-01 to 2026-06-30", "2 entries in the period.", "| **Thailand** |  | **1** |", "|  | TAW | 1 |",
		"| 2026-04-15 | UAW | 1 Fundamental labour rights | 2 → 3 | tester | \\<script>alert(1)\\</script> |",
		"| 2026-05-01 | TAW | 2 Constructive labour–management relations | first → 1 |",
		"### Requests opened (1)", "### Actions overdue at the end of the period (1)", "| MUC | Indonesia | never |"} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in:\n%s", want, md)
		}
	}
	if _, stale, _ := strings.Cut(md, "## Stale partners"); strings.Contains(stale, "more") || !strings.Contains(stale, "| ACE |") {
		t.Errorf("the stale list is cut:\n%s", stale)
	}
	book := filepath.Join(sb.dir, "paper.xlsx")
	if out := sb.ok("report", "--format", "xlsx", "--since", "2026-04-01", "--out", book); !strings.Contains(out, book) {
		t.Errorf("report --out: %q", out)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr := i18n.English
	sheets := f.GetSheetList()
	want := []string{tr.XLGoals, tr.XLHistory, tr.XLFramework, tr.XLRequests, tr.XLDue, tr.XLStale, tr.XLPeriodEntries,
		tr.XLStageChanges, tr.XLPeriodRequests, tr.XLPeriodActions}
	if fmt.Sprint(sheets) != fmt.Sprint(want) {
		t.Errorf("sheets %q, want %q", sheets, want)
	}
	rows, _ := f.GetRows(tr.XLGoals)
	if len(rows) != 4 || rows[1][2] != "50%" || rows[1][3] != "2" {
		t.Errorf("goals sheet: %q", rows)
	}
	for _, args := range [][]string{
		{"report", "--since", "2026-04-01"},                   // text has no period
		{"report", "--format", "md", "--until", "2026-04-01"}, // no since
		{"report", "--format", "md", "--since", "2026-05-01", "--until", "2026-04-01"},
		{"report", "--format", "md", "--since", "2026-02-30"},
		{"report", "--partner", "UAW", "--format", "html"},
		{"report", "--partner", "UAW", "--since", "2026-01-01", "--format", "md"},
		{"report", "--partner", "UAW", "--country", "TH"},
	} {
		if code, _, errOut := sb.do(args...); code != exitUsage {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
}

func TestBriefCommand(t *testing.T) {
	t.Parallel()
	sb := paperSandbox(t)
	out := sb.ok("report", "--partner", "UAW", "--as-of", "2026-06-30", "--format", "md")
	for _, want := range []string{"# Brief: International Union, United Automobile", "as of 2026-06-30",
		"- **1 Fundamental labour rights**: 3 Framework in place (2026-04-15) — history: 2 (2025-02-01) → 3 (2026-04-15)",
		"- **2 Constructive labour–management relations**: not assessed", "### Last entries (1 of 1)",
		"- 2026-06-01 request: #6 Plant closure", "### Open requests", "answered: #6 Plant closure", "- Send minutes — due 2026-05-01 · overdue (#6 Plant closure)"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	text := sb.ok("report", "--partner", "UAW", "--as-of", "2026-06-30")
	for _, want := range []string{"Brief: International Union, United Automobile", "as of 2026-06-30",
		"\n  1 Fundamental labour rights: 3 Framework in place (2026-04-15) — history: 2 (2025-02-01) → 3 (2026-04-15)\n",
		"\nLast entries (1 of 1)\n", "\n  2026-06-01 request: #6 Plant closure\n", "\nOpen requests\n",
		"\n  Send minutes — due 2026-05-01 · overdue (#6 Plant closure)\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in:\n%s", want, text)
		}
	}
	country := sb.ok("report", "--country", "Thailand", "--format", "md")
	if !strings.HasPrefix(country, "# Brief: Thailand") || !strings.Contains(country, "## Thai Auto Workers' Federation") {
		t.Errorf("the brief on Thailand:\n%s", country)
	}
	country = sb.ok("report", "--country", "Thailand")
	if !strings.HasPrefix(country, "Brief: Thailand") || !strings.Contains(country, "\nThai Auto Workers' Federation") {
		t.Errorf("the text brief on Thailand:\n%s", country)
	}
	var b Brief
	if err := json.Unmarshal([]byte(sb.ok("report", "--partner", "TAW", "--partner", "UAW", "--format", "json")), &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Partners) != 2 || b.Partners[0].Partner.ShortName != "TAW" || len(b.Partners[1].Stages) != 1 ||
		len(b.Partners[1].Stages[0].History) != 2 {
		t.Errorf("%+v", b)
	}
	if code, _, errOut := sb.do("report", "--partner", "Nobody"); code != exitUsage || !strings.Contains(errOut, "no partner matches") {
		t.Errorf("an unknown partner: %d %q", code, errOut)
	}
}

// TestBriefTextIsNotMarkdown: the text brief shows user text as it is
// (control characters as placeholders), with no Markdown escapes; the
// Markdown brief escapes it.
func TestBriefTextIsNotMarkdown(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Consultation with UAW: working x\x1b[31mred *now*")
	text := sb.ok("report", "--partner", "UAW")
	if !strings.Contains(text, "Consultation with UAW: working x␛[31mred *now*") || strings.Contains(text, `\`) {
		t.Errorf("the text brief:\n%s", text)
	}
	for _, mark := range []string{"# ", "**"} {
		if strings.Contains(text, mark) {
			t.Errorf("the text brief holds Markdown %q:\n%s", mark, text)
		}
	}
	if md := sb.ok("report", "--partner", "UAW", "--format", "md"); !strings.Contains(md, `UAW\: working`) {
		t.Errorf("the Markdown brief does not escape:\n%s", md)
	}
	if text := sb.ok("report", "--country", "US"); !strings.Contains(text, "Consultation with UAW: working") {
		t.Errorf("the country brief:\n%s", text)
	}
}
