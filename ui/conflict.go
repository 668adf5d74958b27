package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"vision2030/render"
	"vision2030/store"
)

// conflictScreen shows, for each field changed both in a form and
// elsewhere since the form was opened, the two values, and lets the user
// keep theirs or the one stored now; enter saves again with those choices.
type conflictScreen struct {
	base
	form       int
	err        *store.ConflictError
	keepTheirs []bool // per conflict: keep the value stored now
	cursor     int
	labels     []string // per conflict: the field's label, as the form shows it
}

// newConflictScreen shows err for the form f: each field under the label
// the form gives it.
func newConflictScreen(c *Common, f *form, err *store.ConflictError) *conflictScreen {
	s := &conflictScreen{base: newBase(c), form: f.id, err: err, keepTheirs: make([]bool, len(err.Conflicts))}
	for _, x := range err.Conflicts {
		label := c.T.FieldName(x.Field)
		if fl := f.field(x.Field); fl != nil {
			label = fl.label()
		}
		s.labels = append(s.labels, label)
	}
	return s
}

// when says when the record was saved elsewhere, in the user's time zone,
// or "" if the store does not know.
func (s *conflictScreen) when() string {
	at, err := time.Parse(time.RFC3339, s.err.ChangedAt)
	if err != nil {
		return ""
	}
	return fmt.Sprintf(s.c.T.ConflictWhen, at.In(s.c.Now().Location()).Format("2006-01-02 15:04 MST"))
}

func (s *conflictScreen) Title() string { return s.c.T.ConflictTitle }
func (s *conflictScreen) Init() tea.Cmd { return nil }

// Typing: the screen answers esc and enter itself.
func (s *conflictScreen) Typing() bool { return true }

func (s *conflictScreen) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	keys := s.c.Keys
	switch {
	case matches(k, keys.Up):
		s.cursor = max(s.cursor-1, 0)
	case matches(k, keys.Down):
		s.cursor = min(s.cursor+1, len(s.keepTheirs)-1)
	case k.String() == "space" || k.String() == "left" || k.String() == "right" || matches(k, keys.Done):
		s.keepTheirs[s.cursor] = !s.keepTheirs[s.cursor]
	case k.String() == "m":
		s.keepTheirs[s.cursor] = false
	case k.String() == "t":
		s.keepTheirs[s.cursor] = true
	case matches(k, keys.Open), matches(k, keys.Save):
		var theirs []string
		for i, keep := range s.keepTheirs {
			if keep {
				theirs = append(theirs, s.err.Conflicts[i].Field)
			}
		}
		return tea.Batch(pop(s.id), msgCmd(resolveMsg{to{s.form}, theirs, s.err.Current}))
	case matches(k, keys.Back):
		return tea.Batch(pop(s.id), status(s.c.T.ConflictLeft, false))
	}
	return nil
}

func (s *conflictScreen) View() string {
	c, st, t := s.c, s.c.Styles, s.c.T
	g := render.Glyphs()
	var b strings.Builder
	b.WriteString(st.Heading.Render(render.Truncate(t.ConflictTitle, s.w)) + "\n")
	b.WriteString(st.Subtle.Render(render.Wrap(t.ConflictExplain, s.w)) + "\n")
	if when := s.when(); when != "" {
		b.WriteString(st.Subtle.Render(render.Wrap(when, s.w)) + "\n")
	}
	b.WriteString("\n")
	for i, x := range s.err.Conflicts {
		mark := "  "
		if i == s.cursor {
			mark = g.Marker + " "
		}
		b.WriteString(st.Marker.Render(mark) + st.Label.Render(render.Truncate(s.labels[i], max(s.w-2, 1))) + "\n")
		mine, theirs := "( ) ", "( ) "
		if s.keepTheirs[i] {
			theirs = "(" + g.Done + ") "
		} else {
			mine = "(" + g.Done + ") "
		}
		line := func(box, label string, v any) {
			text := render.Truncate(box+label+" "+c.conflictValue(v), max(s.w-4, 1))
			b.WriteString("    " + text + "\n")
		}
		line(mine, t.ConflictMine, x.Mine)
		line(theirs, t.ConflictTheirs, x.Theirs)
	}
	return b.String()
}

func (s *conflictScreen) ShortHelp() []key.Binding {
	k, t := s.c.Keys, s.c.T
	return []key.Binding{
		key.NewBinding(key.WithKeys("space"), key.WithHelp("space", t.KeyConflictSwitch)),
		withHelp(k.Open, t.KeyConflictSave), withHelp(k.Back, t.KeyFormBackToForm),
	}
}

func (s *conflictScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// rebase makes a form's patch ready to write again after a conflict: the
// fields where the user keeps the value stored now are dropped from it, and
// the record stored now (current) becomes its base.
func rebase[P interface{ Without(string) P }, R any](p P, keepTheirs []string, current any, base func(P, *R) P) P {
	cur, ok := current.(R)
	if !ok {
		return p
	}
	for _, field := range keepTheirs {
		p = p.Without(field)
	}
	return base(p, &cur)
}
