package index

import (
	"math"
	"sort"
	"strings"
)

// cand is a candidate article, its similarity and the cosine of the two
// articles' keys (the same unless one of them is a brief).
type cand struct {
	id     string
	score  float64
	cosine float64
}

// neighboursOf returns id's list: among the articles sharing its rarest
// keys, the candidates best scored by the weights of the keys they share
// and the length of their key lists, those whose similarity reaches the
// threshold with enough evidence, best listK first.
func (s *storyState) neighboursOf(id string) ([]cand, error) {
	m := s.metaOf(id)
	if m == nil {
		return nil, nil
	}
	q, posts, err := s.rarest(m)
	if err != nil || len(q) == 0 {
		return nil, err
	}
	type scored struct {
		r     ref
		sum   float64
		norm  float64
		score float64
		id    string
	}
	// Sized once for every posting the keys can give: growing the map
	// while scoring is most of this function's cost on a large batch.
	all := make([]scored, 0, posts)
	at := make(map[ref]int, posts)
	for _, k := range q {
		w, err := s.idf(k)
		if err != nil {
			return nil, err
		}
		err = s.v.postings(k, func(r ref, norm float64) {
			i, ok := at[r]
			if !ok {
				i = len(all)
				at[r] = i
				all = append(all, scored{r: r, norm: norm})
			}
			all[i].sum += w
		})
		if err != nil {
			return nil, err
		}
	}
	scores := make([]float64, len(all))
	for i := range all {
		all[i].score = all[i].sum * all[i].norm
		scores[i] = all[i].score
	}
	// The article itself is among the hits: take one more than wanted, and
	// every hit tied with the last one taken, then order ties by id.
	if take := s.g.candidates + 1; len(all) > take {
		cut := kthLargest(scores, take)
		kept := all[:0]
		for _, h := range all {
			if h.score >= cut {
				kept = append(kept, h)
			}
		}
		all = kept
	}
	for i := range all {
		if all[i].id, err = s.v.externalID(all[i].r); err != nil {
			return nil, err
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].id < all[j].id
	})
	ids := make([]string, 0, len(all))
	for _, h := range all {
		if h.id != id && len(ids) < s.g.candidates {
			ids = append(ids, h.id)
		}
	}
	if err := s.load(ids); err != nil {
		return nil, err
	}
	va, err := s.vecOf(id)
	if err != nil {
		return nil, err
	}
	var cs []cand
	for _, c := range ids {
		vb, err := s.vecOf(c)
		if err != nil {
			return nil, err
		}
		if vb == nil {
			continue
		}
		mc := s.metaOf(c)
		if sc, cos := s.similarity(va, vb); sc >= s.thresholdFor(m, mc) && s.evidence(m, mc, va, vb) >= s.g.minEvidence {
			cs = append(cs, cand{c, sc, cos})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].id < cs[j].id
	})
	if len(cs) > s.g.listK {
		cs = cs[:s.g.listK]
	}
	return cs, nil
}

// rarest returns up to queryKeys of an article's keys that other articles
// share (df >= 2) and that are neither generic, too common to look up, nor
// its outlet's furniture, rarest first, and how many postings they hold.
func (s *storyState) rarest(m *docMeta) ([]string, int, error) {
	type kd struct {
		k  string
		df int
	}
	var q []kd
	limit := min(s.maxDF, s.g.queryMaxDF)
	for _, k := range m.keys {
		if strings.HasPrefix(k, eventPrefix) {
			continue
		}
		d, err := s.docFreq(k)
		if err != nil {
			return nil, 0, err
		}
		if d < 2 || d > limit {
			continue
		}
		furn, err := s.isFurniture(m.outlet, k)
		if err != nil {
			return nil, 0, err
		}
		if !furn {
			q = append(q, kd{k, d})
		}
	}
	sort.Slice(q, func(i, j int) bool {
		if q[i].df != q[j].df {
			return q[i].df < q[j].df
		}
		return q[i].k < q[j].k
	})
	out := make([]string, 0, min(len(q), s.g.queryKeys))
	posts := 0
	for i := 0; i < len(q) && i < s.g.queryKeys; i++ {
		out = append(out, q[i].k)
		posts += q[i].df
	}
	return out, posts, nil
}

// docFreq is the number of articles in the view with key k.
func (s *storyState) docFreq(k string) (int, error) {
	s.mu.Lock()
	d, ok := s.df[k]
	s.mu.Unlock()
	if ok {
		return d, nil
	}
	d, err := s.v.docFreq(k)
	if err != nil {
		return 0, err
	}
	s.mu.Lock()
	s.df[k] = d
	s.mu.Unlock()
	return d, nil
}

// thresholdFor is the similarity two articles need: lower when they were
// published within nearDays of each other, as reports of one event mostly
// are, and higher when they are more than farDays apart, as unrelated
// reports that share a place mostly are. Articles that give the ages of
// the people involved, none in common, need ageThresh unless they are far
// apart, and in a small index even when they are near: a desk's day of
// wire holds many shootings of one city, told on the same day, whose
// victims' ages tell them apart.
func (s *storyState) thresholdFor(a, b *docMeta) float64 {
	if !a.published.IsZero() && !b.published.IsZero() {
		d := math.Abs(a.published.Sub(b.published).Hours() / 24)
		switch {
		case s.g.nearDays > 0 && d <= s.g.nearDays:
			if s.g.nearAges && s.v.n < smallIndex && s.g.ageThresh > 0 && disjointAges(a.keys, b.keys) {
				return max(s.g.nearThresh, s.g.ageThresh)
			}
			return s.g.nearThresh
		case s.g.farDays > 0 && d > s.g.farDays:
			return s.g.farThresh
		}
	}
	if s.g.ageThresh > 0 && disjointAges(a.keys, b.keys) {
		return max(s.g.threshold, s.g.ageThresh)
	}
	return s.g.threshold
}

// disjointAges reports whether both key lists give ages and share none:
// two reports that name the ages of the people involved, all different,
// are mostly about different people.
func disjointAges(a, b []string) bool {
	i, j := sort.SearchStrings(a, agePrefix), sort.SearchStrings(b, agePrefix)
	has := func(keys []string, k int) bool { return k < len(keys) && strings.HasPrefix(keys[k], agePrefix) }
	if !has(a, i) || !has(b, j) {
		return false
	}
	for has(a, i) && has(b, j) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return false
		}
	}
	return true
}

// kthLargest returns the k-th largest of xs (1 for the largest), leaving
// xs reordered.
func kthLargest(xs []float64, k int) float64 {
	lo, hi, want := 0, len(xs)-1, k-1
	for lo < hi {
		p := xs[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for xs[i] > p {
				i++
			}
			for xs[j] < p {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case want <= j:
			hi = j
		case want >= i:
			lo = i
		default:
			return xs[want]
		}
	}
	return xs[want]
}
