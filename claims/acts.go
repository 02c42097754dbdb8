package claims

import (
	"strings"

	"github.com/newsdesk/crosscheck/rules"
)

// acts extracts who is said to have done an act of the rulebook's acts:
// the agent of a passive ("The footage, which was uploaded to a forum
// by a user called Kestrel9", "the clip is published under an account
// named Roe"), the subject of an active verb ("Ana Ruiz defeated Tom
// Hale"), or, read loosely, the subject of the clause a participle hangs
// on ("Ruiz won the seat, defeating Tom Hale"). The claim's subject is the act and its
// object, so that sources naming different agents of one act can be
// compared.
func (d *doc) acts(s *sentence) {
	x := d.x
	if len(x.rb.Acts) == 0 {
		return
	}
	toks := s.Toks
	for k := 0; k < len(toks); k++ {
		refs, n := x.acts.match(toks, k)
		if n == 0 || toks[k].Cap && k > 0 {
			continue
		}
		act := x.rb.Acts[refs[0].Index]
		if negatedAt(toks, k) {
			k += n - 1
			continue // "was not written by"
		}
		if d.passiveAct(s, act, k, n) {
			k += n - 1
			continue
		}
		d.activeAct(s, act, k, n)
		k += n - 1
	}
}

// passiveAct reads "OBJECT (, which) was VERB-ed ... by AGENT" at the act
// verb toks[k:k+n]; it reports whether it found an agent.
func (d *doc) passiveAct(s *sentence, act rules.Act, k, n int) bool {
	toks := s.Toks
	// The agent phrase within a few words after the verb: "posted on
	// YouTube by", "published under an account named".
	var agentAt int
	for j := k + n; j < len(toks) && j <= k+n+4; j++ {
		if toks[j].Kind == tokPunct {
			break
		}
		if m := d.agentPhraseAt(toks, j); m > 0 {
			agentAt = j + m
			break
		}
	}
	if agentAt == 0 {
		return false
	}
	agent, end := d.agentAt(s, agentAt)
	if agent == "" {
		return false
	}
	obj, from := d.passiveObject(s, act, k)
	if obj == "" {
		return false
	}
	d.addAct(s, act, agent, obj, false, from, end)
	return true
}

// agentPhraseAt returns the length of the longest agent phrase at toks[j]
// ("by", "by a YouTube user named"), or 0.
func (d *doc) agentPhraseAt(toks []token, j int) int {
	_, best := d.x.agentPhrases.match(toks, j)
	for _, g := range d.x.gapAgents[toks[j].Norm] {
		best = max(best, g.matchAt(toks, j))
	}
	return best
}

// passiveObject finds the object of a passive act verb at toks[k]: the
// noun phrase before its auxiliary ("The clip is published"), before
// "which" ("The video, which was posted"), or before a comma ("The video,
// posted"). It returns the object (a person's name, or a noun) and the
// token where the object starts.
func (d *doc) passiveObject(s *sentence, act rules.Act, k int) (string, int) {
	toks := s.Toks
	j := k - 1
	for j >= 0 && isAuxiliary(toks[j].Norm) {
		j--
	}
	if j >= 0 && (toks[j].Norm == "which" || toks[j].Norm == "that") {
		j--
	}
	if j >= 0 && toks[j].Text == "," {
		j--
	}
	if j < 0 || j == k-1 && !strings.HasSuffix(toks[k].Norm, "ed") {
		return "", 0
	}
	if personObject(act) {
		end := subjectEnd(toks, j+1)
		for _, m := range d.mentions[s.Index] {
			if m.Type == "person" && m.To == end {
				return m.Name, m.From
			}
		}
		return "", 0
	}
	if t := toks[j]; isNounLike(t) {
		from := j
		for from > 0 && from > j-4 && toks[from-1].Kind == tokWord && !functionWords[toks[from-1].Norm] {
			from--
		}
		if from > 0 && determiners[toks[from-1].Norm] {
			from--
		}
		if !definiteNP(toks[from:j]) {
			return "", 0 // "a bill was introduced by": no one known thing
		}
		return t.Norm, from
	}
	return "", 0
}

// definiteNP reports whether the words before a noun make its phrase
// definite ("the video", "this clip", "his letter", "the senator's memo"):
// only a definite phrase names the one thing a story knows, so that two
// sources' acts on it can be compared. "A bill", "posted a profit" name
// none.
func definiteNP(toks []token) bool {
	for i, t := range toks {
		if t.Norm == "'s" || i == 0 && definiteDeterminers[t.Norm] {
			return true
		}
	}
	return false
}

// activeAct reads "AGENT VERB OBJECT" and "AGENT ..., VERB-ing OBJECT" at
// the act verb toks[k:k+n].
func (d *doc) activeAct(s *sentence, act rules.Act, k, n int) {
	toks := s.Toks
	obj, end := d.activeObject(s, act, k+n)
	if obj == "" {
		return
	}
	ms := d.mentions[s.Index]
	j := subjectEnd(toks, k)
	for _, m := range ms {
		if m.Type == "person" && m.To == j {
			from := m.From
			if len(m.Titles) > 0 && m.TitleFrom < from {
				from = m.TitleFrom
			}
			d.addAct(s, act, m.Name, obj, false, from, end)
			return
		}
	}
	// "Ana Ruiz won the seat, defeating Tom Hale": a participle after a
	// comma hangs on its clause, whose subject opens the sentence.
	if !strings.HasSuffix(toks[k].Norm, "ing") || k == 0 || toks[k-1].Text != "," {
		return
	}
	for _, m := range ms {
		if m.Type != "person" || m.From > 3 {
			continue
		}
		if m.To < len(toks) && toks[m.To].Kind == tokWord && !toks[m.To].Cap {
			d.addAct(s, act, m.Name, obj, true, m.From, end)
		}
		return
	}
}

