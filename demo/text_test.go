package demo

import (
	"strings"
	"testing"
	"time"

	"vision2030/store"
)

// TestSummaryNeverRepeatsASentence: a summary says each of its sentences
// once, says who was there once at most, and speaks of a plant only for a
// union and of a meeting only for a meeting.
func TestSummaryNeverRepeatsASentence(t *testing.T) {
	t.Parallel()
	g := newGenerator(Options{Entries: 10, Seed: 1}, time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC))
	const mark = "\x00"
	for _, ln := range []lang{english, japanese, thai} {
		byText := map[string]template{}
		for _, tm := range sentencePools[ln].all {
			byText[tm.text] = tm
		}
		for _, pk := range []store.PartnerKind{store.KindUnion, store.KindFederation, store.KindGovernment} {
			for _, ek := range []store.EntryKind{store.KindConsultation, store.KindCorrespondence, store.KindNews} {
				for range 300 {
					s := g.summary(ln, partner{kind: pk}, ek, func(s string) string { return s + mark })
					seen, present := map[string]bool{}, 0
					for _, text := range strings.Split(strings.TrimSuffix(s, mark), mark) {
						text = strings.TrimPrefix(text, " ")
						tm, ok := byText[text]
						switch {
						case !ok:
							t.Fatalf("%d %s %s: %q is no sentence of the pool", ln, pk, ek, text)
						case seen[text]:
							t.Errorf("%d %s %s: %q twice in %q", ln, pk, ek, text, s)
						case tm.plant && pk != store.KindUnion:
							t.Errorf("%d %s %s: %q speaks of a plant", ln, pk, ek, text)
						case tm.meeting && ek != store.KindConsultation:
							t.Errorf("%d %s %s: %q speaks of a meeting", ln, pk, ek, text)
						}
						seen[text] = true
						if tm.present {
							present++
						}
					}
					if present > 1 {
						t.Errorf("%d %s %s: %d sentences say who was there in %q", ln, pk, ek, present, s)
					}
				}
			}
		}
	}
}

// TestTownCode: towns as short names write them.
func TestTownCode(t *testing.T) {
	t.Parallel()
	for town, want := range map[string]string{"Samut Prakan": "SP", "Kolín": "KOL", "Wałbrzych": "WAL", "Ho Chi Minh City": "HCMC",
		"Jelcz-Laskowice": "JEL", "Malé": "MAL", "Győr": "GYO"} {
		if got := townCode(town); got != want {
			t.Errorf("%s: %q, want %q", town, got, want)
		}
	}
}
