package compare

import (
	"regexp"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// background reports whether a claim's sentence tells of an earlier event
// rather than the story's own: it holds one of the rulebook's background
// times ("in 2013", "two years ago"), or a date that lies more than a
// fortnight before the article's publication. News reports
// recall earlier tolls ("In February 2013 a meteor ... injuring more than
// 1,000 people"); such figures are not the story's figure.
func (j *judge) background(c *claims.Claim) bool {
	if j.c.backgroundTimes != nil && j.c.backgroundTimes.MatchString(c.SentenceText) {
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

// compileBackgroundTimes joins the rulebook's background times into one
// case-insensitive expression matched at word boundaries; nil when there
// are none.
func compileBackgroundTimes(bts []rules.BackgroundTime) (*regexp.Regexp, error) {
	if len(bts) == 0 {
		return nil, nil
	}
	alts := make([]string, len(bts))
	for i, b := range bts {
		alts[i] = "(?:" + b.Regex + ")"
	}
	return regexp.Compile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
}
