// Package index stores articles and their claims in a bleve index, groups
// articles into stories and hands back the claims of a story, new and
// archived, for comparison. The index does not judge: it never decides
// whether two claims disagree.
//
// Layout: one bleve (scorch) index holds one document per article. The
// document indexes the article's id, content hash, grouping keys and the
// terms of its claims (kind and subject), and stores the article metadata and
// its claims as one JSON blob that is not indexed. Keeping an article and its
// claims in a single document makes every article write atomic and keeps the
// document count at one per article (bleve indexes roughly 10k documents a
// second, so one document per claim would dominate a run's time).
package index

import (
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
)

// Doc is what the index stores of one article: its metadata, its key terms
// for story grouping (computed by the index from Title and Text when the doc
// is added), and its claims.
type Doc struct {
	// Article is the article's metadata; its Text is used to compute the
	// grouping keys but is not stored.
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
