package claims

// roles extracts role claims from s. (Being written.)
func (d *doc) roles(s *sentence) {}
