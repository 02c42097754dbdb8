package index

import (
	"context"
	"sort"
	"sync"

	"github.com/newsdesk/crosscheck/internal/pool"
	"github.com/newsdesk/crosscheck/internal/unionfind"
)

// grouping holds the knobs of story grouping; defaultGrouping was tuned
// on the clustered articles of the news corpus (see BenchmarkStoriesCorpus)
// and the dev sets.
type grouping struct {
	queryKeys  int     // rarest keys of an article that find its candidates
	queryMaxDF int     // ... each in at most this many articles
	candidates int     // candidates scored from each article's keys
	listK      int     // an article's best candidates kept (its list)
	topK       int     // a link needs each article in the other's list and one among the other's topK ...
	slackK     int     // ... and the other among its slackK ...
	strongLink float64 // ... or this similarity
	threshold  float64 // minimum similarity of a link
	nearDays   float64 // ... but articles published within this many days of each other
	nearThresh float64 // ... need only this similarity
	farDays    float64 // articles published more than this many days apart
	farThresh  float64 // ... need this similarity
	ageThresh  float64 // articles that give ages, none in common, need this similarity
	nearAges   bool    // ... in a small index even when near (see thresholdFor)
	joinScore  float64 // minimum similarity of a link that joins two stories of several articles
	joinLinks  int     // ... unless this many links join them
	maxStory   int     // a link may not make a story larger than this
	maxDFShare float64 // keys in more than this share of articles are ignored
	minMaxDF   int     // ... but never ignore keys in fewer than this many

	furnitureShare float64 // keys in more than this share of an outlet's articles are its page furniture
	furnitureMin   int     // ... when the outlet has at least this many articles

	minEvidence  int     // a link needs this much evidence (see evidence)
	eventWindow  float64 // days between two reports that name one kind of event
	undatedEvent bool    // ... or either report undated
	smallWindow  float64 // ... in a small index, where the weights of names say little: these many days
	briefNames   int     // ... and one of them names at most this many names
	leadKind     bool    // ... and both leads name one of the names they share
	commonWords  bool    // a word an article also writes in lower case is no evidence
	edgeNames    bool    // nor is a name two articles name only at their edges (see edgeKeys)
	apartNames   bool    // nor a word both have in longer names, none shared
	shortKeys    int     // an article with at most this many weighted names is a brief (see similarity)
	briefAll     bool    // ... when it names at most briefNames names in all
}

// smallIndex is the number of articles below which an index counts as a
// small batch for the evidence a story link needs.
const smallIndex = 100

var defaultGrouping = grouping{
	queryKeys:  20,
	queryMaxDF: 1000,
	candidates: 20,
	listK:      8,
	topK:       2,
	slackK:     5,
	strongLink: 0.5,
	threshold:  0.30,
	nearDays:   4,
	nearThresh: 0.20,
	farDays:    60,
	farThresh:  0.60,
	ageThresh:  0.5,
	nearAges:   true,
	joinScore:  0.6,
	joinLinks:  2,
	maxStory:   30,
	maxDFShare: 0.01,
	minMaxDF:   30,

	furnitureShare: 0.3,
	furnitureMin:   4,

	minEvidence:  3,
	eventWindow:  10,
	undatedEvent: true,
	smallWindow:  1,
	briefNames:   8,
	leadKind:     true,
	commonWords:  true,
	edgeNames:    true,
	apartNames:   true,
	shortKeys:    2,
	briefAll:     true,
}

// Stories groups the given article ids (the batch) together with similar
// articles already in the index into stories. Every batch id that is in the
// index ends up in exactly one story; archived articles join a story when
// they are linked to it, directly or through other archived articles.
//
// A story is a function of the set of articles in the index, whatever the
// order they came in, which of them are the batch, and how the index is
// laid out: checking arrivals against an archive gives the stories of one
// batch of archive and arrivals. For that, whether two articles are
// linked depends on the two articles and on counts over the whole set
// (document frequencies, each outlet's page furniture) only, and a story
// is the connected part of the link graph around the batch, explored
// link by link into the archive.
//
// Each article's candidates are the articles that share its rarest keys
// (at most queryKeys, scored by the idf weights of the keys they share and
// the length of their key lists); they are ranked by their similarity (the
// idf-weighted cosine of the two key sets, or for a brief the share of its
// names the other holds) and kept when it reaches the threshold and they
// have at least minEvidence in common (see evidence), best listK first.
// Reports of one event mostly appear within days of each other, and
// unrelated reports that share a place mostly do not: articles published
// within nearDays need only nearThresh, those more than farDays apart
// farThresh, and between the two (in a small index also within nearDays),
// articles that give the ages of the people involved, none in common, need
// ageThresh. Keys that are an outlet's page furniture weigh nothing in its
// articles. Two articles are linked when each is in the other's list, one
// among the other's topK, and the other among its slackK or the score
// reaches strongLink. Links are applied strongest cosine first; a link that
// would join two stories of several articles each needs joinScore or
// joinLinks links between them, and none may grow a story past maxStory.
// The rank rule keeps a generic hub article from chaining unrelated
// stories: it can link only to articles that rank it among their best.
// The cost is one bounded lookup per batch article and per article of its
// story and their candidates, so it grows linearly with the batch.
//
// When ctx is cancelled, Stories stops and returns ctx's error.
func (ix *Index) Stories(ctx context.Context, ids []string) ([]Story, error) {
	return ix.stories(ctx, ids, defaultGrouping)
}

