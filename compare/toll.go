package compare

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// articleToll is one article's toll of an incident.
type articleToll struct {
	article string
	toll    claims.Toll
}

// tollStatuses are the statuses whose figures are compared, with the word
// messages use for them. The hit are compared only where the killed and
// the injured did not already tell the disagreement.
var tollStatuses = []struct{ status, word string }{
	{rules.StatusKilled, "killed"}, {rules.StatusInjured, "injured"}, {rules.StatusShot, "hit"},
}

// tolls compares the tolls the articles of one incident give. Each
// article's killed, injured and hit are read from all its sentences about
// the incident (claims.TollOf), background figures left out, and held as
// a sure interval and a face value. Intervals that do not meet are a
// disagreement, or an update when one side was published after the other;
// face values that differ while the intervals meet rest on people counted
// one by one, and are reported at the certainty of a guess.
func (j *judge) tolls(cls []*claims.Claim) {
	ids, per := byArticle(cls)
	if len(ids) < 2 {
		return
	}
	tolls := make([]articleToll, 0, len(ids))
	for _, id := range ids {
		var use []*claims.Claim
		for _, c := range per[id] {
			if !j.background(c) {
				use = append(use, c)
			}
		}
		tolls = append(tolls, articleToll{id, claims.TollOf(use)})
	}
	subject := subjectText(cls[0].Subject, "the casualties")
	key := cls[0].Subject.Event
	tol := j.c.settings[string(claims.Casualty)].Tolerance
	covered := map[string]bool{}
	for _, st := range tollStatuses {
		j.statusFindings(st.status, st.word, subject, key, tolls, tol, covered)
	}
}

// tollEntry is one article's figure of one status.
type tollEntry struct {
	article string
	fig     claims.TollFigure
	// perp is true when the article tells of the perpetrator's death;
	// odd when its own figures do not add up.
	perp, odd bool
	// toll is the article's whole toll.
	toll claims.Toll
}

// figureOf returns the toll's figure of status.
func figureOf(t claims.Toll, status string) claims.TollFigure {
	switch status {
	case rules.StatusKilled:
		return t.Killed
	case rules.StatusInjured:
		return t.Injured
	}
	return t.Hit
}

// statusFigures groups the articles that state a figure of status by their
// face value, in ascending order of value.
func statusFigures(tolls []articleToll, status string) [][]tollEntry {
	byFace := map[float64][]tollEntry{}
	for _, t := range tolls {
		f := figureOf(t.toll, status)
		if !f.Stated || len(f.Claims) == 0 {
			continue
		}
		byFace[f.Face] = append(byFace[f.Face], tollEntry{t.article, f, t.toll.Perpetrator, t.toll.Inconsistent, t.toll})
	}
	faces := make([]float64, 0, len(byFace))
	for v := range byFace {
		faces = append(faces, v)
	}
	sort.Float64s(faces)
	out := make([][]tollEntry, len(faces))
	for i, v := range faces {
		out[i] = byFace[v]
	}
	return out
}

