package claims

import "strings"

// NormaliseQuote is replaced by the quotes work; temporary for compare.
func NormaliseQuote(s string, opts []string) string { return strings.ToLower(s) }

// QuoteRelation is replaced by the quotes work; temporary for compare.
func QuoteRelation(a, b string, opts []string) string { return "unrelated" }
