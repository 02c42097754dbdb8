package claims

import (
	"math"

	"github.com/newsdesk/crosscheck/rules"
)

// casualties extracts casualty claims from s: figures of people killed,
// injured, shot or missing, with the victims' categories and shares, and
// the victims a sentence counts one by one ("Ray Cole, 24, was also
// killed"). Each claim says how it counts toward the incident's toll.
func (d *doc) casualties(s *sentence) {
	if d.x.cas.isLink(s.Toks) {
		return // "Related: 5 officers dead in Dallas protest shooting"
	}
	if d.namesPastEvent(s) {
		d.pastEventSent = s.Index + 1
	}
	severalEvents := d.x.severalEvents(s.Toks)
	if severalEvents || d.tellsOfSeries(s) {
		d.several = true // "two shootings at two different locations", "a second quake"
	}
	perp := d.perpetratorDeaths(s)
	cms := d.x.casMatches(s.Toks)
	if len(perp) > 0 {
		// "killed himself" tells of the perpetrator only.
		kept := cms[:0]
		for _, c := range cms {
			if !insideAny(perp, c.From) {
				kept = append(kept, c)
			}
		}
		cms = kept
	}
	if len(cms) == 0 {
		d.emitPerpetratorDeaths(s, perp)
		return
	}
	defer d.emitPerpetratorDeaths(s, perp)
	sc := d.newCasualtyScan(s, cms, severalEvents)
	for ci, c := range cms {
		if d.x.cas.isCare(c) && ci+1 < len(cms) && cms[ci+1].From-c.To <= 6 && hasWord(s.Toks[c.To:cms[ci+1].From], "with") {
			continue // "driven to a nearby clinic with minor injuries"
		}
		if sc.reducedRelative(ci) {
			continue // "a teenager wounded in the shooting has died": said of him, but not the predicate
		}
		if infinitive(s.Toks, c.From) {
			continue // "the third student to have died", "sentenced to death"
		}
		if disjoined(s.Toks, cms, ci) {
			if k := sc.pick(c); k >= 0 {
				sc.used[k] = true // "1,000 dead or missing": no toll of the dead alone
			}
			continue
		}
		if negatedBefore(s.Toks, c.From) {
			if zf := zeroFigure(d.x, s.Toks, c); zf != nil {
				sc.emit(zf, -1, c, true)
			}
			continue
		}
		if k := sc.pick(c); k >= 0 {
			sc.used[k] = true
			sc.emit(&sc.figs[k], k, c, false)
			continue
		}
		sc.people(c)
	}
	if sc.roundup && len(sc.said) == 0 {
		// "two children wounded in two separate shootings": the article
		// tells of several incidents even where no figure is read.
		c := cms[0]
		some := Interval{Min: 1, Max: math.Inf(1), Vague: true}
		sc.add(c, c.From, c.To, Value{Number: &some, Status: c.Status, Counting: &Counting{As: AsRoundup}}, []string{"casualties:" + c.ID})
	}
}

// casualtyScan is the working state of casualty extraction in one
// sentence: its figures, which are taken, and what was emitted.
type casualtyScan struct {
	d    *doc
	s    *sentence
	toks []token
	cms  []casMatch
	figs []figure
	// used marks figures given to a casualty word or folded into another
	// figure; merged marks those folded in.
	used, merged []bool
	// npEnd is where each figure's phrase ends, share clause included.
	npEnd []int
	// shareMatched are the rulebook entries of each figure's share clause.
	shareMatched [][]string
	// roundup is true when the sentence totals several incidents.
	roundup bool
	done    map[emitted]bool
	// victims are the people of the last subject read, for a predicate
	// that shares it ("was shot, but survived").
	victims []victim
	// said are the claims emitted so far, in text order.
	said []saidClaim
	// earlier says why the sentence's figures are not the story's
	// current toll (Counting.Earlier).
	earlier string
	// tallyFrom is the first token a tally cue's count reaches: a tally
	// in a participial clause after the toll ("..., pushing the death toll
	// above 600 since the war began") counts the period, not the figures
	// before it, which stay the incident's own.
	tallyFrom int
}

