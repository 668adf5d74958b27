package i18n

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	_ "modernc.org/sqlite"

	"vision2030/dates"
	"vision2030/seed"
	"vision2030/store"
)

// verbs returns the fmt verbs of a format by the argument each formats
// (explicit indexes followed): flags, width, precision and verb, so that
// a translation may reorder its arguments but not change what they are.
func verbs(format string) map[int]string {
	out := map[int]string{}
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		var spec strings.Builder
		for i < len(format) {
			c := format[i]
			switch {
			case c == '[':
				end := strings.IndexByte(format[i:], ']')
				if end < 0 {
					return map[int]string{-1: "bad index"}
				}
				var n int
				fmt.Sscanf(format[i+1:i+end], "%d", &n)
				arg = n - 1
				i += end + 1
				continue
			case strings.IndexByte("+-# 0123456789.*", c) >= 0:
				spec.WriteByte(c)
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(format[i:])
			spec.WriteRune(r)
			i += size - 1
			break
		}
		out[arg] = spec.String()
		arg++
	}
	return out
}

func TestVerbs(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want map[int]string
	}{
		{"no verbs, 100 %%", map[int]string{}},
		{"%s: %q is before the %s (%q)", map[int]string{0: "s", 1: "q", 2: "s", 3: "q"}},
		{"%.1f years (%d days)", map[int]string{0: ".1f", 1: "d"}},
		{"%[2]d日、%[1]s", map[int]string{1: "d", 0: "s"}},
		{"%d×%d 必要", map[int]string{0: "d", 1: "d"}},
	} {
		if got := verbs(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("verbs(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// enums are the values every map keyed by a store type must have a word
// for.
func enums() map[reflect.Type][]string {
	strs := func(xs any) []string {
		v := reflect.ValueOf(xs)
		out := make([]string, v.Len())
		for i := range out {
			out[i] = v.Index(i).String()
		}
		return out
	}
	return map[reflect.Type][]string{
		reflect.TypeFor[store.EntryKind]():     strs(store.EntryKinds),
		reflect.TypeFor[store.PartnerKind]():   strs(store.PartnerKinds),
		reflect.TypeFor[store.GoalStatus]():    strs(store.GoalStatuses),
		reflect.TypeFor[store.RequestStatus](): strs(store.RequestStatuses),
		reflect.TypeFor[store.FilterProblem](): strs(store.FilterProblems),
		reflect.TypeFor[store.DefectKind]():    strs(store.DefectKinds),
		reflect.TypeFor[store.DefectReason]():  strs(store.DefectReasons),
		reflect.TypeFor[string]():              append(store.FieldNames(), "as-of"), // Fields
	}
}

// oneForm are the Plurals whose English has one form: their number is not
// a count, or the English reads the same for one.
var oneForm = map[string]bool{"Commands.DefectReasons[missing_row]": true,
	"Commands.DefectReasons[inconsistent]": true, "Commands.DefectReasons[more]": true}

// byEnglish are the maps keyed by what English says rather than by an
// enum of the store.
var byEnglish = map[string]bool{"Commands.Help": true, "Commands.FlagHelp": true, "Commands.FlagTypes": true}

// sameInJapanese are the strings of translated parts that read the same in
// Japanese as in English.
var sameInJapanese = map[string]bool{
	"Common.UnknownCount": true, "Common.NoValue": true, "Common.Ellipsis": true, "Common.TooSmallShort": true,
	"Common.PartnerKinds[ngo]": true, "Common.PartnerKindsShort[ngo]": true, "Reports.RpEntryRef": true,
	// What is typed (the shells), a number alone for scripts, the Unix
	// "program: message" line and the column of ids.
	"Commands.Help[completion].Args": true, "Commands.OutPartnerAdded": true, "Commands.OutActionAdded": true,
	"Commands.ErrLine": true, "Commands.ColID": true,
	// A goal in a hint: its number and short title.
	"Commands.GoalItem": true,
	// The name of a file format, as import says what it read.
	"Commands.FormatJSONDocument": true,
	// The screens' filter prompt, the mark of a capped count after the
	// number, and the column of ids.
	"Screens.FilterPrompt": true, "Screens.CountCapped": true, "Screens.ColActionID": true,
}

// reporter is what check reports to: a *testing.T, or a recorder.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// recorder counts what check reports.
type recorder struct{ errors []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// check walks one part of a catalogue beside English's, by reflection:
// every string, map value, array element and Plural form is non-empty and
// has English's verbs; every map covers its enum. It returns how many texts
// it checked.
func check(t reporter, lang, path string, v, en reflect.Value) int {
	t.Helper()
	text := func(path, s, en string, mayBeEmpty bool) int {
		if s == "" && en == "" {
			return 0 // nothing to say in English either (an example, say)
		}
		if s == "" {
			if !mayBeEmpty {
				t.Errorf("%s %s: empty", lang, path)
			}
			return 0
		}
		if got, want := verbs(s), verbs(en); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %s: verbs %v in %q, English has %v", lang, path, got, s, want)
		}
		if lang == "ja" && s == en && !sameInJapanese[path] {
			t.Errorf("ja %s: still English: %q", path, s)
		}
		return 1
	}
	n := 0
	switch v.Kind() {
	case reflect.String:
		// Japanese puts nothing between two sentences.
		n += text(path, v.String(), en.String(), lang == "ja" && path == "Screens.SentenceSep")
	case reflect.Array:
		for i := range v.Len() {
			n += text(fmt.Sprintf("%s[%d]", path, i), v.Index(i).String(), en.Index(i).String(), false)
		}
	case reflect.Map:
		want, ok := enums()[v.Type().Key()]
		if byEnglish[path] {
			// Keyed by what English says (a command's path, a flag's
			// name): every language says the same things.
			want, ok = nil, true
			for _, k := range en.MapKeys() {
				want = append(want, k.String())
			}
		}
		if !ok {
			t.Errorf("%s: a map keyed by %s, which no test enumerates", path, v.Type().Key())
		}
		for _, k := range want {
			key := reflect.ValueOf(k).Convert(v.Type().Key())
			if !v.MapIndex(key).IsValid() {
				t.Errorf("%s %s: no word for %q", lang, path, k)
			}
		}
		for _, k := range v.MapKeys() {
			p := fmt.Sprintf("%s[%s]", path, k.String())
			if !slices.Contains(want, k.String()) {
				t.Errorf("%s %s: a word for %q, which the store does not have", lang, p, k)
			}
			e := en.MapIndex(k)
			if !e.IsValid() {
				t.Errorf("%s %s: not in English", lang, p)
				continue
			}
			n += check(t, lang, p, v.MapIndex(k), e)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Plural]() {
			p, e := v.Interface().(Plural), en.Interface().(Plural)
			// Japanese needs one form; English two.
			n += text(path+".One", p.One, e.One, lang == "ja")
			n += text(path+".Other", p.Other, e.Other, false)
			if lang == "en" && (p.One == "" || p.One == p.Other) && !oneForm[path] {
				t.Errorf("en %s: no singular form", path)
			}
			break
		}
		for i := range v.NumField() {
			n += check(t, lang, path+"."+v.Type().Field(i).Name, v.Field(i), en.Field(i))
		}
	default:
		t.Errorf("%s: a %s, which the test does not know how to check", path, v.Kind())
	}
	return n
}

// TestCatalogues checks every catalogue part by part against English. The
// Japanese parts still to translate are listed, and must still be English:
// translating one means taking it off the list, and the test then checks it.
func TestCatalogues(t *testing.T) {
	t.Parallel()
	for _, c := range []*Catalogue{English, Japanese} {
		cv, ev := reflect.ValueOf(c).Elem(), reflect.ValueOf(English).Elem()
		parts := 0
		for i := range cv.NumField() {
			f := cv.Type().Field(i)
			if !f.Anonymous {
				continue
			}
			parts++
			if c.Lang == "ja" && slices.Contains(untranslated, f.Name) {
				if !reflect.DeepEqual(cv.Field(i).Interface(), ev.Field(i).Interface()) {
					t.Errorf("ja %s is listed as untranslated but differs from English: take it off the list", f.Name)
				}
				continue
			}
			if n := check(t, c.Lang, f.Name, cv.Field(i), ev.Field(i)); n == 0 {
				t.Errorf("%s %s: nothing checked", c.Lang, f.Name)
			}
		}
		if parts != 5 {
			t.Errorf("%s: %d parts, want 5", c.Lang, parts)
		}
	}
	if len(untranslated) > 0 {
		t.Logf("parts of the Japanese catalogue still to translate: %s", strings.Join(untranslated, ", "))
	}
}

// TestCompletenessCheckFails: the check finds what it is for.
func TestCompletenessCheckFails(t *testing.T) {
	t.Parallel()
	broken := jaCommon
	broken.Loading = ""
	broken.FieldOrder = "%s：%q が前です"
	broken.EntryKinds = map[store.EntryKind]string{store.KindVisit: "訪問"}
	broken.Yes = "yes"
	rec := &recorder{}
	check(rec, "ja", "Common", reflect.ValueOf(broken), reflect.ValueOf(enCommon))
	for _, want := range []string{"Loading: empty", "FieldOrder: verbs", `no word for "news"`, "Yes: still English"} {
		if !slices.ContainsFunc(rec.errors, func(e string) bool { return strings.Contains(e, want) }) {
			t.Errorf("not reported: %s (reported: %q)", want, rec.errors)
		}
	}
}

// TestFieldErrors: every problem the store reports has its own sentence in
// every catalogue, and the field's name in the catalogue's words.
func TestFieldErrors(t *testing.T) {
	t.Parallel()
	for _, c := range []*Catalogue{English, Japanese} {
		seen := map[string]store.Problem{}
		for _, p := range store.Problems {
			msg := c.FieldError(&store.FieldError{Field: "fiscal year start", Problem: p, Value: "x", After: "date", AfterValue: "y", Limit: 9,
				Date: &dates.Error{Year: 2026, Month: 2, Days: 28, Era: "平成", First: "1989-01-08", Last: "2019-04-30"}})
			if strings.Contains(msg, "%!") || !strings.Contains(msg, c.Fields["fiscal year start"]) {
				t.Errorf("%s %s: %q", c.Lang, p, msg)
			}
			if q, dup := seen[msg]; dup {
				t.Errorf("%s: %s and %s read the same: %q", c.Lang, p, q, msg)
			}
			seen[msg] = p
		}
	}
}

func TestLanguages(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		tag  string
		want string
		ok   bool
	}{
		{"ja", "ja", true}, {"JA", "ja", true}, {"ja-JP", "ja", true}, {"ja_JP.UTF-8", "ja", true}, {"ja_JP.eucJP@x", "ja", true},
		{"en", "en", true}, {"en_GB.UTF-8", "en", true}, {"C", "en", true}, {"POSIX", "en", true}, {"C.UTF-8", "en", true},
		{"fr_FR.UTF-8", "en", false}, {"", "en", false}, {"jav", "en", false},
	} {
		got, ok := Parse(tt.tag)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Parse(%q) = %q, %v; want %q, %v", tt.tag, got, ok, tt.want, tt.ok)
		}
		c, _ := Lookup(tt.tag)
		if c.Lang != tt.want {
			t.Errorf("Lookup(%q) is %s", tt.tag, c.Lang)
		}
	}
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, tt := range []struct {
		env  func(string) string
		want string
	}{
		{env(), "en"},
		{env("LANG", "ja_JP.UTF-8"), "ja"},
		{env("LANG", "ja_JP.UTF-8", "LC_MESSAGES", "C"), "en"}, // LC_MESSAGES before LANG
		{env("LC_MESSAGES", "en_US.UTF-8", "LC_ALL", "ja_JP.UTF-8"), "ja"},
		{env("LANG", "fr_FR.UTF-8"), "en"},
		{env("LC_ALL", "", "LANG", "ja_JP.UTF-8"), "ja"}, // set but empty does not count
	} {
		if got := Locale(tt.env); got != tt.want {
			t.Errorf("Locale = %q, want %q", got, tt.want)
		}
	}
}

// TestReferenceWords: the words the database holds for what the catalogue
// does not (regions, stage names) exist in both languages, and those it
// shares with the catalogue (the kinds) are the same words.
func TestReferenceWords(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := seed.Apply(ctx, st); err != nil {
		t.Fatal(err)
	}
	regions, err := st.Regions(ctx)
	if err != nil || len(regions) < 10 {
		t.Fatalf("regions %v %v", regions, err)
	}
	used := map[string]bool{}
	for _, c := range seed.Countries() {
		used[c.Region] = true
	}
	for _, r := range regions {
		if r.NameEN == "" || r.NameJA == "" {
			t.Errorf("region %s: %q / %q", r.Code, r.NameEN, r.NameJA)
		}
		delete(used, r.Code)
	}
	if len(used) > 0 {
		t.Errorf("seeded countries in regions the database lacks: %v", used)
	}
	stages, _ := st.Stages(ctx)
	for _, s := range stages {
		if s.NameIn("en") == "" || s.NameJA == "" || s.RubricJA == "" {
			t.Errorf("goal %d stage %d has no Japanese: %+v", s.GoalID, s.Stage, s)
		}
	}
	goals, _ := st.Goals(ctx)
	for _, g := range goals {
		if g.TitleJA == "" || g.ShortTitleJA == "" || g.DescriptionJA == "" || g.JAConfirmed {
			t.Errorf("goal %d: Japanese texts missing or marked confirmed: %+v", g.ID, g)
		}
	}
	db, err := sql.Open("sqlite", "file:"+st.Path()+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for table, ja := range map[string]map[string]string{
		"entry_kinds":   mapOf(Japanese.EntryKinds),
		"partner_kinds": mapOf(Japanese.PartnerKinds),
	} {
		rows, err := db.Query("SELECT code, name_ja, ja_confirmed FROM " + table)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var code, name string
			var confirmed bool
			if err := rows.Scan(&code, &name, &confirmed); err != nil {
				t.Fatal(err)
			}
			n++
			if name != ja[code] || confirmed {
				t.Errorf("%s %s: the database says %q (confirmed %v), the catalogue %q", table, code, name, confirmed, ja[code])
			}
		}
		rows.Close()
		if n != len(ja) {
			t.Errorf("%s: %d rows, the catalogue has %d words", table, n, len(ja))
		}
	}
}

func mapOf[K ~string](m map[K]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[string(k)] = v
	}
	return out
}

