package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"vision2030/render"
	"vision2030/store"
	"vision2030/transfer"
)

// field is one field of a form. Its value is what the user sees and
// edits; changed compares it with what the field was given, so a form
// saves only what was touched, byte for byte as it was given otherwise.
type field interface {
	name() string // the store's name for it: errors and conflicts name it
	label() string
	// update handles a key or a paste while the field has the focus, and
	// reports whether it was the field's.
	update(f *form, msg tea.Msg) (handled bool, cmd tea.Cmd)
	// setWidth tells the field the width of its value, before it is drawn.
	setWidth(w int)
	// view draws the value w cells wide.
	view(f *form, focused bool, w int) string
	changed() bool
	check() error // nil, or what is wrong, in the user's words
	encode() string
	decode(string)
	hidden() bool
	// takesEnter is true for fields where enter is the field's (a new
	// line, a choice), false where it moves to the next field.
	takesEnter() bool
}

// fieldBase is what every field has.
type fieldBase struct {
	key, text string
	hide      func() bool
}

func (b *fieldBase) name() string  { return b.key }
func (b *fieldBase) label() string { return b.text }
func (b *fieldBase) hidden() bool  { return b.hide != nil && b.hide() }

// textField is text on one line or several.
type textField struct {
	fieldBase
	box   textbox
	given string
	tall  bool // the summary: takes the height the form has left
	rows  int  // lines shown when multiline and not tall
	valid func(string) *store.FieldError
	c     *Common
}

func newText(c *Common, key, label, value string, valid func(string) *store.FieldError) *textField {
	f := &textField{fieldBase: fieldBase{key: key, text: label}, given: value, valid: valid, c: c}
	f.box.SetValue(value)
	return f
}

// multi makes the field several lines high.
func (f *textField) multi(rows int, tall bool) *textField {
	f.box.multiline, f.rows, f.tall = true, rows, tall
	f.box.SetValue(f.given)
	return f
}

func (f *textField) setWidth(w int)  { f.box.setSize(w, max(f.box.height, f.rows, 1)) }
func (f *textField) value() string   { return f.box.Value() }
func (f *textField) changed() bool   { return f.box.Value() != f.given }
func (f *textField) encode() string  { return f.box.Value() }
func (f *textField) decode(s string) { f.box.SetValue(s) }
func (f *textField) takesEnter() bool {
	return f.box.multiline
}

func (f *textField) check() error {
	if f.valid == nil {
		return nil
	}
	if fe := f.valid(f.box.Value()); fe != nil {
		return fe
	}
	return nil
}

func (f *textField) update(_ *form, msg tea.Msg) (bool, tea.Cmd) {
	handled, _ := f.box.update(msg)
	return handled, nil
}

func (f *textField) view(form *form, focused bool, w int) string {
	st := form.c.Styles.Form.Blurred.TextInput
	if focused {
		st = form.c.Styles.Form.Focused.TextInput
	}
	return f.box.view(st.Text, st.Cursor, st.Placeholder, focused)
}

// dateField is a date: YYYY-MM-DD, a date written as an import reads it
// (2026/11/20, 令和8年11月20日, R8.11.20), or a word; the form shows what
// it resolves to as the user types: today, yesterday, -3d, +7d, 2w, 1m.
type dateField struct {
	textField
	// future: the field looks ahead (a due date): a date after today is
	// allowed, and a bare amount (2w) counts forward from today.
	future bool
}

func newDate(c *Common, key, label, value string, required, future bool) *dateField {
	d := &dateField{future: future}
	d.textField = *newText(c, key, label, value, nil)
	switch {
	case future:
		d.box.placeholder = c.T.FormAheadDate
	case required:
		d.box.placeholder = c.T.FormDateHint
	default:
		d.box.placeholder = c.T.FormOptionalDate
	}
	d.valid = func(string) *store.FieldError {
		fe := store.CheckDate(key, d.value(), c.Now(), required, future)
		if fe != nil && fe.Problem == store.ProblemBadDate {
			// Why a date written another way is none: no such day, or a
			// day outside its era, and when the era ran.
			if _, pe := transfer.ParseDate(key, d.box.Value()); pe != nil && pe.Problem != store.ProblemBadDate {
				return pe
			}
		}
		return fe
	}
	return d
}

