package compare

import (
	"math"
	"strconv"
)

// roundHedge reports whether two sides' figures differ only by a bound
// at the same round number: "1,000 were killed" and "more than 1,000 were
// killed", "fewer than 50" and "50". The writer who hedges a round figure
// and the one who gives it bare tell of one count; the bound is a manner
// of rounding, not a second toll. Every figure of each side must be the
// number or the number bounded on one side.
func roundHedge(xs, ys []tollEntry) bool {
	n, ok := roundBase(xs[0].fig.Lo, xs[0].fig.Hi)
	if !ok {
		return false
	}
	bare := false
	for _, es := range [][]tollEntry{xs, ys} {
		for _, e := range es {
			m, ok := roundBase(e.fig.Lo, e.fig.Hi)
			if !ok || m != n {
				return false
			}
			bare = bare || e.fig.Lo == e.fig.Hi
		}
	}
	return bare
}

// roundBase returns the round number a figure [lo, hi] is written on: the
// number itself ("1,000"), the number a "more than" or "at least" bound
// starts from ("more than 1,000" reads [1001, +Inf)), or the one a "fewer
// than" or "up to" bound ends at. A number is round when it ends in a zero.
func roundBase(lo, hi float64) (float64, bool) {
	var n float64
	switch {
	case lo == hi:
		n = lo
	case math.IsInf(hi, 1) && isRound(lo-1):
		n = lo - 1
	case math.IsInf(hi, 1):
		n = lo
	case lo == 0 && isRound(hi+1):
		n = hi + 1
	case lo == 0:
		n = hi
	default:
		return 0, false
	}
	return n, isRound(n)
}

// isRound reports whether n is a whole number of ten or more ending in a
// zero.
func isRound(n float64) bool {
	return n >= 10 && n == math.Trunc(n) && math.Mod(n, 10) == 0
}

// hedgeDoubt is the doubt of figures that differ only by a bound.
const hedgeDoubt = "The figures differ only by a bound on the same round number (\"N\" and \"more than N\"): a hedge of one figure, not two tolls."

// figureText renders one article's figure as it was written: a figure
// that is only an upper bound ("up to 300") is that bound, not its face
// value of 0; a bound beside a round number ("more than 1,000", "fewer
// than 50") the bound on that number.
func figureText(e tollEntry) string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	fig := e.fig
	switch {
	case fig.Face == 0 && fig.Lo == 0 && isRound(fig.Hi+1):
		return "fewer than " + f(fig.Hi+1)
	case fig.Face == 0 && fig.Lo == 0 && fig.Hi > 0 && !math.IsInf(fig.Hi, 1):
		return "up to " + f(fig.Hi)
	case math.IsInf(fig.Hi, 1) && fig.Face == fig.Lo && fig.Lo > 0 && isRound(fig.Lo-1):
		return "more than " + f(fig.Lo-1)
	}
	return f(fig.Face)
}
