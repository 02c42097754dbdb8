package article

import "strings"

// Vocabulary is the knowledge of news pages that reading uses to tell
// article text from page furniture. The caller gives it (crosscheck takes
// it from the rulebook's lexicons, where a desk's layer can extend it), so
// that reading holds mechanisms and no word lists of its own.
type Vocabulary struct {
	// Boilerplate are whole lines that scrapers leave behind and that are
	// never article text ("Advertisement", "Share this"), compared
	// lower-cased without trailing punctuation.
	Boilerplate []string
	// DatelineLabels are upper-case words that start a paragraph as a
	// dateline's place does but are labels ("BREAKING", "ANALYSIS").
	DatelineLabels []string
	// FurnitureClasses are whole class or id tokens that mark an HTML
	// element as page furniture ("sidebar", "newsletter").
	FurnitureClasses []string
}

// vocab is a Vocabulary made into sets for lookup; a nil *vocab knows no
// words.
type vocab struct {
	boiler, labels, classes map[string]bool
}

// compile makes the sets of v; a nil v gives empty sets.
func (v *Vocabulary) compile() *vocab {
	c := &vocab{boiler: map[string]bool{}, labels: map[string]bool{}, classes: map[string]bool{}}
	if v == nil {
		return c
	}
	for _, w := range v.Boilerplate {
		c.boiler[boilerKey(normSpace(w))] = true
	}
	for _, w := range v.DatelineLabels {
		c.labels[strings.ToUpper(normSpace(w))] = true
	}
	for _, w := range v.FurnitureClasses {
		c.classes[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return c
}

// boilerKey is how a line is compared with the boilerplate phrases:
// lower-cased, without trailing punctuation.
func boilerKey(s string) string {
	return strings.ToLower(strings.TrimRight(s, " .:!…>»"))
}
