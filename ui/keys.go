package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"vision2030/config"
	"vision2030/i18n"
	"vision2030/render"
)

// The actions of the dashboard, by the names the settings file binds keys
// to under [keys] (for example `add = ["a", "ctrl+n"]`). ctrl+c is not an
// action: it always quits, asking first when a form holds changes.
const (
	ActQuit       = "quit"
	ActHelp       = "help"
	ActNextTab    = "next_tab"
	ActPrevTab    = "prev_tab"
	ActDashboard  = "dashboard"
	ActPartners   = "partners"
	ActEntries    = "entries"
	ActActions    = "actions"
	ActUp         = "up"
	ActDown       = "down"
	ActPageUp     = "page_up"
	ActPageDown   = "page_down"
	ActTop        = "top"
	ActBottom     = "bottom"
	ActOpen       = "open"
	ActBack       = "back"
	ActRefresh    = "refresh"
	ActAdd        = "add"
	ActFilter     = "filter"
	ActEdit       = "edit"
	ActDelete     = "delete"
	ActUndo       = "undo"
	ActRedo       = "redo"
	ActNewPartner = "new_partner"
	ActShowAll    = "show_all"
	ActFollowUp   = "follow_up"
	ActDone       = "done"
	ActAssess     = "assess"
	ActCount      = "count"
	ActSave       = "save"
	ActEditor     = "editor"
	ActNextField  = "next_field"
	ActPrevField  = "prev_field"
	ActChoose     = "choose"
	ActYes        = "yes"
	ActNo         = "no"
)

// scope is where a key is read: on a screen, in a form, or in a yes/no
// question. A key may mean one action per scope.
type scope int

const (
	scopeScreen scope = 1 << iota
	scopeForm
	scopeAsk
)

// actionDef is one action: its default keys, its help text and where it is
// read.
type actionDef struct {
	name  string
	keys  []string
	help  func(t *i18n.Catalogue) string
	scope scope
	field func(k *KeyMap) *key.Binding
}

