package render

import (
	"strconv"
	"strings"
	"sync"

	"charm.land/lipgloss/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// MarkdownStyles are the styles Markdown is drawn with in a terminal
// ([MarkdownTerminal]). A style nested in another inherits what it leaves
// unset (strong text in a heading is bold in the heading's colour).
type MarkdownStyles struct {
	Heading        lipgloss.Style
	Emph, Strong   lipgloss.Style
	Strike         lipgloss.Style
	Code           lipgloss.Style // inline code
	Link, URL      lipgloss.Style // a link's text, and its address after it
	Quote, Bar     lipgloss.Style // a block quote's text, and the bar before its lines
	CodeBlock      lipgloss.Style
	Rule           lipgloss.Style // a thematic break, and a table's rules
	Marker         lipgloss.Style // a list item's bullet, number or check box
	Text           lipgloss.Style // everything else
	CodeBlockInset int            // cells before a code block's lines
}

// NewMarkdownStyles builds the Markdown styles from p: headings, links and
// inline code in the accent colour, quotes, code blocks, addresses and rules
// muted.
func NewMarkdownStyles(p Palette) MarkdownStyles {
	muted := lipgloss.NewStyle().Foreground(p.Muted)
	return MarkdownStyles{
		Heading:        lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		Emph:           lipgloss.NewStyle().Italic(true),
		Strong:         lipgloss.NewStyle().Bold(true),
		Strike:         lipgloss.NewStyle().Strikethrough(true),
		Code:           lipgloss.NewStyle().Foreground(p.Accent),
		Link:           lipgloss.NewStyle().Foreground(p.Accent),
		URL:            muted,
		Quote:          muted,
		Bar:            muted,
		CodeBlock:      muted,
		Rule:           muted,
		Marker:         lipgloss.NewStyle(),
		Text:           lipgloss.NewStyle(),
		CodeBlockInset: 2,
	}
}

// markdownParser is built on first use, not at start-up: most runs of the
// program draw no Markdown.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(
		extension.Strikethrough, extension.Table, extension.TaskList, extension.Linkify,
	)).Parser()
})

// MarkdownTerminal draws Markdown text (CommonMark with GitHub's
// strikethrough, tables, task lists and bare links) for a terminal, in lines
// of at most w cells (w below 1 counts as 1). The text is cleaned first
// ([Clean]), and so is every piece of text after Markdown's escapes and
// character references are resolved, so the only escape sequences in the
// result are the styles' own. Raw HTML is shown as text.
//
// Line breaks inside a paragraph are kept, as typed: minutes are typed line
// by line on purpose. Text is wrapped with [Wrap] (Japanese line-breaking
// rules, dates whole); code blocks are not wrapped but cut with an ellipsis.
func MarkdownTerminal(src string, w int, st MarkdownStyles) string {
	w = max(w, 1)
	source := []byte(Clean(src))
	doc := markdownParser().Parse(text.NewReader(source))
	m := mdTerm{src: source, st: st, g: Glyphs()}
	lines := m.blocks(doc, w, st.Text)
	for i, l := range lines {
		if Width(l) > w {
			lines[i] = Truncate(l, w)
		}
	}
	return strings.Join(lines, "\n")
}

type mdTerm struct {
	src []byte
	st  MarkdownStyles
	g   GlyphSet
}

// span is a run of text in one style; a span with nl set ends a line.
type span struct {
	text  string
	style lipgloss.Style
	nl    bool
}

// blocks draws the block children of n, separated by a blank line, or by
// none in a tight list.
func (m *mdTerm) blocks(n ast.Node, w int, base lipgloss.Style) []string {
	var out []string
	tight := false
	if li, ok := n.(*ast.ListItem); ok {
		if l, ok := li.Parent().(*ast.List); ok {
			tight = l.IsTight
		}
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		lines := m.block(c, w, base)
		if lines == nil {
			continue
		}
		if len(out) > 0 && !tight {
			out = append(out, "")
		}
		out = append(out, lines...)
	}
	return out
}