// saidClaim is a casualty claim emitted in the sentence: its status, its
// figure's lower bound and where its words end.
type saidClaim struct {
	status string
	n      float64
	to     int
	// loose is true for others beside victims the sentence did not count.
	loose bool
}

// emitted is a status and figure already claimed in the sentence.
type emitted struct {
	status string
	iv     Interval
}

// newCasualtyScan reads the figures of s and folds share clauses and
// coordinated groups into the figures they belong to; severalEvents is
// x.severalEvents of s, which casualties has read.
func (d *doc) newCasualtyScan(s *sentence, cms []casMatch, severalEvents bool) *casualtyScan {
	x := d.x
	figs := x.figures(s.Toks)
	sc := &casualtyScan{
		d: d, s: s, toks: s.Toks, cms: cms, figs: figs,
		used:         make([]bool, len(figs)),
		merged:       make([]bool, len(figs)),
		npEnd:        make([]int, len(figs)),
		shareMatched: make([][]string, len(figs)),
		roundup:      severalEvents || x.cas.isRoundup(s.Toks),
		done:         map[emitted]bool{},
	}
	for k := range figs {
		sc.npEnd[k] = figs[k].NPTo
	}
	sc.earlier = d.earlierCue(s)
	if sc.earlier == "" && x.cas.isTally(s.Toks) {
		sc.earlier = Tally
		sc.tallyFrom = x.cas.tallyClause(s.Toks)
	}
	if sc.roundup || sc.earlier == Tally {
		d.several = true
	}
	for k := range figs {
		if sc.used[k] || !figs[k].Person {
			continue
		}
		before := append([]bool(nil), sc.used...)
		figs[k].Groups, sc.npEnd[k], sc.shareMatched[k] = d.joinGroups(s.Toks, figs, k, sc.used)
		for q := range sc.used {
			sc.merged[q] = sc.used[q] && !before[q]
		}
	}
	return sc
}

// emit records the casualty claim of figure f (index k, or -1 for a
// figure made up on the spot) for casualty word c; zero makes it a figure
// of none.
func (sc *casualtyScan) emit(f *figure, k int, c casMatch, zero bool) {
	iv := f.IV
	if zero {
		iv = Exact(0)
	}
	if !zero && sc.disagreesInNumber(f, c) {
		return
	}
	key := emitted{c.Status, iv}
	if sc.done[key] {
		return
	}
	sc.done[key] = true
	from, to := c.From, c.To
	if f.From < from {
		from = f.From
	}
	end := f.NPTo
	if k >= 0 && sc.npEnd[k] > end && c.From > f.From {
		end = sc.npEnd[k]
	}
	if end > to {
		to = end
	}
	matched := []string{"casualties:" + c.ID}
	matched = append(matched, f.Matched...)
	for _, g := range f.Groups {
		matched = append(matched, "taxonomy:"+g.Category)
	}
	if k >= 0 {
		matched = append(matched, sc.shareMatched[k]...)
	}
	ct := sc.counting(f, c)
	if ct != nil && sc.risenTo(c, f) {
		ct.Risen = true
	}
	if ct.Part == PartOrdinal {
		// "a third person was injured": three victims at least, whatever
		// became of the first two.
		iv = Exact(float64(ordinalIn(sc.toks[f.From:f.NPTo])))
		c.Status = rules.StatusShot
	}
	sc.add(c, from, to, Value{Number: &iv, Status: c.Status, Victims: f.Groups, Counting: ct}, matched)
}

