package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/crosscheck/claims"
)

// leadBytes is how much of an article's text, after its headline, tells
// which incident it reports: its opening sentences.
const leadBytes = 600

// incidentNames returns the names an article gives its incident in its
// headline, its opening and the sentences of the claims cited from it:
// capitalised words the article never writes in lower case and the
// rulebook does not list as common words of names (stopnames, org_words,
// place_words, speaker_nouns). Two reports of one shooting name its
// street, its town or its victim; two shootings a story's grouping
// joined by their shared vocabulary often name nothing in common.
func (j *judge) incidentNames(article string, cited []*claims.Claim) map[string]bool {
	a := j.st.Articles[article]
	if a == nil {
		return nil
	}
	if j.leadNames == nil {
		j.leadNames, j.lowerWords = map[string]map[string]bool{}, map[string]map[string]bool{}
	}
	lower, ok := j.lowerWords[article]
	if !ok {
		lower = map[string]bool{}
		eachWord(a.Text, func(w string) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				lower[w] = true
			}
		})
		j.lowerWords[article] = lower
	}
	add := func(out map[string]bool, text string) {
		eachWord(text, func(w string) {
			r, _ := utf8.DecodeRuneInString(w)
			lw := strings.ToLower(w)
			if unicode.IsUpper(r) && utf8.RuneCountInString(w) > 2 && !lower[lw] && !j.c.commonNameWord[lw] && !directionWords[lw] {
				out[lw] = true
			}
		})
	}
	lead, ok := j.leadNames[article]
	if !ok {
		lead = map[string]bool{}
		add(lead, headlineOnly(a.Title))
		text := a.Text
		if len(text) > leadBytes {
			text = text[:leadBytes]
		}
		add(lead, text)
		j.leadNames[article] = lead
	}
	out := make(map[string]bool, len(lead))
	for w := range lead {
		out[w] = true
	}
	for _, c := range cited {
		if c.Article == article {
			add(out, c.SentenceText)
		}
	}
	return out
}

// headlineOnly cuts a site's name after a headline ("... suspect killed -
// Toledo News Now, News, Weather, Sports"): what follows the first " - ",
// " | " or " :: " when none of it is written in lower case.
func headlineOnly(t string) string {
	for _, sep := range []string{" - ", " | ", " :: ", " — "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		lowerWord := false
		eachWord(t[i+len(sep):], func(w string) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				lowerWord = true
			}
		})
		if !lowerWord {
			return t[:i]
		}
	}
	return t
}

// directionWords are the compass words and their kin that begin the names
// of a city's parts ("the South Side", "North Lawndale", "Far West"):
// two shootings in one city share them.
var directionWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "central": true, "upper": true, "lower": true, "far": true,
	"side": true, "downtown": true, "midtown": true, "uptown": true,
}

// eachWord calls fn with each word of text: runs of letters, with a
// possessive "'s" cut off.
func eachWord(text string, fn func(string)) {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		w = strings.Trim(w, "'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" {
			fn(w)
		}
	}
}

// sharedNames is how many names two reports of one incident must share:
// one alone is often a coincidence (the same city, a first name, page
// furniture).
const sharedNames = 2

// shareIncident reports whether two sides' articles name their incident
// alike: some article of one shares two names with some article of the
// other (see incidentNames).
func (j *judge) shareIncident(x, y []articleDate) bool {
	cited := append(members(x), members(y)...)
	ny := make([]map[string]bool, len(y))
	for i, b := range y {
		ny[i] = j.incidentNames(b.head.Article, cited)
	}
	for _, a := range x {
		na := j.incidentNames(a.head.Article, cited)
		for _, nb := range ny {
			n := 0
			for w := range nb {
				if na[w] {
					n++
				}
			}
			if n >= sharedNames {
				return true
			}
		}
	}
	return false
}
