package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"vision2030/i18n"
	"vision2030/store"
	"vision2030/transfer"
)

// What import may read.
var importWhats = []string{store.TableEntries, store.TablePartners, transfer.WhatAll}

// importCommand is `import FILE` and `import --undo BATCH`.
func importCommand(a *app) *cobra.Command {
	var what, create, undo string
	var maps []string
	var dryRun bool
	cmd := a.command("import", cobra.ArbitraryArgs, func(cmd *cobra.Command, args []string) error {
		t := a.t
		if cmd.Flags().Changed("undo") {
			for _, name := range []string{"what", "map", "dry-run", "create-partners"} {
				if cmd.Flags().Changed(name) {
					return usage(t.ErrUndoArgs)
				}
			}
			if len(args) > 0 {
				return usage(t.ErrUndoArgs)
			}
			batch, err := a.parseID(undo, t.ArgBatch)
			if err != nil {
				return err
			}
			return a.runExisting(cmd, func(env *Env) error { return undoImport(env, batch) })
		}
		switch {
		case len(args) == 0:
			return usage(t.ErrImportArgs)
		case len(args) > 1:
			return usagef(t.ErrExtraArg, "import", t.ArgFile, args[1])
		}
		if what != "" && !slices.Contains(importWhats, what) {
			return usagef(t.ErrBadWhat, "--what", what, strings.Join(importWhats, ", "))
		}
		fields := map[string]string{}
		for _, m := range maps {
			heading, word, ok := strings.Cut(m, "=")
			if !ok || strings.TrimSpace(heading) == "" {
				return usagef(t.ErrMapSyntax, m)
			}
			field := ""
			if strings.TrimSpace(word) != "" {
				if field, ok = transfer.Field(word); !ok {
					var all []string
					for _, table := range transfer.Tables {
						for _, f := range transfer.Fields(table) {
							if w := mapWord(t, f); !slices.Contains(all, w) {
								all = append(all, w)
							}
						}
					}
					return usagef(t.ErrMapField, word, strings.Join(all, t.ListSep))
				}
			}
			fields[heading] = field
		}
		path := args[0]
		return a.run(cmd, func(env *Env) error {
			data, err := readInput(env, path)
			if err != nil {
				return err
			}
			opt := store.ImportOptions{DryRun: dryRun}
			if create != "" {
				c, err := env.Store.ResolveCountry(env.Ctx, create)
				if err != nil {
					return err
				}
				opt.CreatePartners = c.Code
			}
			countries, err := env.Store.Countries(env.Ctx)
			if err != nil {
				return err
			}
			goals, err := env.Store.Goals(env.Ctx)
			if err != nil {
				return err
			}
			name := path
			if path == "-" {
				name = t.ArgStdin
			}
			r := transfer.Read(name, data, transfer.ReadOptions{What: what, Map: fields, Countries: countries, Goals: goals})
			if r.Total > 0 && !r.RowsOnly() {
				return importProblems(t, name, r, r.Problems, r.Total)
			}
			if r.Data.Author, err = env.writer(); err != nil {
				return err
			}
			if r.Total > 0 {
				// Some rows are wrong: the others are checked against the
				// database too, for one list of every problem.
				opt.DryRun = true
				_, err := env.Store.Import(env.Ctx, r.Data, opt)
				ps, total := r.Problems, r.Total
				var ie *store.ImportError
				if errors.As(err, &ie) {
					for _, p := range ie.Problems {
						ps = append(ps, r.Locate(p))
					}
					total += ie.Total
				} else if err != nil {
					return err
				}
				r.Sort(ps)
				return importProblems(t, name, r, ps[:min(len(ps), transfer.MaxProblems)], total)
			}
			fmt.Fprintf(env.Stdout, t.OutImportRead+"\n", cleanLine(name), formatWords(t, r), rowCounts(t, read(r), nonzero(read(r))))
			if len(r.Ignored) > 0 {
				fmt.Fprintf(env.Stdout, t.OutImportIgnored+"\n", cleanLine(strings.Join(r.Ignored, t.ListSep)))
			}
			bar := NewProgress(t, env.Stderr, t.ProgressImport)
			opt.Progress = bar.Update
			res, err := env.Store.Import(env.Ctx, r.Data, opt)
			bar.Done()
			var ie *store.ImportError
			if errors.As(err, &ie) {
				var ps []transfer.Problem
				for _, p := range ie.Problems {
					ps = append(ps, r.Locate(p))
				}
				return importProblems(t, name, r, ps, ie.Total)
			}
			if err != nil {
				return err
			}
			return printImport(env, r, res, dryRun, opt.CreatePartners)
		})
	})
	fl := cmd.Flags()
	fl.StringVar(&what, "what", "", "")
	fl.StringArrayVar(&maps, "map", nil, "")
	fl.BoolVar(&dryRun, "dry-run", false, "")
	fl.StringVar(&create, "create-partners", "", "")
	fl.StringVar(&undo, "undo", "", "")
	a.completeFlag(cmd, "what", a.fixed(importWhats))
	cmd.ValidArgsFunction = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return []cobra.Completion{"csv", "xlsx", "json"}, cobra.ShellCompDirectiveFilterFileExt
	}
	return cmd
}

