package claims

// casualties extracts casualty claims from s. (Being written.)
func (d *doc) casualties(s *sentence) {}
