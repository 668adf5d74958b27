package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// Reading every row of a table for an export: every field, in one read
// transaction, so that the tables of one export are one state of the
// database however long it takes and whatever others write meanwhile. Rows
// are handed over one at a time, never held all at once.

// ExportQuery selects what an export reads.
type ExportQuery struct {
	// Filter selects the entries, and the actions that follow them up.
	// Partners and assessments are all exported.
	Filter Filter
	// Deleted exports deleted entries and actions as well.
	Deleted bool
}

// ExportPartnerRef is a partner linked to an exported entry.
type ExportPartnerRef struct {
	ID    int64
	UID   string
	Label string // short name, else name
}

// ExportEntry is an entry with every field. Its Partners field is empty:
// Links names them.
type ExportEntry struct {
	Entry
	Links []ExportPartnerRef
}

// ExportPartner is a partner with every field.
type ExportPartner struct {
	Partner
	CreatedAt, UpdatedAt string // UTC, RFC 3339
}

// ExportAction is an action with every field.
type ExportAction struct {
	Action
	EntryUID             string
	UpdatedAt, DeletedAt string // DeletedAt "" unless deleted
}

// ExportAssessment is an assessment with every field, and the uids and
// labels of what it refers to.
type ExportAssessment struct {
	Assessment
	PartnerUID, PartnerLabel string
	EntryUID                 string // "" without an evidence entry
}

// ExportSink receives the rows of an export. A table whose function is nil
// is not read.
type ExportSink struct {
	Partner    func(ExportPartner) error
	Entry      func(ExportEntry) error
	Action     func(ExportAction) error
	Assessment func(ExportAssessment) error
	// Counts, if set, hears how many rows each table read will give,
	// before the first row.
	Counts func(ImportCounts)
}

// Export reads the tables sink asks for, partners, entries, actions and
// assessments in that order, each oldest first, and hands each row to
// sink, all in one read transaction. It stops at the first error a sink
// function returns, and returns it.
func (s *Store) Export(ctx context.Context, q ExportQuery, sink ExportSink) error {
	f := q.Filter
	f.Deleted = q.Deleted
	where, whereArgs, err := s.filterWhere(ctx, s.db, f)
	if err != nil {
		return err
	}
	actionWhere := "a.entry_id IN (SELECT e.id FROM entries e WHERE " + where + ")"
	if !q.Deleted {
		actionWhere += " AND a.deleted_at IS NULL"
	}
	entryArgs, actionArgs := whereArgs, whereArgs
	return s.read(ctx, func(tx *sql.Tx) error {
		if sink.Counts != nil {
			counts := ImportCounts{}
			for _, c := range []struct {
				table string
				want  bool
				q     string
				args  []any
			}{
				{TablePartners, sink.Partner != nil, "SELECT count(*) FROM partners", nil},
				{TableEntries, sink.Entry != nil, "SELECT count(*) FROM entries e WHERE " + where, entryArgs},
				{TableActions, sink.Action != nil, "SELECT count(*) FROM actions a JOIN entries e ON e.id = a.entry_id WHERE " + actionWhere, actionArgs},
				{TableAssessments, sink.Assessment != nil, "SELECT count(*) FROM assessments", nil},
			} {
				if !c.want {
					continue
				}
				var n int
				if err := tx.QueryRowContext(ctx, c.q, c.args...).Scan(&n); err != nil {
					return err
				}
				counts[c.table] = n
			}
			sink.Counts(counts)
		}
		if sink.Partner != nil {
			if err := each(ctx, tx, "SELECT "+partnerColumns+", p.created_at, p.updated_at FROM partners p ORDER BY p.id", nil,
				func(sc interface{ Scan(...any) error }) error {
					var p ExportPartner
					var err error
					if p.Partner, err = scanPartner(sc, &p.CreatedAt, &p.UpdatedAt); err != nil {
						return err
					}
					return sink.Partner(p)
				}); err != nil {
				return err
			}
		}
		if sink.Entry != nil {
			if err := each(ctx, tx, "SELECT "+exportEntryColumns+" FROM entries e WHERE "+where+" ORDER BY e.date, e.id", entryArgs,
				func(sc interface{ Scan(...any) error }) error {
					e, err := scanExportEntry(sc)
					if err != nil {
						return err
					}
					return sink.Entry(e)
				}); err != nil {
				return err
			}
		}
		if sink.Action != nil {
			if err := each(ctx, tx, `SELECT a.id, a.uid, a.entry_id, e.uid, e.title, a.what, a.owner, coalesce(a.due, ''),
					coalesce(a.done, ''), a.author, a.version, a.created_at, a.updated_at, coalesce(a.deleted_at, '')
				FROM actions a JOIN entries e ON e.id = a.entry_id WHERE `+actionWhere+" ORDER BY a.id", actionArgs,
				func(sc interface{ Scan(...any) error }) error {
					var a ExportAction
					if err := sc.Scan(&a.ID, &a.UID, &a.EntryID, &a.EntryUID, &a.EntryTitle, &a.What, &a.Owner, &a.Due, &a.Done,
						&a.Author, &a.Version, &a.CreatedAt, &a.UpdatedAt, &a.DeletedAt); err != nil {
						return err
					}
					return sink.Action(a)
				}); err != nil {
				return err
			}
		}
		if sink.Assessment != nil {
			if err := each(ctx, tx, `SELECT a.id, a.uid, a.partner_id, a.goal_id, a.stage, a.date, a.note, a.author,
					coalesce(a.entry_id, 0), a.created_at, p.uid, coalesce(nullif(p.short_name, ''), p.name), coalesce(e.uid, '')
				FROM assessments a JOIN partners p ON p.id = a.partner_id LEFT JOIN entries e ON e.id = a.entry_id
				ORDER BY a.date, a.id`, nil,
				func(sc interface{ Scan(...any) error }) error {
					var a ExportAssessment
					if err := sc.Scan(&a.ID, &a.UID, &a.PartnerID, &a.GoalID, &a.Stage, &a.Date, &a.Note, &a.Author, &a.EntryID,
						&a.CreatedAt, &a.PartnerUID, &a.PartnerLabel, &a.EntryUID); err != nil {
						return err
					}
					return sink.Assessment(a)
				}); err != nil {
				return err
			}
		}
		return nil
	})
}

