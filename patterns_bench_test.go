package crosscheck

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// BenchmarkPatterns loads rulebook layers of 0 to 8,000 patterns (one in a
// hundred looks for a word the seeds hold, the others for words they do
// not) and checks the seeds with each. MiB-live/1k-patterns stays small
// and flat when memory grows gently with the number of patterns, and
// check-s stays near the time without patterns.
//
//	go test -run XXX -bench Patterns -benchtime 1x .
func BenchmarkPatterns(b *testing.B) {
	seeds, errs := article.Read([]string{"testdata/seeds"}, readOptions(b))
	if errs != nil {
		b.Fatal(errs)
	}
	for _, n := range []int{0, 1000, 2000, 4000, 8000} {
		var layer strings.Builder
		layer.WriteString("patterns:\n")
		for i := 0; i < n; i++ {
			if i%100 == 0 {
				fmt.Fprintf(&layer, "  - {id: p%d, kind: count, regex: '{number:value} (?:people|civilians)', value_type: number}\n", i)
			} else {
				fmt.Fprintf(&layer, "  - {id: p%d, kind: count, regex: '{number:value} (?:people|residents) (?:fled|left) town%d', value_type: number}\n", i, i)
			}
		}
		path := filepath.Join(b.TempDir(), "layer.yaml")
		if err := os.WriteFile(path, []byte(layer.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("patterns=%d", n), func(b *testing.B) {
			for b.Loop() {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				start := time.Now()
				rb, _, err := rules.Load(rules.LoadOptions{Default: DefaultRules, DefaultName: DefaultRulesName, Files: []string{path}})
				if err != nil {
					b.Fatal(err)
				}
				ck, err := NewChecker(rb)
				if err != nil {
					b.Fatal(err)
				}
				loaded := time.Since(start)
				start = time.Now()
				if _, err := ck.Check(seeds, Options{}); err != nil {
					b.Fatal(err)
				}
				checked := time.Since(start)
				runtime.GC()
				runtime.ReadMemStats(&after)
				live := float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
				b.ReportMetric(loaded.Seconds(), "load-s")
				b.ReportMetric(checked.Seconds(), "check-s")
				b.ReportMetric(live, "MiB-live")
				if n > 0 {
					b.ReportMetric(live/float64(n)*1000, "MiB-live/1k-patterns")
				}
				runtime.KeepAlive(ck)
			}
		})
	}
}
