package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/i18n"
	"vision2030/store"
)

// partnersCommand is `partners`: list, add, show, edit, archive and
// unarchive partners.
func partnersCommand(a *app) *cobra.Command {
	var country string
	var archived bool
	var format *string
	var checkFormat func() error
	cmd := a.command("partners", a.noArgs, func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(); err != nil {
			return err
		}
		if cmd.Flags().Changed("country") && strings.TrimSpace(country) == "" {
			return usage(a.t.ErrCountryEmpty)
		}
		return a.run(cmd, func(env *Env) error {
			q := store.PartnerQuery{Archived: archived}
			if *format == formatTable {
				q.Lang = a.t.Lang // people read it: in their language's order
			}
			if country != "" {
				c, err := env.Store.ResolveCountry(env.Ctx, country)
				if err != nil {
					return err
				}
				q.Country = c.Code
			}
			page, err := env.Store.PartnersByCountry(env.Ctx, q)
			if err != nil {
				return err
			}
			return partnerListing(a.t, page.Partners, *format).write(env.Stdout, *format, env.Width)
		})
	})
	cmd.Flags().StringVar(&country, "country", "", "")
	cmd.Flags().BoolVar(&archived, "archived", false, "")
	format, checkFormat = a.formatFlag(cmd, listFormats)
	a.completeFlag(cmd, "country", a.countryCodes())
	cmd.AddCommand(partnerAddCommand(a), partnerShowCommand(a), partnerEditCommand(a),
		partnerArchiveCommand(a, true), partnerArchiveCommand(a, false))
	return cmd
}

func partnerListing(t *i18n.Catalogue, ps []store.Partner, format string) listing {
	t, people := readers(t, format)
	l := listing{head: []string{t.ColID, t.ColName, t.ColShort, t.ColKind, t.ColCountry, t.ColSince, t.ColLastContact, t.ColArchived},
		fits: []fit{fitKeep, fitText, fitShort, fitShort, fitKeep, fitKeep, fitKeep, fitShort}}
	js := []partnerJSON{}
	for _, p := range ps {
		since := ""
		if p.Since != 0 {
			since = strconv.Itoa(p.Since)
		}
		arch := ""
		if p.Archived {
			arch = t.Yes
		}
		kind, name := string(p.Kind), p.Name
		if people {
			kind, name = t.PartnerKind(p.Kind), p.NameIn(t.Lang)
		}
		l.rows = append(l.rows, []string{strconv.FormatInt(p.ID, 10), name, p.ShortName, kind, p.CountryCode, since, p.LastContact, arch})
		js = append(js, toPartnerJSON(p))
	}
	l.json = js
	return l
}

// partnerJSON is the stable JSON shape of a partner.
type partnerJSON struct {
	ID          int64       `json:"id"`
	Name        string      `json:"name"`
	NameJA      string      `json:"name_ja"` // "" when it has none
	ShortName   string      `json:"short_name"`
	Kind        string      `json:"kind"`
	Country     string      `json:"country"`
	Companies   string      `json:"companies"`
	Since       int         `json:"since,omitempty"`
	Contact     string      `json:"contact"`
	Notes       string      `json:"notes"`
	Tracked     bool        `json:"tracked"` // counted in goal progress
	Archived    bool        `json:"archived"`
	UID         string      `json:"uid"`
	LastContact string      `json:"last_contact,omitempty"`
	Stages      []stageJSON `json:"stages,omitempty"` // partners show only
}

// stageJSON is a partner's latest stage on a goal.
type stageJSON struct {
	Goal  int    `json:"goal"`
	Stage int    `json:"stage"`
	Date  string `json:"date"`
	Note  string `json:"note"`
}

func toPartnerJSON(p store.Partner) partnerJSON {
	return partnerJSON{ID: p.ID, Name: p.Name, NameJA: p.NameJA, ShortName: p.ShortName, Kind: string(p.Kind), Country: p.CountryCode,
		Companies: p.Companies, Since: p.Since, Contact: p.Contact, Notes: p.Notes, Tracked: p.Tracked, Archived: p.Archived,
		UID: p.UID, LastContact: p.LastContact}
}

