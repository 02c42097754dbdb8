package crosscheck

import (
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// ArticleVocabulary is what reading needs to know of news pages, from the
// rulebook's lexicons (boilerplate, dateline_labels, furniture_classes):
// pass it as article.Options.Vocabulary.
func ArticleVocabulary(rb *rules.Rulebook) *article.Vocabulary {
	lx := rb.Lexicons
	return &article.Vocabulary{
		Boilerplate:      lx.Boilerplate,
		DatelineLabels:   lx.DatelineLabels,
		FurnitureClasses: lx.FurnitureClasses,
	}
}

// ReadOptions are the reading options that go with the checker's
// rulebook: its vocabulary of news pages.
func (c *Checker) ReadOptions() article.Options {
	return article.Options{Vocabulary: ArticleVocabulary(c.rb)}
}
