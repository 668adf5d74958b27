package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Every connection of a Store goes through the driver wrapper below, so that
// an error meaning "this file is damaged" or "this file cannot be written" is
// seen wherever it happens — in any query of any file of this package, in a
// row of a result or at a commit — without each caller checking for it.

// sqlDB opens a pool on dsn whose connections report to s.
func (s *Store) sqlDB(dsn string) (*sql.DB, error) {
	base, err := sqlite.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(&connector{base: base, s: s}), nil
}

// quietKey marks a context whose queries expect a damaged file (Open's first
// read, Check): their corruption errors are returned as they are, and the
// caller decides what they mean.
type quietKey struct{}

func quiet(ctx context.Context) context.Context { return context.WithValue(ctx, quietKey{}, true) }

// sqliteCode returns SQLite's primary result code of err, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// isCorrupt reports whether err is SQLite's "malformed" or "not a database".
func isCorrupt(err error) bool {
	c := sqliteCode(err)
	return c == sqlite3.SQLITE_CORRUPT || c == sqlite3.SQLITE_NOTADB
}

// observe is called with every error a connection returns. A damaged file
// marks the store damaged and becomes an ErrDamaged *FileError; a refused
// write to a read-only file becomes an ErrReadOnly *FileError. Both keep the
// SQLite error as their cause.
func (s *Store) observe(ctx context.Context, err error) error {
	if err == nil || ctx.Value(quietKey{}) != nil {
		return err
	}
	var fe *FileError
	if errors.As(err, &fe) {
		return err
	}
	switch sqliteCode(err) {
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		s.markDamaged(err)
		return &FileError{Path: s.path, Err: ErrDamaged, Cause: err}
	case sqlite3.SQLITE_READONLY:
		return &FileError{Path: s.path, Err: ErrReadOnly, Cause: err}
	}
	return err
}

// damageMark is the file beside the database that tells later processes it
// was found damaged, so that they refuse writes before they meet the damage
// themselves. Check removes it when it finds no damage.
func damageMark(path string) string { return path + ".damaged" }

// markDamaged records that the file is damaged, in this store and (if the
// directory can be written) in the damage mark beside it.
func (s *Store) markDamaged(cause error) {
	if !s.damaged.CompareAndSwap(false, true) || s.readOnly {
		return
	}
	note := fmt.Sprintf("vision2030 found %s damaged at %s: %v\n"+
		"Run `vision2030 check`: it removes this file when it finds no damage.\n",
		s.path, time.Now().UTC().Format(time.RFC3339), cause)
	// Best effort: the mark only spares other processes from meeting the
	// damage first; this store refuses writes either way.
	_ = os.WriteFile(damageMark(s.path), []byte(note), 0o644)
}

// clearDamaged forgets the damage, after a check found none.
func (s *Store) clearDamaged() {
	s.damaged.Store(false)
	if !s.readOnly {
		// A mark that cannot be removed keeps other processes refusing
		// writes; this one at least may write again.
		_ = os.Remove(damageMark(s.path))
	}
}

type connector struct {
	base driver.Connector
	s    *Store
}

func (c *connector) Connect(ctx context.Context) (driver.Conn, error) {
	dc, err := c.base.Connect(ctx)
	if err != nil {
		return nil, c.s.observe(ctx, err)
	}
	in, ok := dc.(innerConn)
	if !ok {
		dc.Close()
		return nil, fmt.Errorf("store: the SQLite driver's connection %T lacks a method the store needs", dc)
	}
	return &conn{inner: in, s: c.s}, nil
}

func (c *connector) Driver() driver.Driver { return c.base.Driver() }

// innerConn is what modernc's connection implements and the wrapper passes on.
type innerConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

type conn struct {
	inner innerConn
	s     *Store
}

func (c *conn) in() innerConn { return c.inner }

