package store

import (
	"fmt"
	"strings"
)

// Search folding. Text is searched after it is folded: the width forms that
// Japanese input methods and older systems produce are mapped to their
// ordinary forms, as Unicode NFKC maps them (full-width ＡＢＣ１２３ to
// ABC123, half-width ｶﾞ to ガ, the ideographic space to a space), and ASCII
// letters are lower-cased. The same folding runs in two places that must
// agree: in Go on every query (Fold), and in SQL inside the schema
// (foldViews), where the search index is kept current by triggers that the
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

var folder = func() *strings.Replacer {
	var args []string
	for _, p := range foldPairs {
		args = append(args, p[0], p[1])
	}
	return strings.NewReplacer(args...)
}()

// Fold returns s as the search index holds it: width forms folded as NFKC
// folds them and ASCII letters lower-cased. Queries are folded with it before
// they are matched.
func Fold(s string) string {
	s = folder.Replace(s)
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

// foldViews returns the SQL that creates the view name(key, out) over
// table: key and expr (an SQL expression over table's columns) folded as
// Fold folds, with built-in functions only. It is a stack of views named
// name_fold0 … name_foldN, each making a share of the replacements; the
// last view uses their result only for rows that hold a width form (w), so
// that SQLite, which evaluates CASE lazily, skips the replacements for
// every other row. Each view names the columns of the one below once, so
// that SQLite's flattening of the stack stays linear in size.
func foldViews(name, key, out, table, expr string) string {
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

func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// expandMigration replaces each line of a migration that reads
//
//	-- FOLD VIEW name(key, out) FROM table: expr
//
// with foldViews(name, key, out, table, expr), so that migrations can name
// the folding once.
func expandMigration(body string) string {
	const mark = "-- FOLD VIEW "
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		rest, ok := strings.CutPrefix(strings.TrimSpace(l), mark)
		if !ok {
			continue
		}
		head, expr, _ := strings.Cut(rest, ": ")
		sig, table, _ := strings.Cut(head, " FROM ")
		name, cols, _ := strings.Cut(sig, "(")
		key, out, _ := strings.Cut(strings.TrimSuffix(cols, ")"), ", ")
		lines[i] = foldViews(strings.TrimSpace(name), key, out, strings.TrimSpace(table), expr)
	}
	return strings.Join(lines, "\n")
}
