package claims

import (
	"os"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// testExtractor compiles the project's default rulebook.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	data, err := os.ReadFile("../rules.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var rb rules.Rulebook
	if err := yaml.Unmarshal(data, &rb); err != nil {
		t.Fatal(err)
	}
	x, err := New(&rb)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// extractText extracts the claims of a one-article text.
func extractText(t testing.TB, x *Extractor, id, text string) []Claim {
	t.Helper()
	return x.Extract(&article.Article{ID: id, Text: text})
}

// rulesPattern builds a rulebook pattern for tests.
func rulesPattern(id, kind, regex, valueType string) rules.Pattern {
	return rules.Pattern{ID: id, Kind: kind, Regex: regex, ValueType: valueType}
}
