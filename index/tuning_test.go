//go:build tuning

// Tuning tools for story grouping, run by hand:
//
//	go test -tags tuning ./index -run Tuning -v [-dev DIR]
//
// TestTuningSweep prints, for each grouping variant of sweepVariants, how
// many dev clusters form one story alone, the B-cubed scores of all dev
// clusters in one batch and of the corpus's clustered articles;
// TestTuningDevSplits explains every dev cluster that one batch splits, and
// TestTuningCorpusMerges lists corpus stories that mix gold clusters.
package index

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/article"
)

var (
	tuningDev   = flag.String("dev", "../../shared/dev", "annotated dev sets")
	tuningAlone = flag.String("alone", "", "TestTuningDevSplits: group only this dev cluster")
)

// sweepVariants are the grouping knobs TestTuningSweep compares; edit
// them while tuning.
func sweepVariants() []grouping {
	return []grouping{defaultGrouping}
}

// devDocs reads every dev cluster's articles, with ids made unique.
func devDocs(tb testing.TB) []corpusDoc {
	var out []corpusDoc
	for _, set := range []string{"basil", "gva"} {
		cds, _ := filepath.Glob(filepath.Join(*tuningDev, set, "*"))
		for _, cd := range cds {
			files, _ := filepath.Glob(filepath.Join(cd, "*.txt"))
			arts, errs := article.Read(files, article.Options{})
			if len(errs) > 0 {
				tb.Fatal(errs)
			}
			for _, a := range arts {
				a.ID = filepath.Base(cd) + "/" + a.ID
				out = append(out, corpusDoc{art: a, dataset: set, cluster: filepath.Base(cd)})
			}
		}
	}
	if len(out) == 0 {
		tb.Skip("no dev sets")
	}
	return out
}

func TestTuningSweep(t *testing.T) {
	dev := devDocs(t)
	byCl := map[string][]corpusDoc{}
	for _, d := range dev {
		byCl[d.cluster] = append(byCl[d.cluster], d)
	}
	corpus := readCorpus(t)
	for _, g := range sweepVariants() {
		alone := 0
		for _, docs := range byCl {
			ix, st := grouped(t, docs, g)
			if len(st) == 1 {
				alone++
			}
			ix.Close()
		}
		ix, st := grouped(t, dev, g)
		ix.Close()
		_, _, bp, br, _ := pairScores(dev, st, "")
		line := fmt.Sprintf("%+v\n  dev alone %d/%d, one batch B3 P=%.3f R=%.3f", g, alone, len(byCl), bp, br)
		ix, st = grouped(t, corpus, g)
		ix.Close()
		for _, ds := range []string{"gva_longtail", "ecbplus", ""} {
			p, r, bp, br, _ := pairScores(corpus, st, ds)
			line += fmt.Sprintf(" | %s P=%.3f R=%.3f B3 %.3f/%.3f", ds, p, r, bp, br)
		}
		t.Log(line)
	}
}