// mapWord is how --map names field in t's language: the field's name
// there, or the field itself where that name means another field.
func mapWord(t *i18n.Catalogue, field string) string {
	if name := t.FieldName(field); name != field {
		if f, ok := transfer.Field(name); ok && f == field && !strings.ContainsAny(name, " =") {
			return name
		}
	}
	return field
}

// readInput reads the file at path, or standard input for "-".
func readInput(env *Env, path string) ([]byte, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(env.Stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, failure(fmt.Sprintf(env.T.ErrReadFile, cleanLine(path), sysWords(env.T, err)), env.T.HintNothingWritten)
	}
	return data, nil
}

// read counts the rows read of each table.
func read(r *transfer.Result) store.ImportCounts {
	return store.ImportCounts{store.TablePartners: len(r.Data.Partners), store.TableEntries: len(r.Data.Entries),
		store.TableActions: len(r.Data.Actions), store.TableAssessments: len(r.Data.Assessments)}
}

// formatWords says what kind of file r was.
func formatWords(t *i18n.Catalogue, r *transfer.Result) string {
	switch r.Format {
	case transfer.FormatCSV:
		return fmt.Sprintf(t.FormatCSVEncoding, r.Encoding)
	case transfer.FormatXLSX:
		return t.FormatWorkbook
	}
	return t.FormatJSONDocument
}

// nonzero is the tables of c with rows, in the order of an import.
func nonzero(c store.ImportCounts) []string {
	var out []string
	for _, t := range store.ImportTables {
		if c[t] > 0 {
			out = append(out, t)
		}
	}
	return out
}

func printImport(env *Env, r *transfer.Result, res store.ImportResult, dryRun bool, country string) error {
	t := env.T
	var b strings.Builder
	added := nonzero(res.Added)
	switch {
	case dryRun && len(added) == 0:
		b.WriteString(t.OutImportDryNothing + "\n")
	case dryRun:
		fmt.Fprintf(&b, t.OutImportDry+"\n", rowCounts(t, res.Added, added))
	case len(added) == 0:
		b.WriteString(t.OutImportNothing + "\n")
	default:
		fmt.Fprintf(&b, t.OutImported+"\n", res.Batch, rowCounts(t, res.Added, added))
	}
	if dups := nonzero(res.Duplicates); len(dups) > 0 {
		fmt.Fprintf(&b, t.OutImportDuplicates+"\n", rowCounts(t, res.Duplicates, dups))
	}
	if len(res.Created) > 0 {
		var names []string
		for _, n := range res.Created {
			names = append(names, cleanLine(n))
		}
		fmt.Fprintf(&b, t.OutImportCreated+"\n", country, strings.Join(names, t.ListSep))
	}
	if !dryRun && len(added) > 0 {
		fmt.Fprintf(&b, t.OutImportUndoHint+"\n", res.Batch)
	}
	_, err := io.WriteString(env.Stdout, b.String())
	return err
}

// importProblems is the failure of an import that found problems: one
// line each, the first MaxProblems of total.
func importProblems(t *i18n.Catalogue, file string, r *transfer.Result, ps []transfer.Problem, total int) error {
	p := &problem{code: exitFailure, msg: t.ErrImportRefused.N(total, cleanLine(file)), hint: t.HintImport}
	if total == 1 && len(ps) == 1 && ps[0].Where.Row == 0 && ps[0].Err == nil {
		// A problem of the whole file is the message itself.
		p.msg = problemLine(t, file, r.Format, ps[0])
		p.hint = t.HintNothingWritten
		return p
	}
	for _, x := range ps {
		p.detail = append(p.detail, "  "+problemLine(t, file, r.Format, x))
		if len(x.Candidates) > 0 {
			var names []string
			for i, c := range x.Candidates {
				if i == maxCandidates {
					break
				}
				names = append(names, partnerWords(c))
			}
			near := t.ImportNear
			if x.Err != nil && x.Err.Problem == store.ProblemAmbiguous {
				near = t.ImportAmbiguous
			}
			p.detail = append(p.detail, "    "+fmt.Sprintf(near, strings.Join(names, t.ListSep)))
		}
	}
	if more := total - len(ps); more > 0 {
		p.detail = append(p.detail, "  "+t.ErrImportMore.N(more))
	}
	return p
}

// partnerWords names a candidate partner: its id, short name, name and
// country.
func partnerWords(p store.Partner) string {
	s := "#" + strconv.FormatInt(p.ID, 10) + " "
	if p.ShortName != "" {
		s += p.ShortName + " (" + p.Name + ", " + p.CountryCode + ")"
	} else {
		s += p.Name + " (" + p.CountryCode + ")"
	}
	if p.ID < 0 {
		s = strings.TrimPrefix(s, "#"+strconv.FormatInt(p.ID, 10)+" ")
	}
	return s
}