// value is the date the field says: what was typed, resolved.
func (d *dateField) value() string {
	v, _ := resolveDate(d.c, d.box.Value(), d.future)
	return v
}

func (d *dateField) changed() bool  { return d.value() != d.given }
func (d *dateField) encode() string { return d.value() }

// resolveDate reads what was typed into a date field: a date, or a word
// for one relative to today. It reports whether the text was other than
// the date it means (a word, or a date written another way): the field
// then shows the date.
// A bare amount (3d, 2w, 1m) counts back from today, or forward where the
// field looks ahead; a sign (-3d, +3d) says the direction everywhere.
func resolveDate(c *Common, typed string, ahead bool) (string, bool) {
	v, ok := c.T.ResolveDate(typed, c.Now(), ahead)
	// A date typed as it is stored resolves to nothing new.
	return v, ok && v != strings.TrimSpace(typed)
}

// hint shows what a word typed into the field resolves to, and how far
// that is from today: the direction is never a surprise.
func (d *dateField) hint() string {
	v, word := resolveDate(d.c, d.box.Value(), d.future)
	if !word {
		return ""
	}
	if _, err := store.ParseDate(v); err != nil {
		return ""
	}
	hint := " " + render.Glyphs().Arrow + " " + v
	if t, err := store.ParseDate(v); err == nil {
		aside := weekday(d.c, t)
		today, _ := store.ParseDate(d.c.Now().Format(store.DateLayout))
		switch days := int(t.Sub(today).Hours() / 24); {
		case days < 0:
			aside += d.c.T.NameSep + d.c.T.DateAgo.N(-days)
		case days > 0:
			aside += d.c.T.NameSep + d.c.T.DateAhead.N(days)
		}
		hint = d.c.T.WithAside(hint, aside)
	}
	return hint
}

// setWidth leaves room for the widest hint.
func (d *dateField) setWidth(w int) {
	widest := 0
	for _, day := range d.c.T.Weekdays {
		widest = max(widest, render.Width(day))
	}
	far := render.Width(d.c.T.NameSep + d.c.T.DateAhead.N(9999))
	room := render.Width(d.c.T.WithAside(" "+render.Glyphs().Arrow+" "+store.DateLayout, "")) + widest + far
	// The date itself always fits, the hint beside it giving way.
	d.box.setSize(max(min(w-room, w/2), min(len(store.DateLayout)+1, w), 1), 1)
}

// problem says, while the text is typed, why it is no date: "" when it
// is one (or is empty); else the reason, without the field's name.
func (d *dateField) problem() string {
	v, _ := resolveDate(d.c, d.box.Value(), d.future)
	if v == "" {
		return ""
	}
	if _, err := store.ParseDate(v); err == nil {
		return ""
	}
	_, fe := transfer.ParseDate("", d.box.Value())
	if fe == nil {
		fe = &store.FieldError{Problem: store.ProblemBadDate, Value: d.box.Value()}
	}
	return strings.TrimLeft(d.c.T.FieldError(fe), ": ：")
}

func (d *dateField) view(form *form, focused bool, w int) string {
	if d.box.Value() == "" {
		// No hint beside an empty field: its placeholder may take the room.
		narrow := d.box.width
		d.box.setSize(w, 1)
		defer d.box.setSize(narrow, 1)
		return d.textField.view(form, focused, w)
	}
	text := d.textField.view(form, focused, w)
	text += spaces(d.box.width - render.Width(text) + 1)
	if p := d.problem(); p != "" {
		// An error mark beside a date that cannot be read, as a date read
		// shows "→ date"; under it, whole, when it does not fit beside.
		p = render.Glyphs().Wrong + " " + p
		if room := w - render.Width(text); render.Width(p) > room {
			return strings.TrimRight(text, " ") + "\n" + form.c.Styles.Error.Render(render.Wrap(p, max(w, 1)))
		}
		return text + form.c.Styles.Error.Render(p)
	}
	return text + form.c.Styles.Form.Focused.Description.Render(d.hint())
}

