package claims

// attributions extracts attribution claims from s. (Being written.)
func (d *doc) attributions(s *sentence) {}
