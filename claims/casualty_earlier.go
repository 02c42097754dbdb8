package claims

import (
	"strings"

	"github.com/newsdesk/crosscheck/rules"
)

// earlierCue reads whether a sentence's casualty figures are not the
// story's current toll: the sentence gives a figure reported before and
// since changed ("in initial reports, police said two had been killed"),
// or it places them at a time before the story's own event, by an amount
// of months or years before a direction ("two years earlier", "six
// months ago", "a year after nine people were shot at ..."; "six days
// before that, a gunman killed 14"), or by "last" and a season or period ("last
// summer, one man was killed"). It returns EarlierReport or EarlierEvent,
// Figures in a sentence that names an earlier event ("the last major quake
// to hit the region"), or in the next one when it goes on with a pronoun
// ("It killed 612 people"), are of that event. It returns EarlierReport or
// EarlierEvent, or "" when none.
func (d *doc) earlierCue(s *sentence) string {
	toks := s.Toks
	if len(d.x.cas.superseded.findAll(toks)) > 0 {
		return EarlierReport
	}
	if len(d.x.cas.habitual.findAll(toks)) > 0 {
		return Habitual // "two to five children die each year"
	}
	if d.frontedOtherMonth(toks) {
		return EarlierEvent // "In February, a gunman killed five people at a mall"
	}
	if p := d.pastEventSent; p == s.Index+1 || p == s.Index && (toks[0].Norm == "it" || toks[0].Norm == "that") {
		return EarlierEvent
	}
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		if t.Norm == "last" && pastPeriods[toks[k+1].Norm] {
			return EarlierEvent
		}
		if !timeAmount(t) || k+2 >= len(toks) {
			continue
		}
		unit := unitWords[toks[k+1].Norm]
		if unit == "" {
			continue
		}
		next := ""
		if k+3 < len(toks) {
			next = toks[k+3].Norm
		}
		switch toks[k+2].Norm {
		case "ago", "earlier", "prior":
			// Months or years: "shot a week earlier" may be the story's
			// own event in a report of a death that followed.
			if unit == "month" || unit == "year" {
				return EarlierEvent
			}
		case "before", "after":
			// "six days before that"; "two years after a quake that killed
			// thousands" tells of an earlier event in its clause, while "a
			// week after she was wounded" may tell of the story's own.
			if toks[k+2].Norm == "before" && (next == "that" || next == "this") || unit == "month" || unit == "year" {
				return EarlierEvent
			}
		}
	}
	return ""
}

// pastPeriods are the periods "last" places before a news story's own
// event ("last summer"); "last week" or "last month" may be the time of
// the event the story recalls ("after the attack last month, which killed
// 26") and are not among them.
var pastPeriods = map[string]bool{
	"summer": true, "spring": true, "fall": true, "autumn": true, "winter": true, "year": true,
}

// timeAmount reports whether t can count an amount of time: "six (months)",
// "a (year)", "several (weeks)".
func timeAmount(t token) bool {
	if t.Kind == tokNumber {
		return true
	}
	if _, ok := numberWords[t.Norm]; ok {
		return true
	}
	switch t.Norm {
	case "a", "an", "several", "few", "some":
		return true
	}
	return false
}

// perpetrators reports whether any of the groups names those who did it
// ("including the gunman").
func (x *Extractor) perpetrators(gs []Group) bool {
	for _, g := range gs {
		if x.tax.Perpetrator(g.Category) {
			return true
		}
	}
	return false
}

// perpetratorDeaths finds the phrases of s that tell of the perpetrator's
// own death ("before taking his own life").
func (d *doc) perpetratorDeaths(s *sentence) [][2]int {
	var out [][2]int
	for _, m := range d.x.cas.perpDeath.findAll(s.Toks) {
		out = append(out, [2]int{m.From, m.To})
	}
	return out
}