func weekday(c *Common, t time.Time) string { return c.T.Weekdays[t.Weekday()] }

// option is one choice of a choice or a picker.
type option[T comparable] struct {
	value T
	label string
	short string // in the line of what is chosen; label if ""
	key   rune   // typed to choose it directly; 0 for none
	also  string // what a picker's filter matches besides the label: other names, a reading, one a line
	code  string // typed whole, it puts the option first: a country's code, a partner's short name
}

// choiceField is one of a few options, chosen with the arrows, by number
// or by first letter (again for the next with that letter).
type choiceField[T comparable] struct {
	fieldBase
	options []option[T]
	index   int
	given   int
	onPick  func(T)
	note    func(T) string // said under the options of the one chosen
}

func newChoice[T comparable](key, label string, options []option[T], value T) *choiceField[T] {
	f := &choiceField[T]{fieldBase: fieldBase{key: key, text: label}, options: options}
	for i, o := range options {
		if o.value == value {
			f.index, f.given = i, i
		}
	}
	return f
}

func (f *choiceField[T]) value() T {
	if f.index < len(f.options) {
		return f.options[f.index].value
	}
	var zero T
	return zero
}

func (f *choiceField[T]) set(i int) {
	if i >= 0 && i < len(f.options) {
		f.index = i
		if f.onPick != nil {
			f.onPick(f.options[i].value)
		}
	}
}

func (f *choiceField[T]) setWidth(int)     {}
func (f *choiceField[T]) changed() bool    { return f.index != f.given }
func (f *choiceField[T]) check() error     { return nil }
func (f *choiceField[T]) takesEnter() bool { return false }
func (f *choiceField[T]) encode() string   { return strconv.Itoa(f.index) }
func (f *choiceField[T]) decode(s string) {
	if i, err := strconv.Atoi(s); err == nil {
		f.set(i)
	}
}

func (f *choiceField[T]) update(form *form, msg tea.Msg) (bool, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return false, nil
	}
	n := len(f.options)
	switch k.String() {
	case "left", "up":
		f.set((f.index + n - 1) % n)
		return true, nil
	case "right", "down", "space":
		f.set((f.index + 1) % n)
		return true, nil
	}
	r := []rune(k.Text)
	if len(r) != 1 {
		return false, nil
	}
	for i, o := range f.options {
		if o.key != 0 && o.key == r[0] {
			f.set(i)
			return true, nil
		}
	}
	// The next option after the chosen one whose label starts with it.
	want := unicode.ToLower(r[0])
	for step := 1; step <= n; step++ {
		i := (f.index + step) % n
		if first := []rune(strings.ToLower(f.options[i].label)); len(first) > 0 && first[0] == want {
			f.set(i)
			return true, nil
		}
	}
	return true, nil // a choice takes no text
}

func (f *choiceField[T]) view(form *form, focused bool, w int) string {
	th := form.c.Styles.Form
	if !focused {
		return th.Blurred.Option.Render(render.Truncate(f.options[f.index].label, w))
	}
	// Every option on as few lines as they fit, the chosen one marked.
	var lines []string
	line, lw := "", 0
	for i, o := range f.options {
		text := o.label
		if o.key != 0 {
			text = string(o.key) + " " + text
		}
		text = render.Truncate(text, max(w-2, 1))
		cell := "  " + th.Focused.Option.Render(text)
		if i == f.index {
			cell = th.Focused.SelectSelector.String() + th.Focused.SelectedOption.Render(text)
		}
		cw := render.Width(cell) + 1
		if lw > 0 && lw+cw > w {
			lines = append(lines, line)
			line, lw = "", 0
		}
		line += cell + " "
		lw += cw
	}
	lines = append(lines, line)
	if f.note != nil {
		if n := f.note(f.value()); n != "" {
			for _, l := range strings.Split(render.Wrap(n, w), "\n") {
				lines = append(lines, th.Focused.Description.Render(l))
			}
		}
	}
	return strings.Join(lines, "\n")
}

