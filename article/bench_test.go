package article

import (
	"flag"
	"fmt"
	"os"
	"strings"
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
		Stream([]string{path}, Options{Vocabulary: testVocabulary}, func(a *Article) error {
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

// BenchmarkNestedHTML reads pages of n nested <div>s around one paragraph,
// for n from 12,500 to 200,000: ns/div stays flat when reading is linear
// in the depth of the page.
func BenchmarkNestedHTML(b *testing.B) {
	for _, n := range []int{12500, 25000, 50000, 100000, 200000} {
		page := []byte("<html><body>" + strings.Repeat("<div>", n) + "<p>It killed 9 people.</p>" + strings.Repeat("</div>", n) + "</body></html>")
		b.Run(fmt.Sprintf("divs=%d", n), func(b *testing.B) {
			for b.Loop() {
				a := &Article{ID: "d"}
				if !fromHTML(a, page, nil) || a.Text != "It killed 9 people." {
					b.Fatalf("text %q", a.Text)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/div")
		})
	}
	// End tags that close nothing, deep inside open elements.
	const n = 100000
	page := []byte("<html><body>" + strings.Repeat("<div>", n) + "<p>It killed 9 people." + strings.Repeat("</span>", n) + "</p></body></html>")
	b.Run(fmt.Sprintf("stray-end-tags=%d", n), func(b *testing.B) {
		for b.Loop() {
			a := &Article{ID: "d"}
			if !fromHTML(a, page, nil) || a.Text != "It killed 9 people." {
				b.Fatalf("text %q", a.Text)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/div")
	})
}
