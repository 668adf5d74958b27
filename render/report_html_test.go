package render

import (
	"fmt"
	"testing"

	"vision2030/i18n"
	"vision2030/store"
)

// TestChartLabelsNeverOverlap: however many quarters a goal's history has,
// in either language and with fiscal years, the labels under a chart are
// centred under their quarters, lie inside the chart, and leave a gap
// between each other; the last quarter is always labelled.
func TestChartLabelsNeverOverlap(t *testing.T) {
	t.Parallel()
	for _, tr := range []*i18n.Catalogue{i18n.English, i18n.Japanese} {
		for _, prefix := range []string{"", "FY"} {
			for n := 1; n <= 80; n++ {
				g := store.GoalSummary{Goal: store.Goal{ID: 1, Target: 1}}
				for i := range n {
					g.History = append(g.History, store.QuarterPoint{Quarter: fmt.Sprintf("%s%dQ%d", prefix, 2010+i/4, i%4+1), Progress: 0.5})
				}
				c := lineChart(tr, g)
				where := fmt.Sprintf("%s %s, %d quarters", tr.Lang, prefix, n)
				if len(c.Labels) == 0 || c.Labels[len(c.Labels)-1].Label != tr.QuarterLabel(g.History[n-1].Quarter) {
					t.Errorf("%s: the last quarter is not labelled: %+v", where, c.Labels)
					continue
				}
				if n > 1 && len(c.Labels) < 2 {
					t.Errorf("%s: one label", where)
				}
				prevRight := -1e9
				for _, l := range c.Labels {
					w := labelWidth(l.Label)
					left, right := l.X-w/2, l.X+w/2
					switch {
					case l.Anchor != "middle":
						t.Errorf("%s: %q anchored %s", where, l.Label, l.Anchor)
					case left < 0 || right > float64(c.W):
						t.Errorf("%s: %q drawn from %.1f to %.1f, outside the chart (0–%d)", where, l.Label, left, right, c.W)
					case left-prevRight < labelGap:
						t.Errorf("%s: %q drawn from %.1f, %.1f after the label before it", where, l.Label, left, left-prevRight)
					}
					prevRight = right
				}
			}
		}
	}
}

// TestLabelWidthHoldsTheText: the estimate of a label's width is at least
// what a browser draws at 10 px (digits and Latin capitals about 6 px, a
// Japanese character 10 px).
func TestLabelWidthHoldsTheText(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		s    string
		draw float64
	}{{"2026Q4", 6 * 6.0}, {"FY2026Q4", 8 * 6.0}, {"2026年度4Q", 6*6.0 + 2*10}} {
		if w := labelWidth(c.s); w < c.draw {
			t.Errorf("%q: %.1f px, drawn %.1f", c.s, w, c.draw)
		}
	}
}
