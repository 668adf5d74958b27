// Package demo builds realistic, deterministic vision2030 databases: a
// bureau's log of consultations with partner unions abroad since 2017, in
// English, Japanese and Thai, with requests and their response times,
// follow-up actions (some overdue), stage histories that rise unevenly,
// archived partners and deleted entries. A newcomer sees a populated
// dashboard with it in one command, the README's capture is made from it,
// and the benchmarks measure it at 10^4 to 10^6 entries.
//
// Everything is drawn from one random source seeded by Options.Seed, and
// the clock is Options.Today: the same options build the same database.
// Records are written through store.Load, which checks them as the store
// checks any record, so every invariant of the schema holds.
package demo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"time"

	"vision2030/seed"
	"vision2030/store"
)

// Options say what database to build.
type Options struct {
	Entries  int       // how many entries; DefaultEntries if 0
	Partners int       // how many partners to add to the seed's; DefaultPartners(Entries) if 0
	Seed     uint64    // the random source's seed
	Today    time.Time // the clock: the last day entries may fall on; today if zero
	// Progress, if set, hears how far the build has come: done of total
	// entries written, then Finishing while the search index is merged and
	// statistics are gathered.
	Progress func(stage Stage, done, total int)
}

// Stage is a part of a build, for progress reports.
type Stage string

// The stages of a build.
const (
	Writing   Stage = "writing"   // entries are being written
	Finishing Stage = "finishing" // the search index is merged, statistics gathered
)

// DefaultEntries is how many entries a demo has unless told otherwise.
const DefaultEntries = 10000

// MaxEntries is the most entries a demo may have.
const MaxEntries = 10_000_000

// First is the first day demo entries may fall on: the year the vision was
// formulated.
const First = "2017-01-04"

// DefaultPartners is how many partners a demo of n entries has unless told
// otherwise: one per hundred entries, between 30 and 1,000.
func DefaultPartners(n int) int { return min(max(n/100, 30), 1000) }

// ErrNotDemo is returned by Build, which writes nothing, when path is a
// database that Build did not make.
var ErrNotDemo = errors.New("not a demo database")

// Params is what a demo database records of how it was built, in its
// settings under store.DemoKey, as JSON.
type Params struct {
	Entries  int    `json:"entries"`
	Partners int    `json:"partners"`
	Seed     uint64 `json:"seed"`
	Today    string `json:"today"`
}

// Build writes a demo database at path, replacing a demo database there
// but refusing (ErrNotDemo, or the error that says why the file cannot be
// read) any other file. It builds into a new file beside path and renames
// it into place when complete, so a failed or interrupted build leaves
// path as it was.
func Build(ctx context.Context, path string, o Options) (Params, error) {
	if o.Entries == 0 {
		o.Entries = DefaultEntries
	}
	if o.Partners == 0 {
		o.Partners = DefaultPartners(o.Entries)
	}
	if o.Today.IsZero() {
		o.Today = time.Now()
	}
	today := time.Date(o.Today.Year(), o.Today.Month(), o.Today.Day(), 12, 0, 0, 0, time.UTC)
	p := Params{Entries: o.Entries, Partners: o.Partners, Seed: o.Seed, Today: today.Format(store.DateLayout)}
	if o.Entries < 0 || o.Entries > MaxEntries || o.Partners < 1 || o.Partners > 100_000 {
		return p, fmt.Errorf("demo: %d entries and %d partners: out of range", o.Entries, o.Partners)
	}
	if p.Today < First {
		return p, fmt.Errorf("demo: today %s is before %s", p.Today, First)
	}
	switch demo, err := store.IsDemo(ctx, path); {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return p, err
	case !demo:
		return p, ErrNotDemo
	}
	tmp := path + ".demo-tmp"
	removeDB(tmp)
	defer removeDB(tmp)
	if err := build(ctx, tmp, o, today, p); err != nil {
		return p, err
	}
	// A log left beside the old file must not be applied to the new one.
	removeDB(path)
	return p, os.Rename(tmp, path)
}

// removeDB removes a database file and the files SQLite keeps beside it.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
}

