package transfer

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"vision2030/dates"
	"vision2030/i18n"
	"vision2030/store"
)

// What an import reads: one table, or every table the file holds.
const (
	WhatAll = "all"
)

// ReadOptions say how Read reads a file.
type ReadOptions struct {
	// What is the table to read (store.TableEntries, store.TablePartners),
	// WhatAll, or "" to read what the file holds: every table of an
	// export's JSON or workbook, the table a CSV's header names.
	What string
	// Map gives the field of a column by its heading, for headings the
	// vocabulary does not know ("実施日" → "date").
	Map map[string]string
	// Countries and Goals are what country and goal cells may name.
	Countries []store.Country
	Goals     []store.Goal
}

// Result is a file read for import: its rows as the store's ImportData,
// and the problems found, if any.
type Result struct {
	Data     store.ImportData
	Format   string // FormatCSV, FormatXLSX, FormatJSON
	Encoding string // of a CSV file
	// Tables lists the tables read, in Tables order.
	Tables []string
	// Problems are the first MaxProblems problems, in file order; Total
	// counts them all.
	Problems []Problem
	Total    int
	// Ignored lists the headings of columns no field was read from, as
	// "Sheet: heading" for a workbook.
	Ignored []string

	sheets   []string                     // in the order they were read
	origins  map[string][]Where           // table → row → where it is
	headings map[string]map[string]string // table → field → heading
}

// MaxProblems is how many problems Result lists.
const MaxProblems = store.MaxImportProblems

func (r *Result) add(p Problem) {
	r.Total++
	if len(r.Problems) < MaxProblems {
		r.Problems = append(r.Problems, p)
	}
}

// RowsOnly reports whether every problem found is one of a row, so that
// the other rows can still be checked against the database.
func (r *Result) RowsOnly() bool {
	if len(r.Problems) < r.Total {
		return false
	}
	for _, p := range r.Problems {
		if !p.RowLevel() {
			return false
		}
	}
	return true
}

// Sort puts problems in the order of the file: by sheet, then row.
func (r *Result) Sort(ps []Problem) {
	order := func(sheet string) int {
		for i, s := range r.sheets {
			if s == sheet {
				return i
			}
		}
		return -1
	}
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if d := order(a.Where.Sheet) - order(b.Where.Sheet); d != 0 {
			return d
		}
		return a.Where.Row - b.Where.Row
	})
}

// Locate turns a problem the store found in the rows into a Problem of
// the file: where the row is, and the column the field came from.
func (r *Result) Locate(p store.ImportProblem) Problem {
	var w Where
	if rows := r.origins[p.Table]; p.Index >= 0 && p.Index < len(rows) {
		w = rows[p.Index]
	}
	if p.Err != nil {
		field := p.Err.Field
		alternatives := map[string][]string{"partners": {"partner uids", "partner ids"}, "partner": {"partner uid"}}
		for _, f := range append([]string{field}, alternatives[field]...) {
			if h := r.headings[p.Table][f]; h != "" {
				w.Column = h
				break
			}
		}
		if w.Column == "" {
			w.Column = field
		}
	}
	return Problem{Where: w, Err: p.Err, Candidates: p.Candidates}
}

// Read reads the file called name, whose bytes are data, for import.
func Read(name string, data []byte, opt ReadOptions) *Result {
	r := &Result{origins: map[string][]Where{}, headings: map[string]map[string]string{}}
	r.Data.File = name
	format, p := kindOf(data)
	if p != nil {
		r.add(*p)
		return r
	}
	r.Format = format
	r.Data.Format = format
	rd := reader{r: r, opt: opt}
	for _, g := range opt.Goals {
		for _, t := range []string{g.Title, g.TitleJA, g.ShortTitle, g.ShortTitleJA} {
			if k := goalKey(t); k != "" {
				if rd.goals == nil {
					rd.goals = map[string]int{}
				}
				rd.goals[k] = g.ID
			}
		}
	}
	switch format {
	case FormatCSV:
		text, enc := decodeText(data)
		r.Encoding = enc
		sh, p := readCSV(text)
		if p != nil {
			for _, rw := range sh.rows {
				if rw.problem != nil {
					r.add(*rw.problem)
				}
			}
			r.add(*p)
			return r
		}
		table := opt.What
		if table == "" || table == WhatAll {
			table = rd.guess(sh.header)
		}
		rd.sheet(table, sh)
	case FormatXLSX:
		sheets, p := readXLSX(data)
		if p != nil {
			r.add(*p)
			return r
		}
		rd.workbook(sheets)
	case FormatJSON:
		rd.json(bytes.TrimPrefix(data, []byte("\uFEFF")))
	}
	if format != FormatJSON {
		for h := range opt.Map {
			if !rd.headers[key(h)] {
				r.add(Problem{Issue: IssueMapColumn, Value: h})
			}
		}
	}
	if r.Total == 0 && r.Data.Rows() == 0 {
		r.add(Problem{Issue: IssueNoRows})
	}
	return r
}

