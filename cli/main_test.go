package cli

import (
	"bytes"
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// sandbox is a home of its own: settings, data and a database, and an
// environment that points at them and nothing of the machine's.
type sandbox struct {
	t       *testing.T
	dir, db string
	environ []string
}

func newSandbox(t *testing.T, vars ...string) *sandbox {
	t.Helper()
	dir := t.TempDir()
	return &sandbox{t: t, dir: dir, db: filepath.Join(dir, "v.db"), environ: append([]string{
		"HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"LANG=C.UTF-8", "VISION2030_AUTHOR=tester"}, vars...)}
}

// run runs the command line with args, as is: no --db added.
func (sb *sandbox) run(stdin string, args ...string) (int, string, string) {
	sb.t.Helper()
	return sb.runWith(Options{Stdin: strings.NewReader(stdin)}, args...)
}

// runWith runs the command line with o, its outputs and environment those
// of the sandbox.
func (sb *sandbox) runWith(o Options, args ...string) (int, string, string) {
	sb.t.Helper()
	var out, errOut bytes.Buffer
	o.Stdout, o.Stderr, o.Environ = &out, &errOut, sb.environ
	code := Run(context.Background(), args, o)
	return code, out.String(), errOut.String()
}

// do runs args on the sandbox's database.
func (sb *sandbox) do(args ...string) (int, string, string) {
	sb.t.Helper()
	return sb.run("", append([]string{"--db", sb.db}, args...)...)
}

// ok runs args on the sandbox's database; they must succeed.
func (sb *sandbox) ok(args ...string) string {
	sb.t.Helper()
	code, out, errOut := sb.do(args...)
	if code != 0 {
		sb.t.Fatalf("%v: exit %d: %s", args, code, errOut)
	}
	return out
}

// query reads one value straight from the database file.
func (sb *sandbox) query(q string, args ...any) string {
	sb.t.Helper()
	db, err := sql.Open("sqlite", "file:"+sb.db+"?mode=ro")
	if err != nil {
		sb.t.Fatal(err)
	}
	defer db.Close()
	var v sql.NullString
	if err := db.QueryRow(q, args...).Scan(&v); err != nil {
		sb.t.Fatalf("%s: %v", q, err)
	}
	return v.String
}

// revision is the database's write counter.
func (sb *sandbox) revision() string {
	return sb.query("SELECT coalesce((SELECT value FROM settings WHERE key = 'revision'), '')")
}

// lines splits output into lines, without the last newline.
func lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

func itoa(n int) string { return strconv.Itoa(n) }
