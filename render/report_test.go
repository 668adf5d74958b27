package render_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

var paperDay = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

// duePaper is a paper with more actions due than the dashboard lists.
func duePaper(n int) store.Paper {
	var all []store.Action
	for i := range n {
		all = append(all, store.Action{ID: int64(i + 1), NewAction: store.NewAction{EntryID: 100, What: fmt.Sprintf("Task %02d", i+1),
			Owner: "ito", Due: fmt.Sprintf("2026-%02d-01", i%11+1)}, EntryTitle: "Plant visit"})
	}
	d := store.Dashboard{AsOf: "2026-11-21", DueActions: all[:min(n, store.MaxDueActions)], DueTotal: n, Overdue: n}
	return store.Paper{Dashboard: d, DueAll: all}
}

// TestPaperListsEveryDueAction: Markdown, HTML and the workbook list every
// action due, not the dashboard's first few and "and N more".
func TestPaperListsEveryDueAction(t *testing.T) {
	t.Parallel()
	const n = 24
	p := duePaper(n)
	tr := i18n.English

	var md bytes.Buffer
	if err := render.PaperMarkdown(&md, tr, p, paperDay); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if want := fmt.Sprintf("- Task %02d (ito)", i+1); !strings.Contains(md.String(), want) {
			t.Errorf("Markdown: no %q", want)
		}
	}
	if more := fmt.Sprintf(tr.RpAndMore, n-store.MaxDueActions); strings.Contains(md.String(), more) {
		t.Errorf("Markdown says %q", more)
	}

	var page bytes.Buffer
	if err := render.PaperHTML(&page, tr, p, paperDay); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&page)
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inDue bool) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "id" {
					inDue = a.Val == "due"
				}
			}
			if inDue && n.Data == "li" && n.FirstChild != nil {
				items = append(items, n.FirstChild.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inDue)
		}
	}
	walk(doc, false)
	if len(items) != n || !strings.HasPrefix(items[n-1], fmt.Sprintf("Task %02d", n)) {
		t.Errorf("HTML lists %d actions due, want %d: %q", len(items), n, items)
	}

	var xl bytes.Buffer
	if err := render.PaperWorkbook(&xl, tr, p, paperDay); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&xl)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(tr.XLDue)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != n+1 {
		t.Errorf("the workbook lists %d actions due, want %d", len(rows)-1, n)
	}

	// A paper of the dashboard alone says how many it leaves out.
	md.Reset()
	p.DueAll = nil
	render.PaperMarkdown(&md, tr, p, paperDay)
	if more := fmt.Sprintf(tr.RpAndMore, n-store.MaxDueActions); !strings.Contains(md.String(), more) {
		t.Errorf("a dashboard's paper does not say %q", more)
	}
}

// TestReportPointsToTheCommand: the dashboard on the screen sends the
// reader to the actions screen for the actions it leaves out; printed by
// `report`, to the command that lists them.
func TestReportPointsToTheCommand(t *testing.T) {
	t.Parallel()
	d := duePaper(24).Dashboard
	for _, tr := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		for _, report := range []bool{false, true} {
			text, _ := render.Dashboard(render.DashboardView{Data: d, Width: 100, T: tr, Today: paperDay, Selected: -1,
				Styles: render.NewDashboardStyles(render.NewPalette(true)), Report: report})
			want, not := fmt.Sprintf(tr.MoreActions, 16), fmt.Sprintf(tr.RpMoreActions, 16)
			if report {
				want, not = not, want
			}
			if !strings.Contains(text, want) || strings.Contains(text, not) {
				t.Errorf("%s, report %v: want %q, not %q, in\n%s", tr.Lang, report, want, not, text)
			}
		}
	}
}

// TestPaperStageChanges: the period's stage changes are listed as changes,
// and the assessments that changed nothing are counted under them.
func TestPaperStageChanges(t *testing.T) {
	t.Parallel()
	p := duePaper(1)
	p.Period = &store.Period{Since: "2026-08-01", Until: "2026-11-21", Confirmed: 2, StageChanges: []store.StageChange{
		{Partner: store.Partner{ShortName: "UAW"}, GoalID: 1, From: 2, To: 3, Date: "2026-09-01", Author: "sato"},
		{Partner: store.Partner{ShortName: "TAW"}, GoalID: 2, From: -1, To: 1, Date: "2026-10-01", Author: "ito"},
		{Partner: store.Partner{ShortName: "JCM"}, GoalID: 3, From: 0, To: 1, Date: "2026-10-02", Author: "ito"}}}
	for _, tr := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		var md, page bytes.Buffer
		if err := render.PaperMarkdown(&md, tr, p, paperDay); err != nil {
			t.Fatal(err)
		}
		if err := render.PaperHTML(&page, tr, p, paperDay); err != nil {
			t.Fatal(err)
		}
		confirmed := tr.RpConfirmed.N(2)
		for _, want := range []string{"| 2026-09-01 | UAW | 1 | 2 → 3 | sato |  |", "| 2026-10-02 | JCM | 3 | 0 → 1 | ito |  |", "| 2026-10-01 | TAW | 2 | " + tr.RpFirstStage + " → 1 | ito |  |",
			"### " + tr.RpStageChanges, confirmed} {
			if !strings.Contains(md.String(), want) {
				t.Errorf("%s Markdown: no %q", tr.Lang, want)
			}
		}
		if want := `data-figure="stages-confirmed" data-value="2">` + confirmed + "<"; !strings.Contains(page.String(), want) {
			t.Errorf("%s HTML: no %q", tr.Lang, want)
		}
	}
}

// The requests table keeps its years whole however narrow the dashboard.
func TestRequestYearsWholeWhenNarrow(t *testing.T) {
	t.Parallel()
	d := duePaper(0).Dashboard
	median := 9.5
	d.Requests = store.RequestStats{PerYear: []store.YearRequests{{Year: 2017, Count: 28, CameFirst: 6, Answered: 20, MedianDays: &median},
		{Year: 2018, Count: 29, CameFirst: 11, Answered: 20, MedianDays: &median}}, Overall: store.YearRequests{Count: 57, CameFirst: 17}}
	for _, tr := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		for _, w := range []int{40, 50} {
			text, _ := render.Dashboard(render.DashboardView{Data: d, Width: w, T: tr, Today: paperDay, Selected: -1,
				Styles: render.NewDashboardStyles(render.NewPalette(true))})
			for _, y := range []int{2017, 2018} {
				if !strings.Contains(text, tr.YearLabel(d.Requests.FiscalYear, y)) {
					t.Errorf("%s at %d: the year %d is cut:\n%s", tr.Lang, w, y, text)
				}
			}
		}
	}
}
