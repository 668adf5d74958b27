package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"vision2030/i18n"
)

func TestExportCommand(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("log", "--partner", "UAW", "--goal", "2", "--kind", "request", "--title", "=HYPERLINK(\"x\")", "--date", "2025-04-21",
		"--opened", "2025-04-21", "--came-first", "--summary", "two\nlines")
	id := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Deleted visit", "--date", "2025-04-22"))
	sb.ok("entries", "delete", id)

	out := sb.ok("export")
	if !strings.HasPrefix(out, "\uFEFFuid,id,date,kind,title,summary,") {
		t.Errorf("CSV begins %q", out[:min(len(out), 80)])
	}
	if !strings.Contains(out, `"'=HYPERLINK(""x"")"`) || !strings.Contains(out, "\"two\nlines\"") || strings.Contains(out, "Deleted visit") {
		t.Errorf("CSV:\n%s", out)
	}
	// CSV is for programs: its header stays English in Japanese too.
	if ja := sb.ok("--lang", "ja", "export"); !strings.HasPrefix(ja, "\uFEFFuid,id,date,kind,title,summary,") {
		t.Errorf("CSV under --lang ja begins %q", ja[:min(len(ja), 80)])
	}
	if out := sb.ok("export", "--include-deleted", "--filter", "kind:visit"); !strings.Contains(out, "Deleted visit") || strings.Contains(out, "HYPERLINK") {
		t.Errorf("--include-deleted --filter kind:visit:\n%s", out)
	}

	book := filepath.Join(sb.dir, "v.xlsx")
	out = sb.ok("--lang", "ja", "export", "--out", book)
	if !strings.Contains(out, "書き出しました") || !strings.Contains(out, "記録5件") || !strings.Contains(out, book) {
		t.Errorf("export --out: %q", out)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(i18n.Japanese.SheetEntries)
	if len(rows) != 6 || !strings.Contains(strings.Join(rows[0], "|"), "日付|種類|タイトル|概要") {
		t.Errorf("entries sheet: %d rows, header %q", len(rows), rows[0])
	}
	if leftovers, _ := filepath.Glob(filepath.Join(sb.dir, ".v.xlsx.tmp-*")); len(leftovers) > 0 {
		t.Errorf("left behind: %v", leftovers)
	}

	doc := sb.ok("export", "--format", "json", "--what", "partners")
	if !strings.HasPrefix(doc, `{"format":"vision2030-export","version":1,`) || !strings.Contains(doc, `"uid":"seed:partner:UAW"`) {
		t.Errorf("JSON begins %q", doc[:min(len(doc), 200)])
	}

	before := sb.revision()
	for _, args := range [][]string{
		{"export", "--what", "all"},
		{"export", "--format", "xml"},
		{"export", "--what", "everything"},
		{"export", "--what", "partners", "--filter", "goal:1"},
		{"export", "--out", filepath.Join(sb.dir, "x.txt")},
		{"export", "--filter", "colour:red"},
	} {
		code, _, errOut := sb.do(args...)
		if code != exitUsage || len(lines(errOut)) != 2 {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	if sb.revision() != before {
		t.Error("a refused export wrote")
	}
}

// writeFile writes a file in the sandbox and returns its path.
func (sb *sandbox) writeFile(name string, data []byte) string {
	sb.t.Helper()
	p := filepath.Join(sb.dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		sb.t.Fatal(err)
	}
	return p
}

func TestImportCommand(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("partners") // creates and seeds the database
	before := sb.revision()

	bad := sb.writeFile("bad.csv", []byte("日付,種類,件名,相手先,目標\n2025-04-21,訪問,ok,UAW,2\n2025-02-30,訪問,bad date,UAW,2\n"+
		"2025-04-23,訪問,typo,UAWW,2\n2025-04-24,宴会,party,UAW,2\n"))
	code, out, errOut := sb.do("import", bad)
	want := []string{
		"vision2030: " + bad + ": 3 problems, so nothing was imported:",
		`  row 3, column 日付: "2025-02-30": no such day; February 2025 has 28 days`,
		`  row 4, column 相手先: unknown "UAWW"`,
		"    did you mean #2 UAW (International Union, United Automobile, Aerospace and Agricultural Implement Workers of America, US)?",
		`  row 5, column 種類: unknown "宴会"; the values are consultation, conference, seminar, visit, online_meeting, correspondence, request, news`,
		"nothing was written; fix the file, or name its columns with --map, and import it again",
	}
	if code != exitFailure || out != "" || fmt.Sprint(lines(errOut)) != fmt.Sprint(want) {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errOut, strings.Join(want, "\n"))
	}
	if sb.revision() != before {
		t.Error("a refused import wrote")
	}

	good := sb.writeFile("good.csv", []byte("日付,種類,件名,相手先,目標\n令和7年4月21日,訪問,Visit,UAW,2\n2025/4/22,相談,Call,Somchai Union,\"1, 2\"\n"))
	if out := sb.ok("import", good, "--dry-run", "--create-partners", "Thailand"); !strings.Contains(out, "Dry run: this would add 1 partner, 2 entries.") {
		t.Errorf("dry run: %q", out)
	}
	if sb.revision() != before {
		t.Error("a dry run wrote")
	}
	out = sb.ok("import", good, "--create-partners", "TH")
	for _, w := range []string{"Read " + good + " (CSV, UTF-8): 2 entries", "Imported as batch 1: 1 partner, 2 entries added",
		"New partners (kind other, in TH): Somchai Union", "To take it back: vision2030 import --undo 1"} {
		if !strings.Contains(out, w) {
			t.Errorf("no %q in:\n%s", w, out)
		}
	}
	if out := sb.ok("import", good); !strings.Contains(out, "Nothing new") || !strings.Contains(out, "left out: 2 entries") {
		t.Errorf("again: %q", out)
	}
	if out := sb.ok("import", "--undo", "1"); !strings.Contains(out, "Batch 1 (") || !strings.Contains(out, "1 partner, 2 entries taken back") {
		t.Errorf("undo: %q", out)
	}
	if n := sb.query("SELECT count(*) FROM entries WHERE deleted_at IS NULL AND batch_id = 1"); n != "0" {
		t.Errorf("%s entries of the batch still live", n)
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", "--undo", "1"}, exitFailure, "batch 1 was undone already, at " + time.Now().Format("2006-01-02 ")},
		{[]string{"import", "--undo", "9"}, exitFailure, "there is no import batch 9"},
		{[]string{"import", "--undo", "x"}, exitUsage, `"x" is not a batch number`},
		{[]string{"import", good, "--undo", "1"}, exitUsage, "--undo takes only a batch number"},
		{[]string{"import"}, exitUsage, "import needs the FILE"},
		{[]string{"import", good, "--map", "nothing"}, exitUsage, `--map: "nothing" is not HEADING=FIELD`},
		{[]string{"import", good, "--map", "件名=colour"}, exitUsage, `--map: "colour" is not a field`},
		{[]string{"import", good, "--map", "色=title"}, exitFailure, `has no column headed "色"`},
		{[]string{"import", good, "--what", "goals"}, exitUsage, `--what: "goals" is not one of entries, partners, all`},
		{[]string{"import", filepath.Join(sb.dir, "missing.csv")}, exitFailure, "cannot read"},
		{[]string{"import", sb.writeFile("empty.csv", nil)}, exitFailure, "empty.csv is empty"},
		{[]string{"import", sb.writeFile("old.xls", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))}, exitFailure, "an old Excel file (.xls)"},
		{[]string{"import", good, "--create-partners", "Atlantis"}, exitUsage, "no country matches"},
	} {
		code, _, errOut := sb.do(tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}

	// Many problems: the first 50 are listed.
	var b bytes.Buffer
	b.WriteString("date,kind,title,partners,goals\n")
	for i := range 60 {
		fmt.Fprintf(&b, "2025-02-3%d,visit,t%d,UAW,2\n", i%2, i)
	}
	code, _, errOut = sb.do("import", sb.writeFile("many.csv", b.Bytes()))
	got := lines(errOut)
	if code != exitFailure || len(got) != 1+50+1+1 || got[51] != "  … and 10 more problems" || !strings.Contains(got[0], "60 problems") {
		t.Errorf("exit %d, %d lines: %q … %q", code, len(got), got[0], got[len(got)-2:])
	}
}

func TestImportRoundTripThroughTheCommands(t *testing.T) {
	t.Parallel()
	a, b := newSandbox(t), newSandbox(t)
	a.ok("log", "--partner", "UAW", "--goal", "2", "--kind", "visit", "--title", "Detroit", "--date", "2025-04-21")
	a.ok("assess", "--partner", "UAW", "--goal", "2", "--stage", "3", "--date", "2025-04-22")
	for _, name := range []string{"all.json", "all.xlsx"} {
		file := filepath.Join(a.dir, name)
		a.ok("export", "--out", file)
		out := b.ok("import", file)
		if !strings.Contains(out, "1 entry, 1 assessment added") && !strings.Contains(out, "Nothing new") {
			t.Errorf("%s: %q", name, out)
		}
	}
	if n := b.query("SELECT count(*) FROM entries WHERE title = 'Detroit'"); n != "1" {
		t.Errorf("%s copies of the entry", n)
	}
}

func TestPurgeCommand(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Gone", "--date", "2025-04-22"))
	sb.ok("actions", "add", "--entry", id, "--what", "follow up")
	sb.ok("entries", "delete", id)
	tomorrow := "2099-01-01"
	code, _, errOut := sb.do("purge", "--deleted-before", tomorrow)
	if code != exitFailure || !strings.Contains(errOut, "1 entry, 1 action deleted before 2099-01-01") || !strings.Contains(errOut, "--yes") {
		t.Errorf("without --yes: exit %d, %q", code, errOut)
	}
	if out := sb.ok("purge", "--deleted-before", "2000-01-01", "--yes"); !strings.Contains(out, "nothing to purge") {
		t.Errorf("nothing to purge: %q", out)
	}
	if out := sb.ok("purge", "--deleted-before", tomorrow, "--yes"); out != "Purged 1 entry, 1 action deleted before 2099-01-01\n" {
		t.Errorf("purge: %q", out)
	}
	if n := sb.query("SELECT count(*) FROM entries WHERE id = ?", id); n != "0" {
		t.Error("the entry is still there")
	}
	if out := sb.ok("check"); !strings.Contains(out, "no problems found") {
		t.Errorf("check after the purge: %q", out)
	}
	for _, args := range [][]string{{"purge"}, {"purge", "--deleted-before", "2025-02-30"}} {
		if code, _, _ := sb.do(args...); code != exitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}

func TestRestoreCommand(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Kept", "--date", "2025-04-22")
	backup := filepath.Join(sb.dir, "b.db")
	sb.ok("backup", backup)
	sb.ok("log", "--partner", "UAW", "--goal", "1", "--kind", "visit", "--title", "Lost", "--date", "2025-04-23")
	out := sb.ok("restore", backup)
	if !strings.HasPrefix(out, "Restored "+sb.db+" from "+backup) || !strings.Contains(out, "kept as "+sb.db+".before-restore-") {
		t.Errorf("restore: %q", out)
	}
	if n := sb.query("SELECT count(*) FROM entries WHERE title IN ('Kept', 'Lost')"); n != "1" {
		t.Errorf("%s of the entries after the restore", n)
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"restore", sb.writeFile("notes.txt", []byte(strings.Repeat("minutes of the meeting ", 20)))}, exitFailure,
			"is not a vision2030 (SQLite) database"},
		{[]string{"restore", filepath.Join(sb.dir, "none.db")}, exitFailure, "cannot read"},
		{[]string{"restore", sb.db}, exitFailure, "is the database itself"},
		{[]string{"restore"}, exitUsage, "restore needs the backup to restore"},
	} {
		code, _, errOut := sb.do(tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, %q", tt.args, code, errOut)
		}
	}
}
