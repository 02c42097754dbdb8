package index

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// grouping holds the knobs of story grouping; defaultGrouping was tuned
// on the clustered articles of the news corpus (see BenchmarkStoriesCorpus).
type grouping struct {
	queryKeys  int     // rarest keys of an article put in its query
	candidates int     // hits taken from each query
	topK       int     // a link needs each article among the other's topK ...
	slackK     int     // ... or one among the other's topK and the other among its slackK
	strongLink float64 // ... or one among the other's topK and this similarity
	threshold  float64 // minimum similarity of a link
	joinScore  float64 // minimum similarity of a link that joins two stories of several articles
	maxStory   int     // a link may not make a story larger than this
	maxDFShare float64 // keys in more than this share of articles are ignored
	minMaxDF   int     // ... but never ignore keys in fewer than this many

	furnitureShare float64 // keys in more than this share of an outlet's batch articles are its page furniture
	furnitureMin   int     // ... when the outlet has at least this many articles in the batch

	minEvidence int // a link needs this many shared names (see evidence)
}

// smallIndex is the number of articles below which an index counts as a
// small batch for the evidence a story link needs.
const smallIndex = 100

var defaultGrouping = grouping{
	queryKeys:  10,
	candidates: 20,
	topK:       2,
	slackK:     4,
	strongLink: 0.5,
	threshold:  0.30,
	joinScore:  0.6,
	maxStory:   30,
	maxDFShare: 0.01,
	minMaxDF:   30,

	furnitureShare: 0.3,
	furnitureMin:   4,

	minEvidence: 3,
}

// Stories groups the given article ids (the batch) together with similar
// articles already in the index into stories. Every batch id that is in the
// index ends up in exactly one story; archived articles join a story only
// when they are linked to it.
//
// For each article it queries the index once for articles sharing its
// rarest key terms (at most queryKeys terms, candidates hits), scores each
// candidate by the idf-weighted cosine of the two key sets, and keeps the
// candidates that reach the threshold and share at least minEvidence names.
// Keys that are an outlet's page furniture (found in more than
// furnitureShare of that outlet's batch articles) weigh nothing in its
// articles. A pair is linked when one article is among the other's topK
// best candidates and the other ranks it among its own topK, or among its
// slackK, or the score reaches strongLink. Links are applied strongest
// first; a link that would join two stories of several articles each needs
// joinScore, and none may grow a story past maxStory. The rank rule keeps a
// generic hub article from chaining unrelated stories: it can link to at
// most slackK articles, each of which must rank it among its best. The
// slack lets a batch that is all one story (where every article's topK are
// taken by the others) stay one story. The cost is one bounded query per
// batch article and per linked archive article, so it grows linearly with
// the batch.
func (ix *Index) Stories(ids []string) ([]Story, error) {
	return ix.stories(ids, defaultGrouping)
}

