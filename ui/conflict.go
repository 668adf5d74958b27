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
	top        int      // the first line shown, when the values are taller than the screen
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
// and by whom if the store recorded it (rows written since schema 7), or ""
// if the store does not know when.
func (s *conflictScreen) when() string {
	at, err := time.Parse(time.RFC3339, s.err.ChangedAt)
	if err != nil {
		return ""
	}
	stamp := at.In(s.c.Now().Location()).Format("2006-01-02 15:04 MST")
	if by := render.Line(s.err.ChangedBy); strings.TrimSpace(by) != "" {
		return fmt.Sprintf(s.c.T.ConflictWhenBy, by, stamp)
	}
	return fmt.Sprintf(s.c.T.ConflictWhen, stamp)
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
		s.follow()
	case matches(k, keys.Down):
		s.cursor = min(s.cursor+1, len(s.keepTheirs)-1)
		s.follow()
	case k.String() == "pgdown":
		s.top += max(s.h-2, 1) // the last line shown may be the note "more below"
		s.clamp()
	case k.String() == "pgup":
		s.top -= max(s.h-2, 1)
		s.clamp()
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

// body is the screen's lines, w cells wide, and where each conflict's
// lines start: every value whole, wrapped.
func (s *conflictScreen) body() (lines []string, starts []int) {
	c, st, t := s.c, s.c.Styles, s.c.T
	g := render.Glyphs()
	w := s.w
	add := func(text string) { lines = append(lines, strings.Split(text, "\n")...) }
	add(st.Heading.Render(render.Truncate(t.ConflictTitle, w)))
	add(st.Subtle.Render(render.Wrap(t.ConflictExplain, w)))
	if when := s.when(); when != "" {
		add(st.Subtle.Render(render.Wrap(when, w)))
	}
	lines = append(lines, "")
	for i, x := range s.err.Conflicts {
		starts = append(starts, len(lines))
		mark := "  "
		if i == s.cursor {
			mark = g.Marker + " "
		}
		add(st.Marker.Render(mark) + st.Label.Render(render.Truncate(s.labels[i], max(w-2, 1))))
		mine, theirs := "( ) ", "( ) "
		if s.keepTheirs[i] {
			theirs = "(" + g.Done + ") "
		} else {
			mine = "(" + g.Done + ") "
		}
		mv, tv := c.conflictWhole(x.Mine), c.conflictWhole(x.Theirs)
		one := func(box, label, v string) string { return box + label + " " + v }
		if !strings.Contains(mv+tv, "\n") && render.Width(one(mine, t.ConflictMine, mv)) <= w-4 &&
			render.Width(one(theirs, t.ConflictTheirs, tv)) <= w-4 {
			add("    " + one(mine, t.ConflictMine, mv))
			add("    " + one(theirs, t.ConflictTheirs, tv))
			continue
		}
		// Each value under its label, wrapped at the same width, the first
		// row where they differ marked in both.
		vw := max(w-8, 1)
		mr, tr := strings.Split(render.Wrap(mv, vw), "\n"), strings.Split(render.Wrap(tv, vw), "\n")
		differ := 0
		for differ < min(len(mr), len(tr)) && mr[differ] == tr[differ] {
			differ++
		}
		value := func(box, label string, rows []string) {
			add("    " + box + label)
			for j, r := range rows {
				gutter := "        "
				if j == differ {
					gutter = "      " + st.Marker.Render(g.Marker) + " "
				}
				add(gutter + r)
			}
		}
		value(mine, t.ConflictMine, mr)
		value(theirs, t.ConflictTheirs, tr)
	}
	return lines, starts
}

// follow scrolls as little as needed for the conflict under the cursor to
// be in view: all of it if it fits, else its start.
func (s *conflictScreen) follow() {
	lines, starts := s.body()
	if len(starts) == 0 {
		return
	}
	from, to := starts[s.cursor], len(lines)
	if s.cursor+1 < len(starts) {
		to = starts[s.cursor+1]
	}
	switch {
	case to-from > s.h: // taller than the screen: its start in view
		if from < s.top || from > s.top+s.h-3 {
			s.top = from
		}
	case from < s.top:
		s.top = from
	case to-s.top > s.h:
		s.top = to - s.h
	}
	if s.cursor == 0 && from <= s.h-3 {
		s.top = 0 // the explanation too
	}
	s.top = max(min(s.top, len(lines)-s.h), 0)
}

func (s *conflictScreen) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.follow()
}

func (s *conflictScreen) View() string {
	lines, _ := s.body()
	top := max(min(s.top, len(lines)-s.h), 0)
	lines = lines[top:]
	if len(lines) > s.h {
		lines = lines[:s.h]
		if s.h > 1 {
			lines[s.h-1] = s.c.Styles.Subtle.Render(render.Truncate(render.Glyphs().Down+" "+s.c.T.ConflictMore, s.w))
		}
	}
	return strings.Join(lines, "\n")
}

func (s *conflictScreen) clamp() {
	lines, _ := s.body()
	s.top = max(min(s.top, len(lines)-s.h), 0)
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
