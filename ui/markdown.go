package ui

import (
	"sync"

	"vision2030/render"
)

// Entry summaries are Markdown (render.MarkdownTerminal). The same summary
// is drawn again at every move of a cursor, so what was drawn is kept.

type mdKey struct {
	text      string
	w         int
	dark      bool
	ambiguous int // the glyphs (bullets, bars, rules) follow the ambiguous width
}

var md struct {
	sync.Mutex
	done map[mdKey]string
}

// markdown draws Markdown text w cells wide in the styles' colours. The
// text is cleaned first, so that what it holds cannot act on the terminal.
func markdown(c *Common, text string, w int) string {
	w = max(w, 1)
	key := mdKey{text, w, c.Styles.Palette.Dark, render.AmbiguousWidth()}
	md.Lock()
	defer md.Unlock()
	if out, ok := md.done[key]; ok {
		return out
	}
	if md.done == nil || len(md.done) > 256 {
		md.done = map[mdKey]string{}
	}
	out := render.MarkdownTerminal(text, w, c.Styles.Markdown)
	md.done[key] = out
	return out
}
