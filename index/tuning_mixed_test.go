//go:build tuning

package index

import (
	"context"
	"encoding/json"
	"flag"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

var (
	tuningMixedBy   = flag.String("mixed.by", "day", "TestTuningMixed: gva batches by 'day' or 'week', or 'pol' (PolNeAR one batch), 'polday'")
	tuningMixedShow = flag.Int("mixed.show", 20, "TestTuningMixed: stories shown")
	tuningMixedSkip = flag.Int("mixed.skip", 0, "TestTuningMixed: stories skipped before those shown")
)

// TestTuningMixed shows the stories of mixed batches that mix incidents
// (or, for PolNeAR, span more than a week), with every linked pair's
// shared keys, similarity and evidence.
//
//	go test -tags tuning ./index -run TuningMixed -v -mixed.by week
func TestTuningMixed(t *testing.T) {
	var batches [][]corpusDoc
	switch *tuningMixedBy {
	case "pol", "polday":
		by := map[string][]corpusDoc{}
		for _, a := range readPolNeAR(t) {
			k := "all"
			if *tuningMixedBy == "polday" {
				k = a.Published.Format("2006-01-02")
			}
			by[k] = append(by[k], corpusDoc{art: a, dataset: "polnear", cluster: a.ID})
		}
		var ks []string
		for k := range by {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			batches = append(batches, by[k])
		}
	default:
		reps := readGVAIncidents(t)
		batches = batchesBy(reps, func(r gvaReport) string {
			if r.art.Published.IsZero() {
				return ""
			}
			if *tuningMixedBy == "week" {
				return r.state + " " + isoWeek(r.art.Published)
			}
			return r.art.Published.Format("2006-01-02")
		})
	}
	shown, skipped := 0, 0
	for _, docs := range batches {
		if shown >= *tuningMixedShow {
			break
		}
		ix, st := grouped(t, docs, defaultGrouping)
		byID := map[string]corpusDoc{}
		for _, d := range docs {
			byID[d.art.ID] = d
		}
		var bad []Story
		for _, s := range st {
			if len(s.Articles) < 2 {
				continue
			}
			cl := map[string]bool{}
			for _, a := range s.Articles {
				cl[byID[a].cluster] = true
			}
			if strings.HasPrefix(*tuningMixedBy, "pol") {
				if *tuningMixedBy == "polday" {
					bad = append(bad, s)
					continue
				}
				pub := map[string]int{}
				_ = pub
				lo, hi := byID[s.Articles[0]].art.Published, byID[s.Articles[0]].art.Published
				for _, a := range s.Articles {
					p := byID[a].art.Published
					if p.Before(lo) {
						lo = p
					}
					if p.After(hi) {
						hi = p
					}
				}
				if hi.Sub(lo).Hours() > 24*7 {
					bad = append(bad, s)
				}
			} else if len(cl) > 1 {
				bad = append(bad, s)
			}
		}
		if len(bad) == 0 {
			ix.Close()
			continue
		}
		v, err := ix.view()
		if err != nil {
			t.Fatal(err)
		}
		s := newStoryState(context.Background(), v, defaultGrouping, ix.keys, 0)
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.art.ID)
		}
		if err := s.neighbours(ids); err != nil {
			t.Fatal(err)
		}
		for _, x := range bad {
			if skipped < *tuningMixedSkip {
				skipped++
				continue
			}
			if shown >= *tuningMixedShow {
				break
			}
			shown++
			t.Logf("STORY of %d (batch of %d)", len(x.Articles), len(docs))
			for _, a := range x.Articles {
				d := byID[a]
				t.Logf("   %s %s %s %s %q", a, d.cluster, d.art.Published.Format("2006-01-02"), s.metaOf(a).outlet, d.art.Title)
			}
			explainLinks(t, s, x.Articles)
		}
		v.close()
		ix.Close()
	}
}