// subjectEnd returns where the name of a subject ending before token k
// ends, past a place after it ("Ana Ruiz of California defeated") and a
// parenthesis ("Ana Ruiz (D-Calif.) defeated").
func subjectEnd(toks []token, k int) int {
	j := k
	for {
		if j >= 2 && toks[j-1].Cap && toks[j-2].Norm == "of" {
			j -= 2
			continue
		}
		if j >= 3 && toks[j-1].Cap && toks[j-2].Cap && toks[j-3].Norm == "of" {
			j -= 3 // "of South Carolina"
			continue
		}
		if j >= 1 && toks[j-1].Text == ")" {
			for j > 0 && toks[j-1].Text != "(" {
				j--
			}
			if j > 0 {
				j--
			}
			continue
		}
		return j
	}
}

// activeObject finds the object after an active act verb at toks[i]: a
// person named within the next few words (a titled one first: "defeated
// a fellow Democrat, Rep. Ann Cole"), or the head noun of the phrase that
// follows ("posted the video on ...").
func (d *doc) activeObject(s *sentence, act rules.Act, i int) (string, int) {
	toks := s.Toks
	if personObject(act) {
		var best *mention
		for k := range d.mentions[s.Index] {
			m := &d.mentions[s.Index][k]
			if m.Type != "person" || m.From < i || m.From > i+8 {
				continue
			}
			if best == nil || len(m.Titles) > 0 && len(best.Titles) == 0 {
				best = m
			}
		}
		if best == nil {
			return "", 0
		}
		return best.Name, best.To
	}
	j := i
	if j >= len(toks) || !definiteDeterminers[toks[j].Norm] {
		return "", 0 // "posted a video", "posted pretax profit": no one known thing
	}
	j++
	head := -1
	for ; j < len(toks) && j < i+4 && isNounLike(toks[j]); j++ {
		if head >= 0 && (strings.HasSuffix(toks[j].Norm, "ing") || strings.HasSuffix(toks[j].Norm, "ed")) {
			break // "an ad featuring", "the letter signed"
		}
		head = j
	}
	if head < 0 {
		return "", 0
	}
	return toks[head].Norm, head + 1
}

// agentAt reads the agent named at toks[i]: a person or a name ("by
// \"DCFilmer\"", "by Rep. Ann Cole", "under an account named Roe").
func (d *doc) agentAt(s *sentence, i int) (string, int) {
	toks := s.Toks
	for i < len(toks) && (toks[i].Kind == tokQuote || isArticle(toks[i].Norm)) {
		i++
	}
	for _, m := range d.mentions[s.Index] {
		if m.From <= i && i < m.To && m.Type == "person" {
			return m.Name, m.To
		}
		if m.From == i && (m.Type == "name" || m.Type == "org") && (m.To >= len(toks) || toks[m.To].Kind != tokWord) {
			return m.Name, m.To
		}
		if len(m.Titles) > 0 && m.TitleFrom == i && m.Type == "person" {
			return m.Name, m.To
		}
	}
	j := i
	for j < len(toks) && toks[j].Kind == tokWord && toks[j].Cap && !d.x.stopnames[toks[j].Norm] {
		if _, n := d.x.entities.match(toks, j); n > 0 {
			return "", 0 // "by U.S. presidents": a country qualifies the agent
		}
		j++
	}
	if j == i || j < len(toks) && toks[j].Kind == tokWord {
		// "by Democratic lawmakers", "by Academy and Emmy winner X": a
		// handle or name of no known kind ends its phrase.
		return "", 0
	}
	return joinTokens(toks[i:j]), j
}

// addAct records that agent did act to obj, from tokens [from, to) of s.
func (d *doc) addAct(s *sentence, act rules.Act, agent, obj string, loose bool, from, to int) {
	start, end := s.span(from, to)
	key := "act:" + act.ID + ":" + strings.ToLower(obj)
	c := Claim{
		Kind:    Attribution,
		Subject: Subject{Key: key, Event: act.ID, Text: obj, Terms: []string{strings.ToLower(obj)}},
		Value:   Value{Attribution: &AttributionValue{Actor: agent, ActorWords: agent, Stance: StanceFact, Act: act.ID, Object: obj, Loose: loose}},
		Rule:    "attribution-act",
		Matched: []string{"acts:" + act.ID},
	}
	d.add(s, c, start, end)
}

// personObject reports whether an act's object is a person.
func personObject(a rules.Act) bool { return a.Object == "person" }

// negatedAt reports whether a negation stands right before the verb at
// toks[k] ("was not posted", "never signed").
func negatedAt(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch toks[j].Norm {
		case "not", "never", "n't":
			return true
		}
	}
	return false
}