// goalKey is a goal's title as a cell is matched to it: width and case
// folded (store.NameKey), and any dash a hyphen ("labour-management").
func goalKey(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("‐‑‒–—―−－", r) {
			return '-'
		}
		return r
	}, store.NameKey(s))
}

// isGoal reports whether s is a goal's title or short title, in either
// language.
func (rd *reader) isGoal(s string) bool {
	_, ok := rd.goals[goalKey(s)]
	return ok
}

// reader reads the sheets of one file.
type reader struct {
	r       *Result
	opt     ReadOptions
	goals   map[string]int
	headers map[string]bool // every heading of every sheet read, as keys
}

// guess is the table a header is of: partners when it has the columns of
// partners and not those of entries, else entries.
func (rd *reader) guess(header []string) string {
	score := func(table string) int {
		v, n := vocabulary(table), 0
		for _, h := range header {
			if f := v.field(table, h); slices.Contains(required[table], f) {
				n++
			}
		}
		return n
	}
	if p := score(store.TablePartners); p == len(required[store.TablePartners]) && score(store.TableEntries) < 2 {
		return store.TablePartners
	}
	return store.TableEntries
}

// workbook reads the sheets of a workbook: each sheet whose name names a
// table (in any language), or, for a workbook of one sheet, that sheet as
// the table asked for (entries unless said otherwise).
func (rd *reader) workbook(sheets []sheet) {
	want := rd.opt.What
	byTable := map[string]sheet{}
	for _, sh := range sheets {
		if t := tableOfSheet(sh.name); t != "" {
			if _, dup := byTable[t]; !dup {
				byTable[t] = sh
			}
		}
	}
	switch {
	case want != "" && want != WhatAll:
		sh, ok := byTable[want]
		if !ok && len(sheets) == 1 {
			sh, ok = sheets[0], true
		}
		if !ok {
			rd.r.add(Problem{Issue: IssueNoTable, Value: want})
			return
		}
		rd.sheet(want, sh)
	case len(byTable) > 0:
		for _, t := range Tables {
			if sh, ok := byTable[t]; ok {
				rd.sheet(t, sh)
			}
		}
	case len(sheets) >= 1:
		rd.sheet(rd.guess(sheets[0].header), sheets[0])
	}
}