func build(ctx context.Context, path string, o Options, today time.Time, p Params) error {
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	st.Now = func() time.Time { return today }
	if _, err := seed.Apply(ctx, st); err != nil {
		return err
	}
	seeded, err := st.ActivePartners(ctx)
	if err != nil {
		return err
	}
	g := newGenerator(o, today)
	params, _ := json.Marshal(p)
	err = st.Load(ctx, func(l *store.Loader) error {
		if err := l.SetSetting(store.DemoKey, string(params)); err != nil {
			return err
		}
		if err := g.partners(l, seeded); err != nil {
			return err
		}
		if err := g.entries(ctx, l); err != nil {
			return err
		}
		if o.Progress != nil {
			o.Progress(Finishing, o.Entries, o.Entries)
		}
		return g.assessments(l)
	})
	if err != nil {
		return err
	}
	return st.Close()
}

// generator draws a demo's records from one random source.
type generator struct {
	o      Options
	r      *rand.Rand
	today  time.Time
	days   []string  // every day from First to today
	dayCum []float64 // cumulative weight of entries per day
	ps     []partner
	psCum  []float64
	steady []int // partners active over the whole period
	// byCountry lists each country's partners (indexes into ps).
	byCountry map[string][]int
	staff     []string
	staffW    []float64
	topicW    []float64
	country   map[string]string // code → English name
	uid       uint64
}

// partner is what the generator knows of a partner.
type partner struct {
	id                  int64
	short, name, nameJA string
	country             string
	town                string
	company             company
	kind                store.PartnerKind
	tracked             bool
	from, until         int // the days it can appear on
}

func newGenerator(o Options, today time.Time) *generator {
	g := &generator{o: o, r: rand.New(rand.NewPCG(o.Seed, 0x7669_7369_6f6e_3230)), today: today, country: map[string]string{},
		byCountry: map[string][]int{}}
	g.uid = g.r.Uint64()
	first, _ := store.ParseDate(First)
	n := int(today.Sub(first).Hours()/24) + 1
	total := 0.0
	for i := 0; i < n; i++ {
		d := first.AddDate(0, 0, i)
		g.days = append(g.days, d.Format(store.DateLayout))
		// The bureau grows busier year by year, works on weekdays and
		// slows down over New Year and in mid-August.
		w := 1 + 2*float64(i)/float64(n)
		switch {
		case d.Weekday() == time.Saturday || d.Weekday() == time.Sunday:
			w *= 0.12
		case d.YearDay() <= 4 || d.Month() == time.December && d.Day() >= 28:
			w *= 0.1
		case d.Month() == time.August && d.Day() >= 11 && d.Day() <= 16:
			w *= 0.3
		}
		total += w
		g.dayCum = append(g.dayCum, total)
	}
	staff := min(max(o.Entries/10000, 8), 120)
	for i := 0; i < staff; i++ {
		name := staffNames[i%len(staffNames)]
		if i >= len(staffNames) {
			name = fmt.Sprintf("%c.%s", 'a'+rune(i/len(staffNames))-1, name)
		}
		g.staff = append(g.staff, name)
		g.staffW = append(g.staffW, math.Exp(g.r.NormFloat64()*0.6))
	}
	for _, t := range topics {
		g.topicW = append(g.topicW, t.weight)
	}
	for _, c := range seed.Countries() {
		g.country[c.Code] = c.NameEN
	}
	return g
}

