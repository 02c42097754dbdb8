package article

// IsArticleFile reports whether Read takes a file of this name, met inside
// a directory, for an article: one of the article formats' extensions
// (.txt, .md, .html, .json, .jsonl, ...), optionally gzip'd. Files named on
// the command line are read whatever their name.
func IsArticleFile(name string) bool {
	f, _ := formatOf(name)
	return f != formatNone
}
