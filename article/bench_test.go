package article

import (
	"flag"
	"os"
	"testing"
)

var corpusFlag = flag.String("corpus", "", "JSONL(.gz) corpus for BenchmarkStreamCorpus (default $CROSSCHECK_CORPUS or ../../shared/corpus/news_docs.jsonl.gz)")

// corpusPath returns the benchmark corpus: the -corpus flag, else
// $CROSSCHECK_CORPUS, else the shared corpus beside the repository.
func corpusPath() string {
	if *corpusFlag != "" {
		return *corpusFlag
	}
	if p := os.Getenv("CROSSCHECK_CORPUS"); p != "" {
		return p
	}
	return "../../shared/corpus/news_docs.jsonl.gz"
}

// BenchmarkStreamCorpus streams the whole corpus, as the checker does over
// a 30k-article JSONL file, and reports articles per second.
func BenchmarkStreamCorpus(b *testing.B) {
	path := corpusPath()
	if _, err := os.Stat(path); err != nil {
		b.Skipf("corpus %s not found (set CROSSCHECK_CORPUS): %v", path, err)
	}
	var n, size int
	b.ResetTimer()
	for b.Loop() {
		n, size = 0, 0
		Stream([]string{path}, Options{}, func(a *Article) error {
			n++
			size += len(a.Text)
			return nil
		})
	}
	if n == 0 {
		b.Fatal("no articles read")
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n), "articles/op")
	b.SetBytes(int64(size))
}
