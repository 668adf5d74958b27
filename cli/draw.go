package cli

import (
	"context"
	"io"
	"time"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
	"vision2030/ui"
)

// What the commands draw the way the dashboard does. It comes from the ui
// until the render package holds it; each is then a one-line swap, and cli
// stops importing ui.

// cleanLine makes user text safe to print on one line of a terminal:
// control characters and escape sequences are shown as placeholders.
func cleanLine(s string) string { return render.Line(s) }

// minReportWidth is the narrowest the dashboard is drawn.
const minReportWidth = ui.MinWidth

// drawReport prints the dashboard as plain text, width cells wide.
func drawReport(ctx context.Context, w io.Writer, environ []string, st *store.Store, t *i18n.Catalogue, width int, now time.Time) error {
	return ui.Report(ctx, w, environ, st, t, width, now)
}
