package cli

import (
	"context"
	"io"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// What the commands draw the way the dashboard does: render's, as the
// dashboard screen's is, so cli never imports ui.

// cleanLine makes user text safe to print on one line of a terminal:
// control characters and escape sequences are shown as placeholders.
func cleanLine(s string) string { return render.Line(s) }

// minReportWidth is the narrowest the dashboard is drawn.
const minReportWidth = render.DashboardMinWidth

// drawReport prints the dashboard as of now, width cells wide, drawn as the
// dashboard screen draws it. Colours are downsampled to what w supports:
// none at all when w is not a terminal.
func drawReport(ctx context.Context, w io.Writer, environ []string, st *store.Store, t *i18n.Catalogue, width int, now time.Time) error {
	d, err := st.Dashboard(ctx, now)
	if err != nil {
		return err
	}
	regions, err := st.Regions(ctx)
	if err != nil {
		return err
	}
	text, _ := render.Dashboard(render.DashboardView{Data: d, Regions: regions, Width: width,
		Styles: render.NewDashboardStyles(render.NewPalette(true)), T: t, Today: now, Selected: -1, Report: true})
	_, err = lipgloss.Fprint(colorprofile.NewWriter(w, environ), text+"\n")
	return err
}
