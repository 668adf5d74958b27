package ui

import (
	"charm.land/bubbles/v2/key"

	"vision2030/i18n"
)

// KeyMap is every key of the UI, with its help text; `?` shows them all.
type KeyMap struct {
	Quit, Help, NextTab, PrevTab, Screen    key.Binding
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Add, Back, Refresh                      key.Binding
	Filter, Edit, Delete, Undo, NewPartner  key.Binding
	Archive, ShowAll, FollowUp, Done        key.Binding
	Yes, No                                 key.Binding
	Enter, Assess                           key.Binding
	// Keys of a form, for help only: the form itself handles them.
	FormNext, FormPrev, FormToggle, FormFilter key.Binding
	formCancel                                 string
}

// NewKeyMap builds the key map with help text from the catalogue.
func NewKeyMap(t *i18n.Catalogue) KeyMap {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], help))
	}
	k := KeyMap{
		Quit:     b(t.KeyQuit, "q", "ctrl+c"),
		Help:     b(t.KeyHelp, "?"),
		NextTab:  b(t.KeyNextTab, "tab"),
		PrevTab:  b(t.KeyPrevTab, "shift+tab"),
		Screen:   b(t.KeyScreen, "1", "2", "3", "4"),
		Up:       b(t.KeyUp, "up", "k"),
		Down:     b(t.KeyDown, "down", "j"),
		PageUp:   b(t.KeyPageUp, "pgup", "ctrl+b"),
		PageDown: b(t.KeyPageDown, "pgdown", "ctrl+f", "space"),
		Top:      b(t.KeyTop, "home", "g"),
		Bottom:   b(t.KeyBottom, "end", "G"),
		Add:      b(t.KeyAdd, "a"),
		Back:     b(t.KeyBack, "esc"),
		Refresh:  b(t.KeyRefresh, "r"),

		Filter:     b(t.KeyFilter, "/"),
		Edit:       b(t.KeyEdit, "e"),
		Delete:     b(t.KeyDelete, "d"),
		Undo:       b(t.KeyUndo, "u"),
		NewPartner: b(t.KeyNewPartner, "n"),
		Archive:    b(t.KeyArchive, "d"),
		ShowAll:    b(t.KeyShowAll, "h"),
		FollowUp:   b(t.KeyFollowUp, "f"),
		Done:       b(t.KeyDone, "x"),
		Enter:      b(t.KeyEnter, "enter"),
		Assess:     b(t.KeyAssess, "s"),
		Yes:        b(t.Yes, "y", "enter"),
		No:         b(t.No, "n", "esc"),

		FormNext:   b(t.KeyFormNext, "enter", "tab"),
		FormPrev:   b(t.KeyFormPrev, "shift+tab"),
		FormToggle: b(t.KeyFormToggle, "x", "space"),
		FormFilter: b(t.KeyFormFilter, "/"),
		formCancel: t.KeyFormCancel,
	}
	k.Quit.SetHelp("q/ctrl+c", t.KeyQuit)
	k.Screen.SetHelp("1-4", t.KeyScreen)
	k.Up.SetHelp("↑/k", t.KeyUp)
	k.Down.SetHelp("↓/j", t.KeyDown)
	k.PageUp.SetHelp("pgup", t.KeyPageUp)
	k.PageDown.SetHelp("pgdn/space", t.KeyPageDown)
	k.Top.SetHelp("home/g", t.KeyTop)
	k.Bottom.SetHelp("end/G", t.KeyBottom)
	k.FormNext.SetHelp("enter/tab", t.KeyFormNext)
	k.FormToggle.SetHelp("x/space", t.KeyFormToggle)
	return k
}

// ShortHelp is the footer's short list for a screen.
func (k KeyMap) ShortHelp(screen int) []key.Binding {
	switch screen {
	case screenPartners:
		return []key.Binding{k.Enter, k.NewPartner, k.Edit, k.Archive, k.ShowAll, k.Undo, k.Help}
	case screenEntries:
		return []key.Binding{k.Add, k.Filter, k.Edit, k.Delete, k.FollowUp, k.Undo, k.Help}
	case screenActions:
		return []key.Binding{k.Done, k.ShowAll, k.Undo, k.Quit, k.Help}
	}
	return []key.Binding{k.Enter, k.Add, k.NextTab, k.Quit, k.Help}
}

// HelpTitles names the groups of FullHelp, in the same order.
func (k KeyMap) HelpTitles(t *i18n.Catalogue) []string {
	return []string{t.HelpMove, t.HelpScreens, t.HelpEntries, t.HelpPartners, t.HelpForm}
}

// FullHelp is every key, in columns, for the `?` screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextTab, k.PrevTab, k.Screen, k.Enter, k.Back, k.Refresh, k.Help, k.Quit},
		{k.Add, k.Filter, k.Edit, k.Delete, k.FollowUp, k.Undo},
		{k.NewPartner, k.Edit, k.Archive, k.Assess, k.ShowAll, k.Done},
		k.FormHelp(),
	}
}

// FormHelp is the footer's list while a form is open.
func (k KeyMap) FormHelp() []key.Binding {
	cancel := k.Back
	cancel.SetHelp("esc", k.formCancel)
	return []key.Binding{cancel, k.FormNext, k.FormPrev, k.FormToggle, k.FormFilter}
}