// where says where in a file of format w is.
func where(t *i18n.Catalogue, format string, w transfer.Where) string {
	switch {
	case format == transfer.FormatJSON && w.Column != "":
		return fmt.Sprintf(t.ImportAtItemField, w.Sheet, w.Row, w.Column)
	case format == transfer.FormatJSON:
		return fmt.Sprintf(t.ImportAtItem, w.Sheet, w.Row)
	case w.Sheet != "" && w.Row == 1 && w.Column == "":
		return fmt.Sprintf(t.ImportAtSheetHeader, w.Sheet)
	case w.Sheet != "" && w.Column != "":
		return fmt.Sprintf(t.ImportAtSheetCell, w.Sheet, w.Row, w.Column)
	case w.Sheet != "":
		return fmt.Sprintf(t.ImportAtSheetRow, w.Sheet, w.Row)
	case w.Row == 1 && w.Column == "":
		return t.ImportAtHeader
	case w.Column != "":
		return fmt.Sprintf(t.ImportAtCell, w.Row, w.Column)
	}
	return fmt.Sprintf(t.ImportAtRow, w.Row)
}

// problemLine says one problem of file in words.
func problemLine(t *i18n.Catalogue, file, format string, p transfer.Problem) string {
	at := where(t, format, p.Where)
	if p.Where.Row == 0 && p.Where.Sheet == "" {
		at = file
	}
	if p.Err != nil {
		fe := *p.Err
		fe.Field = at
		return t.FieldError(&fe)
	}
	switch p.Issue {
	case transfer.IssueNotTable:
		switch p.Value {
		case "xls":
			return fmt.Sprintf(t.IssueXLS, file)
		case "ods":
			return fmt.Sprintf(t.IssueODS, file)
		case "pdf":
			return fmt.Sprintf(t.IssuePDF, file)
		}
		return fmt.Sprintf(t.IssueNotTable, file)
	case transfer.IssueEmpty:
		return fmt.Sprintf(t.IssueEmpty, file)
	case transfer.IssueNoRows:
		return fmt.Sprintf(t.IssueNoRows, file)
	case transfer.IssueNoColumns:
		return fmt.Sprintf(t.IssueNoColumns, at, p.Value)
	case transfer.IssueMissingColumn:
		return fmt.Sprintf(t.IssueMissingColumn, at, t.FieldName(p.Value), mapWord(t, p.Value))
	case transfer.IssueColumnTwice:
		return fmt.Sprintf(t.IssueColumnTwice, at, p.Value, p.Other, t.FieldName(p.Field))
	case transfer.IssueCells:
		return fmt.Sprintf(t.IssueCells, at, i18n.Count(p.N), i18n.Count(p.M))
	case transfer.IssueNoHeading:
		return fmt.Sprintf(t.IssueNoHeading, at, p.Value)
	case transfer.IssueCSV:
		return fmt.Sprintf(t.IssueCSV, p.N)
	case transfer.IssueBadXLSX:
		return fmt.Sprintf(t.IssueBadXLSX, file, p.Value)
	case transfer.IssueBadJSON:
		what := p.Value
		switch p.Other {
		case transfer.JSONSyntax:
			what = t.JSONSyntax
		case transfer.JSONType:
			what = t.JSONType
		}
		return fmt.Sprintf(t.IssueBadJSON, at, max(p.N, 1), what)
	case transfer.IssueBadBool:
		return fmt.Sprintf(t.IssueBadBool, at, p.Value)
	case transfer.IssueNoTable:
		return fmt.Sprintf(t.IssueNoTable, file, p.Value)
	case transfer.IssueMapColumn:
		return fmt.Sprintf(t.IssueMapColumn, file, p.Value)
	case transfer.IssueEraDate:
		if p.Last == "" {
			return fmt.Sprintf(t.IssueEraSince, at, p.Value, p.Field, p.Other)
		}
		return fmt.Sprintf(t.IssueEraDate, at, p.Value, p.Field, p.Other, p.Last)
	}
	return fmt.Sprintf("%s: %s", at, p.Issue)
}

// undoImport is `import --undo BATCH`.
func undoImport(env *Env, batch int64) error {
	t := env.T
	b, err := env.Store.UndoImport(env.Ctx, batch)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return failure(fmt.Sprintf(t.ErrBatchNotFound, batch), t.HintBatches)
	case errors.Is(err, store.ErrBatchUndone):
		when := b.UndoneAt
		if at, err := time.Parse(time.RFC3339, when); err == nil {
			when = at.In(env.Now().Location()).Format("2006-01-02 15:04")
		}
		return failure(fmt.Sprintf(t.ErrBatchUndone, batch, when), t.HintNothingChanged)
	case err != nil:
		return err
	}
	if tables := nonzero(b.Added); len(tables) > 0 {
		_, err = fmt.Fprintf(env.Stdout, t.OutImportUndone+"\n", batch, cleanLine(b.File), rowCounts(t, b.Added, tables))
	} else {
		_, err = fmt.Fprintf(env.Stdout, t.OutImportUndoneNone+"\n", batch, cleanLine(b.File))
	}
	return err
}
