package cli

import (
	"errors"
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
			fs := NewFlags(args[0])
			if err := ParseFlags(t, fs, args[1:], 1); err != nil {
				return nil, err
			}
			id, err := parseID(t, "partners "+args[0], fs)
			if err != nil {
				return nil, err
			}
			archive := args[0] == "archive"
			return func(env *Env) error {
				err := env.Store.SetPartnerArchived(env.Ctx, id, archive)
				if errors.Is(err, store.ErrNotFound) {
					return fmt.Errorf(env.T.ErrPartnerNotFound, id)
				}
				if err != nil {
					return err
				}
				msg := env.T.OutPartnerArchived
				if !archive {
					msg = env.T.OutPartnerRestored
				}
				_, err = fmt.Fprintf(env.Stdout, msg+"\n", id)
				return err
			}, nil
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
	for _, f := range []struct{ name, v string }{{"--name", *name}, {"--country", *country}, {"--kind", *kind}} {
		if strings.TrimSpace(f.v) == "" {
			return nil, UsageError{fmt.Sprintf(t.ErrNeedValue, f.name)}
		}
	}
	k := store.PartnerKind(strings.ToLower(strings.TrimSpace(*kind)))
	if !store.IsPartnerKind(k) {
		var kinds []string
		for _, x := range store.PartnerKinds {
			kinds = append(kinds, string(x))
		}
		return nil, UsageError{fmt.Sprintf(t.ErrKindUnknown, "--kind", *kind, strings.Join(kinds, ", "))}
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
			Since: year, Contact: *contact, Companies: *companies, Notes: *notes})
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(env.Stdout, env.T.OutPartnerAdded+"\n", id)
		return err
	}, nil
}
