package cli

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/config"
	"vision2030/i18n"
)

// configCommand is `config`: the effective settings, where each came from,
// and the settings file's path.
func configCommand(a *app) *cobra.Command {
	var format *string
	var checkFormat func() error
	cmd := a.command("config", a.noArgs, func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(); err != nil {
			return err
		}
		s, err := a.loadSettings(cmd)
		if err != nil {
			return err
		}
		t := a.t
		type row struct {
			name, value string
			origin      config.Origin
		}
		rows := []row{
			{config.Author, s.Author, s.Origins[config.Author]},
			{config.DB, s.DB, s.Origins[config.DB]},
			{config.Theme, s.Theme, s.Origins[config.Theme]},
			{config.Lang, s.Lang, s.Origins[config.Lang]},
			{config.AmbiguousWidth, strconv.Itoa(s.AmbiguousWidth), s.Origins[config.AmbiguousWidth]},
		}
		actions := make([]string, 0, len(s.Keys))
		for action := range s.Keys {
			actions = append(actions, action)
		}
		sort.Strings(actions)
		for _, action := range actions {
			name := config.Keys + "." + action
			rows = append(rows, row{name, strings.Join(s.Keys[action], ", "), s.Origins[name]})
		}
		if len(actions) == 0 {
			rows = append(rows, row{config.Keys, t.ConfigNoKeys, config.Origin{Source: config.FromDefault}})
		}
		file := s.File
		switch {
		case file == "":
			file = t.ConfigNoFile
		case !s.FileFound:
			file = fmt.Sprintf(t.ConfigFileMissing, s.File)
		}
		if *format == formatJSON {
			type setting struct {
				Value string `json:"value"`
				From  string `json:"from"`
				Name  string `json:"name,omitempty"`
				Line  int    `json:"line,omitempty"`
			}
			doc := struct {
				File      string             `json:"file"`
				FileFound bool               `json:"file_found"`
				Settings  map[string]setting `json:"settings"`
			}{s.File, s.FileFound, map[string]setting{}}
			for _, r := range rows {
				value := r.value
				if r.name == config.Keys {
					value = i18n.English.ConfigNoKeys // for programs: the same in every language
				}
				doc.Settings[r.name] = setting{value, string(r.origin.Source), r.origin.Name, r.origin.Line}
			}
			return listing{json: doc}.write(a.Stdout, formatJSON, 0)
		}
		l := listing{head: []string{t.ColSetting, t.ColValue, t.ColFrom}, fits: []fit{fitKeep, fitText, fitKeep}}
		for _, r := range rows {
			value := r.value
			if value == "" {
				value = t.NoValue
			}
			l.rows = append(l.rows, []string{r.name, value, a.originText(r.origin)})
		}
		fmt.Fprintf(a.Stdout, t.ConfigFile+"\n\n", file)
		return l.write(a.Stdout, formatTable, terminalWidth(a.Stdout))
	})
	format, checkFormat = a.formatFlag(cmd, showFormats)
	return cmd
}

// originText says where a setting came from.
func (a *app) originText(o config.Origin) string {
	t := a.t
	switch o.Source {
	case config.FromFlag:
		return fmt.Sprintf(t.FromFlag, o.Name)
	case config.FromEnv:
		return fmt.Sprintf(t.FromEnv, o.Name)
	case config.FromFile:
		return fmt.Sprintf(t.FromFile, o.Line)
	}
	switch {
	case o.Name == "user":
		return t.FromSystemUser
	case o.Name != "":
		return fmt.Sprintf(t.FromLocale, o.Name, o.Value)
	}
	return t.FromDefault
}
