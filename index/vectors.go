package index

import (
	"math"
	"sort"
	"strings"
)

// idf is the weight of a key; generic keys weigh nothing.
//
// A key no other article has (df 1) can never be shared, so it weighs
// nothing either: counting it would only lengthen the vectors of long
// articles, and in a small batch, where most keys are unique, no two
// articles about the same story would reach the threshold.
func (s *storyState) idf(k string) (float64, error) {
	d, err := s.docFreq(k)
	if err != nil || d > s.maxDF || d < 2 {
		return 0, err
	}
	return math.Log(1 + float64(s.v.n)/float64(d)), nil
}

// vec is an article's weighted keys: only keys of positive weight, sorted,
// and the vector's squared length. Sorted keys make the similarity a merge
// and its sum the same, to the last bit, on every run.
type vec struct {
	k    []string
	w    []float64
	norm float64
	// names counts the article's names, weighted or not (see names).
	names int
}

// vecOf returns the weighted keys of a loaded article (nil when it is not
// in the index): each key's idf, or nothing for its outlet's furniture.
func (s *storyState) vecOf(id string) (*vec, error) {
	s.mu.Lock()
	v, ok := s.vecs[id]
	m := s.meta[id]
	s.mu.Unlock()
	if ok || m == nil {
		return v, nil
	}
	v = &vec{names: names(m.keys)}
	for _, k := range m.keys { // stored sorted
		if strings.HasPrefix(k, eventPrefix) {
			continue
		}
		w, err := s.idf(k)
		if err != nil {
			return nil, err
		}
		if w == 0 {
			continue
		}
		furn, err := s.isFurniture(m.outlet, k)
		if err != nil {
			return nil, err
		}
		if !furn {
			v.k = append(v.k, k)
			v.w = append(v.w, w)
			v.norm += w * w
		}
	}
	s.mu.Lock()
	s.vecs[id] = v
	s.mu.Unlock()
	return v, nil
}

// similarity is the weighted cosine of two articles' keys or, when one of
// them names at most shortKeys weighted names and at most briefNames names
// in all (a brief), the share of the brief's weight that the other holds: a
// short report of an event names little, and all of it is in the long
// reports. A full report whose names are mostly its own (weighing nothing,
// as no other article has them) is no brief: the few it shares, its city
// and its police, are what every report of the region names. It returns
// the cosine too.
func (s *storyState) similarity(a, b *vec) (sim, cos float64) {
	cos = cosine(a, b)
	short, long := a, b
	if len(b.k) < len(a.k) {
		short, long = b, a
	}
	if !s.brief(short) && s.brief(long) {
		short, long = long, short
	}
	if !s.brief(short) {
		return cos, cos
	}
	var in float64
	shared(short, long, func(i, _ int) { in += short.w[i] * short.w[i] })
	return max(cos, in/short.norm), cos
}

