package i18n

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"vision2030/store"
)

// Common is the words every part of vision2030 shares: the vision, kinds, statuses, field problems and file errors.
type Common struct {
	// Heading and tabs.
	VisionName   string
	YearsLeft    string // %.1f years, %d days, to the end of 2030
	VisionOver   string // after 2030
	AsOf         string // %s date
	Formulated   string
	Ideal        string // the vision's ultimate ideal
	TabDashboard string
	TabPartners  string
	TabEntries   string
	// The terminal is too small: %d×%d its size, %d×%d the least needed;
	// the first of these that fits is shown: on one line, on two, short.
	TooSmall, TooSmallTwoLines, TooSmallShort string
	Loading                                   string
	LoadFailed                                string // %v error
	UnknownCount                              string // placeholder when a number is not yet known
	NoValue                                   string // placeholder for an empty field
	Ellipsis                                  string
	PartnersTotal                             string // %s partners (PartnersN), %s countries (CountriesN), %s entries (EntriesN)
	PartnersN                                 Plural
	CountriesN                                Plural
	EntriesN                                  Plural
	Statuses                                  map[store.GoalStatus]string
	No                                        string
	// Actions.
	TabActions      string
	RequestStatuses map[store.RequestStatus]string
	// Field problems, by store.Problem; each a format of the field name (%s)
	// and, where noted, the value or limit.
	FieldRequired    string // %s field
	FieldChoose      string // %s field chosen from a list (partners, goals, kind, country)
	FieldBadDate     string // %s field, %q value
	FieldFuture      string // %s field, %q value
	FieldTooLong     string // %s field, %d limit
	FieldBadUTF8     string // %s field
	FieldNUL         string // %s field
	FieldUnknown     string // %s field, %q value
	FieldOrder       string // %s field, %q value, %s other field, %q its value
	FieldBeforeEntry string // %s field, %q value, %q the entry's date: FieldOrder when the other date is the entry's
	FieldTooEarly    string // %s field, %q value
	FieldRequestOnly string // %s field (kind), %s the kind
	FieldNotFound    string // %s field
	FieldTaken       string // %s field, %q value
	FieldBadYear     string // %s field, %q value
	FieldBadMonth    string // %s field, %q value
	FieldBadTarget   string // %s field, %q value
	FieldTwice       string // %s field, %q value: twice among the rows of an import
	FieldAmbiguous   string // %s field, %q value: matches several records
	FieldTakenBy     string // %s field, %q value, %s the partner that has it, %d its id
	// FieldTakenByArchived is FieldTakenBy when that partner is archived.
	FieldTakenByArchived string // %s field, %q value, %s the partner that has it, %d its id
	FieldNoSuchDay       string // %s field, %q value, %s month and year, %d its days
	FieldNoSuchMonth     string // %s field, %q value
	FieldEraDate         string // %s field, %q value, %s era, %s its first day, %s its last day
	FieldEraDateNow      string // %s field, %q value, %s era (under way), %s its first day
	MonthYear            string // %s month, %d year: "February 2026"
	// Field names, by the store's field name.
	Fields map[string]string
	// Kinds, by stored word.
	EntryKinds   map[store.EntryKind]string
	PartnerKinds map[store.PartnerKind]string
	// PartnerKindsShort are the kinds in a narrow column.
	PartnerKindsShort map[store.PartnerKind]string
	ErrNotDB          string // %s path
	ErrNewer          string // %s path, %d version, %d known
	ErrOpen           string // %s path, %v error
	// The state of the file: a write refused because it cannot be written,
	// or because it is damaged; a read-only file too old to open.
	ErrReadOnly    string // %s path
	ErrDamaged     string // %s path
	HintReadOnly   string
	HintDamaged    string
	ErrOldReadOnly string // %s path, %d version, %d known
	// Filter problems, by store.FilterProblem: each a format of the term.
	FilterProblems map[store.FilterProblem]string
	FilterKeysHint string // %s keys
	Yes            string
	// Reference texts: what a reader is told about a draft or a
	// translation (store.TextNote), and about a target that is the default.
	NoteDraft       string
	NoteTranslation string
	NoteList        string // %s the notes, joined by NoteSep
	NoteSep         string
	NoteMark        string // a footnote mark on a text whose note is said once, under a list
	NoteMarked      string // %s a text, %s its NoteMark
	TargetDefault   string // a target nobody has set
	// Years and quarters, calendar or fiscal (store.FiscalYear).
	YearCalendar      string // %d year
	YearFiscal        string // %d fiscal year, named by the year it starts in
	QuarterCalendar   string // %d year, %d quarter
	QuarterFiscal     string // %d fiscal year, %d quarter
	Months            [12]string
	FiscalYearStarts  string // %s month
	FiscalYearExample string // %s year (YearLabel), %s first day, %s last day
}

