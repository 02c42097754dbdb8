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
	if a := d.sentenceAttribution(s, false); a.speaker != "" {
		st.Mode, st.Source = Attributed, a.speaker
		if a.person {
			d.credited[s.Index] = a.speaker
		}
	} else if len(st.Hedges) > 0 {
		st.Mode = Hedged
	}
	st.Negated = negated(s.Toks)
	return st
}

// negated reports whether a sentence holds a negation. "not only" (and
// "not just", "not merely") adds rather than denies: "not only X but also
// Y" asserts both.
func negated(toks []token) bool {
	for i, t := range toks {
		switch t.Norm {
		case "not":
			if i+1 < len(toks) {
				switch toks[i+1].Norm {
				case "only", "just", "merely", "simply":
					continue
				}
			}
			return true
		case "n't", "never", "no":
			return true
		}
	}
	return false
}

// startsNumber reports whether t is a digit string or a number word.
func startsNumber(t token) bool {
	if t.Kind == tokNumber {
		return true
	}
	_, ok := numberWords[t.Norm]
	return ok
}
