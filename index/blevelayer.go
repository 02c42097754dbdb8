package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"
)

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
	return fetch(b.bl, ids, []string{fieldKeys, fieldLead, fieldCommon, fieldEdge, fieldOutlet, fieldTitle, fieldPublished}, func(id string, f map[string]interface{}) error {
		m := docMeta{keys: keysField(f[fieldKeys]), lead: sortedKeysField(f[fieldLead]),
			common: sortedKeysField(f[fieldCommon]), edge: sortedKeysField(f[fieldEdge])}
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

// sortedKeysField is keysField sorted (empty when the field is absent).
func sortedKeysField(v interface{}) []string {
	ks := keysField(v)
	sort.Strings(ks)
	return ks
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