// toggleField is yes or no.
type toggleField struct {
	fieldBase
	on, given bool
	yes, no   string
	onToggle  func(bool)
}

func newToggle(c *Common, key, label string, on bool) *toggleField {
	return &toggleField{fieldBase: fieldBase{key: key, text: label}, on: on, given: on, yes: c.T.Yes, no: c.T.No}
}

func (f *toggleField) setWidth(int)     {}
func (f *toggleField) changed() bool    { return f.on != f.given }
func (f *toggleField) check() error     { return nil }
func (f *toggleField) takesEnter() bool { return false }
func (f *toggleField) encode() string   { return strconv.FormatBool(f.on) }
func (f *toggleField) decode(s string)  { f.on = s == "true" }

func (f *toggleField) set(on bool) {
	f.on = on
	if f.onToggle != nil {
		f.onToggle(on)
	}
}

func (f *toggleField) update(_ *form, msg tea.Msg) (bool, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return false, nil
	}
	switch k.String() {
	case "space", "left", "right", "up", "down":
		f.set(!f.on)
	case "y":
		f.set(true)
	case "n":
		f.set(false)
	default:
		return k.Text != "", nil
	}
	return true, nil
}

func (f *toggleField) view(form *form, focused bool, w int) string {
	th := form.c.Styles.Form.Blurred
	if focused {
		th = form.c.Styles.Form.Focused
	}
	yes, no := "  "+th.Option.Render(f.yes), "  "+th.Option.Render(f.no)
	if f.on {
		yes = th.SelectSelector.String() + th.SelectedOption.Render(f.yes)
	} else {
		no = th.SelectSelector.String() + th.SelectedOption.Render(f.no)
	}
	if !focused {
		if f.on {
			return th.Option.Render(f.yes)
		}
		return th.Option.Render(f.no)
	}
	return yes + "   " + no
}

// pickerField picks one or several of many options: typing filters them
// (the filter starts empty each time the field is entered, and says when
// nothing matches), the arrows move, enter chooses the one under the
// cursor and empties the filter. What is chosen is always shown, on a line
// of its own above the list.
type pickerField struct {
	fieldBase
	c        *Common
	options  []option[int64]
	chosen   []int64
	given    []int64
	multi    bool
	numbered bool // digits choose by the option's key
	filter   textbox
	cursor   int // in the matching options
	top      int
	rows     int
	required bool
	onPick   func(int64)
	note     func(int64) string // said under the list for the option under the cursor
}

func newPicker(c *Common, key, label string, options []option[int64], chosen []int64, multi bool) *pickerField {
	p := &pickerField{fieldBase: fieldBase{key: key, text: label}, c: c, options: options,
		chosen: slices.Clone(chosen), given: slices.Clone(chosen), multi: multi, rows: 6}
	p.filter.placeholder = c.T.FormTypeToFilter
	// The cursor starts on the first chosen option, in view.
	for i, o := range options {
		if slices.Contains(p.chosen, o.value) {
			p.cursor = i
			break
		}
	}
	return p
}

func (p *pickerField) changed() bool {
	a, b := slices.Clone(p.chosen), slices.Clone(p.given)
	slices.Sort(a)
	slices.Sort(b)
	return !slices.Equal(a, b)
}

func (p *pickerField) takesEnter() bool { return true }
func (p *pickerField) setWidth(w int)   { p.filter.setSize(max(w-2, 1), 1) }

func (p *pickerField) check() error {
	if p.required && len(p.chosen) == 0 {
		return &store.FieldError{Field: p.key, Problem: store.ProblemRequired}
	}
	return nil
}

