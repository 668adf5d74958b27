package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"vision2030/seed"
	"vision2030/store"
)

// today is the fixed "now" of every test.
var today = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// open returns a migrated, empty store in a temporary directory.
func open(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return today }
	t.Cleanup(func() { st.Close() })
	return st
}

// seeded returns a store holding the seed data.
func seeded(t testing.TB) *store.Store {
	t.Helper()
	st := open(t)
	if _, err := seed.Apply(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return st
}

// raw opens the store's file directly, as the sqlite3 shell would.
func raw(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func count(t *testing.T, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func TestMigrateFromEmpty(t *testing.T) {
	st := open(t)
	db := raw(t, st.Path())
	if v := count(t, db, "PRAGMA user_version"); v != store.SchemaVersion() || v < 1 {
		t.Fatalf("user_version = %d, want %d", v, store.SchemaVersion())
	}
	for _, table := range []string{"goals", "stages", "countries", "partners", "entries",
		"entry_partners", "entry_goals", "assessments", "actions"} {
		if n := count(t, db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table); n != 1 {
			t.Errorf("table %s missing", table)
		}
	}
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	// Opening again applies nothing and keeps the version.
	st.Close()
	st2, err := store.Open(context.Background(), st.Path())
	if err != nil {
		t.Fatal(err)
	}
	st2.Close()
	if v := count(t, db, "PRAGMA user_version"); v != store.SchemaVersion() {
		t.Fatalf("user_version after reopen = %d", v)
	}
	if id := count(t, db, "PRAGMA application_id"); id != store.ApplicationID {
		t.Fatalf("application_id = %#x, want %#x", id, store.ApplicationID)
	}
}

func TestOpenRefusesWithoutWriting(t *testing.T) {
	dir := t.TempDir()
	// sqliteFile is a SQLite file made by script.
	sqliteFile := func(name, script string) string {
		p := filepath.Join(dir, name)
		db, err := sql.Open("sqlite", p)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(script); err != nil {
			t.Fatal(err)
		}
		return p
	}
	newer := sqliteFile("newer.db", "CREATE TABLE t (x); PRAGMA user_version = 999; PRAGMA application_id = "+strconv.Itoa(store.ApplicationID))
	// Other programs' SQLite files: vision2030 adds nothing to them.
	foreign := sqliteFile
	invoices := foreign("invoices.db", "CREATE TABLE invoices (x)")
	invoicesV3 := foreign("invoices3.db", "CREATE TABLE invoices (x); PRAGMA user_version = 3")
	walV3 := foreign("wal3.db", "PRAGMA journal_mode = WAL; CREATE TABLE partners (x); CREATE TABLE goals (x); PRAGMA user_version = 3")
	otherID := foreign("other.db", "CREATE TABLE entries (x); CREATE TABLE partners (x); CREATE TABLE goals (x); PRAGMA user_version = 5; PRAGMA application_id = 42")
	onlyView := foreign("view.db", "CREATE VIEW v AS SELECT 1")
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("Minutes of the Bangkok meeting\n"+strings.Repeat("x", 5000)), 0o644); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short")
	if err := os.WriteFile(short, []byte("SQLite"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A file with the right header but garbage after it.
	damaged := filepath.Join(dir, "damaged.db")
	if err := os.WriteFile(damaged, append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xff}, 4096)...), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		want error
	}{
		{"newer schema", newer, store.ErrNewerSchema},
		{"text file", text, store.ErrNotDatabase},
		{"short file", short, store.ErrNotDatabase},
		{"damaged", damaged, store.ErrNotDatabase},
		{"another program's file", invoices, store.ErrNotDatabase},
		{"another program's file at user_version 3", invoicesV3, store.ErrNotDatabase},
		{"another program's WAL file with some of the tables", walV3, store.ErrNotDatabase},
		{"another program's application_id", otherID, store.ErrNotDatabase},
		{"a view and nothing else", onlyView, store.ErrNotDatabase},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			st, err := store.Open(context.Background(), tt.path)
			if err == nil {
				st.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var oe *store.OpenError
			if !errors.As(err, &oe) || oe.Path != tt.path || !strings.Contains(err.Error(), tt.path) {
				t.Fatalf("error %q does not name the file", err)
			}
			after, _ := os.ReadFile(tt.path)
			if !bytes.Equal(before, after) {
				t.Fatal("file was modified")
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(tt.path + suffix); err == nil {
					t.Errorf("%s%s was created", tt.path, suffix)
				}
			}
		})
	}
}

func validEntry() store.NewEntry {
	return store.NewEntry{Date: "2026-11-20", Kind: store.KindConsultation, Title: "Bilateral consultation",
		Summary: "Talked about wages.", Author: "tanaka", PartnerIDs: []int64{1}, GoalIDs: []int{2}}
}