func TestLabels(t *testing.T) {
	t.Parallel()
	april := store.FiscalYear{Start: time.April}
	for _, tt := range []struct{ got, want string }{
		{English.QuarterLabel("2025Q1"), "2025Q1"},
		{English.QuarterLabel("FY2025Q1"), "FY2025Q1"},
		{Japanese.QuarterLabel("2025Q1"), "2025年1Q"},
		{Japanese.QuarterLabel("FY2025Q4"), "2025年度4Q"},
		{Japanese.QuarterLabel("odd"), "odd"},
		{English.YearLabel(store.FiscalYear{}, 2025), "2025"},
		{English.YearLabel(april, 2025), "FY2025"},
		{Japanese.YearLabel(store.FiscalYear{Start: time.January}, 2025), "2025年"},
		{Japanese.YearLabel(april, 2025), "2025年度"},
		{English.Month(time.April), "April"},
		{Japanese.Month(time.December), "12月"},
		{English.Note(store.TextNote{}), ""},
		{Japanese.Note(store.TextNote{Translation: true}), "（仮訳：JAWの確認待ち）"},
		{English.Note(store.TextNote{Draft: true, Translation: true}),
			"(draft: not in the source texts, for JAW to confirm; translation, not yet confirmed by JAW)"},
	} {
		if tt.got != tt.want {
			t.Errorf("%q, want %q", tt.got, tt.want)
		}
	}
}

