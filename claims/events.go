package claims

import "strings"

// eventMention is an event named in a sentence ("terror attack in
// Pahalgam", "the shooting").
type eventMention struct {
	From, To int
	Subject  Subject
	Generic  bool
	Violent  bool
}

// findEvents finds the events a sentence names, with the places named
// after them, and remembers the last violent one for later references.
func (d *doc) findEvents(s *sentence) []eventMention {
	x := d.x
	var out []eventMention
	for _, m := range x.events.findAll(s.Toks) {
		ev := x.rb.Events[m.Ref.Index]
		// Event words are nouns or verbs in lower case; a capitalised
		// word inside a sentence is part of a name ("Strike Force").
		if t := s.Toks[m.From]; t.Cap && m.From > 0 && !isTitleCase(s) {
			continue
		}
		em := eventMention{From: m.From, To: m.To, Generic: ev.Generic, Violent: ev.Violent}
		em.Subject = Subject{Event: ev.ID, Text: joinTokens(s.Toks[m.From:m.To])}
		em.Subject.Places = d.placesNear(s, m.To)
		em.Subject.Key = "event:" + ev.ID
		out = append(out, em)
	}
	// A generic word ("incident") takes the class of the last violent
	// event when one was named before.
	for i := range out {
		if out[i].Generic && d.lastEvent != nil {
			prev := *d.lastEvent
			if len(out[i].Subject.Places) > 0 {
				prev.Places = mergeStrings(prev.Places, out[i].Subject.Places)
			}
			prev.Text = out[i].Subject.Text
			out[i].Subject = prev
			out[i].Violent = true
		}
		if out[i].Violent {
			sub := out[i].Subject
			d.lastEvent = &sub
		}
	}
	return out
}

// placesNear returns places named in the few tokens after an event word:
// known places and countries, and other capitalised names only right after
// "in", "at", "near" or "on" (the attack "in Pahalgam", not the attack
// "attributed to Lashkar-e-Taiba").
func (d *doc) placesNear(s *sentence, from int) []string {
	var out []string
	ms := d.mentions[s.Index]
	for k := from; k < len(s.Toks) && k < from+6; k++ {
		t := s.Toks[k]
		if t.Kind == tokPunct && t.Text != "," {
			break
		}
		for _, m := range ms {
			if m.From == k && (m.Type == "country" || m.Type == "place") {
				out = append(out, m.Name)
			}
		}
		if t.Norm == "in" || t.Norm == "at" || t.Norm == "near" || t.Norm == "on" {
			at := k + 1
			if at < len(s.Toks) && s.Toks[at].Norm == "the" {
				at++ // "in the Brighton Park neighborhood"
			}
			for _, m := range ms {
				if m.From == at && m.Type != "person" {
					out = append(out, m.Name)
				}
			}
		}
	}
	return dedupe(out)
}

// eventFor returns the subject a claim in sentence s near token i is about:
// the nearest event named in the sentence, or else the last violent event
// of the article, or else the article's main event.
func (d *doc) eventFor(s *sentence, i int, violent bool) Subject {
	best := -1
	bestDist := 1 << 30
	for k, em := range d.events[s.Index] {
		if violent && !em.Violent {
			continue
		}
		dist := em.From - i
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		return d.events[s.Index][best].Subject
	}
	if violent && d.lastEvent != nil {
		return *d.lastEvent
	}
	return Subject{Key: "event:main", Event: "main"}
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	out := in[:0]
	for _, s := range in {
		k := strings.ToLower(s)
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

func mergeStrings(a, b []string) []string {
	return dedupe(append(append([]string{}, a...), b...))
}
