package claims

import "strings"

// English function words, in one place: the language the extractors read
// the structure of sentences with. They are not news vocabulary: speech
// verbs, listener verbs, speaker nouns, title words and the like live in the
// rulebook (lexicons.speech, speech_acts, speech_listener, speaker_nouns...).

// auxiliaries may stand between a subject and its speech verb ("Bruce has
// said", "he would later say", "she did not say").
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "is": true, "were": true, "are": true, "be": true,
	"been": true, "would": true, "will": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "shall": true, "did": true, "does": true, "do": true, "not": true,
	"n't": true, "never": true, "also": true, "then": true, "later": true, "once": true, "again": true,
	"further": true, "earlier": true, "now": true, "still": true, "even": true, "just": true, "first": true,
	"often": true, "always": true, "soon": true, "yet": true, "only": true, "too": true,
}

// tenseMarkers are past auxiliaries and words of tense that never carry a
// date of their own ("was", "had", "ago").
var tenseMarkers = map[string]bool{"was": true, "were": true, "had": true, "been": true, "did": true, "ago": true, "yesterday": true}

// prepositions head phrases whose noun is never the subject of the verb
// that follows ("the head of the campaign said", "in Ohio, he said").
var prepositions = map[string]bool{
	"of": true, "for": true, "at": true, "in": true, "on": true, "from": true, "with": true, "by": true,
	"about": true, "against": true, "to": true, "into": true, "over": true, "under": true, "near": true,
	"after": true, "before": true, "during": true, "since": true, "than": true, "like": true, "toward": true,
	"towards": true, "between": true, "among": true, "behind": true, "across": true, "through": true,
	"without": true, "within": true, "outside": true, "inside": true, "via": true, "per": true, "as": true,
}

// determiners open a noun phrase ("the spokesman", "a senior official").
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"one": true, "two": true, "three": true, "several": true, "some": true, "many": true, "other": true,
	"another": true, "both": true, "each": true, "all": true, "most": true, "few": true,
}

// seriesWords place a noun in a series relative to the present: "the
// last debate" (the one before), "the next primary", "another attack".
var seriesWords = map[string]bool{
	"last": true, "previous": true, "prior": true, "earlier": true, "next": true, "another": true,
	"preceding": true,
}

// personalPronouns are the pronouns that stand for one named speaker.
var personalPronouns = map[string]bool{"he": true, "she": true}

// possessivePronouns stand for the person whose words are introduced:
// "his response:", "her statement read".
var possessivePronouns = map[string]bool{"his": true, "her": true}

// clauseLinks join a verb to the clause before it without a subject of its
// own ("X did Y and said", "X did Y, then added").
var clauseLinks = map[string]bool{"and": true, "but": true, "or": true, "then": true, "while": true, "before": true, "after": true, "when": true, "as": true, "by": true}

// otherFunctionWords are the function words not listed above: pronouns,
// conjunctions and particles.
var otherFunctionWords = []string{
	"i", "me", "we", "us", "you", "he", "him", "she", "it", "they", "them", "im", "ive", "id", "ill",
	"were", "weve", "wed", "well", "youre", "youve", "hes", "shes", "its", "theyre", "theyve", "thats",
	"theres", "whats", "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "cant", "couldnt",
	"wont", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "lets", "and", "or", "but", "nor", "so",
	"if", "then", "than", "that", "this", "which", "who", "whom", "whose", "what", "when", "where", "why",
	"how", "there", "here", "not", "no", "yes", "very", "really", "just", "also", "too", "am", "being",
	"would", "wouldve", "couldve", "shouldve", "mine", "ours", "yours", "theirs", "hers", "himself",
	"herself", "itself", "themselves", "ourselves", "myself", "yourself", "oh", "um", "uh", "s", "t",
}

// closedClassWords are further closed-class words (quantifiers,
// conjunctions, adverbs of time) that never head a noun phrase.
var closedClassWords = []string{
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their", "who", "whom", "whose", "which", "what", "of", "in", "on", "at", "to", "for", "by", "with", "from", "about", "into", "onto", "over", "under", "after", "before", "since", "during", "through", "against", "between", "among", "and", "or", "but", "nor", "so", "yet", "if", "as", "than", "because", "while", "when", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "also", "still", "just", "only", "even", "already", "never", "ever", "such", "then", "now",
}

