package claims

import (
	"sort"
	"strings"
)

// The speaker resolver: one reading of the structure of attribution in
// news copy, used both for the speaker of a sentence (stated) and for the
// speaker of a quotation (quotes). It reads a run of tokens with its names
// and quotations (a speechView) and finds, for a speech cue, the speaker:
//
//   - "X said", "X, the spokesman, said", "X, who ..., said": the noun
//     phrase before the verb, skipping auxiliaries, adverbs and an
//     appositive or relative clause closed by a comma;
//   - "“...,” said X", "according to X": the noun phrase after;
//   - "X did Y, saying ...", "X did Y and added ...": a participle or a
//     coordinated verb has the subject of its clause;
//   - "X told Y": the listener after a listener verb is never the speaker;
//   - "the head of X said", "a spokesman for X said": the name inside a
//     prepositional phrase is not the speaker, the head before it is;
//   - "the influential US daily wrote": a country or newspaper named inside
//     the subject is not the speaker, the description is;
//   - "he said": the person of the nearest earlier sentence who spoke or
//     is its subject, of the right sex when an honorific says so;
//   - "the spokesman said": the person last named with that title.
//
// Where the speaker rests on a reference or a guess, attribution.how says
// so and the claim carries it in Matched, so that findings built on it stay
// at info.

// attribution is who words are attributed to and how that was found.
type attribution struct {
	speaker string
	// verb is the speech verb that attributes the words, if any.
	verb string
	// how notes an indirect resolution (one of the how* constants).
	how string
	// person is true when the speaker is a named person.
	person bool
}

// Ways a speaker is found indirectly, recorded in a claim's Matched.
const (
	howPronoun     = "speaker:pronoun"     // "he said": a pronoun resolved to a person
	howTitle       = "speaker:title"       // "the spokesman said": the person last given that title
	howPrevious    = "speaker:previous"    // a quote continuing the previous one
	howColon       = "speaker:colon"       // a quote introduced by the previous sentence's colon
	howNext        = "speaker:next"        // the speaker is named in the next sentence
	howSubject     = "speaker:subject"     // no speech verb: the subject of the quote's clause
	howDescription = "speaker:description" // a description, not a name: "officials said"
	howAmbiguous   = "speaker:ambiguous"   // a surname several people of the article share
)

// speechView is a run of tokens as the speaker resolver reads it: one
// sentence, or a segment of paragraphs.
type speechView struct {
	d    *doc
	toks []token
	// quote holds the quotation index of each token, -1 outside.
	quote []int
	ments []segMention
	// mentAt holds, per token, the index in ments of the name covering
	// it, or -1.
	mentAt []int
}

// segMention is a mention with token indexes of its view.
type segMention struct {
	from, to int
	m        *mention
}

// cue is a speech verb found in a view: tokens [from, to).
type cue struct {
	from, to int
	verb     string
}

// newSpeechView indexes the mentions of a view.
func newSpeechView(d *doc, toks []token, quote []int, ments []segMention) *speechView {
	v := &speechView{d: d, toks: toks, quote: quote, ments: ments, mentAt: make([]int, len(toks))}
	for i := range v.mentAt {
		v.mentAt[i] = -1
	}
	for k, m := range ments {
		for i := m.from; i < m.to && i < len(toks); i++ {
			v.mentAt[i] = k
		}
	}
	return v
}

// sentenceView is the view of one sentence, with the article's quotations.
func (d *doc) sentenceView(s *sentence) *speechView {
	quote := make([]int, len(s.Toks))
	for i, t := range s.Toks {
		quote[i] = -1
		if d.quotedAt(t.Start) {
			quote[i] = 0
		}
	}
	ms := d.mentions[s.Index]
	ments := make([]segMention, len(ms))
	for k := range ms {
		ments[k] = segMention{from: ms[k].From, to: ms[k].To, m: &ms[k]}
	}
	return newSpeechView(d, s.Toks, quote, ments)
}

func (v *speechView) inQuote(i int) bool { return v.quote[i] >= 0 }

// mention returns the name covering token i, or nil.
func (v *speechView) mention(i int) *segMention {
	if i < 0 || i >= len(v.toks) || v.mentAt[i] < 0 {
		return nil
	}
	return &v.ments[v.mentAt[i]]
}

// cueAt returns the speech cue starting at token i, if any. With acts, the
// rulebook's speech acts ("called", "described") count as well as its
// speech verbs. Words inside quotations or names ("United States") are not
// cues; a lone capitalised word may be ("Tweeted").
func (v *speechView) cueAt(i int, acts bool) (cue, bool) {
	if i >= len(v.toks) || v.inQuote(i) || v.toks[i].Kind != tokWord {
		return cue{}, false
	}
	_, n := v.d.x.speech.match(v.toks, i)
	if n == 0 && acts {
		_, n = v.d.x.speechActs.match(v.toks, i)
	}
	if n == 0 {
		return cue{}, false
	}
	if m := v.mention(i); m != nil && m.m.Type != "name" {
		return cue{}, false
	}
	return cue{from: i, to: i + n, verb: joinNorms(v.toks[i : i+n])}, true
}

// isSpeech reports whether a cue is a speech verb proper, not a speech act.
func (v *speechView) isSpeech(c cue) bool {
	_, n := v.d.x.speech.match(v.toks, c.from)
	return n > 0
}

// joinNorms returns the normalised text of tokens joined by spaces.
func joinNorms(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Norm
	}
	return strings.Join(parts, " ")
}

// participle reports whether a cue is an -ing form ("saying", "adding").
func participle(c cue) bool {
	f := strings.Fields(c.verb)
	return len(f) > 0 && strings.HasSuffix(f[0], "ing")
}

// sourceAfter reports whether a cue names its source after it: "according
// to X", a phrase ending in a preposition.
func sourceAfter(c cue) bool {
	f := strings.Fields(c.verb)
	return len(f) > 1 && prepositions[f[len(f)-1]]
}