func TestCountHasSeparators(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		format string
		n      int
		want   string
	}{{"%d", 0, "0"}, {"%d", 999, "999"}, {"%d", 19802, "19,802"}, {"%d", -1234567, "-1,234,567"},
		{"%7d", 1234, "  1,234"}, {"%-7d|", 1234, "1,234  |"}, {"%x", 255, "ff"}} {
		if got := fmt.Sprintf(tt.format, Count(tt.n)); got != tt.want {
			t.Errorf("%s of %d = %q, want %q", tt.format, tt.n, got, tt.want)
		}
	}
	if got := English.EntriesN.N(19802); !strings.Contains(got, "19,802") {
		t.Errorf("a plural count without separators: %q", got)
	}
}

func TestParseKinds(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]store.EntryKind{"visit": store.KindVisit, "Visit": store.KindVisit, "訪問": store.KindVisit,
		"ｖｉｓｉｔ": store.KindVisit, "online_meeting": store.KindOnlineMeeting, "online meeting": store.KindOnlineMeeting,
		"オンライン会議": store.KindOnlineMeeting, "会議": store.KindConference, "相談": store.KindRequest, " news ": store.KindNews} {
		if k, ok := ParseEntryKind(in); !ok || k != want {
			t.Errorf("ParseEntryKind(%q) = %q %v, want %q", in, k, ok, want)
		}
	}
	for in, want := range map[string]store.PartnerKind{"union": store.KindUnion, "労働組合": store.KindUnion,
		"global union": store.KindGlobalUnion, "International Org.": store.KindInternationalOrg, "ngo": store.KindNGO} {
		if k, ok := ParsePartnerKind(in); !ok || k != want {
			t.Errorf("ParsePartnerKind(%q) = %q %v, want %q", in, k, ok, want)
		}
	}
	for _, in := range []string{"", "party", "訪"} {
		if k, ok := ParseEntryKind(in); ok {
			t.Errorf("ParseEntryKind(%q) = %q", in, k)
		}
	}
}

