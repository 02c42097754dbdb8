package compare

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/newsdesk/crosscheck/claims"
)

// incidentDoubt says why two sides' figures of one status may not both be
// the toll of one incident, or returns "" when they surely are. They
// surely are when every article names the incident as some article of
// the other side does, and the figures' own sentences do so too where an
// article tells of several incidents:
//   - two reports that do not name their incident alike in their
//     headlines, openings and cited sentences (see namedAlike), or that
//     date it on days more than a day apart, or whose openings give the
//     event different measures of its strength (magnitudes), may be of
//     two incidents a story's grouping joined;
//   - an article that tells of several incidents (casualty:several: a
//     sentence counts violent events in the plural, or totals, tallies or
//     gives the figure of another incident), or whose own totals of the
//     status differ ("two dead" in one sentence, "five dead" in another),
//     may count any of them; its figure is sure only when the sentences
//     cited on both sides name the incident alike. Figures marked as
//     another incident's, a period's tally or a superseded report, and
//     definite descriptions of victims already counted, are not among
//     its totals.
func (j *judge) incidentDoubt(xs, ys []tollEntry, status string) string {
	cited := append(entryClaims(xs), entryClaims(ys)...)
	for _, pair := range [][2][]tollEntry{{xs, ys}, {ys, xs}} {
		for _, e := range pair[0] {
			if !j.namesLikeSome(e, pair[1], cited) {
				return fmt.Sprintf("%s does not name the incident as the other side does (no shared name of place, people or victims beside the same kind of event or site): the reports may be of different incidents.", e.article)
			}
			if o := j.otherDay(e, pair[1]); o != "" {
				return fmt.Sprintf("%s and %s date the incident on different days: the reports may be of different incidents.", e.article, o)
			}
			if o := j.otherMeasure(e, pair[1]); o != "" {
				return fmt.Sprintf("%s and %s give the event different measures of its strength (such as magnitudes): the reports may be of different events.", e.article, o)
			}
		}
	}
	for _, pair := range [][2][]tollEntry{{xs, ys}, {ys, xs}} {
		for _, e := range pair[0] {
			if j.citedAlike(e, pair[1]) {
				continue
			}
			if lo, hi, mixed := e.fig.Mixed(); mixed {
				return fmt.Sprintf("%s itself gives different figures of the %s (%s and %s), and the sentence its figure rests on does not name the incident as the other side's does: it may tell of several scenes or incidents, or of a figure that changed.", e.article, tollWord(status), num(lo), num(hi))
			}
			if j.tellsOfSeveral(e.article) {
				return fmt.Sprintf("%s tells of several incidents, and the sentences its figure rests on do not name the incident as the other side's do: the figure may be another incident's or a total.", e.article)
			}
		}
	}
	return ""
}

// tollWord names a status for a message.
func tollWord(status string) string {
	if status == "shot" {
		return "hit"
	}
	return status
}

// num renders a figure for a message.
func num(f float64) string {
	if math.IsInf(f, 1) {
		return "more"
	}
	return fmt.Sprint(f)
}

// namesLikeSome reports whether the article of e names its incident as
// some article of others does (see namedAlike and incidentNames). Reports
// that name nothing at all give no evidence either way.
func (j *judge) namesLikeSome(e tollEntry, others []tollEntry, cited []*claims.Claim) bool {
	na := j.incidentNames(e.article, cited)
	nouns := j.incidentNouns(e.fig.Claims)
	for _, o := range others {
		nb := j.incidentNames(o.article, cited)
		if o.article == e.article || len(na) == 0 || len(nb) == 0 || namedAlike(na, nb, nouns, j.incidentNouns(o.fig.Claims)) {
			return true
		}
	}
	return false
}

// namedAlike reports whether two reports name one incident: they share
// two names, or one name and a noun of the event or its site ("the
// bombing in Lille", "the Lille bombing"; "a school in the Jabaliya
// camp", "the Jabaliya school"). A name of six letters or more matches
// a spelling that differs by one letter, as names transliterated from
// another script are spelled differently by different outlets.
func namedAlike(a, b map[string]string, an, bn map[string]bool) bool {
	n := namesShared(a, b, true)
	if n >= sharedNames {
		return true
	}
	if n == 0 {
		return false
	}
	for w := range an {
		if bn[w] {
			return true
		}
	}
	return false
}

