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

// foldInSQL folds s with the views the schema uses, over a table of its
// own.
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

func foldTable(t testing.TB) *Store {
	st := openTemp(t)
	if _, err := st.db.Exec("CREATE TABLE fold_test (id INTEGER PRIMARY KEY, x TEXT);\n" +
		expandMigration("-- FOLD VIEW fold_test_search(id, body) FROM fold_test: x")); err != nil {
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
	st := foldTable(t)
	for _, s := range []string{"", "JCM ＪＣＭ", "ｼﾞﾄﾞｳｼｬ ジドウシャ", "ﾊﾟﾝ ﾎﾟｲﾝﾄ", "ｳﾞｧ", "ﾞ alone", "goal：２",
		"全角　空白", "￥１００ ￡", "Ünïcödé ÉCOLE", "ทำ สำนักงาน", "a'b\"c", "x\ny\r\nz"} {
		if got, want := foldInSQL(t, st, s), Fold(s); got != want {
			t.Errorf("%q: SQL folds to %q, Go to %q", s, got, want)
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
