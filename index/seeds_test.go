package index

import (
	"testing"

	"github.com/newsdesk/crosscheck/article"
)

// TestSeedsFormOneStory groups the five seed articles, all about Secretary
// of State Rubio's calls with India and Pakistan in May 2025, and expects
// them in one story: a batch about one event must not be split by the
// mutual top-k rule.
func TestSeedsFormOneStory(t *testing.T) {
	arts, errs := article.Read([]string{"../testdata/seeds"}, article.Options{})
	if errs != nil {
		t.Fatal(errs)
	}
	if len(arts) != 5 {
		t.Fatalf("read %d seed articles, want 5", len(arts))
	}
	ix := mustOpen(t, "")
	defer ix.Close()
	docs := make([]Doc, len(arts))
	ids := make([]string, len(arts))
	for i, a := range arts {
		docs[i] = Doc{Article: a}
		ids[i] = a.ID
	}
	if _, err := ix.Add(docs); err != nil {
		t.Fatal(err)
	}
	st, err := ix.Stories(ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || len(st[0].Articles) != 5 {
		var got [][]string
		for _, s := range st {
			got = append(got, s.Articles)
		}
		t.Fatalf("stories %v, want one story of 5", got)
	}
}
