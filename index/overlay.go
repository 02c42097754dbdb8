package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// OpenOverlay opens the on-disk index in dir read-only beneath a fresh
// in-memory layer. Add writes to the memory layer only, while Stories sees
// both, a new article hiding an archived one of the same id, and Load
// reads the archive: a dry run checks new articles against the archive and
// leaves the archive untouched.
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
	ix := &Index{bl: mem, base: base.bl, lock: base.lock, mem: newMemLayer()}
	ix.configure(opt)
	return ix, nil
}

// searcher returns what searches go to: the index, or in an overlay the
// memory layer and the archive together.
func (ix *Index) searcher() bleve.Index {
	if ix.base == nil {
		return ix.bl
	}
	return bleve.NewIndexAlias(ix.bl, ix.base)
}

// docCount counts the articles: those of the memory layer for an index in
// memory, and for an overlay those of the archive too, each id once.
func (ix *Index) docCount() (uint64, error) {
	if ix.mem == nil {
		return ix.bl.DocCount()
	}
	if ix.base == nil {
		return uint64(ix.mem.count()), nil
	}
	v, err := ix.view()
	if err != nil {
		return 0, err
	}
	defer v.close()
	return uint64(v.n), nil
}
