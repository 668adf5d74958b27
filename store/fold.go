package store

import (
	"fmt"
	"strings"
	"sync"
)

// Search folding. Text is searched after it is folded: the width forms that
// Japanese input methods and older systems produce are mapped to their
// ordinary forms, as Unicode NFKC maps them (full-width ＡＢＣ１２３ to
// ABC123, half-width ｶﾞ to ガ, the ideographic space to a space), and ASCII
// letters are lower-cased. The same folding runs in two places that must
// agree: in Go on every query (Fold), and in SQL inside the schema
// (foldView), where the search index is kept current by triggers that the
// stock sqlite3 shell can run too, so it can use only built-in functions.
//
// The table is frozen: the search index of every database was built with it.
// Changing it needs a migration that rebuilds the index.

// foldPairs maps each width form to its folded form, in the order the SQL
// replaces them: voiced half-width kana before the bare ones.
var foldPairs = func() [][2]string {
	var pairs [][2]string
	// Half-width katakana with a voiced or semi-voiced mark compose.
	voiced := map[string]string{
		"ｶ": "ガ", "ｷ": "ギ", "ｸ": "グ", "ｹ": "ゲ", "ｺ": "ゴ",
		"ｻ": "ザ", "ｼ": "ジ", "ｽ": "ズ", "ｾ": "ゼ", "ｿ": "ゾ",
		"ﾀ": "ダ", "ﾁ": "ヂ", "ﾂ": "ヅ", "ﾃ": "デ", "ﾄ": "ド",
		"ﾊ": "バ", "ﾋ": "ビ", "ﾌ": "ブ", "ﾍ": "ベ", "ﾎ": "ボ",
		"ｳ": "ヴ",
	}
	semi := map[string]string{"ﾊ": "パ", "ﾋ": "ピ", "ﾌ": "プ", "ﾍ": "ペ", "ﾎ": "ポ"}
	for _, k := range "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎｳ" {
		pairs = append(pairs, [2]string{string(k) + "ﾞ", voiced[string(k)]})
	}
	for _, k := range "ﾊﾋﾌﾍﾎ" {
		pairs = append(pairs, [2]string{string(k) + "ﾟ", semi[string(k)]})
	}
	// Bare half-width forms U+FF61–U+FF9F, as NFKC maps them.
	bare := "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン\u3099\u309a"
	i := 0
	for _, r := range bare {
		pairs = append(pairs, [2]string{string(rune(0xFF61 + i)), string(r)})
		i++
	}
	// Full-width ASCII U+FF01–U+FF5E, the ideographic space, and the
	// full-width signs U+FFE0–U+FFE6.
	for r := rune(0xFF01); r <= 0xFF5E; r++ {
		pairs = append(pairs, [2]string{string(r), string(r - 0xFF01 + 0x21)})
	}
	pairs = append(pairs, [2]string{"\u3000", " "})
	for i, r := range []string{"¢", "£", "¬", " \u0304", "¦", "¥", "₩"} {
		pairs = append(pairs, [2]string{string(rune(0xFFE0 + i)), r})
	}
	return pairs
}()

// foldGlob matches text holding any character foldPairs changes, so that
// SQL runs the replacements only where they can change something.
const foldGlob = "*[\u3000\uFF01-\uFF9F\uFFE0-\uFFE6]*"

var folder = sync.OnceValue(func() *strings.Replacer {
	var args []string
	for _, p := range foldPairs {
		args = append(args, p[0], p[1])
	}
	return strings.NewReplacer(args...)
})

