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

// actionDef is one action: its help text and its binding in the KeyMap.
// Its default keys and where it is read are the settings' (config.KeyActions).
type actionDef struct {
	name  string
	help  func(t *i18n.Catalogue) string
	field func(k *KeyMap) *key.Binding
}

// actionDefs is every action, in the order the help lists them.
var actionDefs = []actionDef{
	{ActUp, func(t *i18n.Catalogue) string { return t.KeyUp }, func(k *KeyMap) *key.Binding { return &k.Up }},
	{ActDown, func(t *i18n.Catalogue) string { return t.KeyDown }, func(k *KeyMap) *key.Binding { return &k.Down }},
	{ActPageUp, func(t *i18n.Catalogue) string { return t.KeyPageUp }, func(k *KeyMap) *key.Binding { return &k.PageUp }},
	{ActPageDown, func(t *i18n.Catalogue) string { return t.KeyPageDown }, func(k *KeyMap) *key.Binding { return &k.PageDown }},
	{ActTop, func(t *i18n.Catalogue) string { return t.KeyTop }, func(k *KeyMap) *key.Binding { return &k.Top }},
	{ActBottom, func(t *i18n.Catalogue) string { return t.KeyBottom }, func(k *KeyMap) *key.Binding { return &k.Bottom }},
	{ActOpen, func(t *i18n.Catalogue) string { return t.KeyEnter }, func(k *KeyMap) *key.Binding { return &k.Open }},
	{ActBack, func(t *i18n.Catalogue) string { return t.KeyBack }, func(k *KeyMap) *key.Binding { return &k.Back }},
	{ActNextTab, func(t *i18n.Catalogue) string { return t.KeyNextTab }, func(k *KeyMap) *key.Binding { return &k.NextTab }},
	{ActPrevTab, func(t *i18n.Catalogue) string { return t.KeyPrevTab }, func(k *KeyMap) *key.Binding { return &k.PrevTab }},
	{ActDashboard, func(t *i18n.Catalogue) string { return t.TabDashboard }, func(k *KeyMap) *key.Binding { return &k.Tabs[0] }},
	{ActPartners, func(t *i18n.Catalogue) string { return t.TabPartners }, func(k *KeyMap) *key.Binding { return &k.Tabs[1] }},
	{ActEntries, func(t *i18n.Catalogue) string { return t.TabEntries }, func(k *KeyMap) *key.Binding { return &k.Tabs[2] }},
	{ActActions, func(t *i18n.Catalogue) string { return t.TabActions }, func(k *KeyMap) *key.Binding { return &k.Tabs[3] }},
	{ActRefresh, func(t *i18n.Catalogue) string { return t.KeyRefresh }, func(k *KeyMap) *key.Binding { return &k.Refresh }},
	{ActHelp, func(t *i18n.Catalogue) string { return t.KeyHelp }, func(k *KeyMap) *key.Binding { return &k.Help }},
	{ActQuit, func(t *i18n.Catalogue) string { return t.KeyQuit }, func(k *KeyMap) *key.Binding { return &k.Quit }},

	{ActAdd, func(t *i18n.Catalogue) string { return t.KeyAdd }, func(k *KeyMap) *key.Binding { return &k.Add }},
	{ActFilter, func(t *i18n.Catalogue) string { return t.KeyFilter }, func(k *KeyMap) *key.Binding { return &k.Filter }},
	{ActEdit, func(t *i18n.Catalogue) string { return t.KeyEdit }, func(k *KeyMap) *key.Binding { return &k.Edit }},
	{ActDelete, func(t *i18n.Catalogue) string { return t.KeyDelete }, func(k *KeyMap) *key.Binding { return &k.Delete }},
	{ActFollowUp, func(t *i18n.Catalogue) string { return t.KeyFollowUp }, func(k *KeyMap) *key.Binding { return &k.FollowUp }},
	{ActUndo, func(t *i18n.Catalogue) string { return t.KeyUndo }, func(k *KeyMap) *key.Binding { return &k.Undo }},
	{ActRedo, func(t *i18n.Catalogue) string { return t.KeyRedo }, func(k *KeyMap) *key.Binding { return &k.Redo }},
	{ActCount, func(t *i18n.Catalogue) string { return t.KeyCount }, func(k *KeyMap) *key.Binding { return &k.Count }},
	{ActNewPartner, func(t *i18n.Catalogue) string { return t.KeyNewPartner }, func(k *KeyMap) *key.Binding { return &k.NewPartner }},
	{ActAssess, func(t *i18n.Catalogue) string { return t.KeyAssess }, func(k *KeyMap) *key.Binding { return &k.Assess }},
	{ActShowAll, func(t *i18n.Catalogue) string { return t.KeyShowAll }, func(k *KeyMap) *key.Binding { return &k.ShowAll }},
	{ActDone, func(t *i18n.Catalogue) string { return t.KeyDone }, func(k *KeyMap) *key.Binding { return &k.Done }},

	{ActNextField, func(t *i18n.Catalogue) string { return t.KeyFormNext }, func(k *KeyMap) *key.Binding { return &k.NextField }},
	{ActPrevField, func(t *i18n.Catalogue) string { return t.KeyFormPrev }, func(k *KeyMap) *key.Binding { return &k.PrevField }},
	{ActChoose, func(t *i18n.Catalogue) string { return t.KeyFormChoose }, func(k *KeyMap) *key.Binding { return &k.Choose }},
	{ActSave, func(t *i18n.Catalogue) string { return t.KeyFormSave }, func(k *KeyMap) *key.Binding { return &k.Save }},
	{ActEditor, func(t *i18n.Catalogue) string { return t.KeyFormEditor }, func(k *KeyMap) *key.Binding { return &k.Editor }},

	{ActYes, func(t *i18n.Catalogue) string { return t.Yes }, func(k *KeyMap) *key.Binding { return &k.Yes }},
	{ActNo, func(t *i18n.Catalogue) string { return t.No }, func(k *KeyMap) *key.Binding { return &k.No }},
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
// read in one place, is the *config.Error of the settings' own check
// (config.Settings.ValidateKeys), which config.Load has made already.
func newKeyMap(t *i18n.Catalogue, s *config.Settings) (*KeyMap, error) {
	if s == nil {
		s = &config.Settings{}
	}
	if err := s.ValidateKeys(); err != nil {
		return nil, err
	}
	k := &KeyMap{}
	for _, a := range actionDefs {
		def, ok := config.FindKeyAction(a.name)
		if !ok {
			return nil, fmt.Errorf("ui: action %q has no default keys", a.name)
		}
		keys := s.BoundKeys(def)
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