// partnerFlags are the fields of a partner, for add and edit.
type partnerFlags struct {
	name, short, kind, country, since, contact, companies, notes string
	tracked, untracked                                           bool
	cmd                                                          *cobra.Command
}

// partnerFields lists the flags of partnerFlags.
var partnerFields = []string{"name", "short", "kind", "country", "since", "contact", "companies", "notes",
	"tracked", "untracked"}

func addPartnerFlags(a *app, cmd *cobra.Command) *partnerFlags {
	f := &partnerFlags{cmd: cmd}
	fs := cmd.Flags()
	fs.StringVar(&f.name, "name", "", "")
	fs.StringVar(&f.short, "short", "", "")
	fs.StringVar(&f.kind, "kind", "", "")
	fs.StringVar(&f.country, "country", "", "")
	fs.StringVar(&f.since, "since", "", "")
	fs.StringVar(&f.contact, "contact", "", "")
	fs.StringVar(&f.companies, "companies", "", "")
	fs.StringVar(&f.notes, "notes", "", "")
	fs.BoolVar(&f.tracked, "tracked", false, "")
	fs.BoolVar(&f.untracked, "untracked", false, "")
	// Not cobra's MarkFlagsMutuallyExclusive: its error is English, and
	// comes before any check of ours could word it.
	a.completeFlag(cmd, "kind", a.fixed(store.Strings(store.PartnerKinds)))
	a.completeFlag(cmd, "country", a.countryCodes())
	return f
}

func (f *partnerFlags) given(name string) bool { return f.cmd.Flags().Changed(name) }

// check checks each value given, before the database is opened, and
// returns the year of --since (0 if not given or empty).
func (f *partnerFlags) check(a *app) (int, error) {
	if f.given("tracked") && f.given("untracked") {
		return 0, usagef(a.t.ErrFlagsExclusive, "--tracked", "--untracked")
	}
	if f.given("kind") {
		k, err := parseKind(a, "--kind", f.kind, store.PartnerKinds, i18n.ParsePartnerKind)
		if err != nil {
			return 0, err
		}
		f.kind = string(k)
	}
	if f.given("country") && strings.TrimSpace(f.country) == "" {
		return 0, usage(a.t.ErrCountryEmpty)
	}
	texts := []struct {
		flag, field, value string
		limit              int
		required           bool
	}{
		{"name", "name", f.name, store.MaxShort, true}, {"short", "short name", f.short, store.MaxShortName, false},
		{"contact", "contact", f.contact, store.MaxNote, false}, {"companies", "companies", f.companies, store.MaxNote, false},
		{"notes", "notes", f.notes, store.MaxNote, false},
	}
	for _, x := range texts {
		if f.given(x.flag) {
			if fe := store.CheckText(x.field, x.value, x.limit, x.required); fe != nil {
				return 0, fe
			}
		}
	}
	if !f.given("since") {
		return 0, nil
	}
	year, fe := store.ParseSince(f.since, a.Now())
	if fe != nil {
		return 0, fe
	}
	return year, nil
}

// apply sets the given fields on p; the country is resolved from a code
// or a name.
func (f *partnerFlags) apply(env *Env, p *store.Partner, year int) error {
	if f.given("country") {
		c, err := env.Store.ResolveCountry(env.Ctx, f.country)
		if err != nil {
			return err
		}
		p.CountryCode = c.Code
	}
	set := map[string]*string{"name": &p.Name, "short": &p.ShortName, "contact": &p.Contact,
		"companies": &p.Companies, "notes": &p.Notes}
	values := map[string]string{"name": f.name, "short": f.short, "contact": f.contact,
		"companies": f.companies, "notes": f.notes}
	for name, field := range set {
		if f.given(name) {
			*field = values[name]
		}
	}
	if f.given("kind") {
		p.Kind = store.PartnerKind(strings.ToLower(strings.TrimSpace(f.kind)))
	}
	if f.given("since") {
		p.Since = year
	}
	if f.given("tracked") || f.given("untracked") {
		p.Tracked = f.tracked && !f.untracked
	}
	return nil
}