// pick returns an index drawn with the given weights.
func (g *generator) pick(weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	x := g.r.Float64() * total
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// pickCum returns an index drawn from cumulative weights.
func (g *generator) pickCum(cum []float64) int {
	x := g.r.Float64() * cum[len(cum)-1]
	return min(sort.SearchFloat64s(cum, x), len(cum)-1)
}

func (g *generator) chance(p float64) bool { return g.r.Float64() < p }

func one[T any](g *generator, xs []T) T { return xs[g.r.IntN(len(xs))] }

func (g *generator) nextUID(kind byte) string {
	g.uid++
	return fmt.Sprintf("%014x%02x%016x", g.uid>>8, kind, g.uid)
}

// timestamp is a moment during Tokyo's working day on day d, in UTC.
func (g *generator) timestamp(d int) string {
	t, _ := store.ParseDate(g.days[min(d, len(g.days)-1)])
	return t.Add(time.Duration(g.r.IntN(9*3600)) * time.Second).Format(time.RFC3339)
}

var kindWeights = []struct {
	kind   store.EntryKind
	weight float64
}{
	{store.KindConsultation, 22}, {store.KindOnlineMeeting, 21}, {store.KindCorrespondence, 21},
	{store.KindVisit, 10}, {store.KindConference, 9}, {store.KindSeminar, 10},
	{store.KindRequest, 5}, {store.KindNews, 2},
}

var partnerKinds = []struct {
	kind   store.PartnerKind
	weight float64
}{
	{store.KindUnion, 76}, {store.KindFederation, 12}, {store.KindNationalCentre, 3}, {store.KindNGO, 3},
	{store.KindGovernment, 2}, {store.KindEmployer, 2}, {store.KindGlobalUnion, 1}, {store.KindInternationalOrg, 1},
}

// partners writes the demo's partners and learns the seed's.
func (g *generator) partners(l *store.Loader, seeded []store.Partner) error {
	last := len(g.days) - 1
	for _, p := range seeded {
		g.ps = append(g.ps, partner{id: p.ID, short: p.Label(), name: p.Name, nameJA: p.NameJA, country: p.CountryCode, kind: p.Kind,
			tracked: p.Tracked, until: last, company: one(g, companies), town: g.townOf(p.CountryCode)})
	}
	var cw []float64
	for _, c := range countries {
		cw = append(cw, c.weight)
	}
	var kw []float64
	for _, k := range partnerKinds {
		kw = append(kw, k.weight)
	}
	// Names and short names are all different, compared as the store
	// compares names.
	taken := map[string]bool{}
	for _, p := range seeded {
		taken[store.NameKey(p.Name)], taken[store.NameKey(p.ShortName)] = true, p.ShortName != ""
	}
	free := func(n naming) bool { return !taken[store.NameKey(n.name)] && !taken[store.NameKey(n.short)] }
	archivedAny := false
	for i := 0; i < g.o.Partners; i++ {
		c := countries[g.pick(cw)]
		kind := partnerKinds[g.pick(kw)].kind
		if c.code == "JP" && kind != store.KindUnion && kind != store.KindFederation {
			kind = store.KindUnion // Japan's others are the seed's, and real
		}
		cname := g.country[c.code]
		// The first free name of a few draws of town, company and
		// industry; a branch of the last one drawn when none is free.
		var n naming
		var co company
		var town string
		for try := 0; n.name == ""; try++ {
			co, town = one(g, companies), one(g, c.towns)
			options := namings(kind, c.code, cname, town, co, one(g, industries))
			for _, o := range options {
				if free(o) {
					n = o
					break
				}
			}
			if try == 12 && n.name == "" {
				n = options[0]
				for b := 2; !free(n); b++ {
					n = options[0]
					n.name = fmt.Sprintf("%s, %s Branch %d", n.name, town, b)
					n.short = fmt.Sprintf("%s-%s%s", n.short, townCode(town), roman(b))
				}
			}
		}
		taken[store.NameKey(n.name)], taken[store.NameKey(n.short)] = true, true
		p := store.Partner{Kind: kind, CountryCode: c.code, Tracked: store.TrackedByDefault(kind), UID: g.nextUID('p'),
			Name: n.name, ShortName: n.short, NameJA: n.nameJA, Yomi: n.yomi}
		if kind == store.KindUnion {
			p.Companies = co.en
			if th := thaiTowns[town]; th != "" && g.chance(0.3) {
				p.Name = "สหภาพแรงงาน " + co.en + " " + th
			}
		}
		if g.chance(0.03) {
			p.Tracked = !p.Tracked
		}
		if g.chance(0.7) {
			p.Since = 1985 + g.r.IntN(g.today.Year()-1985)
		}
		from := 0
		if p.Since > 2017 {
			from = g.dayOf(fmt.Sprintf("%d-01-01", p.Since))
		}
		until := last
		// One in twenty is archived, and at least one (the last partner
		// that can be) in a demo too small to draw one.
		if (g.chance(0.05) || i == g.o.Partners-1 && !archivedAny) && from+400 < last-90 {
			p.Archived, archivedAny = true, true
			until = from + 365 + g.r.IntN(last-90-from-365)
		}
		id, err := l.Partner(p)
		if err != nil {
			return err
		}
		g.ps = append(g.ps, partner{id: id, short: p.ShortName, name: p.Name, nameJA: p.NameJA, country: c.code, town: town,
			company: co, kind: kind, tracked: p.Tracked, from: from, until: until})
	}
	total := 0.0
	for i, p := range g.ps {
		w := math.Exp(g.r.NormFloat64() * 0.9)
		switch p.kind {
		case store.KindUnion:
		case store.KindFederation:
			w *= 2
		default:
			w *= 0.5
		}
		total += w
		g.psCum = append(g.psCum, total)
		if p.from == 0 && p.until == last {
			g.steady = append(g.steady, i)
		}
		g.byCountry[p.country] = append(g.byCountry[p.country], i)
	}
	return nil
}

func (g *generator) townOf(code string) string {
	for _, c := range countries {
		if c.code == code {
			return one(g, c.towns)
		}
	}
	return countries[0].towns[0]
}

// dayOf is the index of date in g.days, held to its range.
func (g *generator) dayOf(date string) int {
	i := sort.SearchStrings(g.days, date)
	return min(max(i, 0), len(g.days)-1)
}

// partnerOn draws a partner active on day d.
func (g *generator) partnerOn(d int) int {
	for range 8 {
		i := g.pickCum(g.psCum)
		if p := g.ps[i]; p.from <= d && d <= p.until {
			return i
		}
	}
	return g.steady[g.r.IntN(len(g.steady))]
}

// slot is an entry before it is written: its day, and the day it was
// logged, which orders the ids.
type slot struct {
	day, logged int
	seq         int
}

// entries writes the entries, their actions, and deletes some.
func (g *generator) entries(ctx context.Context, l *store.Loader) error {
	n := g.o.Entries
	last := len(g.days) - 1
	slots := make([]slot, n)
	for i := range slots {
		d := g.pickCum(g.dayCum)
		lag := 0
		switch x := g.r.Float64(); {
		case x < 0.3:
			lag = 1 + g.r.IntN(3)
		case x < 0.4:
			lag = 4 + g.r.IntN(17)
		}
		slots[i] = slot{day: d, logged: min(d+lag, last), seq: i}
	}
	sort.Slice(slots, func(i, j int) bool {
		a, b := slots[i], slots[j]
		if a.logged != b.logged {
			return a.logged < b.logged
		}
		return a.seq < b.seq
	})
	var kw []float64
	for _, k := range kindWeights {
		kw = append(kw, k.weight)
	}
	for i, s := range slots {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if g.o.Progress != nil {
				g.o.Progress(Writing, i, n)
			}
		}
		e := g.entry(s, kindWeights[g.pick(kw)].kind)
		id, err := l.Entry(e)
		if err != nil {
			return fmt.Errorf("demo entry %d (%s): %w", i+1, e.Date, err)
		}
		if e.DeletedAt == "" && e.Kind != store.KindNews && g.chance(1.0/19) {
			if _, err := l.Action(g.action(s, id, e)); err != nil {
				return fmt.Errorf("demo action of entry %d: %w", id, err)
			}
		}
	}
	if g.o.Progress != nil {
		g.o.Progress(Writing, n, n)
	}
	return nil
}

