package ui

import (
	"strings"
	"sync"

	"charm.land/glamour/v2"

	"vision2030/render"
)

// Entry summaries are Markdown, drawn with Glamour in the styles' colours.
// A renderer costs far more to make than to use, and the same summary is
// drawn again at every move of a cursor, so both are kept.

type mdKey struct {
	text string
	w    int
	dark bool
}

var md struct {
	sync.Mutex
	renderers map[[2]int]*glamour.TermRenderer // by width and darkness
	done      map[mdKey]string
}

// markdown draws Markdown text w cells wide. The text is cleaned first
// (render.Clean), so that what it holds cannot act on the terminal; Glamour
// adds only its own styling.
func markdown(c *Common, text string, w int) string {
	w = max(w, 1)
	dark := c.Styles.Palette.Dark
	key := mdKey{text, w, dark}
	md.Lock()
	defer md.Unlock()
	if out, ok := md.done[key]; ok {
		return out
	}
	if md.done == nil || len(md.done) > 256 {
		md.done = map[mdKey]string{}
	}
	if md.renderers == nil || len(md.renderers) > 16 {
		md.renderers = map[[2]int]*glamour.TermRenderer{}
	}
	d := 0
	if dark {
		d = 1
	}
	r := md.renderers[[2]int{w, d}]
	if r == nil {
		var err error
		r, err = glamour.NewTermRenderer(glamour.WithStyles(c.Styles.Markdown), glamour.WithWordWrap(w), glamour.WithPreservedNewLines())
		if err != nil {
			return render.Wrap(render.Clean(text), w)
		}
		md.renderers[[2]int{w, d}] = r
	}
	out, err := r.Render(render.Clean(text))
	if err != nil {
		out = render.Wrap(render.Clean(text), w)
	}
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	out = render.Clip(strings.Join(lines, "\n"), w, len(lines))
	md.done[key] = out
	return out
}