// Fold returns s as the search index holds it: width forms folded as NFKC
// folds them and ASCII letters lower-cased. Queries are folded with it before
// they are matched.
func Fold(s string) string {
	s = folder().Replace(s)
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// foldStep is how many replacements one view of a folding stack makes: the
// stock sqlite3 shell's parser overflows on expressions nested more than
// about 25 deep, so the replacements are spread over a stack of views.
const foldStep = 20

// foldStack returns the SQL that creates the view name(key, out) over table
// as schema 3 to 7 had it: key and expr folded as Fold folds, by a stack of
// views named name_fold0 … name_foldN, each making a share of the
// replacements; the last view uses their result only for rows that hold a
// width form (w), so that SQLite, which evaluates CASE lazily, skips the
// replacements for every other row. SQLite flattens the stack each time it
// prepares a statement that reads the view, which takes it milliseconds;
// schema 8 replaced it with foldView.
func foldStack(name, key, out, table, expr string) string {
	var b strings.Builder
	view := func(i int) string { return fmt.Sprintf("%s_fold%d", name, i) }
	fmt.Fprintf(&b, "CREATE VIEW %s (k, r, s, w) AS SELECT %s, %s, %s, (%s) GLOB %s FROM %s;\n",
		view(0), key, expr, expr, expr, sqlString(foldGlob), table)
	n := 0
	for i := 0; i < len(foldPairs); i += foldStep {
		chain := "s"
		for _, p := range foldPairs[i:min(i+foldStep, len(foldPairs))] {
			chain = fmt.Sprintf("replace(%s, %s, %s)", chain, sqlString(p[0]), sqlString(p[1]))
		}
		n++
		fmt.Fprintf(&b, "CREATE VIEW %s (k, r, s, w) AS SELECT k, r, %s, w FROM %s;\n", view(n), chain, view(n-1))
	}
	fmt.Fprintf(&b, "CREATE VIEW %s (%s, %s) AS SELECT k, lower(CASE WHEN w THEN s ELSE r END) FROM %s;\n", name, key, out, view(n))
	return b.String()
}

// foldPairsTable returns the SQL that creates table and fills it with
// foldPairs: what foldView reads.
func foldPairsTable(table string) string {
	return foldPairsCreate(table, "") + ";\n" + fmt.Sprintf("INSERT INTO %s (n, a, b) VALUES\n%s;\n", table, foldPairsValues())
}

// foldPairsCreate is the CREATE TABLE statement of a table of foldPairs;
// ifNotExists is "" or "IF NOT EXISTS ".
func foldPairsCreate(table, ifNotExists string) string {
	return fmt.Sprintf("CREATE TABLE %s%s (\n    n INTEGER PRIMARY KEY,\n    a TEXT NOT NULL,\n    b TEXT NOT NULL\n)", ifNotExists, table)
}

// foldPairsValues are the rows of a VALUES clause holding foldPairs,
// numbered from 1 in the order they apply: n, a (the form), b (its fold).
func foldPairsValues() string {
	rows := make([]string, len(foldPairs))
	for i, p := range foldPairs {
		rows[i] = fmt.Sprintf("    (%d, %s, %s)", i+1, sqlString(p[0]), sqlString(p[1]))
	}
	return strings.Join(rows, ",\n")
}

// foldView returns the SQL that creates the view name(key, out) over table:
// key and expr folded as Fold folds, with built-in functions only, by the
// replacements in the table pairs (foldPairsTable). Text that holds no width
// form is only lower-cased. Other text goes through a recursive query that
// makes, in their order, only the replacements whose form occurs in it:
// skipping the others changes nothing, since no replacement produces a
// width form. A statement that reads the view is quick to prepare, and the
// stock sqlite3 shell parses it, since nothing in it is nested deeply.
func foldView(name, key, out, table, expr, pairs string) string {
	return fmt.Sprintf(`CREATE VIEW %[1]s (%[2]s, %[3]s) AS
SELECT k, lower(CASE WHEN t GLOB %[6]s THEN (
        WITH RECURSIVE f (n, s) AS (
            SELECT 0, t
            UNION ALL
            SELECT p.n, replace(f.s, p.a, p.b) FROM f JOIN %[7]s p
                ON p.n = (SELECT min(q.n) FROM %[7]s q WHERE q.n > f.n AND instr(f.s, q.a) > 0))
        SELECT s FROM f ORDER BY n DESC LIMIT 1)
    ELSE t END)
FROM (SELECT %[2]s AS k, %[5]s AS t FROM %[4]s);
`, name, key, out, table, expr, sqlString(foldGlob), pairs)
}

func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// expandMigration replaces the lines of a migration that read
//
//	-- FOLD PAIRS table
//	-- FOLD VIEW name(key, out) FROM table USING pairs: expr
//	-- FOLD VIEW name(key, out) FROM table: expr
//
// with foldPairsTable(table), foldView(name, key, out, table, expr, pairs)
// and, without USING, schema 3's foldStack(name, key, out, table, expr),
// so that migrations name the folding once.
func expandMigration(body string) string {
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if table, ok := strings.CutPrefix(l, "-- FOLD PAIRS "); ok {
			lines[i] = foldPairsTable(strings.TrimSpace(table))
			continue
		}
		rest, ok := strings.CutPrefix(l, "-- FOLD VIEW ")
		if !ok {
			continue
		}
		head, expr, _ := strings.Cut(rest, ": ")
		sig, from, _ := strings.Cut(head, " FROM ")
		table, pairs, using := strings.Cut(from, " USING ")
		name, cols, _ := strings.Cut(sig, "(")
		key, out, _ := strings.Cut(strings.TrimSuffix(cols, ")"), ", ")
		name, table = strings.TrimSpace(name), strings.TrimSpace(table)
		if using {
			lines[i] = foldView(name, key, out, table, expr, strings.TrimSpace(pairs))
		} else {
			lines[i] = foldStack(name, key, out, table, expr)
		}
	}
	return strings.Join(lines, "\n")
}
