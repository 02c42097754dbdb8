package crosscheck

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/findings"
)

// answer is what a check says about a set of articles, in a form two runs
// can be compared by: each article's story (id and members) and each
// finding (id, rule, severity and the articles it cites).
type answer struct {
	stories  map[string]string // article id -> "story id: members"
	findings map[string]string // finding id -> "rule severity articles"
}

// answerOf reads the answer of a report about the articles in keep (all
// when keep is nil), counting only findings that cite one of them.
func answerOf(rep *findings.Report, keep map[string]bool) answer {
	members := map[string][]string{}
	for _, st := range rep.Stories {
		members[st.ID] = st.Articles
	}
	a := answer{stories: map[string]string{}, findings: map[string]string{}}
	for _, ar := range rep.Articles {
		if keep != nil && !keep[ar.ID] {
			continue
		}
		m := members[ar.Story]
		if m == nil {
			m = []string{ar.ID}
		}
		a.stories[ar.ID] = ar.Story + ": " + strings.Join(m, " ")
	}
	for _, f := range rep.Findings {
		var arts []string
		involved := keep == nil
		for _, c := range f.Claims {
			arts = append(arts, c.Article)
			involved = involved || keep[c.Article]
		}
		if !involved {
			continue
		}
		sort.Strings(arts)
		a.findings[f.ID] = f.Rule + " " + f.Severity + " " + strings.Join(arts, ",")
	}
	return a
}

// diff describes how two answers differ, or "" when they agree.
func (a answer) diff(b answer) string {
	var out []string
	cmp := func(what string, x, y map[string]string) {
		keys := map[string]bool{}
		for k := range x {
			keys[k] = true
		}
		for k := range y {
			keys[k] = true
		}
		sorted := make([]string, 0, len(keys))
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			if x[k] != y[k] {
				out = append(out, fmt.Sprintf("%s %s: %q vs %q", what, k, x[k], y[k]))
			}
		}
	}
	cmp("story of", a.stories, b.stories)
	cmp("finding", a.findings, b.findings)
	if len(out) > 8 {
		out = append(out[:8], fmt.Sprintf("… and %d more", len(out)-8))
	}
	return strings.Join(out, "\n")
}

// checkArchiveAgainstBatch checks all of arts in one batch, then splits
// them at random into an archive and arrivals, and checks the arrivals
// against the archive: three times for real, once as a dry run, once with
// one worker. Every run must give the batch's answer about the arrivals.
func checkArchiveAgainstBatch(t *testing.T, ck *Checker, arts []*article.Article, rng *rand.Rand, share float64) {
	t.Helper()
	batch, err := ck.Check(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var archived, arriving []*article.Article
	keep := map[string]bool{}
	for _, a := range arts {
		if rng.Float64() < share {
			arriving = append(arriving, a)
			keep[a.ID] = true
		} else {
			archived = append(archived, a)
		}
	}
	if len(arriving) == 0 {
		arriving, archived = archived[:1], archived[1:]
		keep[arriving[0].ID] = true
	}
	want := answerOf(batch, keep)

	// The same set in another order is the same answer.
	shuffled := append([]*article.Article(nil), arts...)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	re, err := ck.Check(shuffled, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if d := want.diff(answerOf(re, keep)); d != "" {
		t.Errorf("batch in another order, one worker:\n%s", d)
	}

	dir := filepath.Join(t.TempDir(), "archive")
	if _, err := ck.AddToIndex(archived, Options{IndexDir: dir}); err != nil {
		t.Fatal(err)
	}
	runs := []struct {
		name string
		opt  Options
	}{
		{"dry run", Options{IndexDir: dir, NewOnly: true, DryRun: true}},
		{"run 1", Options{IndexDir: dir, NewOnly: true}},
		{"run 2", Options{IndexDir: dir, NewOnly: true}},
		{"dry run after", Options{IndexDir: dir, NewOnly: true, DryRun: true}},
		{"run 3, one worker", Options{IndexDir: dir, NewOnly: true, Workers: 1}},
	}
	for _, r := range runs {
		rep, err := ck.Check(arriving, r.opt)
		if err != nil {
			t.Fatal(err)
		}
		if d := want.diff(answerOf(rep, keep)); d != "" {
			t.Errorf("%s: %d archived, %d arriving: the archive's answer differs from the batch's:\n%s", r.name, len(archived), len(arriving), d)
		}
	}
}

// TestArchiveGivesBatchAnswer: over all dev clusters, an archive and its
// arrivals give the answer of one batch of the same articles, whatever the
// split, the number of runs, a dry run or the worker count.
func TestArchiveGivesBatchAnswer(t *testing.T) {
	root := devPath()
	if root == "" {
		t.Skip("no dev sets: set -dev or CROSSCHECK_DEV")
	}
	if testing.Short() {
		t.Skip("short")
	}
	ck := defaultChecker(t)
	var arts []*article.Article
	var clusters [][]*article.Article
	for _, set := range loadDevSets(t, root) {
		for _, c := range set.Clusters {
			var cl []*article.Article
			for _, a := range c.Articles {
				b := *a
				b.ID = set.Name + "/" + c.Name + "/" + a.ID
				arts = append(arts, &b)
				cl = append(cl, &b)
			}
			clusters = append(clusters, cl)
		}
	}
	rng := rand.New(rand.NewSource(1))
	t.Run("all clusters", func(t *testing.T) {
		for i := 0; i < 2; i++ {
			checkArchiveAgainstBatch(t, ck, arts, rng, 0.3)
		}
	})
	t.Run("each cluster", func(t *testing.T) {
		for _, cl := range clusters {
			checkArchiveAgainstBatch(t, ck, cl, rng, 0.4)
		}
	})
}