func TestAddEntryRejectsBadFields(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		change  func(*store.NewEntry)
		field   string
		problem store.Problem
	}{
		{"impossible date", func(e *store.NewEntry) { e.Date = "2025-02-30" }, "date", store.ProblemNoSuchDay},
		{"not a date", func(e *store.NewEntry) { e.Date = "20/11/2026" }, "date", store.ProblemBadDate},
		// Now is 2026-11-21 10:00 UTC: it is already the 22nd in UTC+14.
		{"future date", func(e *store.NewEntry) { e.Date = "2026-11-23" }, "date", store.ProblemFuture},
		{"year 0000", func(e *store.NewEntry) { e.Date = "0000-01-01" }, "date", store.ProblemTooEarly},
		{"before 1900", func(e *store.NewEntry) { e.Date = "1899-12-31" }, "date", store.ProblemTooEarly},
		{"response before the entry's date, with no opened date", func(e *store.NewEntry) {
			e.Kind, e.FirstResponse = store.KindRequest, "2026-11-10"
		}, "first response", store.ProblemOrder},
		{"closed before the entry's date, with no opened date", func(e *store.NewEntry) {
			e.Kind, e.Closed = store.KindRequest, "2026-11-19"
		}, "closed", store.ProblemOrder},
		{"closed before the opening", func(e *store.NewEntry) {
			e.Kind, e.Opened, e.Closed = store.KindRequest, "2026-11-02", "2026-11-01"
		}, "closed", store.ProblemOrder},
		{"closed before the response", func(e *store.NewEntry) {
			e.Kind, e.Opened, e.FirstResponse, e.Closed = store.KindRequest, "2026-11-01", "2026-11-20", "2026-11-19"
		}, "closed", store.ProblemOrder},
		{"request dates on a consultation", func(e *store.NewEntry) { e.Opened = "2026-11-01" }, "kind", store.ProblemRequestOnly},
		{"no date", func(e *store.NewEntry) { e.Date = "" }, "date", store.ProblemRequired},
		{"unknown kind", func(e *store.NewEntry) { e.Kind = "party" }, "kind", store.ProblemUnknown},
		{"no partner", func(e *store.NewEntry) { e.PartnerIDs = nil }, "partners", store.ProblemRequired},
		{"unknown partner", func(e *store.NewEntry) { e.PartnerIDs = []int64{1, 9999} }, "partners", store.ProblemUnknown},
		{"no goal", func(e *store.NewEntry) { e.GoalIDs = nil }, "goals", store.ProblemRequired},
		{"unknown goal", func(e *store.NewEntry) { e.GoalIDs = []int{4} }, "goals", store.ProblemUnknown},
		{"blank title", func(e *store.NewEntry) { e.Title = "  \t" }, "title", store.ProblemRequired},
		{"long title", func(e *store.NewEntry) { e.Title = strings.Repeat("a", store.MaxTitle+1) }, "title", store.ProblemTooLong},
		{"long summary", func(e *store.NewEntry) { e.Summary = strings.Repeat("a", store.MaxSummary+1) }, "summary", store.ProblemTooLong},
		{"bad utf-8", func(e *store.NewEntry) { e.Summary = "ok \xff\xfe" }, "summary", store.ProblemBadUTF8},
		{"NUL", func(e *store.NewEntry) { e.Title = "a\x00b" }, "title", store.ProblemNUL},
		{"response before opened", func(e *store.NewEntry) {
			e.Kind, e.Opened, e.FirstResponse = store.KindRequest, "2026-03-02", "2026-03-01"
		}, "first response", store.ProblemOrder},
	}
	db := raw(t, st.Path())
	before := count(t, db, "SELECT count(*) FROM entries") + count(t, db, "SELECT count(*) FROM entry_partners")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := validEntry()
			tt.change(&e)
			_, err := st.AddEntry(ctx, e)
			var fe *store.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a field error", err)
			}
			if fe.Field != tt.field || fe.Problem != tt.problem {
				t.Fatalf("got %s/%s, want %s/%s", fe.Field, fe.Problem, tt.field, tt.problem)
			}
			if fe.Problem == store.ProblemOrder && (fe.After == "" || fe.AfterValue == "") {
				t.Errorf("an order error names no other date: %+v", fe)
			}
		})
	}
	after := count(t, db, "SELECT count(*) FROM entries") + count(t, db, "SELECT count(*) FROM entry_partners")
	if before != after {
		t.Fatalf("rows changed from %d to %d after rejected writes", before, after)
	}
}

