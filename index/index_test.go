package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

func art(id, hash, title, text string) *article.Article {
	return &article.Article{ID: id, Hash: hash, Title: title, Text: text,
		Published: time.Date(2016, 5, 10, 0, 0, 0, 0, time.UTC)}
}

func casualty(articleID string, n int, subject string, places ...string) claims.Claim {
	iv := claims.Exact(float64(n))
	return claims.Claim{
		ID:      fmt.Sprintf("%s#%d", articleID, n),
		Article: articleID,
		Kind:    claims.Casualty,
		Text:    fmt.Sprintf("%d killed", n),
		Subject: claims.Subject{Key: "event:shooting", Event: "shooting", Text: subject, Places: places},
		Value:   claims.Value{Number: &iv, Status: "killed"},
		Stated:  claims.Stated{Mode: claims.Asserted},
	}
}

// shootingDocs are two reports of one shooting, one of another shooting,
// and unrelated business news.
func shootingDocs() []Doc {
	return []Doc{
		{Article: art("a1", "h1", "Two killed in shooting on Edwards Street in Rocky Mount",
			"Two men were killed in a shooting on Edwards Street in Rocky Mount on Monday, police said.\n\n"+
				"Police identified the victims as Kevin Barbee and Marcus Whitfield. Officers found Barbee near Word Tabernacle Church.\n\n"+
				"Tips go to the Rocky Mount Police Department by phone."),
			Claims: []claims.Claim{casualty("a1", 2, "shooting", "rocky mount")}},
		{Article: art("a2", "h2", "Victims named in Rocky Mount shooting",
			"Police on Tuesday named Kevin Barbee and Marcus Whitfield as the men shot dead on Edwards Street.\n\n"+
				"Barbee and Whitfield were found near Word Tabernacle Church in Rocky Mount. Nash General Hospital said a third man was treated."),
			Claims: []claims.Claim{casualty("a2", 3, "shooting", "rocky mount")}},
		{Article: art("a3", "h3", "Man wounded in Tacoma parking lot",
			"A man was wounded in a shooting at a parking lot on Pacific Avenue in Tacoma, the Pierce County Sheriff said.\n\n"+
				"Deputies said Jordan Ellsworth was taken to Tacoma General Hospital."),
			Claims: []claims.Claim{casualty("a3", 0, "shooting", "tacoma")}},
		{Article: art("a4", "h4", "Cocoa prices rise in Bahia",
			"Comissaria Smith said cocoa prices rose in Bahia as shippers in Ilheus waited for rain.")},
	}
}

