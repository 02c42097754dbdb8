package index

import "time"

// docMeta is what story grouping reads of one article.
type docMeta struct {
	keys      []string
	lead      []string // the name keys its lead holds (see leadKeys)
	common    []string // the keys of words it also writes in lower case (see articleKeys)
	edge      []string // the name keys it names only at its edges (see edgeKeys)
	outlet    string
	title     string
	published time.Time
}

// layer is one store of articles that story grouping reads: the articles
// added in this process (memLayer) or an index on disk (bleveLayer).
// Counts are of live articles only; docs are a layer's own numbers.
type layer interface {
	count() int
	docFreq(key string) (int, error)
	outletFreq(outlet string) (int, error)
	outletKeyFreq(outlet, key string) (int, error)
	// postings calls fn with each article that has key, and its norm
	// (float32(1/sqrt(number of keys)), as bleve stores it).
	postings(key string, fn func(doc uint64, norm float64)) error
	externalID(doc uint64) (string, error)
	// lookup returns the layer's number of the article with id.
	lookup(id string) (uint64, bool, error)
	meta(ids []string, fn func(id string, m docMeta)) error
}

// ref names an article inside a view: its layer and its number there.
type ref struct {
	layer int
	doc   uint64
}

// view is the set of articles grouping sees: its layers, top first, where
// an article of an upper layer hides the article of the same id below (a
// dry run's new version of an archived article).
type view struct {
	layers []layer
	// hidden are the hidden articles of each lower layer, and hiddenMeta
	// what they would have counted.
	hidden     []map[uint64]bool
	hiddenMeta []docMeta
	n          int
	closers    []*bleveLayer
}

// newView builds the view of layers, top first.
func newView(layers ...layer) (*view, error) {
	v := &view{layers: layers, hidden: make([]map[uint64]bool, len(layers))}
	for _, l := range layers {
		v.n += l.count()
	}
	if len(layers) < 2 {
		return v, nil
	}
	top, ok := layers[0].(*memLayer)
	if !ok {
		return v, nil
	}
	top.mu.Lock()
	var ids []string
	for n, id := range top.ids {
		if !top.dead[n] {
			ids = append(ids, id)
		}
	}
	top.mu.Unlock()
	for li := 1; li < len(layers); li++ {
		l := layers[li]
		var shadowed []string
		for _, id := range ids {
			doc, ok, err := l.lookup(id)
			if err != nil {
				return nil, err
			}
			if ok {
				if v.hidden[li] == nil {
					v.hidden[li] = map[uint64]bool{}
				}
				v.hidden[li][doc] = true
				shadowed = append(shadowed, id)
				v.n--
			}
		}
		if err := l.meta(shadowed, func(_ string, m docMeta) { v.hiddenMeta = append(v.hiddenMeta, m) }); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// sum adds a count over the layers and takes away what hidden articles
// would have added.
func (v *view) sum(of func(l layer) (int, error), hidden func(m *docMeta) int) (int, error) {
	t := 0
	for _, l := range v.layers {
		c, err := of(l)
		if err != nil {
			return 0, err
		}
		t += c
	}
	for i := range v.hiddenMeta {
		t -= hidden(&v.hiddenMeta[i])
	}
	return t, nil
}

func (v *view) docFreq(key string) (int, error) {
	return v.sum(func(l layer) (int, error) { return l.docFreq(key) },
		func(m *docMeta) int { return boolInt(containsSorted(m.keys, key)) })
}

func (v *view) outletFreq(outlet string) (int, error) {
	return v.sum(func(l layer) (int, error) { return l.outletFreq(outlet) },
		func(m *docMeta) int { return boolInt(m.outlet == outlet) })
}

func (v *view) outletKeyFreq(outlet, key string) (int, error) {
	return v.sum(func(l layer) (int, error) { return l.outletKeyFreq(outlet, key) },
		func(m *docMeta) int { return boolInt(m.outlet == outlet && containsSorted(m.keys, key)) })
}

// postings calls fn with each visible article that has key.
func (v *view) postings(key string, fn func(r ref, norm float64)) error {
	for li, l := range v.layers {
		hid := v.hidden[li]
		err := l.postings(key, func(doc uint64, norm float64) {
			if !hid[doc] {
				fn(ref{li, doc}, norm)
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (v *view) externalID(r ref) (string, error) { return v.layers[r.layer].externalID(r.doc) }

// meta calls fn with what grouping reads of each visible article of ids.
func (v *view) meta(ids []string, fn func(id string, m docMeta)) error {
	todo := ids
	for _, l := range v.layers {
		if len(todo) == 0 {
			return nil
		}
		found := map[string]bool{}
		if err := l.meta(todo, func(id string, m docMeta) { found[id] = true; fn(id, m) }); err != nil {
			return err
		}
		var rest []string
		for _, id := range todo {
			if !found[id] {
				rest = append(rest, id)
			}
		}
		todo = rest
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// containsSorted reports whether the sorted keys hold k.
func containsSorted(keys []string, k string) bool {
	lo, hi := 0, len(keys)
	for lo < hi {
		m := (lo + hi) / 2
		if keys[m] < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(keys) && keys[lo] == k
}

// view opens the view of the index's articles for one grouping: the
// memory layer, the index on disk, or an overlay's memory layer above its
// archive. Close it when done.
func (ix *Index) view() (*view, error) {
	var ls []layer
	if ix.mem != nil {
		ls = append(ls, ix.mem)
	}
	disk := ix.base
	if ix.mem == nil {
		disk = ix.bl
	}
	var bl *bleveLayer
	if disk != nil {
		var err error
		if bl, err = openBleveLayer(disk); err != nil {
			return nil, err
		}
		ls = append(ls, bl)
	}
	v, err := newView(ls...)
	if err != nil {
		if bl != nil {
			bl.close()
		}
		return nil, err
	}
	v.closers = append(v.closers, bl)
	return v, nil
}

// close releases the view's snapshots.
func (v *view) close() {
	for _, c := range v.closers {
		if c != nil {
			c.close()
		}
	}
}
