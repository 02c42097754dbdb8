package crosscheck

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

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
		var cites []string
		involved := keep == nil
		for _, c := range f.Claims {
			cites = append(cites, fmt.Sprintf("%s@%d-%d", c.Article, c.Start, c.End))
			involved = involved || keep[c.Article]
		}
		if !involved {
			continue
		}
		sort.Strings(cites)
		a.findings[f.ID] = f.Rule + " " + f.Severity + " " + strings.Join(cites, ",") + " " + f.Message
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

// corpusClusters reads the scale corpus and returns the articles of
// clusters GVA incidents of at least three articles (every step-th such
// incident, in id order) and every 150th unclustered article as company.
func corpusClusters(t *testing.T, clusters int) []*article.Article {
	t.Helper()
	path := corpusPath()
	if path == "" {
		t.Skip("no corpus: set -corpus or CROSSCHECK_CORPUS")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	clusterOf := map[string]string{}
	var order []string
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct {
			ID      string  `json:"id"`
			Cluster *string `json:"cluster_id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		order = append(order, r.ID)
		if r.Cluster != nil {
			clusterOf[r.ID] = *r.Cluster
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	size := map[string]int{}
	for _, c := range clusterOf {
		size[c]++
	}
	var big []string
	for c, n := range size {
		if n >= 3 && strings.HasPrefix(c, "gva-") {
			big = append(big, c)
		}
	}
	sort.Strings(big)
	want := map[string]bool{}
	step := max(1, len(big)/clusters)
	for i := 0; i < len(big) && len(want) < clusters; i += step {
		want[big[i]] = true
	}
	keep := map[string]bool{}
	for i, id := range order {
		if want[clusterOf[id]] || (clusterOf[id] == "" && i%150 == 0) {
			keep[id] = true
		}
	}
	arts, _ := article.Read([]string{path}, article.Options{})
	var out []*article.Article
	for _, a := range arts {
		if keep[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// TestArchiveGivesBatchAnswerOnCorpus: the same property on 20 incidents
// of the scale corpus among unrelated articles.
func TestArchiveGivesBatchAnswerOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	arts := corpusClusters(t, 20)
	ck := defaultChecker(t)
	if rep, err := ck.Check(arts, Options{}); err == nil {
		t.Logf("%d articles, %d stories of several, %d findings", len(arts), len(rep.Stories), len(rep.Findings))
	}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 2; i++ {
		checkArchiveAgainstBatch(t, ck, arts, rng, 0.3)
	}
}

// TestBriefJoinsArchivedStory: a short report of a changed toll, dated
// after the event, names only the place and the kind of the seeds' attack;
// checked against the seeds as an archive it joins their story and its
// figure is compared with theirs, as in a batch.
func TestBriefJoinsArchivedStory(t *testing.T) {
	seeds, errs := article.Read([]string{filepath.Join("testdata", "seeds")}, article.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	brief := &article.Article{ID: "brief", Title: "Toll climbs", Text: "The militant attack in Pahalgam last month left 29 civilians dead, police said on Monday."}
	brief.Published = mustDate(t, "2025-05-12")
	ck := defaultChecker(t)
	dir := filepath.Join(t.TempDir(), "archive")
	if _, err := ck.AddToIndex(seeds, Options{IndexDir: dir}); err != nil {
		t.Fatal(err)
	}
	rep, err := ck.Check([]*article.Article{brief}, Options{IndexDir: dir, NewOnly: true, DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Stories) != 1 || len(rep.Stories[0].Articles) != len(seeds)+1 {
		t.Fatalf("stories %+v, want the brief in the seeds' story", rep.Stories)
	}
	found := false
	for _, f := range rep.Findings {
		if f.Kind == "casualty" {
			found = true
		}
	}
	if !found {
		t.Errorf("no casualty finding compares the brief's toll with the seeds': %+v", rep.Findings)
	}
	var all []*article.Article
	all = append(all, seeds...)
	all = append(all, brief)
	batch, err := ck.Check(all, Options{})
	if err != nil {
		t.Fatal(err)
	}
	keep := map[string]bool{"brief": true}
	if d := answerOf(batch, keep).diff(answerOf(rep, keep)); d != "" {
		t.Errorf("archive and batch differ:\n%s", d)
	}
}

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