func partnerAddCommand(a *app) *cobra.Command {
	var f *partnerFlags
	cmd := a.command("partners add", a.noArgs, func(cmd *cobra.Command, args []string) error {
		year, err := f.check(a)
		if err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			var p store.Partner
			if err := f.apply(env, &p, year); err != nil {
				return err
			}
			if !f.given("tracked") && !f.given("untracked") {
				p.Tracked = store.TrackedByDefault(p.Kind)
			}
			id, err := env.Store.AddPartner(env.Ctx, p)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, env.T.OutPartnerAdded+"\n", id)
			return err
		})
	})
	f = addPartnerFlags(a, cmd)
	required(cmd, "name", "country", "kind")
	return cmd
}

// findPartner finds the partner an argument names (id, short name or
// name, archived or not).
func (a *app) findPartner(env *Env, q string) (store.Partner, error) {
	return env.Store.FindPartner(env.Ctx, q)
}

// partnerArg checks a partner given as an argument: not empty.
func (a *app) partnerArg(q string) error {
	if strings.TrimSpace(q) == "" {
		return usage(a.t.ErrPartnerEmpty)
	}
	return nil
}

func partnerShowCommand(a *app) *cobra.Command {
	var format *string
	var checkFormat func() error
	cmd := a.command("partners show", a.oneArg(a.t.ArgPartner), func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(); err != nil {
			return err
		}
		if err := a.partnerArg(args[0]); err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			t := env.T
			p, err := a.findPartner(env, args[0])
			if err != nil {
				return err
			}
			assessments, err := env.Store.Assessments(env.Ctx, p.ID)
			if err != nil {
				return err
			}
			var stages []stageJSON
			for _, x := range assessments {
				if len(stages) == 0 || stages[len(stages)-1].Goal != x.GoalID {
					stages = append(stages, stageJSON{x.GoalID, x.Stage, x.Date, x.Note})
				}
			}
			actions, _, err := env.Store.Actions(env.Ctx, store.ActionQuery{Partner: p.ID, Open: true})
			if err != nil {
				return err
			}
			if *format == formatJSON {
				j := toPartnerJSON(p)
				j.Stages = stages
				return listing{json: j}.write(env.Stdout, formatJSON, 0)
			}
			country := p.CountryCode
			if c, err := env.Store.ResolveCountry(env.Ctx, p.CountryCode); err == nil {
				country = fmt.Sprintf(t.NameWithCode, t.CountryName(c), c.Code)
			}
			since, archived, tracked := "", t.No, t.No
			if p.Since != 0 {
				since = strconv.Itoa(p.Since)
			}
			if p.Archived {
				archived = t.Yes
			}
			if p.Tracked {
				tracked = t.Yes
			}
			err = keyValues(env.Stdout, [][2]string{
				{t.ColID, strconv.FormatInt(p.ID, 10)}, {t.ColName, p.Name}, {t.ColShort, p.ShortName},
				{t.ColKind, t.PartnerKind(p.Kind)}, {t.ColCountry, country}, {t.ColSince, since},
				{t.ColContact, p.Contact}, {t.ColCompanies, p.Companies}, {t.ColNotes, p.Notes},
				{t.ColTracked, tracked}, {t.ColArchived, archived}, {t.ColLastContact, p.LastContact},
			})
			if err != nil {
				return err
			}
			if len(stages) > 0 {
				l := listing{head: []string{t.ColGoal, t.ColStage, t.ColDate, t.ColNote}, fits: []fit{fitKeep, fitKeep, fitKeep, fitText}}
				for _, s := range stages {
					l.rows = append(l.rows, []string{strconv.Itoa(s.Goal), strconv.Itoa(s.Stage), s.Date, s.Note})
				}
				fmt.Fprintln(env.Stdout, "\n"+t.OutStages)
				if err := l.write(env.Stdout, formatTable, env.Width); err != nil {
					return err
				}
			}
			if len(actions) > 0 {
				fmt.Fprintln(env.Stdout, "\n"+t.OutOpenActions)
				return actionListing(t, actions, formatTable).write(env.Stdout, formatTable, env.Width)
			}
			return nil
		})
	})
	format, checkFormat = a.formatFlag(cmd, showFormats)
	cmd.ValidArgsFunction = a.partnerNames(true, true)
	return cmd
}

