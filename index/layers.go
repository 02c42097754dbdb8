package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"
)

// docMeta is what story grouping reads of one article.
type docMeta struct {
	keys      []string
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

// keyNorm is the norm of an article with n keys, rounded as bleve rounds
// it, so that every layer scores candidates to the same bit.
func keyNorm(n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(float32(1 / math.Sqrt(float64(n))))
}

// memLayer holds what grouping needs of the articles added in this
// process: their keys, outlets and postings, in Go maps.
type memLayer struct {
	mu       sync.Mutex
	ids      []string
	byID     map[string]uint64
	docs     []docMeta
	norms    []float64
	hashes   []string
	dead     []bool
	post     map[string][]uint64
	df       map[string]int
	byOutlet map[string]int
	// outletKeys counts, by outlet, the live articles that have each key;
	// built on first use and dropped when an article is added.
	outletKeys map[string]map[string]int
	live       int
}

func newMemLayer() *memLayer {
	return &memLayer{byID: map[string]uint64{}, post: map[string][]uint64{}, df: map[string]int{},
		byOutlet: map[string]int{}, outletKeys: map[string]map[string]int{}}
}

// add records one article, replacing an earlier one with the same id. It
// reports whether the id was there and with which hash.
func (m *memLayer) add(id, hash string, d docMeta) (old string, had bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if n, ok := m.byID[id]; ok && !m.dead[n] {
		old, had = m.hashes[n], true
		if old == hash {
			return old, had
		}
		m.dead[n] = true
		m.live--
		for _, k := range m.docs[n].keys {
			m.df[k]--
		}
		m.byOutlet[m.docs[n].outlet]--
	}
	n := uint64(len(m.ids))
	m.ids = append(m.ids, id)
	m.docs = append(m.docs, d)
	m.norms = append(m.norms, keyNorm(len(d.keys)))
	m.hashes = append(m.hashes, hash)
	m.dead = append(m.dead, false)
	m.byID[id] = n
	m.live++
	for _, k := range d.keys {
		m.post[k] = append(m.post[k], n)
		m.df[k]++
	}
	m.byOutlet[d.outlet]++
	clear(m.outletKeys)
	return old, had
}

func (m *memLayer) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.live
}

func (m *memLayer) docFreq(key string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.df[key], nil
}

func (m *memLayer) outletFreq(outlet string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.byOutlet[outlet], nil
}

func (m *memLayer) outletKeyFreq(outlet, key string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.outletKeys[outlet]
	if !ok {
		c = map[string]int{}
		for n, d := range m.docs {
			if d.outlet == outlet && !m.dead[n] {
				for _, k := range d.keys {
					c[k]++
				}
			}
		}
		m.outletKeys[outlet] = c
	}
	return c[key], nil
}

func (m *memLayer) postings(key string, fn func(doc uint64, norm float64)) error {
	m.mu.Lock()
	docs := m.post[key]
	m.mu.Unlock()
	for _, n := range docs {
		if !m.dead[n] {
			fn(n, m.norms[n])
		}
	}
	return nil
}

func (m *memLayer) externalID(doc uint64) (string, error) { return m.ids[doc], nil }

func (m *memLayer) lookup(id string) (uint64, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n, ok := m.byID[id]
	return n, ok && !m.dead[n], nil
}

func (m *memLayer) meta(ids []string, fn func(id string, d docMeta)) error {
	for _, id := range ids {
		if n, ok, _ := m.lookup(id); ok {
			fn(id, m.docs[n])
		}
	}
	return nil
}

// bleveLayer reads an index on disk through one snapshot, so that every
// number it gives belongs to the same state of the index. Document
// frequencies come from each term's postings: the term dictionary's
// counts are not kept by merged segments.
type bleveLayer struct {
	bl bleve.Index
	r  bindex.IndexReader
	n  int

	mu sync.Mutex
	df map[string]int
}

// openBleveLayer takes a snapshot of bl; close it with close.
func openBleveLayer(bl bleve.Index) (*bleveLayer, error) {
	adv, err := bl.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	n, err := r.DocCount()
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("index: %w", err)
	}
	return &bleveLayer{bl: bl, r: r, n: int(n), df: map[string]int{}}, nil
}

func (b *bleveLayer) close() error { return b.r.Close() }

func (b *bleveLayer) count() int { return b.n }

// termCount is the number of live articles with term in field.
func (b *bleveLayer) termCount(field, term string) (int, error) {
	ck := field + "\x00" + term
	b.mu.Lock()
	c, ok := b.df[ck]
	b.mu.Unlock()
	if ok {
		return c, nil
	}
	tfr, err := b.r.TermFieldReader(context.Background(), []byte(term), field, false, false, false)
	if err != nil {
		return 0, fmt.Errorf("index: %s: %w", field, err)
	}
	c = int(tfr.Count())
	tfr.Close()
	b.mu.Lock()
	b.df[ck] = c
	b.mu.Unlock()
	return c, nil
}

func (b *bleveLayer) docFreq(key string) (int, error) { return b.termCount(fieldKeys, key) }

func (b *bleveLayer) outletFreq(outlet string) (int, error) { return b.termCount(fieldOutlet, outlet) }

func (b *bleveLayer) outletKeyFreq(outlet, key string) (int, error) {
	return b.termCount(fieldOutletKeys, outletKey(outlet, key))
}

func (b *bleveLayer) postings(key string, fn func(doc uint64, norm float64)) error {
	tfr, err := b.r.TermFieldReader(context.Background(), []byte(key), fieldKeys, false, true, false)
	if err != nil {
		return fmt.Errorf("index: keys: %w", err)
	}
	defer tfr.Close()
	var d bindex.TermFieldDoc
	for {
		next, err := tfr.Next(d.Reset())
		if err != nil {
			return fmt.Errorf("index: keys: %w", err)
		}
		if next == nil {
			return nil
		}
		fn(binary.BigEndian.Uint64(next.ID), next.Norm)
	}
}

func (b *bleveLayer) externalID(doc uint64) (string, error) {
	var id [8]byte
	binary.BigEndian.PutUint64(id[:], doc)
	return b.r.ExternalID(id[:])
}

func (b *bleveLayer) lookup(id string) (uint64, bool, error) {
	iid, err := b.r.InternalID(id)
	if err != nil {
		return 0, false, fmt.Errorf("index: %w", err)
	}
	if len(iid) != 8 {
		return 0, false, nil
	}
	return binary.BigEndian.Uint64(iid), true, nil
}

func (b *bleveLayer) meta(ids []string, fn func(id string, m docMeta)) error {
	return fetch(b.bl, ids, []string{fieldKeys, fieldOutlet, fieldTitle, fieldPublished}, func(id string, f map[string]interface{}) error {
		m := docMeta{keys: keysField(f[fieldKeys])}
		m.outlet, _ = f[fieldOutlet].(string)
		m.title, _ = f[fieldTitle].(string)
		if p, ok := f[fieldPublished].(string); ok {
			m.published, _ = time.Parse(time.DateOnly, p)
		}
		fn(id, m)
		return nil
	})
}

// outletKey is the term that says an article of outlet has key.
func outletKey(outlet, key string) string { return outlet + "\x00" + key }

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
