package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
)

// claimsFixture is one article with a casualty claim and a quote.
func claimsFixture() []ArticleClaims {
	text := "Title: Quarry blast\n\nThree workers were killed at the quarry, police said.\n“We will rebuild,” said the mayor, Ann Ruiz.\n"
	art := &article.Article{ID: "quarry-1", Path: "in/quarry-1.txt", Title: "Quarry blast", Text: text, Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	span := func(s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Start: i, End: i + len(s)}
	}
	three := claims.Exact(3)
	return []ArticleClaims{{Article: art, Claims: []claims.Claim{
		{ID: "quarry-1#1", Article: "quarry-1", Kind: claims.Casualty, Span: span("Three workers were killed"), Text: "Three workers were killed",
			Subject: claims.Subject{Key: "event:blast"},
			Value:   claims.Value{Number: &three, Status: "killed", Victims: []claims.Group{{Category: "worker", Words: "workers", Share: "all"}}},
			Stated:  claims.Stated{Mode: claims.Attributed, Source: "police"}},
		{ID: "quarry-1#2", Article: "quarry-1", Kind: claims.Quote, Span: span("“We will rebuild,”"), Text: "“We will rebuild,”",
			Subject: claims.Subject{Key: "person:ann ruiz"},
			Value:   claims.Value{Quote: &claims.QuoteValue{Speaker: "Ann Ruiz", Words: "We will rebuild,"}},
			Stated:  claims.Stated{Mode: claims.Asserted}},
	}}}
}

// TestClaimsGolden compares the claims printers' output with golden files.
func TestClaimsGolden(t *testing.T) {
	for _, format := range ClaimsFormats {
		var buf bytes.Buffer
		if err := PrintClaims(&buf, format, claimsFixture()); err != nil {
			t.Fatal(err)
		}
		golden(t, "claims-"+format, buf.Bytes())
	}
	if err := PrintClaims(&bytes.Buffer{}, "yaml", nil); err == nil {
		t.Error("PrintClaims accepts yaml")
	}
}

// TestExplanationGolden compares the explain printer's output with a golden
// file.
func TestExplanationGolden(t *testing.T) {
	f := fixture().Findings[0]
	var buf bytes.Buffer
	err := PrintExplanation(&buf, Explanation{Finding: &f, RuleDescription: "Sources agree on a casualty count but name different victims.", RuleDefinedAt: "rules.yaml:412:5"})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "explain", buf.Bytes())
}
