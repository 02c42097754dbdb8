package compare

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
)

// leadBytes is how much of an article's text, after its headline, tells
// which incident it reports: its opening sentences.
const leadBytes = 600

// leadText returns an article's opening: the first leadBytes of its text.
func leadText(a *article.Article) string {
	if len(a.Text) > leadBytes {
		return a.Text[:leadBytes]
	}
	return a.Text
}

// incidentNames returns the names an article gives its incident in its
// headline, its opening and the sentences of the claims cited from it,
// each word with the name it is part of: capitalised words the article
// never writes in lower case and the rulebook does not list as common
// words of names (stopnames, org_words, place_words, speaker_nouns),
// adjacent ones making one name ("Little Rock"), and the ages of its
// victims ("5-year-old"). Two reports of one
// shooting name its street, its town and its victim; two shootings of one
// city a story's grouping joined name the city alone.
func (j *judge) incidentNames(article string, cited []*claims.Claim) map[string]string {
	a := j.st.Articles[article]
	if a == nil {
		return nil
	}
	if j.leadNames == nil {
		j.leadNames = map[string]map[string]string{}
	}
	add := func(out map[string]string, text string) { j.addNames(out, article, text) }
	lead, ok := j.leadNames[article]
	if !ok {
		lead = map[string]string{}
		add(lead, headlineOnly(a.Title))
		add(lead, leadText(a))
		j.leadNames[article] = lead
	}
	out := make(map[string]string, len(lead))
	for w, n := range lead {
		out[w] = n
	}
	for _, c := range cited {
		if c.Article == article {
			add(out, c.SentenceText)
		}
	}
	return out
}

// namesIn returns the incident names of one text of an article (see
// incidentNames).
func (j *judge) namesIn(article, text string) map[string]string {
	out := map[string]string{}
	j.addNames(out, article, text)
	return out
}

// addNames adds to out the incident names of text, an article's headline
// or sentence: victims' ages and runs of capitalised words the article
// never writes in lower case and the rulebook does not list as common
// words of names.
func (j *judge) addNames(out map[string]string, article, text string) {
	if j.lowerWords == nil {
		j.lowerWords = map[string]map[string]bool{}
	}
	lower, ok := j.lowerWords[article]
	if !ok {
		lower = map[string]bool{}
		if a := j.st.Articles[article]; a != nil {
			for _, line := range strings.Split(a.Text, "\n") {
				if webAddress(line) {
					continue // a slug is lower case by convention: ".../quake-hits-aceh"
				}
				eachWord(line, func(w string, _ bool) {
					if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
						lower[w] = true
					}
				})
			}
		}
		j.lowerWords[article] = lower
	}
	for _, age := range victimAge.FindAllString(text, -1) {
		out[strings.ToLower(age)] = strings.ToLower(age)
	}
	var run []string
	flush := func() {
		name := strings.Join(run, " ")
		for _, w := range run {
			if _, seen := out[w]; !seen {
				out[w] = name
			}
		}
		run = run[:0]
	}
	eachWord(text, func(w string, breaks bool) {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if unicode.IsUpper(r) && utf8.RuneCountInString(w) > 2 && !lower[lw] && !j.c.commonNameWord[lw] && !directionWords[lw] {
			run = append(run, lw)
		} else {
			flush()
		}
		if breaks {
			flush()
		}
	})
	flush()
}

// webAddress reports whether a line of text is a web address, as a
// page's own address often stands above its headline: its words are a
// slug, written in lower case whatever they name.
func webAddress(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	return strings.HasPrefix(l, "http") || strings.HasPrefix(l, "www")
}

// victimAge finds an age written as a compound ("a 5-year-old girl"):
// reports of one incident give its victim's age alike.
var victimAge = regexp.MustCompile(`(?i)\b\d{1,3}-year-old\b`)

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
		eachWord(t[i+len(sep):], func(w string, _ bool) {
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

// eachWord calls fn with each word of text (runs of letters, a
// possessive "'s" cut off) and whether punctuation or a line break
// follows it, ending the name it may be part of.
func eachWord(text string, fn func(w string, breaks bool)) {
	for _, field := range strings.Fields(text) {
		parts := strings.FieldsFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		last, _ := utf8.DecodeLastRuneInString(field)
		ends := !unicode.IsLetter(last)
		for i, w := range parts {
			w = strings.Trim(w, "'’")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if w != "" {
				fn(w, i == len(parts)-1 && ends)
			}
		}
	}
}

// sharedNames is how many names two reports of one incident must share:
// one alone is often a coincidence (the city, a first name, page
// furniture).
const sharedNames = 2

// shareIncident reports whether two sides' articles name their incident
// alike: some article of one shares two names with some article of the
// other (see incidentNames).
func (j *judge) shareIncident(x, y []articleDate) bool {
	cited := append(members(x), members(y)...)
	ny := make([]map[string]string, len(y))
	for i, b := range y {
		ny[i] = j.incidentNames(b.head.Article, cited)
	}
	for _, a := range x {
		na := j.incidentNames(a.head.Article, cited)
		for _, nb := range ny {
			if namesShared(na, nb, false) >= sharedNames {
				return true
			}
		}
	}
	return false
}

// namesShared counts the names two articles share: the fewer, on either
// side, of the names that hold a word of the other's names. When loose,
// a word of six letters or more also matches a word of the other's one
// letter apart (see oneLetterApart).
func namesShared(a, b map[string]string, loose bool) int {
	inA, inB := map[string]bool{}, map[string]bool{}
	for w, name := range a {
		if other, ok := b[w]; ok {
			inA[name], inB[other] = true, true
			continue
		}
		if !loose || len(w) < 6 {
			continue
		}
		for v, other := range b {
			if oneLetterApart(w, v) {
				inA[name], inB[other] = true, true
			}
		}
	}
	return min(len(inA), len(inB))
}
