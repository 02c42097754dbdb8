package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// OpenOverlay opens the on-disk index in dir read-only beneath a fresh
// in-memory index. Add writes to the memory layer only, while Stories,
// Load and FindClaims see both: a dry run checks new articles against the
// archive and leaves the archive untouched.
func OpenOverlay(dir string, opt Options) (*Index, error) {
	opt.ReadOnly = true
	base, err := Open(dir, opt)
	if err != nil {
		return nil, err
	}
	mem, err := bleve.NewUsing("", newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		base.Close()
		return nil, fmt.Errorf("index: create overlay: %w", err)
	}
	return &Index{bl: mem, base: base.bl, lock: base.lock}, nil
}

// searcher returns what searches go to: the index, or in an overlay the
// memory layer and the archive together.
func (ix *Index) searcher() bleve.Index {
	if ix.base == nil {
		return ix.bl
	}
	return bleve.NewIndexAlias(ix.bl, ix.base)
}

// docCount counts the articles of every layer.
func (ix *Index) docCount() (uint64, error) {
	n, err := ix.bl.DocCount()
	if err != nil || ix.base == nil {
		return n, err
	}
	m, err := ix.base.DocCount()
	return n + m, err
}

// fieldDocFreqs adds up the document frequency of every term of a field
// over every layer.
func (ix *Index) fieldDocFreqs(field string) (map[string]int, error) {
	df := map[string]int{}
	layers := []bleve.Index{ix.bl}
	if ix.base != nil {
		layers = append(layers, ix.base)
	}
	for _, l := range layers {
		d, err := l.FieldDict(field)
		if err != nil {
			return nil, fmt.Errorf("index: %s dictionary: %w", field, err)
		}
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return nil, fmt.Errorf("index: %s dictionary: %w", field, err)
			}
			if e == nil {
				break
			}
			df[e.Term] += int(e.Count)
		}
		d.Close()
	}
	return df, nil
}
