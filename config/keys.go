package config

import (
	"slices"
	"sort"
)

// Scope is where the dashboard reads a key: on a screen, in a form, or in
// a yes/no question. A key may mean one action per scope.
type Scope int

// The scopes of keys.
const (
	ScopeScreen Scope = 1 << iota
	ScopeForm
	ScopeAsk
)

// KeyAction is an action of the dashboard that [keys] can bind: its name
// in the settings file, its default keys and where it is read.
type KeyAction struct {
	Name  string
	Keys  []string
	Scope Scope
}

// KeyActions is every action of the dashboard, in the order its help lists
// them. The dashboard draws its keys and help from it; Load checks [keys]
// against it, so that `config` and every command refuse what the
// dashboard would.
var KeyActions = []KeyAction{
	{"up", []string{"up", "k"}, ScopeScreen},
	{"down", []string{"down", "j"}, ScopeScreen},
	{"page_up", []string{"pgup", "ctrl+b"}, ScopeScreen},
	{"page_down", []string{"pgdown", "space", "ctrl+f"}, ScopeScreen},
	{"top", []string{"home", "g"}, ScopeScreen},
	{"bottom", []string{"end", "G"}, ScopeScreen},
	{"open", []string{"enter"}, ScopeScreen},
	{"back", []string{"esc"}, ScopeScreen | ScopeForm},
	{"next_tab", []string{"tab"}, ScopeScreen},
	{"prev_tab", []string{"shift+tab"}, ScopeScreen},
	{"dashboard", []string{"1"}, ScopeScreen},
	{"partners", []string{"2"}, ScopeScreen},
	{"entries", []string{"3"}, ScopeScreen},
	{"actions", []string{"4"}, ScopeScreen},
	{"refresh", []string{"r"}, ScopeScreen},
	{"help", []string{"?"}, ScopeScreen},
	{"quit", []string{"q"}, ScopeScreen},

	{"add", []string{"a"}, ScopeScreen},
	{"filter", []string{"/"}, ScopeScreen},
	{"edit", []string{"e"}, ScopeScreen},
	{"delete", []string{"d"}, ScopeScreen},
	{"follow_up", []string{"f"}, ScopeScreen},
	{"undo", []string{"u"}, ScopeScreen},
	{"redo", []string{"ctrl+r"}, ScopeScreen},
	{"count", []string{"c"}, ScopeScreen},
	{"new_partner", []string{"n"}, ScopeScreen},
	{"assess", []string{"s"}, ScopeScreen},
	{"show_all", []string{"h"}, ScopeScreen},
	{"done", []string{"x"}, ScopeScreen},

	{"next_field", []string{"tab"}, ScopeForm},
	{"prev_field", []string{"shift+tab"}, ScopeForm},
	{"choose", []string{"enter"}, ScopeForm},
	{"save", []string{"ctrl+s"}, ScopeForm},
	{"editor", []string{"ctrl+e"}, ScopeForm},

	{"yes", []string{"y"}, ScopeAsk},
	{"no", []string{"n", "esc"}, ScopeAsk},
}

// FindKeyAction returns the action called name.
func FindKeyAction(name string) (KeyAction, bool) {
	i := slices.IndexFunc(KeyActions, func(a KeyAction) bool { return a.Name == name })
	if i < 0 {
		return KeyAction{}, false
	}
	return KeyActions[i], true
}

// BoundKeys returns the keys of action: the settings' own, else the
// default ones.
func (s *Settings) BoundKeys(action KeyAction) []string {
	if keys, ok := s.Keys[action.Name]; ok {
		return keys
	}
	return action.Keys
}

// ValidateKeys checks the key bindings of [keys] against [KeyActions]: an
// action that does not exist, or a key that would do two actions in one
// scope (two bindings of the file, or one of the file and another
// action's default key), is an *Error naming the line of the action the
// file binds (the later one when it binds both).
func (s *Settings) ValidateKeys() error {
	names := make([]string, 0, len(s.Keys))
	for a := range s.Keys {
		names = append(names, a)
	}
	// In file order, so that "bound twice" names the later line.
	sort.Slice(names, func(i, j int) bool {
		li, lj := s.Origins[Keys+"."+names[i]].Line, s.Origins[Keys+"."+names[j]].Line
		if li != lj {
			return li < lj
		}
		return names[i] < names[j]
	})
	var sorted []string
	for _, a := range KeyActions {
		sorted = append(sorted, a.Name)
	}
	sort.Strings(sorted)
	twice := func(a, key, other string) error {
		return &Error{Setting: Keys + "." + a, Origin: s.Origins[Keys+"."+a], Problem: ProblemTwice, Value: key, Other: other}
	}
	for sc := ScopeScreen; sc <= ScopeAsk; sc <<= 1 {
		// The file's bindings first, in its order…
		owner := map[string]string{}
		for _, name := range names {
			a, ok := FindKeyAction(name)
			if !ok {
				return &Error{Setting: Keys + "." + name, Origin: s.Origins[Keys+"."+name], Problem: ProblemAction,
					Value: name, Allowed: sorted}
			}
			if a.Scope&sc == 0 {
				continue
			}
			for _, k := range s.Keys[name] {
				if first, ok := owner[k]; ok && first != name {
					return twice(name, k, first)
				}
				owner[k] = name
			}
		}
		// …then the defaults of the actions it leaves alone.
		for _, a := range KeyActions {
			if _, rebound := s.Keys[a.Name]; rebound || a.Scope&sc == 0 {
				continue
			}
			for _, k := range a.Keys {
				if first, ok := owner[k]; ok && first != a.Name {
					return twice(first, k, a.Name)
				}
				owner[k] = a.Name
			}
		}
	}
	return nil
}
