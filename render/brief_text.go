package render

import (
	"fmt"
	"io"
	"strings"

	"vision2030/i18n"
	"vision2030/store"
)

// BriefText writes the brief for a trip as plain text, for a terminal or a
// text file: the sections of BriefMarkdown, with user text shown by Line
// (control characters as placeholders, nothing escaped for Markdown).
func BriefText(w io.Writer, t *i18n.Catalogue, subject string, country bool, b store.Brief, goals []store.Goal, stages []store.Stage) error {
	var s strings.Builder
	f := func(format string, args ...any) { fmt.Fprintf(&s, format, args...) }
	title := t.BriefTitle
	if country {
		title = t.BriefCountryTitle
	}
	f("%s\n%s\n\n", fmt.Sprintf(title, Line(subject)), fmt.Sprintf(t.AsOf, b.AsOf))
	section := func(heading string, empty string, items []string) {
		f("%s\n", heading)
		if len(items) == 0 {
			f("  %s\n\n", empty)
			return
		}
		for _, it := range items {
			f("  %s\n", it)
		}
		f("\n")
	}
	for _, pb := range b.Partners {
		p := pb.Partner
		if len(b.Partners) > 1 {
			name := Line(p.NameIn(t.Lang))
			f("%s\n%s\n", name, strings.Repeat("=", max(Width(name), 1)))
		}
		f("%s\n\n", fmt.Sprintf(t.BriefPartnerLine, t.PartnerKind(p.Kind), p.CountryCode, lastContact(t, p)))
		var items []string
		for _, g := range goals {
			hist := briefHistory(pb, g.ID)
			now := t.BriefNotAssessed
			if len(hist) > 0 {
				last := hist[len(hist)-1]
				now = fmt.Sprintf("%d %s (%s)", last.Stage, Line(stageName(t, stages, g.ID, last.Stage)), last.Date)
			}
			line := fmt.Sprintf("%d %s: %s", g.ID, Line(g.ShortTitleIn(t.Lang)), now)
			if len(hist) > 1 {
				var steps []string
				for _, a := range hist {
					steps = append(steps, fmt.Sprintf("%d (%s)", a.Stage, a.Date))
				}
				line += " — " + fmt.Sprintf(t.BriefHistory, strings.Join(steps, " → "))
			}
			items = append(items, line)
		}
		section(t.BriefStages, t.BriefNotAssessed, items)
		items = nil
		for _, e := range pb.Entries {
			items = append(items, fmt.Sprintf("%s %s: %s", e.Date, t.EntryKind(e.Kind), fmt.Sprintf(t.RpEntryRef, e.ID, Line(e.Title))))
		}
		section(fmt.Sprintf(t.BriefLastEntries, len(pb.Entries), pb.EntriesTotal), t.BriefNoEntries, items)
		items = nil
		for _, e := range pb.OpenRequests {
			items = append(items, fmt.Sprintf("%s %s: %s", or(e.Opened, e.Date), t.RequestStatuses[e.Status()],
				fmt.Sprintf(t.RpEntryRef, e.ID, Line(e.Title))))
		}
		section(t.BriefOpenRequests, t.BriefNoRequests, items)
		items = nil
		for _, a := range pb.Actions {
			items = append(items, fmt.Sprintf("%s (%s)", Line(actionLine(t, a, b.AsOf)), fmt.Sprintf(t.RpEntryRef, a.EntryID, Line(a.EntryTitle))))
		}
		section(t.BriefActions, t.BriefNoActions, items)
	}
	_, err := io.WriteString(w, strings.TrimRight(s.String(), "\n")+"\n")
	return err
}
