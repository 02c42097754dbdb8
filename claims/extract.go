package claims

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// Extractor pulls claims out of articles. It is compiled once from a
// rulebook by New and is safe for concurrent use.
type Extractor struct {
	rb  *rules.Rulebook
	tax *rules.Taxonomy

	abbrev        map[string]bool
	stopnames     map[string]bool
	orgWords      map[string]bool
	placeWords    map[string]bool
	nameParticles map[string]bool
	ledOrgs       map[string]bool
	based         map[string]bool
	speakerNouns  map[string]bool
	listeners     map[string]bool
	givenSex      map[string]byte

	quantities *phraseTrie
	modifiers  *phraseTrie
	hedges     *phraseTrie
	casualties *phraseTrie
	speech     *phraseTrie
	speechActs *phraseTrie
	titleMods  *phraseTrie
	shares     *phraseTrie
	categories *phraseTrie
	titles     *phraseTrie
	entities   *phraseTrie
	events     *phraseTrie
	cues       *phraseTrie
	// gapCues are cue phrases with a gap ("not * evidence"), by their
	// first word.
	gapCues   map[string][]gapPhrase
	leadVerbs *phraseTrie
	// cas is the vocabulary casualty extraction reads beyond the
	// casualty words themselves.
	cas *casualtyVocab
	// pastFrames, leaveVerbs and serveVerbs read when a title is held.
	pastFrames *phraseTrie
	leaveVerbs *phraseTrie
	serveVerbs *phraseTrie
	tenureEnds *phraseTrie
	// acts and agentPhrases read who did an act ("posted by").
	acts         *phraseTrie
	agentPhrases *phraseTrie
	gapAgents    map[string][]gapPhrase

	// Date vocabulary: names holding a weekday, verbs of occurrence,
	// schedule cues, verbs that start or end a period, and the objects
	// each event class's transitive words need.
	dayNames     *dateNames
	occurrence   map[string]bool
	schedule     *phraseTrie
	periodStarts *phraseTrie
	periodEnds   *phraseTrie
	chargeWords  map[string]bool
	eventObjects []map[string]bool

	patterns []*compiledPattern
	// counting is the vocabulary of count and money claims.
	counting *countLex

	// entityName maps entity ids to canonical names.
	entityName map[string]string
	// roleHolders maps "country|title" to the rulebook entity whose roles
	// name that title ("pakistan army-chief").
	roleHolders map[string]string
}