// actionDefs is every action, in the order the help lists them.
var actionDefs = []actionDef{
	{ActUp, []string{"up", "k"}, func(t *i18n.Catalogue) string { return t.KeyUp }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Up }},
	{ActDown, []string{"down", "j"}, func(t *i18n.Catalogue) string { return t.KeyDown }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Down }},
	{ActPageUp, []string{"pgup", "ctrl+b"}, func(t *i18n.Catalogue) string { return t.KeyPageUp }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.PageUp }},
	{ActPageDown, []string{"pgdown", "ctrl+f", "space"}, func(t *i18n.Catalogue) string { return t.KeyPageDown }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.PageDown }},
	{ActTop, []string{"home", "g"}, func(t *i18n.Catalogue) string { return t.KeyTop }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Top }},
	{ActBottom, []string{"end", "G"}, func(t *i18n.Catalogue) string { return t.KeyBottom }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Bottom }},
	{ActOpen, []string{"enter"}, func(t *i18n.Catalogue) string { return t.KeyEnter }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Open }},
	{ActBack, []string{"esc"}, func(t *i18n.Catalogue) string { return t.KeyBack }, scopeScreen | scopeForm, func(k *KeyMap) *key.Binding { return &k.Back }},
	{ActNextTab, []string{"tab"}, func(t *i18n.Catalogue) string { return t.KeyNextTab }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.NextTab }},
	{ActPrevTab, []string{"shift+tab"}, func(t *i18n.Catalogue) string { return t.KeyPrevTab }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.PrevTab }},
	{ActDashboard, []string{"1"}, func(t *i18n.Catalogue) string { return t.TabDashboard }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Tabs[0] }},
	{ActPartners, []string{"2"}, func(t *i18n.Catalogue) string { return t.TabPartners }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Tabs[1] }},
	{ActEntries, []string{"3"}, func(t *i18n.Catalogue) string { return t.TabEntries }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Tabs[2] }},
	{ActActions, []string{"4"}, func(t *i18n.Catalogue) string { return t.TabActions }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Tabs[3] }},
	{ActRefresh, []string{"r"}, func(t *i18n.Catalogue) string { return t.KeyRefresh }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Refresh }},
	{ActHelp, []string{"?"}, func(t *i18n.Catalogue) string { return t.KeyHelp }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Help }},
	{ActQuit, []string{"q"}, func(t *i18n.Catalogue) string { return t.KeyQuit }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Quit }},

	{ActAdd, []string{"a"}, func(t *i18n.Catalogue) string { return t.KeyAdd }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Add }},
	{ActFilter, []string{"/"}, func(t *i18n.Catalogue) string { return t.KeyFilter }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Filter }},
	{ActEdit, []string{"e"}, func(t *i18n.Catalogue) string { return t.KeyEdit }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Edit }},
	{ActDelete, []string{"d"}, func(t *i18n.Catalogue) string { return t.KeyDelete }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Delete }},
	{ActFollowUp, []string{"f"}, func(t *i18n.Catalogue) string { return t.KeyFollowUp }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.FollowUp }},
	{ActUndo, []string{"u"}, func(t *i18n.Catalogue) string { return t.KeyUndo }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Undo }},
	{ActRedo, []string{"ctrl+r"}, func(t *i18n.Catalogue) string { return t.KeyRedo }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Redo }},
	{ActCount, []string{"c"}, func(t *i18n.Catalogue) string { return t.KeyCount }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Count }},
	{ActNewPartner, []string{"n"}, func(t *i18n.Catalogue) string { return t.KeyNewPartner }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.NewPartner }},
	{ActAssess, []string{"s"}, func(t *i18n.Catalogue) string { return t.KeyAssess }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Assess }},
	{ActShowAll, []string{"h"}, func(t *i18n.Catalogue) string { return t.KeyShowAll }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.ShowAll }},
	{ActDone, []string{"x"}, func(t *i18n.Catalogue) string { return t.KeyDone }, scopeScreen, func(k *KeyMap) *key.Binding { return &k.Done }},

	{ActNextField, []string{"tab"}, func(t *i18n.Catalogue) string { return t.KeyFormNext }, scopeForm, func(k *KeyMap) *key.Binding { return &k.NextField }},
	{ActPrevField, []string{"shift+tab"}, func(t *i18n.Catalogue) string { return t.KeyFormPrev }, scopeForm, func(k *KeyMap) *key.Binding { return &k.PrevField }},
	{ActChoose, []string{"enter"}, func(t *i18n.Catalogue) string { return t.KeyFormChoose }, scopeForm, func(k *KeyMap) *key.Binding { return &k.Choose }},
	{ActSave, []string{"ctrl+s"}, func(t *i18n.Catalogue) string { return t.KeyFormSave }, scopeForm, func(k *KeyMap) *key.Binding { return &k.Save }},
	{ActEditor, []string{"ctrl+e"}, func(t *i18n.Catalogue) string { return t.KeyFormEditor }, scopeForm, func(k *KeyMap) *key.Binding { return &k.Editor }},

	{ActYes, []string{"y"}, func(t *i18n.Catalogue) string { return t.Yes }, scopeAsk, func(k *KeyMap) *key.Binding { return &k.Yes }},
	{ActNo, []string{"n", "esc"}, func(t *i18n.Catalogue) string { return t.No }, scopeAsk, func(k *KeyMap) *key.Binding { return &k.No }},
}

// actionNamed returns the action called name.
func actionNamed(name string) (actionDef, bool) {
	for _, a := range actionDefs {
		if a.name == name {
			return a, true
		}
	}
	return actionDef{}, false
}

// Actions returns the name of every action, for the settings file's [keys].
func Actions() []string {
	names := make([]string, len(actionDefs))
	for i, a := range actionDefs {
		names[i] = a.name
	}
	return names
}

