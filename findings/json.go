package findings

import (
	"bytes"
	"encoding/json"
)

// Span is a half-open byte range [Start, End) of an article's text, the
// shape of every offset pair in the JSON output.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// claimRefFields is ClaimRef without its JSON methods.
type claimRefFields ClaimRef

// claimRefJSON is a ClaimRef as JSON: its fields, and its offsets as spans.
type claimRefJSON struct {
	claimRefFields
	Span         Span `json:"span"`
	SentenceSpan Span `json:"sentence_span"`
}

// MarshalJSON writes a claim with its offsets as "span" (the claim's words)
// and "sentence_span" (its sentence), the shape the claims command uses too;
// flat "start" and "end" repeat the span for readers of version 1. HTML
// characters are written as they are.
func (c ClaimRef) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(claimRefJSON{
		claimRefFields: claimRefFields(c),
		Span:           Span{Start: c.Start, End: c.End},
		SentenceSpan:   Span{Start: c.SentenceStart, End: c.SentenceStart + len(c.Sentence)},
	})
	return bytes.TrimRight(buf.Bytes(), "\n"), err
}

// UnmarshalJSON reads a claim written by MarshalJSON, or one with only the
// flat "start" and "end".
func (c *ClaimRef) UnmarshalJSON(data []byte) error {
	in := claimRefJSON{Span: Span{Start: -1}}
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	*c = ClaimRef(in.claimRefFields)
	if in.Span.Start >= 0 {
		c.Start, c.End = in.Span.Start, in.Span.End
	}
	c.SentenceStart = in.SentenceSpan.Start
	return nil
}
