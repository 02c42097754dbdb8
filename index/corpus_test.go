package index

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
)

// corpusPath is the shared scale corpus; it is read in place, never copied.
var corpusPath = envOr("CROSSCHECK_CORPUS", "../../shared/corpus/news_docs.jsonl.gz")

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// corpusDoc is one article of the corpus with its gold story.
type corpusDoc struct {
	art     *article.Article
	dataset string
	cluster string
}

// readCorpus reads the gzip JSONL corpus into articles. It is a minimal
// reader for measurement only; the article package has the real one.
func readCorpus(tb testing.TB) []corpusDoc {
	var out []corpusDoc
	gzipLines(tb, corpusPath, "corpus", func(line []byte) {
		var r struct {
			ID      string  `json:"id"`
			Dataset string  `json:"source_dataset"`
			Outlet  string  `json:"outlet"`
			Date    string  `json:"date"`
			Title   string  `json:"title"`
			Text    string  `json:"text"`
			Cluster *string `json:"cluster_id"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			tb.Fatal(err)
		}
		a := &article.Article{ID: r.ID, Title: r.Title, Text: r.Text, Source: r.Outlet}
		for _, layout := range []string{"2006-01-02", "02-Jan-2006 15:04:05.00"} {
			if t, err := time.Parse(layout, strings.TrimSpace(r.Date)); err == nil {
				a.Published = t
				break
			}
		}
		d := corpusDoc{art: a, dataset: r.Dataset}
		if r.Cluster != nil {
			d.cluster = *r.Cluster
		}
		out = append(out, d)
	})
	return out
}

// gzipLines calls fn with each line of the gzip file at path, skipping the
// test when the file (named what) is not available.
func gzipLines(tb testing.TB, path, what string, fn func(line []byte)) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("%s not available: %v", what, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		fn(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
}

// pairScores compares stories with the gold clusters over the articles that
// have one: pairwise precision and recall, and B-cubed precision and recall.
func pairScores(docs []corpusDoc, stories []Story, dataset string) (p, r, bp, br float64, n int) {
	gold := map[string]string{}
	for _, d := range docs {
		if d.cluster != "" && (dataset == "" || d.dataset == dataset) {
			gold[d.art.ID] = d.cluster
		}
	}
	story := map[string]string{}
	for _, s := range stories {
		for _, a := range s.Articles {
			story[a] = s.ID
		}
	}
	type pair struct{ s, c string }
	cell := map[pair]int{}
	bySt := map[string]int{}
	byCl := map[string]int{}
	for id, c := range gold {
		s, ok := story[id]
		if !ok {
			s = "missing:" + id
		}
		cell[pair{s, c}]++
		bySt[s]++
		byCl[c]++
	}
	ch2 := func(k int) float64 { return float64(k) * float64(k-1) / 2 }
	var tp, pp, gp float64
	for _, k := range cell {
		tp += ch2(k)
	}
	for _, k := range bySt {
		pp += ch2(k)
	}
	for _, k := range byCl {
		gp += ch2(k)
	}
	// B-cubed: for each article, the share of its story that is its
	// cluster and the share of its cluster that is in its story.
	for pc, k := range cell {
		bp += float64(k) * float64(k) / float64(bySt[pc.s])
		br += float64(k) * float64(k) / float64(byCl[pc.c])
	}
	n = len(gold)
	bp /= float64(n)
	br /= float64(n)
	p, r = 1, 0
	if pp > 0 {
		p = tp / pp
	}
	if gp > 0 {
		r = tp / gp
	}
	return
}

// BenchmarkStoriesCorpus indexes the whole news corpus in memory (no
// claims, nothing stored: as a batch check does), groups all of it into stories, and reports the speed and the
// agreement of the stories with the corpus's gold clusters.
//
//	go test ./index/ -run '^$' -bench StoriesCorpus -benchtime 1x
func BenchmarkStoriesCorpus(b *testing.B) {
	docs := readCorpus(b)
	for i := 0; i < b.N; i++ {
		ix, err := Open("", Options{Keys: testKeys(b), NoStore: true})
		if err != nil {
			b.Fatal(err)
		}
		in := make([]Doc, len(docs))
		ids := make([]string, len(docs))
		for j, d := range docs {
			in[j] = Doc{Article: d.art}
			ids[j] = d.art.ID
		}
		t0 := time.Now()
		if _, err := ix.Add(context.Background(), in); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		stories, err := ix.Stories(context.Background(), ids)
		if err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		b.ReportMetric(float64(len(docs))/t2.Sub(t0).Seconds(), "articles/s")
		b.ReportMetric(t1.Sub(t0).Seconds(), "add-s")
		b.ReportMetric(t2.Sub(t1).Seconds(), "stories-s")
		reportStories(b, docs, stories)
		ix.Close()
	}
}

// reportStories logs the agreement of stories with the gold clusters.
func reportStories(tb testing.TB, docs []corpusDoc, stories []Story) {
	multi, largest := 0, 0
	for _, s := range stories {
		if len(s.Articles) > 1 {
			multi++
		}
		largest = max(largest, len(s.Articles))
	}
	tb.Logf("%d articles, %d stories, %d with more than one article, largest %d", len(docs), len(stories), multi, largest)
	for _, ds := range []string{"", "gva_longtail", "ecbplus", "meantime_en"} {
		p, r, bp, br, n := pairScores(docs, stories, ds)
		name := ds
		if name == "" {
			name = "all clustered"
		}
		tb.Logf("%-14s n=%5d pairwise P=%.3f R=%.3f  B-cubed P=%.3f R=%.3f", name, n, p, r, bp, br)
		if b, ok := tb.(*testing.B); ok && ds == "" {
			b.ReportMetric(p, "pair-precision")
			b.ReportMetric(r, "pair-recall")
			b.ReportMetric(bp, "b3-precision")
			b.ReportMetric(br, "b3-recall")
		}
	}
}