func TestTuningDevSplits(t *testing.T) {
	dev := devDocs(t)
	if *tuningAlone != "" {
		var one []corpusDoc
		for _, d := range dev {
			if d.cluster == *tuningAlone {
				one = append(one, d)
			}
		}
		dev = one
	}
	ix, st := grouped(t, dev, defaultGrouping)
	defer ix.Close()
	v, err := ix.view()
	if err != nil {
		t.Fatal(err)
	}
	defer v.close()
	s := newStoryState(context.Background(), v, defaultGrouping, ix.keys, 0)
	var ids []string
	cluster := map[string]string{}
	for _, d := range dev {
		ids = append(ids, d.art.ID)
		cluster[d.art.ID] = d.cluster
	}
	if err := s.neighbours(ids); err != nil {
		t.Fatal(err)
	}
	storyOf := map[string]int{}
	for i, x := range st {
		cl := map[string]bool{}
		for _, a := range x.Articles {
			storyOf[a] = i
			cl[cluster[a]] = true
		}
		if len(cl) > 1 {
			t.Logf("MERGED %v", x.Articles)
		}
	}
	byCl := map[string][]string{}
	for _, id := range ids {
		byCl[cluster[id]] = append(byCl[cluster[id]], id)
	}
	var names []string
	for c := range byCl {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, cl := range names {
		arts := byCl[cl]
		seen := map[int]bool{}
		for _, a := range arts {
			seen[storyOf[a]] = true
		}
		if len(seen) < 2 {
			continue
		}
		t.Logf("SPLIT %s", cl)
		for _, a := range arts {
			va, _ := s.vecOf(a)
			t.Logf("   %s story %d published %s keys %v\n      list %v", a, storyOf[a], s.metaOf(a).published.Format("2006-01-02"), va.k, s.nbrs[a])
		}
		for i, a := range arts {
			for _, b := range arts[i+1:] {
				va, _ := s.vecOf(a)
				vb, _ := s.vecOf(b)
				sim, cos := s.similarity(va, vb)
				t.Logf("   %s - %s sim %.3f cos %.3f evidence %d need %.2f", a, b, sim, cos, s.evidence(s.metaOf(a), s.metaOf(b), va, vb), s.thresholdFor(s.metaOf(a), s.metaOf(b)))
			}
		}
	}
}

func TestTuningCorpusMerges(t *testing.T) {
	docs := readCorpus(t)
	ix, st := grouped(t, docs, defaultGrouping)
	defer ix.Close()
	reportStories(t, docs, st)
	v, err := ix.view()
	if err != nil {
		t.Fatal(err)
	}
	defer v.close()
	ss := newStoryState(context.Background(), v, defaultGrouping, ix.keys, 0)
	byID := map[string]corpusDoc{}
	for _, d := range docs {
		byID[d.art.ID] = d
	}
	shown := 0
	for _, s := range st {
		cl := map[string]int{}
		for _, a := range s.Articles {
			cl[byID[a].cluster]++
		}
		if len(cl) < 2 || shown >= 25 || !strings.HasPrefix(s.Articles[len(s.Articles)-1], "gva") {
			continue
		}
		shown++
		t.Logf("story %s: %d articles from clusters %v", s.ID, len(s.Articles), cl)
		for _, a := range s.Articles {
			d := byID[a]
			t.Logf("   %s %s %s %q", a, d.cluster, d.art.Published.Format("2006-01-02"), d.art.Title)
		}
		if err := ss.neighbours(s.Articles); err != nil {
			t.Fatal(err)
		}
		explainLinks(t, ss, s.Articles)
	}
}

// TestTuningPairs groups pairs of corpus GVA articles as batches of two:
// pairs from one incident (which should form a story) and pairs from two
// incidents published within ten days that share a key (which should
// not), and prints how many of each form one story.
func TestTuningPairs(t *testing.T) {
	docs := readCorpus(t)
	kr := testKeys(t)
	var gva []corpusDoc
	keys := map[string][]string{}
	for _, d := range docs {
		if d.dataset == "gva_longtail" && d.cluster != "" && !d.art.Published.IsZero() {
			gva = append(gva, d)
			keys[d.art.ID] = kr.Keys(d.art)
		}
	}
	sort.Slice(gva, func(i, j int) bool { return gva[i].art.Published.Before(gva[j].art.Published) })
	var same, other [][2]corpusDoc
	for i, a := range gva {
		for _, b := range gva[i+1:] {
			if b.art.Published.Sub(a.art.Published).Hours() > 240 {
				break
			}
			shared := false
			for _, k := range keys[a.art.ID] {
				if !strings.HasPrefix(k, "event:") && !strings.HasPrefix(k, "age:") && containsSorted(keys[b.art.ID], k) {
					shared = true
					break
				}
			}
			switch {
			case a.cluster == b.cluster:
				same = append(same, [2]corpusDoc{a, b})
			case shared && len(other) < 3000:
				other = append(other, [2]corpusDoc{a, b})
			}
		}
	}
	for _, g := range sweepVariants() {
		count := func(pairs [][2]corpusDoc) int {
			n := 0
			for _, p := range pairs {
				ix, st := grouped(t, p[:], g)
				ix.Close()
				if len(st) == 1 {
					n++
				}
			}
			return n
		}
		t.Logf("%+v\n  one incident: %d of %d pairs one story; two incidents sharing a key: %d of %d", g, count(same), len(same), count(other), len(other))
	}
}
