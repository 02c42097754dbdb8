package claims

// stated says how sentence s states its claims: hedged when it holds a
// hedge word, attributed when a speech verb or "according to" names a
// source, asserted otherwise; negated when it holds a negation.
func (d *doc) stated(s *sentence) Stated {
	if st, ok := d.statedBy[s.Index]; ok {
		return st
	}
	st := d.computeStated(s)
	d.statedBy[s.Index] = st
	return st
}

// computeStated is stated without the per-sentence memo.
func (d *doc) computeStated(s *sentence) Stated {
	st := Stated{Mode: Asserted}
	for _, m := range d.x.hedges.findAll(s.Toks) {
		st.Hedges = append(st.Hedges, joinTokens(s.Toks[m.From:m.To]))
	}
	for _, m := range d.x.modifiers.findAll(s.Toks) {
		if d.x.rb.Lexicons.Modifiers[m.Ref.Index].Hedge && m.To < len(s.Toks) && startsNumber(s.Toks[m.To]) {
			st.Hedges = append(st.Hedges, joinTokens(s.Toks[m.From:m.To]))
		}
	}
	if src := d.speaker(s); src != "" {
		st.Mode, st.Source = Attributed, src
	} else if len(st.Hedges) > 0 {
		st.Mode = Hedged
	}
	for _, t := range s.Toks {
		switch t.Norm {
		case "not", "n't", "never", "no":
			st.Negated = true
		}
	}
	return st
}

// startsNumber reports whether t is a digit string or a number word.
func startsNumber(t token) bool {
	if t.Kind == tokNumber {
		return true
	}
	_, ok := numberWords[t.Norm]
	return ok
}

// speaker returns who sentence s attributes its content to: the person or
// organisation next to a speech verb, or after "according to".
func (d *doc) speaker(s *sentence) string {
	ms := d.mentions[s.Index]
	for _, m := range d.x.speech.findAll(s.Toks) {
		if insideMention(ms, m.From) {
			continue // "States" in "United States" is no speech verb
		}
		// "X said" / "X, the spokesperson, said": nearest name before.
		if p := nearestMention(ms, m.From, -1, 8); p != nil {
			return p.Name
		}
		// "said X" / "according to X": nearest name after.
		if p := nearestMention(ms, m.To, +1, 4); p != nil {
			return p.Name
		}
		if m.From > 0 && isPronoun(s.Toks[m.From-1].Norm) && d.lastPerson != "" {
			return d.lastPerson
		}
		// "police said", "officials said".
		if m.From > 0 && s.Toks[m.From-1].Kind == tokWord {
			return s.Toks[m.From-1].Norm
		}
	}
	return ""
}

func isPronoun(w string) bool {
	switch w {
	case "he", "she", "they":
		return true
	}
	return false
}

// nearestMention finds the person, organisation or group mention nearest token i
// in direction dir (-1 before, +1 after) within max tokens.
func nearestMention(ms []mention, i, dir, max int) *mention {
	var best *mention
	bestDist := max + 1
	for k := range ms {
		m := &ms[k]
		if m.Type != "person" && m.Type != "org" && m.Type != "group" {
			continue
		}
		var dist int
		if dir < 0 {
			dist = i - m.To
		} else {
			dist = m.From - i
		}
		if dist >= 0 && dist < bestDist {
			best, bestDist = m, dist
		}
	}
	return best
}

// insideMention reports whether token i belongs to a named mention.
func insideMention(ms []mention, i int) bool {
	for k := range ms {
		if i >= ms[k].From && i < ms[k].To {
			return true
		}
	}
	return false
}
