package claims

// dates extracts date claims from s. (Being written.)
func (d *doc) dates(s *sentence) {}