// skippable reports whether token t may stand between a subject and its
// verb: an auxiliary or an adverb ("has also said", "quickly added").
func skippable(t token) bool {
	return t.Kind == tokWord && (auxiliaries[t.Norm] || !t.Cap && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly"))
}

// subjectOf returns the speaker of cue c within the clause [lo, hi).
func (v *speechView) subjectOf(c cue, lo, hi int) attribution {
	a := v.subjectFor(c, lo, hi)
	a.verb = c.verb
	return a
}

func (v *speechView) subjectFor(c cue, lo, hi int) attribution {
	toks := v.toks
	if sourceAfter(c) {
		return v.npAfter(c.to, hi)
	}
	k := v.skipBack(c.from-1, lo)
	// An infinitive ("went on to say", "interjected to say") has the
	// subject of the verb it completes; after an object ("asked him to
	// say") it has the object's, which is not read here.
	if k > lo && toks[k].Norm == "to" && v.verbBefore(k, lo) {
		if v.passive(max(k-3, lo), k-1) {
			return attribution{}
		}
		return v.clauseSubject(lo, k)
	}
	// A passive speech verb ("was asked by the host", "were told"): its
	// subject is spoken to; the speaker is the agent after "by", if any.
	if v.passive(k+1, c.from) {
		if c.to < hi && toks[c.to].Norm == "by" {
			return v.npAfter(c.to+1, hi)
		}
		return attribution{}
	}
	// After a listener verb ("told reporters") the name is the listener.
	listener := v.d.x.listeners[strings.Fields(c.verb)[0]]
	if k < lo || v.inQuote(k) || toks[k].Kind == tokPunct && k > 0 && v.inQuote(k-1) {
		// The verb opens its clause or follows a quotation: "Said Bruce:
		// ...", "“...,” said X"; a participle after a quotation has the
		// subject of its clause ("X said on “Sunday Desk,” adding").
		if listener {
			return attribution{}
		}
		if a := v.npAfter(c.to, hi); a.speaker != "" || !participle(c) || k < lo {
			return a
		}
		return v.governingSubject(c, lo, k)
	}
	t := toks[k]
	switch {
	case t.Kind == tokPunct && strings.Contains(",—–-:;(", t.Text):
		if participle(c) {
			return v.governingSubject(c, lo, k)
		}
		// A name apposed to a title or description: "her senior adviser,
		// Dan Okoro, said".
		if m := v.mention(k - 1); m != nil && m.m.Type == "person" && m.from-1 > lo && v.toks[m.from-1].Text == "," {
			if _, ok := v.npBefore(m.from-2, lo); ok {
				return nameAttribution(m)
			}
		}
		// An appositive, a relative clause or an adverbial closed by the
		// comma: "X, the spokesman, said", "X, who was there, said", "X,
		// during a visit to Dover, Delaware, said".
		if a, ok := v.beforeAppositive(k, lo); ok {
			return a
		}
		if a := v.clauseSubject(lo, k); a.speaker != "" || listener {
			return a
		}
		// A fronted complement: "..., about the bill, said X".
		return v.npAfter(c.to, hi)
	case t.Kind == tokWord && clauseLinks[t.Norm]:
		// "X did Y and said", "X did Y before adding".
		return v.governingSubject(c, lo, k)
	}
	// "X issued a statement saying ...": the participle tells what the
	// document says, and the one who issued it speaks.
	if participle(c) && v.isSpeakerNoun(t) {
		if j := v.objectStart(k, lo); j > lo {
			if a := v.clauseSubject(lo, j); a.speaker != "" && a.how != howSubject {
				return a
			}
		}
		// "X emailed supporters saying": a bare plural after a verb is
		// its object, not the participle's subject.
		if j := k - 1; j > lo && !v.inQuote(j) && verbForm(toks[j]) && v.mention(j) == nil && !v.isSpeakerNoun(toks[j]) {
			return v.governingSubject(c, lo, j)
		}
	}
	if a, ok := v.npBefore(k, lo); ok {
		return a
	}
	if participle(c) {
		return v.governingSubject(c, lo, c.from)
	}
	// Right before its verb, a noun phrase that a determiner opens is the
	// subject whatever its head: "a Green Party volunteer wondered", "one
	// official who relayed the talks said". A speech act with the quotation
	// right after it names what the phrase is called ("a book called “Tides
	// of Change”").
	if c.to < len(toks) && toks[c.to].Kind == tokQuote && !v.isSpeech(c) {
		return attribution{}
	}
	if w := v.relativeBefore(k, lo); w > lo {
		k = v.skipBack(w-1, lo)
		if a, ok := v.npBefore(k, lo); ok {
			return a
		}
	}
	if from, ok := v.headedPhrase(k, lo); ok && !v.inPhrase(from, lo) {
		return v.phraseDescription(from, k)
	}
	return attribution{}
}

// placePrepositions open a phrase that places a speaker ("a staffer in
// the room", "an official at the embassy", "a voter from Ohio").
var placePrepositions = map[string]bool{"in": true, "at": true, "from": true, "with": true, "on": true, "inside": true, "near": true, "outside": true}

// nounPhraseBetween reports whether tokens [from, to] hold only a noun
// phrase: no function word but articles.
func (v *speechView) nounPhraseBetween(from, to int) bool {
	for i := from; i <= to && i < len(v.toks); i++ {
		t := v.toks[i]
		if v.inQuote(i) || t.Kind == tokWord && functionWords[t.Norm] && !isArticle(t.Norm) {
			return false
		}
	}
	return true
}

// relativeBefore returns the "who" of a relative clause without commas
// that ends at token k, between a subject and its verb ("one official who
// relayed the talks said"), or -1.
func (v *speechView) relativeBefore(k, lo int) int {
	for j := k; j > lo && j > k-8; j-- {
		t := v.toks[j]
		if v.inQuote(j) || t.Kind == tokPunct {
			return -1
		}
		if t.Norm == "who" {
			if j < k {
				return j
			}
			return -1
		}
	}
	return -1
}

// headedPhrase reports whether the tokens ending at token k form a noun
// phrase opened by a determiner, whatever its head noun: "a Green Party
// volunteer", "the Oscar winner", "this Elvis impersonator". Only modifiers
// (lower-case content words, capitalised words, possessives) stand between
// the determiner and the head; from is the determiner.
func (v *speechView) headedPhrase(k, lo int) (from int, ok bool) {
	if k < lo || k >= len(v.toks) || !v.phraseHead(k) {
		return 0, false
	}
	for j := k - 1; j >= lo && j >= k-5; j-- {
		t := v.toks[j]
		switch {
		case v.inQuote(j):
			return 0, false
		case openingDeterminers[t.Norm] && v.mention(j) == nil:
			return j, j < k && !(j > lo && isPossessive(v.toks[j-1]))
		case isPossessive(t) || t.Kind == tokWord && (t.Cap || isNounLike(t) && !skippable(t)):
			continue
		}
		return 0, false
	}
	return 0, false
}

// phraseHead reports whether token k can head a noun phrase that speaks:
// a lower-case content word that is no adverb, speech verb or -ing form.
func (v *speechView) phraseHead(k int) bool {
	t := v.toks[k]
	if !isNounLike(t) || v.inQuote(k) || skippable(t) || strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed") {
		return false
	}
	_, cue := v.cueAt(k, true)
	return !cue
}

