// Package transfer reads and writes the files vision2030 exchanges with
// spreadsheets and with other vision2030 databases: the CSV, XLSX and JSON
// of `export`, and whatever `import` is given — an export, a spreadsheet
// the bureau kept by hand, a CSV written by Excel on a Japanese PC.
//
// Export writes every field of every row. Import reads a file into the
// store's ImportData, matching columns by their headings in English or
// Japanese, reading dates in the forms spreadsheets hold them (including
// Excel's serial numbers and Japanese era dates), and reports every problem
// with its row and column; the store then checks what needs the database
// and writes it all or nothing.
package transfer

import (
	"strings"

	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// Type is what a column holds.
type Type int

// The column types.
const (
	Text     Type = iota
	LongText      // several lines (a summary)
	Date          // YYYY-MM-DD
	Time          // a UTC timestamp, RFC 3339
	Bool
	Int
	List // several values, "; " between them
)

// Column is one column of a table: its field, as the store and the
// catalogue's Fields name it ("first response"); its JSON key
// ("first_response"); and what it holds.
type Column struct {
	Field string
	JSON  string
	Type  Type
}

// Tables lists the tables of an export, in the order they are written.
var Tables = store.ImportTables

// Columns are the columns of each table, in the order an export writes
// them.
var Columns = map[string][]Column{
	store.TablePartners: {
		{"uid", "uid", Text}, {"id", "id", Int}, {"name", "name", Text}, {"japanese name", "name_ja", Text},
		{"reading", "yomi", Text}, {"short name", "short_name", Text}, {"kind", "kind", Text},
		{"country", "country", Text}, {"companies", "companies", LongText}, {"since", "since", Int},
		{"contact", "contact", LongText}, {"notes", "notes", LongText}, {"tracked", "tracked", Bool},
		{"archived", "archived", Bool}, {"created", "created_at", Time}, {"updated", "updated_at", Time},
	},
	store.TableEntries: {
		{"uid", "uid", Text}, {"id", "id", Int}, {"date", "date", Date}, {"kind", "kind", Text},
		{"title", "title", Text}, {"summary", "summary", LongText}, {"author", "author", Text},
		{"partners", "partners", List}, {"partner ids", "partner_ids", List}, {"partner uids", "partner_uids", List},
		{"goals", "goals", List}, {"opened", "opened", Date}, {"first response", "first_response", Date},
		{"closed", "closed", Date}, {"came first", "came_first", Bool}, {"created", "created_at", Time},
		{"updated", "updated_at", Time}, {"deleted", "deleted_at", Time},
	},
	store.TableActions: {
		{"uid", "uid", Text}, {"id", "id", Int}, {"entry uid", "entry_uid", Text}, {"entry", "entry_id", Int},
		{"entry title", "entry_title", Text}, {"what", "what", Text}, {"owner", "owner", Text},
		{"due", "due", Date}, {"done", "done", Date}, {"author", "author", Text}, {"created", "created_at", Time},
		{"updated", "updated_at", Time}, {"deleted", "deleted_at", Time},
	},
	store.TableAssessments: {
		{"uid", "uid", Text}, {"id", "id", Int}, {"partner uid", "partner_uid", Text}, {"partner", "partner", Text},
		{"goal", "goal", Int}, {"stage", "stage", Int}, {"date", "date", Date}, {"note", "note", LongText},
		{"author", "author", Text}, {"entry uid", "entry_uid", Text}, {"entry", "entry_id", Int},
		{"created", "created_at", Time},
	},
}

// required are the columns a table cannot be imported without.
var required = map[string][]string{
	store.TablePartners:    {"name", "kind", "country"},
	store.TableEntries:     {"date", "kind", "title", "goals"},
	store.TableActions:     {"entry uid", "what"},
	store.TableAssessments: {"goal", "stage", "date"},
}

// ignored are the columns an import reads past: the database's own
// numbers for rows, which mean nothing in another database (an id in the
// partners column is still matched as an id), and what follows from other
// columns.
var ignored = map[string]bool{"id": true, "entry": true, "entry title": true}

// synonyms are headings people give these columns in their own
// spreadsheets, beside the catalogues' words and the JSON keys.
var synonyms = map[string][]string{
	"date":           {"日付", "年月日", "実施日", "日時", "day"},
	"title":          {"件名", "表題", "題名", "subject"},
	"summary":        {"内容", "摘要", "詳細", "description", "details"},
	"partners":       {"相手", "相手先", "相手方", "組織", "団体", "organisation", "organization", "partner"},
	"kind":           {"種別", "区分", "type"},
	"goals":          {"goal", "目標番号"},
	"author":         {"作成者", "記入者", "担当者", "by"},
	"opened":         {"受付", "相談日"},
	"first response": {"回答日", "初回回答"},
	"closed":         {"完了", "終了日"},
	"country":        {"国", "国名", "country code"},
	"name":           {"組織名", "団体名"},
	"short name":     {"略称", "short"},
	"partner":        {"partners", "パートナー名"},
	"goal":           {"goals"},
}

// Vocabulary is how a table's columns may be headed: for each field, the
// headings that name it, as NameKeys.
type Vocabulary map[string][]string

// vocabulary is the headings that name the columns of table: the field,
// its JSON key, its name in every catalogue, and the synonyms.
func vocabulary(table string) Vocabulary {
	v := Vocabulary{}
	for _, c := range Columns[table] {
		words := []string{c.Field, c.JSON, strings.ReplaceAll(c.JSON, "_", " ")}
		for _, lang := range i18n.Languages {
			t, _ := i18n.Lookup(lang)
			words = append(words, t.FieldName(c.Field))
		}
		words = append(words, synonyms[c.Field]...)
		seen := map[string]bool{}
		for _, w := range words {
			k := key(w)
			if k != "" && !seen[k] {
				seen[k] = true
				v[c.Field] = append(v[c.Field], k)
			}
		}
	}
	return v
}

// field is the field of table a heading names, or "".
func (v Vocabulary) field(table, heading string) string {
	k := key(heading)
	// A field's own words first: "partner" is a synonym in entries but
	// the field itself in assessments.
	for _, c := range Columns[table] {
		if key(c.Field) == k || key(c.JSON) == k {
			return c.Field
		}
	}
	for _, c := range Columns[table] {
		for _, w := range v[c.Field] {
			if w == k {
				return c.Field
			}
		}
	}
	return ""
}

// key is the form headings are compared in: NameKey, without a trailing
// "(UTC)" and with _ as a space.
func key(s string) string {
	k := store.NameKey(strings.ReplaceAll(s, "_", " "))
	k = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(k, "(utc)"), "（utc）"))
	return k
}

