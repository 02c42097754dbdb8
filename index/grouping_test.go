package index

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// dated is an article published on the given day of 2021.
func dated(id, title, text string, yday int) Doc {
	return Doc{Article: &article.Article{ID: id, Title: title, Text: text,
		Published: time.Date(2021, 1, 0, 0, 0, 0, 0, time.UTC).AddDate(0, 0, yday)}}
}

// storiesOf groups docs in a fresh index and returns each story's articles.
func storiesOf(t *testing.T, docs ...Doc) [][]string {
	t.Helper()
	ix := mustOpen(t, "")
	defer ix.Close()
	if _, err := ix.Add(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.Article.ID)
	}
	st, err := ix.Stories(context.Background(), ids)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, s := range st {
		out = append(out, s.Articles)
	}
	return out
}

// wantStories checks that docs, grouped in a fresh index, form n stories.
func wantStories(t *testing.T, n int, what string, docs ...Doc) {
	t.Helper()
	if got := storiesOf(t, docs...); len(got) != n {
		t.Errorf("%s: stories %v, want %d", what, got, n)
	}
}

// Two reports that share one place and name one kind of event are one
// story when they appeared within days of each other, and two when months
// apart: a place and a kind of event at one time is what two local reports
// of one shooting share.
func TestPlaceAndKindAtTime(t *testing.T) {
	a := dated("a", "Teens hurt in shooting near Ostrava Lake",
		"Three teenagers were wounded when someone opened fire on a car near Ostrava Lake early Sunday, deputies said.", 100)
	b := dated("b", "Deputies seek gunman",
		"Deputies are looking for the gunman in the shooting near Ostrava Lake that wounded three teenagers.", 101)
	if got := storiesOf(t, a, b); !reflect.DeepEqual(got, [][]string{{"a", "b"}}) {
		t.Errorf("a day apart: %v, want one story", got)
	}
	b.Article.Published = b.Article.Published.AddDate(0, 5, 0)
	wantStories(t, 2, "five months apart", a, b)
}

// A brief that names only the event's place, its kind and a figure joins
// the story of the long reports and does not pull one of them out of it.
func TestBriefJoinsStory(t *testing.T) {
	long := func(id, title, extra string) Doc {
		return Doc{Article: &article.Article{ID: id, Title: title, Text: "Foreign Minister Lena Varga of Estoria spoke with " +
			"General Tomas Brandt of Vesland on Friday about the bombing in Karvala, where 12 villagers were killed. " +
			"Varga urged Brandt to open the Hollin crossing to aid convoys. " + extra}}
	}
	docs := []Doc{
		long("l1", "Estoria presses Vesland over Karvala", "Aid groups in Mirren welcomed the call."),
		long("l2", "Varga calls Brandt", "The Mirren office of the Red Lantern agency said convoys were ready."),
		long("l3", "Talks on Hollin crossing", "Brandt said Vesland would study the request."),
		{Article: &article.Article{ID: "x", Title: "Toll rises",
			Text: "The bombing in Karvala last week killed 14 villagers, officials said on Monday."}},
	}
	if got := storiesOf(t, docs...); !reflect.DeepEqual(got, [][]string{{"l1", "l2", "l3", "x"}}) {
		t.Errorf("stories %v, want one story of four", got)
	}
}

// A headline's first word is a name when the article never writes it in
// lower case and the rulebook does not know it as a word of news.
func TestKeysHeadlineFirstWord(t *testing.T) {
	kr := testKeys(t)
	a := &article.Article{Title: "Brantley diner owner shot during robbery",
		Text: "The owner of a diner was shot and wounded during a robbery on Friday night, police said."}
	if got := kr.Keys(a); !contains(got, "brantley") {
		t.Errorf("keys %v lack the headline's name", got)
	}
	a = &article.Article{Title: "Robbery suspect arrested",
		Text: "A suspect in the robbery of a diner was arrested on Friday."}
	if got := kr.Keys(a); contains(got, "robbery") {
		t.Errorf("keys %v hold a word the body writes in lower case", got)
	}
	a = &article.Article{Title: "Shooting leaves two hurt", Text: "Two men were hurt on Friday."}
	if got := kr.Keys(a); contains(got, "shooting") {
		t.Errorf("keys %v hold a word of news", got)
	}
}

// The kinds of events an article names are keys of their own, found by
// the rulebook's event words, one or several.
func TestKeysEventKinds(t *testing.T) {
	kr := testKeys(t)
	a := &article.Article{Text: "A man opened fire outside a bar on Friday. Later, a storm knocked out power."}
	got := kr.Keys(a)
	for _, k := range []string{"event:attack", "event:disaster"} {
		if !contains(got, k) {
			t.Errorf("keys %v lack %q", got, k)
		}
	}
	if contains(kr.Keys(&article.Article{Text: "The council met on Friday."}), "event:attack") {
		t.Error("an article without event words has an event key")
	}
	if got := kr.Keys(&article.Article{Text: "A teenager was shot to death on Friday."}); !contains(got, "event:"+casualtyEvent) {
		t.Errorf("keys %v lack the casualties kind", got)
	}
}

