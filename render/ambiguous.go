package render

import (
	"sync/atomic"
	_ "unsafe" // for go:linkname

	"github.com/clipperhouse/displaywidth"
	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
)

// The width measures of the libraries the program draws with are each set
// from the environment once, when their packages are initialised, before any
// code of ours runs:
//
//   - x/ansi (Lip Gloss's widths, truncation and wrapping, and the Bubble
//     Tea renderer's cell model) keeps a displaywidth.Options and a
//     runewidth.Condition of its own, with EastAsianWidth set only when
//     RUNEWIDTH_EASTASIAN=1, and offers no way to change them afterwards;
//   - Lip Gloss's borders use displaywidth.DefaultOptions;
//   - go-runewidth's DefaultCondition follows RUNEWIDTH_EASTASIAN, else the
//     locale (LANG=ja_JP.UTF-8 makes it count ambiguous characters as 2);
//   - Bubbles' text inputs measure with rivo/uniseg's EastAsianAmbiguousWidth.
//
// A setting read from the configuration file therefore has to reach into
// x/ansi: the two variables below are its own (method.go), bound by
// go:linkname. Should x/ansi rename them the program fails to link, loudly;
// TestAmbiguousWidthReachesLipGloss checks the effect.

//go:linkname ansiWcOptions github.com/charmbracelet/x/ansi.wcOptions
var ansiWcOptions *runewidth.Condition

//go:linkname ansiDwOptions github.com/charmbracelet/x/ansi.dwOptions
var ansiDwOptions *displaywidth.Options

var ambiguous atomic.Int32

func init() { ambiguous.Store(1) }

// SetAmbiguousWidth sets how many cells (1 or 2; anything else counts as 1)
// the terminal draws East Asian ambiguous-width characters in (… — · → ○ ≥ ─
// │ and Greek or Cyrillic letters, among others). Call it once at start,
// before anything is measured or drawn and with the value from the
// configuration even when it is 1: it sets the measure of every library the
// program draws with (Lip Gloss, x/ansi and so the Bubble Tea renderer,
// go-runewidth's default, Bubbles' inputs), which would otherwise follow the
// environment each in its own way, and it switches [Glyphs] to forms that
// are narrow in every terminal when n is 2. It is not safe to call while
// anything is being drawn.
func SetAmbiguousWidth(n int) {
	wide := n == 2
	if !wide {
		n = 1
	}
	ambiguous.Store(int32(n))
	ansiWcOptions.EastAsianWidth = wide
	ansiDwOptions.EastAsianWidth = wide
	displaywidth.DefaultOptions.EastAsianWidth = wide
	runewidth.DefaultCondition.EastAsianWidth = wide
	runewidth.EastAsianWidth = wide
	uniseg.EastAsianAmbiguousWidth = n
}

// AmbiguousWidth is the width last given to [SetAmbiguousWidth], 1 until
// then.
func AmbiguousWidth() int { return int(ambiguous.Load()) }
