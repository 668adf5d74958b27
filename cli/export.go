package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
	"vision2030/transfer"
)

// The formats of export, and what it may export.
var (
	exportFormats = []string{transfer.FormatCSV, transfer.FormatJSON, transfer.FormatXLSX}
	exportWhats   = append(slices.Clone(transfer.Tables), transfer.WhatAll)
)

// exportCommand is `export`: every field of the entries, partners, actions
// and assessments, as CSV, JSON or a workbook.
func exportCommand(a *app) *cobra.Command {
	var format, what, filter, out string
	var deleted, overwrite bool
	cmd := a.command("export", a.noArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		if !cmd.Flags().Changed("format") {
			format = formatOfName(out)
		}
		if !slices.Contains(exportFormats, format) {
			if !cmd.Flags().Changed("format") && out != "" {
				return usagef(t.ErrBadOutFormat, out, strings.Join(exportFormats, ", "))
			}
			return usagef(t.ErrBadFormat, format, strings.Join(exportFormats, ", "))
		}
		if !cmd.Flags().Changed("what") {
			what = transfer.WhatAll
			if format == transfer.FormatCSV {
				what = store.TableEntries
			}
		}
		if !slices.Contains(exportWhats, what) {
			return usagef(t.ErrBadWhat, "--what", what, strings.Join(exportWhats, ", "))
		}
		if format == transfer.FormatCSV && what == transfer.WhatAll {
			return usagef(t.ErrCSVOneTable, what)
		}
		if filter != "" && what != store.TableEntries && what != transfer.WhatAll {
			return usagef(t.ErrFilterNotEntries, what)
		}
		f, err := store.ParseFilter(filter)
		if err != nil {
			return err
		}
		if out == "" && format == transfer.FormatXLSX && render.IsTerminal(a.Stdout) {
			return usagef(t.ErrBinaryToTerminal, format)
		}
		tables := []string{what}
		if what == transfer.WhatAll {
			tables = transfer.Tables
		}
		return a.runExisting(cmd, func(env *Env) error {
			bar := NewProgress(t, env.Stderr, t.ProgressExport)
			defer bar.Done()
			opt := transfer.ExportOptions{Format: format, Tables: tables, T: t, Progress: bar.Update,
				Document: transfer.Document{Schema: store.SchemaVersion(), ExportedAt: env.Now().UTC().Format("2006-01-02T15:04:05Z"),
					Filter: filter, Deleted: deleted}}
			var counts store.ImportCounts
			var cut, controls int
			err := writeOut(env, out, overwrite, format != transfer.FormatXLSX, func(w io.Writer) error {
				x, err := transfer.NewExporter(w, opt)
				if err != nil {
					return err
				}
				sink := x.Sink()
				total := sink.Counts
				sink.Counts = func(c store.ImportCounts) { counts = c; total(c) }
				if err := env.Store.Export(env.Ctx, store.ExportQuery{Filter: f, Deleted: deleted}, sink); err != nil {
					return err
				}
				if err := x.Close(); err != nil {
					return err
				}
				cut, controls = x.Cut(), x.Controls()
				return nil
			})
			bar.Done()
			if err != nil {
				return err
			}
			if cut > 0 {
				fmt.Fprintln(env.Stderr, t.NoteCut.N(cut))
			}
			if controls > 0 {
				fmt.Fprintln(env.Stderr, t.NoteControls.N(controls))
			}
			if out != "" {
				_, err = fmt.Fprintf(env.Stdout, t.OutExported+"\n", rowCounts(t, counts, tables), cleanLine(out))
			}
			return err
		})
	})
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "", "")
	fl.StringVar(&what, "what", "", "")
	fl.StringVar(&filter, "filter", "", "")
	fl.StringVar(&out, "out", "", "")
	fl.BoolVar(&overwrite, "overwrite", false, "")
	fl.BoolVar(&deleted, "include-deleted", false, "")
	a.completeFlag(cmd, "format", a.fixed(exportFormats))
	a.completeFlag(cmd, "what", a.fixed(exportWhats))
	cmd.MarkFlagFilename("out", "csv", "json", "xlsx")
	return cmd
}

// formatOfName is the format a file's name says (data.xlsx: xlsx), else
// CSV for standard output.
func formatOfName(name string) string {
	if name == "" {
		return transfer.FormatCSV
	}
	return strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
}

// rowCounts says how many rows of each of tables there are, in words.
func rowCounts(t *i18n.Catalogue, c store.ImportCounts, tables []string) string {
	var parts []string
	for _, table := range tables {
		parts = append(parts, rowsOf(t, table).N(c[table]))
	}
	return strings.Join(parts, t.ListSep)
}

// rowsOf is how rows of table are counted in words.
func rowsOf(t *i18n.Catalogue, table string) i18n.Plural {
	switch table {
	case store.TablePartners:
		return t.RowsPartners
	case store.TableActions:
		return t.RowsActions
	case store.TableAssessments:
		return t.RowsAssessments
	}
	return t.RowsEntries
}

// writeOut runs write on path, or on standard output if path is "". path
// must pass store's CheckOutput: never the database or one of its own files,
// and an existing file only if overwrite is set. It is written beside path
// and given its name once complete (store.Place), so path is never left half
// written. Text (CSV, JSON) written to a terminal shows
// control characters as placeholders.
func writeOut(env *Env, path string, overwrite, text bool, write func(io.Writer) error) error {
	if path == "" {
		if text && render.IsTerminal(env.Stdout) {
			tw := render.TerminalSafe(env.Stdout)
			if err := write(tw); err != nil {
				return err
			}
			return tw.Flush()
		}
		return write(env.Stdout)
	}
	if err := env.Store.CheckOutput(path, overwrite); err != nil {
		return err
	}
	fail := func(err error) error {
		var oe *store.OutputError
		if errors.As(err, &oe) {
			return err
		}
		return failure(fmt.Sprintf(env.T.ErrWriteOut, path, sysWords(env.T, err)), env.T.HintNothingWritten)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fail(err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	// CreateTemp makes the file its owner's only; what it holds is the
	// database's, so it gets the database's permissions.
	if info, err := os.Stat(env.Store.Path()); err == nil {
		os.Chmod(tmp, info.Mode().Perm())
	}
	if err := store.Place(tmp, path, overwrite); err != nil {
		return fail(err)
	}
	return nil
}