// A desk's rulebook layer reaches key extraction: a title it adds is cut
// from the names it precedes, and a generic word it adds is no key alone.
func TestKeysFollowRulebook(t *testing.T) {
	a := &article.Article{Text: "On Friday, Constable Mira Holt said the Quarry Ward office was closed."}
	plain := NewKeyRules(&rules.Rulebook{})
	if got := plain.Keys(a); !contains(got, "constable mira holt") || !contains(got, "ward") {
		t.Fatalf("keys without the layer: %v", got)
	}
	desk := NewKeyRules(&rules.Rulebook{
		Titles:   []rules.Title{{ID: "constable", Words: []string{"Constable"}}},
		Lexicons: rules.Lexicons{GenericNameWords: []string{"ward"}},
	})
	got := desk.Keys(a)
	if !contains(got, "mira holt") || contains(got, "constable mira holt") || contains(got, "ward") || !contains(got, "quarry ward") {
		t.Errorf("keys with the layer: %v", got)
	}
}

// A short form of a place word at the end of a name is spelled out, so
// "Alder Rd." and "Alder Road" are one key; a desk's layer adds its own.
func TestKeysSpellOutPlaceAbbreviations(t *testing.T) {
	a := &article.Article{Text: "Crews closed Alder Rd. near Kestrel Pkwy on Monday, and traffic went by Heron Ter instead."}
	got := testKeys(t).Keys(a)
	if !contains(got, "alder road") || !contains(got, "kestrel parkway") || contains(got, "alder rd") {
		t.Errorf("keys with the built-in place abbreviations: %v", got)
	}
	if contains(got, "heron terrace") {
		t.Errorf("keys spell out a short form the rulebook does not give: %v", got)
	}
	desk := NewKeyRules(&rules.Rulebook{Lexicons: rules.Lexicons{
		PlaceAbbreviations: []rules.PlaceAbbreviation{{ID: "terrace", Words: []string{"Ter."}}},
	}})
	if got := desk.Keys(a); !contains(got, "heron terrace") {
		t.Errorf("keys with a layer's place abbreviation: %v", got)
	}
}

// Two reports a few weeks apart from one city that give the ages of the
// people involved, none in common, are about different people: they need
// more in common than two reports that give no ages; in a small batch, so
// do two reports of one day.
func TestDisjointAgesNeedMore(t *testing.T) {
	if !disjointAges([]string{"age:16", "age:19", "brent"}, []string{"age:44", "brent"}) {
		t.Error("ages 16, 19 and 44 are disjoint")
	}
	if disjointAges([]string{"age:16", "brent"}, []string{"age:16", "age:44"}) {
		t.Error("a shared age is not disjoint")
	}
	if disjointAges([]string{"brent"}, []string{"age:44"}) {
		t.Error("one side without ages says nothing")
	}
	s := &storyState{g: defaultGrouping, v: &view{n: smallIndex}}
	a := &docMeta{keys: []string{"age:16"}, published: time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)}
	b := &docMeta{keys: []string{"age:44"}, published: time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC)}
	if got := s.thresholdFor(a, b); got != s.g.ageThresh {
		t.Errorf("threshold %v, want %v", got, s.g.ageThresh)
	}
	b.published = a.published.AddDate(0, 0, 1)
	if got := s.thresholdFor(a, b); got != s.g.nearThresh {
		t.Errorf("a day apart: threshold %v, want %v", got, s.g.nearThresh)
	}
	s.v.n = smallIndex - 1
	if got := s.thresholdFor(a, b); got != s.g.ageThresh {
		t.Errorf("a day apart in a small batch: threshold %v, want %v", got, s.g.ageThresh)
	}
}

// In a small batch two full reports of different shootings in one city a
// few days apart share the city and the kind of event, as two reports of
// one shooting do: that is not enough for one story.
func TestDifferentShootingsOneCity(t *testing.T) {
	a := dated("a", "Man shot outside Marlow Street store",
		"A man was shot outside the Quickmart on Marlow Street in Dunmore on Tuesday. Officer Dana Pike said "+
			"Reginald Oakes was taken to Saint Brigid Hospital. Witnesses saw a grey Acura drive away.", 100)
	b := dated("b", "Teen wounded near Fenwick Park",
		"A teenager was wounded in a shooting near Fenwick Park in Dunmore on Sunday. Sergeant Luis Ocampo said "+
			"the boy was treated at Halvorsen Medical Center. Residents of Cobb Lane heard four shots.", 105)
	wantStories(t, 2, "one city, days apart", a, b)
}