// stories is Stories with explicit knobs.
func (ix *Index) stories(ids []string, g grouping) ([]Story, error) {
	df, n, err := ix.docFreqs()
	if err != nil {
		return nil, err
	}
	maxDF := max(g.minMaxDF, int(g.maxDFShare*float64(n)))
	if n < smallIndex && g.minEvidence > 2 {
		// A few articles, typically a desk's batch about one story: two
		// rare names in common are already unlikely by chance, and a
		// short wire report rarely repeats three.
		g.minEvidence = 2
	}
	s := &storyState{ix: ix, g: g, df: df, n: n, maxDF: maxDF,
		keys: map[string][]string{}, outlet: map[string]string{}, vecs: map[string]*vec{}, nbrs: map[string][]cand{}}

	batch := uniqueSorted(ids)
	if err := s.loadKeys(batch); err != nil {
		return nil, err
	}
	present := batch[:0:0]
	for _, id := range batch {
		if _, ok := s.keys[id]; ok {
			present = append(present, id)
		}
	}
	s.furniture = furniture(present, s.keys, s.outlet, g)
	if err := s.neighbours(present); err != nil {
		return nil, err
	}
	// Archive articles that a batch article would link to need their own
	// neighbours for the mutual test.
	var more []string
	inBatch := make(map[string]bool, len(present))
	for _, id := range present {
		inBatch[id] = true
	}
	seen := map[string]bool{}
	for _, id := range present {
		for _, c := range s.nbrs[id] {
			if !inBatch[c.id] && !seen[c.id] {
				seen[c.id] = true
				more = append(more, c.id)
			}
		}
	}
	sort.Strings(more)
	if err := s.neighbours(more); err != nil {
		return nil, err
	}

	// Links are taken strongest first (ties by ids). A link joining two
	// stories that already have several articles each must be strong, and
	// no link may grow a story past maxStory: chains of weak links through
	// page furniture (an outlet's byline, a "Crime Stoppers" box) are what
	// merges unrelated shootings.
	type link struct {
		a, b  string
		score float64
	}
	var links []link
	type pair struct{ a, b string }
	tried := map[pair]bool{}
	for _, id := range present {
		for _, c := range s.nbrs[id] {
			p := pair{min(id, c.id), max(id, c.id)}
			if !tried[p] {
				tried[p] = true
				if s.linked(id, c.id, c.score) {
					links = append(links, link{p.a, p.b, c.score})
				}
			}
		}
	}
	sort.Slice(links, func(i, j int) bool {
		if links[i].score != links[j].score {
			return links[i].score > links[j].score
		}
		if links[i].a != links[j].a {
			return links[i].a < links[j].a
		}
		return links[i].b < links[j].b
	})
	uf := newUnionFind()
	size := map[string]int{}
	for _, id := range present {
		uf.add(id)
		size[id] = 1
	}
	for _, l := range links {
		ra, rb := uf.find(l.a), uf.find(l.b)
		if ra == rb {
			continue
		}
		sa, sb := max(size[ra], 1), max(size[rb], 1)
		if sa+sb > s.g.maxStory || (sa > 1 && sb > 1 && l.score < s.g.joinScore) {
			continue
		}
		uf.union(ra, rb)
		size[uf.find(ra)] = sa + sb
	}
	groups := map[string][]string{}
	for _, id := range uf.items() {
		r := uf.find(id)
		groups[r] = append(groups[r], id)
	}
	var out []Story
	for _, arts := range groups {
		hasBatch := false
		for _, a := range arts {
			hasBatch = hasBatch || inBatch[a]
		}
		if !hasBatch {
			continue
		}
		sort.Strings(arts)
		out = append(out, Story{ID: storyID(arts[0]), Articles: arts})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Articles[0] < out[j].Articles[0] })
	if err := ix.titleStories(out); err != nil {
		return nil, err
	}
	return out, nil
}

// cand is a candidate article and its similarity.
type cand struct {
	id    string
	score float64
}

// storyState is the working state of one Stories call.
type storyState struct {
	ix    *Index
	g     grouping
	df    map[string]int
	n     int
	maxDF int

	// furniture holds, by outlet, the keys that are its page furniture;
	// they weigh nothing in that outlet's articles. It is computed from the
	// batch before any neighbours are looked up and is read-only after.
	furniture map[string]map[string]bool

	mu     sync.Mutex
	keys   map[string][]string // stored keys by article id
	vecs   map[string]*vec     // weighted keys by article id
	outlet map[string]string   // stored outlet by article id
	nbrs   map[string][]cand   // linked candidates (score >= threshold), best first, at most max(topK, slackK)
}

// rank is b's place among a's best candidates (0 for the best), or the
// number of a's candidates when b is not among them.
func (s *storyState) rank(a, b string) int {
	for i, c := range s.nbrs[a] {
		if c.id == b {
			return i
		}
	}
	return len(s.nbrs[a]) + 1<<20
}

// linked reports whether the pair a, b of similarity score is a link:
// each among the other's topK; or one among the other's topK and the other
// among its slackK; or one among the other's topK with a strong score.
func (s *storyState) linked(a, b string, score float64) bool {
	ra, rb := s.rank(a, b), s.rank(b, a)
	lo, hi := min(ra, rb), max(ra, rb)
	if lo >= s.g.topK {
		return false
	}
	return hi < max(s.g.topK, s.g.slackK) || score >= s.g.strongLink
}

// neighbours computes the best candidates of each of ids, in parallel.
func (s *storyState) neighbours(ids []string) error {
	errs := make([]error, len(ids))
	res := make([][]cand, len(ids))
	parallel(len(ids), func(i int) {
		res[i], errs[i] = s.neighboursOf(ids[i])
	})
	for i, id := range ids {
		if errs[i] != nil {
			return errs[i]
		}
		s.nbrs[id] = res[i]
	}
	return nil
}

