package index

import (
	"context"
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
	if _, err := ix.Add(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	st, err := ix.Stories(context.Background(), ids)
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

// TestShortReportsGroup checks that two short reports of one event that
// share only two names still form a story in a small batch, and that a
// third article about something else stays apart.
func TestShortReportsGroup(t *testing.T) {
	mk := func(id, title, text string) Doc {
		return Doc{Article: &article.Article{ID: id, Title: title, Text: text}}
	}
	docs := []Doc{
		mk("a", "Blast at Korvel refinery", "An explosion at the Korvel refinery in Dunmark killed four workers on Tuesday, officials said."),
		mk("b", "Four dead in refinery fire", "Four workers died when a fire broke out at the Korvel refinery outside Dunmark on Tuesday."),
		mk("c", "Library budget approved", "The Fairhaven council approved a budget for the new Elm Street library on Monday, Mayor Rosa Delgado said."),
	}
	ix, err := Open("", Options{Keys: testKeys(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Add(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	st, err := ix.Stories(context.Background(), []string{"a", "b", "c"})
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 2 || len(st[0].Articles)+len(st[1].Articles) != 3 {
		t.Fatalf("stories %+v", st)
	}
	for _, s := range st {
		if len(s.Articles) == 2 && (s.Articles[0] != "a" || s.Articles[1] != "b") {
			t.Errorf("wrong pair %v", s.Articles)
		}
	}
}