// sheet reads the rows of sh as rows of table.
func (rd *reader) sheet(table string, sh sheet) {
	r := rd.r
	if len(sh.header) == 0 && len(sh.rows) == 0 {
		return
	}
	r.sheets = append(r.sheets, sh.name)
	v := vocabulary(table)
	fields := make([]string, len(sh.header)) // by column
	r.headings[table] = map[string]string{}
	byField := map[string]int{}
	for _, h := range sh.header {
		if rd.headers == nil {
			rd.headers = map[string]bool{}
		}
		rd.headers[key(h)] = true
	}
	for j, h := range sh.header {
		f, ok := rd.mapped(h)
		if !ok {
			f = v.field(table, h)
		}
		if f == "" {
			if strings.TrimSpace(h) != "" || columnHasValues(sh, j) {
				r.Ignored = append(r.Ignored, ignoredName(sh.name, h, j))
			}
			continue
		}
		if i, dup := byField[f]; dup {
			r.add(Problem{Where: Where{Sheet: sh.name, Row: 1}, Issue: IssueColumnTwice, Value: sh.header[i], Other: h, Field: f})
			continue
		}
		byField[f] = j
		fields[j] = f
		r.headings[table][f] = h
	}
	if len(byField) == 0 {
		r.add(Problem{Where: Where{Sheet: sh.name, Row: 1}, Issue: IssueNoColumns, Value: strings.Join(sh.header, ", ")})
		return
	}
	for _, f := range required[table] {
		if _, ok := byField[f]; ok {
			continue
		}
		if table == store.TableEntries && f == "goals" {
			continue // news needs none; each row is checked
		}
		r.add(Problem{Where: Where{Sheet: sh.name, Row: 1}, Issue: IssueMissingColumn, Value: f})
	}
	if table == store.TableEntries && !hasAny(byField, "partners", "partner uids", "partner ids") {
		r.add(Problem{Where: Where{Sheet: sh.name, Row: 1}, Issue: IssueMissingColumn, Value: "partners"})
	}
	if table == store.TableAssessments && !hasAny(byField, "partner", "partner uid") {
		r.add(Problem{Where: Where{Sheet: sh.name, Row: 1}, Issue: IssueMissingColumn, Value: "partner"})
	}
	if r.Total > 0 {
		for _, rw := range sh.rows {
			if rw.problem != nil {
				r.add(*rw.problem)
			}
		}
		return
	}
	if !slices.Contains(r.Tables, table) {
		r.Tables = append(r.Tables, table)
	}
	for _, rw := range sh.rows {
		if rw.problem != nil {
			r.add(*rw.problem)
			continue
		}
		cells := map[string]string{}
		bad := false
		for j, c := range rw.cells {
			if j >= len(fields) {
				if strings.TrimSpace(c) != "" {
					r.add(Problem{Where: Where{Sheet: sh.name, Row: rw.n, Column: columnName(j)}, Issue: IssueNoHeading, Value: c})
					bad = true
				}
				continue
			}
			if fields[j] == "" {
				continue
			}
			if !utf8.ValidString(c) {
				r.add(Problem{Where: Where{Sheet: sh.name, Row: rw.n, Column: sh.header[j]},
					Err: &store.FieldError{Field: fields[j], Problem: store.ProblemBadUTF8}})
				bad = true
			}
			cells[fields[j]] = c
		}
		if bad {
			continue
		}
		at := Where{Sheet: sh.name, Row: rw.n}
		rd.record(table, at, func(field string) (string, bool) {
			c, ok := cells[field]
			return c, ok
		}, func(field string) string { return r.headings[table][field] })
	}
}