func partnerEditCommand(a *app) *cobra.Command {
	var f *partnerFlags
	cmd := a.command("partners edit", a.oneArg(a.t.ArgPartner), func(cmd *cobra.Command, args []string) error {
		t := a.t
		if err := a.partnerArg(args[0]); err != nil {
			return err
		}
		given := false
		for _, name := range partnerFields {
			given = given || f.given(name)
		}
		if !given {
			return usage(t.ErrNoChange)
		}
		year, err := f.check(a)
		if err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			old, err := a.findPartner(env, args[0])
			if err != nil {
				return err
			}
			p := old
			if err := f.apply(env, &p, year); err != nil {
				return err
			}
			// Only the fields given are written, over whatever is stored now.
			patch := old.Diff(p)
			patch.Base, patch.By = nil, env.Author
			ch, err := env.Store.PatchPartner(env.Ctx, p.ID, patch)
			if err != nil {
				if errors.Is(err, store.ErrNotFound) {
					return failure(fmt.Sprintf(t.ErrPartnerNotFound, p.ID), t.HintListPartners)
				}
				return err
			}
			out := t.OutPartnerUpdated
			if !ch.Changed {
				out = t.OutPartnerUnchanged
			}
			_, err = fmt.Fprintf(env.Stdout, out+"\n", p.ID, cleanLine(p.Label()))
			return err
		})
	})
	f = addPartnerFlags(a, cmd)
	cmd.ValidArgsFunction = a.partnerNames(true, true)
	return cmd
}

// partnerArchiveCommand is `partners archive` (archive true) or `partners
// unarchive`.
func partnerArchiveCommand(a *app, archive bool) *cobra.Command {
	path := "partners unarchive"
	if archive {
		path = "partners archive"
	}
	cmd := a.command(path, a.oneArg(a.t.ArgPartner), func(cmd *cobra.Command, args []string) error {
		if err := a.partnerArg(args[0]); err != nil {
			return err
		}
		return a.run(cmd, func(env *Env) error {
			t := env.T
			p, err := a.findPartner(env, args[0])
			if err != nil {
				return err
			}
			label := cleanLine(p.Label())
			done := t.OutPartnerRestored
			if archive {
				done = t.OutPartnerArchived
				err = env.Store.ArchivePartner(env.Ctx, p.ID)
			} else {
				err = env.Store.UnarchivePartner(env.Ctx, p.ID)
			}
			switch {
			case errors.Is(err, store.ErrAlreadyArchived):
				return failure(fmt.Sprintf(t.ErrPartnerAlreadyArchived, p.ID, label), t.HintNothingChanged)
			case errors.Is(err, store.ErrNotArchived):
				return failure(fmt.Sprintf(t.ErrPartnerNotArchived, p.ID, label), t.HintNothingChanged)
			case errors.Is(err, store.ErrNotFound):
				return failure(fmt.Sprintf(t.ErrPartnerNotFound, p.ID), t.HintListPartners)
			case err != nil:
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, done+"\n", p.ID, label)
			return err
		})
	})
	cmd.ValidArgsFunction = a.partnerNames(archive, !archive)
	return cmd
}