// functionWords is every English function word above, in the form
// NormaliseQuote gives it (lower case, apostrophes dropped).
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{auxiliaries, prepositions, determiners, personalPronouns, possessivePronouns, clauseLinks} {
		for w := range set {
			m[strings.ReplaceAll(w, "'", "")] = true
		}
	}
	for _, w := range otherFunctionWords {
		m[w] = true
	}
	for _, w := range closedClassWords {
		m[w] = true
	}
	return m
}()

// IsFunctionWord reports whether a normalised word (lower case, no
// apostrophes) is an English function word: a pronoun, determiner,
// preposition, auxiliary or conjunction. Quotations are aligned on the
// other, content words.
func IsFunctionWord(w string) bool { return functionWords[w] }

// definiteDeterminers make a noun phrase definite: "the", "this", "his".
var definiteDeterminers = wordSetOf("the", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their")

func wordSetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isNounLike reports whether t can head a noun phrase: a lower-case word
// that is no function word.
func isNounLike(t token) bool {
	return t.Kind == tokWord && !t.Cap && !functionWords[t.Norm]
}

// isArticle reports whether w is an article.
func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// auxiliaryTense maps finite auxiliaries to whether they mark the present
// (or future) tense: "has", "is", "will" against "had", "was", "would".
var auxiliaryTense = map[string]bool{
	"is": true, "are": true, "am": true, "has": true, "have": true, "will": true, "does": true, "do": true,
	"was": false, "were": false, "had": false, "did": false, "would": false,
}

// isAuxiliary reports whether w is an auxiliary of a passive or perfect.
func isAuxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had":
		return true
	}
	return false
}

// Function words the thing a figure measures and its names are read with:
// they are language, not news vocabulary.
var (
	// phraseDeterminers open a noun phrase: articles and possessives.
	phraseDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}
	demonstrative     = map[string]bool{"this": true, "that": true, "these": true, "those": true, "such": true}
	// anchorPreps introduce the place or party a figure is tied to:
	// "spent $300 at Harlow Books".
	anchorPreps = map[string]bool{"at": true, "on": true, "from": true, "for": true, "to": true, "in": true, "with": true, "by": true, "of": true}
	// phraseEnders are prepositions that end a noun phrase.
	phraseEnders = map[string]bool{"against": true, "about": true, "over": true, "under": true, "into": true, "onto": true, "through": true, "between": true, "among": true, "across": true, "after": true, "before": true, "during": true, "without": true, "within": true, "including": true, "like": true, "per": true, "than": true, "toward": true, "towards": true, "upon": true, "via": true, "despite": true, "regarding": true, "as": true, "since": true, "until": true, "around": true, "near": true, "beyond": true, "behind": true, "following": true, "prior": true, "previously": true, "vs": true, "versus": true}
	// objectStarts begin the object of a verb: a word ending in -s before
	// them is a verb ("the complaint accuses the developer"), not a
	// plural noun.
	objectStarts = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "that": true, "this": true, "him": true, "them": true, "it": true, "us": true}
	// nameJoiner may stand inside a name: "Queen of the Fjords".
	nameJoiner = map[string]bool{"'s": true, "of": true, "the": true, "&": true}
)

// Function words the acts and agents of a figure are read with: they are
// language, not news vocabulary.
var (
	// subjectPronouns stand for an agent the sentence does not name.
	subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "his": true, "her": true, "their": true, "its": true, "them": true, "him": true}
	// firstPersons stand for the speaker of a quotation.
	firstPersons = map[string]bool{"i": true, "we": true, "our": true, "my": true, "us": true, "me": true}
	// clauseOpeners after a comma start another clause.
	clauseOpeners = map[string]bool{"while": true, "but": true, "although": true, "though": true, "whereas": true, "which": true, "who": true, "where": true, "when": true, "because": true, "since": true, "if": true, "unless": true, "after": true, "before": true, "according": true}
	// verbGap words stand between a figure that is a subject and its verb:
	// "$300,000 has been set aside", "Republicans who voted".
	verbGap = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true, "will": true, "would": true, "could": true, "who": true, "that": true, "which": true, "also": true, "already": true, "just": true, "reportedly": true, "all": true}
	// negators before a figure deny it: "not $2.5 billion".
	negators = map[string]bool{"not": true, "no": true, "never": true}
)