// TestRequestDatesFollowTheOpening: a request's first response and closing
// follow its opening, the opened date when it has one, else the entry's
// date; the README's workflow (a request logged today, opened earlier,
// answered since) is accepted.
func TestRequestDatesFollowTheOpening(t *testing.T) {
	t.Parallel()
	st := seeded(t)
	ctx := context.Background()
	e := validEntry() // dated 2026-11-20
	e.Kind, e.Opened = store.KindRequest, "2026-11-02"
	id, err := st.AddEntry(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.PatchEntry(ctx, id, store.EntryPatch{FirstResponse: ptr("2026-11-05")}); err != nil {
		t.Errorf("a first response after the opening, before the entry's date: %v", err)
	}
	if _, err := st.PatchEntry(ctx, id, store.EntryPatch{Closed: ptr("2026-11-06")}); err != nil {
		t.Errorf("a closing after the first response, before the entry's date: %v", err)
	}
	var fe *store.FieldError
	_, err = st.PatchEntry(ctx, id, store.EntryPatch{FirstResponse: ptr("2026-11-01")})
	if !errors.As(err, &fe) || fe.Field != "first response" || fe.After != "opened" || fe.AfterValue != "2026-11-02" {
		t.Errorf("a first response before the opening: %v, want it named with the opened date", err)
	}
	// With no opened date, the entry's date is the opening.
	_, err = st.PatchEntry(ctx, id, store.EntryPatch{Opened: ptr(""), FirstResponse: ptr("2026-11-19"), Closed: ptr("2026-11-19")})
	if !errors.As(err, &fe) || fe.Field != "first response" || fe.After != "date" || fe.AfterValue != "2026-11-20" {
		t.Errorf("a first response before the entry's date, no opened date: %v", err)
	}
}

func TestAddEntryAndRead(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	e := validEntry()
	e.PartnerIDs = []int64{2, 1, 2}
	e.GoalIDs = []int{3, 1}
	e.Title = "  Wage talks \x1b[31mred\x1b[0m  "
	id, err := st.AddEntry(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Entry(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Wage talks \x1b[31mred\x1b[0m" {
		t.Errorf("title = %q: stored as typed, trimmed", got.Title)
	}
	if len(got.Partners) != 2 || len(got.Goals) != 2 || got.Goals[0] != 1 || got.Goals[1] != 3 {
		t.Errorf("links = %v %v", got.Partners, got.Goals)
	}
	if got.CreatedAt != "2026-11-21T10:00:00Z" || got.Author != "tanaka" {
		t.Errorf("created %q by %q", got.CreatedAt, got.Author)
	}
	if _, err := st.Entry(ctx, 99999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing entry: %v", err)
	}
}

func TestEntriesPaging(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	var ids []int64
	for i := range 25 {
		e := validEntry()
		e.Date = time.Date(2026, 1, 1+i%5, 0, 0, 0, 0, time.UTC).Format(store.DateLayout)
		id, err := st.AddEntry(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	var all []store.Entry
	total := -1
	for off := 0; ; off += 7 {
		page, err := st.Entries(ctx, off, 7)
		if err != nil {
			t.Fatal(err)
		}
		total = page.Total
		if len(page.Entries) == 0 {
			break
		}
		all = append(all, page.Entries...)
	}
	if total != 25+len(seed.Entries()) || len(all) != total {
		t.Fatalf("paged %d of total %d", len(all), total)
	}
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.Date < b.Date || (a.Date == b.Date && a.ID < b.ID) {
			t.Fatalf("not newest first at %d: %s#%d before %s#%d", i, a.Date, a.ID, b.Date, b.ID)
		}
	}
	for _, id := range ids {
		pos, err := st.EntryPosition(ctx, store.Filter{}, id)
		if err != nil {
			t.Fatal(err)
		}
		if all[pos].ID != id {
			t.Fatalf("EntryPosition(%d) = %d, which holds #%d", id, pos, all[pos].ID)
		}
	}
}

func TestDashboardProgress(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	d, err := st.Dashboard(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range d.Goals {
		if _, ok := g.Progress(); ok {
			t.Fatalf("goal %d has progress before any assessment", g.Goal.ID)
		}
	}
	// Partners 1–3 are the tracked ones. Goal 1: partners 1 and 2
	// assessed; 1 reaches stage 3 then drops to 2, 2 is at 4. One of the
	// three tracked partners at stage >= 3.
	track(t, st, 1, 2, 3)
	for _, a := range []store.NewAssessment{
		{PartnerID: 1, GoalID: 1, Stage: 3, Date: "2025-01-10"},
		{PartnerID: 1, GoalID: 1, Stage: 2, Date: "2026-02-01"},
		{PartnerID: 2, GoalID: 1, Stage: 4, Date: "2025-06-30"},
		{PartnerID: 3, GoalID: 2, Stage: 1, Date: "2026-01-01"},
	} {
		if _, err := st.AddAssessment(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	d, err = st.Dashboard(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]struct {
		p  float64
		ok bool
	}{1: {1.0 / 3, true}, 2: {0, true}, 3: {0, false}}
	for _, g := range d.Goals {
		p, ok := g.Progress()
		if w := want[g.Goal.ID]; !near(p, w.p) || ok != w.ok {
			t.Errorf("goal %d progress = %v,%v; want %v,%v", g.Goal.ID, p, ok, w.p, w.ok)
		}
	}
	// As of 2025-12-31 partner 1 was still at stage 3: two of three.
	d, err = st.Dashboard(ctx, time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := d.Goals[0].Progress(); !ok || !near(p, 2.0/3) {
		t.Errorf("goal 1 progress at end of 2025 = %v,%v; want 2/3", p, ok)
	}
}

func TestAddAssessmentRejects(t *testing.T) {
	st := seeded(t)
	ctx := context.Background()
	tests := []struct {
		a     store.NewAssessment
		field string
	}{
		{store.NewAssessment{PartnerID: 1, GoalID: 1, Stage: 5, Date: "2026-01-01"}, "stage"},
		{store.NewAssessment{PartnerID: 1, GoalID: 1, Stage: -1, Date: "2026-01-01"}, "stage"},
		{store.NewAssessment{PartnerID: 1, GoalID: 9, Stage: 1, Date: "2026-01-01"}, "goals"},
		{store.NewAssessment{PartnerID: 999, GoalID: 1, Stage: 1, Date: "2026-01-01"}, "partners"},
		{store.NewAssessment{PartnerID: 1, GoalID: 1, Stage: 1, Date: "2027-01-01"}, "date"},
		{store.NewAssessment{PartnerID: 1, GoalID: 1, Stage: 1, Date: "2026-01-01", EntryID: 999}, "entry"},
	}
	for _, tt := range tests {
		_, err := st.AddAssessment(ctx, tt.a)
		var fe *store.FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field {
			t.Errorf("%+v: err = %v, want field %s", tt.a, err, tt.field)
		}
	}
	if n := count(t, raw(t, st.Path()), "SELECT count(*) FROM assessments"); n != 0 {
		t.Fatalf("%d assessments written", n)
	}
}

func TestSchemaConstraints(t *testing.T) {
	st := seeded(t)
	db, err := sql.Open("sqlite", "file:"+st.Path()+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		"INSERT INTO entries (date, kind, title, created_at, updated_at) VALUES ('2026-01-01', 'party', 't', '', '')",
		"INSERT INTO entries (date, kind, title, created_at, updated_at) VALUES ('2026/01/01', 'visit', 't', '', '')",
		"INSERT INTO entries (date, kind, title, created_at, updated_at) VALUES ('2026-01-01', 'visit', '', '', '')",
		"INSERT INTO entry_partners (entry_id, partner_id) VALUES (1, 99999)",
		"INSERT INTO assessments (partner_id, goal_id, stage, date, created_at) VALUES (1, 1, 7, '2026-01-01', '')",
		"INSERT INTO partners (name, kind, country_code, created_at, updated_at) VALUES ('x', 'club', 'JP', '', '')",
		"INSERT INTO partners (name, kind, country_code, created_at, updated_at) VALUES ('x', 'union', 'XX', '', '')",
		"INSERT INTO countries (code, name_en, name_ja, region) VALUES ('jp', 'a', 'b', 'c')",
	} {
		if _, err := db.Exec(q); err == nil {
			t.Errorf("accepted: %s", q)
		}
	}
}

// TestTextLimitsInCharacters: a limit counts characters, not bytes: a
// Japanese title of MaxTitle characters (three bytes each) is accepted, one
// more is refused.
func TestTextLimitsInCharacters(t *testing.T) {
	t.Parallel()
	full := strings.Repeat("労", store.MaxTitle)
	if fe := store.CheckText("title", full, store.MaxTitle, true); fe != nil {
		t.Errorf("%d Japanese characters: %v", store.MaxTitle, fe)
	}
	fe := store.CheckText("title", full+"働", store.MaxTitle, true)
	if fe == nil || fe.Problem != store.ProblemTooLong || fe.Limit != store.MaxTitle {
		t.Errorf("%d Japanese characters: %v, want too long", store.MaxTitle+1, fe)
	}
	st := seeded(t)
	e := validEntry()
	e.Title = full
	if _, err := st.AddEntry(context.Background(), e); err != nil {
		t.Errorf("an entry titled with %d Japanese characters: %v", store.MaxTitle, err)
	}
}
