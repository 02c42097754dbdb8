package crosscheck

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/findings"
)

// storyText repeats the paragraphs of arts, each with its entry number so
// that none is dropped as a repetition, until they hold n bytes: one very
// long article about the same story as arts.
func storyText(arts []*article.Article, n int) string {
	var paras []string
	for _, a := range arts {
		for _, p := range strings.Split(a.Text, "\n\n") {
			if len(p) > 80 {
				paras = append(paras, p)
			}
		}
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "%s (Entry %d.)\n\n", paras[i%len(paras)], i)
	}
	return b.String()
}

// heapPeak samples the heap in use while fn runs and returns its peak.
func heapPeak(fn func()) uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	fn()
	close(done)
	return peak.Load()
}

// BenchmarkLargeArticle checks one long article made of the seed
// articles' paragraphs (1 to 32 MB) together with the seeds themselves, so
// that the long article is compared inside their story. s/MB, cpu-s/MB and
// MiB-heap/MB stay flat when the cost grows linearly with the article.
//
//	go test -run XXX -bench LargeArticle -benchtime 1x .
func BenchmarkLargeArticle(b *testing.B) {
	seeds, errs := article.Read([]string{"testdata/seeds"}, readOptions(b))
	if errs != nil {
		b.Fatal(errs)
	}
	ck := defaultChecker(b)
	for _, mb := range []int{1, 2, 4, 8, 16, 32} {
		// Read as the command reads it, with its line map.
		path := filepath.Join(b.TempDir(), "digest.txt")
		text := "Title: India and Pakistan: a running digest\nDate: " + seeds[0].Published.Format("2006-01-02") + "\n\n" + storyText(seeds, mb*1000000)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		opt := readOptions(b)
		opt.MaxArticleBytes = 64 << 20
		bigs, errs := article.Read([]string{path}, opt)
		if errs != nil {
			b.Fatal(errs)
		}
		b.Run(fmt.Sprintf("MB=%d", mb), func(b *testing.B) {
			for b.Loop() {
				arts := append([]*article.Article{bigs[0]}, seeds...)
				runtime.GC()
				start, cpu := time.Now(), cpuSeconds()
				var rep *findings.Report
				peak := heapPeak(func() {
					var err error
					if rep, err = ck.Check(arts, Options{}); err != nil {
						b.Fatal(err)
					}
				})
				secs, cpuSecs := time.Since(start).Seconds(), cpuSeconds()-cpu
				if !inStory(rep, "digest") {
					b.Fatal("the long article is in no story with the seeds")
				}
				b.ReportMetric(secs/float64(mb), "s/MB")
				b.ReportMetric(cpuSecs/float64(mb), "cpu-s/MB")
				b.ReportMetric(float64(peak)/(1<<20), "MiB-heap")
				b.ReportMetric(float64(peak)/(1<<20)/float64(mb), "MiB-heap/MB")
			}
		})
	}
}

// inStory reports whether article id is in a story of several articles.
func inStory(rep *findings.Report, id string) bool {
	for _, st := range rep.Stories {
		for _, a := range st.Articles {
			if a == id && len(st.Articles) > 1 {
				return true
			}
		}
	}
	return false
}