// lang is the language an entry is written in.
type lang int

const (
	english lang = iota
	japanese
	thai
)

// entry draws one entry on slot s's day.
func (g *generator) entry(s slot, kind store.EntryKind) store.LoadEntry {
	last := len(g.days) - 1
	e := store.LoadEntry{NewEntry: store.NewEntry{UID: g.nextUID('e'), Date: g.days[s.day], Kind: kind,
		Author: g.staff[g.pick(g.staffW)]}}
	np := 1
	switch x := g.r.Float64(); {
	case kind == store.KindConference || kind == store.KindSeminar:
		np = 2 + g.r.IntN(5)
	case x < 0.2:
		np = 2
	case x < 0.26:
		np = 3
	}
	// A conference or a seminar brings partners from anywhere; the
	// others are with one partner and, sometimes, others of its country
	// (its federation, its national centre).
	first := g.partnerOn(s.day)
	ps := []partner{g.ps[first]}
	e.PartnerIDs = []int64{g.ps[first].id}
	seen := map[int]bool{first: true}
	multi := kind == store.KindConference || kind == store.KindSeminar
	local := g.byCountry[g.ps[first].country]
	for tries := 0; len(ps) < np && tries < 8*np; tries++ {
		var i int
		if multi {
			i = g.partnerOn(s.day)
		} else {
			i = local[g.r.IntN(len(local))]
		}
		if p := g.ps[i]; seen[i] || p.from > s.day || s.day > p.until {
			continue
		}
		seen[i] = true
		ps = append(ps, g.ps[i])
		e.PartnerIDs = append(e.PartnerIDs, g.ps[i].id)
	}
	ng := 1
	switch x := g.r.Float64(); {
	case x < 0.07:
		ng = 3
	case x < 0.35:
		ng = 2
	}
	gw := []float64{0.35, 0.45, 0.2}
	for len(e.GoalIDs) < ng {
		i := g.pick(gw)
		gw[i] = 0
		e.GoalIDs = append(e.GoalIDs, i+1)
	}

	p := ps[0]
	ln := english
	switch x := g.r.Float64(); {
	case p.country == "JP" && x < 0.7, x < 0.18:
		ln = japanese
	case p.country == "TH" && x < 0.45:
		ln = thai
	}
	t1 := g.pick(g.topicW)
	t2 := g.pick(g.topicW)
	for t2 == t1 {
		t2 = g.pick(g.topicW)
	}
	fill := g.filler(ln, p, t1, t2)
	e.Title = fill(one(g, titlePools[ln][kind].of(p.kind, kind)).text)
	e.Summary = g.summary(ln, p, kind, fill)

	if kind == store.KindRequest {
		g.request(&e.NewEntry, s.day)
	}
	e.CreatedAt = g.timestamp(s.logged)
	if g.chance(0.01) {
		at := min(s.logged+g.r.IntN(30), last)
		e.DeletedAt = g.timestamp(at)
		if e.DeletedAt < e.CreatedAt {
			e.DeletedAt = e.CreatedAt
		}
		e.UpdatedAt = e.DeletedAt
	}
	return e
}

