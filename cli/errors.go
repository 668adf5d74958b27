package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"vision2030/config"
	"vision2030/i18n"
	"vision2030/render"
	"vision2030/store"
)

// Exit statuses.
const (
	exitFailure = 1 // a valid request that could not be done
	exitUsage   = 2 // a mistake on the command line or in the settings
)

// problem is what a person reads when a command does not do what was
// asked: one line saying what is wrong, lines of detail (candidates) if
// any, and a hint.
type problem struct {
	code   int
	msg    string
	detail []string
	hint   string // "" for the command's usage hint
}

func (p *problem) Error() string { return p.msg }

// sysWords says why a file could not be read or written in the
// catalogue's words when the system's reason is a common one, else in the
// system's own.
func sysWords(t *i18n.Catalogue, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return t.SysNotExist
	case errors.Is(err, fs.ErrPermission):
		return t.SysPermission
	case errors.Is(err, syscall.EISDIR):
		return t.SysIsDir
	case errors.Is(err, syscall.ENOTDIR):
		return t.SysNotDir
	case errors.Is(err, syscall.ENOSPC):
		return t.SysNoSpace
	case errors.Is(err, syscall.EROFS):
		return t.SysReadOnly
	}
	return err.Error()
}

// usage is a usage error (exit 2), hinted by the --help of the command
// that met it.
func usage(msg string) error {
	return &problem{code: exitUsage, msg: msg}
}

// usagef is usage with a format.
func usagef(format string, args ...any) error {
	return usage(fmt.Sprintf(format, args...))
}

// failure is a request that could not be done (exit 1), with a hint.
func failure(msg, hint string) error {
	return &problem{code: exitFailure, msg: msg, hint: hint}
}

// report prints err, met while running cmd, to stderr and returns the exit
// status.
func (a *app) report(cmd *cobra.Command, err error) int {
	p := a.describe(err)
	if cmd == nil {
		cmd = &cobra.Command{Use: Prog}
	}
	hint := p.hint
	if hint == "" {
		hint = a.t.HintNothingWritten
		if p.code == exitUsage {
			hint = fmt.Sprintf(a.t.HintUsage, cmd.CommandPath())
		}
	}
	var b strings.Builder
	// One line for what is wrong, whatever the message holds; what the
	// user typed may be in it, so control characters and escape sequences
	// show as placeholders, never reach the terminal.
	fmt.Fprintf(&b, a.t.ErrLine+"\n", Prog, render.Line(p.msg))
	for _, d := range p.detail {
		b.WriteString(strings.ReplaceAll(render.Clean(d), "\n", " ") + "\n")
	}
	// A hint may be several, a line each (check: repair, then restore).
	for _, h := range strings.Split(hint, "\n") {
		b.WriteString(render.Line(h) + "\n")
	}
	fmt.Fprint(a.Stderr, b.String())
	return p.code
}

// flagError words pflag's complaints (unknown flag, missing value, bad
// value) from the catalogue: cobra's and pflag's own English never reaches
// the user.
func (a *app) flagError(cmd *cobra.Command, err error) error {
	var (
		notExist *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		badValue *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist):
		name := "--" + notExist.GetSpecifiedName()
		if s := notExist.GetSpecifiedShortnames(); s != "" {
			name = "-" + notExist.GetSpecifiedName()
		}
		return usagef(a.t.ErrUnknownFlag, name)
	case errors.As(err, &noValue):
		return usagef(a.t.ErrFlagNeedsValue, "--"+noValue.GetFlag().Name)
	case errors.As(err, &badValue):
		f := badValue.GetFlag()
		what := a.t.FlagTypes[f.Value.Type()]
		if what == "" {
			what = a.t.FlagTypes["string"]
		}
		return usagef(a.t.ErrFlagValue, "--"+f.Name, badValue.GetValue(), what)
	case errors.As(err, &syntax):
		return usagef(a.t.ErrFlagSyntax, syntax.GetSpecifiedFlag())
	}
	return usagef(a.t.ErrFlagOther, err)
}