func hasAny(m map[string]int, keys ...string) bool {
	for _, k := range keys {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return false
}

// columnHasValues reports whether column j of sh holds any value.
func columnHasValues(sh sheet, j int) bool {
	for _, r := range sh.rows {
		if j < len(r.cells) && strings.TrimSpace(r.cells[j]) != "" {
			return true
		}
	}
	return false
}

func ignoredName(sheet, heading string, j int) string {
	if strings.TrimSpace(heading) == "" {
		heading = columnName(j)
	}
	if sheet != "" {
		return sheet + ": " + heading
	}
	return heading
}

// columnName is a spreadsheet's name for column j (from 0): A, B, … AA.
func columnName(j int) string {
	name := ""
	for j++; j > 0; j = (j - 1) / 26 {
		name = string(rune('A'+(j-1)%26)) + name
	}
	return name
}

// mapped is the field --map gives a heading, if it does.
func (rd *reader) mapped(heading string) (string, bool) {
	for h, f := range rd.opt.Map {
		if key(h) == key(heading) {
			return f, true
		}
	}
	return "", false
}

// record reads one row of table from get (a field's cell, and whether the
// file has that column); column names a field's column for problems.
func (rd *reader) record(table string, at Where, get func(string) (string, bool), column func(string) string) {
	r := rd.r
	bad := false
	fail := func(field string, fe *store.FieldError) {
		w := at
		w.Column = column(field)
		if w.Column == "" {
			w.Column = field
		}
		r.add(Problem{Where: w, Err: fe})
		bad = true
	}
	failIssue := func(field string, issue Issue, value string) {
		w := at
		w.Column = column(field)
		r.add(Problem{Where: w, Issue: issue, Value: value})
		bad = true
	}
	text := func(f string) string { c, _ := get(f); return c }
	date := func(f string) string {
		d, fe := parseDate(f, text(f))
		if fe == nil {
			return d
		}
		if era, first, last, ok := eraOf(text(f)); ok {
			w := at
			w.Column = column(f)
			r.add(Problem{Where: w, Issue: IssueEraDate, Value: text(f), Field: era, Other: first, Last: last})
			bad = true
			return ""
		}
		fail(f, fe)
		return d
	}
	stamp := func(f string) string {
		d, fe := parseTime(f, text(f))
		if fe != nil {
			fail(f, fe)
		}
		return d
	}
	flag := func(f string) bool {
		v, ok := parseBool(text(f))
		if !ok {
			failIssue(f, IssueBadBool, text(f))
		}
		return v
	}
	goal := func(f, cell string) int {
		if n, ok := parseInt(cell); ok {
			return n
		}
		if id, ok := rd.goals[goalKey(cell)]; ok {
			return id
		}
		fail(f, &store.FieldError{Field: f, Problem: store.ProblemUnknown, Value: cell})
		return 0
	}
	switch table {
	case store.TablePartners:
		var p store.ImportPartner
		p.UID = strings.TrimSpace(text("uid"))
		p.Name, p.NameJA, p.Yomi, p.ShortName = text("name"), text("japanese name"), text("reading"), text("short name")
		p.Companies, p.Contact, p.Notes = text("companies"), text("contact"), text("notes")
		if k, ok := partnerKind(text("kind")); ok {
			p.Kind = k
		} else if strings.TrimSpace(text("kind")) != "" {
			fail("kind", &store.FieldError{Field: "kind", Problem: store.ProblemUnknown, Value: text("kind"), Allowed: store.Strings(store.PartnerKinds)})
		}
		p.CountryCode = rd.country(text("country"))
		if p.CountryCode == "" && strings.TrimSpace(text("country")) != "" {
			fail("country", &store.FieldError{Field: "country", Problem: store.ProblemUnknown, Value: text("country")})
		}
		if s := strings.TrimSpace(text("since")); s != "" {
			n, ok := dates.Year(s)
			if !ok {
				fail("since", &store.FieldError{Field: "since", Problem: store.ProblemBadYear, Value: s})
			}
			p.Since = n
		}
		p.Tracked = store.TrackedByDefault(p.Kind)
		if strings.TrimSpace(text("tracked")) != "" {
			p.Tracked = flag("tracked")
		}
		p.Archived = flag("archived")
		p.CreatedAt, p.UpdatedAt = stamp("created"), stamp("updated")
		if !bad {
			r.Data.Partners = append(r.Data.Partners, p)
			r.origins[table] = append(r.origins[table], at)
		}
	case store.TableEntries:
		var e store.ImportEntry
		e.UID = strings.TrimSpace(text("uid"))
		e.Date = date("date")
		if k, ok := entryKind(text("kind")); ok {
			e.Kind = k
		} else if strings.TrimSpace(text("kind")) != "" {
			fail("kind", &store.FieldError{Field: "kind", Problem: store.ProblemUnknown, Value: text("kind"), Allowed: store.Strings(store.EntryKinds)})
		}
		e.Title, e.Summary, e.Author = text("title"), text("summary"), text("author")
		uids := splitList(text("partner uids"), false)
		labels := splitList(text("partners"), false)
		switch {
		case len(uids) > 0:
			for i, u := range uids {
				k := store.PartnerKey{UID: u}
				if len(labels) == len(uids) {
					k.Text = labels[i]
				}
				e.Partners = append(e.Partners, k)
			}
		case len(labels) > 0:
			for _, l := range labels {
				e.Partners = append(e.Partners, store.PartnerKey{Text: l})
			}
		default:
			for _, id := range splitList(text("partner ids"), true) {
				e.Partners = append(e.Partners, store.PartnerKey{Text: id})
			}
		}
		for _, g := range goalItems(text("goals"), rd.isGoal) {
			e.GoalIDs = append(e.GoalIDs, goal("goals", g))
		}
		e.Opened, e.FirstResponse, e.Closed = date("opened"), date("first response"), date("closed")
		e.CameFirst = flag("came first")
		e.CreatedAt, e.UpdatedAt, e.DeletedAt = stamp("created"), stamp("updated"), stamp("deleted")
		if !bad {
			r.Data.Entries = append(r.Data.Entries, e)
			r.origins[table] = append(r.origins[table], at)
		}
	case store.TableActions:
		var a store.ImportAction
		a.UID, a.EntryUID = strings.TrimSpace(text("uid")), strings.TrimSpace(text("entry uid"))
		a.What, a.Owner, a.Author = text("what"), text("owner"), text("author")
		a.Due, a.Done = date("due"), date("done")
		a.CreatedAt, a.UpdatedAt, a.DeletedAt = stamp("created"), stamp("updated"), stamp("deleted")
		if !bad {
			r.Data.Actions = append(r.Data.Actions, a)
			r.origins[table] = append(r.origins[table], at)
		}
	case store.TableAssessments:
		var a store.ImportAssessment
		a.UID, a.EntryUID = strings.TrimSpace(text("uid")), strings.TrimSpace(text("entry uid"))
		a.Partner = store.PartnerKey{UID: strings.TrimSpace(text("partner uid")), Text: text("partner")}
		a.GoalID = goal("goal", text("goal"))
		if n, ok := parseInt(text("stage")); ok {
			a.Stage = n
		} else {
			fail("stage", &store.FieldError{Field: "stage", Problem: store.ProblemUnknown, Value: text("stage")})
		}
		a.Date, a.Note, a.Author = date("date"), text("note"), text("author")
		a.CreatedAt = stamp("created")
		if !bad {
			r.Data.Assessments = append(r.Data.Assessments, a)
			r.origins[table] = append(r.origins[table], at)
		}
	}
}

// entryKind reads a kind: its stored word or its name in any language.
func entryKind(cell string) (store.EntryKind, bool) { return i18n.ParseEntryKind(cell) }

// partnerKind reads a partner's kind: its stored word or its name in any
// language.
func partnerKind(cell string) (store.PartnerKind, bool) { return i18n.ParsePartnerKind(cell) }

// country reads a country: its code, or its English or Japanese name.
func (rd *reader) country(cell string) string {
	k := store.NameKey(cell)
	if k == "" {
		return ""
	}
	for _, c := range rd.opt.Countries {
		if k == store.NameKey(c.Code) || k == store.NameKey(c.NameEN) || k == store.NameKey(c.NameJA) {
			return c.Code
		}
	}
	return ""
}

// jsonFile is what import reads from JSON: an export's document, or the
// JSON of `entries --format json` (its entries member).
type jsonFile struct {
	Format      string            `json:"format"`
	Partners    []json.RawMessage `json:"partners"`
	Entries     []json.RawMessage `json:"entries"`
	Actions     []json.RawMessage `json:"actions"`
	Assessments []json.RawMessage `json:"assessments"`
}

// json reads an export's JSON document, or a list of entries.
func (rd *reader) json(data []byte) {
	r := rd.r
	var doc jsonFile
	trimmed := bytes.TrimSpace(data)
	var err error
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var rows []json.RawMessage
		err = json.Unmarshal(trimmed, &rows)
		if rd.opt.What == store.TablePartners {
			doc.Partners = rows
		} else {
			doc.Entries = rows
		}
	} else {
		err = json.Unmarshal(trimmed, &doc)
	}
	if err != nil {
		r.add(jsonProblem(data, err, Where{}))
		return
	}
	tables := []struct {
		table string
		rows  []json.RawMessage
	}{{store.TablePartners, doc.Partners}, {store.TableEntries, doc.Entries}, {store.TableActions, doc.Actions},
		{store.TableAssessments, doc.Assessments}}
	want := rd.opt.What
	if want != "" && want != WhatAll {
		found := false
		for _, t := range tables {
			found = found || (t.table == want && len(t.rows) > 0)
		}
		if !found {
			r.add(Problem{Issue: IssueNoTable, Value: want})
			return
		}
	}
	for _, t := range tables {
		if want != "" && want != WhatAll && t.table != want || len(t.rows) == 0 {
			continue
		}
		r.Tables = append(r.Tables, t.table)
		r.sheets = append(r.sheets, t.table)
		headings := map[string]string{}
		for _, c := range Columns[t.table] {
			headings[c.Field] = c.JSON
		}
		headings["partners"] = "partners"
		r.headings[t.table] = headings
		for i, raw := range t.rows {
			at := Where{Sheet: t.table, Row: i + 1}
			cells, err := jsonCells(t.table, raw)
			if err != nil {
				r.add(jsonProblem(raw, err, at))
				continue
			}
			rd.record(t.table, at, func(f string) (string, bool) {
				c, ok := cells[f]
				return c, ok
			}, func(f string) string { return headings[f] })
		}
	}
}

