package report

import (
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

// mark returns the Mark of the first occurrence of word in sentence; it
// panics if word is missing, so that a typo in the fixture fails loudly.
func mark(sentence, word string) findings.Mark {
	i := strings.Index(sentence, word)
	if i < 0 {
		panic("fixture: " + word + " not in " + sentence)
	}
	return findings.Mark{Start: i, End: i + len(word)}
}

// claim builds a ClaimRef for sentence, whose claim is the text text, with
// the given words marked.
func claim(a findings.ArticleRef, side, line, col int, sentence, text string, value any, valueText string, marked ...string) findings.ClaimRef {
	c := findings.ClaimRef{
		Article:       a.ID,
		Path:          a.Path,
		Source:        a.Source,
		Published:     a.Published,
		Sentence:      sentence,
		Text:          text,
		SentenceStart: 40 * line,
		Line:          line,
		Col:           col,
		Value:         value,
		ValueText:     valueText,
		Side:          side,
	}
	i := strings.Index(sentence, text)
	if i < 0 {
		panic("fixture: " + text + " not in " + sentence)
	}
	c.Start = c.SentenceStart + i
	c.End = c.Start + len(text)
	for _, w := range marked {
		c.Marks = append(c.Marks, mark(sentence, w))
	}
	return c
}

var (
	reuters = findings.ArticleRef{ID: "reuters-1", Path: "articles/pahalgam/reuters.md", Title: "Gunmen kill 26 in attack on tourists in Kashmir", Source: "Reuters", Published: "2025-04-22", Story: "pahalgam", Claims: 9}
	hindu   = findings.ArticleRef{ID: "hindu-2", Path: "articles/pahalgam/hindu.md", Title: "Pahalgam terror attack: 26 killed", Source: "The Hindu", Published: "2025-04-23", Story: "pahalgam", Claims: 11}
	ap      = findings.ArticleRef{ID: "ap-3", Path: "articles/pahalgam/ap.md", Title: "Militants kill 26 at a Kashmir tourist spot", Source: "Associated Press", Published: "2025-04-23", Story: "pahalgam", Claims: 8}
	lemonde = findings.ArticleRef{ID: "lemonde-4", Path: "articles/pahalgam/lemonde.md", Title: "Au Cachemire, l’attentat de Pahalgam ravive les tensions", Source: "Le Monde", Published: "2025-04-24", Story: "pahalgam", Claims: 6}
	pti     = findings.ArticleRef{ID: "pti-6", Path: "articles/kochi/pti.md", Title: "Vessels damaged in Kochi port strike", Source: "Press Trust of India", Published: "2025-04-30", Story: "kochi", Claims: 5}
	wire    = findings.ArticleRef{ID: "wire-7", Path: "articles/wire/markets.txt", Title: "Markets steady after the holiday", Source: "Wire", Published: "2025-04-24", Story: "markets", Claims: 2}
	blog    = findings.ArticleRef{ID: "blog-5", Path: "articles/kochi/valley-watch.html", Title: `Kochi: what locals saw <script>alert("x")</script>`, Source: "Valley Watch <blog>", Published: "2025-05-01", Story: "kochi", Claims: 3}
)

const (
	reutersVictims = "Gunmen opened fire on tourists in a meadow near Pahalgam on Tuesday, killing 26 civilians, police said."
	hinduVictims   = "The attack killed 26 individuals, including Indian navy personnel and civilians, officials confirmed on Wednesday after the bodies were flown to Srinagar."
	lemondeRole    = "“This is an attack on all of us,” said Omar Abdullah, the chief minister of Jammu and Kashmir, at a café in Srinagar."
	apRole         = "Omar Abdullah, the former chief minister, called the killings “an abomination” and demanded a full inquiry."
	reutersQuote   = "Prime Minister Narendra Modi said: “Those behind this heinous act will be brought to justice.”"
	hinduQuote     = "Modi said: “Those behind this heinous act will not be spared.”"
	ptiCount       = "Three vessels were damaged in the strike at Kochi port on Wednesday, the navy said."
	blogCount      = `Locals said four vessels were hit; one post read <script>alert("x")</script> before it was deleted & reposted.`
	ptiDate        = "The strike began shortly after midnight on April 30, the navy said."
	blogDate       = "Sirens sounded late on April 29 as the first drones appeared."
)

// fixture is a realistic report: two stories of several articles and one
// of a single article, five findings (one error,
// two warnings, two info), one suppressed finding, two agreements and an
// input error, with HTML, curly quotes and accented letters in the text.
func fixture() *findings.Report {
	casualty := findings.Finding{
		ID: "9f2c1a7be04d3316", Rule: "casualty-victims", Kind: "casualty", Severity: findings.Warning,
		Subject: "killed in the Pahalgam attack", SubjectKey: "casualty:killed",
		Message: "Sources agree that 26 were killed but disagree on who they were",
		Story:   "pahalgam",
		Claims: []findings.ClaimRef{
			claim(reuters, 0, 3, 1, reutersVictims, "killing 26 civilians", map[string]any{"n": 26, "outcome": "killed", "victims": []string{"civilians"}}, "26 killed: civilians", "civilians"),
			claim(hindu, 1, 5, 1, hinduVictims, "killed 26 individuals, including Indian navy personnel and civilians", map[string]any{"n": 26, "outcome": "killed", "victims": []string{"navy personnel", "civilians"}}, "26 killed: Indian navy personnel, civilians", "individuals, including Indian navy personnel and"),
		},
		Explanation: &findings.Explanation{
			Comparison: "victims-differ",
			Detail:     "the counts match (26) but the victim groups {civilians} and {navy personnel, civilians} differ",
			Matched: map[string][]string{
				"reuters-1": {"casualty: killing N", "victims: civilians"},
				"hindu-2":   {"casualty: killed N", "victims: including X and Y"},
			},
		},
	}
	role := findings.Finding{
		ID: "41d0e6c2a9b85f70", Rule: "role-title", Kind: "role", Severity: findings.Error,
		Subject: "Omar Abdullah", SubjectKey: "role:omar abdullah",
		Message: "Omar Abdullah is called chief minister in one source and former chief minister in another",
		Story:   "pahalgam",
		Claims: []findings.ClaimRef{
			claim(lemonde, 0, 12, 34, lemondeRole, "Omar Abdullah, the chief minister of Jammu and Kashmir", "chief minister of Jammu and Kashmir", "chief minister of Jammu and Kashmir", "chief minister"),
			claim(ap, 1, 7, 1, apRole, "Omar Abdullah, the former chief minister", "former chief minister", "former chief minister", "former"),
		},
	}
	quote := findings.Finding{
		ID: "c3b9077e1f26ad58", Rule: "quote-wording", Kind: "quote", Severity: findings.Info,
		Subject: "Narendra Modi", SubjectKey: "quote:narendra modi",
		Message: "The same quotation of Narendra Modi is worded differently",
		Story:   "pahalgam",
		Claims: []findings.ClaimRef{
			claim(reuters, 0, 9, 33, reutersQuote, "“Those behind this heinous act will be brought to justice.”", "Those behind this heinous act will be brought to justice.", "", "be brought to justice"),
			claim(hindu, 1, 14, 12, hinduQuote, "“Those behind this heinous act will not be spared.”", "Those behind this heinous act will not be spared.", "", "not be spared"),
		},
	}
	count := findings.Finding{
		ID: "7a55e0d91c4b2e83", Rule: "count-differs", Kind: "count", Severity: findings.Warning,
		Subject: "vessels damaged", SubjectKey: "count:vessels damaged",
		Message: "Sources give different numbers of vessels damaged: 3 and 4",
		Story:   "kochi", Update: true,
		Claims: []findings.ClaimRef{
			claim(pti, 0, 2, 1, ptiCount, "Three vessels were damaged", 3, "3 vessels damaged", "Three"),
			claim(blog, 1, 18, 13, blogCount, "four vessels were hit", 4, "4 vessels hit", "four"),
		},
	}
	attribution := findings.Finding{
		ID: "e81f4c09d2a7b635", Rule: "attribution-differs", Kind: "attribution", Severity: findings.Info,
		Subject: "source of the casualty count", SubjectKey: "attribution:casualty count",
		Message: "The casualty count is attributed to police in one source and to officials in another",
		Story:   "pahalgam",
		Claims: []findings.ClaimRef{
			claim(reuters, 0, 3, 94, reutersVictims, "police said", "police", "police", "police"),
			claim(hindu, 1, 5, 82, hinduVictims, "officials confirmed", "officials", "officials", "officials"),
		},
	}
	date := findings.Finding{
		ID: "2b7d9e4f60a1c853", Rule: "date-differs", Kind: "date", Severity: findings.Info,
		Subject: "start of the Kochi strike", SubjectKey: "date:strike start",
		Message:    "Sources date the start of the strike to April 30 and April 29",
		Story:      "kochi",
		Suppressed: "wire copy uses UTC; the blog uses local time (desk note 14)",
		Claims: []findings.ClaimRef{
			claim(pti, 0, 4, 43, ptiDate, "April 30", "2025-04-30", "2025-04-30", "April 30"),
			claim(blog, 1, 21, 21, blogDate, "April 29", "2025-04-29", "2025-04-29", "April 29"),
		},
	}
	return &findings.Report{
		Version:  1,
		Articles: []findings.ArticleRef{reuters, hindu, ap, lemonde, blog, pti, wire},
		Stories: []findings.Story{
			{ID: "pahalgam", Title: "Attack on tourists near Pahalgam", Articles: []string{"reuters-1", "hindu-2", "ap-3", "lemonde-4"}},
			{ID: "kochi", Title: "Drone strike on Kochi port", Articles: []string{"blog-5", "pti-6"}},
		},
		Findings: []findings.Finding{casualty, quote, role, attribution, count},
		Agreements: []findings.Agreement{
			{Story: "pahalgam", Kind: "casualty", Subject: "killed in the Pahalgam attack", Value: "26 killed", Articles: []string{"reuters-1", "hindu-2", "ap-3"}},
			{Story: "kochi", Kind: "date", Subject: "drones over Kochi port", Value: "2025-04-29", Articles: []string{"pti-6", "blog-5"}},
		},
		Suppressed: []findings.Finding{date},
		Errors: []string{
			"articles/pahalgam/ndtv.html: no article body found (is it a live blog?)",
			// A long unbroken path must not widen the page.
			"articles/pahalgam/www.examplenews.com_india_news_pahalgam_terror_attack_live_updates_tourists_killed_in_baisaran_meadow_utm_source=feed&utm_medium=rss&utm_campaign=breaking_news_alerts_20250422_0930_ist_update_number_14_final.html: not UTF-8 text",
		},
		Skipped: []string{"skipped 2 files that are not articles: .pdf"},
	}
}

// fixtureOptions are the options the golden files are printed with.
func fixtureOptions() Options {
	return Options{
		ShowSuppressed: true,
		Explain:        true,
		Tool:           ToolInfo{Name: "crosscheck", Version: "0.1.0", URI: "https://github.com/newsdesk/crosscheck", RulesURI: "https://github.com/newsdesk/crosscheck/blob/main/docs/rules.md"},
		Rules: []RuleInfo{
			{ID: "casualty-victims", Description: "Sources agree on a casualty count but name different victims.", Severity: findings.Warning},
			{ID: "role-title", Description: "Sources give a person different roles or titles.", Severity: findings.Error},
			{ID: "quote-wording", Description: "Sources word the same quotation differently.", Severity: findings.Info},
			{ID: "count-differs", Description: "Sources give different counts of the same thing.", Severity: findings.Warning},
			{ID: "date-differs", Description: "Sources give different dates for the same event.", Severity: findings.Info},
		},
	}
}
