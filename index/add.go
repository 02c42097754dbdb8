package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/internal/pool"
)

// groupSize is how many articles go into one bleve batch on disk. Each
// batch is applied atomically, and holds whole articles only.
const groupSize = 500

// memGroupSize is the batch size of the stored articles of an index in
// memory: there is no crash to be atomic against, and fewer segments make
// lookups faster.
const memGroupSize = 8000

// blob is the stored, unindexed part of an article document: the whole
// article, its text and line map included (which its JSON form leaves
// out), so that an archived article is compared and reported as it was
// when it arrived.
type blob struct {
	Article *article.Article    `json:"article"`
	Text    string              `json:"text,omitempty"`
	Lines   []article.LineStart `json:"lines,omitempty"`
	Claims  []claims.Claim      `json:"claims,omitempty"`
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
//
// An index in memory, and the memory layer of an overlay, keep what story
// grouping reads in Go maps; bleve then holds only the stored articles
// (nothing with Options.NoStore, nothing in an overlay).
//
// When ctx is cancelled, Add stops before the next batch and returns ctx's
// error with the counts of what it wrote: the articles of the batches
// written are in the index whole, the others as they were.
func (ix *Index) Add(ctx context.Context, docs []Doc) (AddStats, error) {
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
	if ix.mem != nil {
		return st, ix.addMem(ctx, uniq, &st)
	}
	n, err := ix.docCount()
	if err != nil {
		return st, err
	}
	for lo := 0; lo < len(uniq); lo += groupSize {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		hi := min(lo+groupSize, len(uniq))
		if err := ix.addGroup(ctx, uniq[lo:hi], n > 0, &st); err != nil {
			return st, err
		}
		testHookGroupWritten()
	}
	return st, nil
}

// addMem adds docs to the memory layer and, for an index in memory that
// stores articles, their documents to bleve.
func (ix *Index) addMem(ctx context.Context, docs []Doc, st *AddStats) error {
	metas := make([]docMeta, len(docs))
	hashes := make([]string, len(docs))
	err := pool.Each(ctx, len(docs), ix.workers, docName(docs), func(i int) {
		metas[i] = ix.metaOf(docs[i].Article)
		hashes[i] = docs[i].Article.Hash
		if hashes[i] == "" {
			hashes[i] = contentHash(docs[i])
		}
	}, nil)
	if err != nil {
		return err
	}
	var changed []Doc
	var changedMeta []docMeta
	for i, d := range docs {
		old, had := ix.mem.add(d.Article.ID, hashes[i], metas[i])
		if !st.count(old, had, hashes[i], len(d.Claims)) {
			continue
		}
		changed = append(changed, d)
		changedMeta = append(changedMeta, metas[i])
	}
	if ix.noStore || ix.base != nil || len(changed) == 0 {
		return nil
	}
	for lo := 0; lo < len(changed); lo += memGroupSize {
		hi := min(lo+memGroupSize, len(changed))
		if err := ix.writeGroup(ctx, changed[lo:hi], nil, changedMeta[lo:hi]); err != nil {
			return err
		}
	}
	return nil
}

// testHookGroupWritten is called after each batch Add writes to disk; a
// test replaces it to cancel a run between batches.
var testHookGroupWritten = func() {}

// docName names docs[i] in the report of a panic.
func docName(docs []Doc) func(i int) string {
	return func(i int) string { return "article " + docs[i].Article.ID }
}

// count counts one document of Add whose stored hash is old (had: one was
// stored) and whose hash is now h, with its claims; it reports whether
// the document is to be written: not when it is unchanged.
func (st *AddStats) count(old string, had bool, h string, claims int) bool {
	switch {
	case had && old == h:
		st.Unchanged++
		return false
	case had:
		st.Replaced++
	default:
		st.Added++
	}
	st.Claims += claims
	return true
}

// metaOf computes what story grouping reads of an article.
func (ix *Index) metaOf(a *article.Article) docMeta {
	k := ix.keys.analyse(a)
	m := docMeta{keys: k.keys, lead: k.lead, common: k.common, edge: k.edge, outlet: Outlet(a), title: a.Title}
	if a.HasDate() {
		m.published = a.Published.UTC().Truncate(24 * time.Hour)
	}
	return m
}

// addGroup writes one batch of whole articles to the index on disk.
func (ix *Index) addGroup(ctx context.Context, group []Doc, lookup bool, st *AddStats) error {
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
	todo := make([]Doc, 0, len(group))
	var todoHashes []string
	for i, d := range group {
		h, ok := old[d.Article.ID]
		if !st.count(h, ok, hashes[i], len(d.Claims)) {
			continue
		}
		todo = append(todo, d)
		todoHashes = append(todoHashes, hashes[i])
	}
	if len(todo) == 0 {
		return nil
	}
	return ix.writeGroup(ctx, todo, todoHashes, nil)
}

// writeGroup writes docs to bleve in one batch; hashes and metas are
// theirs, or nil to compute them.
func (ix *Index) writeGroup(ctx context.Context, docs []Doc, hashes []string, metas []docMeta) error {
	fields := make([]map[string]interface{}, len(docs))
	errs := make([]error, len(docs))
	err := pool.Each(ctx, len(docs), ix.workers, docName(docs), func(k int) {
		h := docs[k].Article.Hash
		if hashes != nil {
			h = hashes[k]
		} else if h == "" {
			h = contentHash(docs[k])
		}
		var m docMeta
		if metas != nil {
			m = metas[k]
		} else {
			m = ix.metaOf(docs[k].Article)
		}
		fields[k], errs[k] = articleFields(docs[k], h, m)
	}, nil)
	if err != nil {
		return err
	}
	b := ix.bl.NewBatch()
	for k, d := range docs {
		if errs[k] != nil {
			return errs[k]
		}
		if err := b.Index(d.Article.ID, fields[k]); err != nil {
			return fmt.Errorf("index: article %s: %w", d.Article.ID, err)
		}
	}
	if err := ix.bl.Batch(b); err != nil {
		return fmt.Errorf("index: write batch: %w", err)
	}
	return nil
}

// articleFields builds the bleve document of one article: what grouping
// reads (keys, outlet, the outlet's keys, title, date) and the stored blob
// of metadata and claims that Load reads back.
func articleFields(d Doc, hash string, m docMeta) (map[string]interface{}, error) {
	a := *d.Article
	a.Hash = hash
	js, err := json.Marshal(blob{Article: &a, Text: a.Text, Lines: a.Lines, Claims: d.Claims})
	if err != nil {
		return nil, fmt.Errorf("index: article %s: %w", a.ID, err)
	}
	f := map[string]interface{}{
		fieldType:   typeArticle,
		fieldID:     a.ID,
		fieldHash:   hash,
		fieldKeys:   m.keys,
		fieldOutlet: m.outlet,
		fieldBlob:   string(js),
		fieldTitle:  a.Title,
	}
	if m.outlet != "" {
		ok := make([]string, len(m.keys))
		for i, k := range m.keys {
			ok[i] = outletKey(m.outlet, k)
		}
		f[fieldOutletKeys] = ok
	}
	if len(m.lead) > 0 {
		f[fieldLead] = m.lead
	}
	if len(m.common) > 0 {
		f[fieldCommon] = m.common
	}
	if len(m.edge) > 0 {
		f[fieldEdge] = m.edge
	}
	if !m.published.IsZero() {
		f[fieldPublished] = m.published.Format(time.DateOnly)
	}
	return f, nil
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

// fetch looks up documents by id in bl and calls fn with the requested
// stored fields of each one found.
func fetch(bl bleve.Index, ids []string, fields []string, fn func(id string, f map[string]interface{}) error) error {
	const chunk = 1000
	for lo := 0; lo < len(ids); lo += chunk {
		part := ids[lo:min(lo+chunk, len(ids))]
		req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(part), len(part), 0, false)
		req.Fields = fields
		req.SortBy([]string{"_id"})
		res, err := bl.Search(req)
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

// fetch looks up documents by id in every stored layer.
func (ix *Index) fetch(ids []string, fields []string, fn func(id string, f map[string]interface{}) error) error {
	return fetch(ix.searcher(), ids, fields, fn)
}