// stories is Stories with explicit knobs.
func (ix *Index) stories(ctx context.Context, ids []string, g grouping) ([]Story, error) {
	v, err := ix.view()
	if err != nil {
		return nil, err
	}
	defer v.close()
	s := newStoryState(ctx, v, g, ix.keys, ix.workers)
	batch := uniqueSorted(ids)
	if err := s.load(batch); err != nil {
		return nil, err
	}
	present := batch[:0:0]
	for _, id := range batch {
		if s.metaOf(id) != nil {
			present = append(present, id)
		}
	}
	members, links, err := s.explore(present)
	if err != nil {
		return nil, err
	}
	inBatch := make(map[string]bool, len(present))
	for _, id := range present {
		inBatch[id] = true
	}
	var out []Story
	for _, arts := range s.join(members, links) {
		hasBatch := false
		for _, a := range arts {
			hasBatch = hasBatch || inBatch[a]
		}
		if hasBatch {
			out = append(out, Story{ID: storyID(arts[0]), Articles: arts, Title: s.title(arts)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Articles[0] < out[j].Articles[0] })
	return out, nil
}

// storyState is the working state of one Stories call.
type storyState struct {
	ctx     context.Context // of the Stories call
	v       *view
	g       grouping
	kr      *KeyRules
	workers int
	maxDF   int

	mu        sync.Mutex
	meta      map[string]*docMeta        // loaded articles by id
	vecs      map[string]*vec            // weighted keys by article id
	nbrs      map[string][]cand          // each explored article's list, best first
	outletN   map[string]int             // articles by outlet
	furniture map[string]map[string]bool // furniture decisions by outlet and key
	df        map[string]int             // document frequencies looked up
}

func newStoryState(ctx context.Context, v *view, g grouping, kr *KeyRules, workers int) *storyState {
	if v.n < smallIndex && g.minEvidence > 2 {
		// A few articles, typically a desk's batch about one story: two
		// rare names in common are already unlikely by chance, and a
		// short wire report rarely repeats three.
		g.minEvidence = 2
	}
	return &storyState{ctx: ctx, v: v, g: g, kr: kr, workers: workers, maxDF: max(g.minMaxDF, int(g.maxDFShare*float64(v.n))),
		meta: map[string]*docMeta{}, vecs: map[string]*vec{}, nbrs: map[string][]cand{},
		outletN: map[string]int{}, furniture: map[string]map[string]bool{}, df: map[string]int{}}
}

// link is a pair of linked articles and their similarity.
type link struct {
	a, b  string
	score float64
}

// explore follows links from the seeds until no new article is linked,
// and returns every article reached (seeds first, then in the order
// found) and the links among them. Every article reached has its list, and
// so does every article in its list, so that each link is tested from
// both sides.
func (s *storyState) explore(seeds []string) ([]string, []link, error) {
	reached := make(map[string]bool, len(seeds))
	for _, id := range seeds {
		reached[id] = true
	}
	members := append([]string(nil), seeds...)
	type pair struct{ a, b string }
	tried := map[pair]bool{}
	var links []link
	for frontier := seeds; len(frontier) > 0; {
		if err := s.neighbours(frontier); err != nil {
			return nil, nil, err
		}
		var need []string
		for _, a := range frontier {
			for _, c := range s.nbrs[a] {
				if _, ok := s.nbrs[c.id]; !ok && !reached[c.id] {
					need = append(need, c.id)
				}
			}
		}
		if err := s.neighbours(uniqueSorted(need)); err != nil {
			return nil, nil, err
		}
		var next []string
		for _, a := range frontier {
			for _, c := range s.nbrs[a] {
				p := pair{min(a, c.id), max(a, c.id)}
				if tried[p] {
					continue
				}
				tried[p] = true
				if !s.linked(a, c.id, c.score) {
					continue
				}
				// A brief's link is ordered, and may join stories, by
				// the cosine: its coverage of a long report is no
				// reason to pull that report out of its story.
				links = append(links, link{p.a, p.b, c.cosine})
				if !reached[c.id] {
					reached[c.id] = true
					next = append(next, c.id)
				}
			}
		}
		sort.Strings(next)
		members = append(members, next...)
		frontier = next
	}
	return members, links, nil
}

// rank is b's place in a's list (0 for the best), or len(list)+1<<20 when
// b is not in it.
func (s *storyState) rank(a, b string) int {
	for i, c := range s.nbrs[a] {
		if c.id == b {
			return i
		}
	}
	return len(s.nbrs[a]) + 1<<20
}

// linked reports whether the pair a, b of similarity score is a link: each
// in the other's list, one among the other's topK, and the other among its
// slackK or with a strong score.
func (s *storyState) linked(a, b string, score float64) bool {
	ra, rb := s.rank(a, b), s.rank(b, a)
	lo, hi := min(ra, rb), max(ra, rb)
	if lo >= s.g.topK || hi >= s.g.listK {
		return false
	}
	return hi < s.g.slackK || score >= s.g.strongLink
}

// join applies the links strongest first (ties by ids) and returns the
// groups, each sorted. A link joining two stories that already have
// several articles each must be strong, and no link may grow a story past
// maxStory: chains of weak links through page furniture (an outlet's
// byline, a "Crime Stoppers" box) are what merges unrelated shootings.
func (s *storyState) join(members []string, links []link) [][]string {
	sort.Slice(links, func(i, j int) bool {
		if links[i].score != links[j].score {
			return links[i].score > links[j].score
		}
		if links[i].a != links[j].a {
			return links[i].a < links[j].a
		}
		return links[i].b < links[j].b
	})
	uf := unionfind.New[string]()
	group := map[string][]string{} // the articles of each story, by its root
	adj := map[string][]string{}
	for _, id := range members {
		uf.Add(id)
		group[id] = []string{id}
	}
	for _, l := range links {
		adj[l.a] = append(adj[l.a], l.b)
		adj[l.b] = append(adj[l.b], l.a)
	}
	// between counts the links between the stories of roots ra and rb,
	// from the smaller one's side.
	between := func(ra, rb string) int {
		if len(group[ra]) > len(group[rb]) {
			ra, rb = rb, ra
		}
		n := 0
		for _, id := range group[ra] {
			for _, o := range adj[id] {
				if uf.Find(o) == rb {
					n++
				}
			}
		}
		return n
	}
	for _, l := range links {
		ra, rb := uf.Find(l.a), uf.Find(l.b)
		if ra == rb {
			continue
		}
		sa, sb := len(group[ra]), len(group[rb])
		if sa+sb > s.g.maxStory {
			continue
		}
		if sa > 1 && sb > 1 && l.score < s.g.joinScore && (s.g.joinLinks == 0 || between(ra, rb) < s.g.joinLinks) {
			continue
		}
		uf.Union(ra, rb)
		r := uf.Find(ra)
		joined := append(group[ra], group[rb]...)
		delete(group, ra)
		delete(group, rb)
		group[r] = joined
	}
	groups := map[string][]string{}
	for _, id := range uf.Items() {
		r := uf.Find(id)
		groups[r] = append(groups[r], id)
	}
	out := make([][]string, 0, len(groups))
	for _, g := range groups {
		sort.Strings(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// neighbours computes the lists of those of ids that have none yet.
func (s *storyState) neighbours(ids []string) error {
	var todo []string
	s.mu.Lock()
	for _, id := range ids {
		if _, ok := s.nbrs[id]; !ok {
			todo = append(todo, id)
		}
	}
	s.mu.Unlock()
	if err := s.load(todo); err != nil {
		return err
	}
	errs := make([]error, len(todo))
	res := make([][]cand, len(todo))
	err := pool.Each(s.ctx, len(todo), s.workers, func(i int) string { return "the neighbours of article " + todo[i] }, func(i int) {
		res[i], errs[i] = s.neighboursOf(todo[i])
	}, nil)
	if err != nil {
		return err
	}
	for i, id := range todo {
		if errs[i] != nil {
			return errs[i]
		}
		s.nbrs[id] = res[i]
	}
	return nil
}

// load reads what grouping needs of those of ids not yet loaded.
func (s *storyState) load(ids []string) error {
	var missing []string
	s.mu.Lock()
	for _, id := range ids {
		if _, ok := s.meta[id]; !ok {
			missing = append(missing, id)
		}
	}
	s.mu.Unlock()
	if len(missing) == 0 {
		return nil
	}
	found := map[string]*docMeta{}
	err := s.v.meta(missing, func(id string, m docMeta) { found[id] = &m })
	if err != nil {
		return err
	}
	s.mu.Lock()
	for _, id := range missing {
		s.meta[id] = found[id] // nil: not in the index
	}
	s.mu.Unlock()
	return nil
}

// metaOf returns a loaded article, or nil when it is not in the index.
func (s *storyState) metaOf(id string) *docMeta {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.meta[id]
}

// uniqueSorted returns the distinct ids, sorted.
func uniqueSorted(ids []string) []string {
	out := append([]string(nil), ids...)
	sort.Strings(out)
	j := 0
	for i, id := range out {
		if i == 0 || id != out[j-1] {
			out[j] = id
			j++
		}
	}
	return out[:j]
}
