package cli

import (
	"fmt"
	"strconv"

	"vision2030/i18n"
	"vision2030/ui"
)

func parseReport(t *i18n.Catalogue, args []string) (Runner, error) {
	fs := NewFlags("report")
	w := fs.String("width", "", "width in cells")
	if err := ParseFlags(t, fs, args, 0); err != nil {
		return nil, err
	}
	width := 0
	if *w != "" {
		n, err := strconv.Atoi(*w)
		if err != nil || n < 1 || n > 1000 {
			return nil, UsageError{fmt.Sprintf(t.ErrBadWidth, *w)}
		}
		width = n
	}
	return func(env *Env) error {
		w := width
		if w == 0 {
			w = env.Width
		}
		if w == 0 {
			w = 100
		}
		return ui.Report(env.Ctx, env.Stdout, env.Environ, env.Store, env.T, w, env.Now())
	}, nil
}
