// Package index groups articles into stories and keeps an archive of
// articles and their claims in a bleve index, handing back the claims of a
// story's archived articles for comparison. The index does not judge: it
// never decides whether two claims disagree.
//
// Layout on disk: one bleve (scorch) index holds one document per article.
// The document indexes the article's id, content hash, grouping keys, its
// outlet and the outlet's keys (for page furniture), and stores the keys,
// outlet, title and publication day, and the article metadata with its
// claims as one JSON blob. Keeping an article and its claims in a single
// document makes every article write atomic and keeps the document count
// at one per article. The articles added in this process (a batch in
// memory, a dry run's arrivals) are kept for grouping in Go maps instead.
//
// Grouping reads every layer through one view and gives the same stories
// for the same set of articles however it is split between layers; see
// Index.Stories.
package index

import (
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
)

// Doc is what the index stores of one article: its metadata, its key terms
// for story grouping (computed by the index from Title and Text when the doc
// is added), and its claims.
type Doc struct {
	// Article is the article; its Title and Text give the grouping keys,
	// and on disk it is stored whole, text and line map included.
	Article *article.Article
	// Claims are the claims extracted from the article.
	Claims []claims.Claim
}

// Story is a group of articles that report the same event.
type Story struct {
	// ID is deterministic: "s-" and a short hash of the smallest article
	// id. A story is a function of the set of articles in the index, so an
	// archive and its arrivals give the stories of one batch.
	ID string
	// Articles are the ids of the story's articles, sorted.
	Articles []string
	// Title is a headline of one of the story's articles.
	Title string
}

// Options controls how Open treats an on-disk index.
type Options struct {
	// Wait makes Open wait for another process's lock instead of failing.
	Wait bool
	// ReadOnly opens an existing index for reading only; several read-only
	// opens may share a directory, but not with a writer.
	ReadOnly bool
	// NoStore keeps only what grouping needs, not the articles' metadata
	// and claims: for a one-off batch in memory whose caller holds the
	// docs. Load then finds nothing.
	NoStore bool
	// Keys is the rulebook's vocabulary for grouping keys (NewKeyRules);
	// nil knows function words only. An archive's keys are computed when
	// its articles are added, so add and check with the same rulebook.
	Keys *KeyRules
	// Workers bounds the goroutines that Add and Stories use; 0 means
	// GOMAXPROCS. The answer does not depend on it.
	Workers int
}

// AddStats counts what Add did.
type AddStats struct {
	// Added is the number of articles new to the index.
	Added int
	// Replaced is the number of articles whose content changed and whose
	// old doc and claims were replaced.
	Replaced int
	// Unchanged is the number of articles already stored with the same hash.
	Unchanged int
	// Claims is the number of claims written with added or replaced articles.
	Claims int
}