// oneLetterApart reports whether two words of six letters or more that
// begin alike differ by one letter added, dropped or changed
// ("Jabaliya", "Jabalya").
func oneLetterApart(a, b string) bool {
	if len(a) < 6 || len(b) < 6 || a[0] != b[0] || a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// incidentNouns returns the nouns the claims' sentences name their
// incident by: the event word of their subjects ("bombing") and the
// nouns of sites (lexicons.incident_sites: "school", "camp") they use.
func (j *judge) incidentNouns(cls []*claims.Claim) map[string]bool {
	out := map[string]bool{}
	for _, c := range cls {
		if t := strings.ToLower(c.Subject.Text); t != "" {
			out[t] = true
		}
		eachWord(c.SentenceText, func(w string, _ bool) {
			if site := j.c.site(w); site != "" {
				out[site] = true
			}
		})
	}
	return out
}

// citedAlike reports whether the sentences e's figure rests on name the
// incident as those of some entry of others do (see namedAlike): the
// figures' own sentences tie them to one incident.
func (j *judge) citedAlike(e tollEntry, others []tollEntry) bool {
	a, an := j.sentenceNames(e.article, e.fig.Claims), j.incidentNouns(e.fig.Claims)
	for _, o := range others {
		if namedAlike(a, j.sentenceNames(o.article, o.fig.Claims), an, j.incidentNouns(o.fig.Claims)) {
			return true
		}
	}
	return false
}

// sentenceNames returns the incident names of the claims' sentences (see
// incidentNames), without the headline or the opening, unless a sentence
// names its site by a definite noun alone ("killed in the school"): that
// site is the one the article's opening told of, and its names count.
func (j *judge) sentenceNames(article string, cls []*claims.Claim) map[string]string {
	out := map[string]string{}
	lead := false
	for _, c := range cls {
		for w, n := range j.namesIn(c.Article, c.SentenceText) {
			out[w] = n
		}
		lead = lead || j.definiteSite(c.SentenceText)
	}
	if lead {
		for w, n := range j.incidentNames(article, nil) {
			if _, ok := out[w]; !ok {
				out[w] = n
			}
		}
	}
	return out
}

// definiteSite reports whether a sentence names a site by "the" and a
// site noun alone ("in the school", "outside the club"), not by a name
// ("the Bureij camp").
func (j *judge) definiteSite(text string) bool {
	prev := ""
	found := false
	eachWord(text, func(w string, _ bool) {
		if !found && strings.EqualFold(prev, "the") && j.c.site(w) != "" {
			found = true
		}
		prev = w
	})
	return found
}

// tellsOfSeveral reports whether an article's casualty claims say that it
// tells of several incidents (claims tag casualty:several).
func (j *judge) tellsOfSeveral(article string) bool {
	j.readIncidents()
	return j.several[article]
}

// otherDay returns an article of others that dates the incident on a day
// more than a day apart from the day e's article gives it, or "": both
// read from each article's first dated mention of its own violent event.
func (j *judge) otherDay(e tollEntry, others []tollEntry) string {
	d := j.incidentDay(e.article)
	if d == nil {
		return ""
	}
	for _, o := range others {
		od := j.incidentDay(o.article)
		if od == nil {
			continue
		}
		if d.Start.Sub(od.End) >= 24*time.Hour || od.Start.Sub(d.End) >= 24*time.Hour {
			return o.article
		}
	}
	return ""
}

// incidentDay returns the day an article first dates its own violent
// event on (a resolved day-precise date of the event its headline or lead
// names, not placed in a series or elsewhere), or nil.
func (j *judge) incidentDay(article string) *claims.DateValue {
	j.readIncidents()
	return j.days[article]
}

// readIncidents fills, in one pass over the story's claims, the articles
// that tell of several incidents (tellsOfSeveral) and the day each dates
// its own on (incidentDay).
func (j *judge) readIncidents() {
	if j.several != nil {
		return
	}
	j.several, j.days = map[string]bool{}, map[string]*claims.DateValue{}
	for i := range j.st.Claims {
		c := &j.st.Claims[i]
		switch c.Kind {
		case claims.Casualty:
			if hasTag(c, "casualty:several") {
				j.several[c.Article] = true
			}
		case claims.Date:
			dv := c.Value.Date
			if _, found := j.days[c.Article]; found || dv == nil || !j.c.violent[c.Subject.Event] {
				continue
			}
			if !dv.Resolved || !dv.YearKnown || dv.Granularity != claims.Day || !hasTag(c, "date:story-event") || hasTag(c, "date:series") || hasTag(c, "date:elsewhere") {
				continue
			}
			j.days[c.Article] = dv // the story's claims are in text order
		}
	}
}
