package index

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
)

// BenchmarkArrivals checks 100 new articles against on-disk archives of
// growing size (copies of the news corpus under new ids) and reports the
// memory that grouping them costs: it must stay flat as the archive grows,
// since only the new articles' own keys and their candidates are looked up.
//
//	go test ./index -run '^$' -bench Arrivals -benchtime 3x -benchmem
func BenchmarkArrivals(b *testing.B) {
	docs := readCorpus(b)
	arrivals := append([]corpusDoc(nil), docs[len(docs)-100:]...)
	base := docs[:len(docs)-100]
	dir := filepath.Join(b.TempDir(), "archive")
	ix, err := Open(dir, Options{Keys: testKeys(b)})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, copies := range []int{1, 2, 4} {
		for ; size < copies; size++ {
			in := make([]Doc, len(base))
			for j, d := range base {
				a := *d.art
				if size > 0 {
					a.ID = fmt.Sprintf("%s~%d", a.ID, size)
				}
				in[j] = Doc{Article: &a}
			}
			if _, err := ix.Add(context.Background(), in); err != nil {
				b.Fatal(err)
			}
		}
		n, _ := ix.Count()
		if copies == 4 {
			docs, base = nil, nil
		}
		b.Run(fmt.Sprintf("archive=%d", n), func(b *testing.B) {
			ix.Close()
			in := make([]Doc, len(arrivals))
			ids := make([]string, len(arrivals))
			for j, d := range arrivals {
				in[j] = Doc{Article: d.art}
				ids[j] = d.art.ID
			}
			var peak uint64
			runtime.GC()
			var ms0 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				ov, err := OpenOverlay(dir, Options{Keys: testKeys(b)})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := ov.Add(context.Background(), in); err != nil {
					b.Fatal(err)
				}
				if _, err := ov.Stories(context.Background(), ids); err != nil {
					b.Fatal(err)
				}
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse-min(ms.HeapInuse, ms0.HeapInuse))
				ov.Close()
			}
			b.ReportMetric(float64(peak)/(1<<20), "heap-growth-MiB")
			ix, err = Open(dir, Options{Keys: testKeys(b)})
			if err != nil {
				b.Fatal(err)
			}
		})
	}
	ix.Close()
}
