package store

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// DefectKind is what sort of thing Check found wrong.
type DefectKind string

const (
	// DefectDamage is damage to the file itself, found by SQLite's
	// integrity check: broken pages, b-trees or indexes, values that break
	// a column's constraints. Restore the file from a backup.
	DefectDamage DefectKind = "damage"
	// DefectForeignKey is a row that refers to a row that does not exist
	// (written, for example, with foreign keys off in the sqlite3 shell).
	DefectForeignKey DefectKind = "foreign_key"
	// DefectSearchIndex is a full-text index that does not match the rows it
	// indexes. Repair rebuilds it.
	DefectSearchIndex DefectKind = "search_index"
	// DefectDerived is derived data (aggregates kept by writes) that does
	// not match the rows it is derived from. Repair rebuilds it.
	DefectDerived DefectKind = "derived"
)

// Defect is one problem Check found.
type Defect struct {
	Kind DefectKind
	// Table is the table (or, for an index, its table) concerned, if known.
	Table string
	// Reason says what is wrong in a form the catalogue can word, with N and
	// Other; it is "" when only SQLite's own words (Detail) say it.
	Reason DefectReason
	// N is the row (ReasonMissingRow) or the number of rows (ReasonStale,
	// ReasonOrphans, ReasonMore) concerned.
	N int64
	// Other is the table a row refers to (ReasonMissingRow).
	Other string
	// Detail says what is wrong in English: SQLite's words, or Reason's.
	Detail string
}

// DefectReason is why a Defect is one, for the defects vision2030 words
// itself.
type DefectReason string

const (
	// ReasonMissingRefs: N rows of Table (one without rowids, such as the
	// link tables) refer to rows of Other that do not exist.
	ReasonMissingRefs DefectReason = "missing_refs"
	// ReasonMissingRow: row N of Table refers to a row of Other that does
	// not exist.
	ReasonMissingRow DefectReason = "missing_row"
	// ReasonInconsistent: the search index Table does not agree with itself
	// or with its content.
	ReasonInconsistent DefectReason = "inconsistent"
	// ReasonStale: N rows are missing from Table (derived data) or out of
	// date in it.
	ReasonStale DefectReason = "stale"
	// ReasonOrphans: N rows of Table (derived data) belong to no row.
	ReasonOrphans DefectReason = "orphans"
	// ReasonMore: N more defects of this Kind were found but not listed.
	ReasonMore DefectReason = "more"
)

func (d Defect) String() string {
	if d.Table == "" {
		return fmt.Sprintf("%s: %s", d.Kind, d.Detail)
	}
	return fmt.Sprintf("%s: %s: %s", d.Kind, d.Table, d.Detail)
}

// english words a Reason in English, for Detail.
func (d Defect) english() string {
	switch d.Reason {
	case ReasonMissingRefs:
		return fmt.Sprintf("%d rows refer to missing rows of %s", d.N, d.Other)
	case ReasonMissingRow:
		return fmt.Sprintf("row %d refers to a missing row of %s", d.N, d.Other)
	case ReasonInconsistent:
		return "the index is inconsistent"
	case ReasonStale:
		return fmt.Sprintf("%d rows missing or out of date", d.N)
	case ReasonOrphans:
		return fmt.Sprintf("%d rows that belong to nothing", d.N)
	case ReasonMore:
		return fmt.Sprintf("%d more not listed", d.N)
	}
	return ""
}

// Repairable reports whether Repair can fix d.
func (d Defect) Repairable() bool { return d.Kind == DefectSearchIndex || d.Kind == DefectDerived }

// maxDefects caps the defects of one kind that Check lists; a last one says
// how many more there were.
const maxDefects = 100

// Check looks for damage: SQLite's integrity check (pages, b-trees, indexes,
// constraints, the full-text index's own consistency), the foreign keys, and
// the search index and derived data against the rows they come from. It
// returns one Defect per problem (none for a sound file). A Defect of kind
// DefectDamage or DefectSearchIndex marks the store damaged (writes are
// refused, see ErrDamaged) and leaves the damage mark for other processes;
// a check that finds neither clears both. On a read-only store the checks
// that need the write lock (the search index against its rows) are skipped.
//
// Check reads every page: on a large file it takes seconds. The error is
// for a check that could not run at all, not for what it found.
func (s *Store) Check(ctx context.Context) ([]Defect, error) {
	qctx := quiet(ctx)
	var defects []Defect
	counts := map[DefectKind]int{}
	add := func(d Defect) {
		if d.Detail == "" {
			d.Detail = d.english()
		}
		if counts[d.Kind]++; counts[d.Kind] <= maxDefects {
			defects = append(defects, d)
		}
	}
	names := s.schemaNames(qctx)

	if err := s.integrity(qctx, names, add); err != nil {
		return nil, err
	}
	if err := s.foreignKeys(qctx, add); err != nil {
		return nil, err
	}
	derived, err := s.checkDerived(qctx)
	if err != nil {
		if !isCorrupt(err) {
			return nil, err
		}
		add(Defect{Kind: DefectDamage, Detail: "could not read the derived data: " + err.Error()})
	}
	// The integrity check already names a broken full-text index; say so
	// once per table.
	seen := map[string]bool{}
	for _, d := range defects {
		if d.Kind == DefectSearchIndex {
			seen[d.Table] = true
		}
	}
	for _, d := range derived {
		if d.Kind == DefectSearchIndex && seen[d.Table] {
			continue
		}
		add(d)
	}

	for _, kind := range []DefectKind{DefectDamage, DefectForeignKey, DefectSearchIndex, DefectDerived} {
		if n := counts[kind] - maxDefects; n > 0 {
			d := Defect{Kind: kind, Reason: ReasonMore, N: int64(n)}
			d.Detail = d.english()
			defects = append(defects, d)
		}
	}

	damaged := false
	for _, d := range defects {
		if d.Kind == DefectDamage || d.Kind == DefectSearchIndex {
			damaged = true
		}
	}
	if damaged {
		s.markDamaged(fmt.Errorf("check: %s", defects[0]))
	} else {
		s.clearDamaged()
	}
	return defects, nil
}

