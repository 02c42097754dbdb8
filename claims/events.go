package claims

import (
	"strings"
)

// eventMention is an event named in a sentence ("terror attack in
// Pahalgam", "the shooting", "apologized", "left the administration").
type eventMention struct {
	From, To int
	Subject  Subject
	Generic  bool
	Violent  bool
	// Recurring is true for classes that happen many times in one story
	// (statements, calls).
	Recurring bool
	// Charged is true for an event named as what someone is charged
	// with, convicted of or sentenced for ("charges of murder"): the
	// words after it date the legal act, not the event.
	Charged bool
}

// findEvents finds the events a sentence names, with the places named
// after them and the modifiers before them, and remembers the last violent
// one for later references.
func (d *doc) findEvents(s *sentence) []eventMention {
	x := d.x
	var out []eventMention
	frame := d.framePlace(s)
	add := func(m lexMatch) {
		ev := x.rb.Events[m.Ref.Index]
		// Event words are nouns or verbs in lower case; a capitalised
		// word inside a sentence is part of a name ("Strike Force").
		if t := s.Toks[m.From]; t.Cap && m.From > 0 && !isTitleCase(s) {
			return
		}
		em := eventMention{From: m.From, To: m.To, Generic: ev.Generic, Violent: ev.Violent, Recurring: ev.Recurring, Charged: d.charged(s.Toks, m.From)}
		em.Subject = Subject{Event: ev.ID, Text: joinTokens(s.Toks[m.From:m.To])}
		em.Subject.Places = d.placesNear(s, m.To)
		if frame != "" {
			em.Subject.Places = mergeStrings(em.Subject.Places, []string{frame})
		}
		em.Subject.Terms = eventModifiers(s.Toks, m.From)
		em.Subject.Key = "event:" + ev.ID
		out = append(out, em)
	}
	for _, m := range x.events.findAll(s.Toks) {
		if !isTransitive(m.Ref) || d.hasEventObject(s.Toks, m) {
			add(m)
		}
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

// hasEventObject reports whether a transitive event word ("left") has one
// of its class's objects ("administration", "job") within the next few
// words of its clause: "left the Ellery administration".
func (d *doc) hasEventObject(toks []token, m lexMatch) bool {
	objects := d.x.eventObjects[m.Ref.Index]
	for k := m.To; k < len(toks) && k < m.To+5; k++ {
		t := toks[k]
		if t.Kind == tokPunct || dateClauseBreak(t) {
			return false
		}
		if objects[t.Norm] {
			return true
		}
	}
	return false
}

// charged reports whether the event word at toks[i] is the object of a
// charge: "charges of first degree murder", "charged with murder",
// "pleaded guilty to one count of murder", "arrested in the shooting".
func (d *doc) charged(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		t := toks[k]
		if t.Kind == tokPunct || dateClauseBreak(t) {
			return false
		}
		if d.x.chargeWords[t.Norm] && k+1 < i {
			switch toks[k+1].Norm {
			case "of", "with", "to", "for", "in":
				return true
			}
		}
	}
	return false
}

// transitiveMark ends the ref id of an event class's transitive words.
const transitiveMark = "?"

// isTransitive reports whether an event ref is a transitive word, which
// names its event only with an object after it.
func isTransitive(r entryRef) bool { return strings.HasSuffix(r.ID, transitiveMark) }

// eventModifiers returns the lower-case modifiers written right before an
// event noun ("vice presidential" in "the vice presidential debate",
// "opening" in "last week's opening debate"), hyphenated words split:
// they tell one debate or one election from another.
func eventModifiers(toks []token, from int) []string {
	var out []string
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		t := toks[k]
		if t.Kind != tokWord || isDeterminer(t.Norm) || t.Norm == "'s" || stopModifier[t.Norm] || monthWords[t.Norm] != 0 || isWeekdayWord(t.Norm) {
			break
		}
		out = append(out, strings.Split(strings.Trim(t.Norm, "-"), "-")...)
	}
	return out
}

// stopModifier are words that end the modifiers of an event noun.
var stopModifier = map[string]bool{"of": true, "in": true, "on": true, "at": true, "and": true, "or": true, "to": true, "for": true, "with": true, "by": true, "was": true, "were": true, "is": true, "are": true}

// eventAgent returns who did what the event at token i names: the owner
// written before it ("LePage's term", "his term"), or the nearest person
// named before it in its clause ("Pelosi has led", "Brooke, who served").
// pronoun is true when the agent comes through a pronoun.
func (d *doc) eventAgent(s *sentence, i int) (agent string, pronoun bool) {
	toks := s.Toks
	ms := d.mentions[s.Index]
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		t := toks[k]
		if dateClauseBreak(t) {
			break
		}
		switch t.Norm {
		case "his", "her":
			// A possessive names the agent only as the event noun's
			// own determiner ("his term"), not in "his rival for the
			// story published Friday".
			if !onlyModifiers(toks[k+1 : i]) {
				continue
			}
			return d.personBefore(s, k), true
		case "he", "she":
			return d.personBefore(s, k), true
		}
		if m := personAt(ms, k); m != nil {
			// A name used as a modifier ("the Ellery administration")
			// is not the agent.
			if m.To < len(toks) && toks[m.To].Kind == tokWord && !toks[m.To].Cap && m.From > 0 && toks[m.From-1].Norm == "the" {
				k = m.From
				continue
			}
			return m.Name, false
		}
	}
	return "", false
}

