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
