package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// Placeholders are the names a pattern may write as {name} or
// {name:group}.
var Placeholders = []string{"number", "money", "date", "entity", "category", "title", "event"}

var placeholder = regexp.MustCompile(`\{([a-z]+)(?::([^{}]*))?\}`)

var groupName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// ExpandPattern replaces the placeholders of a pattern's regex with regular
// expression fragments. {name:group} becomes a named group (?P<group>...),
// {name} a group that captures nothing. The result is meant to be compiled
// case-insensitively, as CompilePattern does; {entity} keeps its capital
// letters case-sensitive inside (?-i:...). A placeholder preceded by a
// backslash (\{number}) is left alone.
//
// The fragments are:
//
//   - number: figures (1,200; 3.5; 2 million), number words (twenty-six,
//     a dozen) and the rulebook's vague quantity words, optionally preceded
//     by one of its modifiers ("more than 1,200"); the modifier is part of
//     the group.
//   - money: a currency sign or code and an amount ($1.2 billion, €30m,
//     USD 5,000), or an amount and a currency word (1.5 million dollars).
//   - date: month dates (12 March 2024, March 12), weekdays, relative days
//     (today, yesterday, last week, three days ago), ISO and numeric dates,
//     and years.
//   - entity: one to five capitalised words, with particles such as "of"
//     between them (Bank of England).
//   - category, title, event: any word of the rulebook's taxonomy, titles
//     or event classes.
func ExpandPattern(rb *Rulebook, regex string) (string, error) {
	var b strings.Builder
	last := 0
	for _, m := range placeholder.FindAllStringSubmatchIndex(regex, -1) {
		if escaped(regex, m[0]) {
			continue
		}
		name := regex[m[2]:m[3]]
		group := ""
		if m[4] >= 0 {
			group = regex[m[4]:m[5]]
			if !groupName.MatchString(group) {
				return "", fmt.Errorf("placeholder {%s:%s}: %q is not a valid group name", name, group, group)
			}
		}
		frag, err := fragment(rb, name)
		if err != nil {
			return "", err
		}
		b.WriteString(regex[last:m[0]])
		if group != "" {
			fmt.Fprintf(&b, "(?P<%s>%s)", group, frag)
		} else {
			fmt.Fprintf(&b, "(?:%s)", frag)
		}
		last = m[1]
	}
	b.WriteString(regex[last:])
	return b.String(), nil
}

// CompilePattern expands a pattern's regex and compiles it
// case-insensitively. A group name used twice is an error, since the
// extractor could not tell which one holds the value.
func CompilePattern(rb *Rulebook, regex string) (*regexp.Regexp, error) {
	x, err := ExpandPattern(rb, regex)
	if err != nil {
		return nil, err
	}
	re, err := regexp.Compile("(?i)" + x)
	if err != nil {
		return nil, fmt.Errorf("bad regular expression: %s", syntaxMsg(err))
	}
	if err := namedOnce(re.SubexpNames()); err != nil {
		return nil, err
	}
	return re, nil
}

