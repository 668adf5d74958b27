package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/term"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// Progress draws a one-line progress bar, with the rate and the time left,
// for work whose size is known (pages to copy, rows to import). It draws
// only when its writer is a terminal, and only once the work has taken more
// than a second, so quick work and scripts see nothing; the line is redrawn
// in place and cleared by Done. Use one per task:
//
//	p := cli.NewProgress(env.T, env.Stderr, env.T.ProgressBackup)
//	defer p.Done()
//	... p.Update(done, total) as the work goes ...
//
// Update is safe to call often and from another goroutine.
type Progress struct {
	mu    sync.Mutex
	t     *i18n.Catalogue
	w     io.Writer
	label string
	tty   bool
	width int
	now   func() time.Time
	start time.Time
	last  time.Time // the last draw
	drawn bool
	note  *time.Timer // draws a Note once the task has run a second
}

// progressDelay is how long work runs before a bar appears; progressEvery
// how often it is redrawn at most.
const (
	progressDelay = time.Second
	progressEvery = 100 * time.Millisecond
)

// NewProgress starts timing a task called label, drawn on w.
func NewProgress(t *i18n.Catalogue, w io.Writer, label string) *Progress {
	p := &Progress{t: t, w: w, label: label, now: time.Now, width: 80}
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		p.tty = true
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
			p.width = cols
		}
	}
	p.start = p.now()
	return p
}

// Update reports that done of total units are finished.
func (p *Progress) Update(done, total int) {
	if p == nil || !p.tty || total <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopNote()
	now := p.now()
	elapsed := now.Sub(p.start)
	if elapsed < progressDelay || (p.drawn && now.Sub(p.last) < progressEvery && done < total) {
		return
	}
	p.last, p.drawn = now, true
	done = min(max(done, 0), total)
	rate := float64(done) / elapsed.Seconds()
	left := "?"
	if rate > 0 {
		left = time.Duration(float64(total-done) / rate * float64(time.Second)).Round(time.Second).String()
	}
	count := fmt.Sprintf("%d/%d", i18n.Count(done), i18n.Count(total))
	line := func(bar string) string {
		return fmt.Sprintf(p.t.ProgressLine, p.label, bar, done*100/total, count, fmt.Sprintf("%d", i18n.Count(int(rate+0.5))), left)
	}
	// The bar, in its brackets, takes what the rest of the line leaves
	// short of the last column, at most 40 cells; on a terminal too narrow
	// for 5 there is none, and the line is cut to fit: a line wider than the
	// terminal would break the redraw in place. Counted in cells: a
	// Japanese label is twice as wide as its runes.
	bar := ""
	if barWidth := min(p.width-1-2-render.Width(line("")), 40); barWidth >= 5 {
		filled := barWidth * done / total
		g := render.Glyphs()
		bar = "[" + strings.Repeat(g.BarFull, filled) + strings.Repeat(g.BarEmpty, barWidth-filled) + "]"
	}
	text := line(bar)
	if render.Width(text) > p.width-1 {
		text = render.Truncate(text, p.width-1)
	}
	// \r back to the start, \x1b[K clears what a longer line left behind.
	fmt.Fprint(p.w, "\r"+text+"\x1b[K")
}

// Note replaces the bar with text, for a last stretch of work that cannot
// count its progress (such as checking what was written). Like the bar, it
// shows only on a terminal and once the task has run for a second: now, or
// when the second is up if the task is still going.
func (p *Progress) Note(text string) {
	if p == nil || !p.tty {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopNote()
	draw := func() {
		p.drawn = true
		fmt.Fprint(p.w, "\r"+text+"\x1b[K")
	}
	if wait := progressDelay - p.now().Sub(p.start); wait > 0 {
		p.note = time.AfterFunc(wait, func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.note != nil {
				p.note = nil
				draw()
			}
		})
		return
	}
	draw()
}

// stopNote cancels a Note not yet drawn; p.mu is held.
func (p *Progress) stopNote() {
	if p.note != nil {
		p.note.Stop()
		p.note = nil
	}
}

// Done clears the bar, if one was drawn, and leaves the cursor at the start
// of an empty line.
func (p *Progress) Done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopNote()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// OpenProgress returns what store.Open reports its long work to (the backup
// before an upgrade, the upgrade itself), drawing one bar per task on w.
func OpenProgress(t *i18n.Catalogue, w io.Writer) store.ProgressFunc {
	var mu sync.Mutex
	var task store.Task
	var bar *Progress
	return func(tk store.Task, done, total int) {
		mu.Lock()
		defer mu.Unlock()
		if bar == nil || tk != task {
			bar.Done()
			label := t.ProgressMigrate
			if tk == store.TaskBackup {
				label = t.ProgressBackup
			}
			task, bar = tk, NewProgress(t, w, label)
		}
		bar.Update(done, total)
		if done >= total {
			bar.Done()
		}
	}
}