// filler returns a function that fills a template's blanks for an entry in
// language ln about partner p and topics t1 and t2.
func (g *generator) filler(ln lang, p partner, t1, t2 int) func(string) string {
	topicIn := func(t int) string {
		switch ln {
		case japanese:
			return topics[t].ja
		case thai:
			return topics[t].th
		}
		return topics[t].en
	}
	town := p.town
	switch {
	case ln == thai && thaiTowns[town] != "":
		town = thaiTowns[town]
	case ln == japanese && japaneseTowns[town].ja != "":
		town = japaneseTowns[town].ja
	}
	region := asia
	if rs := regionsOf[p.country]; len(rs) > 0 {
		region = one(g, rs)
	}
	month := g.r.IntN(12)
	offer := 1 + g.r.Float64()*4 // management's offer, below the union's demand
	var person string            // one officer a summary
	switch names := people[p.country]; {
	case p.country == "JP":
		pj := one(g, peopleJP)
		person = pj.en
		if ln == japanese {
			person = pj.ja
		}
	case len(names) > 0:
		person = one(g, names)
	default:
		person = one(g, peopleElsewhere)
	}
	return func(s string) string {
		var b strings.Builder
		for {
			i := strings.IndexByte(s, '{')
			if i < 0 {
				b.WriteString(s)
				return b.String()
			}
			j := strings.IndexByte(s[i:], '}')
			b.WriteString(s[:i])
			key := s[i+1 : i+j]
			s = s[i+j+1:]
			switch key {
			case "partner":
				switch {
				case ln == japanese && p.nameJA != "":
					b.WriteString(p.nameJA)
				case ln == english || g.chance(0.5):
					b.WriteString(p.name)
				default:
					b.WriteString(p.short)
				}
			case "short":
				b.WriteString(p.short)
			case "topic":
				b.WriteString(topicIn(t1))
			case "topic2":
				b.WriteString(topicIn(t2))
			case "town":
				b.WriteString(town)
			case "company":
				b.WriteString(p.company.en)
			case "companyja":
				b.WriteString(p.company.ja)
			case "region":
				b.WriteString(region.en)
			case "regionja":
				b.WriteString(region.ja)
			case "n":
				fmt.Fprintf(&b, "%d", 20+g.r.IntN(3000))
			case "m":
				fmt.Fprintf(&b, "%d", 2+g.r.IntN(12))
			case "pct":
				fmt.Fprintf(&b, "%.1f", offer)
			case "pct2":
				fmt.Fprintf(&b, "%.1f", offer+0.5+g.r.Float64()*4)
			case "month":
				b.WriteString(months[month])
			case "monthnum":
				if g.chance(0.1) { // typed with a full-width input method
					b.WriteString(fullWidth(fmt.Sprint(month + 1)))
				} else {
					fmt.Fprint(&b, month+1)
				}
			case "monthth":
				b.WriteString(monthsTH[month])
			case "staff":
				b.WriteString(one(g, g.staff))
			case "person":
				b.WriteString(person)
			case "year":
				fmt.Fprint(&b, 2010+g.r.IntN(g.today.Year()-2010))
			default:
				b.WriteString(key)
			}
		}
	}
}