// emitPerpetratorDeaths emits a claim of one killed for each phrase of the
// perpetrator's own death, in an article that tells of a violent event or
// has given a casualty figure.
func (d *doc) emitPerpetratorDeaths(s *sentence, spans [][2]int) {
	if len(spans) == 0 || d.lastEvent == nil && !d.hasCasualty() {
		return
	}
	for _, sp := range spans {
		one := Exact(1)
		start, stop := s.span(sp[0], sp[1])
		d.add(s, Claim{
			Kind:    Casualty,
			Subject: d.eventFor(s, sp[0], true),
			Value: Value{Number: &one, Status: rules.StatusKilled, Counting: &Counting{
				As: AsPerson, Person: "perpetrator", Definite: true, Perpetrator: true,
			}},
			Rule:    "casualty",
			Matched: []string{"perpetrator_death:" + phraseOf(s.Toks, sp[0], sp[1])},
		}, start, stop)
	}
}

// namesPastEvent reports whether sentence s names an event as an earlier
// one of its kind: "the last major quake to hit the region", "a previous
// shooting at the school".
func (d *doc) namesPastEvent(s *sentence) bool {
	for _, em := range d.events[s.Index] {
		for k := em.From - 1; k >= 0 && k >= em.From-3; k-- {
			switch s.Toks[k].Norm {
			case "last", "previous", "prior", "earlier":
				return k > 0 && (s.Toks[k-1].Norm == "the" || s.Toks[k-1].Norm == "a")
			}
			if s.Toks[k].Kind != tokWord {
				break
			}
		}
	}
	return false
}

// frontedOtherMonth reports whether a sentence opens with a month set off
// by a comma ("In February, a gunman killed five", "In early March, ...")
// that is not the month of the article's publication, or in an article of
// no known date: a story of the day tells its own event by the day, and a
// fronted month sets another event beside it.
func (d *doc) frontedOtherMonth(toks []token) bool {
	if len(toks) < 3 || toks[0].Norm != "in" {
		return false
	}
	k := 1
	switch toks[k].Norm {
	case "early", "late", "mid", "mid-":
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	m, ok := monthWords[toks[k].Norm]
	if !ok {
		return false
	}
	k++
	if toks[k].Kind == tokNumber {
		k++ // "In February 2005,"
	}
	if k >= len(toks) || toks[k].Text != "," {
		return false
	}
	return !d.art.HasDate() || int(d.art.Published.Month()) != m
}

// perpetratorNamed reports whether the sentence of casualty word c counts
// a perpetrator among the dead after it ("three men lay dead,
// the gunman among them") or says the police did the killing ("she was
// fatally shot by police").
func (sc *casualtyScan) perpetratorNamed(c casMatch) bool {
	if _, n := sc.d.x.cas.police.match(sc.toks, c.To); n > 0 {
		return true // "after she was fatally shot by police"
	}
	_, ok := sc.perpetratorShared(c)
	return ok
}

// perpetratorShared returns the perpetrator a share clause after casualty
// word c counts among its victims ("four others were injured, including
// the gunman"), up to the next casualty word of another status, whose
// victims a share after it counts ("one was killed and four injured,
// including the gunman": the gunman was hurt, not killed).
func (sc *casualtyScan) perpetratorShared(c casMatch) (Group, bool) {
	x, toks := sc.d.x, sc.toks
	end := len(toks)
	for _, o := range sc.cms {
		if o.From >= c.To && o.Status != c.Status {
			end = o.From
			break
		}
	}
	for k := c.To; k < end; k++ {
		if _, n := x.shares.match(toks, k); n > 0 {
			for j := k + n; j < len(toks) && j <= k+n+3; j++ {
				if refs, m := x.categories.match(toks, j); m > 0 && x.tax.Perpetrator(x.rb.Taxonomy[refs[0].Index].ID) {
					return Group{Category: x.rb.Taxonomy[refs[0].Index].ID, Words: joinTokens(toks[j : j+m]), Share: ShareIncluding}, true
				}
			}
		}
	}
	return Group{}, false
}

// severalEvents reports whether a sentence counts violent events in the
// plural, "in 6 Shreveport shootings", "two weekend shootings", "a pair of
// shootings", "multiple incidents where someone was shot", "those
// shootings": its casualty figures total several incidents, and its
// article tells of more than one. A generic event word ("incidents")
// counts only beside a casualty word; "the shootings" of one spree is
// not counted.
func (x *Extractor) severalEvents(toks []token) bool {
	for i, t := range toks {
		if !isPlural(t.Norm) || t.Kind != tokWord {
			continue
		}
		ev, ok := x.pluralEvent(t.Norm)
		if !ok || !ev.Violent && !(ev.Generic && len(x.casualties.findAll(toks)) > 0) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := toks[k].Norm
			if v, ok := numberWords[w]; ok && v >= 2 || eventQuantifiers[w] {
				return true
			}
			if toks[k].Kind == tokNumber {
				if v, ok := parseDigits(toks[k].Text); ok && v >= 2 && v < 1000 {
					return true
				}
			}
			if w == "of" && k > 0 && x.cas.eventSets[toks[k-1].Norm] {
				return true // "a pair of shootings", "a spate of stabbings"
			}
			if toks[k].Kind != tokWord {
				break
			}
		}
	}
	return false
}