// openingDeterminers open a noun phrase that may speak whatever its head:
// articles, demonstratives and numbers, not possessives ("her team calls"
// is her words) or quantifiers of a part ("most", "all").
var openingDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "one": true, "another": true, "some": true, "several": true, "many": true, "two": true, "three": true}

// phraseDescription is the description the noun phrase [from, k] names,
// without its determiner.
func (v *speechView) phraseDescription(from, k int) attribution {
	return attribution{speaker: v.d.writtenName(v.toks[from+1 : k+1]), how: howDescription}
}

// headedPhraseAfter reads a noun phrase opened by a determiner at token
// from, before token end, whatever its head noun ("said the Democratic
// nominee"): the head is its last word, before punctuation or a function
// word. It returns the token after the head, or -1.
func (v *speechView) headedPhraseAfter(from, end int) (attribution, int) {
	if from >= end || !openingDeterminers[v.toks[from].Norm] {
		return attribution{}, -1
	}
	k := from + 1
	for k < end && k < from+6 {
		t := v.toks[k]
		if v.inQuote(k) || !(isPossessive(t) || t.Kind == tokWord && (t.Cap || isNounLike(t) && !skippable(t))) {
			break
		}
		k++
	}
	if k == from+1 || !v.phraseHead(k-1) {
		return attribution{}, -1
	}
	// The phrase ends its clause, as an inverted subject does ("said the
	// nominee, who ..."); one a verb follows is the subject of the words
	// reported ("said the city embodied ...").
	if k < end {
		t := v.toks[k]
		if !(t.Kind == tokPunct || t.Kind == tokQuote || prepositions[t.Norm] || t.Norm == "who" || t.Norm == "whose") {
			return attribution{}, -1
		}
	}
	return v.phraseDescription(from, k-1), k
}

// verbBefore reports whether a lower-case word that can be a verb ends
// right before token k, with its particle ("went on", "interjected").
func (v *speechView) verbBefore(k, lo int) bool {
	j := k - 1
	if j > lo && v.toks[j].Norm == "on" {
		j--
	}
	t := v.toks[j]
	return j >= lo && !v.inQuote(j) && t.Kind == tokWord && !t.Cap && !functionWords[t.Norm]
}

// objectStart returns the first token of the noun phrase ending at token k
// when it is the object of a verb ("issued a statement", "released a new
// letter"): the phrase's words are lower case, and a lower-case word that
// is no function word stands before it. It returns -1 otherwise.
func (v *speechView) objectStart(k, lo int) int {
	j := k
	for j-1 > lo && j > k-4 && !v.inQuote(j-1) && v.toks[j-1].Kind == tokWord && !v.toks[j-1].Cap && !prepositions[v.toks[j-1].Norm] && (determiners[v.toks[j-1].Norm] || isNounLike(v.toks[j-1])) {
		j--
		if determiners[v.toks[j].Norm] {
			break
		}
	}
	if j == k || !determiners[v.toks[j].Norm] || j-1 < lo {
		return -1
	}
	if verb := v.toks[j-1]; verb.Kind == tokWord && !verb.Cap && isNounLike(verb) && v.mention(j-1) == nil {
		return j - 1
	}
	return -1
}

// passive reports whether the tokens [from, to) before a speech verb hold
// a form of "be" that makes it passive ("was asked", "has been told").
func (v *speechView) passive(from, to int) bool {
	for i := max(from, 0); i < to; i++ {
		switch v.toks[i].Norm {
		case "was", "were", "been", "being", "is", "are", "be":
			return true
		}
	}
	return false
}

// skipBack returns the last token at or before k that is not an auxiliary,
// an adverb or a parenthesis ("Sen. Ann Lowe (R-Nev.) has said").
func (v *speechView) skipBack(k, lo int) int {
	for k >= lo && !v.inQuote(k) {
		switch {
		case skippable(v.toks[k]) && !v.isSpeakerNoun(v.toks[k]): // "daily" is no adverb
			k--
		case v.toks[k].Text == ")":
			j := k - 1
			for j >= lo && j > k-8 && v.toks[j].Text != "(" && !v.inQuote(j) {
				j--
			}
			if j < lo || v.toks[j].Text != "(" {
				return k
			}
			k = j - 1
		default:
			if p := v.phraseBefore(k, lo); p >= 0 {
				k = p - 1
				continue
			}
			return k
		}
	}
	return k
}

// phraseBefore returns the preposition of a short prepositional phrase
// ending at token k that stands between a subject and its verb ("Trump on
// Friday declared", "officials in Washington said"): the word before the
// preposition must end a name, a pronoun or a speaker noun. It returns -1
// otherwise.
func (v *speechView) phraseBefore(k, lo int) int {
	if k < 0 || v.toks[k].Kind != tokWord || clauseLinks[v.toks[k].Norm] {
		return -1
	}
	for p := k - 1; p > lo && p >= k-4; p-- {
		t := v.toks[p]
		if v.inQuote(p) || t.Kind != tokWord || clauseLinks[t.Norm] && !prepositions[t.Norm] {
			return -1
		}
		if !prepositions[t.Norm] || t.Norm == "of" || t.Norm == "for" || t.Norm == "to" {
			continue
		}
		b := v.toks[p-1]
		if m := v.mention(p - 1); m != nil && m.to == p || personalPronouns[b.Norm] || v.isSpeakerNoun(b) {
			return p
		}
		if _, ok := v.headedPhrase(p-1, lo); ok && placePrepositions[t.Norm] && v.nounPhraseBetween(p+1, k) {
			return p // "a volunteer in the hall wondered"
		}
		return -1
	}
	return -1
}

// governingSubject returns the subject of a participle or coordinated
// speech verb c whose own subject is not written: the speaker of the
// speech verb before it in the clause ("Okoro said, adding, “...”"), or
// else the clause's subject ("X urged women to vote, saying").
func (v *speechView) governingSubject(c cue, lo, end int) attribution {
	for i := end - 1; i >= lo; i-- {
		if v.inQuote(i) {
			continue
		}
		if prev, ok := v.cueAt(i, true); ok && prev.to <= end {
			if a := v.subjectFor(prev, lo, end); a.speaker != "" {
				return a
			}
			break
		}
	}
	return v.clauseSubject(lo, end)
}

