package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"vision2030/i18n"
)

// TestExportXLSXControls: control characters a workbook cannot hold are
// written as the placeholders Line shows (not U+FFFD), and the export says
// how many cells held them, in the language asked for.
func TestExportXLSXControls(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "#13 \x1b[2Jclear", "--date", "2025-04-21",
		"--summary", "bell\x07 and\r\nCRLF\tkept")
	for _, lang := range []string{"en", "ja"} {
		book := filepath.Join(sb.dir, lang+".xlsx")
		code, _, errOut := sb.do("--lang", lang, "export", "--what", "entries", "--out", book)
		cat, _ := i18n.Lookup(lang)
		if want := cat.NoteControls.N(2); code != 0 || !strings.Contains(errOut, want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", lang, code, errOut, want)
		}
		f, err := excelize.OpenFile(book)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(f.GetSheetList()[0])
		f.Close()
		all := ""
		for _, r := range rows {
			all += strings.Join(r, "|") + "\n"
		}
		if !strings.Contains(all, "#13 ␛[2Jclear") || !strings.Contains(all, "bell␇ and\r\nCRLF\tkept") || strings.Contains(all, "\uFFFD") {
			t.Errorf("%s: the workbook holds %q", lang, all)
		}
	}
	if _, _, errOut := sb.do("export", "--what", "partners", "--out", filepath.Join(sb.dir, "p.xlsx")); strings.Contains(errOut, "control") {
		t.Errorf("a notice with no control characters: %q", errOut)
	}
}

// TestImportStdinKeepsCRLF: a CSV on standard input is read as a file is:
// a quoted summary keeps its \r\n.
func TestImportStdinKeepsCRLF(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("entries")
	csv := "date,kind,title,partners,goals,summary\r\n2025-04-21,visit,From stdin,UAW,2,\"一行目\r\n二行目\"\r\n"
	if code, _, errOut := sb.run(csv, "--db", sb.db, "import", "-"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got := sb.query("SELECT summary FROM entries WHERE title = 'From stdin'"); got != "一行目\r\n二行目" {
		t.Errorf("summary %q", got)
	}
}