// neighboursOf runs one bounded query for the articles sharing id's rarest
// keys and keeps the best max(topK, slackK) candidates at or above the
// threshold.
func (s *storyState) neighboursOf(id string) ([]cand, error) {
	s.mu.Lock()
	ka, ok := s.keys[id]
	s.mu.Unlock()
	if !ok {
		if err := s.loadKeys([]string{id}); err != nil {
			return nil, err
		}
		s.mu.Lock()
		ka = s.keys[id]
		s.mu.Unlock()
	}
	s.mu.Lock()
	oa := s.outlet[id]
	s.mu.Unlock()
	q := s.rarest(ka, s.furniture[oa])
	if len(q) == 0 {
		return nil, nil
	}
	tqs := make([]query.Query, len(q))
	for i, k := range q {
		tq := query.NewTermQuery(k)
		tq.SetField(fieldKeys)
		tqs[i] = tq
	}
	// No stored fields are loaded with the hits: loading them costs more
	// than the query, and the batch's keys are already in the cache.
	req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(tqs), s.g.candidates+1, 0, false)
	req.SortBy([]string{"-_score", "_id"}) // ties by id: the same hits on every run
	res, err := s.ix.searcher().Search(req)
	if err != nil {
		return nil, fmt.Errorf("index: stories: %w", err)
	}
	var missing []string
	s.mu.Lock()
	for _, h := range res.Hits {
		if _, ok := s.keys[h.ID]; !ok && h.ID != id {
			missing = append(missing, h.ID)
		}
	}
	s.mu.Unlock()
	if len(missing) > 0 {
		if err := s.loadKeys(missing); err != nil {
			return nil, err
		}
	}
	va := s.vecOf(id)
	var cs []cand
	for _, h := range res.Hits {
		if h.ID == id {
			continue
		}
		vb := s.vecOf(h.ID)
		if sc := cosine(va, vb); sc >= s.g.threshold && evidence(va, vb) >= s.g.minEvidence {
			cs = append(cs, cand{h.ID, sc})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].id < cs[j].id
	})
	if k := max(s.g.topK, s.g.slackK); len(cs) > k {
		cs = cs[:k]
	}
	return cs, nil
}

// rarest returns up to queryKeys of keys that other articles share (df >= 2)
// and that are neither generic nor the outlet's furniture, rarest first.
func (s *storyState) rarest(keys []string, furn map[string]bool) []string {
	var q []string
	for _, k := range keys {
		if d := s.df[k]; d >= 2 && d <= s.maxDF && !furn[k] {
			q = append(q, k)
		}
	}
	sort.Slice(q, func(i, j int) bool {
		di, dj := s.df[q[i]], s.df[q[j]]
		if di != dj {
			return di < dj
		}
		return q[i] < q[j]
	})
	if len(q) > s.g.queryKeys {
		q = q[:s.g.queryKeys]
	}
	return q
}

// idf is the weight of a key; generic keys weigh nothing.
//
// A key no other article has (df 1) can never be shared, so it weighs
// nothing either: counting it would only lengthen the vectors of long
// articles, and in a small batch, where most keys are unique, no two
// articles about the same story would reach the threshold.
func (s *storyState) idf(k string) float64 {
	d := s.df[k]
	if d > s.maxDF || d < 2 {
		return 0
	}
	return math.Log(1 + float64(s.n)/float64(d))
}

// weight is the weight of key k in an article whose outlet's furniture is
// furn: its idf, or nothing for furniture.
func (s *storyState) weight(k string, furn map[string]bool) float64 {
	if furn[k] {
		return 0
	}
	return s.idf(k)
}

// vec is an article's weighted keys: only keys of positive weight, sorted,
// and the vector's squared length. Sorted keys make the similarity a merge
// and its sum the same, to the last bit, on every run.
type vec struct {
	k    []string
	w    []float64
	norm float64
}

// weights returns the weighted keys of one article whose outlet's
// furniture is furn.
func (s *storyState) weights(keys []string, furn map[string]bool) *vec {
	if !sort.StringsAreSorted(keys) {
		keys = append([]string(nil), keys...)
		sort.Strings(keys)
	}
	v := &vec{}
	for _, k := range keys {
		if w := s.weight(k, furn); w > 0 {
			v.k = append(v.k, k)
			v.w = append(v.w, w)
			v.norm += w * w
		}
	}
	return v
}

// vecOf returns the cached weighted keys of a loaded article.
func (s *storyState) vecOf(id string) *vec {
	s.mu.Lock()
	v, ok := s.vecs[id]
	keys, o := s.keys[id], s.outlet[id]
	s.mu.Unlock()
	if ok {
		return v
	}
	v = s.weights(keys, s.furniture[o])
	s.mu.Lock()
	s.vecs[id] = v
	s.mu.Unlock()
	return v
}

