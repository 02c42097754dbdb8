package crosscheck

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/expect"
	"github.com/newsdesk/crosscheck/findings"
)

var (
	devDir     = flag.String("dev", "", "annotated dev sets for BenchmarkDev and TestDevFalseAlarms (default $CROSSCHECK_DEV or ../shared/dev)")
	devVerbose = flag.Bool("dev.v", false, "BenchmarkDev: list every miss, false alarm and unlabelled warning")
)

// devPath returns the folder of dev sets, or "" when there is none.
func devPath() string {
	for _, p := range []string{*devDir, os.Getenv("CROSSCHECK_DEV"), filepath.Join("..", "shared", "dev")} {
		if p == "" {
			continue
		}
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
	}
	return ""
}

// devCluster is one annotated story of a dev set: its articles and what a
// careful reader found in them.
type devCluster struct {
	Set, Name string
	Expected  *expect.File
	Articles  []*article.Article
}

// devSet is a dev set's clusters, in name order.
type devSet struct {
	Name     string
	Clusters []devCluster
}

// loadDevSets reads every set under root: each folder whose clusters
// (sub-folders) hold an expected.yaml and .txt articles, as the reference
// scorer reads them.
func loadDevSets(tb testing.TB, root string) []devSet {
	tb.Helper()
	setDirs, err := os.ReadDir(root)
	if err != nil {
		tb.Fatal(err)
	}
	var sets []devSet
	for _, sd := range setDirs {
		if !sd.IsDir() {
			continue
		}
		set := devSet{Name: sd.Name()}
		clusters, err := os.ReadDir(filepath.Join(root, sd.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		for _, cd := range clusters {
			if !cd.IsDir() {
				continue
			}
			dir := filepath.Join(root, sd.Name(), cd.Name())
			exp, err := expect.Load(filepath.Join(dir, "expected.yaml"))
			if err != nil {
				if os.IsNotExist(err) {
					continue
				}
				tb.Fatal(err)
			}
			texts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
			if err != nil {
				tb.Fatal(err)
			}
			arts, errs := article.Read(texts, readOptions(tb))
			if len(errs) > 0 {
				tb.Fatalf("%s: %v", dir, errs)
			}
			set.Clusters = append(set.Clusters, devCluster{Set: set.Name, Name: cd.Name(), Expected: exp, Articles: arts})
		}
		if len(set.Clusters) > 0 {
			sets = append(sets, set)
		}
	}
	return sets
}

// devSetScore is a whole set's score: the sum over its clusters.
type devSetScore struct {
	expect.Score
	Clusters int
	// OneStory counts the clusters whose articles, checked alone, form a
	// single story.
	OneStory int
	// Lines list what went wrong, cluster by cluster, for -dev.v.
	Lines []string
}

// scoreDevSet checks every cluster of a set alone and scores it with the
// expect package, by the reference scorer's rules.
func scoreDevSet(tb testing.TB, ck *Checker, set devSet) devSetScore {
	tb.Helper()
	var s devSetScore
	for _, c := range set.Clusters {
		rep, err := ck.Check(c.Articles, Options{})
		if err != nil {
			tb.Fatalf("%s/%s: %v", set.Name, c.Name, err)
		}
		sc := expect.Evaluate(c.Expected, rep)
		s.Add(sc)
		s.Clusters++
		if storiesOf(rep) == 1 {
			s.OneStory++
		} else {
			s.Lines = append(s.Lines, fmt.Sprintf("%s: SPLIT into %d stories", c.Name, storiesOf(rep)))
		}
		for _, r := range sc.Results {
			switch {
			case r.Section == "must_flag" && !r.OK:
				s.Lines = append(s.Lines, fmt.Sprintf("%s: MISSED %s (%s)", c.Name, r.Entry.ID, r.Entry.Kind))
			case r.Section == "must_not_flag" && !r.OK:
				s.Lines = append(s.Lines, fmt.Sprintf("%s: FALSE %s (%s) <- %s", c.Name, r.Entry.ID, r.Entry.Kind, findingLine(rep, r.Findings[0])))
			}
		}
		for _, f := range sc.Unlabelled {
			s.Lines = append(s.Lines, fmt.Sprintf("%s: UNLABELLED %s", c.Name, describe(&f)))
		}
	}
	return s
}

// storiesOf counts the distinct stories of a report's articles.
func storiesOf(rep *findings.Report) int {
	seen := map[string]bool{}
	for _, a := range rep.Articles {
		seen[a.Story] = true
	}
	return len(seen)
}

// findingLine describes the finding with id in rep.
func findingLine(rep *findings.Report, id string) string {
	for i := range rep.Findings {
		if rep.Findings[i].ID == id {
			return describe(&rep.Findings[i])
		}
	}
	return id
}

// describe renders a finding in one line: severity, rule, message and the
// cited claims.
func describe(f *findings.Finding) string {
	var cites []string
	for _, c := range f.Claims {
		cites = append(cites, fmt.Sprintf("%s %q", c.Article, c.Text))
	}
	msg := f.Message
	if len(msg) > 160 {
		msg = msg[:160] + "…"
	}
	return fmt.Sprintf("%s %s: %s [%s]", f.Severity, f.Rule, msg, strings.Join(cites, "; "))
}

// String is the set's summary line, in the reference scorer's words.
func (s devSetScore) String() string {
	recall := 1.0
	if s.MustFlag > 0 {
		recall = float64(s.Found) / float64(s.MustFlag)
	}
	byRule := s.UnlabelledByRule()
	rules := make([]string, 0, len(byRule))
	for r, n := range byRule {
		rules = append(rules, fmt.Sprintf("%s %d", r, n))
	}
	sort.Strings(rules)
	by := ""
	if len(rules) > 0 {
		by = " (" + strings.Join(rules, ", ") + ")"
	}
	return fmt.Sprintf("recall %d/%d = %.2f, false alarms %d/%d, unlabelled warnings %d%s, stretch %d/%d, findings %d, clusters %d, one story alone %d/%d",
		s.Found, s.MustFlag, recall, s.FalseAlarms, s.MustNotFlag, len(s.Unlabelled), by, s.StretchHit, s.Stretch, s.Findings, s.Clusters, s.OneStory, s.Clusters)
}

// bcubed scores the stories of one batch of every dev cluster against the
// clusters: B-cubed precision and recall over articles.
func bcubed(tb testing.TB, ck *Checker, sets []devSet) (p, r float64, articles, stories int) {
	tb.Helper()
	var arts []*article.Article
	clusterOf := map[string]string{}
	for _, set := range sets {
		for _, c := range set.Clusters {
			for _, a := range c.Articles {
				b := *a
				b.ID = set.Name + "/" + c.Name + "/" + a.ID
				clusterOf[b.ID] = set.Name + "/" + c.Name
				arts = append(arts, &b)
			}
		}
	}
	rep, err := ck.Check(arts, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	storyOf := map[string]string{}
	storySize, clusterSize, both := map[string]int{}, map[string]int{}, map[[2]string]int{}
	for _, a := range rep.Articles {
		storyOf[a.ID] = a.Story
		storySize[a.Story]++
		clusterSize[clusterOf[a.ID]]++
		both[[2]string{a.Story, clusterOf[a.ID]}]++
	}
	for _, a := range rep.Articles {
		n := float64(both[[2]string{a.Story, clusterOf[a.ID]}])
		p += n / float64(storySize[a.Story])
		r += n / float64(clusterSize[clusterOf[a.ID]])
	}
	n := float64(len(rep.Articles))
	return p / n, r / n, len(rep.Articles), len(storySize)
}

// BenchmarkDev checks every cluster of every annotated dev set alone,
// scores it by the reference scorer's rules, and prints per set: recall,
// false alarms, unlabelled warnings (by rule), and how many clusters form
// one story; then checks all clusters in one batch and prints the B-cubed
// precision and recall of its stories against the clusters.
//
//	go test -run XXX -bench Dev -benchtime 1x .          # -dev DIR or CROSSCHECK_DEV=DIR; -dev.v lists every miss
func BenchmarkDev(b *testing.B) {
	root := devPath()
	if root == "" {
		b.Skip("no dev sets: set -dev or CROSSCHECK_DEV")
	}
	ck := defaultChecker(b)
	sets := loadDevSets(b, root)
	for i := 0; i < b.N; i++ {
		for _, set := range sets {
			s := scoreDevSet(b, ck, set)
			fmt.Printf("%s: %s\n", set.Name, s)
			if *devVerbose {
				for _, l := range s.Lines {
					fmt.Printf("  %s\n", l)
				}
			}
			if s.MustFlag > 0 {
				b.ReportMetric(float64(s.Found)/float64(s.MustFlag), set.Name+"-recall")
			}
			b.ReportMetric(float64(s.FalseAlarms), set.Name+"-false-alarms")
			b.ReportMetric(float64(len(s.Unlabelled)), set.Name+"-unlabelled")
		}
		p, r, n, stories := bcubed(b, ck, sets)
		fmt.Printf("all clusters in one batch: %d articles, %d stories, B-cubed precision %.3f, recall %.3f\n", n, stories, p, r)
		b.ReportMetric(p, "bcubed-P")
		b.ReportMetric(r, "bcubed-R")
	}
}

// devFalseAlarmLimits are the most false alarms each dev set may raise;
// the figures themselves are BenchmarkDev's to print.
var devFalseAlarmLimits = map[string]int{"basil": 0, "gva": 0}

// TestDevFalseAlarms holds the dev sets' false alarms (warnings and errors
// on look-alikes that agree) at what the checker has reached.
func TestDevFalseAlarms(t *testing.T) {
	root := devPath()
	if root == "" {
		t.Skip("no dev sets: set -dev or CROSSCHECK_DEV")
	}
	ck := defaultChecker(t)
	for _, set := range loadDevSets(t, root) {
		limit, ok := devFalseAlarmLimits[set.Name]
		if !ok {
			continue
		}
		s := scoreDevSet(t, ck, set)
		if s.FalseAlarms > limit {
			for _, l := range s.Lines {
				if strings.Contains(l, ": FALSE ") {
					t.Log(l)
				}
			}
			t.Errorf("%s: %d false alarms, at most %d allowed", set.Name, s.FalseAlarms, limit)
		}
	}
}