// each runs query and calls fn with every row, stopping at fn's first
// error.
func each(ctx context.Context, q querier, query string, args []any, fn func(interface{ Scan(...any) error }) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// exportEntryColumns is entryColumns with each partner's uid.
const exportEntryColumns = `e.id, e.uid, e.version, e.date, e.kind, e.title, e.summary, e.author,
	coalesce(e.opened, ''), coalesce(e.first_response, ''), coalesce(e.closed, ''), e.came_first,
	e.created_at, e.updated_at, coalesce(e.deleted_at, ''),
	coalesce((SELECT group_concat(p.id || char(31) || p.uid || char(31) || coalesce(nullif(p.short_name, ''), p.name), char(30))
		FROM entry_partners ep JOIN partners p ON p.id = ep.partner_id WHERE ep.entry_id = e.id), ''),
	coalesce((SELECT group_concat(goal_id) FROM (SELECT goal_id FROM entry_goals WHERE entry_id = e.id ORDER BY goal_id)), '')`

func scanExportEntry(sc interface{ Scan(...any) error }) (ExportEntry, error) {
	var x ExportEntry
	e := &x.Entry
	var kind, partners, goals string
	err := sc.Scan(&e.ID, &e.UID, &e.Version, &e.Date, &kind, &e.Title, &e.Summary, &e.Author,
		&e.Opened, &e.FirstResponse, &e.Closed, &e.CameFirst, &e.CreatedAt, &e.UpdatedAt, &e.DeletedAt, &partners, &goals)
	if err != nil {
		return x, err
	}
	e.Kind = EntryKind(kind)
	if partners != "" {
		for _, p := range strings.Split(partners, "\x1e") {
			parts := strings.SplitN(p, "\x1f", 3)
			if len(parts) != 3 {
				continue
			}
			id, _ := strconv.ParseInt(parts[0], 10, 64)
			x.Links = append(x.Links, ExportPartnerRef{ID: id, UID: parts[1], Label: parts[2]})
		}
	}
	if goals != "" {
		for _, g := range strings.Split(goals, ",") {
			n, _ := strconv.Atoi(g)
			e.Goals = append(e.Goals, n)
		}
	}
	return x, nil
}
