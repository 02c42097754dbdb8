package claims

// functionWords are English closed-class words (articles, pronouns,
// prepositions, conjunctions, auxiliaries): never the head of a noun
// phrase. Language, not news vocabulary.
var functionWords = wordSetOf(
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each",
	"i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
	"my", "your", "his", "its", "our", "their", "who", "whom", "whose", "which", "what",
	"of", "in", "on", "at", "to", "for", "by", "with", "from", "about", "into", "onto", "over",
	"under", "after", "before", "since", "during", "through", "against", "between", "among",
	"and", "or", "but", "nor", "so", "yet", "if", "as", "than", "because", "while", "when",
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
	"did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
	"also", "still", "just", "only", "even", "already", "never", "ever", "such", "then", "now",
)

// determiners open a noun phrase: articles, demonstratives, possessives
// ("that" is left out: after a verb it mostly opens a clause).
var determiners = wordSetOf("a", "an", "the", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their")

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
