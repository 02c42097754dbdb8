package claims

// counts extracts count claims from s. (Being written.)
func (d *doc) counts(s *sentence) {}