func (m *mdTerm) block(n ast.Node, w int, base lipgloss.Style) []string {
	switch n := n.(type) {
	case *ast.Heading:
		return m.wrap(m.inlines(n, m.st.Heading.Inherit(base)), w)
	case *ast.Paragraph, *ast.TextBlock:
		return m.wrap(m.inlines(n, base), w)
	case *ast.ThematicBreak:
		return []string{m.st.Rule.Render(strings.Repeat(m.g.Rule, min(w/Width(m.g.Rule), 40)))}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		return m.code(n, w)
	case *ast.HTMLBlock:
		var sp []span
		ls := n.Lines()
		for i := 0; i < ls.Len(); i++ {
			s := ls.At(i)
			sp = append(sp, span{text: strings.TrimRight(string(s.Value(m.src)), "\r\n"), style: base}, span{nl: true})
		}
		if n.HasClosure() {
			sp = append(sp, span{text: strings.TrimRight(string(n.ClosureLine.Value(m.src)), "\r\n"), style: base})
		}
		return m.wrap(sp, w)
	case *ast.Blockquote:
		bar := m.st.Bar.Inherit(base).Render(m.g.VRule + " ")
		inner := m.blocks(n, max(w-Width(m.g.VRule)-1, 1), m.st.Quote.Inherit(base))
		for i, l := range inner {
			inner[i] = bar + l
		}
		return inner
	case *ast.List:
		return m.list(n, w, base)
	case *extast.Table:
		return m.table(n, w, base)
	default:
		if n.FirstChild() != nil {
			return m.blocks(n, w, base)
		}
		return nil
	}
}

func (m *mdTerm) list(l *ast.List, w int, base lipgloss.Style) []string {
	var out []string
	num := l.Start
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		marker := m.g.Bullet + " "
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		if cb := taskBox(c); cb != nil {
			box := "[ ] "
			if cb.IsChecked {
				box = "[x] "
			}
			marker += box
		}
		mw := Width(marker)
		inner := m.blocks(c, max(w-mw, 1), base)
		if len(inner) == 0 {
			inner = []string{""}
		}
		if len(out) > 0 && !l.IsTight {
			out = append(out, "")
		}
		pad := strings.Repeat(" ", mw)
		for i, line := range inner {
			if i == 0 {
				line = m.st.Marker.Inherit(base).Render(marker) + line
			} else if line != "" {
				line = pad + line
			}
			out = append(out, line)
		}
	}
	return out
}

// taskBox is the check box that opens a task list item, if it is one.
func taskBox(item ast.Node) *extast.TaskCheckBox {
	if p := item.FirstChild(); p != nil {
		if cb, ok := p.FirstChild().(*extast.TaskCheckBox); ok {
			return cb
		}
	}
	return nil
}

// code draws a code block's lines as they are, muted and inset, each cut
// to the width.
func (m *mdTerm) code(n ast.Node, w int) []string {
	inset := strings.Repeat(" ", max(min(m.st.CodeBlockInset, w-1), 0))
	var out []string
	ls := n.Lines()
	for i := 0; i < ls.Len(); i++ {
		s := ls.At(i)
		line := strings.TrimRight(Clean(strings.ReplaceAll(string(s.Value(m.src)), "\t", "    ")), "\r\n ")
		line = Truncate(inset+line, w)
		out = append(out, m.st.CodeBlock.Render(line))
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// table draws a table's rows with their cells in aligned columns when they
// fit, and otherwise each row on lines of its own, its cells joined by a bar.
func (m *mdTerm) table(t *extast.Table, w int, base lipgloss.Style) []string {
	var rows [][][]span
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var row [][]span
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			st := base
			if _, head := r.(*extast.TableHeader); head {
				st = m.st.Strong.Inherit(base)
			}
			row = append(row, m.inlines(c, st))
		}
		rows = append(rows, row)
	}
	sep := " " + m.g.VRule + " "
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	widths := make([]int, cols)
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], Width(plain(c)))
		}
	}
	total := Width(sep) * max(cols-1, 0)
	for _, cw := range widths {
		total += cw
	}
	var out []string
	if total <= w {
		for ri, r := range rows {
			var b strings.Builder
			last := len(r) - 1 // the last cell with text: no bar or padding after it
			for last > 0 && plain(r[last]) == "" {
				last--
			}
			for i := range last + 1 {
				if i > 0 {
					b.WriteString(m.st.Rule.Render(sep))
				}
				cell := m.styled(r[i])
				if i < last {
					cell = Pad(cell, widths[i])
				}
				b.WriteString(cell)
			}
			out = append(out, b.String())
			if ri == 0 && len(rows) > 1 {
				var rule []string
				for _, cw := range widths {
					rule = append(rule, strings.Repeat(m.g.Rule, cw))
				}
				out = append(out, m.st.Rule.Render(strings.Join(rule, strings.Repeat(m.g.Rule, Width(sep)))))
			}
		}
		return out
	}
	for _, r := range rows {
		var sp []span
		for i, c := range r {
			if i > 0 {
				sp = append(sp, span{text: sep, style: m.st.Rule})
			}
			sp = append(sp, c...)
		}
		out = append(out, m.wrap(sp, w)...)
	}
	return out
}

// inlines flattens the inline children of n into spans, each in its style
// nested in st.
func (m *mdTerm) inlines(n ast.Node, st lipgloss.Style) []span {
	var sp []span
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		sp = m.inline(sp, c, st)
	}
	return sp
}