// A date before another says "date" after the other field's name; a name
// taken says whose it is; a day that is not, which month it is in; an era
// day outside its era, when the era ran.
func TestFieldErrorWords(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		fe   *store.FieldError
		want string
	}{
		{&store.FieldError{Field: "first response", Problem: store.ProblemOrder, Value: "2026-11-10", After: "opened", AfterValue: "2026-11-20"},
			`first response: "2026-11-10" is before the opened date ("2026-11-20")`},
		{&store.FieldError{Field: "first response", Problem: store.ProblemOrder, Value: "2026-11-10", After: "date", AfterValue: "2026-11-20"},
			`first response: "2026-11-10" is before the entry's date ("2026-11-20")`},
		{&store.FieldError{Field: "name", Problem: store.ProblemTaken, Value: "toyota", Holder: &store.Holder{ID: 7, Name: "Toyota Motor Thailand Workers Union", ShortName: "TMTWU"}},
			`name: "toyota" is already used by TMTWU (#7)`},
		{store.DateError("date", errOf("2026-02-30")), `date: "2026-02-30": no such day; February 2026 has 28 days`},
		{store.DateError("date", errOf("平成31年5月1日")), `date: "平成31年5月1日" is not a day of 平成, which ran from 1989-01-08 to 2019-04-30`},
	} {
		if got := English.FieldError(tt.fe); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
	if got := Japanese.FieldError(store.DateError("日付", errOf("2026-02-30"))); !strings.Contains(got, "2026年2月は28日まで") {
		t.Errorf("ja: %s", got)
	}
}