// schemaNames maps every table and index name to its table, and every
// b-tree's root page (as text) to the same, to name the table an integrity
// message is about. A schema that cannot be read gives an empty map.
func (s *Store) schemaNames(ctx context.Context) map[string]string {
	names := map[string]string{}
	rows, err := s.db.QueryContext(ctx, "SELECT name, tbl_name, coalesce(rootpage, 0) FROM sqlite_schema WHERE type IN ('table', 'index')")
	if err != nil {
		return names
	}
	defer rows.Close()
	for rows.Next() {
		var name, table string
		var root int
		if rows.Scan(&name, &table, &root) != nil {
			break
		}
		names[name] = table
		if root > 0 {
			names["#"+strconv.Itoa(root)] = table
		}
	}
	return names
}

var (
	treeRe = regexp.MustCompile(`^Tree (\d+)`)
	// "malformed inverted index for FTS5 table main.entries_fts",
	// "fts5: corruption found reading blob 1 from table \"entries_fts\"".
	fts5Re = regexp.MustCompile(`(?i)fts5\b.*?\btable "?(?:\w+\.)?(\w+)`)
	// "row 3 missing from index entries_date", "NULL value in entries.title",
	// "CHECK constraint failed in partners".
	indexRe = regexp.MustCompile(`\bindex (\w+)`)
	inRe    = regexp.MustCompile(`\bin (\w+)`)
)

// integrity runs PRAGMA integrity_check and adds a Defect per line it
// reports.
func (s *Store) integrity(ctx context.Context, names map[string]string, add func(Defect)) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		if isCorrupt(err) {
			add(Defect{Kind: DefectDamage, Detail: err.Error()})
			return nil
		}
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		if line == "ok" || strings.HasPrefix(line, "*** in database") {
			continue
		}
		add(classify(line, names))
	}
	if err := rows.Err(); err != nil {
		if isCorrupt(err) {
			add(Defect{Kind: DefectDamage, Detail: err.Error()})
			return nil
		}
		return err
	}
	return nil
}

// classify turns a line of integrity_check into a Defect, naming its table
// when the line names a b-tree, a table or an index.
func classify(line string, names map[string]string) Defect {
	if m := fts5Re.FindStringSubmatch(line); m != nil {
		return Defect{Kind: DefectSearchIndex, Table: m[1], Detail: line}
	}
	d := Defect{Kind: DefectDamage, Detail: line}
	if m := treeRe.FindStringSubmatch(line); m != nil {
		d.Table = names["#"+m[1]]
		return d
	}
	for _, re := range []*regexp.Regexp{indexRe, inRe} {
		if m := re.FindStringSubmatch(line); m != nil && names[m[1]] != "" {
			d.Table = names[m[1]]
			break
		}
	}
	return d
}

// foreignKeys runs PRAGMA foreign_key_check and adds a Defect per broken
// reference.
func (s *Store) foreignKeys(ctx context.Context, add func(Defect)) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		if isCorrupt(err) {
			add(Defect{Kind: DefectDamage, Detail: "foreign key check: " + err.Error()})
			return nil
		}
		return err
	}
	defer rows.Close()
	// A table without rowids has none to name: its broken references are
	// counted per table and parent.
	type pair struct{ table, parent string }
	var order []pair
	counts := map[pair]int64{}
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		if !rowid.Valid {
			k := pair{table, parent}
			if counts[k] == 0 {
				order = append(order, k)
			}
			counts[k]++
			continue
		}
		add(Defect{Kind: DefectForeignKey, Table: table, Reason: ReasonMissingRow, N: rowid.Int64, Other: parent})
	}
	defer func() {
		for _, k := range order {
			add(Defect{Kind: DefectForeignKey, Table: k.table, Reason: ReasonMissingRefs, N: counts[k], Other: k.parent})
		}
	}()
	if err := rows.Err(); err != nil {
		if isCorrupt(err) {
			add(Defect{Kind: DefectDamage, Detail: "foreign key check: " + err.Error()})
			return nil
		}
		return err
	}
	return nil
}

// Repair rebuilds the search index and all derived data from the rows, in
// one transaction; it runs even on a damaged store, and fixes every Defect
// that is Repairable. It does not repair damage to the file itself: run Check
// afterwards to see what remains (and to clear the damaged state if nothing
// does). On a read-only store it fails with ErrReadOnly.
func (s *Store) Repair(ctx context.Context) error {
	return s.inTx(ctx, true, func(tx *sql.Tx) error {
		if err := s.rebuildDerived(ctx, tx); err != nil {
			return err
		}
		return bump(ctx, tx)
	})
}