// column finds the column of table for field.
func column(table, field string) Column {
	for _, c := range Columns[table] {
		if c.Field == field {
			return c
		}
	}
	return Column{Field: field, JSON: field}
}

// Heading is how the column of field is headed in t's language.
func Heading(t *i18n.Catalogue, field string) string { return t.FieldName(field) }

// SheetName is the name of table's sheet in t's language.
func SheetName(t *i18n.Catalogue, table string) string {
	switch table {
	case store.TablePartners:
		return render.SheetName(t.SheetPartners)
	case store.TableEntries:
		return render.SheetName(t.SheetEntries)
	case store.TableActions:
		return render.SheetName(t.SheetActions)
	case store.TableAssessments:
		return render.SheetName(t.SheetAssessments)
	}
	return render.SheetName(table)
}

// tableOfSheet is the table a sheet called name holds, by its name in any
// language, or "".
func tableOfSheet(name string) string {
	k := key(name)
	for _, table := range Tables {
		if key(table) == k {
			return table
		}
		for _, lang := range i18n.Languages {
			t, _ := i18n.Lookup(lang)
			if key(SheetName(t, table)) == k {
				return table
			}
		}
	}
	return ""
}

// Field is the field a word names in any table: the field itself, its JSON
// key, its name in any language or a synonym. ok is false for a word that
// names none.
func Field(word string) (field string, ok bool) {
	for _, table := range Tables {
		if f := vocabulary(table).field(table, word); f != "" {
			return f, true
		}
	}
	return "", false
}

// Fields lists the fields of table that an import reads.
func Fields(table string) []string {
	var out []string
	for _, c := range Columns[table] {
		if !ignored[c.Field] {
			out = append(out, c.Field)
		}
	}
	return out
}