// personBefore returns the person a pronoun at token k of s refers to:
// the first person named before it in s, or else the subject of the
// nearest of the six sentences before that names one as its subject; a
// sentence whose subject is a pronoun, or that names none, passes the
// reference on ("He left..." after "He also served..." after "Ms. Brandt,
// who ..., once ran the office of Mayor Ellery" is Brandt).
func (d *doc) personBefore(s *sentence, k int) string {
	for _, m := range d.mentions[s.Index] {
		if m.Type == "person" && m.To <= k {
			return m.Name
		}
	}
	for i := s.Index - 1; i >= 0 && i >= s.Index-6; i-- {
		if p, _ := d.sentenceSubject(&d.sents[i]); p != "" {
			return p
		}
	}
	return ""
}

// sentenceSubject returns the person a sentence names before its first
// verb, its subject; pronoun is true when its subject is "he" or "she".
func (d *doc) sentenceSubject(s *sentence) (person string, pronoun bool) {
	ms := d.mentions[s.Index]
	for k, t := range s.Toks {
		if t.Norm == "he" || t.Norm == "she" {
			return "", true
		}
		if m := personAt(ms, k); m != nil {
			return m.Name, false
		}
		if t.Kind == tokWord && !t.Cap && (pastWords[t.Norm] || t.Norm == "is" || t.Norm == "has" || strings.HasSuffix(t.Norm, "ed")) {
			return "", false
		}
	}
	return "", false
}

// framePlace returns the place a sentence opens with, before a comma ("In
// Millbrook, officers were looking into..."): the place of every event the
// sentence names. "" when it opens with none.
func (d *doc) framePlace(s *sentence) string {
	toks := s.Toks
	if len(toks) < 3 || toks[0].Norm != "in" && toks[0].Norm != "at" && toks[0].Norm != "near" {
		return ""
	}
	for _, m := range d.mentions[s.Index] {
		if m.From == 1 && m.Type != "person" && m.To < len(toks) && toks[m.To].Text == "," {
			return m.Name
		}
	}
	return ""
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
				at++ // "in the Elm Heights neighborhood"
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
	if best, _ := d.nearestEvent(s, i, violent, 0, 0); best >= 0 {
		return d.events[s.Index][best].Subject
	}
	if violent && d.lastEvent != nil {
		return *d.lastEvent
	}
	return Subject{Key: "event:main", Event: "main"}
}

// nearestEvent returns the index in d.events[s.Index] of the event
// mention nearest to token i (a violent one when violent), leaving out
// those that overlap tokens [skipFrom, skipTo), or -1; skipped reports
// whether one was left out.
func (d *doc) nearestEvent(s *sentence, i int, violent bool, skipFrom, skipTo int) (best int, skipped bool) {
	best, bestDist := -1, 1<<30
	for k, em := range d.events[s.Index] {
		if violent && !em.Violent {
			continue
		}
		if em.From < skipTo && skipFrom < em.To {
			skipped = true
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
	return best, skipped
}

// mainEvent returns the event the article is about: the first event its
// headline names, or else the first its opening sentences name; ok is
// false when neither names one.
func (d *doc) mainEvent() (Subject, bool) {
	if d.main == nil {
		d.main = &Subject{}
		if d.art.Title != "" {
			toks := tokenize(d.art.Title, 0)
			for _, m := range d.x.events.findAll(toks) {
				ev := d.x.rb.Events[m.Ref.Index]
				if !ev.Generic && !isTransitive(m.Ref) {
					*d.main = Subject{Key: "event:" + ev.ID, Event: ev.ID, Text: joinTokens(toks[m.From:m.To])}
					break
				}
			}
		}
		for i := 0; d.main.Event == "" && i < len(d.sents) && i < 2; i++ {
			for _, em := range d.events[i] {
				if !em.Generic {
					*d.main = em.Subject
					break
				}
			}
		}
	}
	return *d.main, d.main.Event != ""
}

// leadSentences is how many opening sentences stand with the headline for
// what an article reports: page furniture ("Having trouble viewing the
// video?") may take the first ones.
const leadSentences = 4

// reportsViolence reports whether the article is about a violent event:
// its headline or one of its opening sentences names one ("shooting",
// "bombing") or people killed or hurt. Casualty figures of an article
// about something else (a campaign that recalls an attack) are not surely
// the figures of a story's incident.
func (d *doc) reportsViolence() bool {
	if d.violence == 0 {
		d.violence = 2
		lead := [][]token{tokenize(d.art.Title, 0)}
		for i := 0; i < len(d.sents) && i < leadSentences; i++ {
			lead = append(lead, d.sents[i].Toks)
		}
		for _, toks := range lead {
			if len(d.x.casualties.findAll(toks)) > 0 {
				d.violence = 1
				break
			}
			for _, m := range d.x.events.findAll(toks) {
				if d.x.rb.Events[m.Ref.Index].Violent {
					d.violence = 1
					break
				}
			}
		}
	}
	return d.violence == 1
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
