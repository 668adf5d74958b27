package render

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"vision2030/i18n"
	"vision2030/store"
)

// TestPaperHTMLShowsControls: control characters of user text reach the
// page as the placeholders Line shows, HTML-escaped, never raw.
func TestPaperHTMLShowsControls(t *testing.T) {
	t.Parallel()
	name := "X\x1b[2Jclear\x07 \u202eevil\u202c \u009b31m"
	p := store.Paper{StaleAll: []store.Partner{{ID: 13, Name: name, CountryCode: "TH"}}}
	var buf bytes.Buffer
	if err := PaperHTML(&buf, i18n.English, p, time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, r := range page {
		if _, bad := controlPicture(r); bad && r != '\n' && r != '\t' {
			t.Errorf("the page carries a raw %U", r)
		}
	}
	want := strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(Line(name))
	if !strings.Contains(page, want) {
		t.Errorf("the page does not show %q as %q", name, want)
	}
}
