package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Importing rows read from a file (CSV, a workbook, an export's JSON).
//
// An import is planned before anything is written: every row is checked
// and every reference resolved — partners by uid, id, short name, name or
// Japanese name; entries by uid — and a row already in the database (by
// its uid, else by its date, title and partners) is counted as a duplicate
// and left alone, so that importing the same file twice adds nothing the
// second time. A single problem refuses the whole import. Then, in the same
// transaction, the plan is written as one batch (import_batches) whose id
// the rows carry, so that UndoImport can take it back.

// ImportData is what one import adds: the rows of a file, in the store's
// terms. Rows refer to one another by uid, so that the file's entries may
// name the file's partners and its actions and assessments the file's
// entries, as well as rows already in the database.
type ImportData struct {
	File, Format string // recorded with the batch: the file's name and kind (csv, xlsx, json)
	// Author is who imports: recorded with the batch, and the author of
	// rows that name none.
	Author      string
	Partners    []ImportPartner
	Entries     []ImportEntry
	Actions     []ImportAction
	Assessments []ImportAssessment
}

// Rows counts the rows of d.
func (d *ImportData) Rows() int {
	return len(d.Partners) + len(d.Entries) + len(d.Actions) + len(d.Assessments)
}

// ImportPartner is a partner read from a file. Its ID is ignored; its UID
// is kept when set.
type ImportPartner struct {
	Partner
	CreatedAt, UpdatedAt string // UTC, RFC 3339; "" for the time of the import
}

// PartnerKey names a partner in a file: by UID (a uid of the file's
// partners or of the database's), else by Text, what a person types: an
// id, a short name, a name or a Japanese name, compared by NameKey.
type PartnerKey struct {
	UID, Text string
}

func (k PartnerKey) String() string {
	if k.UID != "" {
		return k.UID
	}
	return k.Text
}

// ImportEntry is an entry read from a file. Its PartnerIDs are ignored:
// Partners names them.
type ImportEntry struct {
	NewEntry
	Partners                        []PartnerKey
	CreatedAt, UpdatedAt, DeletedAt string // UTC, RFC 3339; "" for now, and for not deleted
}

// ImportAction is an action read from a file, following up the entry with
// EntryUID (of the file or the database).
type ImportAction struct {
	UID, EntryUID                   string
	What, Owner, Due, Done, Author  string
	CreatedAt, UpdatedAt, DeletedAt string
}

// ImportAssessment is an assessment read from a file.
type ImportAssessment struct {
	UID      string
	Partner  PartnerKey
	GoalID   int
	Stage    int
	Date     string
	Note     string
	Author   string
	EntryUID string // its evidence, "" for none
	// CreatedAt is when it was recorded: UTC, RFC 3339; "" for now.
	CreatedAt string
}

// ImportOptions change how Import works.
type ImportOptions struct {
	// DryRun plans the import and reports what it would add, writing
	// nothing.
	DryRun bool
	// CreatePartners, an ISO country code, makes an entry's partner that
	// matches none a new partner (of kind other) in that country, instead
	// of a problem.
	CreatePartners string
	// Progress, if set, hears how many of the rows are done: each row is
	// counted once when planned and once when written.
	Progress func(done, total int)
}

// The tables an import writes, as ImportProblem and ImportCounts name them.
const (
	TablePartners    = "partners"
	TableEntries     = "entries"
	TableActions     = "actions"
	TableAssessments = "assessments"
)

// ImportTables lists the tables in the order an import writes them.
var ImportTables = []string{TablePartners, TableEntries, TableActions, TableAssessments}

// ImportCounts counts rows by table.
type ImportCounts map[string]int

// Total is the sum of c's counts.
func (c ImportCounts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// ImportResult is what an import added (or, for a dry run, would add).
type ImportResult struct {
	Batch int64 // the batch's id; 0 for a dry run
	// Added counts the rows added, by table; Duplicates the rows left out
	// because they are in the database already or earlier in the file.
	Added, Duplicates ImportCounts
	// Created lists the partners made for CreatePartners, by name.
	Created []string
}

// ImportProblem is one thing wrong with the rows of an import.
type ImportProblem struct {
	Table string // TablePartners, TableEntries…
	Index int    // the row's index in its slice of ImportData
	// Err says what is wrong with which field ("partners", "date", "uid",
	// …); its Value is the value as the file has it.
	Err *FieldError
	// Candidates are the partners an unknown partner may have meant, or
	// the ones an ambiguous name matches.
	Candidates []Partner
}

// ImportError refuses an import: nothing was written. Problems lists the
// first MaxImportProblems problems in file order, Total counts them all.
type ImportError struct {
	Problems []ImportProblem
	Total    int
}

func (e *ImportError) Error() string {
	if len(e.Problems) == 0 {
		return "import refused"
	}
	p := e.Problems[0]
	return fmt.Sprintf("import refused: %d problems; %s row %d: %v", e.Total, p.Table, p.Index+1, p.Err)
}

// MaxImportProblems is how many problems an ImportError lists.
const MaxImportProblems = 50

// Import adds the rows of d as one batch, in one transaction, after
// checking every row: a row that is already in the database (by uid, else
// by date, title and partners for an entry, by name for a partner) or
// earlier in d is left out and counted as a duplicate; when every row is,
// nothing is written and the result's Batch is 0. An *ImportError
// lists the problems found, and nothing is written. A row whose uid is that
// of a row an undone batch added brings that row back.
func (s *Store) Import(ctx context.Context, d ImportData, opt ImportOptions) (ImportResult, error) {
	var res ImportResult
	run := func(q querier) (*importPlan, error) {
		pl := &importPlan{s: s, d: &d, opt: opt, q: q, now: s.Now(), total: 2 * d.Rows()}
		if opt.DryRun {
			pl.total = d.Rows()
		}
		if err := pl.plan(ctx); err != nil {
			return nil, err
		}
		if pl.problems.Total > 0 {
			return nil, &pl.problems
		}
		return pl, nil
	}
	if opt.DryRun {
		err := s.read(ctx, func(tx *sql.Tx) error {
			pl, err := run(tx)
			if err != nil {
				return err
			}
			res = pl.result()
			return nil
		})
		return res, err
	}
	err := s.bulk(ctx, func(tx *sql.Tx) error {
		pl, err := run(tx)
		if err != nil {
			return err
		}
		if res = pl.result(); res.Added.Total() == 0 {
			return nil // nothing new: no batch
		}
		// A large batch touches more pages than the default cache (2 MB)
		// holds; spilling them to the log mid-transaction costs more than
		// the memory.
		if d.Rows() > 10000 {
			if _, err := tx.ExecContext(ctx, "PRAGMA cache_size = -131072"); err != nil {
				return err
			}
			defer tx.ExecContext(context.WithoutCancel(ctx), "PRAGMA cache_size = -2000")
		}
		if err := pl.write(ctx, tx); err != nil {
			return err
		}
		res = pl.result()
		return nil
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

// importPlan is an import worked out: what each row of the file becomes.
type importPlan struct {
	s     *Store
	d     *ImportData
	opt   ImportOptions
	q     querier
	now   time.Time
	done  int
	total int

	problems ImportError

	// Partners of the database and of the file, by what names them. A
	// partner of the file to be added has the id -(index+1) until it is
	// written.
	partners  []*knownPartner
	byID      map[int64]*knownPartner
	byUID     map[string]*knownPartner
	byKey     map[string][]*knownPartner // NameKey of name, short name, Japanese name
	goals     map[int]bool
	countries map[string]bool

	partnerPlan    []rowPlan
	entryPlan      []rowPlan
	actionPlan     []rowPlan
	assessmentPlan []rowPlan
	entryPartners  [][]int64 // resolved partner ids of each entry
	actionEntry    []int64   // resolved entry id of each action
	assessPartner  []int64
	assessEntry    []int64
	created        []*knownPartner // made for CreatePartners
	entryByUID     map[string]int  // uid → index of an entry of the file
	entryIDs       []int64         // the ids entries of the file were given (or have, for duplicates)
	batch          int64
}

type knownPartner struct {
	Partner
	new bool // of the file (or made for CreatePartners), to be added
	// undone is set for a partner of the database that an undone batch
	// archived: a row of the file with its uid brings it back (once).
	undone bool
}

// rowAction is what becomes of one row.
type rowAction int

const (
	rowAdd       rowAction = iota // a new row
	rowDuplicate                  // in the database or earlier in the file already: left out
	rowRevive                     // brings back the row an undone batch took away
	rowInvalid
)

type rowPlan struct {
	action rowAction
	id     int64 // the existing row, for a duplicate or a revival
}

func (pl *importPlan) tick() {
	pl.done++
	if pl.opt.Progress != nil && (pl.done%256 == 0 || pl.done == pl.total) {
		pl.opt.Progress(pl.done, pl.total)
	}
}

func (pl *importPlan) problem(table string, index int, fe *FieldError, candidates ...Partner) {
	pl.problems.Total++
	if len(pl.problems.Problems) < MaxImportProblems {
		pl.problems.Problems = append(pl.problems.Problems, ImportProblem{Table: table, Index: index, Err: fe, Candidates: candidates})
	}
}

func (pl *importPlan) result() ImportResult {
	res := ImportResult{Added: ImportCounts{}, Duplicates: ImportCounts{}}
	for table, plans := range map[string][]rowPlan{TablePartners: pl.partnerPlan, TableEntries: pl.entryPlan,
		TableActions: pl.actionPlan, TableAssessments: pl.assessmentPlan} {
		for _, p := range plans {
			switch p.action {
			case rowAdd, rowRevive:
				res.Added[table]++
			case rowDuplicate:
				res.Duplicates[table]++
			}
		}
	}
	res.Added[TablePartners] += len(pl.created)
	for _, p := range pl.created {
		res.Created = append(res.Created, p.Name)
	}
	res.Batch = pl.batch
	return res
}

// plan checks every row and works out what it becomes.
func (pl *importPlan) plan(ctx context.Context) error {
	if err := pl.load(ctx); err != nil {
		return err
	}
	if c := pl.opt.CreatePartners; c != "" && !pl.countries[c] {
		pl.problem(TablePartners, -1, &FieldError{Field: "country", Problem: ProblemUnknown, Value: c})
		return nil
	}
	for _, step := range []func(context.Context) error{pl.planPartners, pl.planEntries, pl.planActions, pl.planAssessments} {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// load reads the partners, goals and countries of the database.
func (pl *importPlan) load(ctx context.Context) error {
	pl.byID, pl.byUID, pl.byKey = map[int64]*knownPartner{}, map[string]*knownPartner{}, map[string][]*knownPartner{}
	rows, err := pl.q.QueryContext(ctx, `SELECT p.id, p.uid, p.name, p.name_ja, p.short_name, p.kind, p.country_code, p.archived,
			p.archived = 1 AND b.undone_at IS NOT NULL AND p.updated_at = b.undone_at
		FROM partners p LEFT JOIN import_batches b ON b.id = p.batch_id`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var p knownPartner
		var kind string
		if err := rows.Scan(&p.ID, &p.UID, &p.Name, &p.NameJA, &p.ShortName, &kind, &p.CountryCode, &p.Archived, &p.undone); err != nil {
			rows.Close()
			return err
		}
		p.Kind = PartnerKind(kind)
		pl.remember(&p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	pl.goals, pl.countries = map[int]bool{}, map[string]bool{}
	ids, err := queryAll(ctx, pl.q, "SELECT id FROM goals", nil, func(sc interface{ Scan(...any) error }) (int, error) {
		var id int
		return id, sc.Scan(&id)
	})
	if err != nil {
		return err
	}
	for _, id := range ids {
		pl.goals[id] = true
	}
	codes, err := queryAll(ctx, pl.q, "SELECT code FROM countries", nil, func(sc interface{ Scan(...any) error }) (string, error) {
		var c string
		return c, sc.Scan(&c)
	})
	for _, c := range codes {
		pl.countries[c] = true
	}
	return err
}

func (pl *importPlan) remember(p *knownPartner) {
	pl.partners = append(pl.partners, p)
	pl.byID[p.ID] = p
	if p.UID != "" {
		pl.byUID[p.UID] = p
	}
	seen := map[string]bool{}
	for _, n := range []string{p.Name, p.ShortName, p.NameJA} {
		if k := NameKey(n); k != "" && !seen[k] {
			seen[k] = true
			pl.byKey[k] = append(pl.byKey[k], p)
		}
	}
}

func (pl *importPlan) planPartners(ctx context.Context) error {
	pl.partnerPlan = make([]rowPlan, len(pl.d.Partners))
	for i := range pl.d.Partners {
		pl.tick()
		ip := &pl.d.Partners[i]
		p := ip.Partner
		p.normalise()
		p.UID = strings.TrimSpace(p.UID)
		ip.Partner = p
		if fe := p.Validate(pl.now); fe != nil {
			pl.problem(TablePartners, i, fe)
			pl.partnerPlan[i].action = rowInvalid
			continue
		}
		if !pl.countries[p.CountryCode] {
			pl.problem(TablePartners, i, &FieldError{Field: "country", Problem: ProblemUnknown, Value: p.CountryCode})
			pl.partnerPlan[i].action = rowInvalid
			continue
		}
		if old, ok := pl.byUID[p.UID]; ok && p.UID != "" {
			switch {
			case old.new:
				pl.problem(TablePartners, i, &FieldError{Field: "uid", Problem: ProblemTwice, Value: p.UID})
				pl.partnerPlan[i].action = rowInvalid
			case old.undone:
				pl.partnerPlan[i] = rowPlan{action: rowRevive, id: old.ID}
				old.undone = false
			default:
				pl.partnerPlan[i] = rowPlan{action: rowDuplicate, id: old.ID}
			}
			continue
		}
		// The same name is the same partner (names are unique by NameKey):
		// the file's uid then names the database's partner.
		if same := pl.byName(p.Name); same != nil {
			if same.new {
				pl.problem(TablePartners, i, &FieldError{Field: "name", Problem: ProblemTwice, Value: p.Name})
				pl.partnerPlan[i].action = rowInvalid
				continue
			}
			pl.partnerPlan[i] = rowPlan{action: rowDuplicate, id: same.ID}
			if p.UID != "" {
				pl.byUID[p.UID] = same
			}
			continue
		}
		// Names and short names are one space (checkNames): a new name may
		// not be another's short name, nor a short name another's name or
		// short name.
		if pl.nameTaken(p.Name) {
			pl.problem(TablePartners, i, &FieldError{Field: "name", Problem: ProblemTaken, Value: p.Name})
			pl.partnerPlan[i].action = rowInvalid
			continue
		}
		if p.ShortName != "" && pl.nameTaken(p.ShortName) {
			pl.problem(TablePartners, i, &FieldError{Field: "short name", Problem: ProblemTaken, Value: p.ShortName})
			pl.partnerPlan[i].action = rowInvalid
			continue
		}
		np := &knownPartner{Partner: p, new: true}
		np.ID = -int64(i + 1)
		pl.remember(np)
	}
	return nil
}

// nameTaken reports whether a known partner's name or short name is name,
// by NameKey.
func (pl *importPlan) nameTaken(name string) bool {
	k := NameKey(name)
	for _, o := range pl.byKey[k] {
		if NameKey(o.Name) == k || NameKey(o.ShortName) == k {
			return true
		}
	}
	return false
}

// byName is the partner named name (by NameKey), or nil.
func (pl *importPlan) byName(name string) *knownPartner {
	k := NameKey(name)
	for _, p := range pl.byKey[k] {
		if NameKey(p.Name) == k {
			return p
		}
	}
	return nil
}

// resolve finds the partner k names. A *FieldError (field) says it names
// none (with near misses) or several.
func (pl *importPlan) resolve(k PartnerKey, field string) (*knownPartner, *FieldError, []Partner) {
	if k.UID != "" {
		if p, ok := pl.byUID[k.UID]; ok {
			return p, nil, nil
		}
		if k.Text == "" {
			return nil, &FieldError{Field: field, Problem: ProblemUnknown, Value: k.UID}, nil
		}
	}
	text := strings.TrimSpace(k.Text)
	if id, err := strconv.ParseInt(text, 10, 64); err == nil {
		if p, ok := pl.byID[id]; ok && id > 0 {
			return p, nil, nil
		}
	}
	key := NameKey(text)
	if ps := pl.byKey[key]; len(ps) == 1 {
		return ps[0], nil, nil
	} else if len(ps) > 1 {
		var cs []Partner
		for _, p := range ps {
			cs = append(cs, p.Partner)
		}
		return nil, &FieldError{Field: field, Problem: ProblemAmbiguous, Value: text}, cs
	}
	return nil, &FieldError{Field: field, Problem: ProblemUnknown, Value: text}, pl.near(key)
}

// maxCandidates is how many near misses an unknown partner is told.
const maxCandidates = 3

// near returns the partners whose names are closest to key: containing it
// or contained in it, sharing a word of three bytes or more, or a few
// edits away.
func (pl *importPlan) near(key string) []Partner {
	if key == "" {
		return nil
	}
	type scored struct {
		p     *knownPartner
		score int
	}
	var found []scored
	for _, p := range pl.partners {
		best := -1
		for _, n := range []string{p.Name, p.ShortName, p.NameJA} {
			nk := NameKey(n)
			if nk == "" {
				continue
			}
			score := -1
			switch d := editDistance(key, nk, 3); {
			case d <= 2 && len([]rune(key)) > 3:
				score = 100 - d
			case strings.Contains(nk, key) || strings.Contains(key, nk) && len(nk) >= 3:
				score = 50
			default:
				for _, w := range strings.Fields(key) {
					if len(w) >= 3 && strings.Contains(nk, w) {
						score = max(score, 10+len(w))
					}
				}
			}
			best = max(best, score)
		}
		if best >= 0 {
			found = append(found, scored{p, best})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].score > found[j].score })
	var out []Partner
	for _, f := range found[:min(len(found), maxCandidates)] {
		// A name a letter or two away is what was meant; looser matches
		// are told only when there is none such.
		if f.score < found[0].score-20 {
			break
		}
		out = append(out, f.p.Partner)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in runes, or
// limit+1 once it is known to exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// createPartner is the partner CreatePartners makes for text, once.
func (pl *importPlan) createPartner(text string) *knownPartner {
	name := strings.TrimSpace(text)
	if p := pl.byName(name); p != nil {
		return p
	}
	p := &knownPartner{Partner: Partner{Name: name, Kind: KindOther, CountryCode: pl.opt.CreatePartners,
		Tracked: TrackedByDefault(KindOther)}, new: true}
	p.ID = -int64(len(pl.d.Partners) + len(pl.created) + 1)
	pl.created = append(pl.created, p)
	pl.remember(p)
	return p
}

// existing looks up a row of table by uid: its id, whether it is deleted,
// and whether an undone batch deleted it.
func (pl *importPlan) existing(ctx context.Context, table, uid string) (id int64, found, revivable bool, err error) {
	if uid == "" {
		return 0, false, false, nil
	}
	var q string
	switch table {
	case TableEntries, TableActions:
		q = `SELECT x.id, x.deleted_at IS NOT NULL AND b.undone_at IS NOT NULL AND x.deleted_at = b.undone_at
			FROM ` + table + ` x LEFT JOIN import_batches b ON b.id = x.batch_id WHERE x.uid = ?`
	default:
		q = "SELECT id, 0 FROM " + table + " WHERE uid = ?"
	}
	err = pl.q.QueryRowContext(ctx, q, uid).Scan(&id, &revivable)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, false, nil
	}
	return id, err == nil, revivable, err
}

// checkTimes refuses a timestamp that is not RFC 3339.
func checkTimes(fields ...[2]string) *FieldError {
	for _, f := range fields {
		if f[1] == "" {
			continue
		}
		if _, err := time.Parse(time.RFC3339, f[1]); err != nil {
			return &FieldError{Field: f[0], Problem: ProblemBadDate, Value: f[1]}
		}
	}
	return nil
}

func (pl *importPlan) planEntries(ctx context.Context) error {
	n := len(pl.d.Entries)
	pl.entryPlan = make([]rowPlan, n)
	pl.entryPartners = make([][]int64, n)
	pl.entryIDs = make([]int64, n)
	pl.entryByUID = map[string]int{}
	byKey := map[string]int{} // date, title and partners of the file's entries without a uid
	for i := range pl.d.Entries {
		pl.tick()
		ie := &pl.d.Entries[i]
		ie.UID = strings.TrimSpace(ie.UID)
		if ie.Author == "" {
			ie.Author = pl.d.Author
		}
		bad := false
		fail := func(fe *FieldError, cs ...Partner) {
			pl.problem(TableEntries, i, fe, cs...)
			bad = true
		}
		var ids []int64
		for _, k := range ie.Partners {
			p, fe, cs := pl.resolve(k, "partners")
			if fe != nil && fe.Problem == ProblemUnknown && pl.opt.CreatePartners != "" && strings.TrimSpace(k.Text) != "" {
				p, fe = pl.createPartner(k.Text), nil
			}
			if fe != nil {
				fail(fe, cs...)
				continue
			}
			if !slices.Contains(ids, p.ID) {
				ids = append(ids, p.ID)
			}
		}
		pl.entryPartners[i] = ids
		ne := ie.NewEntry
		ne.PartnerIDs = ids
		if len(ie.Partners) > 0 && len(ids) == 0 {
			ne.PartnerIDs = []int64{0} // the partners' own problems are told
		}
		if fe := ne.Validate(pl.now); fe != nil && !(bad && fe.Field == "partners") {
			fail(fe)
		}
		for _, g := range ie.GoalIDs {
			if !pl.goals[g] {
				fail(&FieldError{Field: "goals", Problem: ProblemUnknown, Value: strconv.Itoa(g)})
			}
		}
		if fe := checkTimes([2]string{"created", ie.CreatedAt}, [2]string{"updated", ie.UpdatedAt}, [2]string{"deleted", ie.DeletedAt}); fe != nil {
			fail(fe)
		}
		if ie.UID != "" {
			if _, ok := pl.entryByUID[ie.UID]; ok {
				fail(&FieldError{Field: "uid", Problem: ProblemTwice, Value: ie.UID})
			} else {
				pl.entryByUID[ie.UID] = i
			}
		}
		if bad {
			pl.entryPlan[i].action = rowInvalid
			continue
		}
		if ie.UID != "" {
			id, found, revivable, err := pl.existing(ctx, TableEntries, ie.UID)
			if err != nil {
				return err
			}
			switch {
			case revivable:
				pl.entryPlan[i] = rowPlan{action: rowRevive, id: id}
				pl.entryIDs[i] = id
			case found:
				pl.entryPlan[i] = rowPlan{action: rowDuplicate, id: id}
				pl.entryIDs[i] = id
			}
			continue
		}
		key := entryKey(ne.Date, ne.Title, ids)
		if j, ok := byKey[key]; ok {
			pl.entryPlan[i] = rowPlan{action: rowDuplicate, id: pl.entryIDs[j]}
			pl.entryIDs[i] = pl.entryIDs[j]
			continue
		}
		byKey[key] = i
		id, err := pl.sameEntry(ctx, ne.Date, strings.TrimSpace(ne.Title), ids)
		if err != nil {
			return err
		}
		if id != 0 {
			pl.entryPlan[i] = rowPlan{action: rowDuplicate, id: id}
			pl.entryIDs[i] = id
		}
	}
	return nil
}

// entryKey is what finds an entry without a uid again: its date, title and
// partners.
func entryKey(date, title string, partners []int64) string {
	ps := slices.Clone(partners)
	slices.Sort(ps)
	var b strings.Builder
	b.WriteString(date)
	b.WriteByte(0)
	b.WriteString(strings.TrimSpace(title))
	for _, p := range ps {
		b.WriteByte(0)
		b.WriteString(strconv.FormatInt(p, 10))
	}
	return b.String()
}

// sameEntry returns the live entry of the database with this date, title
// and partners, or 0.
func (pl *importPlan) sameEntry(ctx context.Context, date, title string, partners []int64) (int64, error) {
	for _, p := range partners {
		if p < 0 {
			return 0, nil // a partner still to be added has no entries
		}
	}
	rows, err := pl.q.QueryContext(ctx, `SELECT e.id, coalesce((SELECT group_concat(partner_id) FROM entry_partners WHERE entry_id = e.id), '')
		FROM entries e WHERE e.date = ? AND e.title = ? AND e.deleted_at IS NULL`, date, title)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	want := entryKey(date, title, partners)
	for rows.Next() {
		var id int64
		var list string
		if err := rows.Scan(&id, &list); err != nil {
			return 0, err
		}
		var have []int64
		for _, s := range strings.Split(list, ",") {
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				have = append(have, n)
			}
		}
		if entryKey(date, title, have) == want {
			return id, nil
		}
	}
	return 0, rows.Err()
}

// entryRef resolves a uid of an entry of the file or the database: the
// index of the file's entry (or -1), and the database's id (or 0).
func (pl *importPlan) entryRef(ctx context.Context, uid string) (index int, id int64, err error) {
	if i, ok := pl.entryByUID[uid]; ok {
		return i, pl.entryIDs[i], nil
	}
	err = pl.q.QueryRowContext(ctx, "SELECT id FROM entries WHERE uid = ?", uid).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return -1, 0, nil
	}
	return -1, id, err
}

func (pl *importPlan) planActions(ctx context.Context) error {
	pl.actionPlan = make([]rowPlan, len(pl.d.Actions))
	pl.actionEntry = make([]int64, len(pl.d.Actions))
	seen := map[string]bool{}
	for i := range pl.d.Actions {
		pl.tick()
		ia := &pl.d.Actions[i]
		ia.UID = strings.TrimSpace(ia.UID)
		if ia.Author == "" {
			ia.Author = pl.d.Author
		}
		bad := false
		fail := func(fe *FieldError) {
			pl.problem(TableActions, i, fe)
			bad = true
		}
		na := NewAction{What: ia.What, Owner: ia.Owner, Due: ia.Due, Author: ia.Author}
		if fe := na.Validate(pl.now); fe != nil {
			fail(fe)
		}
		if fe := CheckDate("done", ia.Done, pl.now, false, false); fe != nil {
			fail(fe)
		}
		if fe := checkTimes([2]string{"created", ia.CreatedAt}, [2]string{"updated", ia.UpdatedAt}, [2]string{"deleted", ia.DeletedAt}); fe != nil {
			fail(fe)
		}
		index, id, err := pl.entryRef(ctx, ia.EntryUID)
		if err != nil {
			return err
		}
		switch {
		case ia.EntryUID == "":
			fail(&FieldError{Field: "entry uid", Problem: ProblemRequired})
		case index < 0 && id == 0:
			fail(&FieldError{Field: "entry uid", Problem: ProblemUnknown, Value: ia.EntryUID})
		case index >= 0 && pl.entryPlan[index].action == rowInvalid:
			bad = true // the entry's problems are told
		}
		pl.actionEntry[i] = id
		if index >= 0 && id == 0 {
			pl.actionEntry[i] = -int64(index + 1) // an entry still to be added
		}
		if ia.UID != "" && seen[ia.UID] {
			fail(&FieldError{Field: "uid", Problem: ProblemTwice, Value: ia.UID})
		}
		if bad {
			pl.actionPlan[i].action = rowInvalid
			continue
		}
		if ia.UID == "" {
			continue
		}
		seen[ia.UID] = true
		aid, found, revivable, err := pl.existing(ctx, TableActions, ia.UID)
		if err != nil {
			return err
		}
		switch {
		case revivable:
			pl.actionPlan[i] = rowPlan{action: rowRevive, id: aid}
		case found:
			pl.actionPlan[i] = rowPlan{action: rowDuplicate, id: aid}
		}
	}
	return nil
}

func (pl *importPlan) planAssessments(ctx context.Context) error {
	pl.assessmentPlan = make([]rowPlan, len(pl.d.Assessments))
	pl.assessPartner = make([]int64, len(pl.d.Assessments))
	pl.assessEntry = make([]int64, len(pl.d.Assessments))
	seen := map[string]bool{}
	for i := range pl.d.Assessments {
		pl.tick()
		ia := &pl.d.Assessments[i]
		ia.UID = strings.TrimSpace(ia.UID)
		if ia.Author == "" {
			ia.Author = pl.d.Author
		}
		bad := false
		fail := func(fe *FieldError, cs ...Partner) {
			pl.problem(TableAssessments, i, fe, cs...)
			bad = true
		}
		na := NewAssessment{GoalID: ia.GoalID, Stage: ia.Stage, Date: ia.Date, Note: ia.Note, Author: ia.Author}
		if fe := na.Validate(pl.now); fe != nil {
			fail(fe)
		}
		if !pl.goals[ia.GoalID] {
			fail(&FieldError{Field: "goal", Problem: ProblemUnknown, Value: strconv.Itoa(ia.GoalID)})
		}
		if fe := checkTimes([2]string{"created", ia.CreatedAt}); fe != nil {
			fail(fe)
		}
		if p, fe, cs := pl.resolve(ia.Partner, "partner"); fe != nil {
			fail(fe, cs...)
		} else {
			pl.assessPartner[i] = p.ID
		}
		if ia.EntryUID != "" {
			index, id, err := pl.entryRef(ctx, ia.EntryUID)
			if err != nil {
				return err
			}
			switch {
			case index < 0 && id == 0:
				fail(&FieldError{Field: "entry uid", Problem: ProblemUnknown, Value: ia.EntryUID})
			case index >= 0 && pl.entryPlan[index].action == rowInvalid:
				bad = true
			case index >= 0 && id == 0:
				pl.assessEntry[i] = -int64(index + 1)
			default:
				pl.assessEntry[i] = id
			}
		}
		if ia.UID != "" && seen[ia.UID] {
			fail(&FieldError{Field: "uid", Problem: ProblemTwice, Value: ia.UID})
		}
		if bad {
			pl.assessmentPlan[i].action = rowInvalid
			continue
		}
		if ia.UID != "" {
			seen[ia.UID] = true
			if id, found, _, err := pl.existing(ctx, TableAssessments, ia.UID); err != nil {
				return err
			} else if found {
				pl.assessmentPlan[i] = rowPlan{action: rowDuplicate, id: id}
			}
			continue
		}
		if pl.assessPartner[i] < 0 {
			continue
		}
		var id int64
		err := pl.q.QueryRowContext(ctx, `SELECT id FROM assessments WHERE partner_id = ? AND goal_id = ? AND date = ? AND stage = ?`,
			pl.assessPartner[i], ia.GoalID, ia.Date, ia.Stage).Scan(&id)
		switch {
		case err == nil:
			pl.assessmentPlan[i] = rowPlan{action: rowDuplicate, id: id}
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
	}
	return nil
}

// write carries the plan out in tx, as a new batch.
func (pl *importPlan) write(ctx context.Context, tx *sql.Tx) error {
	now := pl.s.timestamp()
	res, err := tx.ExecContext(ctx, "INSERT INTO import_batches (file, format, author, created_at) VALUES (?, ?, ?, ?)",
		pl.d.File, pl.d.Format, pl.d.Author, now)
	if err != nil {
		return err
	}
	if pl.batch, err = res.LastInsertId(); err != nil {
		return err
	}
	ids := map[int64]int64{} // a partner's id in the plan → in the database
	partnerID := func(id int64) int64 {
		if id < 0 {
			return ids[id]
		}
		return id
	}
	or := func(s, def string) string {
		if s == "" {
			return def
		}
		return s
	}
	// Partners of the file, then those made for CreatePartners.
	addPartner := func(p Partner, created, updated string) (int64, error) {
		res, err := tx.ExecContext(ctx, `INSERT INTO partners (uid, name, name_ja, yomi, short_name, kind, country_code,
				companies, since, contact, notes, tracked, archived, created_at, updated_at, batch_id)
			VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			nullable(p.UID), p.Name, p.NameJA, p.Yomi, p.ShortName, string(p.Kind), p.CountryCode, p.Companies,
			nullableInt(p.Since), p.Contact, p.Notes, p.Tracked, p.Archived, or(created, now), or(updated, now), pl.batch)
		if err != nil {
			return 0, err
		}
		return res.LastInsertId()
	}
	for i, rp := range pl.partnerPlan {
		pl.tick()
		ip := pl.d.Partners[i]
		switch rp.action {
		case rowAdd:
			id, err := addPartner(ip.Partner, ip.CreatedAt, ip.UpdatedAt)
			if err != nil {
				return err
			}
			ids[-int64(i+1)] = id
		case rowRevive:
			p := ip.Partner
			if _, err := tx.ExecContext(ctx, `UPDATE partners SET name = ?, name_ja = ?, yomi = ?, short_name = ?, kind = ?,
					country_code = ?, companies = ?, since = ?, contact = ?, notes = ?, tracked = ?, archived = ?,
					updated_at = ?, updated_by = '', batch_id = ? WHERE id = ?`,
				p.Name, p.NameJA, p.Yomi, p.ShortName, string(p.Kind), p.CountryCode, p.Companies, nullableInt(p.Since),
				p.Contact, p.Notes, p.Tracked, p.Archived, or(ip.UpdatedAt, now), pl.batch, rp.id); err != nil {
				return err
			}
		}
	}
	for _, p := range pl.created {
		id, err := addPartner(p.Partner, "", "")
		if err != nil {
			return err
		}
		ids[p.ID] = id
	}

	if err := pl.writeEntries(ctx, tx, now, partnerID); err != nil {
		return err
	}
	entryID := func(id int64) any {
		if id < 0 {
			return pl.entryIDs[-id-1]
		}
		return nullableID(id)
	}

	for i, rp := range pl.actionPlan {
		pl.tick()
		a := pl.d.Actions[i]
		switch rp.action {
		case rowAdd:
			if _, err := tx.ExecContext(ctx, `INSERT INTO actions (uid, entry_id, what, owner, due, done, author,
					created_at, updated_at, deleted_at, batch_id)
				VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				nullable(a.UID), entryID(pl.actionEntry[i]), strings.TrimSpace(a.What), strings.TrimSpace(a.Owner),
				nullable(a.Due), nullable(a.Done), a.Author, or(a.CreatedAt, now), or(a.UpdatedAt, now),
				nullable(a.DeletedAt), pl.batch); err != nil {
				return err
			}
		case rowRevive:
			if _, err := tx.ExecContext(ctx, `UPDATE actions SET entry_id = ?, what = ?, owner = ?, due = ?, done = ?,
					author = ?, updated_at = ?, updated_by = '', deleted_at = ?, batch_id = ? WHERE id = ?`,
				entryID(pl.actionEntry[i]), strings.TrimSpace(a.What), strings.TrimSpace(a.Owner), nullable(a.Due),
				nullable(a.Done), a.Author, or(a.UpdatedAt, now), nullable(a.DeletedAt), pl.batch, rp.id); err != nil {
				return err
			}
		}
	}
	for i, rp := range pl.assessmentPlan {
		pl.tick()
		if rp.action != rowAdd {
			continue
		}
		a := pl.d.Assessments[i]
		if _, err := tx.ExecContext(ctx, `INSERT INTO assessments (uid, partner_id, goal_id, stage, date, note, author,
				entry_id, created_at, batch_id)
			VALUES (coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			nullable(a.UID), partnerID(pl.assessPartner[i]), a.GoalID, a.Stage, a.Date, a.Note, a.Author,
			entryID(pl.assessEntry[i]), or(a.CreatedAt, now), pl.batch); err != nil {
			return err
		}
	}
	r := pl.result()
	_, err = tx.ExecContext(ctx, `UPDATE import_batches SET partners = ?, entries = ?, actions = ?, assessments = ? WHERE id = ?`,
		r.Added[TablePartners], r.Added[TableEntries], r.Added[TableActions], r.Added[TableAssessments], pl.batch)
	return err
}

// entryRows is how many entries one INSERT writes. Rows go in a few
// hundred at a time because the search index (FTS5) writes out what it
// has gathered at the end of every statement that adds to it: one entry
// per statement would write the index a hundred thousand times.
const entryRows = 200

// linkRows is how many links one INSERT writes.
const linkRows = 500

// writeEntries adds the entries of the plan, and brings back those an
// undone batch took away, with their links. New entries are given the ids
// after the highest, which no other writer can take while tx holds the
// write lock.
func (pl *importPlan) writeEntries(ctx context.Context, tx *sql.Tx, now string, partnerID func(int64) int64) error {
	or := func(s, def string) string {
		if s == "" {
			return def
		}
		return s
	}
	var next int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM entries").Scan(&next); err != nil {
		return err
	}
	// A statement of n rows, prepared once for each n.
	stmts := map[string]*sql.Stmt{}
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	exec := func(head, row string, n int, args []any) error {
		k := head + strconv.Itoa(n)
		st := stmts[k]
		if st == nil {
			var err error
			if st, err = tx.PrepareContext(ctx, head+strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")); err != nil {
				return err
			}
			stmts[k] = st
		}
		_, err := st.ExecContext(ctx, args...)
		return err
	}
	var links, goals []any // entry_id, partner_id / goal_id pairs
	flushLinks := func(force bool) error {
		for _, l := range []struct {
			head string
			args *[]any
		}{{"INSERT INTO entry_partners (entry_id, partner_id) VALUES ", &links}, {"INSERT INTO entry_goals (entry_id, goal_id) VALUES ", &goals}} {
			for len(*l.args) >= 2*linkRows || (force && len(*l.args) > 0) {
				n := min(len(*l.args)/2, linkRows)
				if err := exec(l.head, "(?, ?)", n, (*l.args)[:2*n]); err != nil {
					return err
				}
				*l.args = (*l.args)[2*n:]
			}
		}
		return nil
	}
	link := func(i int, id int64) {
		for _, p := range pl.entryPartners[i] {
			links = append(links, id, partnerID(p))
		}
		for _, g := range dedupe(pl.d.Entries[i].GoalIDs) {
			goals = append(goals, id, g)
		}
	}
	const row = "(?, coalesce(?, lower(hex(randomblob(16)))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
	var args []any
	rows := 0
	flush := func() error {
		if rows == 0 {
			return nil
		}
		if err := exec(`INSERT INTO entries (id, uid, date, kind, title, summary, author, opened, first_response, closed,
			came_first, created_at, updated_at, deleted_at, batch_id) VALUES `, row, rows, args); err != nil {
			return err
		}
		args, rows = args[:0], 0
		return flushLinks(false)
	}
	for i, rp := range pl.entryPlan {
		pl.tick()
		ie := pl.d.Entries[i]
		e := ie.NewEntry
		switch rp.action {
		case rowAdd:
			next++
			pl.entryIDs[i] = next
			args = append(args, next, nullable(e.UID), e.Date, string(e.Kind), strings.TrimSpace(e.Title), e.Summary,
				e.Author, nullable(e.Opened), nullable(e.FirstResponse), nullable(e.Closed), e.CameFirst,
				or(ie.CreatedAt, now), or(ie.UpdatedAt, now), nullable(ie.DeletedAt), pl.batch)
			rows++
			link(i, next)
			if rows == entryRows {
				if err := flush(); err != nil {
					return err
				}
			}
		case rowRevive:
			id := rp.id
			if _, err := tx.ExecContext(ctx, `UPDATE entries SET date = ?, kind = ?, title = ?, summary = ?, author = ?,
					opened = ?, first_response = ?, closed = ?, came_first = ?, updated_at = ?, updated_by = '', deleted_at = ?, batch_id = ?
				WHERE id = ?`, e.Date, string(e.Kind), strings.TrimSpace(e.Title), e.Summary, e.Author, nullable(e.Opened),
				nullable(e.FirstResponse), nullable(e.Closed), e.CameFirst, or(ie.UpdatedAt, now), nullable(ie.DeletedAt),
				pl.batch, id); err != nil {
				return err
			}
			for _, q := range []string{"DELETE FROM entry_partners WHERE entry_id = ?", "DELETE FROM entry_goals WHERE entry_id = ?"} {
				if _, err := tx.ExecContext(ctx, q, id); err != nil {
					return err
				}
			}
			pl.entryIDs[i] = id
			link(i, id)
		}
	}
	if err := flush(); err != nil {
		return err
	}
	return flushLinks(true)
}

// ImportBatch is one import, as recorded.
type ImportBatch struct {
	ID           int64
	File, Format string
	Author       string
	CreatedAt    string // UTC, RFC 3339
	Added        ImportCounts
	UndoneAt     string // "" unless undone
}

// ErrBatchUndone is returned by UndoImport for a batch already undone.
// Nothing is written.
var ErrBatchUndone = fmt.Errorf("batch already undone: %w", ErrUnchanged)

// UndoImport takes back what batch id added, in one transaction: its
// entries and actions are deleted (soft: entries restore brings an entry
// back), its partners archived, and its assessments, which have no deleted
// state, removed. It returns the batch, with how many rows of each table
// it took back, or ErrNotFound, or ErrBatchUndone.
func (s *Store) UndoImport(ctx context.Context, id int64) (ImportBatch, error) {
	var b ImportBatch
	err := s.write(ctx, func(tx *sql.Tx) error {
		var undone sql.NullString
		err := tx.QueryRowContext(ctx, "SELECT id, file, format, author, created_at, undone_at FROM import_batches WHERE id = ?", id).
			Scan(&b.ID, &b.File, &b.Format, &b.Author, &b.CreatedAt, &undone)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if undone.Valid {
			b.UndoneAt = undone.String
			return ErrBatchUndone
		}
		now := s.timestamp()
		b.UndoneAt, b.Added = now, ImportCounts{}
		for _, st := range []struct {
			table, q string
			args     []any
		}{
			{TableEntries, "UPDATE entries SET deleted_at = ?, updated_at = ?, updated_by = '' WHERE batch_id = ? AND deleted_at IS NULL", []any{now, now, id}},
			{TableActions, "UPDATE actions SET deleted_at = ?, updated_at = ?, updated_by = '' WHERE batch_id = ? AND deleted_at IS NULL", []any{now, now, id}},
			{TablePartners, "UPDATE partners SET archived = 1, updated_at = ?, updated_by = '' WHERE batch_id = ? AND archived = 0", []any{now, id}},
			{TableAssessments, "DELETE FROM assessments WHERE batch_id = ?", []any{id}},
		} {
			res, err := tx.ExecContext(ctx, st.q, st.args...)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			b.Added[st.table] = int(n)
		}
		_, err = tx.ExecContext(ctx, "UPDATE import_batches SET undone_at = ? WHERE id = ?", now, id)
		return err
	})
	return b, err
}