func errOf(s string) error { _, err := dates.Parse(s); return err }

// The filter language reads a kind's word in English or Japanese, as the
// shell's --kind does: the word the screens show.
func TestFilterReadsKindWords(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]store.EntryKind{"kind:相談": store.KindRequest, "kind:訪問": store.KindVisit,
		`kind:"online meeting"`: store.KindOnlineMeeting, "kind:online_meeting": store.KindOnlineMeeting, "kind:Visit": store.KindVisit} {
		f, err := store.ParseFilter(in)
		if err != nil || len(f.Kinds) != 1 || f.Kinds[0] != want {
			t.Errorf("%s: %v, %v; want %s", in, f.Kinds, err, want)
		}
	}
	// A kind that is not one is told the kinds, in the catalogue's words.
	_, err := store.ParseFilter("kind:パーティー")
	var fe *store.FilterError
	if !errors.As(err, &fe) || !strings.Contains(Japanese.FilterMessage(fe), "相談") || !strings.Contains(English.FilterMessage(fe), "request") {
		t.Errorf("kind:パーティー: %v", err)
	}
}

// The filter reads a request's status in the words the screens show too.
func TestFilterReadsStatusWords(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]store.RequestStatus{"status:未回答": store.StatusOpen, "status:回答済み": store.StatusAnswered,
		"status:完了": store.StatusClosed, "status:Open": store.StatusOpen, "status:closed": store.StatusClosed} {
		f, err := store.ParseFilter(in)
		if err != nil || len(f.Statuses) != 1 || f.Statuses[0] != want {
			t.Errorf("%s: %v, %v; want %s", in, f.Statuses, err, want)
		}
	}
	if _, err := store.ParseFilter("status:保留"); err == nil {
		t.Errorf("status:保留 is no status")
	}
}