// beforeAppositive reads the subject before the comma-closed material that
// ends at the comma at token k: going back comma by comma, the first noun
// phrase that is a speaker and not inside a prepositional phrase.
func (v *speechView) beforeAppositive(k, lo int) (attribution, bool) {
	for j := k - 1; j > lo && j >= k-30; j-- {
		if v.inQuote(j) {
			return attribution{}, false
		}
		switch v.toks[j].Text {
		case ",", "—", "–", "(":
		case ".", ";", ":":
			if v.toks[j].Text != "." || v.stopAt(j) {
				return attribution{}, false
			}
			continue
		default:
			continue
		}
		a, ok := v.npBefore(j-1, lo)
		if !ok || a.speaker == "" {
			continue
		}
		if m := v.mention(j - 1); m != nil && (m.m.Type == "place" || v.inPhrase(m.from, lo)) {
			continue
		}
		return a, true
	}
	return attribution{}, false
}

// speakerType reports whether a mention of this type can speak.
func speakerType(t string) bool { return t == "person" || t == "org" || t == "country" || t == "group" }

// isPossessive reports whether t is a possessive ending: "'s", or the
// apostrophe after a plural or a name in s ("Reyes’ campaign").
func isPossessive(t token) bool { return t.Norm == "'s" || t.Norm == "'" }

// nameAttribution is the attribution to a name; a surname several people
// of the article share is a guess (howAmbiguous).
func nameAttribution(m *segMention) attribution {
	a := attribution{speaker: m.m.Name, person: m.m.Type == "person"}
	if m.m.Ambiguous {
		a.how = howAmbiguous
	}
	return a
}

// npBefore reads the noun phrase ending at token k as a speaker: a name, a
// title, a pronoun or a description. ok is false when no noun phrase ends
// there; a pronoun that names no one ("we", "they") gives ok with no
// speaker.
func (v *speechView) npBefore(k, lo int) (attribution, bool) {
	if k < lo || k >= len(v.toks) || v.inQuote(k) {
		return attribution{}, false
	}
	toks := v.toks
	t := toks[k]
	if m := v.mention(k); m != nil && m.to == k+1 {
		// The name may only complete a head before it: "the head of the
		// campaign said", "a spokesman for Smith said".
		j := m.from - 1
		if j > lo && determiners[toks[j].Norm] {
			j--
		}
		if j-1 >= lo && (toks[j].Norm == "of" || toks[j].Norm == "for" || toks[j].Norm == "to") {
			if a, ok := v.headBefore(j-1, lo, m, toks[j].Norm); ok {
				return a, true
			}
		}
		// Any name right before the verb speaks: "Hamas said", "the
		// Kremlin said", even one taken for a place.
		return nameAttribution(m), true
	}
	if a, ok := v.titleEndingAt(k, lo); ok {
		return a, true
	}
	switch {
	case personalPronouns[t.Norm]:
		return v.d.pronounAttribution(t), true
	case pronounLike(t.Norm):
		return attribution{}, true
	}
	if v.isSpeakerNoun(t) {
		return v.description(k, lo), true
	}
	return attribution{}, false
}

// pronounLike reports whether w is a pronoun, or a pronoun with a verb
// glued to it ("we've"), that names no one the article identifies.
func pronounLike(w string) bool {
	switch w {
	case "i", "we", "they", "it", "you", "who", "which", "that", "this", "one":
		return true
	}
	if k := strings.IndexByte(w, '\''); k > 0 {
		return pronounLike(w[:k]) || personalPronouns[w[:k]]
	}
	return false
}

// isSpeakerNoun reports whether t heads a description that can speak:
// "officials", "the newspaper", "police".
func (v *speechView) isSpeakerNoun(t token) bool {
	x := v.d.x
	return t.Kind == tokWord && (x.speakerNouns[t.Norm] || x.orgWords[t.Norm] && !t.Cap)
}

// description returns the noun phrase ending at the speaker noun at token
// k, without its determiner: "influential US daily", "police spokesman".
func (v *speechView) description(k, lo int) attribution {
	toks := v.toks
	from := k
	for j := k - 1; j >= lo && j >= k-5; j-- {
		t := toks[j]
		if v.inQuote(j) || t.Kind != tokWord && !isPossessive(t) || determiners[t.Norm] || prepositions[t.Norm] || auxiliaries[t.Norm] || clauseLinks[t.Norm] || pronounLike(t.Norm) || personalPronouns[t.Norm] {
			break
		}
		if _, ok := v.cueAt(j, true); ok {
			break
		}
		from = j
	}
	var b strings.Builder
	for j := from; j <= k; j++ {
		w := toks[j].Text
		if v.mention(j) == nil && !isPossessive(toks[j]) && (!toks[j].Cap || v.d.sentenceInitial(toks[j]) && !(j+1 < len(toks) && isPossessive(toks[j+1]))) {
			w = toks[j].Norm
		}
		if j > from && !isPossessive(toks[j]) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return attribution{speaker: b.String(), how: howDescription}
}

// sentenceInitial reports whether t is the first word of its sentence,
// capitalised for that alone unless it is a name.
func (d *doc) sentenceInitial(t token) bool {
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > t.Start })
	if k >= len(d.sents) {
		return false
	}
	for _, u := range d.sents[k].Toks {
		if u.Start >= t.Start {
			return true
		}
		if u.Kind == tokWord || u.Kind == tokNumber {
			return false
		}
	}
	return false
}

