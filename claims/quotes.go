package claims

// quotes extracts quote claims from the whole article. (Being written.)
func (d *doc) quotes() {}