func (p *pickerField) encode() string {
	var ids []string
	for _, id := range p.chosen {
		ids = append(ids, strconv.FormatInt(id, 10))
	}
	return strings.Join(ids, ",")
}

func (p *pickerField) decode(s string) {
	p.chosen = nil
	for _, f := range strings.Split(s, ",") {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil && p.has(id) {
			p.chosen = append(p.chosen, id)
		}
	}
}

func (p *pickerField) has(id int64) bool {
	for _, o := range p.options {
		if o.value == id {
			return true
		}
	}
	return false
}

// matching are the options the filter keeps: those whose label or other
// texts hold what was typed, folded as searches fold and with katakana
// read as hiragana, so that たい, typed before the IME converts it, finds
// タイ. The best come first: an option whose code (a country's, a
// partner's short name) or one of whose names is what was typed, then
// those with a name that starts with it, then the rest, each in the
// list's order; so US picks the United States, not Russia.
func (p *pickerField) matching() []option[int64] {
	q := foldKana(store.Fold(strings.TrimSpace(p.filter.Value())))
	if q == "" {
		return p.options
	}
	var ranks [3][]option[int64]
	for _, o := range p.options {
		if r, ok := o.rank(q); ok {
			ranks[r] = append(ranks[r], o)
		}
	}
	return slices.Concat(ranks[:]...)
}

// rank says how well the option matches q (folded): 0 its code or a name
// whole, 1 a name that starts with q, 2 q inside; false for no match.
func (o option[T]) rank(q string) (int, bool) {
	if o.code != "" && foldKana(store.Fold(o.code)) == q {
		return 0, true
	}
	best, found := 3, false
	names := append([]string{o.label}, strings.Split(o.also, "\n")...)
	for _, n := range names {
		n = foldKana(store.Fold(n))
		switch {
		case n == "":
		case n == q:
			return 0, true
		case strings.HasPrefix(n, q):
			best, found = min(best, 1), true
		case strings.Contains(n, q):
			best, found = min(best, 2), true
		}
	}
	return best, found
}

// foldKana writes katakana as hiragana (ア → あ, ヴ → ゔ); the prolonged
// sound mark and the rest are left as they are. Half-width katakana are
// full-width after store.Fold.
func foldKana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ァ' && r <= 'ヶ' {
			return r - ('ァ' - 'ぁ')
		}
		return r
	}, s)
}

// enter empties the filter when the field gets the focus.
func (p *pickerField) enter() {
	p.filter.SetValue("")
	p.keepCursor()
}

func (p *pickerField) keepCursor() {
	n := len(p.matching())
	p.cursor = min(max(p.cursor, 0), max(n-1, 0))
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if p.cursor >= p.top+p.rows {
		p.top = p.cursor - p.rows + 1
	}
	p.top = min(max(p.top, 0), max(n-p.rows, 0))
}

func (p *pickerField) toggle(id int64) {
	i := slices.Index(p.chosen, id)
	switch {
	case !p.multi:
		p.chosen = []int64{id}
	case i >= 0:
		p.chosen = slices.Delete(p.chosen, i, i+1)
	default:
		p.chosen = append(p.chosen, id)
	}
	if p.onPick != nil {
		p.onPick(id)
	}
}

