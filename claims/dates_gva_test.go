package claims

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
)

// sharedFile finds a file of the team's shared directory from the package
// directory of the main checkout or of a worktree; "" when absent.
func sharedFile(rel string) string {
	if dir := os.Getenv("CROSSCHECK_SHARED"); dir != "" {
		return filepath.Join(dir, rel)
	}
	for _, base := range []string{"../../shared", "../../../shared"} {
		p := filepath.Join(base, rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// readGVADates calls fn for each incident of the GVA development corpus,
// skipping the test when the corpus is absent.
func readGVADates(t *testing.T, fn func(inc *gvaIncident)) {
	t.Helper()
	path := gvaPath()
	if path == "" {
		t.Skip("GVA corpus not present")
	}
	eachGVA(t, path, fn)
}

// TestGVADateAgreement measures, on the Gun Violence Archive development
// set, how often the earliest day-precise date an article gives an attack
// (resolved against the article's publication date) equals the archive's
// incident date, and how often it is within one day. It prints figures;
// it fails only if agreement collapses. Set GVA_MISSES=n to print n misses.
func TestGVADateAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("measurement; skipped under -short")
	}
	x := testExtractor(t)
	var docs, dated, exact, near, coarse, coarseHit int
	misses := 0
	maxMisses := 0
	if v := os.Getenv("GVA_MISSES"); v != "" {
		maxMisses, _ = strconv.Atoi(v)
	}
	start := time.Now()
	words := 0
	readGVADates(t, func(inc *gvaIncident) {
		gold, err := time.Parse("January 2, 2006", inc.Gold.Date)
		if err != nil {
			return
		}
		for _, doc := range inc.Docs {
			pub, err := time.Parse("2006-01-02", doc.DCT)
			if err != nil || doc.Text == "" {
				continue
			}
			docs++
			words += len(doc.Text) / 6
			cs := x.Extract(&article.Article{ID: inc.ID, Text: doc.Text, Published: pub})
			var days []Claim
			var wide []Claim
			for _, c := range cs {
				if c.Kind != Date || c.Subject.Event != "attack" || !c.Value.Date.Resolved {
					continue
				}
				// A date whose sentence names no event is given to the
				// article's main event only as a guess: not a date the
				// article gives the attack.
				if slices.Contains(c.Matched, "date:main-event") {
					continue
				}
				if c.Value.Date.Granularity == Day {
					days = append(days, c)
				} else {
					wide = append(wide, c)
				}
			}
			if len(days) == 0 {
				if len(wide) > 0 {
					coarse++
					for _, c := range wide {
						if !gold.Before(c.Value.Date.Start) && gold.Before(c.Value.Date.End) {
							coarseHit++
							break
						}
					}
				}
				continue
			}
			dated++
			sort.SliceStable(days, func(i, j int) bool { return days[i].Value.Date.Start.Before(days[j].Value.Date.Start) })
			got := days[0].Value.Date.Start
			diff := got.Sub(gold)
			if diff < 0 {
				diff = -diff
			}
			switch {
			case diff == 0:
				exact++
				near++
			case diff <= 24*time.Hour:
				near++
			}
			if diff != 0 && misses < maxMisses {
				misses++
				t.Logf("MISS %s gold=%s pub=%s got=%s %q in %q", inc.ID, gold.Format("2006-01-02 Mon"), pub.Format("2006-01-02 Mon"), got.Format("2006-01-02 Mon"), days[0].Text, days[0].SentenceText)
			}
		}
	})
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	t.Logf("GVA dates: %d docs with a dct; %d (%.1f%%) give an attack a day-precise date", docs, dated, pct(dated, docs))
	t.Logf("  earliest attack date = gold: %d/%d (%.1f%%); within 1 day: %d/%d (%.1f%%)", exact, dated, pct(exact, dated), near, dated, pct(near, dated))
	t.Logf("  docs with only coarser attack dates: %d, of which %d contain the gold date", coarse, coarseHit)
	t.Logf("  %d docs, ~%d words in %v", docs, words, time.Since(start).Round(time.Millisecond))
	if dated > 100 && pct(near, dated) < 50 {
		t.Errorf("date agreement collapsed: %.1f%% within a day", pct(near, dated))
	}
}