// cosine is the weighted cosine similarity of two articles.
func cosine(a, b *vec) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	shared(a, b, func(i, j int) { dot += a.w[i] * b.w[j] })
	return dot / math.Sqrt(a.norm*b.norm)
}

// shared calls fn with the positions of each key of a that b has, in key
// order.
func shared(a, b *vec, fn func(i, j int)) {
	i, j := 0, 0
	for i < len(a.k) && j < len(b.k) {
		switch {
		case a.k[i] < b.k[j]:
			i++
		case a.k[i] > b.k[j]:
			j++
		default:
			fn(i, j)
			i++
			j++
		}
	}
}

// evidence counts the names two articles share: the shared weighted keys,
// except a single word that is part of a shared longer name ("barbee"
// beside "kevin barbee"). One shared name, be it a hospital, a suburb or a
// sheriff's office, is what unrelated stories of one region have in common;
// the same event shares several.
func evidence(a, b *vec) int {
	var common []string
	shared(a, b, func(i, _ int) { common = append(common, a.k[i]) })
	inSpan := map[string]bool{}
	for _, k := range common {
		if strings.IndexByte(k, ' ') >= 0 {
			for _, w := range strings.Fields(k) {
				inSpan[w] = true
			}
		}
	}
	n := 0
	for _, k := range common {
		if !inSpan[k] {
			n++
		}
	}
	return n
}

// loadKeys reads the stored keys and outlet of ids into the cache.
func (s *storyState) loadKeys(ids []string) error {
	return s.ix.fetch(ids, []string{fieldKeys, fieldOutlet}, func(id string, f map[string]interface{}) error {
		k := keysField(f[fieldKeys])
		o, _ := f[fieldOutlet].(string)
		s.mu.Lock()
		s.keys[id] = k
		s.outlet[id] = o
		s.mu.Unlock()
		return nil
	})
}

// furniture finds each outlet's page furniture among the batch ids: the
// keys found in more than furnitureShare of the outlet's articles, for
// outlets with at least furnitureMin articles. A byline, a station's tip
// line or its weather box recurs across an outlet's stories whatever they
// are about; the same event rarely fills such a share of one outlet's
// batch. Articles of an unknown outlet have none.
func furniture(ids []string, keys map[string][]string, outlet map[string]string, g grouping) map[string]map[string]bool {
	byOutlet := map[string][]string{}
	for _, id := range ids {
		if o := outlet[id]; o != "" {
			byOutlet[o] = append(byOutlet[o], id)
		}
	}
	out := map[string]map[string]bool{}
	for o, arts := range byOutlet {
		if len(arts) < g.furnitureMin {
			continue
		}
		count := map[string]int{}
		for _, id := range arts {
			for _, k := range keys[id] {
				count[k]++
			}
		}
		limit := g.furnitureShare * float64(len(arts))
		for k, c := range count {
			if float64(c) > limit && c >= 2 {
				if out[o] == nil {
					out[o] = map[string]bool{}
				}
				out[o][k] = true
			}
		}
	}
	return out
}

// keysField converts a stored keys field (a string or a list) to a slice.
func keysField(v interface{}) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []interface{}:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return []string{}
}

// docFreqs returns the document frequency of every key and the number of
// articles, from the keys field's term dictionary.
func (ix *Index) docFreqs() (map[string]int, int, error) {
	n, err := ix.docCount()
	if err != nil {
		return nil, 0, err
	}
	df, err := ix.fieldDocFreqs(fieldKeys)
	if err != nil {
		return nil, 0, err
	}
	return df, int(n), nil
}

// titleStories gives each story the title of its first article that has one.
func (ix *Index) titleStories(stories []Story) error {
	var ids []string
	for _, st := range stories {
		ids = append(ids, st.Articles...)
	}
	titles := map[string]string{}
	err := ix.fetch(ids, []string{fieldTitle}, func(id string, f map[string]interface{}) error {
		if t, ok := f[fieldTitle].(string); ok {
			titles[id] = t
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i := range stories {
		for _, a := range stories[i].Articles {
			if t := titles[a]; t != "" {
				stories[i].Title = t
				break
			}
		}
	}
	return nil
}

// storyID is "s-" and the first 12 hex digits of the SHA-256 of the story's
// smallest article id.
func storyID(first string) string {
	h := sha256.Sum256([]byte(first))
	return "s-" + hex.EncodeToString(h[:6])
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
