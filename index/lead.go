package index

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsdesk/crosscheck/article"
)

// leadWords is how many words of the text's opening paragraphs make its
// lead: paragraphs are taken until they hold this many (a short first
// paragraph, a time stamp or a dateline, is not the whole lead).
const leadWords = 25

// leadParagraphs bounds the paragraphs of the lead.
const leadParagraphs = 3

// leadKeys returns those of an article's name keys (as Keys gives them)
// whose words its headline or its lead paragraphs hold, in any case (a
// headline in title case names its place as well as one in sentence case),
// sorted. The lead is where a news report says what happened, where and to
// whom: two reports of one event both lead with its place or its people,
// while the names that reports of different events share by chance (a tip
// line, a hospital, a newspaper's menu) mostly stand further down.
func leadKeys(a *article.Article, keys []string) []string {
	lead := leadText(trimTitle(a.Title), a.Text)
	var out []string
	for _, k := range keys {
		if strings.IndexByte(k, ':') < 0 && hasWords(lead, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// leadText is the headline and the opening paragraphs in the form of the
// name keys (see keyForm).
func leadText(title, text string) string {
	var b strings.Builder
	b.WriteString(title)
	words := 0
	for p := 0; p < leadParagraphs && words < leadWords && text != ""; p++ {
		para := text
		if i := strings.Index(text, "\n\n"); i >= 0 {
			para, text = text[:i], text[i+2:]
		} else {
			text = ""
		}
		b.WriteByte(' ')
		b.WriteString(para)
		words += len(strings.Fields(para))
	}
	return keyForm(b.String())
}

// keyForm is text lower-cased, with possessive endings and full stops
// dropped and every other character that is not part of a word made a
// space, words separated by one space: the form of the name keys.
func keyForm(text string) string {
	s := strings.ReplaceAll(strings.ToLower(text), "’", "'")
	s = strings.ReplaceAll(s, "'s", "")
	s = strings.ReplaceAll(s, ".", "")
	var out strings.Builder
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' {
			out.WriteRune(r)
			space = false
		} else if !space {
			out.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(out.String())
}

// hasWords reports whether text, words separated by one space (as keyForm
// and the keys write them), holds the words of k together, whole: "kevin
// barbee" in "police named kevin barbee on monday", not "lee" in it.
func hasWords(text, k string) bool {
	for i := 0; i+len(k) <= len(text); {
		j := strings.Index(text[i:], k)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || text[j-1] == ' ') && (j+len(k) == len(text) || text[j+len(k)] == ' ') {
			return true
		}
		i = j + 1
	}
	return false
}

// tailWords and tailParagraphs bound the closing paragraphs that make an
// article's tail.
const (
	tailWords      = 60
	tailParagraphs = 2
)

// edgeKeys returns those of an article's name keys that it names only at
// its edges, sorted: after the first separator of its headline (see
// titleSuffix) or in its tail (the closing paragraphs after its lead, of
// at most tailWords words together, the last one whatever its length), and
// nowhere in the text between. The edges are where a page carries what
// its outlet adds to every story: the site's name and menu after the
// headline ("- WXYZ.com-Springfield News, Weather & Sports"), the tip line
// ("call Crime Stoppers"), the credit ("The Associated Press
// contributed"), the copyright and the outlet's social pages. A name two
// reports share only there says nothing of the event either reports. The
// headline itself is no edge: it may name the event in a form the text
// does not ("KC" for Kansas City).
func edgeKeys(a *article.Article, keys []string) []string {
	var paras []string
	for _, p := range strings.Split(a.Text, "\n\n") {
		if strings.TrimSpace(p) != "" {
			paras = append(paras, p)
		}
	}
	lead, words := 0, 0
	for lead < len(paras) && lead < leadParagraphs && words < leadWords {
		words += len(strings.Fields(paras[lead]))
		lead++
	}
	start, words := len(paras), 0
	for start > lead && len(paras)-start < tailParagraphs {
		n := len(strings.Fields(paras[start-1]))
		if start < len(paras) && words+n > tailWords {
			break
		}
		words += n
		start--
	}
	inBody := keyForm(strings.Join(paras[:start], "\n\n"))
	edges := keyForm(titleSuffix(a.Title) + "\n\n" + strings.Join(paras[start:], "\n\n"))
	var out []string
	for _, k := range keys {
		if strings.IndexByte(k, ':') < 0 && hasWords(edges, k) && !hasWords(inBody, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// titleSuffix is what follows the first separator of a headline (see
// titleSeparators), or "".
func titleSuffix(t string) string {
	cut := -1
	for _, sep := range titleSeparators {
		if i := strings.Index(t, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return ""
	}
	return t[cut:]
}

// sharesAny reports whether two sorted lists have an element in common.
func sharesAny(a, b []string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}
