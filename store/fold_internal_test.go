package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Every pair folds as NFKC does (then ASCII lower-casing).
func TestFoldPairsAreNFKC(t *testing.T) {
	for _, p := range foldPairs {
		want := norm.NFKC.String(p[0])
		if got := p[1]; got != want {
			t.Errorf("%q folds to %q, NFKC gives %q", p[0], got, want)
		}
	}
	if len(foldPairs) < 190 {
		t.Errorf("only %d pairs", len(foldPairs))
	}
}

// foldInSQL folds s with the view the schema uses (or schema 3's stack of
// views), over a table of its own.
func foldInSQL(t testing.TB, st *Store, s string) string {
	t.Helper()
	ctx := context.Background()
	var out string
	if _, err := st.db.ExecContext(ctx, "DELETE FROM fold_test; INSERT INTO fold_test (id, x) VALUES (1, ?)", s); err != nil {
		t.Fatal(err)
	}
	if err := st.db.QueryRowContext(ctx, "SELECT body FROM fold_test_search WHERE id = 1").Scan(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

func foldTable(t testing.TB) *Store { return foldTableBy(t, " USING fold_pairs") }

// foldTableBy is foldTable with the view made as using says: " USING
// fold_pairs" for the view of schema 8, "" for schema 3's stack.
func foldTableBy(t testing.TB, using string) *Store {
	st := openTemp(t)
	if _, err := st.db.Exec("CREATE TABLE fold_test (id INTEGER PRIMARY KEY, x TEXT);\n" +
		expandMigration("-- FOLD VIEW fold_test_search(id, body) FROM fold_test"+using+": x")); err != nil {
		t.Fatal(err)
	}
	return st
}

func openTemp(t testing.TB) *Store {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestFoldSQLMatchesGo(t *testing.T) {
	texts := []string{"", "JCM ＪＣＭ", "ｼﾞﾄﾞｳｼｬ ジドウシャ", "ﾊﾟﾝ ﾎﾟｲﾝﾄ", "ｳﾞｧ", "ﾞ alone", "goal：２",
		"全角　空白", "￥１００ ￡", "Ünïcödé ÉCOLE", "ทำ สำนักงาน", "a'b\"c", "x\ny\r\nz"}
	var all strings.Builder // every form, twice, and each alone
	for _, p := range foldPairs {
		all.WriteString(p[0] + "x" + p[0])
		texts = append(texts, p[0], "a"+p[0]+"B")
	}
	texts = append(texts, all.String())
	for _, using := range []string{" USING fold_pairs", ""} {
		st := foldTableBy(t, using)
		for _, s := range texts {
			if got, want := foldInSQL(t, st, s), Fold(s); got != want {
				t.Errorf("view%s: %q: SQL folds to %q, Go to %q", using, s, got, want)
			}
		}
	}
}

// No replacement produces a form that a replacement folds, which is why
// the view may skip the replacements whose form a text does not hold.
func TestFoldOutputsHoldNoForm(t *testing.T) {
	for _, p := range foldPairs {
		for _, q := range foldPairs {
			if strings.Contains(p[1], q[0]) {
				t.Errorf("%q folds to %q, which holds %q", p[0], p[1], q[0])
			}
		}
	}
}

func FuzzFoldSQLMatchesGo(f *testing.F) {
	st := foldTable(f)
	for _, s := range []string{"ＡＢｃ", "ｶﾞｷﾞ", "ﾟﾞ", "　", "abc", "日本語"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
			return
		}
		if got, want := foldInSQL(t, st, s), Fold(s); got != want {
			t.Errorf("%q: SQL folds to %q, Go to %q", s, got, want)
		}
	})
}
