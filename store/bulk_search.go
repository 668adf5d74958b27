package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"net/url"
	"os"
)

// searchBuilder builds the search index of a bulk load in a database file
// of its own, on its own goroutine, while the loader writes the records:
// tokenising the text is a third of a load's work, and a second core does
// it at the same time. install then copies the finished index's tables
// into the database: the same rows an index built in place would hold,
// as FTS5's integrity check confirms.
type searchBuilder struct {
	path string
	db   *sql.DB
	rows chan []searchRow
	done chan error
	// started and ended say whether run was started and its input closed;
	// err is its result, once received.
	started, ended, received bool
	err                      error
}

type searchRow struct {
	id   int64
	body string
}

func newSearchBuilder(ctx context.Context, path string) (*searchBuilder, error) {
	removeFiles(path)
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)&_pragma=cache_size(-131072)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return &searchBuilder{path: path, db: db, rows: make(chan []searchRow, 64), done: make(chan error, 1)}, nil
}

// start creates the index with the statement that created the database's
// and starts indexing what is sent.
func (b *searchBuilder) start(create string) error {
	ctx := context.Background()
	for _, q := range []string{
		create,
		// Merged once at the end rather than as it grows.
		"INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0)",
		"INSERT INTO entries_fts (entries_fts, rank) VALUES ('crisismerge', 1000)",
	} {
		if _, err := b.db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	b.started = true
	go func() { b.done <- b.run(ctx) }()
	return nil
}

func (b *searchBuilder) run(ctx context.Context) error {
	var err error
	n := 0
	var tx *sql.Tx
	var ins *sql.Stmt
	for batch := range b.rows {
		if err != nil {
			continue // drain, so that the loader never blocks
		}
		if tx == nil {
			if tx, err = b.db.BeginTx(ctx, nil); err != nil {
				continue
			}
			if ins, err = tx.PrepareContext(ctx, "INSERT INTO entries_fts (rowid, body) VALUES (?, ?)"); err != nil {
				continue
			}
		}
		for _, r := range batch {
			if _, err = ins.ExecContext(ctx, r.id, r.body); err != nil {
				break
			}
		}
		if n += len(batch); n >= 50000 && err == nil {
			ins.Close()
			err, tx, n = tx.Commit(), nil, 0
		}
	}
	if tx != nil {
		ins.Close()
		if err != nil {
			tx.Rollback()
			return err
		}
		if err = tx.Commit(); err != nil {
			return err
		}
	}
	if err != nil {
		return err
	}
	for _, q := range []string{
		"INSERT INTO entries_fts (entries_fts) VALUES ('optimize')",
		// As an index made by CREATE VIRTUAL TABLE: default merging.
		"DELETE FROM entries_fts_config WHERE k IN ('automerge', 'crisismerge')",
	} {
		if _, err := b.db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return b.db.Close()
}

// send queues rows for indexing.
func (b *searchBuilder) send(rows []searchRow) {
	if len(rows) > 0 {
		b.rows <- rows
	}
}

// finish ends the input and waits until the index is built.
func (b *searchBuilder) finish() error {
	if !b.ended {
		b.ended = true
		close(b.rows)
	}
	if b.started && !b.received {
		b.err, b.received = <-b.done, true
	}
	return b.err
}

// install replaces the database's index with the one built, on conn,
// which is closed after: FTS5 keeps what it read of an index in the
// connection that read it.
func (b *searchBuilder) install(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, "ATTACH ? AS search_build", b.path); err != nil {
		return err
	}
	err := func() error {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		rows, err := tx.QueryContext(ctx, `SELECT name FROM search_build.sqlite_schema
			WHERE type = 'table' AND name GLOB 'entries_fts_*' ORDER BY name`)
		if err != nil {
			return err
		}
		var tables []string
		for rows.Next() {
			var t string
			if err := rows.Scan(&t); err != nil {
				rows.Close()
				return err
			}
			tables = append(tables, t)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, t := range tables {
			q := quoteIdent(t)
			if _, err := tx.ExecContext(ctx, "DELETE FROM main."+q); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO main."+q+" SELECT * FROM search_build."+q); err != nil {
				return err
			}
		}
		return tx.Commit()
	}()
	if _, derr := conn.ExecContext(ctx, "DETACH search_build"); err == nil {
		err = derr
	}
	conn.Raw(func(any) error { return driver.ErrBadConn })
	return err
}

// discard stops the builder if it still runs and removes its file.
func (b *searchBuilder) discard() {
	b.finish()
	b.db.Close()
	removeFiles(b.path)
}

// removeFiles removes a database file and the files SQLite keeps beside it.
func removeFiles(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
}
