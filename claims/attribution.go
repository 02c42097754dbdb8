package claims

import "strings"

// attributions extracts who is said to have carried out a violent act and
// the stance taken: stated as fact ("was attributed to X"), claimed by a
// party ("India blamed Pakistan for the attack"), denied ("Pakistan denied
// any involvement") or said to lack evidence ("has not presented any
// verifiable evidence").
func (d *doc) attributions(s *sentence) {
	x := d.x
	matches := d.cueMatches(s.Toks)
	if len(matches) == 0 {
		return
	}
	var claimedActor *AttributionValue
	for _, m := range matches {
		cue := x.rb.Cues[m.Ref.Index]
		if !d.violentContext(s) {
			return
		}
		av := &AttributionValue{Stance: cue.Stance, Cue: cue.ID}
		from, to := m.From, m.To
		if cue.Actor == "after" && pluralActs(s.Toks, m.From) {
			continue // "operations carried out by militants": other acts
		}
		switch cue.Actor {
		case "after":
			a, end := d.actorAfter(s, m.To)
			if a == nil {
				continue
			}
			av.Actor, av.ActorWords, av.ActorCountries = a.Actor, a.ActorWords, a.ActorCountries
			to = end
		case "object":
			a, end := d.actorAfter(s, m.To)
			if a == nil {
				continue
			}
			av.Actor, av.ActorWords, av.ActorCountries = a.Actor, a.ActorWords, a.ActorCountries
			if by, start := d.partyBefore(s, m.From); by != "" {
				av.By, from = by, start
			}
			to = end
		case "before":
			by, start := d.partyBefore(s, m.From)
			if cue.Stance == StanceNoEvidence && claimedActor != nil && claimedActor.By != "" {
				// "India has attempted to connect Pakistan with the
				// assault, yet has not presented any evidence": the
				// accuser lacks the evidence.
				by, start = claimedActor.By, m.From
			}
			av.By = by
			if by != "" {
				from = start
			}
			switch {
			case cue.Stance == StanceDenied:
				// A party denies its own involvement.
				av.Actor, av.ActorWords = by, by
			case claimedActor != nil:
				av.Actor, av.ActorWords, av.ActorCountries = claimedActor.Actor, claimedActor.ActorWords, claimedActor.ActorCountries
			case d.lastAttribution != nil:
				av.Actor, av.ActorWords, av.ActorCountries = d.lastAttribution.Actor, d.lastAttribution.ActorWords, d.lastAttribution.ActorCountries
			}
			if cue.Stance == StanceFact && by != "" {
				av.Actor, av.ActorWords = by, by
			}
		}
		st := d.stated(s)
		// "X claimed responsibility": the speaker is the actor itself, and
		// the article reports as fact that X claimed it.
		selfClaim := st.Mode == Attributed && (st.Source == av.Actor || st.Source == av.By)
		if av.Stance == StanceFact && !selfClaim && (st.Mode == Hedged || st.Mode == Attributed) {
			av.Stance = StanceClaimed
			if av.By == "" {
				av.By = st.Source
			}
		}
		if av.Stance == StanceClaimed {
			claimedActor = av
		}
		subj := d.eventFor(s, m.From, true)
		start, end := s.span(from, to)
		c := Claim{
			Kind:    Attribution,
			Subject: subj,
			Value:   Value{Attribution: av},
			Stated:  st,
			Rule:    "attribution-" + cue.Stance,
			Matched: []string{"cues:" + cue.ID},
		}
		d.add(s, c, start, end)
		cp := *av
		d.lastAttribution = &cp
	}
}

// violentContext reports whether s names a violent event or follows one
// closely enough that "the accusations" refer to it.
func (d *doc) violentContext(s *sentence) bool {
	for _, em := range d.events[s.Index] {
		if em.Violent {
			return true
		}
	}
	return d.lastEvent != nil
}

