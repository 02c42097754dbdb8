package index

import (
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/newsdesk/crosscheck/claims"
)

// FindClaims returns up to limit stored claims of the given kind whose
// subject shares at least one of terms (subject texts, entities, events,
// places or words; matched whole and word by word, case-insensitively),
// best match first, leaving out the claims of the articles in exclude. It is
// for aligning a new claim against the archive: bleve finds the articles
// holding such claims, and the claims are then ranked by how many of the
// query's terms their subject shares (ties by claim id).
func (ix *Index) FindClaims(kind string, terms []string, exclude []string, limit int) ([]claims.Claim, error) {
	if limit <= 0 || len(terms) == 0 {
		return nil, nil
	}
	want := map[string]bool{}
	var qs []query.Query
	for _, t := range terms {
		for _, n := range normTerms(t) {
			key := kind + "|" + n
			if want[key] {
				continue
			}
			want[key] = true
			tq := query.NewTermQuery(key)
			tq.SetField(fieldClaimTerms)
			qs = append(qs, tq)
		}
	}
	if len(qs) == 0 {
		return nil, nil
	}
	kq := query.NewTermQuery(kind)
	kq.SetField(fieldClaimKinds)
	bq := query.NewBooleanQuery([]query.Query{kq}, qs, nil)
	if len(exclude) > 0 {
		bq.AddMustNot(query.NewDocIDQuery(exclude))
	}
	size := max(limit, 20)
	req := bleve.NewSearchRequestOptions(bq, size, 0, false)
	req.Fields = []string{fieldBlob}
	res, err := ix.searcher().Search(req)
	if err != nil {
		return nil, fmt.Errorf("index: find claims: %w", err)
	}
	type scored struct {
		c claims.Claim
		n int
	}
	var found []scored
	for _, h := range res.Hits {
		d, err := decodeBlob(h.ID, h.Fields)
		if err != nil {
			return nil, err
		}
		for i := range d.Claims {
			c := &d.Claims[i]
			if string(c.Kind) != kind {
				continue
			}
			n := 0
			seen := map[string]bool{}
			for _, t := range claimTerms(c) {
				if want[t] && !seen[t] {
					seen[t] = true
					n++
				}
			}
			if n > 0 {
				found = append(found, scored{*c, n})
			}
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].n != found[j].n {
			return found[i].n > found[j].n
		}
		return found[i].c.ID < found[j].c.ID
	})
	out := make([]claims.Claim, 0, min(limit, len(found)))
	for i := 0; i < len(found) && i < limit; i++ {
		out = append(out, found[i].c)
	}
	return out, nil
}
