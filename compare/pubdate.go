package compare

import (
	"fmt"
	"time"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// dateLineRule is the Rule of the claim standing for an article's date
// line, which is not part of its text: its position is the date line's
// own in the source file.
const dateLineRule = "date-line"

// staleAfter is how far an article's publication date may lie after the
// latest event date the other sources give before it is questioned.
const staleAfter = 45 * 24 * time.Hour

// pubDates questions an article's date line when it lies months after every
// explicit event date the story's other sources give, while the article
// dates its own events relative to it ("early Saturday", "this week"): the
// date line is then more likely when the page was saved, and its relative
// dates are off.
func (j *judge) pubDates(cls []*claims.Claim) {
	ids, per := byArticle(cls)
	for _, id := range ids {
		a := j.st.Articles[id]
		if a == nil || !a.HasDate() || a.DateLine == "" {
			continue
		}
		var relative *claims.Claim
		for _, c := range per[id] {
			if c.Value.Date != nil && c.Value.Date.Relative && c.Value.Date.Resolved {
				relative = c
				break
			}
		}
		if relative == nil {
			continue
		}
		var latest *claims.Claim
		var latestT time.Time
		dated := map[string]time.Time{}
		for _, other := range ids {
			if other == id {
				continue
			}
			for _, c := range per[other] {
				d := c.Value.Date
				if d == nil || !d.Resolved || d.Relative || d.Granularity != claims.Day {
					continue
				}
				t := d.Start
				if !d.YearKnown {
					t = time.Date(a.Published.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
					if t.After(a.Published) {
						t = t.AddDate(-1, 0, 0)
					}
				}
				if latest == nil || t.After(latestT) {
					latest, latestT = c, t
				}
				if prev, ok := dated[other]; !ok || t.After(prev) {
					dated[other] = t
				}
			}
		}
		if latest == nil || a.Published.Sub(latestT) < staleAfter || !corroborated(dated, latestT) {
			continue
		}
		line := &claims.Claim{
			ID: id + "#dateline", Article: id, Kind: claims.Date,
			SentenceText: a.DateLine, Text: a.DateLine,
			Value: claims.Value{Date: &claims.DateValue{Expr: a.DateLine, Resolved: true, Start: a.Published, End: a.Published.AddDate(0, 0, 1), Granularity: claims.Day, YearKnown: true}},
			Rule:  dateLineRule,
		}
		days := int(a.Published.Sub(latestT).Hours() / 24)
		j.emit(claims.Date, rules.OutcomePubdateInconsistent, "the date line of "+id, "pubdate|"+id,
			fmt.Sprintf("%s is dated %s, %d days after the latest event date other sources give (%s in %s), yet dates events relatively (%q)",
				id, a.Published.Format("2006-01-02"), days, ValueText(latest), latest.Article, relative.Text),
			map[string]any{"Article": id, "Values": a.DateLine + " vs " + quoteText(latest)},
			side{claims: []*claims.Claim{line, relative}}, side{claims: []*claims.Claim{latest}})
	}
}

// corroborated reports whether at least two other articles date events
// within a month of the latest date: one article's old date proves nothing
// about when the story happened.
func corroborated(dated map[string]time.Time, latest time.Time) bool {
	n := 0
	for _, t := range dated {
		if latest.Sub(t) <= 31*24*time.Hour {
			n++
		}
	}
	return n >= 2
}