func mustOpen(t *testing.T, dir string) *Index {
	t.Helper()
	ix, err := Open(dir, Options{Keys: testKeys(t)})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// testKeys compiles the built-in rulebook's vocabulary for keys.
func testKeys(tb testing.TB) *KeyRules {
	tb.Helper()
	keysOnce.Do(func() {
		data, err := os.ReadFile(filepath.Join("..", "rules.yaml"))
		if err != nil {
			keysErr = err
			return
		}
		rb, _, err := rules.Load(rules.LoadOptions{Default: data})
		if err != nil {
			keysErr = err
			return
		}
		keysRules = NewKeyRules(rb)
	})
	if keysErr != nil {
		tb.Fatal(keysErr)
	}
	return keysRules
}

var (
	keysOnce  sync.Once
	keysRules *KeyRules
	keysErr   error
)

func TestStoriesGroupSameShooting(t *testing.T) {
	ix := mustOpen(t, "")
	defer ix.Close()
	if _, err := ix.Add(context.Background(), shootingDocs()); err != nil {
		t.Fatal(err)
	}
	st, err := ix.Stories(context.Background(), []string{"a1", "a2", "a3", "a4"})
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, s := range st {
		got = append(got, s.Articles)
		if !strings.HasPrefix(s.ID, "s-") || s.ID != storyID(s.Articles[0]) {
			t.Errorf("story id %q for %v", s.ID, s.Articles)
		}
	}
	want := [][]string{{"a1", "a2"}, {"a3"}, {"a4"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("stories %v, want %v", got, want)
	}
	if st[0].Title != "Two killed in shooting on Edwards Street in Rocky Mount" {
		t.Errorf("title %q", st[0].Title)
	}
	// A later batch of one new article joins the archived story.
	if _, err := ix.Add(context.Background(), []Doc{{Article: art("a5", "h5", "Funeral for Kevin Barbee",
		"Mourners gathered at Word Tabernacle Church in Rocky Mount for Kevin Barbee, shot on Edwards Street with Marcus Whitfield.")}}); err != nil {
		t.Fatal(err)
	}
	st, err = ix.Stories(context.Background(), []string{"a5"})
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || !reflect.DeepEqual(st[0].Articles, []string{"a1", "a2", "a5"}) {
		t.Fatalf("stories of new article: %+v", st)
	}
}

func TestKeys(t *testing.T) {
	a := art("k", "", "Teen shot at Rocky Mount court - WRAL News",
		"Police said Officer John Smith found the 15-year-old on Main St. near the Greene County Courthouse.")
	got := testKeys(t).Keys(a)
	for _, k := range []string{"rocky mount", "john smith", "smith", "main street", "greene county courthouse", "courthouse", "age:15"} {
		if !contains(got, k) {
			t.Errorf("keys %v lack %q", got, k)
		}
	}
	for _, k := range []string{"police", "officer", "wral", "teen", "county"} {
		if contains(got, k) {
			t.Errorf("keys %v have %q", got, k)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestAddIdempotentAndReplace(t *testing.T) {
	ix := mustOpen(t, "")
	defer ix.Close()
	docs := shootingDocs()
	st, err := ix.Add(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if st != (AddStats{Added: 4, Claims: 3}) {
		t.Fatalf("first add %+v", st)
	}
	st, err = ix.Add(context.Background(), docs[:1])
	if err != nil {
		t.Fatal(err)
	}
	if st != (AddStats{Unchanged: 1}) {
		t.Fatalf("re-add %+v, want 0 added, 1 unchanged", st)
	}
	changed := Doc{Article: art("a1", "h1b", docs[0].Article.Title, docs[0].Article.Text+" A third man died."),
		Claims: []claims.Claim{casualty("a1", 3, "shooting", "rocky mount"), casualty("a1", 1, "shooting", "nash")}}
	st, err = ix.Add(context.Background(), []Doc{changed})
	if err != nil {
		t.Fatal(err)
	}
	if st != (AddStats{Replaced: 1, Claims: 2}) {
		t.Fatalf("changed add %+v", st)
	}
	got, err := ix.Load([]string{"a1", "nope"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Article.Hash != "h1b" || len(got[0].Claims) != 2 || got[0].Claims[0].ID != "a1#3" {
		t.Fatalf("after replace: %+v", got)
	}
	if n, _ := ix.Count(); n != 4 {
		t.Fatalf("count %d, want 4", n)
	}
}

func TestOnDiskReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix := mustOpen(t, dir)
	if _, err := ix.Add(context.Background(), shootingDocs()); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		ix, err := Open(dir, Options{ReadOnly: ro})
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := ix.Count(); n != 4 {
			t.Fatalf("count after reopen %d", n)
		}
		got, err := ix.Load([]string{"a2", "a1"})
		if err != nil || len(got) != 2 || got[0].Article.ID != "a2" || got[0].Claims[0].ID != "a2#3" ||
			!got[0].Article.Published.Equal(time.Date(2016, 5, 10, 0, 0, 0, 0, time.UTC)) {
			t.Fatalf("load after reopen: %+v %v", got, err)
		}
		st, err := ix.Stories(context.Background(), []string{"a1"})
		if err != nil || len(st) != 1 || len(st[0].Articles) != 2 {
			t.Fatalf("stories after reopen: %+v %v", st, err)
		}
		if ro {
			if _, err := ix.Add(context.Background(), shootingDocs()); err == nil {
				t.Fatal("Add on read-only index succeeded")
			}
		} else if s, _ := ix.Add(context.Background(), shootingDocs()); s.Unchanged != 4 {
			t.Fatalf("re-add after reopen: %+v", s)
		}
		ix.Close()
	}
}

func TestRefuseForeignDir(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
	_, err := Open(dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "is not a crosscheck index") {
		t.Fatalf("foreign dir: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "notes.txt")); string(b) != "mine" {
		t.Fatal("foreign dir touched")
	}
	// An empty directory is taken over, and nothing is left beside it.
	parent := t.TempDir()
	empty := filepath.Join(parent, "ix")
	os.Mkdir(empty, 0o755)
	ix, err := Open(empty, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if ents, _ := os.ReadDir(parent); len(ents) != 1 {
		t.Fatalf("left beside the index: %v", ents)
	}
	if _, err := os.Stat(filepath.Join(empty, markerName)); err != nil {
		t.Fatal(err)
	}
}

func TestLock(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix := mustOpen(t, dir)
	_, err := Open(dir, Options{})
	want := fmt.Sprintf("index %s is in use by another crosscheck process (pid %d)", dir, os.Getpid())
	if err == nil || err.Error() != want {
		t.Fatalf("second open: %v, want %q", err, want)
	}
	if _, err := Open(dir, Options{ReadOnly: true}); err == nil {
		t.Fatal("read-only open beside a writer succeeded")
	}
	done := make(chan error)
	go func() {
		ix2, err := Open(dir, Options{Wait: true})
		if err == nil {
			ix2.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("waiting open returned early: %v", err)
	case <-time.After(200 * time.Millisecond):
	}
	ix.Close()
	if err := <-done; err != nil {
		t.Fatalf("waiting open: %v", err)
	}
}

// TestLockNamesHolder checks that a writer refused by a reader names the
// reader, not the last writer recorded in the lock file.
func TestLockNamesHolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	mustOpen(t, dir).Close()
	// What a writer that is long gone would have left in the lock file.
	if err := os.WriteFile(filepath.Join(dir, lockName), []byte("999999\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// And the holder file of a reader killed without closing.
	if err := os.WriteFile(filepath.Join(dir, holderPrefix+"999998-1"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir, Options{})
	want := fmt.Sprintf("index %s is in use by another crosscheck process (pid %d)", dir, os.Getpid())
	if err == nil || err.Error() != want {
		r.Close()
		t.Fatalf("writer beside a reader: %v, want %q", err, want)
	}
	if _, err := os.Stat(filepath.Join(dir, holderPrefix+"999998-1")); !os.IsNotExist(err) {
		t.Fatalf("stale holder file of a dead reader kept: %v", err)
	}
	r.Close()
	ents, _ := filepath.Glob(filepath.Join(dir, holderPrefix+"*"))
	if len(ents) != 0 {
		t.Fatalf("holder files left after close: %v", ents)
	}
}

// TestStaleTemporariesRemoved checks that the temporary directory of a
// creation killed before it finished is removed by the next creation,
// while one whose creator still holds its lock is left alone.
func TestStaleTemporariesRemoved(t *testing.T) {
	parent := t.TempDir()
	dead := filepath.Join(parent, ".ix.tmp-111")
	live := filepath.Join(parent, ".ix.tmp-222")
	other := filepath.Join(parent, ".other.tmp-333")
	for _, d := range []string{dead, live, other} {
		if err := os.MkdirAll(filepath.Join(d, bleveName), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, lockName), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lk, err := lockDir(live, false, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lk.unlock()
	ix := mustOpen(t, filepath.Join(parent, "ix"))
	ix.Close()
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Errorf("stale temporary %s kept: %v", dead, err)
	}
	for _, d := range []string{live, other} {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("%s removed: %v", d, err)
		}
	}
}