// describe turns any error a command returns into what the user reads.
func (a *app) describe(err error) *problem {
	t := a.t
	var (
		p    *problem
		oe   *store.OpenError
		fe   *store.FieldError
		flt  *store.FilterError
		pme  *store.PartnerMatchError
		cme  *store.CountryMatchError
		cfge *config.Error
	)
	var (
		cf   *checkFailed
		be   *store.BackupError
		oute *store.OutputError
		fl   *store.FileError
	)
	switch {
	case errors.As(err, &p):
		return p
	case errors.As(err, &cfge):
		return a.configProblem(cfge)
	case errors.As(err, &cf):
		msg, hint, _ := strings.Cut(cf.describe(t), "\n")
		return &problem{code: exitFailure, msg: msg, hint: hint}
	case errors.As(err, &oute):
		path := cleanLine(oute.Path)
		switch {
		case errors.Is(oute.Err, store.ErrOutputIsDatabase) && oute.Suffix == "":
			return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrOutIsDatabase, path), hint: t.HintNothingWritten}
		case errors.Is(oute.Err, store.ErrOutputIsDatabase):
			return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrOutIsCompanion, path, cleanLine(oute.Database), oute.Suffix), hint: t.HintNothingWritten}
		}
		return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrOutExists, path), hint: t.HintNothingWritten}
	case errors.As(err, &be):
		path := cleanLine(be.Path)
		switch {
		case errors.Is(be.Err, store.ErrBackupInvalid):
			return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrBackupInvalid, path, cleanLine(be.Detail)), hint: t.CheckHintRestore}
		}
		return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrBackupWrite, path, sysWords(t, be.Err)), hint: t.HintNothingWritten}
	case errors.As(err, &fl) && errors.Is(fl.Err, store.ErrReadOnly):
		return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrReadOnly, cleanLine(fl.Path)), hint: t.HintReadOnly}
	case errors.As(err, &fl) && errors.Is(fl.Err, store.ErrDamaged):
		return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrDamaged, cleanLine(fl.Path)), hint: t.HintDamaged}
	case errors.As(err, &oe):
		switch {
		case errors.Is(oe.Err, store.ErrNotDatabase):
			return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrNotDB, oe.Path), hint: t.HintOtherDB}
		case errors.Is(oe.Err, store.ErrNewerSchema):
			return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrNewer, oe.Path, oe.Version, oe.Known), hint: t.HintUpgrade}
		case errors.Is(oe.Err, store.ErrReadOnly):
			return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrOldReadOnly, oe.Path, oe.Version, oe.Known), hint: t.HintReadOnly}
		case errors.Is(oe.Err, store.ErrDamaged):
			return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrDamaged, oe.Path), hint: t.HintDamaged}
		}
		return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrOpen, oe.Path, sysWords(t, oe.Err)), hint: t.HintOtherDB}
	case errors.As(err, &fe):
		return a.fieldProblem(fe)
	case errors.As(err, &flt):
		msg, hint := a.filterMessage(flt)
		return &problem{code: exitUsage, msg: msg, hint: hint}
	case errors.As(err, &pme):
		p := a.partnerMatchProblem(pme)
		var of *onFlag
		if errors.As(err, &of) && p.code == exitUsage {
			p.msg = fmt.Sprintf(t.FlagMessage, of.flag, p.msg)
		}
		return p
	case errors.As(err, &cme):
		return a.countryMatchProblem(cme)
	case errors.Is(err, context.Canceled):
		return &problem{code: exitFailure, msg: t.ErrInterrupted}
	}
	return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrUnexpected, err), hint: t.HintNothingWritten}
}

// fieldFlags names the flag that sets each field of the store.
var fieldFlags = map[string]string{
	"date": "--date", "kind": "--kind", "title": "--title", "summary": "--summary", "author": "--author",
	"opened": "--opened", "first response": "--first-response", "closed": "--closed", "partners": "--partner",
	"goals": "--goal", "stage": "--stage", "note": "--note", "entry": "--entry", "name": "--name",
	"short name": "--short", "country": "--country", "since": "--since", "contact": "--contact",
	"companies": "--companies", "notes": "--notes", "what": "--what", "owner": "--owner", "due": "--due",
	"done": "--date", "as-of": "--as-of", "until": "--until",
}

