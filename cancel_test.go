package crosscheck

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/findings"
)

// TestCancelMidCheck cancels a check over an on-disk index while it groups
// stories, after the batch was written: the check says it was cancelled,
// and the index opens again and gives the batch's findings, as an
// uninterrupted check does. (index.TestCancelMidAdd cancels between the
// batches of one Add.)
func TestCancelMidCheck(t *testing.T) {
	ck := defaultChecker(t)
	arts := readSeeds(t)
	want, err := ck.Check(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "archive")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stages := ""
	_, err = ck.CheckContext(ctx, arts, Options{IndexDir: dir, Progress: func(p Progress) {
		if !strings.HasSuffix(stages, " "+p.Stage) {
			stages += " " + p.Stage
		}
		if p.Stage == StageStories {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled check: err %v, want context.Canceled", err)
	}
	if strings.Contains(stages, StageCompare) {
		t.Errorf("the check went on to compare after the cancel: stages%s", stages)
	}
	got, err := ck.Check(arts, Options{IndexDir: dir})
	if err != nil {
		t.Fatalf("checking against the index a cancelled check left: %v", err)
	}
	if !reflect.DeepEqual(findingIDs(got), findingIDs(want)) {
		t.Errorf("after a cancelled check the index gives findings %v, want %v", findingIDs(got), findingIDs(want))
	}
}

// TestPanicNamesArticle makes a stage panic (here the progress callback,
// called as each article's extraction finishes) and checks that the panic
// reaches the caller as a *Panic naming the article.
func TestPanicNamesArticle(t *testing.T) {
	ck := defaultChecker(t)
	arts := readSeeds(t)
	for _, workers := range []int{1, 2} {
		p := func() (p *Panic) {
			defer func() { p, _ = recover().(*Panic) }()
			_, _ = ck.Check(arts, Options{Workers: workers, Progress: func(pr Progress) {
				if pr.Stage == StageExtract && pr.Done == 2 {
					panic("boom")
				}
			}})
			return nil
		}()
		if p == nil {
			t.Fatalf("workers %d: no *Panic reached the caller", workers)
		}
		named := false
		for _, a := range arts {
			named = named || strings.Contains(p.Error(), "article "+a.ID)
		}
		if !named || !strings.Contains(p.Error(), "boom") {
			t.Errorf("workers %d: %q names no article of the batch or not the panic", workers, p.Error())
		}
	}
}

// readSeeds reads the seed articles.
func readSeeds(t *testing.T) []*article.Article {
	t.Helper()
	arts, errs := article.Read([]string{filepath.Join("testdata", "seeds")}, readOptions(t))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return arts
}

// findingIDs lists a report's finding ids in order.
func findingIDs(rep *findings.Report) []string {
	ids := make([]string, len(rep.Findings))
	for i, f := range rep.Findings {
		ids[i] = f.ID
	}
	return ids
}
