package index

import (
	"math"
	"sync"
)

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