// escaped reports whether the byte at i follows an odd run of backslashes.
func escaped(s string, i int) bool {
	n := 0
	for i--; i >= 0 && s[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

func fragment(rb *Rulebook, name string) (string, error) {
	if rb == nil {
		rb = &Rulebook{}
	}
	switch name {
	case "number":
		return numberFragment(rb), nil
	case "money":
		return moneyFragment, nil
	case "date":
		return dateFragment, nil
	case "entity":
		return entityFragment, nil
	case "category":
		var words []string
		for _, c := range rb.Taxonomy {
			words = append(words, c.Words...)
		}
		return lexiconFragment(name, "taxonomy", words)
	case "title":
		var words []string
		for _, t := range rb.Titles {
			words = append(words, t.Words...)
		}
		return lexiconFragment(name, "titles", words)
	case "event":
		var words []string
		for _, e := range rb.Events {
			words = append(words, e.Words...)
		}
		return lexiconFragment(name, "events", words)
	}
	return "", fmt.Errorf("unknown placeholder {%s}; known placeholders: %s", name, strings.Join(Placeholders, ", "))
}

func lexiconFragment(name, section string, words []string) (string, error) {
	alt := Alternation(words)
	if alt == "" {
		return "", fmt.Errorf("placeholder {%s} needs words, but %s has none", name, section)
	}
	return alt, nil
}

// Alternation builds a regular expression matching any of words, as whole
// words: duplicates (ignoring case) dropped, longest first so that the
// longest word wins, metacharacters quoted, spaces matching any run of
// white space. It returns "" for no words.
func Alternation(words []string) string {
	seen := map[string]bool{}
	var ws []string
	for _, w := range words {
		w = strings.Join(strings.Fields(w), " ")
		k := strings.ToLower(w)
		if w == "" || seen[k] {
			continue
		}
		seen[k] = true
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		return ""
	}
	slices.SortFunc(ws, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	alts := make([]string, len(ws))
	for i, w := range ws {
		q := strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
		if isWordByte(w[0]) {
			q = `\b` + q
		}
		if isWordByte(w[len(w)-1]) {
			q += `\b`
		}
		alts[i] = q
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// isWordByte reports whether Go's \b counts c as a word character.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

const (
	figure = `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
	scale  = `hundred|thousand|million|billion|trillion`
	units  = `nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten|nine|eight|seven|six|five|four|three|two|one`
	tens   = `twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`
	digit  = `one|two|three|four|five|six|seven|eight|nine`
)

// numberWords matches figures and numbers in words, with an optional
// scale: "1,200", "3.5 million", "twenty-six", "two hundred", "a dozen".
var numberWords = `(?:\b(?:` + figure + `)(?:\s+(?:` + scale + `))?\b` +
	`|\b(?:half\s+a|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:dozen|score)\b` +
	`|\b(?:a|one)\s+(?:` + scale + `)\b` +
	`|\b(?:(?:` + tens + `)(?:[-\s](?:` + digit + `))?|` + units + `)(?:\s+(?:` + scale + `))*\b` +
	`|\bdozen\b)`

// numberFragment matches a number with its modifier, if any.
func numberFragment(rb *Rulebook) string {
	var mods, quants []string
	for _, m := range rb.Lexicons.Modifiers {
		mods = append(mods, m.Words...)
	}
	for _, q := range rb.Lexicons.Quantities {
		quants = append(quants, q.Words...)
	}
	num := numberWords
	if q := Alternation(quants); q != "" {
		num = "(?:" + q + "|" + numberWords + ")"
	}
	if m := Alternation(mods); m != "" {
		return "(?:" + m + `\s+)?` + num
	}
	return num
}

const (
	currencySign = `(?:US\$|A\$|C\$|HK\$|NZ\$|[$€£¥₹₽])`
	currencyCode = `(?:USD|EUR|GBP|JPY|CNY|INR|CHF|AUD|CAD|RUB)`
	currencyWord = `(?:dollars|euros|pounds(?:\s+sterling)?|yen|yuan|rupees|francs|roubles|rubles)`
	moneyScale   = `(?:\s*(?:trillion|billion|million|thousand|tn|bn|mn|m|k)\b)?`
)

var moneyFragment = `(?:` + currencySign + `\s?(?:` + figure + `)` + moneyScale +
	`|\b` + currencyCode + `\s?(?:` + figure + `)` + moneyScale +
	`|\b(?:` + figure + `)` + moneyScale + `\s+(?:` + currencyWord + `|` + currencyCode + `)\b)`

const (
	months = `January|February|March|April|May|June|July|August|September|October|November|December|` +
		`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`
	weekdays = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
	day      = `\d{1,2}(?:st|nd|rd|th)?`
	counted  = `\d+|a|one|two|three|four|five|six|seven|eight|nine|ten`
)

var dateFragment = `(?:` +
	`\b\d{4}-\d{2}-\d{2}\b` +
	`|\b\d{1,2}/\d{1,2}/\d{2,4}\b` +
	`|(?:\b` + day + `\s+(?:of\s+)?)?\b(?:` + months + `)\b\.?(?:\s+` + day + `\b)?(?:,?\s+\d{4}\b)?` +
	`|(?:\b(?:last|next|this|early|late)\s+)?\b(?:` + weekdays + `)\b(?:\s+(?:morning|afternoon|evening|night)\b)?` +
	`|\b(?:today|tonight|yesterday|tomorrow)\b` +
	`|\b(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)\b` +
	`|\b(?:last|this|next)\s+(?:week|weekend|month|year|night|morning)\b` +
	`|\b(?:` + counted + `)\s+(?:days?|weeks?|months?|years?)\s+ago\b` +
	`|\b(?:1[89]|20)\d{2}\b)`

const (
	nameWord  = `\p{Lu}[\p{L}\p{M}\p{N}'’&-]*(?:\.\p{Lu}[\p{L}\p{M}\p{N}'’&-]*)*`
	particles = `of|the|and|for|de|del|della|da|das|dos|du|al|el|bin|ibn|van|von|der|den|la|le`
)

var entityFragment = `(?-i:` + nameWord + `(?:\s+(?:(?:` + particles + `)\s+)?` + nameWord + `){0,4})`

// CheckPatternSyntax checks the regex of a pattern with each placeholder
// standing for an empty group of its own: a syntax error in the pattern's
// own text, an unknown placeholder, a bad group name, or a group named
// twice. It is quick, for checking many patterns; CheckPattern finds every
// error that the expanded regex can have.
func CheckPatternSyntax(regex string) error {
	src, err := standInGroups(regex)
	if err != nil {
		return err
	}
	re, err := syntax.Parse("(?i)"+src, syntax.Perl)
	if err != nil {
		return fmt.Errorf("bad regular expression: %s", syntaxMsg(err))
	}
	return namedOnce(re.CapNames())
}

// CheckPattern checks a pattern's regex as expanded with rb, as
// CompilePattern would, without building the matcher: an error for every
// problem CompilePattern reports, and the regex's group names.
func CheckPattern(rb *Rulebook, regex string) ([]string, error) {
	x, err := ExpandPattern(rb, regex)
	if err != nil {
		return nil, err
	}
	re, err := syntax.Parse("(?i)"+x, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("bad regular expression: %s", syntaxMsg(err))
	}
	names := re.CapNames()
	return names, namedOnce(names)
}

// namedOnce refuses a group name used twice, since the extractor could not
// tell which group holds the value.
func namedOnce(names []string) error {
	seen := map[string]bool{}
	for _, name := range names {
		if name != "" && seen[name] {
			return fmt.Errorf("group %q is named twice", name)
		}
		seen[name] = true
	}
	return nil
}

// syntaxMsg words a regular expression syntax error.
func syntaxMsg(err error) string {
	msg := err.Error()
	if e, ok := err.(*syntax.Error); ok {
		msg = e.Code.String()
		if len(e.Expr) <= 60 {
			msg += ": `" + e.Expr + "`"
		}
	}
	return msg
}

// standInGroups replaces each placeholder with an empty group, named as
// the placeholder's group is: {number:value} becomes (?P<value>).
func standInGroups(regex string) (string, error) {
	var b strings.Builder
	last := 0
	for _, m := range placeholder.FindAllStringSubmatchIndex(regex, -1) {
		if escaped(regex, m[0]) {
			continue
		}
		name := regex[m[2]:m[3]]
		if !slices.Contains(Placeholders, name) {
			_, err := fragment(nil, name)
			return "", err
		}
		b.WriteString(regex[last:m[0]])
		if m[4] >= 0 {
			group := regex[m[4]:m[5]]
			if !groupName.MatchString(group) {
				return "", fmt.Errorf("placeholder {%s:%s}: %q is not a valid group name", name, group, group)
			}
			fmt.Fprintf(&b, "(?P<%s>)", group)
		} else {
			b.WriteString("(?:)")
		}
		last = m[1]
	}
	b.WriteString(regex[last:])
	return b.String(), nil
}