// valueProblems are the field problems a value has whatever the database
// holds: given on the command line, they are usage errors.
var valueProblems = []store.Problem{store.ProblemRequired, store.ProblemBadDate, store.ProblemFuture,
	store.ProblemTooLong, store.ProblemBadUTF8, store.ProblemNUL, store.ProblemOrder, store.ProblemBadYear,
	store.ProblemTooEarly, store.ProblemRequestOnly, store.ProblemBadMonth, store.ProblemBadTarget,
	store.ProblemNoSuchDay, store.ProblemEraDate}

// fieldProblem words a field's problem with the flag that set it.
func (a *app) fieldProblem(fe *store.FieldError) *problem {
	named := *fe
	if f, ok := fieldFlags[fe.Field]; ok {
		named.Field = f
	}
	code := exitFailure
	if slices.Contains(valueProblems, fe.Problem) {
		code = exitUsage
	}
	p := &problem{code: code, msg: a.t.FieldError(&named)}
	if code == exitFailure {
		p.hint = a.t.HintNothingWritten
	}
	return p
}

// configProblem words a settings mistake, naming where it is.
func (a *app) configProblem(e *config.Error) *problem {
	t := a.t
	where := ""
	switch e.Origin.Source {
	case config.FromFlag:
		where = e.Origin.Name
	case config.FromEnv:
		where = "$" + e.Origin.Name
	case config.FromFile:
		where = e.Origin.Path
		if e.Origin.Line > 0 {
			where = fmt.Sprintf(t.ConfigAtLine, e.Origin.Path, e.Origin.Line)
		}
	}
	allowed := strings.Join(e.Allowed, ", ")
	var msg string
	switch e.Problem {
	case config.ProblemSyntax:
		msg = fmt.Sprintf(t.ErrConfigSyntax, where, e.Detail)
	case config.ProblemRead:
		msg = fmt.Sprintf(t.ErrConfigRead, where, e.Detail)
	case config.ProblemMissing:
		msg = fmt.Sprintf(t.ErrConfigMissing, where)
	case config.ProblemUnknown:
		msg = fmt.Sprintf(t.ErrConfigUnknown, where, e.Setting, allowed)
	case config.ProblemType:
		// config names a text setting's type "text": a word, not a token.
		types := slices.Clone(e.Allowed)
		for i, v := range types {
			if v == "text" {
				types[i] = t.ConfigTypeText
			}
		}
		msg = fmt.Sprintf(t.ErrConfigType, where, e.Setting, strings.Join(types, ", "))
	case config.ProblemValue:
		msg = fmt.Sprintf(t.ErrConfigValue, where, e.Setting, e.Value, allowed)
		if e.Origin.Source != config.FromFile {
			msg = fmt.Sprintf(t.ErrSettingValue, where, e.Value, allowed)
		}
	case config.ProblemAction:
		msg = fmt.Sprintf(t.ErrConfigAction, where, e.Value, allowed)
	case config.ProblemTwice:
		msg = fmt.Sprintf(t.ErrConfigTwice, where, e.Value, e.Other, strings.TrimPrefix(e.Setting, config.Keys+"."))
	case config.ProblemEmpty:
		msg = fmt.Sprintf(t.ErrConfigEmptyKey, where, e.Setting)
	case config.ProblemBlank:
		if e.Setting == config.Author {
			if where == "" { // the default: no system user name
				where = e.Setting
			}
			msg = fmt.Sprintf(t.ErrAuthorBlank, where)
			break
		}
		if e.Origin.Source == config.FromFile {
			where += ": " + e.Setting
		}
		msg = fmt.Sprintf(t.ErrSettingBlank, where)
	default:
		msg = fmt.Sprintf(t.ErrConfigOther, where, e)
	}
	hint := t.HintConfigFile
	if e.Origin.Source != config.FromFile {
		hint = t.HintConfig
	}
	return &problem{code: exitUsage, msg: msg, hint: hint}
}

