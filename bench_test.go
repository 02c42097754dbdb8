package crosscheck

import (
	"flag"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
)

var corpus = flag.String("corpus", "", "JSONL corpus for BenchmarkCheckCorpus (default $CROSSCHECK_CORPUS or ../shared/corpus/news_docs.jsonl.gz)")

// corpusPath returns the benchmark corpus, or "" when there is none.
func corpusPath() string {
	for _, p := range []string{*corpus, os.Getenv("CROSSCHECK_CORPUS"), "../shared/corpus/news_docs.jsonl.gz"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// BenchmarkCheckCorpus runs the whole check — read, extract, index, group
// stories, compare — over the scale corpus and reports articles/s, words/s
// and peak memory. Aim: 31,409 articles in under 60 s on 2 cores, under
// 1 GiB.
//
//	go test -run XXX -bench CheckCorpus -benchtime 1x .
func BenchmarkCheckCorpus(b *testing.B) {
	path := corpusPath()
	if path == "" {
		b.Skip("no corpus: set -corpus or CROSSCHECK_CORPUS")
	}
	limitMemory()
	ck := defaultChecker(b)
	for i := 0; i < b.N; i++ {
		start := time.Now()
		arts, _ := article.Read([]string{path}, ck.ReadOptions())
		words := 0
		for _, a := range arts {
			words += len(strings.Fields(a.Text))
		}
		rep, err := ck.Check(arts, Options{})
		if err != nil {
			b.Fatal(err)
		}
		secs := time.Since(start).Seconds()
		b.ReportMetric(float64(len(arts))/secs, "articles/s")
		b.ReportMetric(float64(words)/secs, "words/s")
		b.ReportMetric(float64(len(rep.Findings)), "findings")
		b.ReportMetric(float64(len(rep.Stories)), "stories")
		b.ReportMetric(secs, "s/run")
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "MiB-sys")
	if hwm := peakRSS(); hwm > 0 {
		b.ReportMetric(float64(hwm)/(1<<20), "MiB-peak-rss")
	}
}

// limitMemory sets the soft memory limit that cmd/crosscheck sets (768
// MiB unless GOMEMLIMIT says otherwise), so that the benchmark measures the
// command's memory.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(768 << 20)
	}
}

// peakRSS returns the process's peak resident set size in bytes, read from
// /proc/self/status (0 where that is not available).
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}