func (c *conn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

func (c *conn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	st, err := c.in().PrepareContext(ctx, query)
	if err != nil {
		return nil, c.s.observe(ctx, err)
	}
	in, ok := st.(innerStmt)
	if !ok {
		st.Close()
		return nil, fmt.Errorf("store: the SQLite driver's statement %T lacks a method the store needs", st)
	}
	return &stmt{inner: in, s: c.s}, nil
}

func (c *conn) Close() error { return c.inner.Close() }

func (c *conn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	t, err := c.in().BeginTx(ctx, opts)
	if err != nil {
		return nil, c.s.observe(ctx, err)
	}
	return &tx{inner: t, s: c.s, ctx: ctx}, nil
}

func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	r, err := c.in().ExecContext(ctx, query, args)
	return r, c.s.observe(ctx, err)
}

func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	r, err := c.in().QueryContext(ctx, query, args)
	if err != nil {
		return nil, c.s.observe(ctx, err)
	}
	return &rows{inner: r, s: c.s, ctx: ctx}, nil
}

func (c *conn) Ping(ctx context.Context) error         { return c.s.observe(ctx, c.in().Ping(ctx)) }
func (c *conn) ResetSession(ctx context.Context) error { return c.in().ResetSession(ctx) }
func (c *conn) IsValid() bool                          { return c.in().IsValid() }
func (c *conn) backuper() (backuper, bool)             { b, ok := c.inner.(backuper); return b, ok }

// backuper is modernc's connection's online-backup entry point.
type backuper interface {
	NewBackup(dstURI string) (*sqlite.Backup, error)
}

type tx struct {
	inner driver.Tx
	s     *Store
	ctx   context.Context
}

func (t *tx) Commit() error   { return t.s.observe(t.ctx, t.inner.Commit()) }
func (t *tx) Rollback() error { return t.s.observe(t.ctx, t.inner.Rollback()) }

type innerStmt interface {
	driver.Stmt
	driver.StmtExecContext
	driver.StmtQueryContext
}

type stmt struct {
	inner innerStmt
	s     *Store
}

func (st *stmt) in() innerStmt { return st.inner }
func (st *stmt) Close() error  { return st.inner.Close() }
func (st *stmt) NumInput() int { return st.inner.NumInput() }

func (st *stmt) Exec(args []driver.Value) (driver.Result, error) {
	return nil, errors.New("store: Stmt.Exec without a context is not used")
}

func (st *stmt) Query(args []driver.Value) (driver.Rows, error) {
	return nil, errors.New("store: Stmt.Query without a context is not used")
}

func (st *stmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	r, err := st.in().ExecContext(ctx, args)
	return r, st.s.observe(ctx, err)
}

func (st *stmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	r, err := st.in().QueryContext(ctx, args)
	if err != nil {
		return nil, st.s.observe(ctx, err)
	}
	return &rows{inner: r, s: st.s, ctx: ctx}, nil
}

type innerRows interface {
	driver.Rows
	driver.RowsColumnTypeDatabaseTypeName
	driver.RowsColumnTypeLength
	driver.RowsColumnTypeNullable
	driver.RowsColumnTypePrecisionScale
	driver.RowsColumnTypeScanType
}

type rows struct {
	inner driver.Rows
	s     *Store
	ctx   context.Context
}

func (r *rows) in() innerRows     { return r.inner.(innerRows) }
func (r *rows) Columns() []string { return r.inner.Columns() }
func (r *rows) Close() error      { return r.s.observe(r.ctx, r.inner.Close()) }

func (r *rows) Next(dest []driver.Value) error {
	err := r.inner.Next(dest)
	if err == nil || err == io.EOF {
		return err
	}
	return r.s.observe(r.ctx, err)
}

func (r *rows) ColumnTypeDatabaseTypeName(i int) string { return r.in().ColumnTypeDatabaseTypeName(i) }
func (r *rows) ColumnTypeLength(i int) (int64, bool)    { return r.in().ColumnTypeLength(i) }
func (r *rows) ColumnTypeNullable(i int) (bool, bool)   { return r.in().ColumnTypeNullable(i) }
func (r *rows) ColumnTypePrecisionScale(i int) (int64, int64, bool) {
	return r.in().ColumnTypePrecisionScale(i)
}
func (r *rows) ColumnTypeScanType(i int) reflect.Type { return r.in().ColumnTypeScanType(i) }