func (p *pickerField) update(form *form, msg tea.Msg) (bool, tea.Cmd) {
	k, isKey := msg.(tea.KeyPressMsg)
	if !isKey {
		if _, paste := msg.(tea.PasteMsg); paste {
			p.filter.update(msg)
			p.cursor, p.top = 0, 0
			return true, nil
		}
		return false, nil
	}
	keys := form.c.Keys
	matching := p.matching()
	switch {
	case matches(k, keys.Choose):
		if p.cursor < len(matching) {
			id := matching[p.cursor].value
			p.toggle(id)
			// The filter empties, the cursor stays on what was chosen.
			p.filter.SetValue("")
			for i, o := range p.options {
				if o.value == id {
					p.cursor = i
				}
			}
			p.keepCursor()
		}
		return true, nil
	case k.String() == "up":
		p.cursor--
	case k.String() == "down":
		p.cursor++
	case k.String() == "pgup":
		p.cursor -= p.rows
	case k.String() == "pgdown":
		p.cursor += p.rows
	case matches(k, keys.Back):
		if p.filter.Value() == "" {
			return false, nil
		}
		p.filter.SetValue("")
	default:
		if r := []rune(k.Text); p.numbered && len(r) == 1 && unicode.IsDigit(r[0]) && p.filter.Value() == "" {
			for _, o := range p.options {
				if o.key == r[0] {
					p.toggle(o.value)
					return true, nil
				}
			}
			return true, nil
		}
		if p.numbered {
			return k.Text != "", nil // a numbered list takes no filter
		}
		before := p.filter.Value()
		handled, _ := p.filter.update(msg)
		if !handled {
			return false, nil
		}
		if p.filter.Value() != before {
			p.cursor, p.top = 0, 0
		}
	}
	p.keepCursor()
	return true, nil
}

// chosenLine names what is chosen, in the order it was chosen.
func (p *pickerField) chosenLine() string {
	var names []string
	for _, id := range p.chosen {
		for _, o := range p.options {
			if o.value == id && o.short != "" {
				names = append(names, o.short)
			} else if o.value == id {
				names = append(names, o.label)
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	return strings.Join(names, p.c.T.NameSep)
}

func (p *pickerField) view(form *form, focused bool, w int) string {
	th := form.c.Styles.Form
	t := form.c.T
	g := render.Glyphs()
	chosen := p.chosenLine()
	head := th.Blurred.Description.Render(t.FormNoneChosen)
	if chosen != "" {
		head = th.Focused.SelectedOption.Render(render.Truncate(g.Done+" "+chosen, w))
		if p.multi {
			head = th.Focused.SelectedOption.Render(render.Truncate(fmt.Sprintf(t.FormChosen, len(p.chosen), chosen), w))
		}
	}
	if !focused {
		return head
	}
	var lines []string
	if !p.numbered {
		lines = append(lines, head, th.Focused.TextInput.Prompt.Render(t.FilterPrompt)+p.filter.view(th.Focused.TextInput.Text,
			th.Focused.TextInput.Cursor, th.Focused.TextInput.Placeholder, true))
	}
	matching := p.matching()
	if len(matching) == 0 {
		lines = append(lines, th.Focused.ErrorMessage.Render(render.Truncate(fmt.Sprintf(t.FormNoMatch, render.Line(p.filter.Value())), w)))
		return strings.Join(lines, "\n")
	}
	for i := p.top; i < min(p.top+p.rows, len(matching)); i++ {
		o := matching[i]
		prefix, style := th.Focused.UnselectedPrefix.String(), th.Focused.Option
		if slices.Contains(p.chosen, o.value) {
			prefix, style = th.Focused.SelectedPrefix.String(), th.Focused.SelectedOption
		}
		if !p.multi {
			prefix = ""
		}
		sel := "  "
		if i == p.cursor {
			sel = th.Focused.SelectSelector.String()
		}
		label := o.label
		if p.numbered && o.key != 0 {
			label = string(o.key) + " " + label
		}
		lines = append(lines, sel+prefix+style.Render(render.Truncate(label, max(w-render.Width(sel+prefix), 1))))
	}
	if n := len(matching) - p.top - p.rows; n > 0 {
		lines = append(lines, th.Focused.Description.Render(render.Truncate(g.Down+" "+t.MoreChoicesN.N(n), w)))
	}
	if p.note != nil && p.cursor < len(matching) {
		if n := p.note(matching[p.cursor].value); n != "" {
			for _, l := range strings.Split(render.Wrap(n, w), "\n") {
				lines = append(lines, th.Focused.Description.Render(l))
			}
		}
	}
	return strings.Join(lines, "\n")
}