func (m *mdTerm) inline(sp []span, n ast.Node, st lipgloss.Style) []span {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Segment.Value(m.src)
		if !n.IsRaw() {
			v = unescape(v)
		}
		sp = append(sp, span{text: piece(v), style: st})
		if n.SoftLineBreak() || n.HardLineBreak() {
			sp = append(sp, span{nl: true})
		}
	case *ast.String:
		v := n.Value
		if !n.IsCode() && !n.IsRaw() {
			v = unescape(v)
		}
		sp = append(sp, span{text: piece(v), style: st})
	case *ast.CodeSpan:
		var b strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(c.Segment.Value(m.src))
			case *ast.String:
				b.Write(c.Value)
			}
		}
		sp = append(sp, span{text: piece([]byte(b.String())), style: m.st.Code.Inherit(st)})
	case *ast.Emphasis:
		s := m.st.Emph
		if n.Level >= 2 {
			s = m.st.Strong
		}
		sp = append(sp, m.inlines(n, s.Inherit(st))...)
	case *extast.Strikethrough:
		sp = append(sp, m.inlines(n, m.st.Strike.Inherit(st))...)
	case *ast.Link:
		label := m.inlines(n, m.st.Link.Inherit(st))
		sp = append(sp, label...)
		url := piece(unescape(n.Destination))
		if url != "" && url != plain(label) {
			sp = append(sp, span{text: " (" + url + ")", style: m.st.URL.Inherit(st)})
		}
	case *ast.AutoLink:
		// The label is the address as typed.
		sp = append(sp, span{text: piece(n.Label(m.src)), style: m.st.Link.Inherit(st)})
	case *ast.Image:
		sp = append(sp, m.inlines(n, st)...)
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			s := n.Segments.At(i)
			sp = append(sp, span{text: piece(s.Value(m.src)), style: st})
		}
	case *extast.TaskCheckBox:
		// Drawn with the list item's marker.
	default:
		sp = append(sp, m.inlines(n, st)...)
	}
	return sp
}

// unescape resolves Markdown's backslash escapes and character references.
func unescape(v []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// piece is a piece of text of a line as it is shown: cleaned again, since
// resolving references may have made control characters, and on one line.
func piece(v []byte) string {
	return strings.ReplaceAll(Clean(string(v)), "\n", " ")
}

func plain(sp []span) string {
	var b strings.Builder
	for _, s := range sp {
		if s.nl {
			b.WriteByte('\n')
		} else {
			b.WriteString(s.text)
		}
	}
	return b.String()
}

func (m *mdTerm) styled(sp []span) string {
	var b strings.Builder
	for _, s := range sp {
		if !s.nl && s.text != "" {
			b.WriteString(s.style.Render(s.text))
		}
	}
	return b.String()
}

// wrap breaks spans into lines at their own line breaks and with [Wrap],
// then styles each piece of each line, so that no style runs from one line
// to the next.
func (m *mdTerm) wrap(sp []span, w int) []string {
	var out []string
	var line []span
	flush := func() {
		out = append(out, m.wrapLine(line, w)...)
		line = nil
	}
	for _, s := range sp {
		if s.nl {
			flush()
			continue
		}
		if s.text != "" {
			line = append(line, s)
		}
	}
	flush()
	// A trailing line break (a hard break at the end) leaves no line.
	for len(out) > 1 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// wrapLine wraps one line of spans. Wrap only drops spaces at the breaks it
// makes and adds newlines, so its result is matched byte by byte with the
// spans' text to give each piece its style back.
func (m *mdTerm) wrapLine(sp []span, w int) []string {
	var in strings.Builder
	for _, s := range sp {
		in.WriteString(s.text)
	}
	src := in.String()
	wrapped := Wrap(src, w)
	// owner[i] is the span that byte i of src comes from.
	owner := make([]int, 0, len(src))
	for i, s := range sp {
		for range len(s.text) {
			owner = append(owner, i)
		}
	}
	var lines []string
	var b, run strings.Builder
	cur := -1
	endRun := func() {
		if run.Len() > 0 {
			b.WriteString(sp[cur].style.Render(run.String()))
			run.Reset()
		}
	}
	i := 0
	for j := 0; j < len(wrapped); j++ {
		c := wrapped[j]
		if c == '\n' {
			endRun()
			lines = append(lines, b.String())
			b.Reset()
			for i < len(src) && src[i] == ' ' {
				i++
			}
			continue
		}
		for i < len(src) && src[i] != c && src[i] == ' ' {
			i++
		}
		if i >= len(src) || src[i] != c {
			// Not what Wrap is known to do: keep the text, unstyled.
			return strings.Split(wrapped, "\n")
		}
		if owner[i] != cur {
			endRun()
			cur = owner[i]
		}
		run.WriteByte(c)
		i++
	}
	endRun()
	lines = append(lines, b.String())
	return lines
}