// fullWidth writes ASCII digits and letters in their full-width forms.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7f {
			return r - 0x21 + 0xFF01
		}
		return r
	}, s)
}

// summary draws sentences in language ln about partner p in an entry of
// kind k, each at most once and one saying who was there at most, until
// the summary is about 300 bytes long.
func (g *generator) summary(ln lang, p partner, k store.EntryKind, fill func(string) string) string {
	pool := sentencePools[ln].of(p.kind, k)
	sep := " "
	if ln == japanese {
		sep = ""
	}
	want := 200 + g.r.IntN(140)
	var b strings.Builder
	var used uint64 // the sentences said or ruled out, by index in pool (pools hold at most 64)
	for b.Len() < want && bits.OnesCount64(used) < len(pool) {
		i := g.r.IntN(len(pool))
		if used&(1<<i) != 0 {
			continue
		}
		used |= 1 << i
		if pool[i].present {
			for j, t := range pool {
				if t.present {
					used |= 1 << j
				}
			}
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(fill(pool[i].text))
	}
	return b.String()
}

// template is a sentence or a title to fill, with what its marks say.
type template struct {
	text    string
	plant   bool // @: of a plant: said of unions only
	meeting bool // +: of a meeting
	present bool // #: who was there
}

// pool is a set of templates, and the subsets said of a partner with no
// plant, of a letter, and of both.
type pool struct{ all, noPlant, noMeeting, neither []template }

func newPool(texts []string) pool {
	var p pool
	for _, s := range texts {
		t := template{text: strings.TrimLeft(s, "@+#")}
		marks := s[:len(s)-len(t.text)]
		t.plant, t.meeting, t.present = strings.Contains(marks, "@"), strings.Contains(marks, "+"), strings.Contains(marks, "#")
		p.all = append(p.all, t)
		if !t.plant {
			p.noPlant = append(p.noPlant, t)
		}
		if !t.meeting {
			p.noMeeting = append(p.noMeeting, t)
		}
		if !t.plant && !t.meeting {
			p.neither = append(p.neither, t)
		}
	}
	if len(p.all) > 64 {
		panic("demo: a pool of more than 64 templates")
	}
	return p
}

// of is the templates that may be said of a partner of kind pk in an
// entry of kind ek: those of a plant of a union only,
// those of a meeting of meetings only (unless none is left).
func (p pool) of(pk store.PartnerKind, ek store.EntryKind) []template {
	plant := pk == store.KindUnion
	meeting := ek != store.KindCorrespondence && ek != store.KindRequest && ek != store.KindNews
	switch {
	case plant && meeting:
		return p.all
	case meeting && len(p.noPlant) > 0:
		return p.noPlant
	case plant && len(p.noMeeting) > 0:
		return p.noMeeting
	case len(p.neither) > 0:
		return p.neither
	}
	return p.all
}

// The summaries' sentences and the titles by entry kind, by language.
var (
	sentencePools = [...]pool{english: newPool(sentencesEN), japanese: newPool(sentencesJA), thai: newPool(sentencesTH)}
	titlePools    = [...]map[store.EntryKind]pool{english: titlePool(titlesEN), japanese: titlePool(titlesJA), thai: titlePool(titlesTH)}
)

func titlePool(m map[string][]string) map[store.EntryKind]pool {
	out := map[store.EntryKind]pool{}
	for k, ts := range m {
		out[store.EntryKind(k)] = newPool(ts)
	}
	return out
}

// request fills a request's dates: JAW answers faster and is more often
// the first place to consult as the years go by; a few requests are never
// answered, recent ones are often still open.
func (g *generator) request(e *store.NewEntry, d int) {
	last := len(g.days) - 1
	t := float64(d) / float64(last)
	opened := max(d-g.r.IntN(4), 0)
	e.Opened = g.days[opened]
	e.CameFirst = g.chance(0.25 + 0.4*t)
	if g.chance(0.03) {
		return
	}
	median := 12 - 8*t
	delay := int(math.Round(median * math.Exp(g.r.NormFloat64()*0.7)))
	answered := d + delay
	if answered > last {
		return
	}
	e.FirstResponse = g.days[answered]
	if g.chance(0.75) {
		if closed := answered + g.r.IntN(40); closed <= last {
			e.Closed = g.days[closed]
		}
	}
}

// action draws a follow-up of entry id on slot s's day: due weeks later,
// done around then if the due day is long past, some still open and
// overdue.
func (g *generator) action(s slot, id int64, e store.LoadEntry) store.LoadAction {
	last := len(g.days) - 1
	p := g.ps[0]
	for _, q := range g.ps {
		if len(e.PartnerIDs) > 0 && q.id == e.PartnerIDs[0] {
			p = q
			break
		}
	}
	t := g.pick(g.topicW)
	pool := actionsEN
	if strings.ContainsFunc(e.Title, func(r rune) bool { return r >= 0x3040 && r <= 0x9fff }) {
		pool = actionsJA
	}
	fill := g.filler(english, p, t, t)
	a := store.LoadAction{NewAction: store.NewAction{UID: g.nextUID('a'), EntryID: id, What: fill(one(g, pool)),
		Owner: one(g, g.staff), Author: e.Author}, CreatedAt: e.CreatedAt}
	if pool[0] == actionsJA[0] {
		a.What = strings.ReplaceAll(a.What, topics[t].en, topics[t].ja)
	}
	due := s.day + 7 + g.r.IntN(40)
	a.Due = dayString(g, due)
	doneP := 0.2
	switch age := last - due; {
	case age > 120:
		doneP = 0.985
	case age > 0:
		doneP = 0.6
	}
	if g.chance(doneP) {
		if done := due - 10 + g.r.IntN(25); done <= last {
			a.Done = g.days[max(done, s.day)]
		}
	}
	return a
}

// roman writes n (1–39) in Roman numerals, so that a branch's short name
// holds no number a table could take for a count.
func roman(n int) string {
	var b strings.Builder
	for _, r := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= r.v; n -= r.v {
			b.WriteString(r.s)
		}
	}
	return b.String()
}

