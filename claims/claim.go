// Package claims pulls typed claims out of articles: casualty counts and
// victims, other counts, dates of events, roles and titles, attributions and
// quotes. It is driven by a compiled rulebook and knows nothing of indexes or
// comparison.
package claims

// Kind names a type of claim. The built-in kinds keep these names; a rulebook
// may add its own kinds through patterns.
type Kind string

// The built-in claim kinds.
const (
	Casualty    Kind = "casualty"
	Count       Kind = "count"
	Date        Kind = "date"
	Role        Kind = "role"
	Attribution Kind = "attribution"
	Quote       Kind = "quote"
)

// Span is a half-open byte range [Start, End) of an article's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Claim is one typed statement an article makes.
type Claim struct {
	// ID is unique within a run: the article id, "#", and a sequence number.
	ID string `json:"id"`
	// Article is the id of the article the claim comes from.
	Article string `json:"article"`
	// Kind is the claim's type.
	Kind Kind `json:"kind"`
	// Sentence is the span of the whole sentence the claim came from.
	Sentence Span `json:"sentence_span"`
	// SentenceText is the text of that sentence.
	SentenceText string `json:"sentence"`
	// Span is the claim's own words within the article.
	Span Span `json:"span"`
	// Text is the text of Span.
	Text string `json:"text"`
	// Subject is what the claim is about.
	Subject Subject `json:"subject"`
	// Value is the claim's typed value.
	Value Value `json:"value"`
	// Stated records how the article states the claim.
	Stated Stated `json:"stated"`
	// Rule names the pattern or extractor that produced the claim.
	Rule string `json:"rule"`
	// Matched lists the rulebook entries (lexicon words, titles, cues) that
	// contributed to the claim, for explanations.
	Matched []string `json:"matched,omitempty"`
}

// Subject is what a claim is about: an event or an entity.
type Subject struct {
	// Key is a normalised key; claims about the same thing in the same
	// article share it ("event:attack", "person:donald trump").
	Key string `json:"key"`
	// Text is how the article names the subject.
	Text string `json:"text,omitempty"`
	// Event is the event class ("attack", "call"), for event subjects.
	Event string `json:"event,omitempty"`
	// Entity is the canonical entity name, for entity subjects.
	Entity string `json:"entity,omitempty"`
	// Places are canonical places named with the event.
	Places []string `json:"places,omitempty"`
	// Terms are further words that characterise the subject, for alignment.
	Terms []string `json:"terms,omitempty"`
	// Agent is who did what an event subject names, when the article says
	// ("Okafor" in "Okafor has led the city council since 2011").
	Agent string `json:"agent,omitempty"`
}

// Stated records how an article states a claim.
type Stated struct {
	// Mode is "asserted", "attributed" (to Source) or "hedged".
	Mode string `json:"mode"`
	// Source is who the claim is attributed to, when Mode is "attributed".
	Source string `json:"source,omitempty"`
	// Hedges are the hedging words found ("reportedly", "at least").
	Hedges []string `json:"hedges,omitempty"`
	// Negated is true when the sentence denies the claim.
	Negated bool `json:"negated,omitempty"`
}

// Ways a claim can be stated.
const (
	Asserted   = "asserted"
	Attributed = "attributed"
	Hedged     = "hedged"
)