// KeyMap is every key of the UI, with its help text: the screens' footers
// and the `?` screen are drawn from these bindings, so they show the keys
// the settings file chose.
type KeyMap struct {
	Quit, Help, NextTab, PrevTab, Refresh      key.Binding
	Tabs                                       [4]key.Binding
	Up, Down, PageUp, PageDown, Top, Bottom    key.Binding
	Open, Back                                 key.Binding
	Add, Filter, Edit, Delete, FollowUp        key.Binding
	Undo, Redo, Count                          key.Binding
	NewPartner, Assess, ShowAll, Done          key.Binding
	NextField, PrevField, Choose, Save, Editor key.Binding
	Yes, No                                    key.Binding
}

// newKeyMap builds the key map from the defaults and the settings' [keys]
// (action name → keys). An unknown action, or a key bound to two actions
// read in one place, is a *config.Error naming the settings line.
func newKeyMap(t *i18n.Catalogue, s *config.Settings) (*KeyMap, error) {
	var custom map[string][]string
	if s != nil {
		// The settings' own check, once per scope: a key may mean one
		// thing on a screen and another in a form.
		for sc := scopeScreen; sc <= scopeAsk; sc <<= 1 {
			only := *s
			only.Keys = map[string][]string{}
			for name, keys := range s.Keys {
				if a, ok := actionNamed(name); !ok || a.scope&sc != 0 {
					only.Keys[name] = keys
				}
			}
			if err := only.ValidateKeys(Actions()); err != nil {
				return nil, err
			}
		}
		custom = s.Keys
	}
	k := &KeyMap{}
	owner := map[scope]map[string]string{}
	for _, a := range actionDefs {
		keys := a.keys
		if c, ok := custom[a.name]; ok {
			keys = c
		}
		for sc := scopeScreen; sc <= scopeAsk; sc <<= 1 {
			if a.scope&sc == 0 {
				continue
			}
			if owner[sc] == nil {
				owner[sc] = map[string]string{}
			}
			for _, key := range keys {
				if first, ok := owner[sc][key]; ok {
					// Report it at the line of the action the file rebinds.
					name, other := a.name, first
					if _, rebound := custom[name]; !rebound {
						name, other = first, a.name
					}
					var origin config.Origin
					if s != nil {
						origin = s.Origins[config.Keys+"."+name]
					}
					return nil, &config.Error{Setting: config.Keys + "." + name, Origin: origin,
						Problem: config.ProblemTwice, Value: key, Other: other}
				}
				owner[sc][key] = a.name
			}
		}
		*a.field(k) = key.NewBinding(key.WithKeys(keys...), key.WithHelp(keyNames(keys), a.help(t)))
	}
	return k, nil
}

// keyNames is how the help shows keys: the first two, arrows as glyphs.
func keyNames(keys []string) string {
	g := render.Glyphs()
	var names []string
	for _, k := range keys {
		switch k {
		case "up":
			k = g.Up
		case "down":
			k = g.Down
		case "pgdown":
			k = "pgdn"
		}
		if !slices.Contains(names, k) {
			names = append(names, k)
		}
		if len(names) == 2 {
			break
		}
	}
	return strings.Join(names, "/")
}

// matches reports whether msg is one of b's keys.
func matches(msg tea.KeyPressMsg, b key.Binding) bool { return key.Matches(msg, b) }

// withHelp is b with another description, for a key whose meaning a
// screen words its own way (d archives on the partners screen).
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// tabKey reports which tab key msg is, if any.
func (k *KeyMap) tabKey(msg tea.KeyPressMsg) (int, bool) {
	for i, b := range k.Tabs {
		if matches(msg, b) {
			return i, true
		}
	}
	return 0, false
}

// String names the keys of b for a sentence ("press a to add").
func keyOf(b key.Binding) string {
	if ks := b.Keys(); len(ks) > 0 {
		return ks[0]
	}
	return fmt.Sprint(b.Help().Key)
}
