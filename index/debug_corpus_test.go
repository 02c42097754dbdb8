package index

import (
	"os"
	"strings"
	"testing"
)

// TestCorpusErrors prints wrongly merged gold clusters; for tuning only
// (CROSSCHECK_CORPUS_DEBUG=1).
func TestCorpusErrors(t *testing.T) {
	if os.Getenv("CROSSCHECK_CORPUS_DEBUG") == "" {
		t.Skip("set CROSSCHECK_CORPUS_DEBUG=1")
	}
	docs := readCorpus(t)
	ix, _ := Open("", Options{Keys: testKeys(t)})
	defer ix.Close()
	in := make([]Doc, len(docs))
	ids := make([]string, len(docs))
	byID := map[string]corpusDoc{}
	for j, d := range docs {
		in[j] = Doc{Article: d.art}
		ids[j] = d.art.ID
		byID[d.art.ID] = d
	}
	ix.Add(in)
	st, _ := ix.Stories(ids)
	reportStories(t, docs, st)
	shown := 0
	for _, s := range st {
		cl := map[string]int{}
		for _, a := range s.Articles {
			cl[byID[a].cluster]++
		}
		if len(cl) < 2 || shown > 12 || !strings.HasPrefix(s.Articles[0], "gva") {
			continue
		}
		shown++
		t.Logf("story %s %d articles clusters %v", s.ID, len(s.Articles), cl)
		for _, a := range s.Articles {
			if len(s.Articles) > 6 {
				break
			}
			k := testKeys(t).Keys(byID[a].art)
			if len(k) > 40 {
				k = k[:40]
			}
			t.Logf("   %s %s %q keys %v", a, byID[a].cluster, byID[a].art.Title, k)
		}
	}
}

// TestCorpusSweep prints precision and recall for several grouping knobs;
// for tuning only (CROSSCHECK_CORPUS_SWEEP=1).
func TestCorpusSweep(t *testing.T) {
	if os.Getenv("CROSSCHECK_CORPUS_SWEEP") == "" {
		t.Skip("set CROSSCHECK_CORPUS_SWEEP=1")
	}
	docs := readCorpus(t)
	ix, _ := Open("", Options{Keys: testKeys(t)})
	defer ix.Close()
	in := make([]Doc, len(docs))
	ids := make([]string, len(docs))
	for j, d := range docs {
		in[j] = Doc{Article: d.art}
		ids[j] = d.art.ID
	}
	ix.Add(in)
	for _, th := range []float64{0.2, 0.3} {
		for _, k := range []int{2, 3, 5} {
			for _, j := range []float64{0.4, 0.6, 1.1} {
				for _, m := range []int{8, 30} {
					g := defaultGrouping
					g.threshold, g.topK, g.joinScore, g.maxStory = th, k, j, m
					st, _ := ix.stories(ids, g)
					p, r, bp, br, _ := pairScores(docs, st, "gva_longtail")
					pa, ra, _, _, _ := pairScores(docs, st, "")
					t.Logf("th=%.2f k=%d j=%.1f m=%d gva P=%.3f R=%.3f B3 P=%.3f R=%.3f | all P=%.3f R=%.3f", th, k, j, m, p, r, bp, br, pa, ra)
				}
			}
		}
	}
}