// statusFindings reports the articles whose figures of one status differ,
// one finding per pair of face values, and records agreements.
func (j *judge) statusFindings(status, word, subject, key string, tolls []articleToll, tol float64, covered map[string]bool) {
	groups := statusFigures(tolls, status)
	for _, g := range groups {
		if status != rules.StatusShot {
			j.agree(claims.Casualty, subject, strconv.FormatFloat(g[0].fig.Face, 'f', -1, 64)+" "+word, entryClaims(g))
		}
	}
	for a := 0; a < len(groups); a++ {
		for b := a + 1; b < len(groups); b++ {
			x, y := j.closeEntries(groups[a], groups[b]), j.closeEntries(groups[b], groups[a])
			far := len(x) == 0 || len(y) == 0
			if far {
				// Reports weeks apart may tell of a toll that changed:
				// a note at most.
				x, y = groups[a], groups[b]
			} else {
				x, y = sureParts(x, y, tol)
			}
			perp := status != rules.StatusInjured && perpetratorGap(x, y) || status == rules.StatusInjured && j.perpetratorHurt(x, y)
			odd := anyOdd(x) || anyOdd(y)
			wounded := status == rules.StatusInjured && deadAmongWounded(x, y)
			hedge := roundHedge(x, y)
			// A difference one of these may explain is a guess, never
			// sure: "killed three before taking his own life" and "four
			// dead".
			guess := perp || odd || wounded || hedge
			sure := !guess && !far && allSure(x, y, tol)
			if status == rules.StatusShot && (allCovered(x, y, covered) || !sure && !openBelow(x)) {
				continue
			}
			if !sure && !guess && !openBelow(x) {
				continue // "at least four" and "seven" agree
			}
			if j.entriesBefore(y, x) {
				x, y = y, x
			}
			update := j.entriesBefore(x, y)
			if !update && risenAbove(x, y) {
				x, y = y, x
			}
			if !update && risenAbove(y, x) {
				// Dates do not order the reports, but one says its toll
				// rose to its figure ("bringing the death toll to 11"):
				// the lower figure is the earlier report's.
				update = true
			}
			when := rules.OutcomeCountGuess
			switch {
			case sure && update:
				when = rules.OutcomeCountUpdate
			case sure:
				when = rules.OutcomeCountDisjoint
			case update:
				when = rules.OutcomeCountUpdateGuess
			}
			cover(x, y, covered)
			n := len(j.out.Findings)
			data := map[string]any{"Status": word, "Values": j.tollSide(x) + " vs " + j.tollSide(y)}
			if hedge {
				data[doubtKey] = hedgeDoubt
			} else if !sure {
				data[doubtKey] = doubt(x, y, status, perp, odd, wounded) // a guess is info, its doubt said
			} else if aside := asideFigures(x, y); aside != "" {
				data[doubtKey] = aside
			} else if why := j.incidentDoubt(x, y, status); why != "" {
				data[doubtKey] = why // not surely one incident's toll: info, the doubt said
			}
			j.emit(claims.Casualty, when, subject, status+"|"+key,
				fmt.Sprintf("%s: %s vs %s", word, faceText(x), faceText(y)),
				data, side{claims: entryClaims(x)}, side{claims: entryClaims(y)})
			if update && len(j.out.Findings) > n {
				j.out.Findings[n].Update = true
			}
		}
	}
}

// allSure reports whether every figure of xs surely disagrees with every
// figure of ys, each widened by the relative tolerance.
func allSure(xs, ys []tollEntry, tol float64) bool {
	for _, x := range xs {
		for _, y := range ys {
			a := claims.Interval{Min: x.fig.Lo, Max: x.fig.Hi}
			b := claims.Interval{Min: y.fig.Lo, Max: y.fig.Hi}
			if overlaps(a, b, tol) {
				return false
			}
		}
	}
	return true
}

// openBelow reports whether the figures of es, the lower side of a
// difference, are open: victims counted one by one, or a part of the
// victims with no total. Only then may an article's lower face value be a
// count that names fewer than there were.
func openBelow(es []tollEntry) bool {
	for _, e := range es {
		if !e.fig.People && e.fig.Open == "" {
			return false
		}
	}
	return true
}

// deadAmongWounded reports whether, for every pair of the two sides, one
// article tells of no death, or only of a part of the victims ("one of the
// victims was killed"), and gives as many injured as the other gives
// hit, deaths included: "ten people were wounded" may count the one who
// died.
func deadAmongWounded(xs, ys []tollEntry) bool {
	explains := func(a, b tollEntry) bool {
		silent := !a.toll.Killed.Stated || a.toll.Killed.Open != "" // "one of the victims was killed"
		return silent && saysWounded(a.fig) && b.toll.Killed.Face > 0 && a.fig.Face == b.toll.Killed.Face+b.fig.Face
	}
	for _, x := range xs {
		for _, y := range ys {
			if !explains(x, y) && !explains(y, x) {
				return false
			}
		}
	}
	return true
}

// saysWounded reports whether a figure of the injured rests on a figure
// the article gives of them ("ten people were wounded"), not on its hit
// less its dead.
func saysWounded(f claims.TollFigure) bool {
	for _, c := range f.Claims {
		if ct := c.Value.Counting; c.Value.Status == rules.StatusInjured && (ct == nil || ct.As == claims.AsTotal) {
			return true
		}
	}
	return false
}

// anyOdd reports whether an article of es gives figures that do not add up.
func anyOdd(es []tollEntry) bool {
	for _, e := range es {
		if e.odd {
			return true
		}
	}
	return false
}

// perpetratorGap reports whether the two sides' figures of the dead are
// one apart and a side tells of the perpetrator's own death: one may
// count him and the other only his victims.
func perpetratorGap(xs, ys []tollEntry) bool {
	any := false
	for _, es := range [][]tollEntry{xs, ys} {
		for _, e := range es {
			any = any || e.perp
		}
	}
	if !any {
		return false
	}
	for _, x := range xs {
		for _, y := range ys {
			if math.Abs(x.fig.Face-y.fig.Face) > 1 {
				return false
			}
		}
	}
	return true
}