// brief reports whether an article names at most shortKeys weighted names
// and, with briefAll, at most briefNames names in all.
func (s *storyState) brief(v *vec) bool {
	return s.g.shortKeys > 0 && len(v.k) > 0 && len(v.k) <= s.g.shortKeys && (!s.g.briefAll || v.names <= s.g.briefNames)
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

// evidence counts what two articles share that says they report one
// event: the names they share (the shared weighted keys, except a single
// word that is part of a shared longer name, "barbee" beside "kevin
// barbee", and weak names, see weakName: two reports of a John are about
// two people as often as one), the ages they share beside a name, and one
// more when they name the same kind of event at one time (see
// sameKindAtTime).
// One shared name, be it a hospital, a suburb or a sheriff's office, is
// what unrelated stories of one region have in common; the same event
// shares several, or a place and its kind at its time. Without a name in
// common there is no evidence: a 17-year-old shot on the same day is in
// the news of many cities.
func (s *storyState) evidence(ma, mb *docMeta, a, b *vec) int {
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
	names, ages := 0, 0
	for _, k := range common {
		switch {
		case inSpan[k] || s.weakName(ma, mb, k):
		case strings.HasPrefix(k, agePrefix):
			ages++
		default:
			names++
		}
	}
	if names == 0 {
		return 0
	}
	n := names + ages
	if s.sameKindAtTime(ma, mb) {
		n++
	}
	return n
}

// weakName reports whether a name that two articles share says nothing of
// which event they report: a given name alone, a word of different longer
// names in each (see apart), a word either also writes in lower case (in a
// small index), or a name both give only at their edges (see edgeKeys).
func (s *storyState) weakName(ma, mb *docMeta, k string) bool {
	small := s.v.n < smallIndex
	switch {
	case s.kr.given[k]:
		return true
	case s.g.apartNames && small && strings.IndexByte(k, ' ') < 0 && s.apart(ma.keys, mb.keys, k):
		return true
	case s.g.commonWords && small && (containsSorted(ma.common, k) || containsSorted(mb.common, k)):
		return true
	}
	return s.g.edgeNames && containsSorted(ma.edge, k) && containsSorted(mb.edge, k)
}

// apart reports whether word w, which two articles share, is part of
// different names in each: both name it only inside longer names ("Jackson
// Memorial Hospital", "Stonewall Jackson Middle School"), each with a word
// of its own that no longer name with w of the other has. A longer name
// whose other words are all generic or given names ("Jackson County",
// "Brantford police", "Linda Barbee": the family of a Kevin Barbee) is w
// itself. Keys do not say whether a text also writes w alone; a word that
// stands alone in one text and in a longer name in both is taken as apart.
func (s *storyState) apart(a, b []string, w string) bool {
	wa, ok := s.namesWith(a, w)
	if !ok {
		return false
	}
	wb, ok := s.namesWith(b, w)
	if !ok {
		return false
	}
	for x := range wa {
		if wb[x] {
			return false
		}
	}
	return true
}

// namesWith returns the words beside w in the keys of several words that
// have it, generic words left out, and whether w appears only in such
// names, each with a word of its own beside it.
func (s *storyState) namesWith(keys []string, w string) (map[string]bool, bool) {
	var out map[string]bool
	for _, k := range keys {
		if strings.IndexByte(k, ' ') < 0 || strings.IndexByte(k, ':') >= 0 || !hasWords(k, w) {
			continue
		}
		own := false
		for _, x := range strings.Fields(k) {
			if x != w && s.kr.nameWord(x) && !s.kr.given[x] {
				if out == nil {
					out = map[string]bool{}
				}
				out[x] = true
				own = true
			}
		}
		if !own {
			return nil, false
		}
	}
	return out, out != nil
}

// sameKindAtTime reports whether two articles name a kind of event in
// common and were published within eventWindow days of each other (or one
// is undated). In a small index every shared name weighs alike, and two
// reports of different shootings in one city a week apart share as much as
// two reports of one: there the window is smallWindow days and one of the
// two must be short (naming at most briefNames names).
func (s *storyState) sameKindAtTime(a, b *docMeta) bool {
	w := s.g.eventWindow
	if s.v.n < smallIndex {
		if min(names(a.keys), names(b.keys)) > s.g.briefNames {
			return false
		}
		w = s.g.smallWindow
	}
	if a.published.IsZero() || b.published.IsZero() {
		if !s.g.undatedEvent {
			return false
		}
	} else if d := a.published.Sub(b.published).Hours() / 24; d < -w || d > w {
		return false
	}
	if s.g.leadKind && s.v.n < smallIndex && !sharesAny(a.lead, b.keys) && !sharesAny(a.keys, b.lead) {
		return false
	}
	i, j := sort.SearchStrings(a.keys, eventPrefix), sort.SearchStrings(b.keys, eventPrefix)
	for i < len(a.keys) && j < len(b.keys) && strings.HasPrefix(a.keys[i], eventPrefix) && strings.HasPrefix(b.keys[j], eventPrefix) {
		switch {
		case a.keys[i] < b.keys[j]:
			i++
		case a.keys[i] > b.keys[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// names counts the keys that are names (not ages or kinds of events).
func names(keys []string) int {
	n := 0
	for _, k := range keys {
		if !strings.HasPrefix(k, agePrefix) && !strings.HasPrefix(k, eventPrefix) {
			n++
		}
	}
	return n
}
