package index

import (
	"crypto/sha256"
	"encoding/hex"
)

// title is the title of the first of a story's articles that has one.
func (s *storyState) title(arts []string) string {
	for _, a := range arts {
		if m := s.metaOf(a); m != nil && m.title != "" {
			return m.title
		}
	}
	return ""
}

// storyID is "s-" and the first 12 hex digits of the SHA-256 of the story's
// smallest article id.
func storyID(first string) string {
	h := sha256.Sum256([]byte(first))
	return "s-" + hex.EncodeToString(h[:6])
}
