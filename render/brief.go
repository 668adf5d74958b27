package render

import (
	"fmt"
	"io"
	"strings"

	"vision2030/i18n"
	"vision2030/store"
)

// A brief for a trip (report --partner or --country): on subject (the
// partners' names, or a country's when country is set), for each partner
// its stage on each goal with how it came there, its last entries, its open
// requests and its open actions. It is written in one of two forms, plain
// text or Markdown, which differ only in how they mark headings and items
// and how they show user text.

// briefForm is how a brief marks its parts.
type briefForm struct {
	text    func(string) string // user text: Line for a terminal, md for Markdown
	title   string              // the title line: "%s\n" or "# %s\n\n"
	partner func(name string) string
	heading string // a section's heading
	item    string // a section's item
	empty   string // what a section says with no items
	goal    string // a goal's number and short title in the stages
}

var (
	briefPlain = briefForm{
		text:    Line,
		title:   "%s\n",
		partner: func(name string) string { return name + "\n" + strings.Repeat("=", max(Width(name), 1)) + "\n" },
		heading: "%s\n", item: "  %s\n", empty: "  %s\n", goal: "%d %s",
	}
	briefMarkdown = briefForm{
		text:    md,
		title:   "# %s\n\n",
		partner: func(name string) string { return "## " + name + "\n\n" },
		heading: "### %s\n\n", item: "- %s\n", empty: "%s\n", goal: "**%d %s**",
	}
)

// BriefText writes the brief as plain text, for a terminal or a text file:
// user text shown by Line (control characters as placeholders, nothing
// escaped for Markdown).
func BriefText(w io.Writer, t *i18n.Catalogue, subject string, country bool, b store.Brief, goals []store.Goal, stages []store.Stage) error {
	return writeBrief(w, briefPlain, t, subject, country, b, goals, stages)
}

// BriefMarkdown writes the brief as Markdown, user text escaped.
func BriefMarkdown(w io.Writer, t *i18n.Catalogue, subject string, country bool, b store.Brief, goals []store.Goal, stages []store.Stage) error {
	return writeBrief(w, briefMarkdown, t, subject, country, b, goals, stages)
}

func writeBrief(w io.Writer, form briefForm, t *i18n.Catalogue, subject string, country bool, b store.Brief, goals []store.Goal, stages []store.Stage) error {
	var s strings.Builder
	f := func(format string, args ...any) { fmt.Fprintf(&s, format, args...) }
	title := t.BriefTitle
	if country {
		title = t.BriefCountryTitle
	}
	f(form.title, fmt.Sprintf(title, form.text(subject)))
	f("%s\n\n", fmt.Sprintf(t.AsOf, b.AsOf))
	section := func(heading string, empty string, items []string) {
		f(form.heading, heading)
		if len(items) == 0 {
			f(form.empty, empty)
		}
		for _, it := range items {
			f(form.item, it)
		}
		f("\n")
	}
	ref := func(id int64, title string) string { return fmt.Sprintf(t.RpEntryRef, id, form.text(title)) }
	for _, pb := range b.Partners {
		p := pb.Partner
		if len(b.Partners) > 1 {
			f("%s", form.partner(form.text(p.NameIn(t.Lang))))
		}
		f("%s\n\n", fmt.Sprintf(t.BriefPartnerLine, t.PartnerKind(p.Kind), p.CountryCode, lastContact(t, p)))
		var items []string
		for _, g := range goals {
			hist := briefHistory(pb, g.ID)
			now := t.BriefNotAssessed
			if len(hist) > 0 {
				last := hist[len(hist)-1]
				now = fmt.Sprintf("%d %s (%s)", last.Stage, form.text(stageName(t, stages, g.ID, last.Stage)), last.Date)
			}
			line := fmt.Sprintf(form.goal, g.ID, form.text(g.ShortTitleIn(t.Lang))) + ": " + now
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
			items = append(items, fmt.Sprintf("%s %s: %s", e.Date, t.EntryKind(e.Kind), ref(e.ID, e.Title)))
		}
		section(fmt.Sprintf(t.BriefLastEntries, len(pb.Entries), pb.EntriesTotal), t.BriefNoEntries, items)
		items = nil
		for _, e := range pb.OpenRequests {
			items = append(items, fmt.Sprintf("%s %s: %s", or(e.Opened, e.Date), t.RequestStatuses[e.Status()], ref(e.ID, e.Title)))
		}
		section(t.BriefOpenRequests, t.BriefNoRequests, items)
		items = nil
		for _, a := range pb.Actions {
			items = append(items, fmt.Sprintf("%s (%s)", form.text(actionLine(t, a, b.AsOf)), ref(a.EntryID, a.EntryTitle)))
		}
		section(t.BriefActions, t.BriefNoActions, items)
	}
	_, err := io.WriteString(w, strings.TrimRight(s.String(), "\n")+"\n")
	return err
}

// briefHistory is a partner's assessments on goal, oldest first.
func briefHistory(pb store.PartnerBrief, goal int) []store.Assessment {
	var out []store.Assessment
	for _, a := range pb.History {
		if a.GoalID == goal {
			out = append(out, a)
		}
	}
	return out
}

// stageName is the name of a stage of a goal in t's language.
func stageName(t *i18n.Catalogue, stages []store.Stage, goal, stage int) string {
	for _, s := range stages {
		if s.GoalID == goal && s.Stage == stage {
			return s.NameIn(t.Lang)
		}
	}
	return ""
}
