package article

import (
	"bytes"
	"runtime"
	"sync"
)

// Limits of a lineBatch: records and bytes held before they are parsed.
const (
	batchLines = 256
	batchBytes = 8 << 20
)

// lineBatch gathers the lines of a JSON Lines file, parses their records
// side by side, and emits the articles and reports the problems in line
// order, so that the answer does not depend on how the work was shared.
// Parsing (JSON, cleaning, hashing) is most of the cost of reading a large
// feed; the file itself is still read by one goroutine.
type lineBatch struct {
	r     *reader
	path  string
	items []batchItem
	size  int
}

// batchItem is one line's outcome: a record to parse, or a problem.
type batchItem struct {
	defID string
	line  int
	raw   []byte // nil for a problem
	p     parsed
}

// record holds one record's line (a copy: the reader reuses its buffer).
func (b *lineBatch) record(defID string, line int, raw []byte) {
	b.items = append(b.items, batchItem{defID: defID, line: line, raw: bytes.Clone(raw)})
	b.size += len(raw)
	if len(b.items) >= batchLines || b.size >= batchBytes {
		b.flush()
	}
}

// fail holds a problem of line, reported in its place among the records.
func (b *lineBatch) fail(line int, msg string) {
	b.items = append(b.items, batchItem{line: line, p: parsed{line: line, msg: msg}})
}

// flush parses the records held, then emits and reports them in order;
// nothing more is emitted once the reader has stopped.
func (b *lineBatch) flush() {
	if len(b.items) == 0 {
		return
	}
	workers := min(runtime.GOMAXPROCS(0), 4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(b.items); i += workers {
				if it := &b.items[i]; it.raw != nil {
					it.p = b.r.parse(b.path, it.defID, it.line, it.line, it.raw)
				}
			}
		}()
	}
	wg.Wait()
	for i := range b.items {
		if b.r.stopped {
			break
		}
		b.r.apply(b.path, b.items[i].p)
	}
	b.items, b.size = b.items[:0], 0
}