// dayString is day d's date, d possibly after today.
func dayString(g *generator, d int) string {
	if d < len(g.days) {
		return g.days[d]
	}
	first, _ := store.ParseDate(First)
	return first.AddDate(0, 0, d).Format(store.DateLayout)
}

// assessments writes each partner's stage history on each goal: about three
// assessments per tracked partner and goal, rising unevenly.
func (g *generator) assessments(l *store.Loader) error {
	last := len(g.days) - 1
	start := g.dayOf("2017-06-01")
	for _, p := range g.ps {
		if !p.tracked && !g.chance(0.1) {
			continue
		}
		drive := g.r.Float64() // how fast this partner moves
		for goal := 1; goal <= 3; goal++ {
			if !g.chance(0.85) {
				continue
			}
			n := 1 + g.r.IntN(2) + g.r.IntN(3)
			from := max(p.from, start)
			until := min(p.until, last)
			if until-from < 60 {
				continue
			}
			days := make([]int, n)
			for i := range days {
				days[i] = from + g.r.IntN(until-from)
			}
			sort.Ints(days)
			stage := g.pick([]float64{3, 5, 2})
			if goal == 2 {
				stage = min(stage+g.r.IntN(2), store.MaxStage)
			}
			for i, d := range days {
				prev := stage
				if i > 0 {
					switch x := g.r.Float64(); {
					case x < 0.35+0.35*drive:
						stage++
					case x < 0.45+0.4*drive:
						stage += 2
					case x < 0.85:
					default:
						stage--
					}
					if goal == 3 && stage > 3 && g.chance(0.5) {
						stage = 3
					}
					stage = min(max(stage, 0), store.MaxStage)
				}
				note := ""
				if g.chance(0.4) {
					change := noteFirst
					switch {
					case i == 0:
					case stage > prev:
						change = noteUp
					case stage < prev:
						change = noteDown
					default:
						change = noteSame
					}
					note = fmt.Sprintf(one(g, notes[change]), p.short, topics[g.pick(g.topicW)].en)
				}
				if _, err := l.Assessment(store.NewAssessment{UID: g.nextUID('s'), PartnerID: p.id, GoalID: goal,
					Stage: stage, Date: g.days[d], Note: note, Author: g.staff[g.pick(g.staffW)]}); err != nil {
					return fmt.Errorf("demo assessment of partner %d: %w", p.id, err)
				}
			}
		}
	}
	return nil
}
