package render

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// markdown parses as GitHub-flavoured readers of the report do, with
// definition lists.
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))

var maliciousTitles = []string{
	"# heading", "## heading", "Title\n===", "Title\n---", "---", "***", "*   *   *", "___",
	"- item", "+ item", "* item", "1. item", "1) item", "2026. item", "- [ ] task", "> quote",
	"[link](http://evil.example)", "[link][ref]\n\n[ref]: http://evil.example", "[x]: http://evil.example",
	"![img](http://evil.example/x.png)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
	"<!-- comment -->", "<details><summary>x</summary></details>", "<http://evil.example>",
	"https://evil.example/path", "HTTPS://EVIL.EXAMPLE", "ftp://evil.example", "www.evil.example",
	"WWW.Evil.Example", "mail me@evil.example", "mailto:me@evil.example", "`code`", "``code``",
	"**bold** __bold__ *em* _em_ ~~strike~~ ~strike~", "| a | b |", "a|b", "\\*not*", "\\",
	"&lt;script&gt;", "&#60;b&#62;", "&copy;", "    indented code", "```fence\ncode\n```", "~~~fence",
	": definition", "Term\n: definition", "[^1]", "line1\nline2\n===", "Setext\r\n---",
	"\x1b]8;;http://evil.example\x07click\x1b]8;;\x07", "\u202etxt.exe", "trailing hard break  \nnext",
	"back\\\nslash", "$$x$$", "<U+202E>", "10:30 meeting", "日本語の「タイトル」＃１", "ทำ สำนักงาน",
}

// mdContexts place user text where a report does.
var mdContexts = []struct {
	name   string
	build  func(string) string
	allow  map[ast.NodeKind]bool
	tables int
}{
	{"paragraph", func(s string) string { return "Intro " + s + " outro" }, nil, 0},
	{"line start", func(s string) string { return s + "\n" }, nil, 0},
	{"after a line", func(s string) string { return "Before\n" + s + "\n" }, nil, 0},
	{"list item", func(s string) string { return "- " + s + "\n- second\n" },
		map[ast.NodeKind]bool{ast.KindList: true, ast.KindListItem: true, ast.KindTextBlock: true}, 0},
	{"table cell", func(s string) string { return "| h1 | h2 |\n|----|----|\n| " + s + " | ok |\n" },
		map[ast.NodeKind]bool{extast.KindTable: true, extast.KindTableHeader: true, extast.KindTableRow: true, extast.KindTableCell: true}, 1},
}

// checkMarkdown fails t if md, which holds escaped user text in one of the
// mdContexts, parses into anything but plain text in that context.
func checkMarkdown(t *testing.T, user, md string, allow map[ast.NodeKind]bool, tables int) {
	t.Helper()
	src := []byte(md)
	doc := markdown.Parser().Parse(text.NewReader(src))
	rows := 0
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch k := n.Kind(); {
		case k == ast.KindDocument, k == ast.KindParagraph, k == ast.KindText, k == ast.KindString:
		case allow[k]:
			if k == extast.KindTableRow {
				rows++
				if n.ChildCount() != 2 {
					t.Errorf("%q in %q: a row of %d cells", user, md, n.ChildCount())
				}
			}
		default:
			t.Errorf("%q in %q: a %s node", user, md, k)
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if tables > 0 && rows != 1 {
		t.Errorf("%q in %q: %d table rows, want 1", user, md, rows)
	}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// shownText is what a Markdown viewer shows for md, a paragraph.
func shownText(t *testing.T, md string) string {
	var b bytes.Buffer
	if err := markdown.Convert([]byte(md), &b); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(html.UnescapeString(tags.ReplaceAllString(b.String(), "")))
}

// wantShown is what the reader must see for s: its text on one line, with
// controls as placeholders.
func wantShown(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\n', '\r', '\t', '\u2028', '\u2029':
			b.WriteByte(' ')
			continue
		}
		if p, ok := controlPicture(r); ok {
			b.WriteString(p)
		} else {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.FieldsFunc(b.String(), func(r rune) bool { return r == ' ' }), " ")
}

func TestMarkdownTextIsOnlyText(t *testing.T) {
	t.Parallel()
	for _, s := range maliciousTitles {
		m := MarkdownText(s)
		if strings.ContainsAny(m, "\n\r\x1b\x07") {
			t.Errorf("MarkdownText(%q) = %q keeps a newline or control", s, m)
		}
		for _, c := range mdContexts {
			checkMarkdown(t, s, c.build(m), c.allow, c.tables)
		}
		if got, want := shownText(t, "Intro "+m), strings.TrimSpace("Intro "+wantShown(s)); got != want {
			t.Errorf("MarkdownText(%q) = %q shows %q, want %q", s, m, got, want)
		}
	}
}

func TestMarkdownTextReadable(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Report as of 2026-11-21", "Report as of 2026-11-21"},
		{"well-known state-of-the-art", "well-known state-of-the-art"},
		{"日本語のタイトル", "日本語のタイトル"},
		{"10:30 (JST)", "10:30 (JST)"},
		{"- item", `\- item`},
		{"1. item", `1\. item`},
		{"a|b", `a\|b`},
		{"see https://x.example", `see https\://x.example`},
		{"two\nlines", "two lines"},
	}
	for _, tt := range tests {
		if got := MarkdownText(tt.in); got != tt.want {
			t.Errorf("MarkdownText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzMarkdownText(f *testing.F) {
	for _, s := range maliciousTitles {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := MarkdownText(s)
		for _, c := range mdContexts {
			checkMarkdown(t, s, c.build(m), c.allow, c.tables)
		}
		if got, want := shownText(t, "Intro "+m), strings.TrimSpace("Intro "+wantShown(s)); got != want {
			t.Fatalf("MarkdownText(%q) = %q shows %q, want %q", s, m, got, want)
		}
	})
}