// New compiles a rulebook into an Extractor.
func New(rb *rules.Rulebook) (*Extractor, error) {
	x := &Extractor{
		rb:            rb,
		tax:           rules.NewTaxonomy(rb.Taxonomy),
		abbrev:        wordSet(rb.Lexicons.Abbreviations),
		stopnames:     wordSet(rb.Lexicons.Stopnames),
		orgWords:      wordSet(rb.Lexicons.OrgWords),
		placeWords:    wordSet(rb.Lexicons.PlaceWords),
		nameParticles: wordSet(rb.Lexicons.NameParticles),
		ledOrgs:       wordSet(rb.Lexicons.LedOrgs),
		based:         wordSet(rb.Lexicons.Based),
		speakerNouns:  wordSet(rb.Lexicons.SpeakerNouns),
		listeners:     wordSet(rb.Lexicons.SpeechListener),
		givenSex:      givenSexes(rb.Lexicons.FemaleNames, rb.Lexicons.MaleNames),
		quantities:    newTrie(),
		modifiers:     newTrie(),
		hedges:        newTrie(),
		casualties:    newTrie(),
		speech:        newTrie(),
		speechActs:    newTrie(),
		titleMods:     newTrie(),
		shares:        newTrie(),
		categories:    newTrie(),
		titles:        newTrie(),
		entities:      newTrie(),
		events:        newTrie(),
		cues:          newTrie(),
		leadVerbs:     newTrie(),
		pastFrames:    newTrie(),
		leaveVerbs:    newTrie(),
		serveVerbs:    newTrie(),
		tenureEnds:    newTrie(),
		acts:          newTrie(),
		agentPhrases:  newTrie(),
		counting:      newCountLex(rb),
	}
	x.entityName = make(map[string]string, len(rb.Entities))
	for _, e := range rb.Entities {
		x.entityName[e.ID] = e.Name
	}
	x.roleHolders = map[string]string{}
	for _, e := range rb.Entities {
		for _, r := range e.Roles {
			f := strings.Fields(strings.ToLower(r))
			if len(f) < 2 {
				continue
			}
			where := strings.Join(f[:len(f)-1], " ")
			if n, ok := x.entityName[where]; ok {
				where = strings.ToLower(n) // an entity id: "pakistan"
			}
			x.roleHolders[where+"|"+f[len(f)-1]] = e.Name
		}
	}
	lx := rb.Lexicons
	for i, q := range lx.Quantities {
		x.quantities.addWords(q.Words, entryRef{q.ID, i}, false)
	}
	for i, m := range lx.Modifiers {
		x.modifiers.addWords(m.Words, entryRef{m.ID, i}, false)
	}
	for i, h := range lx.Hedges {
		x.hedges.add(h, entryRef{h, i})
	}
	for i, c := range lx.Casualties {
		x.casualties.addWords(c.Words, entryRef{c.ID, i}, false)
		x.casualties.addWords(c.Nouns, entryRef{c.ID, i}, false)
	}
	x.cas = newCasualtyVocab(rb)
	for i, w := range lx.LeadVerbs {
		x.leadVerbs.add(w, entryRef{w, i})
	}
	for i, w := range lx.PastFrames {
		x.pastFrames.add(w, entryRef{w, i})
	}
	for i, w := range lx.LeaveVerbs {
		x.leaveVerbs.add(w, entryRef{w, i})
	}
	for i, w := range lx.TenureEnds {
		x.tenureEnds.add(w, entryRef{w, i})
	}
	for i, w := range lx.ServeVerbs {
		x.serveVerbs.add(w, entryRef{w, i})
	}
	for i, w := range lx.AgentPhrases {
		if g, ok := newGapPhrase(w, entryRef{w, i}); ok {
			if x.gapAgents == nil {
				x.gapAgents = map[string][]gapPhrase{}
			}
			x.gapAgents[g.parts[0][0]] = append(x.gapAgents[g.parts[0][0]], g)
		} else {
			x.agentPhrases.add(w, entryRef{w, i})
		}
	}
	for i, a := range rb.Acts {
		x.acts.addWords(a.Words, entryRef{a.ID, i}, false)
	}
	for i, s := range lx.Speech {
		x.speech.add(s, entryRef{s, i})
	}
	for i, s := range lx.SpeechActs {
		x.speechActs.add(s, entryRef{s, i})
	}
	for i, m := range lx.TitleModifiers {
		x.titleMods.addWords(m.Words, entryRef{m.ID, i}, false)
	}
	for i, s := range lx.Shares {
		x.shares.addWords(s.Words, entryRef{s.ID, i}, false)
	}
	for i, c := range rb.Taxonomy {
		x.categories.addWords(c.Words, entryRef{c.ID, i}, true)
	}
	for i, t := range rb.Titles {
		x.titles.addWords(t.Words, entryRef{t.ID, i}, false)
	}
	for i, e := range rb.Entities {
		x.entities.add(e.Name, entryRef{e.ID, i})
		x.entities.addWords(e.Aliases, entryRef{e.ID, i}, false)
	}
	for i, e := range rb.Events {
		x.events.addWords(e.Words, entryRef{e.ID, i}, true)
		// Transitive words name the event only with an object after
		// them; their refs are marked so (see findEvents).
		x.events.addWords(e.Transitive, entryRef{e.ID + transitiveMark, i}, false)
	}
	for i, c := range rb.Cues {
		for _, w := range c.Words {
			if g, ok := newGapPhrase(w, entryRef{c.ID, i}); ok {
				if x.gapCues == nil {
					x.gapCues = map[string][]gapPhrase{}
				}
				first := g.parts[0][0]
				x.gapCues[first] = append(x.gapCues[first], g)
			} else {
				x.cues.add(w, entryRef{c.ID, i})
			}
		}
	}
	x.compileDateWords()
	if err := x.compilePatterns(); err != nil {
		return nil, err
	}
	return x, nil
}

// Taxonomy returns the compiled category taxonomy of the rulebook.
func (x *Extractor) Taxonomy() *rules.Taxonomy { return x.tax }

func wordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[normWord(w)] = true
	}
	return m
}

// doc is the working state of one article's extraction.
type doc struct {
	x      *Extractor
	art    *article.Article
	sents  []sentence
	blocks []block
	claims []Claim
	// people maps normalised names and surnames to canonical full names.
	people map[string]string
	// lastPerson is the most recently named person, for "he" and "she".
	lastPerson string
	// lastEvent is the most recent violent event, for "the attack".
	lastEvent *Subject
	// lastAttribution is the most recent attribution, for "these
	// accusations".
	lastAttribution *AttributionValue
	// events holds the event subjects found per sentence index.
	events map[int][]eventMention
	// mentions holds the entity mentions found per sentence index.
	mentions map[int][]mention
	// statedBy memoises how each sentence states its claims.
	statedBy map[int]Stated
	// holders maps "country|title" to the person the article named with
	// that title.
	holders map[string]string
	// segs are the paragraphs holding quotations, with their quote marks
	// paired, and quoteSpans the quotations, marks included, in text order.
	segs       []*segment
	quoteSpans []Span
	// credited maps a sentence index to the person its words were last
	// credited to, for resolving "he said" in later sentences.
	credited map[int]string
	// titlesSeen are the titled person mentions found so far, in text
	// order, complete up to sentence titlesUpTo.
	titlesSeen []titleSeen
	titlesUpTo int
	// honorifics maps persons to the sex an honorific gives them ('m',
	// 'f'), complete up to sentence honorificsUpTo.
	honorifics     map[string]byte
	honorificsUpTo int
	// main is the event the article is about, found on first use.
	main *Subject
	// violence is 1 when the headline or lead names a violent event or
	// casualties, 2 when not, 0 before it is first needed.
	violence int8
	// days is the last day-precise event date, for clock times.
	days dayContext
	// lead is the lower-cased headline and opening sentences, for
	// telling the article's places from others; built on first use.
	lead string
}

// newDoc starts the extraction state of one article.
func newDoc(x *Extractor, a *article.Article) *doc {
	return &doc{x: x, art: a, people: map[string]string{}, events: map[int][]eventMention{}, mentions: map[int][]mention{}, statedBy: map[int]Stated{}, holders: map[string]string{}, credited: map[int]string{}}
}

// Extract returns the claims of one article, in text order.
func (x *Extractor) Extract(a *article.Article) []Claim {
	d := newDoc(x, a)
	d.sents, d.blocks = splitSentences(a.Text, x.abbrev)
	d.pairQuotes()
	for i := range d.sents {
		s := &d.sents[i]
		d.mentions[i] = d.findMentions(s)
		d.events[i] = d.findEvents(s)
		d.roles(s)
		d.casualties(s)
		d.counts(s)
		d.dates(s)
		d.attributions(s)
		d.acts(s)
		d.patternClaims(s)
	}
	d.quotes()
	d.dropQuotedRoles()
	sort.SliceStable(d.claims, func(i, j int) bool { return d.claims[i].Span.Start < d.claims[j].Span.Start })
	for i := range d.claims {
		d.claims[i].ID = fmt.Sprintf("%s#%d", a.ID, i+1)
	}
	return d.claims
}

// add records a claim found in sentence s spanning text[start:end].
func (d *doc) add(s *sentence, c Claim, start, end int) {
	c.Article = d.art.ID
	c.Sentence = Span{s.Start, s.End}
	c.SentenceText = s.Text
	c.Span = Span{start, end}
	c.Text = d.art.Text[start:end]
	if c.Stated.Mode == "" {
		c.Stated = d.stated(s)
	}
	if c.Kind == Casualty && !d.reportsViolence() {
		c.Matched = append(c.Matched, "casualty:aside")
	}
	d.claims = append(d.claims, c)
}

// text returns the article text between two token indexes of s, inclusive
// of from and exclusive of to.
func (s *sentence) span(from, to int) (int, int) {
	if from >= len(s.Toks) {
		return s.End, s.End
	}
	if to <= from {
		return s.Toks[from].Start, s.Toks[from].Start
	}
	return s.Toks[from].Start, s.Toks[to-1].End
}
