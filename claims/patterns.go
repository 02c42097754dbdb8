package claims

// compiledPattern is a rulebook pattern ready to match. (Being written.)
type compiledPattern struct{}

func (x *Extractor) compilePatterns() error { return nil }

// patternClaims extracts claims of rulebook patterns from s. (Being written.)
func (d *doc) patternClaims(s *sentence) {}
