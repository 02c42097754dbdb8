package compare

import (
	"strings"

	"github.com/newsdesk/crosscheck/claims"
)

// people resolves the names a story's articles use for the same person:
// "Trump", "Donald Trump" and "President Donald Trump" are one person when
// the story names only one person with that surname.
type people struct {
	// full maps a surname to the distinct full names using it.
	full map[string]map[string]bool
	// country maps a person key to the country their titles tie them to.
	country map[string]string
}

func newPeople(cls []claims.Claim) *people {
	p := &people{full: map[string]map[string]bool{}, country: map[string]string{}}
	add := func(name string) {
		f := nameWords(name)
		if len(f) < 2 {
			return
		}
		last := f[len(f)-1]
		if p.full[last] == nil {
			p.full[last] = map[string]bool{}
		}
		p.full[last][firstName(f)] = true
	}
	for _, c := range cls {
		switch {
		case c.Value.Role != nil:
			add(c.Value.Role.Person)
		case c.Value.Quote != nil:
			add(c.Value.Quote.Speaker)
		}
	}
	for _, c := range cls {
		if r := c.Value.Role; r != nil && r.Country != "" && !r.Former {
			if _, ok := p.country[p.key(r.Person)]; !ok {
				p.country[p.key(r.Person)] = r.Country
			}
		}
	}
	return p
}

// firstName returns the first given name, ignoring initials ("JD" counts,
// "S." does not).
func firstName(f []string) string {
	for _, w := range f[:len(f)-1] {
		if !strings.HasSuffix(w, ".") {
			return w
		}
	}
	return ""
}

// key returns a story-wide key for a person's name: the surname when it is
// unambiguous in the story, else the full name.
func (p *people) key(name string) string {
	f := nameWords(name)
	if len(f) == 0 {
		return ""
	}
	last := f[len(f)-1]
	if len(p.full[last]) <= 1 {
		return last
	}
	if len(f) == 1 {
		return "?" + last
	}
	return firstName(f) + " " + last
}

// countryOf returns the country a person is tied to in the story, if any.
func (p *people) countryOf(name string) string { return p.country[p.key(name)] }

// samePerson reports whether two names can be the same person: the same
// surname (or one a letter or two away, "Oberholtzer" and "Olberholtzer"),
// and the shorter name's other words found in the longer ("Craig Scott"
// and "Democrat Craig Scott", "Vance" and "JD Vance").
func samePerson(a, b string) bool {
	fa, fb := nameWords(a), nameWords(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	la, lb := fa[len(fa)-1], fb[len(fb)-1]
	if la != lb && !(len(la) >= 6 && len(lb) >= 6 && editDistance(la, lb) <= 2) {
		return false
	}
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	for _, w := range fa[:len(fa)-1] {
		if strings.HasSuffix(w, ".") && len(w) <= 3 {
			continue // an initial
		}
		found := false
		for _, v := range fb[:len(fb)-1] {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nameWords returns the lower-case words of a person's name without the
// suffixes after the surname ("Martin K. Hale Jr." ends with "hale").
func nameWords(name string) []string {
	f := strings.Fields(strings.ToLower(name))
	for len(f) > 1 && claims.IsNameSuffix(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	return f
}

// editDistance is the Levenshtein distance between two short words.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