// add records one casualty claim spanning tokens [from, to).
func (sc *casualtyScan) add(c casMatch, from, to int, v Value, matched []string) {
	if sc.roundup {
		v.Counting = &Counting{As: AsRoundup}
	}
	if v.Counting != nil {
		v.Counting.Earlier = sc.earlier
		if sc.earlier == Tally && from < sc.tallyFrom {
			v.Counting.Earlier = "" // "five soldiers died, bringing to ten the number who have been killed"
		}
		if v.Counting.Earlier == "" && v.Counting.As != AsRoundup && sc.d.otherIncident(sc.s, c.From) {
			v.Counting.Earlier = OtherEvent // "another nearby shooting last month that left two dead"
			sc.d.several = true
		}
		if c.Status == rules.StatusKilled && (sc.d.x.perpetrators(v.Victims) || sc.perpetratorNamed(c)) {
			v.Counting.Perpetrator = true // "seven dead, including the gunman"
		}
		if c.Status != rules.StatusKilled && !sc.d.x.perpetrators(v.Victims) {
			if g, ok := sc.perpetratorShared(c); ok {
				v.Victims = append(v.Victims, g) // "four others were injured, including the gunman"
			}
		}
	}
	if v.Number != nil {
		loose := v.Counting != nil && v.Counting.As == AsOthers && v.Counting.Beside == ""
		sc.said = append(sc.said, saidClaim{c.Status, v.Number.Min, to, loose})
	}
	start, stop := sc.s.span(from, to)
	subject := sc.d.casualtyEvent(sc.s, c)
	if ct := v.Counting; ct != nil && ct.Named {
		// A victim named again keeps the incident the article first
		// tied them to: "Russell died in a crash ... Russell was killed".
		if prev := sc.d.victimSubject(ct.Person); prev != nil {
			subject = *prev
		}
	}
	sc.d.add(sc.s, Claim{
		Kind:    Casualty,
		Subject: subject,
		Value:   v,
		Rule:    "casualty",
		Matched: dedupe(matched),
	}, start, stop)
}

// infinitive reports whether the casualty word at c heads an infinitive
// or follows "to": "the third student to have died", "expected to die",
// "sentenced to death". Such words report no casualty.
func infinitive(toks []token, c int) bool {
	k := c - 1
	if k >= 0 && (toks[k].Norm == "have" || toks[k].Norm == "be" || toks[k].Norm == "been") {
		k--
	}
	return k >= 0 && toks[k].Norm == "to"
}

// insideAny reports whether token k lies in one of the spans.
func insideAny(spans [][2]int, k int) bool {
	for _, sp := range spans {
		if k >= sp[0] && k < sp[1] {
			return true
		}
	}
	return false
}

// hasWord reports whether a token of toks is the word w.
func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.Norm == w {
			return true
		}
	}
	return false
}

// casualtyEvent returns the event a casualty word at c tells the toll of:
// the nearest violent event its sentence names other than the casualty
// word itself, which may be an event word too ("An earthquake struck the
// valley, killing five people": the earthquake's toll, not a killing's);
// else the event eventFor finds.
func (d *doc) casualtyEvent(s *sentence, c casMatch) Subject {
	if best, self := d.nearestEvent(s, c.From, true, c.From, c.To); self && best >= 0 {
		return d.events[s.Index][best].Subject
	}
	return d.eventFor(s, c.From, true)
}

// risenTo reports whether toll noun c is said to have grown to figure f
// after it: a rise word between them ("the death toll from the quake rose
// to 12") or a participle of rise right before the noun's phrase
// ("bringing the confirmed death toll to 11").
func (sc *casualtyScan) risenTo(c casMatch, f *figure) bool {
	v := sc.d.x.cas
	if f.From < c.To || !v.nouns[sc.toks[c.To-1].Norm] {
		return false
	}
	for g := c.To; g < f.From; g++ {
		if v.tollRises[sc.toks[g].Norm] {
			return true
		}
	}
	for k := c.From - 1; k >= 0 && k >= c.From-4; k-- {
		t := sc.toks[k]
		if t.Kind == tokPunct {
			return false
		}
		if v.tollRises[t.Norm] {
			return true
		}
	}
	return false
}
