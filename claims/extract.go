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
	demonyms      map[string]bool
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
	// dateLabels and pageVerbs mark a page's own date; dateLineWords are
	// the words a date line may hold besides its date.
	dateLabels    map[string]bool
	pageVerbs     map[string]bool
	dateLineWords map[string]bool

	patterns   []*compiledPattern
	patternSet *patternSet
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
		demonyms:      wordSet(rb.Lexicons.Demonyms),
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
	// surnames maps a surname to the full names that share it, in order
	// of first mention; lastNamed maps a full name to the count of person
	// names read (named) when it was last named.
	surnames  map[string][]string
	lastNamed map[string]int
	named     int
	// lastEvent is the most recent violent event, for "the attack".
	lastEvent *Subject
	// lastAttribution is the most recent attribution, for "these
	// accusations".
	lastAttribution *AttributionValue
	// events holds the event subjects found per sentence index.
	events map[int][]eventMention
	// mentions holds the entity mentions found per sentence index.
	mentions map[int][]mention
	// acronyms are the acronyms the article defined in parentheses after
	// a name ("the Free Ranger Front (FRF)"), with the name's mention.
	acronyms map[string]mention
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
	// pastEventSent is one past the index of the last sentence that named
	// an earlier event ("the last major quake"), or 0.
	pastEventSent int
	// several is true once the article tells of several incidents: a
	// sentence counts violent events in the plural ("two shootings at two
	// different locations"), totals or tallies casualties over several
	// ("in shootings across the city", "so far this year"), or gives the
	// figure of another incident ("another shooting last month").
	several bool
	// subjectsOnly is set while a pronoun's antecedent is sought among
	// sentence subjects, where a pronoun is left unresolved.
	subjectsOnly int
}

// newDoc starts the extraction state of one article.
func newDoc(x *Extractor, a *article.Article) *doc {
	return &doc{x: x, art: a, people: map[string]string{}, surnames: map[string][]string{}, lastNamed: map[string]int{}, events: map[int][]eventMention{}, mentions: map[int][]mention{}, statedBy: map[int]Stated{}, holders: map[string]string{}, credited: map[int]string{}}
}

// extractWindow is the most text one pass of extraction holds its working
// state (tokens, sentences, mentions) for. A longer article, longer than
// any news article (the largest of the 31k-article corpus is 100 KB), is
// read in windows of whole paragraphs, so that memory stays bounded
// whatever the article size limit, and so that the steps that look back
// over the article (the person a pronoun stands for, the last holder of a
// title) cost at most a window each; what a window learnt of the article's
// people and events goes on to the next.
const extractWindow = 256 << 10

// Extract returns the claims of one article, in text order.
func (x *Extractor) Extract(a *article.Article) []Claim {
	return x.extract(a, extractWindow)
}

// extract is Extract with windows of at most window bytes.
func (x *Extractor) extract(a *article.Article, window int) []Claim {
	var all []Claim
	var prev *doc
	several := false
	for _, w := range windows(a.Text, window) {
		d := newDoc(x, a)
		if prev != nil {
			d.inherit(prev)
		}
		d.extractRange(w.start, w.end)
		all = append(all, d.claims...)
		several = several || d.several
		prev = d
	}
	otherTimeFigures(all, a.HasDate())
	if several {
		// Which incident each of its figures counts the article does not
		// always say: its tolls are not surely one incident's.
		for i := range all {
			if all[i].Kind == Casualty {
				all[i].Matched = append(all[i].Matched, "casualty:several")
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Span.Start < all[j].Span.Start })
	for i := range all {
		all[i].ID = fmt.Sprintf("%s#%d", a.ID, i+1)
	}
	return all
}

// inherit takes over what an earlier window of the same article learnt
// of the people, titles, events, attributions and dates it named, and what
// the article's opening says (its main event, its lead), which only the
// first window can read.
func (d *doc) inherit(prev *doc) {
	d.people, d.holders, d.honorifics = prev.people, prev.holders, prev.honorifics
	d.lastPerson, d.lastEvent, d.lastAttribution = prev.lastPerson, prev.lastEvent, prev.lastAttribution
	d.days = prev.days
	prev.mainEvent()
	prev.elsewhere("\x00") // builds prev.lead
	d.main, d.lead = prev.main, prev.lead
}

// extractRange extracts the claims of the article's text[start:end], which
// starts and ends at line boundaries, into d.claims.
func (d *doc) extractRange(start, end int) {
	x := d.x
	d.sents, d.blocks = splitSentencesIn(d.art.Text, start, end, x.abbrev)
	d.pairQuotes()
	d.knownFullNames()
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
	if c.Stated.Negated {
		c.Stated.Negated = negatedInClause(s, end)
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
