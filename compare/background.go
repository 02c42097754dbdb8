package compare

import (
	"regexp"

	"github.com/newsdesk/crosscheck/claims"
)

// pastYear finds a year or a span of years that places a sentence in the
// past: "in 2013", "In February 2013", "since 1987", "a year ago", "last
// year", "two years ago", "last November" (a month of an earlier year, or
// months back).
var pastYear = regexp.MustCompile(`(?i)\b(?:(?:in|since|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:[a-z]+\s+)?(?:19|20)\d\d\b|(?:a|one|two|three|four|five|several|\d+)\s+years?\s+ago\b|last\s+(?:year|january|february|march|april|may|june|july|august|september|october|november|december)\b)`)

// background reports whether a claim's sentence tells of an earlier event
// rather than the story's own: it names a past year, or a date that lies
// more than a fortnight before the article's publication. News reports
// recall earlier tolls ("In February 2013 a meteor ... injuring more than
// 1,000 people"); such figures are not the story's figure.
func (j *judge) background(c *claims.Claim) bool {
	if pastYear.MatchString(c.SentenceText) {
		return true
	}
	a := j.st.Articles[c.Article]
	if a == nil || !a.HasDate() {
		return false
	}
	for _, d := range j.datesOf(c) {
		if d.Resolved && d.YearKnown && a.Published.Sub(d.End) > sameTimeWindow {
			return true
		}
	}
	return false
}

// datesOf returns the dates stated in a claim's sentence.
func (j *judge) datesOf(c *claims.Claim) []*claims.DateValue {
	if j.sentenceDates == nil {
		j.sentenceDates = map[sentenceKey][]*claims.DateValue{}
		for i := range j.st.Claims {
			d := &j.st.Claims[i]
			if d.Value.Date != nil {
				k := sentenceKey{d.Article, d.Sentence.Start}
				j.sentenceDates[k] = append(j.sentenceDates[k], d.Value.Date)
			}
		}
	}
	return j.sentenceDates[sentenceKey{c.Article, c.Sentence.Start}]
}

// sentenceKey names a sentence of an article.
type sentenceKey struct {
	article string
	start   int
}