// writtenName returns the words of a description or title as written,
// the first word of a sentence in lower case unless the article names
// someone or something by it ("the Nevada senator", "State Department
// official", "legal observers").
func (d *doc) writtenName(words []token) string {
	var b strings.Builder
	for i, t := range words {
		w := t.Text
		if !isPossessive(t) && (!t.Cap || i == 0 && d.sentenceInitial(t) && d.people[t.Norm] == "") {
			w = t.Norm
		}
		if i > 0 && !isPossessive(t) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// headBefore reads the head noun phrase ending at token k that a name after
// "of" or "for" completes: a title ("the head of X") or a speaker noun ("a
// lawyer for X").
func (v *speechView) headBefore(k, lo int, name *segMention, prep string) (attribution, bool) {
	if a, ok := v.titleEndingAt(k, lo); ok {
		if a.person {
			return a, true
		}
		return attribution{speaker: a.speaker + " " + prep + " " + name.m.Name, how: howDescription}, true
	}
	if v.isSpeakerNoun(v.toks[k]) {
		a := v.description(k, lo)
		a.speaker += " " + prep + " " + name.m.Name
		return a, true
	}
	return attribution{}, false
}

// npAfter finds the speaker named after a speech verb ending at token
// from, before token hi: "said Bruce", "said the spokesperson", "according
// to the State Department", "said he". A preposition ends the search
// ("said in a statement").
func (v *speechView) npAfter(from, hi int) attribution {
	toks := v.toks
	limit := min(hi, from+8)
	if from < hi && personalPronouns[toks[from].Norm] {
		return v.d.pronounAttribution(toks[from])
	}
	end := limit
	for i := from; i < limit; i++ {
		// A preposition ("said in a statement") or a complementiser
		// ("adding that Smith ...") ends the search.
		if v.inQuote(i) || toks[i].Kind == tokWord && (prepositions[toks[i].Norm] && toks[i].Norm != "of" || toks[i].Norm == "that") || v.stopAt(i) {
			end = i
			break
		}
	}
	for i := from; i < end; i++ {
		if m := v.mention(i); m != nil && m.m.Type == "person" {
			// "said Lowe's top aide Dan Okoro": a possessor
			// qualifies the head after it.
			if m.to < end && isPossessive(toks[m.to]) {
				if a, ok := v.afterPossessor(m, end, hi); ok {
					return a
				}
			}
			// "said Harbor Alliance President Rosa Quint": a name
			// followed by a title and a name qualifies the second.
			if th, n := v.d.matchTitle(v.toks[:end], m.to); n > 0 {
				if next := v.mention(th.To); next != nil && next.from == th.To && next.m.Type == "person" {
					return nameAttribution(next)
				}
			}
			return nameAttribution(m)
		}
	}
	k := from
	if k < end && determiners[toks[k].Norm] {
		k++
	}
	if k < end {
		if a, ok := v.titleAt(k, end); ok {
			return v.withComplement(a, v.titleEnd(k, end), hi)
		}
	}
	for i := from; i < end; i++ {
		if m := v.mention(i); m != nil && speakerType(m.m.Type) && !v.qualifiesHead(m.to, end) {
			return nameAttribution(m)
		}
	}
	for i := k; i < end; i++ {
		if v.isSpeakerNoun(toks[i]) && (i+1 >= end || !v.isSpeakerNoun(toks[i+1])) {
			if m := v.apposedPerson(i+1, hi); m != nil {
				return nameAttribution(m)
			}
			return v.withComplement(v.description(i, from), i+1, hi)
		}
	}
	if a, next := v.headedPhraseAfter(from, hi); next > 0 {
		if m := v.apposedPerson(next, hi); m != nil {
			return nameAttribution(m)
		}
		return v.withComplement(a, next, hi)
	}
	return attribution{}
}

// afterPossessor reads the head of a noun phrase whose possessor is the
// person m, after a speech verb and before token end: a person named
// further on ("Lowe's top aide Dan Okoro") or a title ("Lowe's
// press secretary").
func (v *speechView) afterPossessor(m *segMention, end, hi int) (attribution, bool) {
	for i := m.to + 1; i < end; i++ {
		if n := v.mention(i); n != nil && n.m.Type == "person" {
			return nameAttribution(n), true
		}
	}
	if a, ok := v.titleAt(m.to+1, end); ok {
		return a, true
	}
	// "said Hart's campaign": the body speaks for its possessor, as it
	// does before the verb.
	for i := m.to + 1; i < end && i <= m.to+4; i++ {
		if v.isSpeakerNoun(v.toks[i]) && (i+1 >= end || !v.isSpeakerNoun(v.toks[i+1])) {
			return v.description(i, m.from), true
		}
	}
	return attribution{}, false
}

// apposedPerson returns the person named right after a description that
// ends before token i, with no comma or with the name between commas, a
// title allowed before the name: "presidential candidate Jane Roe",
// "candidate Sen. Jane Roe", "a delegate, Jim Poole, said". It returns nil
// otherwise.
func (v *speechView) apposedPerson(i, hi int) *segMention {
	comma := i < hi && v.toks[i].Text == ","
	if comma {
		i++
	}
	if i >= hi || v.inQuote(i) {
		return nil
	}
	if th, n := v.d.matchTitle(v.toks[:hi], i); n > 0 {
		i = th.To
	}
	m := v.mention(i)
	if m == nil || m.from != i || m.m.Type != "person" {
		return nil
	}
	if comma && !(m.to < hi && (v.toks[m.to].Text == "," || v.toks[m.to].Text == "(")) {
		return nil
	}
	return m
}

// nameSubject reports whether a lone capitalised name of unknown kind is
// the subject of its clause: a lower-case word that is no noun of its
// phrase follows it, an auxiliary, an adverb or a verb ("Okoro compared
// himself", "Ash has argued").
func (v *speechView) nameSubject(m *segMention, end int) bool {
	if m.m.Type != "name" || m.to >= end {
		return false
	}
	t := v.toks[m.to]
	if t.Kind != tokWord || t.Cap || v.inQuote(m.to) {
		return false
	}
	return auxiliaries[t.Norm] || skippable(t) || !functionWords[t.Norm] && !v.isSpeakerNoun(t) && !v.d.x.orgWords[t.Norm]
}

// qualifiesHead reports whether a name ending before token j qualifies the
// head of a noun phrase that follows it: a speaker noun or a title, after
// at most three other words of the phrase ("U.S. officials", "a Dutch
// reader", "the U.S. border official").
func (v *speechView) qualifiesHead(j, hi int) bool {
	for k := j; k < hi && k < j+4; k++ {
		t := v.toks[k]
		if v.inQuote(k) || t.Kind != tokWord {
			return false
		}
		if v.isSpeakerNoun(t) {
			return true
		}
		if _, n := v.d.matchTitle(v.toks[:hi], k); n > 0 {
			return true
		}
		if m := v.mention(k); m != nil && m.m.Type == "person" {
			return false
		}
		if m := v.mention(k); m != nil && m.m.Type == "org" && k == j {
			return true // "the U.S. Court of Appeals"
		}
		if k == j && v.commonHead(k) {
			return true // "the Irish media has reported"
		}
		if _, ok := v.cueAt(k, true); ok || functionWords[t.Norm] || !t.Cap && !isNounLike(t) {
			return false
		}
	}
	return false
}

// titleStarts reports whether a title starts at token k.
func (v *speechView) titleStarts(k, end int) bool {
	_, n := v.d.matchTitle(v.toks[:end], k)
	return n > 0
}

// commonHead reports whether token k is a lower-case noun that a name
// before it qualifies, as the head of a subject its verb follows ("the
// U.S. media has claimed"): no function word, adverb or speech verb, none
// of the endings of a verb ("Iran denies"), and an auxiliary or a speech
// verb right after it.
func (v *speechView) commonHead(k int) bool {
	t := v.toks[k]
	if !v.phraseHead(k) || strings.HasSuffix(t.Norm, "s") || k+1 >= len(v.toks) {
		return false
	}
	if auxiliaries[v.toks[k+1].Norm] {
		return true
	}
	_, cue := v.cueAt(k+1, true)
	return cue
}

// titleEnd returns the token after the title starting at k (or after its
// organisation qualifier).
func (v *speechView) titleEnd(k, hi int) int {
	if v.orgQualifier(v.toks[k]) {
		k++
	}
	if th, n := v.d.matchTitle(v.toks[:hi], k); n > 0 {
		return th.To
	}
	return k
}

// withComplement adds to a description or an unresolved title the name
// that completes it after "of", "for" or "to": "former top aide to
// President Bush", "a spokesman for the campaign".
func (v *speechView) withComplement(a attribution, i, hi int) attribution {
	if a.person || i+1 >= hi {
		return a
	}
	switch v.toks[i].Norm {
	case "of", "for", "to":
	default:
		return a
	}
	j := i + 1
	if j < hi && determiners[v.toks[j].Norm] {
		j++
	}
	if m := v.mention(j); m != nil && m.from == j && speakerType(m.m.Type) {
		a.speaker += " " + v.toks[i].Norm + " " + m.m.Name
		a.how = howDescription
	}
	return a
}

// stopAt reports whether token i ends a sentence: . ! or ?, not after an
// abbreviation ("Rep.", "Dr.").
func (v *speechView) stopAt(i int) bool {
	switch v.toks[i].Text {
	case "!", "?":
		return true
	case ".":
		return i == 0 || !isAbbreviation(v.toks[i-1], v.d.x.abbrev)
	}
	return false
}

// subordinators open an adverbial clause before the main clause ("When
// asked, he said").
var subordinators = map[string]bool{"when": true, "while": true, "as": true, "if": true, "although": true, "though": true, "because": true, "after": true, "before": true, "once": true, "since": true, "despite": true}

// clauseSubject returns the subject of the clause [lo, end): the first
// name, title, pronoun or description outside quotations and
// prepositional phrases, after an opening adverbial ("In a statement,",
// "Speaking in Dover, Delaware,").
func (v *speechView) clauseSubject(lo, end int) attribution {
	toks := v.toks
	start := lo
	for start < end && (v.inQuote(start) || toks[start].Kind != tokWord) {
		start++
	}
	start = v.afterDateline(start, end)
	if start < end {
		t := toks[start]
		if prepositions[t.Norm] || subordinators[t.Norm] || strings.HasSuffix(t.Norm, "ing") && v.mention(start) == nil {
			start = v.afterAdverbial(start, end)
		}
	}
	// possessor is the first name in the possessive ("Lowe's promise"),
	// the speaker when no head that can speak follows.
	var possessor *segMention
	for i := start; i < end; i++ {
		if v.inQuote(i) {
			continue
		}
		t := toks[i]
		if t.Text == ";" || t.Kind == tokWord && (t.Norm == "that" || t.Norm == "who" || t.Norm == "which" || t.Norm == "whether") {
			break
		}
		if v.inPhrase(i, start) {
			continue
		}
		if m := v.mention(i); m != nil && m.from == i {
			if m.to < len(toks) && isPossessive(toks[m.to]) && speakerType(m.m.Type) && possessor == nil {
				possessor = m
			}
			if m.m.Type != "person" && m.to < end && v.commonHead(m.to) && !v.isSpeakerNoun(toks[m.to]) && !v.titleStarts(m.to, end) {
				// "the UN envoy has": the name qualifies the head.
				return attribution{speaker: v.d.writtenName(toks[m.from : m.to+1]), how: howDescription}
			}
			if m.to < len(toks) && isPossessive(toks[m.to]) || !speakerType(m.m.Type) && !v.nameSubject(m, end) || m.m.Type != "person" && v.qualifiesHead(m.to, end) {
				i = m.to - 1
				continue // a possessor or a qualifier: the head follows ("Lowe's campaign manager", "U.S. officials")
			}
			return nameAttribution(m)
		}
		if a, ok := v.titleAt(i, end); ok {
			return a
		}
		if personalPronouns[t.Norm] {
			return v.d.pronounAttribution(t)
		}
		if pronounLike(t.Norm) {
			return attribution{}
		}
		if v.isSpeakerNoun(t) && (i+1 >= end || !v.isSpeakerNoun(toks[i+1])) {
			if m := v.apposedPerson(i+1, end); m != nil {
				return nameAttribution(m)
			}
			return v.description(i, start)
		}
		if _, ok := v.cueAt(i, true); ok {
			break
		}
	}
	if possessor != nil {
		a := nameAttribution(possessor)
		a.how = howSubject
		return a
	}
	return attribution{}
}

// afterDateline returns the first token after a dateline opening the
// clause at token i ("Washington (AFP) – ...", "BEIRUT — ..."): capitalised
// words, perhaps an agency in parentheses, and a dash. It returns i when
// there is none.
func (v *speechView) afterDateline(i, end int) int {
	j := i
	for j < end && j < i+4 && v.toks[j].Kind == tokWord && v.toks[j].Cap && !v.inQuote(j) {
		j++
	}
	if j == i || j >= end {
		return i
	}
	if v.toks[j].Text == "(" {
		k := j + 1
		for k < end && k < j+5 && v.toks[k].Text != ")" {
			k++
		}
		if k >= end || v.toks[k].Text != ")" {
			return i
		}
		j = k + 1
	}
	if j+1 < end {
		switch v.toks[j].Text {
		case "—", "–", "--":
			return j + 1
		}
	}
	return i
}

// afterAdverbial returns the first token after an opening adverbial phrase
// that starts at token i and ends at a comma: "In Dover, Delaware,"
// counts a place after the first comma as part of the phrase.
func (v *speechView) afterAdverbial(i, end int) int {
	for j := i; j < end && j < i+25; j++ {
		// A comma, or a quotation ending with one: "about the “lost
		// decade,” Mr. Hale replied".
		comma := !v.inQuote(j) && v.toks[j].Text == "," || v.inQuote(j) && v.toks[j].Kind == tokQuote && j > i && v.toks[j-1].Text == "," && (j+1 >= end || !v.inQuote(j+1))
		if !comma {
			continue
		}
		next := j + 1
		// A relative clause closing the phrase belongs to it: "Speaking
		// in Concord, which votes next, Smith said".
		if next < end && (v.toks[next].Norm == "which" || v.toks[next].Norm == "where") {
			continue
		}
		if m := v.mention(next); m != nil && m.to < end && v.toks[m.to].Text == "," && (m.m.Type == "place" || m.m.Type == "country" || m.m.Type == "name" || m.to-m.from <= 2) {
			if c := m.to + 1; c < end {
				if mm := v.mention(c); mm != nil || !v.isSpeakerNoun(v.toks[c]) {
					return c
				}
			}
		}
		return next
	}
	return i
}

// inPhrase reports whether token i belongs to a prepositional phrase: a
// preposition stands before it, with at most a determiner and modifiers
// between, not before token lo.
func (v *speechView) inPhrase(i, lo int) bool {
	for j := i - 1; j >= lo && j >= i-4; j-- {
		t := v.toks[j]
		switch {
		case v.inQuote(j) || t.Kind == tokPunct:
			return false
		case prepositions[t.Norm]:
			return true
		case determiners[t.Norm] || t.Norm == "'s" || v.mention(j) != nil || !t.Cap && !auxiliaries[t.Norm]:
			continue
		}
		return false
	}
	return false
}

// titleEndingAt reads a title ending at token k ("the spokesperson",
// "Pakistan's army chief") as a speaker.
func (v *speechView) titleEndingAt(k, lo int) (attribution, bool) {
	// The longest title ending at k: "minority leader" before "leader".
	start := k
	for start > lo && start > k-4 && !v.inQuote(start-1) {
		start--
	}
	for from := start; from <= k; from++ {
		if v.inQuote(from) {
			continue
		}
		if th, n := v.d.matchTitle(v.toks, from); n > 0 && from+n == k+1 {
			return v.titleSpeaker(th, v.qualifiersBefore(from, lo), lo), true
		}
	}
	return attribution{}, false
}

// titleSpeaker resolves the title th, its qualifiers starting at token q,
// to the person who holds it (see resolveTitle).
func (v *speechView) titleSpeaker(th titleHit, q, lo int) attribution {
	definite := q > lo && v.toks[q-1].Norm == "the"
	return v.d.resolveTitle(th.ID, v.toks[q:th.To], th.From-q, v.toks[th.From].Start, definite)
}

// titleAt reads a title starting at token k as a speaker. Lower-case
// organisation words and capitalised names of places and bodies may
// qualify it ("a police spokesman", "the Nevada senator").
func (v *speechView) titleAt(k, hi int) (attribution, bool) {
	lo := k
	for k < hi {
		if m := v.mention(k); m != nil && m.from == k && m.m.Type != "person" && v.toks[k].Cap {
			k = m.to
			if k < hi && v.toks[k].Norm == "'s" {
				k++
			}
			continue
		}
		break
	}
	if k < hi && v.orgQualifier(v.toks[k]) {
		k++
	}
	if k >= hi {
		return attribution{}, false
	}
	th, n := v.d.matchTitle(v.toks[:hi], k)
	if n == 0 {
		return attribution{}, false
	}
	// A name right after the title, or apposed to it, is the speaker:
	// "said spokesman Tammy Bruce", "the campaign's state director, Lia Crane,".
	next := th.To
	if next < hi && v.toks[next].Text == "," {
		next++
	}
	if m := v.mention(next); m != nil && m.from == next && m.m.Type == "person" {
		return nameAttribution(m), true
	}
	// Qualifiers already passed over before k ("the Nevada senator" read
	// from "senator") count too.
	return v.titleSpeaker(th, v.qualifiersBefore(lo, max(lo-4, 0)), max(lo-4, 0)), true
}

// qualifiersBefore returns where the qualifiers of the title starting at
// token from begin: lower-case organisation words and capitalised names,
// possessives included ("police spokesman", "the Nevada senator",
// "Lowe's press secretary").
func (v *speechView) qualifiersBefore(from, lo int) int {
	q, common := from, 0
	for q > lo && q > 0 {
		t := v.toks[q-1]
		if v.inQuote(q - 1) {
			break
		}
		if v.orgQualifier(t) || isPossessive(t) || t.Cap && t.Kind == tokWord && (v.mention(q-1) != nil || !v.d.x.stopnames[t.Norm]) {
			q--
			from = q
			continue
		}
		// A lower-case noun may qualify the title too ("the Senate
		// minority leader"), when a qualifier or an article stands
		// before it.
		if common < 2 && isNounLike(t) && !skippable(t) && !strings.HasSuffix(t.Norm, "ed") && !v.isSpeakerNoun(t) {
			if _, cue := v.cueAt(q-1, true); !cue {
				q--
				common++
				continue
			}
		}
		break
	}
	if q < from && q > lo && isArticle(v.toks[q-1].Norm) {
		return q
	}
	return from
}

// orgQualifier reports whether t is a lower-case organisation word that
// qualifies a title ("police spokesman").
func (v *speechView) orgQualifier(t token) bool { return !t.Cap && v.d.x.orgWords[t.Norm] }

// titleSeen is a person named with a title, for resolving "the
// spokesperson said" to the last person called spokesperson.
type titleSeen struct {
	pos  int
	id   string
	name string
	// quals are the capitalised words written with the title, lower case
	// ("florida", "sen.").
	quals []string
}

// resolveTitle returns the person last named with title id before byte
// pos whose title was written with the capitalised qualifiers among the
// first nq words ("the Nevada senator" is not any senator), or else the
// title's words. A definite title without qualifiers and without a holder
// named before is the person the text is about, found as a pronoun would be.
func (d *doc) resolveTitle(id string, words []token, nq, pos int, definite bool) attribution {
	d.extendTitles()
	var quals []string
	for _, t := range words[:nq] {
		if t.Cap && !d.x.stopnames[t.Norm] {
			quals = append(quals, t.Norm)
		}
	}
	for i := len(d.titlesSeen) - 1; i >= 0; i-- {
		if t := d.titlesSeen[i]; t.pos < pos && t.id == id && hasAll(t.quals, quals) {
			return attribution{speaker: t.name, how: howTitle, person: true}
		}
	}
	for len(words) > 1 && determiners[words[0].Norm] {
		words = words[1:]
	}
	if definite && len(quals) == 0 {
		if name := d.resolvePronoun(pos, ""); name != "" {
			return attribution{speaker: name, how: howTitle, person: true}
		}
	}
	return attribution{speaker: d.writtenName(words), how: howDescription}
}

// hasAll reports whether every word of want is in have.
func hasAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// extendTitles lists, in text order, the titled person mentions of the
// sentences whose names have been found so far.
func (d *doc) extendTitles() {
	for ; d.titlesUpTo < len(d.sents); d.titlesUpTo++ {
		k := d.titlesUpTo
		ms, ok := d.mentions[k]
		if !ok {
			return
		}
		s := &d.sents[k]
		for _, m := range ms {
			if m.Type != "person" || len(m.Titles) == 0 {
				continue
			}
			// Capitalised words right before the titles qualify them too:
			// "Nevada Sen. Ann Lowe".
			q := m.TitleFrom
			for q > 0 && m.TitleFrom-q < 3 && s.Toks[q-1].Cap && s.Toks[q-1].Kind == tokWord {
				q--
			}
			var quals []string
			for _, t := range s.Toks[q:m.From] {
				if t.Cap {
					quals = append(quals, t.Norm)
				}
			}
			if m.Country != "" {
				quals = append(quals, strings.ToLower(m.Country))
			}
			for _, th := range m.Titles {
				d.titlesSeen = append(d.titlesSeen, titleSeen{pos: s.Toks[th.From].Start, id: th.ID, name: m.Name, quals: quals})
			}
		}
	}
}

// pronounAttribution resolves "he" or "she" at token t.
func (d *doc) pronounAttribution(t token) attribution {
	if d.subjectsOnly > 0 {
		return attribution{how: howPronoun}
	}
	name := d.resolvePronoun(t.Start, t.Norm)
	return attribution{speaker: name, how: howPronoun, person: name != ""}
}

// pronounReach is how many sentences back a pronoun looks for its person.
const pronounReach = 6

// resolvePronoun returns the person "he" or "she" at byte pos stands for:
// in the nearest sentence before it that names a person outside
// quotations, the person credited with its words or else its subject (the
// first person not inside a prepositional phrase); in the pronoun's own
// sentence, the first person before it. A person an honorific marks as of
// the other sex ("Ms. Lowe" for "he") is passed over.
func (d *doc) resolvePronoun(pos int, pronoun string) string {
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > pos })
	if k >= len(d.sents) {
		k = len(d.sents) - 1
	}
	for s := k; s >= 0 && s > k-pronounReach; s-- {
		if s < k {
			if p := d.credited[s]; p != "" && d.sexAgrees(p, pronoun) {
				return p
			}
		}
		ms, ok := d.mentions[s]
		if !ok {
			continue
		}
		sent := &d.sents[s]
		if s < k && sent.End <= pos {
			// The subject of the sentence's main clause, after an opening
			// adverbial ("When Mr. Hale spoke, Ms. Lowe replied").
			// A pronoun subject is no antecedent, so it is not resolved
			// here: resolving it would walk back again from each earlier
			// "he said", and a run of them would cost exponential time.
			d.subjectsOnly++
			a := d.sentenceView(sent).clauseSubject(0, len(sent.Toks))
			d.subjectsOnly--
			if a.person && a.how == "" && d.sexAgrees(a.speaker, pronoun) {
				return a.speaker
			}
		}
		var first, fallback string
		for i := range ms {
			m := &ms[i]
			start := sent.Toks[m.From].Start
			if m.Type != "person" || start >= pos || d.quotedAt(start) || !d.sexAgrees(m.Name, pronoun) {
				continue
			}
			if fallback == "" {
				fallback = m.Name
			}
			if first == "" && !tokenInPhrase(sent.Toks, m.From) {
				first = m.Name
			}
		}
		if first != "" {
			return first
		}
		if fallback != "" {
			return fallback
		}
	}
	return ""
}

