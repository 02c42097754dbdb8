package index

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
)

// TestCancelMidAdd cancels an Add to disk after its first batch and checks
// that the index opens again holding that batch whole and nothing else,
// and takes the rest of the articles afterwards.
func TestCancelMidAdd(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	n := groupSize*2 + 100
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = crashDoc(i, 1)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	defer func(h func()) { testHookGroupWritten = h }(testHookGroupWritten)
	testHookGroupWritten = cancel

	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := ix.Add(ctx, docs)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Add after cancel: err %v, want context.Canceled", err)
	}
	if st.Added != groupSize {
		t.Errorf("Add after cancel: %d added, want the first batch, %d", st.Added, groupSize)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err = Open(dir, Options{})
	if err != nil {
		t.Fatalf("reopening a cancelled index: %v", err)
	}
	defer ix.Close()
	if c, err := ix.Count(); err != nil || c != groupSize {
		t.Fatalf("reopened index holds %d articles (err %v), want %d", c, err, groupSize)
	}
	ids := make([]string, groupSize)
	for i := range ids {
		ids[i] = docs[i].Article.ID
	}
	loaded, err := ix.Load(ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded) != groupSize {
		t.Fatalf("loaded %d articles, want %d", len(loaded), groupSize)
	}
	for _, d := range loaded {
		if len(d.Claims) != len(docs[0].Claims) {
			t.Fatalf("article %s has %d claims, want %d", d.Article.ID, len(d.Claims), len(docs[0].Claims))
		}
	}
	testHookGroupWritten = func() {}
	st, err = ix.Add(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if st.Unchanged != groupSize || st.Added != n-groupSize {
		t.Errorf("second Add: %+v, want %d unchanged and %d added", st, groupSize, n-groupSize)
	}
	if _, err := ix.Stories(context.Background(), ids[:3]); err != nil {
		t.Errorf("grouping after a cancelled Add: %v", err)
	}
}

// TestCancelledStories checks that grouping with a cancelled context
// stops with the context's error.
func TestCancelledStories(t *testing.T) {
	ix, err := Open("", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Add(context.Background(), shootingDocs()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Stories(ctx, []string{"a1", "a2"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Stories with a cancelled context: err %v, want context.Canceled", err)
	}
}
