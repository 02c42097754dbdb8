package article

import (
	"regexp"
	"strings"
)

var copyrightRE = regexp.MustCompile(`(?i)^(copyright\s*(©|\(c\)|\d{4})|©|\(c\)\s*\d{4})`)

// isBoilerplate reports whether the white-space-normalised line or
// paragraph s is page furniture rather than article text: a phrase of the
// vocabulary's Boilerplate ("Advertisement", "Share this"), one short
// phrase repeated with "|" between ("Google Ads | Google Ads"), a row of
// short "|"-separated menu items, or a copyright notice. It errs on the
// side of keeping text.
func (v *vocab) isBoilerplate(s string) bool {
	if s == "" {
		return true
	}
	if len(s) <= 60 && v != nil && v.boiler[boilerKey(s)] {
		return true
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

// dateline returns the place of a dateline at the start of s and the
// length of the prefix to strip, or "", 0 when s does not start with one.
func (v *vocab) dateline(s string) (place string, n int) {
	m := datelineRE.FindStringSubmatchIndex(s)
	if m == nil || m[1] >= len(s) {
		return "", 0
	}
	place = s[m[2]:m[3]]
	if v != nil && v.labels[place] || len(place) < 2 {
		return "", 0
	}
	return place, m[1]
}
