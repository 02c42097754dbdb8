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

	quantities *phraseTrie
	modifiers  *phraseTrie
	hedges     *phraseTrie
	casualties *phraseTrie
	speech     *phraseTrie
	titleMods  *phraseTrie
	shares     *phraseTrie
	categories *phraseTrie
	titles     *phraseTrie
	entities   *phraseTrie
	events     *phraseTrie
	cues       *phraseTrie
	leadVerbs  *phraseTrie
	// cas is the vocabulary casualty extraction reads beyond the
	// casualty words themselves.
	cas *casualtyVocab

	patterns []*compiledPattern

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
		quantities:    newTrie(),
		modifiers:     newTrie(),
		hedges:        newTrie(),
		casualties:    newTrie(),
		speech:        newTrie(),
		titleMods:     newTrie(),
		shares:        newTrie(),
		categories:    newTrie(),
		titles:        newTrie(),
		entities:      newTrie(),
		events:        newTrie(),
		cues:          newTrie(),
		leadVerbs:     newTrie(),
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
	for i, s := range lx.Speech {
		x.speech.add(s, entryRef{s, i})
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
	}
	for i, c := range rb.Cues {
		x.cues.addWords(c.Words, entryRef{c.ID, i}, false)
	}
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
}

// newDoc starts the extraction state of one article.
func newDoc(x *Extractor, a *article.Article) *doc {
	return &doc{x: x, art: a, people: map[string]string{}, events: map[int][]eventMention{}, mentions: map[int][]mention{}, statedBy: map[int]Stated{}, holders: map[string]string{}}
}

// Extract returns the claims of one article, in text order.
func (x *Extractor) Extract(a *article.Article) []Claim {
	d := newDoc(x, a)
	d.sents, d.blocks = splitSentences(a.Text, x.abbrev)
	for i := range d.sents {
		s := &d.sents[i]
		d.mentions[i] = d.findMentions(s)
		d.events[i] = d.findEvents(s)
		d.roles(s)
		d.casualties(s)
		d.counts(s)
		d.dates(s)
		d.attributions(s)
		d.patternClaims(s)
	}
	d.quotes()
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