// TestTuningPairFeatures writes, for every pair of articles that share a
// weighted key inside a batch (GVA by day, by state and week; every dev
// cluster alone), the pair's features as JSON lines to $PAIRS (default
// /tmp/pairs.jsonl), for studying what tells one event from two.
func TestTuningPairFeatures(t *testing.T) {
	out, err := os.Create(envOr("PAIRS", "/tmp/pairs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	enc := json.NewEncoder(out)
	reps := readGVAIncidents(t)
	type named struct {
		kind    string
		batches [][]corpusDoc
	}
	sets := []named{
		{"day", batchesBy(reps, func(r gvaReport) string {
			if r.art.Published.IsZero() {
				return ""
			}
			return r.art.Published.Format("2006-01-02")
		})},
		{"week", batchesBy(reps, func(r gvaReport) string {
			if r.art.Published.IsZero() {
				return ""
			}
			return r.state + " " + isoWeek(r.art.Published)
		})},
	}
	byCl := map[string][]corpusDoc{}
	var cls []string
	for _, d := range devDocs(t) {
		if byCl[d.cluster] == nil {
			cls = append(cls, d.cluster)
		}
		byCl[d.cluster] = append(byCl[d.cluster], d)
	}
	dev := named{kind: "dev"}
	for _, c := range cls {
		dev.batches = append(dev.batches, byCl[c])
	}
	sets = append(sets, dev)
	polBy := map[string][]corpusDoc{}
	for _, a := range readPolNeAR(t) {
		k := a.Published.Format("2006-01-02")
		polBy[k] = append(polBy[k], corpusDoc{art: a, dataset: "polnear", cluster: a.ID})
	}
	polday := named{kind: "polday"}
	var pks []string
	for k := range polBy {
		pks = append(pks, k)
	}
	sort.Strings(pks)
	for _, k := range pks {
		polday.batches = append(polday.batches, polBy[k])
	}
	sets = append(sets, polday)
	for _, set := range sets {
		for bi, docs := range set.batches {
			ix, st := grouped(t, docs, defaultGrouping)
			storyOf := map[string]int{}
			for i, x := range st {
				for _, a := range x.Articles {
					storyOf[a] = i
				}
			}
			v, err := ix.view()
			if err != nil {
				t.Fatal(err)
			}
			s := newStoryState(context.Background(), v, defaultGrouping, ix.keys, 0)
			for i, a := range docs {
				for _, b := range docs[i+1:] {
					ia, ib := a.art.ID, b.art.ID
					if err := s.load([]string{ia, ib}); err != nil {
						t.Fatal(err)
					}
					va, _ := s.vecOf(ia)
					vb, _ := s.vecOf(ib)
					if va == nil || vb == nil {
						continue
					}
					var common []string
					var dfs []int
					shared(va, vb, func(i, _ int) {
						common = append(common, va.k[i])
						d, _ := s.docFreq(va.k[i])
						dfs = append(dfs, d)
					})
					if len(common) == 0 {
						continue
					}
					ma, mb := s.metaOf(ia), s.metaOf(ib)
					sim, cos := s.similarity(va, vb)
					days := -1.0
					if !ma.published.IsZero() && !mb.published.IsZero() {
						days = math.Abs(ma.published.Sub(mb.published).Hours() / 24)
					}
					enc.Encode(map[string]any{
						"set": set.kind, "batch": bi, "n": len(docs), "a": ia, "b": ib,
						"same": a.cluster == b.cluster, "grouped": storyOf[ia] == storyOf[ib],
						"sim": sim, "cos": cos, "ev": s.evidence(ma, mb, va, vb), "need": s.thresholdFor(ma, mb),
						"kind": s.sameKindAtTime(ma, mb), "days": days, "shared": common, "df": dfs,
						"keysA": ma.keys, "keysB": mb.keys, "wa": len(va.k), "wb": len(vb.k),
						"outA": ma.outlet, "outB": mb.outlet, "titleA": a.art.Title, "titleB": b.art.Title,
					})
				}
			}
			v.close()
			ix.Close()
		}
	}
}

// explainLinks logs every pair of arts that is in one of the two's list:
// similarity, evidence, threshold, ranks and shared keys.
func explainLinks(t *testing.T, s *storyState, arts []string) {
	for i, a := range arts {
		for _, b := range arts[i+1:] {
			if s.rank(a, b) > 100 && s.rank(b, a) > 100 {
				continue
			}
			va, _ := s.vecOf(a)
			vb, _ := s.vecOf(b)
			var common []string
			shared(va, vb, func(i, _ int) { common = append(common, va.k[i]) })
			sim, _ := s.similarity(va, vb)
			t.Logf("   %s - %s sim %.3f ev %d need %.2f ranks %d/%d shared %v", a[:min(12, len(a))], b[:min(12, len(b))], sim,
				s.evidence(s.metaOf(a), s.metaOf(b), va, vb), s.thresholdFor(s.metaOf(a), s.metaOf(b)), s.rank(a, b), s.rank(b, a), common)
		}
	}
}