// filterMessage words a filter mistake; a value that does not fit its key
// is told the values that do (i18n's FilterMessage, which the dashboard
// says too). The hint lists the keys.
func (a *app) filterMessage(fe *store.FilterError) (msg, hint string) {
	t := a.t
	msg = t.FilterMessage(fe)
	return msg, fmt.Sprintf(t.FilterKeysHint, strings.Join(store.FilterKeys, ", "))
}

// onFlag says that err is about the value of a flag: its message is
// said with the flag's name (--partner: no partner matches "NOPE").
type onFlag struct {
	flag string
	err  error
}

func (e *onFlag) Error() string { return e.flag + ": " + e.err.Error() }
func (e *onFlag) Unwrap() error { return e.err }

// maxCandidates is how many candidates a "which one?" message lists.
const maxCandidates = 10

// partnerMatchProblem says which partners a name matched, if any, as an
// aligned table.
func (a *app) partnerMatchProblem(me *store.PartnerMatchError) *problem {
	t := a.t
	// A name that names no partner, or several, is an invalid value given
	// on the command line (exit 2); an archived one names a partner the
	// request cannot use (exit 1).
	p := &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrPartnerNone, me.Query), hint: t.HintListPartners}
	if me.Archived && len(me.Candidates) == 1 {
		c := me.Candidates[0]
		name, arg := c.ShortName, c.ShortName
		if name == "" {
			name = c.Name
		}
		if arg == "" || strings.ContainsFunc(arg, func(r rune) bool { return !isShellSafe(r) }) {
			arg = strconv.FormatInt(c.ID, 10)
		}
		return &problem{code: exitFailure, msg: fmt.Sprintf(t.ErrPartnerArchived, name),
			hint: fmt.Sprintf(t.HintUnarchivePartner, arg)}
	}
	if me.Ambiguous {
		p.msg = fmt.Sprintf(t.ErrPartnerAmbiguous, me.Query, i18n.Count(len(me.Candidates)))
		p.hint = t.HintPartnerAmbiguous
	}
	if len(me.Candidates) > 0 {
		var rows [][]string
		for i, c := range me.Candidates {
			if i == maxCandidates {
				break
			}
			rows = append(rows, []string{strconv.FormatInt(c.ID, 10), c.ShortName, c.Name, c.CountryCode})
		}
		p.detail = append([]string{t.ErrPartnerNear}, indent(drawTable(
			[]string{t.ColID, t.ColShort, t.ColName, t.ColCountry}, rows, []fit{fitKeep, fitShort, fitText, fitKeep}, terminalWidth(a.Stderr)-2))...)
		if n := len(me.Candidates) - maxCandidates; n > 0 {
			p.detail = append(p.detail, "  "+fmt.Sprintf(t.AndMore, i18n.Count(n)))
		}
	}
	return p
}

// isShellSafe is a rune a shell word holds unquoted.
func isShellSafe(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.+/:@", r)
}

// countryMatchProblem says which countries a name matched, if any.
func (a *app) countryMatchProblem(me *store.CountryMatchError) *problem {
	t := a.t
	p := &problem{code: exitUsage, msg: fmt.Sprintf(t.ErrCountryNone, me.Query), hint: t.HintCountry}
	if me.Ambiguous {
		p.msg = fmt.Sprintf(t.ErrCountryAmbiguous, me.Query, i18n.Count(len(me.Candidates)))
		var rows [][]string
		for i, c := range me.Candidates {
			if i == maxCandidates {
				break
			}
			rows = append(rows, []string{c.Code, t.CountryName(c)})
		}
		p.detail = indent(drawTable([]string{t.ColCode, t.ColCountry}, rows, []fit{fitKeep, fitText}, 0))
		if n := len(me.Candidates) - maxCandidates; n > 0 {
			p.detail = append(p.detail, "  "+fmt.Sprintf(t.AndMore, i18n.Count(n)))
		}
	}
	return p
}