// jsonCells reads one JSON row of table as cells by field, as a sheet's
// row would give them.
func jsonCells(table string, raw json.RawMessage) (map[string]string, error) {
	cells := map[string]string{}
	switch table {
	case store.TablePartners:
		var p JSONPartner
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, err
		}
		for f, v := range map[string]string{"uid": p.UID, "name": p.Name, "japanese name": p.NameJA, "reading": p.Yomi,
			"short name": p.ShortName, "kind": p.Kind, "country": p.Country, "companies": p.Companies, "contact": p.Contact,
			"notes": p.Notes, "archived": strconv.FormatBool(p.Archived), "created": p.CreatedAt, "updated": p.UpdatedAt} {
			cells[f] = v
		}
		if p.Since != 0 {
			cells["since"] = strconv.Itoa(p.Since)
		}
		if p.Tracked != nil {
			cells["tracked"] = strconv.FormatBool(*p.Tracked)
		}
	case store.TableEntries:
		var e JSONEntry
		if err := json.Unmarshal(raw, &e); err != nil {
			return nil, err
		}
		for f, v := range map[string]string{"uid": e.UID, "date": e.Date, "kind": e.Kind, "title": e.Title,
			"summary": e.Summary, "author": e.Author, "opened": e.Opened, "first response": e.FirstResponse,
			"closed": e.Closed, "came first": strconv.FormatBool(e.CameFirst), "created": e.CreatedAt,
			"updated": e.UpdatedAt, "deleted": e.DeletedAt} {
			cells[f] = v
		}
		// Partners by uid where the file gives one, each with its name
		// (else its id) for a database that has no such uid.
		var uids, labels []string
		for _, p := range e.Partners {
			text := p.Name
			if text == "" && p.ID != 0 {
				text = strconv.FormatInt(p.ID, 10)
			}
			uids, labels = append(uids, p.UID), append(labels, text)
		}
		if !slices.Contains(uids, "") {
			cells["partner uids"] = list(uids)
		}
		cells["partners"] = list(labels)
		var goals []string
		for _, g := range e.Goals {
			goals = append(goals, strconv.Itoa(g))
		}
		cells["goals"] = list(goals)
	case store.TableActions:
		var a JSONAction
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, err
		}
		for f, v := range map[string]string{"uid": a.UID, "entry uid": a.EntryUID, "what": a.What, "owner": a.Owner,
			"due": a.Due, "done": a.Done, "author": a.Author, "created": a.CreatedAt, "updated": a.UpdatedAt,
			"deleted": a.DeletedAt} {
			cells[f] = v
		}
	case store.TableAssessments:
		var a JSONAssessment
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, err
		}
		for f, v := range map[string]string{"uid": a.UID, "partner uid": a.PartnerUID, "partner": a.Partner,
			"goal": strconv.Itoa(a.Goal), "stage": strconv.Itoa(a.Stage), "date": a.Date, "note": a.Note,
			"author": a.Author, "entry uid": a.EntryUID, "created": a.CreatedAt} {
			cells[f] = v
		}
		if a.Partner == "" && a.PartnerID != 0 {
			cells["partner"] = strconv.FormatInt(a.PartnerID, 10)
		}
	}
	return cells, nil
}

// jsonProblem says where in data a JSON error is.
func jsonProblem(data []byte, err error, at Where) Problem {
	p := Problem{Where: at, Issue: IssueBadJSON, Value: err.Error()}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		p.N = 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		p.Other = JSONSyntax
	case errors.As(err, &te):
		p.N = 1 + bytes.Count(data[:min(int(te.Offset), len(data))], []byte("\n"))
		p.Other = JSONType
		if te.Field != "" {
			p.Where.Column = te.Field
		}
	}
	return p
}
