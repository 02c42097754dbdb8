package article

import (
	"regexp"
	"strings"
)

// boilerPhrases are whole lines that scrapers leave behind and that are
// never article text, compared lower-cased without trailing punctuation.
var boilerPhrases = map[string]bool{
	"advertisement": true, "advertisements": true, "advertising": true,
	"sponsored": true, "sponsored content": true, "google ads": true,
	"skip advertisement": true, "story continues below advertisement": true,
	"article continues below advertisement": true, "continue reading below": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "share via email": true,
	"tweet": true, "email": true, "print": true, "comments": true, "comment": true,
	"read more": true, "continue reading": true, "click here": true, "see more": true,
	"related": true, "related articles": true, "related stories": true, "related content": true,
	"subscribe": true, "sign up": true, "log in": true, "sign in": true,
	"skip to content": true, "skip to main content": true, "loading": true,
	"follow us": true, "most read": true, "most popular": true, "trending": true,
	"reuter": true, "close": true, "menu": true, "back to top": true,
}

var copyrightRE = regexp.MustCompile(`(?i)^(copyright\s*(©|\(c\)|\d{4})|©|\(c\)\s*\d{4})`)

// isBoilerplate reports whether the white-space-normalised line or
// paragraph s is page furniture rather than article text: a known phrase
// ("Advertisement", "Share this"), one short phrase repeated with "|"
// between ("Google Ads | Google Ads"), a row of short "|"-separated menu
// items, or a copyright notice. It errs on the side of keeping text.
func isBoilerplate(s string) bool {
	if s == "" {
		return true
	}
	if len(s) <= 60 {
		k := strings.ToLower(strings.TrimRight(s, " .:!…>»"))
		if boilerPhrases[k] {
			return true
		}
	}
	if strings.Contains(s, "|") && isPipeRow(s) {
		return true
	}
	if len(s) <= 300 && copyrightRE.MatchString(s) {
		return true
	}
	if len(s) <= 200 && strings.Contains(strings.ToLower(s), "all rights reserved") {
		return true
	}
	return false
}

// isPipeRow reports whether s is a repetition of one short phrase separated
// by "|", or at least three short menu items separated by "|".
func isPipeRow(s string) bool {
	parts := strings.Split(s, "|")
	var items []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			items = append(items, p)
		}
	}
	if len(items) < 2 {
		return false
	}
	same := true
	for _, p := range items {
		if !strings.EqualFold(p, items[0]) {
			same = false
		}
	}
	if same && len(items[0]) <= 40 {
		return true
	}
	if len(items) < 3 {
		return false
	}
	for _, p := range items {
		if len(p) > 30 || len(strings.Fields(p)) > 4 || endsSentence(p) {
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)] ")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return strings.HasSuffix(s, "…")
}

// datelineRE matches a dateline at the start of a paragraph: an upper-case
// place, optionally ", State" and "(Agency)", then ":" or a dash:
// "WASHINGTON:", "NEW DELHI (Reuters) -", "LONDON —", "DALLAS, Texas (AP) —".
var datelineRE = regexp.MustCompile(`^([A-Z][A-Z.'’-]*[A-Z.](?:[ \t]+[A-Z][A-Z.'’-]*[A-Z.]){0,3})(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Za-z0-9.]+){0,2})?[ \t]*(?:\([A-Za-z .&'-]{1,30}\))?[ \t]*(?::|—|–|--|-)[ \t]+`)

// notPlaces are upper-case words that start paragraphs like a dateline but
// are labels, not places.
var notPlaces = map[string]bool{
	"BREAKING": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true, "WATCH": true,
	"VIDEO": true, "PHOTOS": true, "PHOTO": true, "ANALYSIS": true, "OPINION": true,
	"EDITORIAL": true, "NOTE": true, "CORRECTION": true, "LIVE": true, "FILE": true,
	"READ": true, "ALSO READ": true, "RELATED": true, "WARNING": true, "URGENT": true,
	"FLASH": true, "ALERT": true, "EDITOR'S NOTE": true, "COMMENTARY": true, "REVIEW": true,
	"Q": true, "A": true, "AP": true, "I": true,
}

// dateline returns the place of a dateline at the start of s and the
// length of the prefix to strip, or "", 0 when s does not start with one.
func dateline(s string) (place string, n int) {
	m := datelineRE.FindStringSubmatchIndex(s)
	if m == nil || m[1] >= len(s) {
		return "", 0
	}
	place = s[m[2]:m[3]]
	if notPlaces[place] || len(place) < 2 {
		return "", 0
	}
	return place, m[1]
}