// eventQuantifiers count events in the plural without a number:
// "multiple shootings", "both attacks", "those shootings".
var eventQuantifiers = map[string]bool{
	"multiple": true, "several": true, "numerous": true, "both": true, "those": true, "these": true, "many": true,
}

// pluralEvent returns the event class a plural noun names ("shootings",
// "ambushes", "incidents").
func (x *Extractor) pluralEvent(w string) (rules.EventClass, bool) {
	for _, cut := range []string{"s", "es"} {
		if !strings.HasSuffix(w, cut) {
			continue
		}
		one := []token{{Norm: strings.TrimSuffix(w, cut), Kind: tokWord}}
		if refs, n := x.events.match(one, 0); n > 0 {
			return x.rb.Events[refs[0].Index], true
		}
	}
	return rules.EventClass{}, false
}

// otherIncident reports whether the violent event nearest to token i of
// sentence s is named as another one than the story's (see seriesEvent).
func (d *doc) otherIncident(s *sentence, i int) bool {
	best, _ := d.nearestEvent(s, i, true, 0, 0)
	return best >= 0 && d.seriesEvent(s, d.events[s.Index][best])
}

// seriesEvent reports whether a series word opens the modifiers of event
// mention em ("another nearby shooting", "a separate attack", "a second
// quake"), while the noun heads its own phrase ("a second shooting victim"
// counts victims). "The first fatal shooting" may be the story's own.
func (d *doc) seriesEvent(s *sentence, em eventMention) bool {
	toks := s.Toks
	if em.To < len(toks) {
		if _, n := d.x.categories.match(toks, em.To); n > 0 {
			return false
		}
	}
	return seriesBefore(toks, em.From, d.x.cas.otherSeries, func(k int) bool {
		if isAuxiliary(toks[k].Norm) {
			return true // "two other people were shot" counts victims
		}
		_, n := d.x.categories.match(toks, k)
		return n > 0
	})
}

// tellsOfSeries reports whether a sentence names a violent event as one of
// a series, so that its article tells of more than one incident: a series
// word opens an event's modifiers ("another earthquake struck", "a second
// attack"), or stands before "one" that stands for the event noun ("the
// quake was the second one to hit the island", "another one in a week").
func (d *doc) tellsOfSeries(s *sentence) bool {
	violent := false
	for _, em := range d.events[s.Index] {
		if !em.Violent {
			continue
		}
		violent = true
		if d.seriesEvent(s, em) {
			return true
		}
	}
	if !violent {
		return false
	}
	toks := s.Toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Norm != "one" || !d.x.cas.otherSeries[toks[k-1].Norm] {
			continue
		}
		switch toks[k+1].Norm {
		case "to", "in", "this", "that", "since":
			return true
		}
	}
	return false
}
