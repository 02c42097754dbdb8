package index

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// The mixed-batch measurement: a desk checks a day's or a week's incoming
// news, many stories at once, and each story must come back alone. The
// data are read in place from ../shared, never copied.
var (
	gvaIncidentsPath = envOr("CROSSCHECK_GVA", "../../shared/corpus/gva_dev.jsonl.gz")
	polnearPath      = envOr("CROSSCHECK_POLNEAR", "../../shared/dev/polnear")
)

// readOptions are the reader's options with the built-in rulebook's
// vocabulary of news pages, as a check reads its input.
func readOptions(tb testing.TB) article.Options {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "rules.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	rb, _, err := rules.Load(rules.LoadOptions{Default: data})
	if err != nil {
		tb.Fatal(err)
	}
	lx := rb.Lexicons
	return article.Options{Vocabulary: &article.Vocabulary{Boilerplate: lx.Boilerplate,
		DatelineLabels: lx.DatelineLabels, FurnitureClasses: lx.FurnitureClasses}}
}

// gvaReport is one report the Gun Violence Archive cites, with its
// incident and the incident's state.
type gvaReport struct {
	corpusDoc
	state string
}

// readGVAIncidents reads the archive's incidents and the reports each
// cites, through the article reader as a check reads JSONL. A report
// cited for several incidents is kept once, with the first.
func readGVAIncidents(tb testing.TB) []gvaReport {
	var jsonl bytes.Buffer
	meta := map[string]gvaReport{}
	gzipLines(tb, gvaIncidentsPath, "GVA incidents", func(line []byte) {
		var r struct {
			ID   string `json:"incident_id"`
			Gold struct {
				State string `json:"state"`
			} `json:"gold"`
			Docs []struct {
				ID    string `json:"doc_id"`
				Title string `json:"title"`
				Date  string `json:"dct"`
				URL   string `json:"url"`
				Text  string `json:"text"`
			} `json:"docs"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			tb.Fatal(err)
		}
		for _, d := range r.Docs {
			id := "gva-" + d.ID
			if _, dup := meta[id]; dup || strings.TrimSpace(d.Text) == "" {
				continue
			}
			meta[id] = gvaReport{corpusDoc: corpusDoc{dataset: "gva", cluster: "gva-" + r.ID}, state: r.Gold.State}
			rec, _ := json.Marshal(map[string]string{"id": id, "title": d.Title, "date": d.Date, "url": d.URL, "text": d.Text})
			jsonl.Write(rec)
			jsonl.WriteByte('\n')
		}
	})
	opt := readOptions(tb)
	opt.Stdin = &jsonl
	arts, _ := article.Read([]string{"-"}, opt) // empty pages are errors: passed over
	out := make([]gvaReport, 0, len(arts))
	for _, a := range arts {
		r := meta[a.ID]
		r.art = a
		out = append(out, r)
	}
	return out
}

// readPolNeAR reads PolNeAR's articles (train and dev). Their files carry
// no date line; the date of each is in its name (outlet_date_slug), as a
// desk's feed would give it, and so is its outlet.
func readPolNeAR(tb testing.TB) []*article.Article {
	var files []string
	for _, split := range []string{"train", "dev"} {
		fs, _ := filepath.Glob(filepath.Join(polnearPath, split, "text", "*.txt"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		tb.Skip("PolNeAR not available")
	}
	arts, errs := article.Read(files, readOptions(tb))
	if len(errs) > 0 {
		tb.Fatal(errs)
	}
	for _, a := range arts {
		parts := strings.SplitN(a.ID, "_", 3)
		if len(parts) < 3 {
			continue
		}
		if a.Source == "" {
			a.Source = parts[0]
		}
		if t, err := time.Parse("2006-01-02", parts[1]); err == nil && a.Published.IsZero() {
			a.Published = t
		}
	}
	return arts
}

// groupBatches groups each batch on its own, in a fresh index, and returns
// all the stories.
func groupBatches(tb testing.TB, batches [][]corpusDoc) []Story {
	var all []Story
	for _, docs := range batches {
		ix, st := grouped(tb, docs, defaultGrouping)
		ix.Close()
		all = append(all, st...)
	}
	return all
}

// grouped indexes docs in memory, as a check of one batch does, and
// groups them with g.
func grouped(tb testing.TB, docs []corpusDoc, g grouping) (*Index, []Story) {
	ix, err := Open("", Options{Keys: testKeys(tb), NoStore: true})
	if err != nil {
		tb.Fatal(err)
	}
	in := make([]Doc, len(docs))
	ids := make([]string, len(docs))
	for i, d := range docs {
		in[i], ids[i] = Doc{Article: d.art}, d.art.ID
	}
	if _, err := ix.Add(context.Background(), in); err != nil {
		tb.Fatal(err)
	}
	st, err := ix.stories(context.Background(), ids, g)
	if err != nil {
		tb.Fatal(err)
	}
	return ix, st
}

// batchesBy splits the reports into batches by key, in key order.
func batchesBy(reps []gvaReport, key func(gvaReport) string) [][]corpusDoc {
	by := map[string][]corpusDoc{}
	for _, r := range reps {
		if k := key(r); k != "" {
			by[k] = append(by[k], r.corpusDoc)
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][]corpusDoc, 0, len(keys))
	for _, k := range keys {
		out = append(out, by[k])
	}
	return out
}

// mixedFigures are B-cubed scores of stories against incidents, with the
// stories of several articles and those that mix incidents.
type mixedFigures struct {
	bp, br       float64
	multi, mixed int
	articles     int
	// wrongPairs are the pairs of articles of one story that report
	// different incidents; rightPairs those that report the same one.
	wrongPairs, rightPairs int
}

func (m mixedFigures) String() string {
	return fmt.Sprintf("%d articles, B-cubed P=%.3f R=%.3f, %d stories of several articles, %d of them mix incidents; pairs joined: %d right, %d wrong",
		m.articles, m.bp, m.br, m.multi, m.mixed, m.rightPairs, m.wrongPairs)
}

// scoreMixed scores the stories of all batches against the incidents.
func scoreMixed(docs []corpusDoc, stories []Story) mixedFigures {
	_, _, bp, br, n := pairScores(docs, stories, "")
	cl := map[string]string{}
	for _, d := range docs {
		cl[d.art.ID] = d.cluster
	}
	f := mixedFigures{bp: bp, br: br, articles: n}
	for _, s := range stories {
		if len(s.Articles) < 2 {
			continue
		}
		f.multi++
		for i, a := range s.Articles {
			for _, b := range s.Articles[i+1:] {
				if cl[a] == cl[b] {
					f.rightPairs++
				} else {
					f.wrongPairs++
				}
			}
		}
		for _, a := range s.Articles[1:] {
			if cl[a] != cl[s.Articles[0]] {
				f.mixed++
				break
			}
		}
	}
	return f
}

// isoWeek is "2016-12" for the twelfth ISO week of 2016.
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%d-%02d", y, w)
}

// storySpan is the number of days between a story's first and last
// dated articles.
func storySpan(s Story, published map[string]time.Time) float64 {
	var lo, hi time.Time
	for _, a := range s.Articles {
		t := published[a]
		if t.IsZero() {
			continue
		}
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if hi.IsZero() || t.After(hi) {
			hi = t
		}
	}
	return hi.Sub(lo).Hours() / 24
}

// BenchmarkStoriesMixed groups large mixed batches as a desk checks them
// and prints how well their stories keep apart: the reports the Gun
// Violence Archive cites, batched by publication day and by state and
// ISO week, scored against the incidents (B-cubed); and PolNeAR's 924
// political articles of 2015-16 as one batch and as one-day batches,
// where no gold exists: the share of stories of several articles that
// span more than a week (one event at one time rarely does).
//
//	go test ./index -run '^$' -bench StoriesMixed -benchtime 1x
func BenchmarkStoriesMixed(b *testing.B) {
	reps := readGVAIncidents(b)
	pol := readPolNeAR(b)
	var docs []corpusDoc
	for _, r := range reps {
		docs = append(docs, r.corpusDoc)
	}
	for i := 0; i < b.N; i++ {
		byDay := batchesBy(reps, func(r gvaReport) string {
			if r.art.Published.IsZero() {
				return ""
			}
			return r.art.Published.Format("2006-01-02")
		})
		day := scoreMixed(docs, groupBatches(b, byDay))
		b.Logf("GVA by day (%d batches): %v", len(byDay), day)
		byWeek := batchesBy(reps, func(r gvaReport) string {
			if r.art.Published.IsZero() {
				return ""
			}
			return r.state + " " + isoWeek(r.art.Published)
		})
		week := scoreMixed(docs, groupBatches(b, byWeek))
		b.Logf("GVA by state and week (%d batches): %v", len(byWeek), week)
		b.ReportMetric(day.bp, "day-b3-P")
		b.ReportMetric(day.br, "day-b3-R")
		b.ReportMetric(week.bp, "week-b3-P")
		b.ReportMetric(week.br, "week-b3-R")

		published := map[string]time.Time{}
		var pdocs []corpusDoc
		byPolDay := map[string][]corpusDoc{}
		for _, a := range pol {
			published[a.ID] = a.Published
			d := corpusDoc{art: a, dataset: "polnear"}
			pdocs = append(pdocs, d)
			k := a.Published.Format("2006-01-02")
			byPolDay[k] = append(byPolDay[k], d)
		}
		ix, st := grouped(b, pdocs, defaultGrouping)
		ix.Close()
		multi, long, largest := 0, 0, 0
		for _, s := range st {
			if len(s.Articles) < 2 {
				continue
			}
			multi++
			largest = max(largest, len(s.Articles))
			if storySpan(s, published) > 7 {
				long++
			}
		}
		share := 0.0
		if multi > 0 {
			share = float64(long) / float64(multi)
		}
		b.Logf("PolNeAR one batch: %d articles, %d stories of several articles (largest %d), %d span more than 7 days (%.2f)",
			len(pol), multi, largest, long, share)
		b.ReportMetric(share, "pol-over-7d")
		dayMulti, dayArts := 0, 0
		var days []string
		for k := range byPolDay {
			days = append(days, k)
		}
		sort.Strings(days)
		for _, k := range days {
			ix, st := grouped(b, byPolDay[k], defaultGrouping)
			ix.Close()
			for _, s := range st {
				if len(s.Articles) > 1 {
					dayMulti++
					dayArts += len(s.Articles)
				}
			}
		}
		b.Logf("PolNeAR by day (%d batches): %d stories of several articles, %d articles in them", len(days), dayMulti, dayArts)
	}
}
