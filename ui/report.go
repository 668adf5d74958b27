package ui

import (
	"context"
	"io"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"vision2030/i18n"
	"vision2030/store"
)

// Report writes the dashboard as of now at w cells wide to out, with the
// same rendering as the dashboard screen. Colours are downsampled to what out
// supports: none at all when out is not a terminal.
func Report(ctx context.Context, out io.Writer, env []string, st *store.Store, t *i18n.Catalogue, w int, now time.Time) error {
	d, err := st.Dashboard(ctx, now)
	if err != nil {
		return err
	}
	text := RenderDashboard(d, w, NewStyles(true), t, now) + "\n"
	_, err = lipgloss.Fprint(colorprofile.NewWriter(out, env), text)
	return err
}
