package index

import (
	"encoding/json"
	"fmt"
)

// Load returns the stored articles and claims of the given articles, in
// the order of ids; ids not in the index are left out. The articles come
// back whole, text and line map included.
func (ix *Index) Load(ids []string) ([]Doc, error) {
	byID := make(map[string]Doc, len(ids))
	err := ix.fetch(ids, []string{fieldBlob}, func(id string, f map[string]interface{}) error {
		d, err := decodeBlob(id, f)
		if err == nil {
			byID[id] = d
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]Doc, 0, len(byID))
	done := make(map[string]bool, len(byID))
	for _, id := range ids {
		if d, ok := byID[id]; ok && !done[id] {
			done[id] = true
			out = append(out, d)
		}
	}
	return out, nil
}

// decodeBlob reads the stored blob field of one article document.
func decodeBlob(id string, f map[string]interface{}) (Doc, error) {
	s, ok := f[fieldBlob].(string)
	if !ok {
		return Doc{}, fmt.Errorf("index: article %s has no stored blob", id)
	}
	var b blob
	if err := json.Unmarshal([]byte(s), &b); err != nil {
		return Doc{}, fmt.Errorf("index: article %s: %w", id, err)
	}
	if b.Article == nil {
		return Doc{}, fmt.Errorf("index: article %s: blob without article", id)
	}
	b.Article.Text, b.Article.Lines = b.Text, b.Lines
	return Doc{Article: b.Article, Claims: b.Claims}, nil
}