// TestFilterMessageSaysMore: a key with no value is told the values it
// takes (partner:, status:), a date that is none says why as a date field
// does (out of its era, no such day), and a term of several values names
// the one that does not fit; in both languages.
func TestFilterMessageSaysMore(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		filter string
		en, ja []string
	}{
		{"partner:", []string{`"partner:"`, "an id, a short name or part of a name"}, []string{"ID、略称、または名称の一部"}},
		{"status:", []string{"open, answered, closed"}, []string{"使える値", "open（未回答）、answered（回答済み）、closed（完了）"}},
		{"since:H31.5.1", []string{`"H31.5.1" is not a day of 平成`, "2019-04-30"}, []string{"平成の期間", "2019-04-30"}},
		{"until:R1.4.1", []string{"not a day of 令和, which began on 2019-05-01"}, []string{"令和（2019-05-01〜）"}},
		{"since:2026-02-30", []string{"no such day", "28 days"}, []string{"という日はありません"}},
		{"since:nonsense", []string{"not a valid value", "R8.11.1"}, []string{"R8.11.1"}},
		{"kind:相談,xyz", []string{`"xyz" is not a valid value`, "request"}, []string{`"xyz" はこのキー`, "相談"}},
	} {
		_, err := store.ParseFilter(c.filter)
		var fe *store.FilterError
		if !errors.As(err, &fe) {
			t.Errorf("%s: %v", c.filter, err)
			continue
		}
		for lang, want := range map[*Catalogue][]string{English: c.en, Japanese: c.ja} {
			got := lang.FilterMessage(fe)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("%s, %s: %q lacks %q", c.filter, lang.Lang, got, w)
				}
			}
		}
	}
}

// An open quote is said as the text after it, not with the quote escaped.
func TestOpenQuoteSaid(t *testing.T) {
	for term, want := range map[string]string{
		`"wage talks`:     `filter: the quote before "wage talks" is not closed`,
		`partner:"Toyota`: `filter: the quote before "Toyota" is not closed`,
	} {
		if got := English.FilterError(&store.FilterError{Problem: store.FilterOpenQuote, Term: term}); got != want {
			t.Errorf("%s: %q, want %q", term, got, want)
		}
	}
}