var enCommon = Common{
	VisionName:       "International Vision 20-30",
	YearsLeft:        "%.1f years (%d days) left to the end of 2030",
	VisionOver:       "2030 has passed",
	AsOf:             "as of %s",
	Formulated:       "formulated 2017",
	Ideal:            "“the happiness of all people involved in the global automobile industry”",
	TabDashboard:     "Dashboard",
	TabPartners:      "Partners",
	TabEntries:       "Entries",
	TooSmall:         "Terminal %d×%d — needs at least %d×%d",
	TooSmallTwoLines: "Terminal %d×%d\nneeds at least %d×%d",
	TooSmallShort:    "%d×%d < %d×%d",
	Loading:          "Loading…",
	LoadFailed:       "Could not load: %v",
	UnknownCount:     "–",
	NoValue:          "—",
	Ellipsis:         "…",
	PartnersTotal:    "%s in %s · %s",
	PartnersN:        Plural{One: "%d partner", Other: "%d partners"},
	CountriesN:       Plural{One: "%d country", Other: "%d countries"},
	EntriesN:         Plural{One: "%d entry", Other: "%d entries"},

	Statuses: map[store.GoalStatus]string{store.OnTrack: "on track", store.AtRisk: "at risk",
		store.OffTrack: "off track", store.NoData: "no data"},
	No:                   "no",
	TabActions:           "Actions",
	RequestStatuses:      map[store.RequestStatus]string{store.StatusOpen: "open", store.StatusAnswered: "answered", store.StatusClosed: "closed"},
	FieldRequired:        "%s: required",
	FieldChoose:          "%s: choose at least one",
	FieldBadDate:         "%s: %q is not a date (such as 2026-04-01, 2026/4/1 or R8.4.1)",
	FieldFuture:          "%s: %q is in the future",
	FieldTooLong:         "%s: too long (at most %d characters)",
	FieldBadUTF8:         "%s: not valid UTF-8 text",
	FieldNUL:             "%s: contains a NUL byte",
	FieldUnknown:         "%s: unknown %q",
	FieldOrder:           "%s: %q is before the %s date (%q)",
	FieldBeforeEntry:     "%s: %q is before the entry's date (%q)",
	FieldTooEarly:        "%s: %q is before 1900-01-01",
	FieldRequestOnly:     "%s: request dates and \"came first\" are only for requests, not for a %s",
	FieldNotFound:        "%s: not found",
	FieldTaken:           "%s: %q is already used by another partner",
	FieldBadYear:         "%s: %q is not a year between 1800 and this one",
	FieldBadMonth:        "%s: %q is not a month (1–12)",
	FieldBadTarget:       "%s: %q is not a share above 0 and at most 1 (100 %%)",
	FieldTwice:           "%s: %q appears more than once among the rows",
	FieldAmbiguous:       "%s: %q matches more than one",
	FieldTakenBy:         "%s: %q is already used by %s (#%d)",
	FieldTakenByArchived: "%s: %q is already used by %s (#%d), an archived partner: make it active again rather than adding it anew",
	FieldNoSuchDay:       "%s: %q: no such day; %s has %d days",
	FieldNoSuchMonth:     "%s: %q: no such day; a month is 1–12",
	FieldEraDate:         "%s: %q is not a day of %s, which ran from %s to %s",
	FieldEraDateNow:      "%s: %q is not a day of %s, which began on %s",
	MonthYear:            "%s %d",

	Fields: map[string]string{
		"date": "date", "kind": "kind", "partners": "partners", "goals": "goals", "title": "title",
		"summary": "summary", "author": "author", "opened": "opened", "first response": "first response",
		"closed": "closed", "stage": "stage", "note": "note", "entry": "entry",
		"name": "name", "short name": "short name", "country": "country", "since": "since", "contact": "contact",
		"companies": "companies", "notes": "notes", "what": "what", "owner": "owner", "due": "due", "done": "done",
		"came first": "came first", "japanese name": "Japanese name", "reading": "reading", "tracked": "tracked",
		"archived": "archived", "japanese title": "Japanese title", "short title": "short title",
		"japanese short title": "Japanese short title", "description": "description",
		"japanese description": "Japanese description", "description draft": "description is a draft",
		"japanese confirmed": "Japanese confirmed", "target": "2030 target", "target default": "default target",
		"rubric": "rubric", "japanese rubric": "Japanese rubric", "rubric draft": "rubric is a draft",
		"fiscal year start": "fiscal year start", "as-of": "as-of date",
		"uid": "uid", "id": "id", "partner ids": "partner ids", "partner uids": "partner uids",
		"created": "created (UTC)", "updated": "updated (UTC)", "deleted": "deleted (UTC)",
		"entry uid": "entry uid", "entry title": "entry title", "partner": "partner", "partner uid": "partner uid",
		"goal": "goal",
	},
	EntryKinds: map[store.EntryKind]string{
		store.KindConsultation: "consultation", store.KindConference: "conference", store.KindSeminar: "seminar",
		store.KindVisit: "visit", store.KindOnlineMeeting: "online meeting", store.KindCorrespondence: "correspondence",
		store.KindRequest: "request", store.KindNews: "news",
	},
	PartnerKinds: map[store.PartnerKind]string{
		store.KindUnion: "union", store.KindFederation: "federation", store.KindGlobalUnion: "global union",
		store.KindNationalCentre: "national centre", store.KindInternationalOrg: "international org.",
		store.KindGovernment: "government", store.KindEmployer: "employer", store.KindNGO: "NGO", store.KindOther: "other",
	},
	PartnerKindsShort: map[store.PartnerKind]string{
		store.KindUnion: "union", store.KindFederation: "federation", store.KindGlobalUnion: "global union",
		store.KindNationalCentre: "nat. centre", store.KindInternationalOrg: "intl. org.",
		store.KindGovernment: "government", store.KindEmployer: "employer", store.KindNGO: "NGO", store.KindOther: "other",
	},

	ErrNotDB: "%s is not a vision2030 (SQLite) database; it was left untouched",
	ErrNewer: "%s was written by a newer vision2030 (schema %d; this one knows up to %d); it was left untouched — upgrade vision2030",
	ErrOpen:  "cannot open %s: %v",

	ErrReadOnly:    "%s is open read-only (this user cannot write the file or its folder), so nothing was changed",
	ErrDamaged:     "%s is damaged, so nothing was changed",
	HintReadOnly:   "ask for write access, or work on a copy ('vision2030 backup' makes one)",
	HintDamaged:    "run 'vision2030 check', and restore the file from a backup",
	ErrOldReadOnly: "%s was written by an older vision2030 (schema %d; this one needs %d) and cannot be upgraded here because it is read-only; open a writable copy",

	FilterProblems: map[store.FilterProblem]string{
		store.FilterUnknownKey:       "filter: %q: unknown key",
		store.FilterBadValue:         "filter: %q: not a valid value for this key",
		store.FilterEmptyValue:       "filter: %q: needs a value",
		store.FilterOpenQuote:        "filter: the quote before %q is not closed",
		store.FilterEmptyPeriod:      "filter: %q: since is after until",
		store.FilterTooLong:          "filter: %q: too long",
		store.FilterBadText:          "filter: %q: not valid text",
		store.FilterUnknownGoal:      "filter: %q: there is no such goal",
		store.FilterUnknownPartner:   "filter: %q: no partner has this id, name or short name",
		store.FilterUnknownCountry:   "filter: %q: no country has this code or name",
		store.FilterAmbiguousCountry: "filter: %q: more than one country has this name; give its code",
	},
	FilterKeysHint: "keys: %s; words and \"phrases\" search titles, summaries and partners",

	Yes: "yes",

	NoteDraft:       "draft: not in the source texts, for JAW to confirm",
	NoteTranslation: "translation, not yet confirmed by JAW",
	NoteList:        "(%s)",
	NoteSep:         "; ",
	NoteMark:        "*",
	NoteMarked:      "%s %s",
	TargetDefault:   "default setting",

	YearCalendar:    "%d",
	YearFiscal:      "FY%d",
	QuarterCalendar: "%dQ%d",
	QuarterFiscal:   "FY%dQ%d",
	Months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December"},
	FiscalYearStarts:  "The fiscal year starts in %s.",
	FiscalYearExample: "%s runs from %s to %s.",
}

