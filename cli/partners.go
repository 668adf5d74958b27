package cli

import (
	"fmt"
	"strconv"
	"strings"

	"vision2030/i18n"
	"vision2030/store"
)

func parsePartners(t *i18n.Catalogue, args []string) (Runner, error) {
	if len(args) > 0 {
		switch args[0] {
		case "add":
			return parsePartnerAdd(t, args[1:])
		case "archive", "unarchive":
			archive, done := args[0] == "archive", t.OutPartnerArchived
			if !archive {
				done = t.OutPartnerRestored
			}
			return changeByID(t, "partners "+args[0], NewFlags(args[0]), args[1:], done,
				map[error]string{store.ErrNotFound: t.ErrPartnerNotFound},
				func(env *Env, id int64) error { return env.Store.SetPartnerArchived(env.Ctx, id, archive) })
		}
	}
	fs := NewFlags("partners")
	country := fs.String("country", "", "only this country (ISO code)")
	archived := fs.Bool("archived", false, "include archived partners")
	format := fs.String("format", formatTable, "table, csv or json")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	if err := checkFormat(t, *format); err != nil {
		return nil, err
	}
	return func(env *Env) error {
		page, err := env.Store.PartnersByCountry(env.Ctx, store.PartnerQuery{Country: strings.TrimSpace(*country), Archived: *archived})
		if err != nil {
			return err
		}
		t := env.T
		l := listing{head: []string{t.ColID, t.ColName, t.ColShort, t.ColKind, t.ColCountry, t.ColSince, t.ColLastContact, t.ColArchived}}
		js := []partnerJSON{}
		for _, p := range page.Partners {
			since := ""
			if p.Since != 0 {
				since = strconv.Itoa(p.Since)
			}
			arch := ""
			if p.Archived {
				arch = t.Yes
			}
			l.rows = append(l.rows, []string{strconv.FormatInt(p.ID, 10), p.Name, p.ShortName, string(p.Kind), p.CountryCode, since, p.LastContact, arch})
			js = append(js, partnerJSON{p.ID, p.Name, p.ShortName, string(p.Kind), p.CountryCode, p.Companies, p.Since,
				p.Contact, p.Notes, p.Archived, p.LastContact})
		}
		l.json = js
		return l.write(env.Stdout, *format)
	}, nil
}

// partnerJSON is the stable JSON shape of a partner.
type partnerJSON struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	ShortName   string `json:"short_name"`
	Kind        string `json:"kind"`
	Country     string `json:"country"`
	Companies   string `json:"companies"`
	Since       int    `json:"since,omitempty"`
	Contact     string `json:"contact"`
	Notes       string `json:"notes"`
	Archived    bool   `json:"archived"`
	LastContact string `json:"last_contact,omitempty"`
}

func parsePartnerAdd(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("partners add")
	name := fs.String("name", "", "name")
	short := fs.String("short", "", "short name")
	kind := fs.String("kind", "", "kind")
	country := fs.String("country", "", "country (ISO code)")
	since := fs.String("since", "", "year the relationship began")
	contact := fs.String("contact", "", "contact")
	companies := fs.String("companies", "", "related companies")
	notes := fs.String("notes", "", "notes")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	if err := require(t, "--name", *name, "--country", *country, "--kind", *kind); err != nil {
		return nil, err
	}
	k, err := parseKind(t, "--kind", *kind, store.PartnerKinds)
	if err != nil {
		return nil, err
	}
	year := 0
	if *since != "" {
		n, err := strconv.Atoi(*since)
		if err != nil {
			return nil, UsageError{fmt.Sprintf(t.ErrBadNumber, "--since", *since)}
		}
		year = n
	}
	return func(env *Env) error {
		id, err := env.Store.AddPartner(env.Ctx, store.Partner{Name: *name, ShortName: *short, Kind: k, CountryCode: *country,
			Since: year, Contact: *contact, Companies: *companies, Notes: *notes, Tracked: store.TrackedByDefault(k)})
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(env.Stdout, env.T.OutPartnerAdded+"\n", id)
		return err
	}, nil
}
