package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Names inside an on-disk index directory.
const (
	markerName = "crosscheck-index.json"
	bleveName  = "bleve"
)

// marker is the content of the marker file that says a directory is a
// crosscheck index.
type marker struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

const (
	markerFormat = "crosscheck-index"
	// markerVersion 2 indexes the outlet's keys and the publication date
	// for story grouping; 3 stores the names of each article's lead and the
	// words it also writes in lower case.
	markerVersion = 3
)

// Index is a bleve index of articles and claims, in memory (dir "") or on
// disk. Its methods are safe for concurrent use; Add calls are serialised.
type Index struct {
	dir string
	ro  bool
	bl  bleve.Index
	// base is the read-only archive beneath an overlay (see OpenOverlay).
	base bleve.Index
	// mem holds what grouping reads of the articles added in this
	// process, for an index in memory and an overlay; nil on disk.
	mem *memLayer
	// keys extracts grouping keys with the rulebook's vocabulary.
	keys *KeyRules
	// workers bounds the goroutines of Add and Stories (0: GOMAXPROCS).
	workers int
	// noStore leaves the stored blob out (Options.NoStore).
	noStore bool
	lock    *dirLock
	wmu     sync.Mutex // serialises writers
}

// Open opens the index in dir, creating it when dir does not exist or is
// empty; dir "" gives a fresh index in memory. A directory that holds other
// files and no crosscheck marker is refused. A new index is built in a
// temporary directory beside dir and renamed into place, so dir is never
// left half-created. On-disk indexes are locked against other processes for
// as long as they are open; see Options.
func Open(dir string, opt Options) (*Index, error) {
	if dir == "" {
		if opt.ReadOnly {
			return nil, errors.New("index: an in-memory index cannot be read-only")
		}
		bl, err := bleve.NewUsing("", newMapping(), scorch.Name, scorch.Name, nil)
		if err != nil {
			return nil, fmt.Errorf("index: create in memory: %w", err)
		}
		ix := &Index{bl: bl, noStore: opt.NoStore, mem: newMemLayer()}
		ix.configure(opt)
		return ix, nil
	}
	empty, err := isEmptyOrMissing(dir)
	if err != nil {
		return nil, err
	}
	if empty {
		if opt.ReadOnly {
			return nil, fmt.Errorf("index %s does not exist", dir)
		}
		ix, err := create(dir)
		if err == nil {
			ix.configure(opt)
		}
		if err == nil || !errors.Is(err, errRaced) {
			return ix, err
		}
		// Another process created it meanwhile: open theirs.
	}
	ix, err := openExisting(dir, opt)
	if err == nil {
		ix.configure(opt)
	}
	return ix, err
}

// configure applies the options that every kind of index shares.
func (ix *Index) configure(opt Options) {
	ix.keys = opt.Keys
	if ix.keys == nil {
		ix.keys = NewKeyRules(nil)
	}
	ix.workers = opt.Workers
}

// errRaced reports that dir was filled by someone else while we created it.
var errRaced = errors.New("index directory created concurrently")

// isEmptyOrMissing reports whether dir does not exist or is an empty
// directory.
func isEmptyOrMissing(dir string) (bool, error) {
	f, err := os.Open(dir)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("index %s: %w", dir, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false, fmt.Errorf("index %s: %w", dir, err)
	}
	if !st.IsDir() {
		return false, fmt.Errorf("index %s is not a directory", dir)
	}
	_, err = f.Readdirnames(1)
	if err == io.EOF {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("index %s: %w", dir, err)
	}
	return false, nil
}

// create builds a new index in a temporary directory beside dir, writes the
// marker last, and renames the directory into place. The lock taken on the
// temporary directory's lock file moves with it.
func create(dir string) (*Index, error) {
	parent, base := filepath.Split(filepath.Clean(dir))
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	removeStaleTemps(parent, base)
	tmp, err := os.MkdirTemp(parent, tempPrefix(base))
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	fail := func(err error) (*Index, error) {
		os.RemoveAll(tmp)
		return nil, err
	}
	lk, err := lockDir(tmp, false, false)
	if err != nil {
		return fail(err)
	}
	bl, err := bleve.NewUsing(filepath.Join(tmp, bleveName), newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		lk.unlock()
		return fail(fmt.Errorf("index %s: create: %w", dir, err))
	}
	if err := bl.Close(); err != nil {
		lk.unlock()
		return fail(fmt.Errorf("index %s: create: %w", dir, err))
	}
	if err := writeMarker(tmp); err != nil {
		lk.unlock()
		return fail(fmt.Errorf("index %s: %w", dir, err))
	}
	_ = os.Remove(dir) // an empty directory may stand in the way; a full one stays
	if err := os.Rename(tmp, dir); err != nil {
		lk.unlock()
		os.RemoveAll(tmp)
		if empty, _ := isEmptyOrMissing(dir); !empty {
			return nil, errRaced
		}
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	syncDir(parent)
	lk.announce(dir)
	bl, err = bleve.OpenUsing(filepath.Join(dir, bleveName), nil)
	if err != nil {
		lk.unlock()
		return nil, fmt.Errorf("index %s: open: %w", dir, err)
	}
	return &Index{dir: dir, bl: bl, lock: lk}, nil
}

// writeMarker writes and syncs the marker file in dir.
func writeMarker(dir string) error {
	b, _ := json.Marshal(marker{Format: markerFormat, Version: markerVersion})
	f, err := os.Create(filepath.Join(dir, markerName))
	if err != nil {
		return err
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir flushes a directory's entries to disk, best effort.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// openExisting opens an index directory that carries the crosscheck marker.
func openExisting(dir string, opt Options) (*Index, error) {
	b, err := os.ReadFile(filepath.Join(dir, markerName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("index %s is not a crosscheck index (it is not empty and has no %s); refusing to use it", dir, markerName)
	}
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	var m marker
	if err := json.Unmarshal(b, &m); err != nil || m.Format != markerFormat {
		return nil, fmt.Errorf("index %s: %s is not a crosscheck index marker", dir, markerName)
	}
	if m.Version != markerVersion {
		return nil, fmt.Errorf("index %s has format version %d; this crosscheck reads version %d", dir, m.Version, markerVersion)
	}
	lk, err := lockDir(dir, opt.ReadOnly, opt.Wait)
	if err != nil {
		return nil, err
	}
	lk.announce(dir)
	var cfg map[string]interface{}
	if opt.ReadOnly {
		cfg = map[string]interface{}{"read_only": true}
	}
	bl, err := bleve.OpenUsing(filepath.Join(dir, bleveName), cfg)
	if err != nil {
		lk.unlock()
		return nil, fmt.Errorf("index %s: open: %w", dir, err)
	}
	return &Index{dir: dir, ro: opt.ReadOnly, bl: bl, lock: lk}, nil
}

// Close closes the index and releases its lock.
func (ix *Index) Close() error {
	err := ix.bl.Close()
	if ix.base != nil {
		if berr := ix.base.Close(); err == nil {
			err = berr
		}
	}
	if lerr := ix.lock.unlock(); err == nil {
		err = lerr
	}
	return err
}

// Count returns the number of articles in the index.
func (ix *Index) Count() (int, error) {
	n, err := ix.docCount()
	return int(n), err
}