// actorAfter reads the party named after a cue: "a Pakistan-based
// Lashkar-e-Taiba front", "Islamabad", "the Islamic State group".
func (d *doc) actorAfter(s *sentence, i int) (*AttributionValue, int) {
	toks := s.Toks
	ms := d.mentions[s.Index]
	av := &AttributionValue{}
	end := i
	events := d.events[s.Index]
	nameEnd := -1 // where the last name read ends
	for j := i; j < len(toks) && j < i+8; j++ {
		t := toks[j]
		if startsEvent(events, j) {
			if av.Actor == "" && len(av.ActorCountries) == 0 || j == nameEnd {
				// "a photograph attributed to the Baga massacre": an
				// event, and the name that modifies it, is no
				// perpetrator.
				return nil, i
			}
			break // "link Tehran to the ambush"
		}
		if t.Norm == "'s" {
			// "by Isis's predecessor": the possessor did not do it, what
			// it owns did; a country stays tied ("Pakistan's agency").
			av.Actor = ""
			continue
		}
		if t.Kind == tokPunct || t.Kind == tokQuote || t.Norm == "for" || t.Norm == "with" || t.Norm == "of" && av.Actor != "" {
			break
		}
		if c := d.basedCountry(t); c != "" {
			av.ActorCountries = appendUnique(av.ActorCountries, c)
		}
		for _, m := range ms {
			if m.From == j && m.Type != "" {
				nameEnd = m.To
				if av.Actor == "" || m.Type != "country" {
					av.Actor = m.Name
				}
				if m.Type == "country" {
					av.ActorCountries = appendUnique(av.ActorCountries, m.Name)
				} else if m.Country != "" {
					av.ActorCountries = appendUnique(av.ActorCountries, m.Country)
				}
			}
		}
		end = j + 1
	}
	if av.Actor == "" && len(av.ActorCountries) == 0 {
		return nil, i
	}
	if av.Actor == "" {
		av.Actor = av.ActorCountries[0]
	}
	start, stop := s.span(i, end)
	av.ActorWords = strings.TrimSpace(d.art.Text[start:stop])
	return av, end
}

// startsEvent reports whether an event mention starts at token k.
func startsEvent(events []eventMention, k int) bool {
	for _, em := range events {
		if em.From == k {
			return true
		}
	}
	return false
}

// pluralActs reports whether a cue right after a plural common noun
// attributes those acts, not the story's one: "operations carried out by
// militants", "crimes committed by the group".
func pluralActs(toks []token, cue int) bool {
	if cue == 0 {
		return false
	}
	t := toks[cue-1]
	w := t.Norm
	return t.Kind == tokWord && !t.Cap && len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !tenseMarkers[w]
}

// basedCountry returns the country of a "<Country>-based" word.
func (d *doc) basedCountry(t token) string {
	if !d.isBased(t) {
		return ""
	}
	k := strings.LastIndexByte(t.Norm, '-')
	prefix := tokenize(t.Text[:k], 0)
	refs, n := d.x.entities.match(prefix, 0)
	if n == 0 || n != len(prefix) {
		return ""
	}
	e := d.x.rb.Entities[refs[0].Index]
	if e.Type == "country" {
		return e.Name
	}
	return d.countryName(e.Country)
}

// partyBefore returns the party named before a cue in s ("Islamabad has
// denied") and the token where it starts.
func (d *doc) partyBefore(s *sentence, i int) (string, int) {
	var best *mention
	for k := range d.mentions[s.Index] {
		m := &d.mentions[s.Index][k]
		if m.To <= i && i-m.To <= 6 && m.Type != "" && m.Type != "place" {
			best = m
		}
	}
	if best == nil {
		return "", i
	}
	if best.Country != "" && best.Type == "country" {
		return best.Country, best.From
	}
	return best.Name, best.From
}

func appendUnique(list []string, s string) []string {
	if containsString(list, s) {
		return list
	}
	return append(list, s)
}
