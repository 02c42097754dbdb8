package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
)

// groupSize is how many articles go into one bleve batch on disk. Each
// batch is applied atomically, and holds whole articles only.
const groupSize = 500

// memGroupSize is the batch size in memory. An in-memory scorch index does
// not merge its segments, and every batch is one more segment that each
// term lookup visits, so fewer, larger batches make grouping queries
// several times faster; there is no crash to be atomic against.
const memGroupSize = 8000

// blob is the stored, unindexed part of an article document.
type blob struct {
	Article *article.Article `json:"article"`
	Claims  []claims.Claim   `json:"claims,omitempty"`
}

// Add indexes docs. Re-adding an article with the same id and Hash changes
// nothing; an article whose Hash changed replaces its old document and
// claims. An article without a Hash gets one computed from its content.
// When an id occurs more than once in docs the last one wins.
//
// Atomicity: an article and all its claims are one bleve document, and
// documents are written in batches of whole articles. A scorch batch becomes
// visible and durable as a unit (its new segment and the deletion of the
// replaced documents are recorded in one snapshot transaction of the root
// bolt file, and Batch returns only once that is persisted), so a run killed
// during Add leaves each article as it was before or after, never half.
func (ix *Index) Add(docs []Doc) (AddStats, error) {
	var st AddStats
	if ix.ro {
		return st, errors.New("index: Add on a read-only index")
	}
	ix.wmu.Lock()
	defer ix.wmu.Unlock()

	last := make(map[string]int, len(docs))
	for i, d := range docs {
		if d.Article == nil || d.Article.ID == "" {
			return st, fmt.Errorf("index: Add: doc %d has no article id", i)
		}
		last[d.Article.ID] = i
	}
	uniq := make([]Doc, 0, len(last))
	for i, d := range docs {
		if last[d.Article.ID] == i {
			uniq = append(uniq, d)
		}
	}
	n, err := ix.docCount()
	if err != nil {
		return st, err
	}
	size := groupSize
	if ix.dir == "" {
		size = memGroupSize
	}
	for lo := 0; lo < len(uniq); lo += size {
		hi := min(lo+size, len(uniq))
		if err := ix.addGroup(uniq[lo:hi], n > 0, &st); err != nil {
			return st, err
		}
	}
	return st, nil
}

// addGroup writes one batch of whole articles.
func (ix *Index) addGroup(group []Doc, lookup bool, st *AddStats) error {
	hashes := make([]string, len(group))
	for i, d := range group {
		hashes[i] = d.Article.Hash
		if hashes[i] == "" {
			hashes[i] = contentHash(d)
		}
	}
	old := map[string]string{}
	if lookup {
		ids := make([]string, len(group))
		for i, d := range group {
			ids[i] = d.Article.ID
		}
		var err error
		if old, err = ix.storedHashes(ids); err != nil {
			return err
		}
	}
	todo := make([]int, 0, len(group))
	for i, d := range group {
		h, ok := old[d.Article.ID]
		switch {
		case ok && h == hashes[i]:
			st.Unchanged++
		case ok:
			st.Replaced++
			todo = append(todo, i)
		default:
			st.Added++
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	fields := make([]map[string]interface{}, len(todo))
	errs := make([]error, len(todo))
	parallel(len(todo), func(k int) {
		fields[k], errs[k] = articleFields(group[todo[k]], hashes[todo[k]], !ix.noStore)
	})
	b := ix.bl.NewBatch()
	for k, i := range todo {
		if errs[k] != nil {
			return errs[k]
		}
		if err := b.Index(group[i].Article.ID, fields[k]); err != nil {
			return fmt.Errorf("index: article %s: %w", group[i].Article.ID, err)
		}
		st.Claims += len(group[i].Claims)
	}
	if err := ix.bl.Batch(b); err != nil {
		return fmt.Errorf("index: write batch: %w", err)
	}
	return nil
}

// articleFields builds the bleve document of one article.
//
// The stored blob of metadata and claims is what Load reads back; with
// Options.NoStore it is left out.
func articleFields(d Doc, hash string, store bool) (map[string]interface{}, error) {
	a := *d.Article
	a.Hash = hash
	var js []byte
	if store {
		var err error
		if js, err = json.Marshal(blob{Article: &a, Claims: d.Claims}); err != nil {
			return nil, fmt.Errorf("index: article %s: %w", a.ID, err)
		}
	}
	kinds := map[string]bool{}
	var kindList []string
	var terms []string
	seen := map[string]bool{}
	for i := range d.Claims {
		c := &d.Claims[i]
		if k := string(c.Kind); !kinds[k] {
			kinds[k] = true
			kindList = append(kindList, k)
		}
		for _, t := range claimTerms(c) {
			if !seen[t] {
				seen[t] = true
				terms = append(terms, t)
			}
		}
	}
	return map[string]interface{}{
		fieldType:       typeArticle,
		fieldID:         a.ID,
		fieldHash:       hash,
		fieldKeys:       Keys(d.Article),
		fieldOutlet:     Outlet(d.Article),
		fieldClaimKinds: kindList,
		fieldClaimTerms: terms,
		fieldBlob:       string(js),
		fieldTitle:      a.Title,
	}, nil
}

// contentHash identifies an article's content when the reader gave no Hash.
func contentHash(d Doc) string {
	h := sha256.New()
	a := d.Article
	for _, s := range []string{a.Title, a.Source, a.URL, a.Published.UTC().String(), a.Text} {
		fmt.Fprintf(h, "%d:%s", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// storedHashes returns the stored hash of each of ids that is in the index.
func (ix *Index) storedHashes(ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	err := ix.fetch(ids, []string{fieldHash}, func(id string, f map[string]interface{}) error {
		if h, ok := f[fieldHash].(string); ok {
			out[id] = h
		}
		return nil
	})
	return out, err
}

// fetch looks up documents by id and calls fn with the requested stored
// fields of each one found.
func (ix *Index) fetch(ids []string, fields []string, fn func(id string, f map[string]interface{}) error) error {
	const chunk = 1000
	for lo := 0; lo < len(ids); lo += chunk {
		part := ids[lo:min(lo+chunk, len(ids))]
		req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(part), len(part), 0, false)
		req.Fields = fields
		req.SortBy([]string{"_id"})
		res, err := ix.searcher().Search(req)
		if err != nil {
			return fmt.Errorf("index: lookup: %w", err)
		}
		for _, h := range res.Hits {
			if err := fn(h.ID, h.Fields); err != nil {
				return err
			}
		}
	}
	return nil
}

// parallel runs fn(0..n-1) on all cores.
func parallel(n int, fn func(i int)) {
	w := min(runtime.GOMAXPROCS(0), n)
	if w <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}