// jaCommon is Common in the words of the bureau. Kinds and statuses are the
// words the database's tables hold (entry_kinds, partner_kinds), which a test
// compares.
var jaCommon = Common{
	VisionName:       "国際ビジョン20-30",
	YearsLeft:        "2030年末まで残り%.1f年（%d日）",
	VisionOver:       "2030年を過ぎました",
	AsOf:             "%s時点",
	Formulated:       "2017年策定",
	Ideal:            "「グローバル自動車産業に関わるすべての人々の幸せ」",
	TabDashboard:     "ダッシュボード",
	TabPartners:      "パートナー",
	TabEntries:       "活動記録",
	TooSmall:         "端末 %d×%d：%d×%d 以上が必要です",
	TooSmallTwoLines: "端末 %d×%d\n%d×%d 以上が必要です",
	TooSmallShort:    "%d×%d < %d×%d",
	Loading:          "読み込み中…",
	LoadFailed:       "読み込めませんでした：%v",
	UnknownCount:     "–",
	NoValue:          "—",
	Ellipsis:         "…",
	PartnersTotal:    "%s（%s）・%s",
	PartnersN:        Plural{Other: "パートナー%d団体"},
	CountriesN:       Plural{Other: "%dか国・地域"},
	EntriesN:         Plural{Other: "記録%d件"},

	Statuses: map[store.GoalStatus]string{store.OnTrack: "順調", store.AtRisk: "要注意",
		store.OffTrack: "遅れ", store.NoData: "データなし"},
	No:               "いいえ",
	TabActions:       "フォローアップ",
	RequestStatuses:  map[store.RequestStatus]string{store.StatusOpen: "未回答", store.StatusAnswered: "回答済み", store.StatusClosed: "完了"},
	FieldRequired:    "%s：入力してください",
	FieldChoose:      "%s：選んでください",
	FieldBadDate:     "%s：%q は日付ではありません（2026-04-01、2026/4/1、令和8年4月1日 など）",
	FieldFuture:      "%s：%q は未来の日付です",
	FieldTooLong:     "%s：長すぎます（%d文字まで）",
	FieldBadUTF8:     "%s：UTF-8 の文字列ではありません",
	FieldNUL:         "%s：NUL 文字が含まれています",
	FieldUnknown:     "%s：%q は登録されていません",
	FieldOrder:       "%s：%q が%s（%q）より前です",
	FieldBeforeEntry: "%s：%q が記録の日付（%q）より前です",
	FieldTooEarly:    "%s：%q は1900-01-01より前です",
	FieldRequestOnly: "%s：受付・回答・完了の日付と「最初にJAWに相談」は種類「相談」の記録にだけ入力できます" +
		"（この記録は%s）",
	FieldNotFound:        "%s：見つかりません",
	FieldTaken:           "%s：%q はほかのパートナーが使っています",
	FieldBadYear:         "%s：%q は1800年から今年までの年ではありません",
	FieldBadMonth:        "%s：%q は月（1〜12）ではありません",
	FieldBadTarget:       "%s：%q は0より大きく1（100%%）以下の割合ではありません",
	FieldTwice:           "%s：%q が複数の行にあります",
	FieldAmbiguous:       "%s：%q に当てはまるものが複数あります",
	FieldTakenBy:         "%s：%q は %s（#%d）が使っています",
	FieldTakenByArchived: "%s：%q はアーカイブ済みの %s（#%d）が使っています。新しく追加せず、有効に戻してください",
	FieldNoSuchDay:       "%s：%q という日はありません（%sは%d日まで）",
	FieldNoSuchMonth:     "%s：%q という日はありません（月は1〜12）",
	FieldEraDate:         "%s：%q は%sの期間（%s〜%s）の日付ではありません",
	FieldEraDateNow:      "%s：%q は%s（%s〜）の日付ではありません",
	MonthYear:            "%[2]d年%[1]s",

	Fields: map[string]string{
		"date": "日付", "kind": "種類", "partners": "パートナー", "goals": "目標", "title": "タイトル",
		"summary": "概要", "author": "記録者", "opened": "受付日", "first response": "初回回答日",
		"closed": "完了日", "stage": "段階", "note": "メモ", "entry": "記録",
		"name": "名称", "short name": "略称", "country": "国・地域", "since": "関係開始年", "contact": "連絡先",
		"companies": "関連企業", "notes": "備考", "what": "内容", "owner": "担当者", "due": "期限", "done": "完了日",
		"came first": "最初にJAWに相談", "japanese name": "日本語名称", "reading": "読み", "tracked": "進捗の対象",
		"archived": "アーカイブ", "japanese title": "日本語タイトル", "short title": "短縮タイトル",
		"japanese short title": "日本語短縮タイトル", "description": "説明",
		"japanese description": "日本語の説明", "description draft": "説明は案",
		"japanese confirmed": "日本語確認済み", "target": "2030年の目標値", "target default": "目標値は既定値",
		"rubric": "基準", "japanese rubric": "日本語の基準", "rubric draft": "基準は案",
		"fiscal year start": "年度の開始月", "as-of": "基準日",
		"uid": "固有ID", "id": "ID", "partner ids": "パートナーID", "partner uids": "パートナー固有ID",
		"created": "作成日時（UTC）", "updated": "更新日時（UTC）", "deleted": "削除日時（UTC）",
		"entry uid": "記録の固有ID", "entry title": "記録のタイトル", "partner": "パートナー", "partner uid": "パートナー固有ID",
		"goal": "目標",
	},
	EntryKinds: map[store.EntryKind]string{
		store.KindConsultation: "二国間協議", store.KindConference: "会議", store.KindSeminar: "セミナー・研修",
		store.KindVisit: "訪問", store.KindOnlineMeeting: "オンライン会議", store.KindCorrespondence: "文書・連絡",
		store.KindRequest: "相談", store.KindNews: "動向",
	},
	PartnerKinds: map[store.PartnerKind]string{
		store.KindUnion: "労働組合", store.KindFederation: "産別・全国組織", store.KindGlobalUnion: "グローバル・ユニオン",
		store.KindNationalCentre: "ナショナルセンター", store.KindInternationalOrg: "国際機関",
		store.KindGovernment: "政府機関", store.KindEmployer: "使用者団体・企業", store.KindNGO: "NGO", store.KindOther: "その他",
	},
	PartnerKindsShort: map[store.PartnerKind]string{
		store.KindUnion: "労働組合", store.KindFederation: "産別・全国", store.KindGlobalUnion: "国際産別",
		store.KindNationalCentre: "全国中央組織", store.KindInternationalOrg: "国際機関",
		store.KindGovernment: "政府機関", store.KindEmployer: "使用者・企業", store.KindNGO: "NGO", store.KindOther: "その他",
	},

	ErrNotDB: "%s は vision2030 の（SQLite）データベースではありません。ファイルは変更していません",
	ErrNewer: "%s は新しい vision2030 で書かれています（スキーマ %d。このバージョンは %d まで）。" +
		"ファイルは変更していません。vision2030 を更新してください",
	ErrOpen: "%s を開けません：%v",

	FilterProblems: map[store.FilterProblem]string{
		store.FilterUnknownKey:       "絞り込み：%q：不明なキーです",
		store.FilterBadValue:         "絞り込み：%q：このキーには使えない値です",
		store.FilterEmptyValue:       "絞り込み：%q：値がありません",
		store.FilterOpenQuote:        "絞り込み：%q の前の \" が閉じていません",
		store.FilterEmptyPeriod:      "絞り込み：%q：since が until より後です",
		store.FilterTooLong:          "絞り込み：%q：長すぎます",
		store.FilterBadText:          "絞り込み：%q：文字列として読めません",
		store.FilterUnknownGoal:      "絞り込み：%q：その番号の目標はありません",
		store.FilterUnknownPartner:   "絞り込み：%q：この ID・名称・略称のパートナーはいません",
		store.FilterUnknownCountry:   "絞り込み：%q：このコード・名称の国はありません",
		store.FilterAmbiguousCountry: "絞り込み：%q：この名称に当たる国が複数あります。国コードで指定してください",
	},
	FilterKeysHint: "キー：%s。語句や \"フレーズ\" はタイトル・概要・パートナー名から探します（全角でも入力できます）",

	Yes: "はい",

	NoteDraft:       "案：原典にない記述。JAWの確認待ち",
	NoteTranslation: "仮訳：JAWの確認待ち",
	NoteList:        "（%s）",
	NoteSep:         "／",
	NoteMark:        "※",
	NoteMarked:      "%s%s",
	TargetDefault:   "既定値",

	YearCalendar:      "%d年",
	YearFiscal:        "%d年度",
	QuarterCalendar:   "%d年%dQ",
	QuarterFiscal:     "%d年度%dQ",
	Months:            [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	FiscalYearStarts:  "年度は%sに始まります。",
	FiscalYearExample: "%sは%sから%sまでです。",
	ErrReadOnly:       "%s は読み取り専用で開いています（このユーザーはファイルまたはそのフォルダーに書き込めません）。何も変更していません",
	ErrDamaged:        "%s は破損しています。何も変更していません",
	HintReadOnly:      "書き込み権限を依頼するか、コピーで作業してください（コピーは 'vision2030 backup' で作れます）",
	HintDamaged:       "'vision2030 check' を実行し、ファイルをバックアップから復元してください",
	ErrOldReadOnly:    "%s は古い vision2030 で作られたファイルです（スキーマ %d、このバージョンには %d が必要）。読み取り専用のため更新できません。書き込めるコピーを開いてください",
}

// Note says what a reader is told about a reference text (a draft, a
// translation, both), or "" when there is nothing to tell.
func (c *Catalogue) Note(n store.TextNote) string {
	if text := c.noteText(n); text != "" {
		return fmt.Sprintf(c.NoteList, text)
	}
	return ""
}

// noteText is the note's words, without the brackets a note after its text
// has: a footnote's line.
func (c *Catalogue) noteText(n store.TextNote) string {
	var parts []string
	if n.Draft {
		parts = append(parts, c.NoteDraft)
	}
	if n.Translation {
		parts = append(parts, c.NoteTranslation)
	}
	return strings.Join(parts, c.NoteSep)
}

// Footnotes gathers the notes of a list's texts, to say each once under
// the list: Mark puts a mark on a text (※, or ※1, ※2 for several notes),
// Lines are the notes with their marks.
type Footnotes struct {
	c     *Catalogue
	notes []string
	texts []footnoted
}

type footnoted struct {
	text string
	note int // -1: none
}

// Footnotes starts an empty set of notes.
func (c *Catalogue) Footnotes() *Footnotes { return &Footnotes{c: c} }

// Add records text with its note and returns its index, for Marked.
func (f *Footnotes) Add(text string, n store.TextNote) int {
	i := -1
	if note := f.c.noteText(n); note != "" {
		if i = slices.Index(f.notes, note); i < 0 {
			f.notes = append(f.notes, note)
			i = len(f.notes) - 1
		}
	}
	f.texts = append(f.texts, footnoted{text, i})
	return len(f.texts) - 1
}

// Marked is text k of Add with its note's mark, once every text is added
// (the marks are numbered only when there are several notes).
func (f *Footnotes) Marked(k int) string {
	t := f.texts[k]
	if t.note < 0 {
		return t.text
	}
	return fmt.Sprintf(f.c.NoteMarked, t.text, f.mark(t.note))
}

func (f *Footnotes) mark(i int) string {
	if len(f.notes) == 1 {
		return f.c.NoteMark
	}
	return f.c.NoteMark + strconv.Itoa(i+1)
}

// Lines are the notes, each after its mark.
func (f *Footnotes) Lines() []string {
	var out []string
	for i, n := range f.notes {
		out = append(out, f.mark(i)+" "+n)
	}
	return out
}

// YearLabel names year y as fy counts years: "2025" or "FY2025" (2025年,
// 2025年度).
func (c *Catalogue) YearLabel(fy store.FiscalYear, y int) string {
	if fy.IsCalendar() {
		return fmt.Sprintf(c.YearCalendar, y)
	}
	return fmt.Sprintf(c.YearFiscal, y)
}

// QuarterLabel names a quarter given as a store.QuarterPoint's Quarter
// token ("2025Q1", "FY2025Q1"); a token it cannot read is shown as it is.
func (c *Catalogue) QuarterLabel(token string) string {
	y, q, fiscal, ok := store.ParseQuarterToken(token)
	switch {
	case !ok:
		return token
	case fiscal:
		return fmt.Sprintf(c.QuarterFiscal, y, q)
	}
	return fmt.Sprintf(c.QuarterCalendar, y, q)
}

// Month names month m (1–12).
func (c *Catalogue) Month(m time.Month) string {
	if m < time.January || m > time.December {
		return fmt.Sprint(int(m))
	}
	return c.Months[m-1]
}

// ParseEntryKind reads an entry kind as a person types it: its token
// (online_meeting, or "online meeting"), or its word in any catalogue's
// language (訪問), compared by store.NameKey, so case, full width and
// spacing do not matter.
func ParseEntryKind(s string) (store.EntryKind, bool) {
	return parseKind(s, store.EntryKinds, (*Catalogue).EntryKind)
}

// ParseRequestStatus reads a request's status as ParseEntryKind reads a
// kind: its token (open) or its word in any catalogue's language (未回答).
func ParseRequestStatus(s string) (store.RequestStatus, bool) {
	return parseKind(s, store.RequestStatuses, func(c *Catalogue, st store.RequestStatus) string { return c.RequestStatuses[st] })
}

// The filter language reads kinds as --kind does, and statuses in the
// words the screens show.
func init() {
	store.ReadEntryKind = ParseEntryKind
	store.ReadRequestStatus = ParseRequestStatus
}

// ParsePartnerKind reads a partner kind as ParseEntryKind reads an entry
// kind (union, global_union, 労働組合).
func ParsePartnerKind(s string) (store.PartnerKind, bool) {
	return parseKind(s, store.PartnerKinds, (*Catalogue).PartnerKind)
}

func parseKind[K ~string](s string, kinds []K, word func(*Catalogue, K) string) (K, bool) {
	key := func(s string) string { return store.NameKey(strings.ReplaceAll(s, "_", " ")) }
	k := key(s)
	if k == "" {
		return "", false
	}
	for _, kind := range kinds {
		if k == key(string(kind)) {
			return kind, true
		}
	}
	for _, lang := range Languages {
		t, _ := Lookup(lang)
		for _, kind := range kinds {
			if k == key(word(t, kind)) {
				return kind, true
			}
		}
	}
	return "", false
}