// tokenInPhrase reports whether token i of toks follows a preposition,
// with at most a determiner and capitalised words between.
func tokenInPhrase(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := toks[j]
		switch {
		case t.Kind == tokPunct || t.Kind == tokQuote:
			return false
		case prepositions[t.Norm]:
			return true
		case determiners[t.Norm] || t.Norm == "'s" || t.Cap:
			continue
		}
		return false
	}
	return false
}

// sexAgrees reports whether a person may be called by the pronoun: false
// only when an honorific before their name says otherwise ("Mr." for
// "she", "Ms." or "Mrs." for "he").
func (d *doc) sexAgrees(name, pronoun string) bool {
	d.extendHonorifics()
	sex, ok := d.honorifics[name]
	if !ok {
		if f := strings.Fields(name); len(f) > 1 {
			sex = d.x.givenSex[normWord(f[0])]
		}
	}
	switch sex {
	case 'm':
		return pronoun != "she"
	case 'f':
		return pronoun != "he"
	}
	return true
}

// givenSexes maps given names to 'f' or 'm'; a name in both lists has no
// sex.
func givenSexes(female, male []string) map[string]byte {
	m := map[string]byte{}
	for _, n := range female {
		m[normWord(n)] = 'f'
	}
	for _, n := range male {
		if m[normWord(n)] == 'f' {
			m[normWord(n)] = 0
			continue
		}
		m[normWord(n)] = 'm'
	}
	return m
}

