// Package crosscheck is the front door to the source-discrepancy checker: it
// reads a batch of news articles, extracts typed claims from each, aligns the
// same claim across articles through a bleve index and reports every place
// where the sources disagree.
//
// The stages live in their own packages — article (reading), claims
// (extraction), index (storage, story grouping, alignment), compare
// (judging), findings (results) and report (printers) — and this package
// wires them together.
package crosscheck

import _ "embed"

// DefaultRules is the built-in rulebook, rules.yaml, embedded in the binary.
//
//go:embed rules.yaml
var DefaultRules []byte

// Version is crosscheck's version.
const Version = "0.1.0"

// DefaultRulesName names the built-in rulebook in messages.
const DefaultRulesName = "rules.yaml (built-in)"