// pairKey names a pair of articles in either order.
func pairKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "\x1f" + b
}

// cover records that the pairs of xs and ys have been reported.
func cover(xs, ys []tollEntry, covered map[string]bool) {
	for _, x := range xs {
		for _, y := range ys {
			covered[pairKey(x.article, y.article)] = true
		}
	}
}

// allCovered reports whether every pair of xs and ys was reported already.
func allCovered(xs, ys []tollEntry, covered map[string]bool) bool {
	for _, x := range xs {
		for _, y := range ys {
			if !covered[pairKey(x.article, y.article)] {
				return false
			}
		}
	}
	return true
}

// closeEntries keeps the entries of xs published close enough to some
// entry of ys to report the same incident at the same time.
func (j *judge) closeEntries(xs, ys []tollEntry) []tollEntry {
	var out []tollEntry
	for _, x := range xs {
		for _, y := range ys {
			if j.sameTime(x.fig.Claims[0], y.fig.Claims[0]) {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// entriesBefore reports whether every article of xs was published before
// every article of ys (all dates known).
func (j *judge) entriesBefore(xs, ys []tollEntry) bool {
	var cx, cy []*claims.Claim
	for _, x := range xs {
		cx = append(cx, x.fig.Claims[0])
	}
	for _, y := range ys {
		cy = append(cy, y.fig.Claims[0])
	}
	return j.allBefore(cx, cy)
}

// entryClaims returns the claims the entries' figures rest on.
func entryClaims(es []tollEntry) []*claims.Claim {
	var out []*claims.Claim
	for _, e := range es {
		out = append(out, e.fig.Claims...)
	}
	return out
}

// faceText renders the face value of a side.
func faceText(es []tollEntry) string {
	return strconv.FormatFloat(es[0].fig.Face, 'f', -1, 64)
}

// tollSide renders one side for a message: the figure, then each article
// with its publication date and the words it rests on, "2 (9c90328f615c,
// 2016-04-24: "A 52-year-old man died"; "Ray Cole, 24, was also
// killed")".
func (j *judge) tollSide(es []tollEntry) string {
	parts := make([]string, 0, len(es))
	for _, e := range es {
		where := e.article
		if a := j.st.Articles[e.article]; a != nil && a.HasDate() {
			where += ", " + a.Published.Format("2006-01-02")
		}
		var quotes []string
		for i, c := range e.fig.Claims {
			if i == 3 {
				quotes = append(quotes, "…")
				break
			}
			quotes = append(quotes, fmt.Sprintf("%q", strings.TrimSpace(c.Text)))
		}
		parts = append(parts, fmt.Sprintf("%s (%s: %s)", figureText(e), where, strings.Join(quotes, "; ")))
	}
	return strings.Join(parts, ", ")
}

// asideFigures says, when an article of either side is not a report of a
// violent event (its headline and lead name none) and places the event in
// none of the places the other side names, that its figure may be of
// another incident: news of a campaign recalls attacks of other days and
// places. Articles about a crisis that all recall the attack in one place
// ("the attack in Pahalgam") stay comparable. It returns "" otherwise.
func asideFigures(xs, ys []tollEntry) string {
	for _, pair := range [][2][]tollEntry{{xs, ys}, {ys, xs}} {
		es, others := pair[0], pair[1]
		aside := true
		for _, e := range es {
			for _, c := range e.fig.Claims {
				aside = aside && hasTag(c, "casualty:aside")
			}
		}
		if aside && !sharePlace(entryClaims(es), entryClaims(others)) {
			return fmt.Sprintf("%s is not a report of the incident (its headline and lead name no violent event) and does not place it where the other side does: the figure may be of another one.", es[0].article)
		}
	}
	return ""
}

// sharePlace reports whether a claim of xs and one of ys place their event
// in the same place.
func sharePlace(xs, ys []*claims.Claim) bool {
	for _, x := range xs {
		for _, p := range x.Subject.Places {
			for _, y := range ys {
				for _, q := range y.Subject.Places {
					if strings.EqualFold(p, q) {
						return true
					}
				}
			}
		}
	}
	return false
}

// doubt says why a difference that the sure bounds do not show may still
// be one figure of the status: a perpetrator counted by one side only
// (among the dead, or the hurt among the injured), an open count of
// people named one by one, or a part of the victims.
func doubt(xs, ys []tollEntry, status string, perp, odd, wounded bool) string {
	if perp && status == rules.StatusInjured {
		return "An article tells of the perpetrator hurt too: one side may count him among the injured, the other only his victims."
	}
	if wounded {
		return "One article may count the dead among the wounded: its wounded are the other's killed and injured."
	}
	if perp {
		return "One side may count the perpetrator's own death among the dead, the other only the victims."
	}
	if odd {
		return "One article's own figures do not add up (its hit are not its killed and injured), so which of them it means is a guess."
	}
	for _, es := range [][]tollEntry{xs, ys} {
		for _, e := range es {
			if why := openWords[e.fig.Open]; why != "" {
				return "One side's figure counts " + why + ", so it is only a lower bound."
			}
		}
	}
	for _, es := range [][]tollEntry{xs, ys} {
		for _, e := range es {
			if math.IsInf(e.fig.Hi, 1) {
				return "One side counts victims one by one, so it may not name them all, or may count one person twice."
			}
		}
	}
	return "The figures rest on totals that the articles break down differently."
}

// openWords say, for a message, what an open figure counts.
var openWords = map[string]string{
	claims.PartPartitive: "some out of a larger number (\"one of the victims\")",
	claims.PartCondition: "only those in one condition (\"in critical condition\", \"hospitalized\")",
	claims.PartEllipsis:  "some out of a larger number it names before",
	claims.PartOrdinal:   "victims up to an ordinal (\"a fifth victim\")",
	claims.PartShare:     "a part the sentence picks out (\"including\")",
	claims.OpenOthers:    "victims beside others it does not count (\"four others\")",
}

// risenAbove reports whether every article of hi gives its figure as a
// toll that rose to it (claims.Counting.Risen), above every figure of lo:
// lo's is an earlier report's.
func risenAbove(hi, lo []tollEntry) bool {
	for _, h := range hi {
		risen := false
		for _, c := range h.fig.Claims {
			if ct := c.Value.Counting; ct != nil && ct.Risen {
				risen = true
			}
		}
		if !risen {
			return false
		}
		for _, l := range lo {
			if h.fig.Lo <= l.fig.Hi {
				return false
			}
		}
	}
	return len(hi) > 0
}

// sureParts narrows two sides of one face value each to the articles
// whose figures surely disagree: an article whose figure is a vague range
// that fits both ("injuring several others" beside 3 and 4) takes neither
// side, and the others' difference stays sure. Where an article that fits
// both is a lower bound, or no article is left on a side, it returns the
// sides whole.
func sureParts(xs, ys []tollEntry, tol float64) ([]tollEntry, []tollEntry) {
	if allSure(xs, ys, tol) {
		return xs, ys
	}
	var sx, sy []tollEntry
	for _, x := range xs {
		if allSure([]tollEntry{x}, ys, tol) {
			sx = append(sx, x)
		} else if !vagueRange(x) {
			return xs, ys
		}
	}
	for _, y := range ys {
		if len(sx) > 0 && allSure(sx, []tollEntry{y}, tol) {
			sy = append(sy, y)
		} else if !vagueRange(y) {
			return xs, ys
		}
	}
	if len(sx) == 0 || len(sy) == 0 {
		return xs, ys
	}
	return sx, sy
}

// vagueRange reports whether an entry's figure is a bounded range, a
// vague quantity ("several", "a handful"), not a lower bound: victims
// counted one by one or "at least" keep their doubt for both sides.
func vagueRange(e tollEntry) bool {
	return !math.IsInf(e.fig.Hi, 1) && e.fig.Hi > e.fig.Lo
}

// perpetratorHurt reports whether the two sides' figures of the injured
// are one apart and an article of either side tells of the perpetrator
// hit or hurt ("the suspect was also taken to hospital"): one may count
// him among the injured and the other only his victims.
func (j *judge) perpetratorHurt(xs, ys []tollEntry) bool {
	hurt := false
	for _, es := range [][]tollEntry{xs, ys} {
		for _, e := range es {
			for _, cs := range [][]*claims.Claim{e.toll.Hit.Claims, e.toll.Injured.Claims} {
				for _, c := range cs {
					for _, v := range c.Value.Victims {
						hurt = hurt || j.c.tax.Perpetrator(v.Category)
					}
				}
			}
		}
	}
	if !hurt {
		return false
	}
	for _, x := range xs {
		for _, y := range ys {
			if math.Abs(x.fig.Face-y.fig.Face) != 1 {
				return false
			}
		}
	}
	return true
}