// extendHonorifics records the sex honorifics give the persons of the
// sentences whose names have been found so far.
func (d *doc) extendHonorifics() {
	if d.honorifics == nil {
		d.honorifics = map[string]byte{}
	}
	for ; d.honorificsUpTo < len(d.sents); d.honorificsUpTo++ {
		k := d.honorificsUpTo
		ms, ok := d.mentions[k]
		if !ok {
			return
		}
		toks := d.sents[k].Toks
		for _, m := range ms {
			if m.Type != "person" || m.From == 0 {
				continue
			}
			j := m.From - 1
			if toks[j].Text == "." && j > 0 {
				j--
			}
			var sex byte
			switch toks[j].Norm {
			case "mr", "mr.":
				sex = 'm'
			case "ms", "ms.", "mrs", "mrs.":
				sex = 'f'
			default:
				continue
			}
			if _, seen := d.honorifics[m.Name]; !seen {
				d.honorifics[m.Name] = sex
			}
		}
	}
}

// sentenceAttribution returns who sentence s attributes its content to:
// the speaker of its first speech cue that names one. With acts, speech
// acts count as cues and, failing any, the sentence's subject is taken
// (how says so).
func (d *doc) sentenceAttribution(s *sentence, acts bool) attribution {
	v := d.sentenceView(s)
	for i := 0; i < len(v.toks); i++ {
		c, ok := v.cueAt(i, acts)
		if !ok {
			continue
		}
		if a := v.subjectOf(c, 0, len(v.toks)); a.speaker != "" {
			return a
		}
		i = c.to - 1
	}
	if acts {
		a := v.clauseSubject(0, len(v.toks))
		if a.how == "" {
			a.how = howSubject
		}
		return a
	}
	return attribution{}
}
