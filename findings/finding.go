// Package findings holds the flat, JSON-ready results of a check: the
// disagreements found, the agreements counted and the articles read. It knows
// no output format; printers in package report read it.
package findings

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
)

// Severities, from least to most severe.
const (
	Info    = "info"
	Warning = "warning"
	Error   = "error"
)

// SeverityRank orders severities: info 1, warning 2, error 3, unknown 0.
func SeverityRank(s string) int {
	switch s {
	case Info:
		return 1
	case Warning:
		return 2
	case Error:
		return 3
	}
	return 0
}

// Finding is one place where sources disagree.
type Finding struct {
	// ID is the finding's fingerprint: stable across runs, re-reads and
	// re-orderings of the same articles.
	ID string `json:"id"`
	// Rule is the id of the finding rule that fired.
	Rule string `json:"rule"`
	// Kind is the claim kind compared.
	Kind string `json:"kind"`
	// Severity is info, warning or error.
	Severity string `json:"severity"`
	// Subject is what the disagreement is about, for people.
	Subject string `json:"subject"`
	// SubjectKey is the normalised subject used in the fingerprint.
	SubjectKey string `json:"subject_key,omitempty"`
	// Message explains the disagreement to an editor.
	Message string `json:"message"`
	// Story is the id of the story the claims belong to.
	Story string `json:"story,omitempty"`
	// Update is true when a later article changed a figure of an earlier one.
	Update bool `json:"update,omitempty"`
	// Claims are the claims of each side.
	Claims []ClaimRef `json:"claims"`
	// Explanation says why the rule fired.
	Explanation *Explanation `json:"explanation,omitempty"`
	// Suppressed holds the reason when a suppression or baseline hid it.
	Suppressed string `json:"suppressed,omitempty"`
}

// ClaimRef is a claim as cited by a finding or an agreement.
type ClaimRef struct {
	// Article is the id of the article.
	Article string `json:"article"`
	// Path is the file the article came from.
	Path string `json:"path,omitempty"`
	// Source is the outlet, when known.
	Source string `json:"source,omitempty"`
	// Published is the article's publication date (YYYY-MM-DD), if known.
	Published string `json:"published,omitempty"`
	// Sentence is the whole sentence the claim came from.
	Sentence string `json:"sentence"`
	// Text is the claim's own words.
	Text string `json:"text"`
	// Start and End are the byte offsets of Text in the article's source
	// (the file's bytes, or a JSON record's text field; see
	// article.Article.SourceSpan); in JSON they are the object "span", as in
	// the claims command's output (and, for readers of version 1, also flat
	// "start" and "end"). Where the source's white space or character
	// references differ from the text, End-Start is not len(Text).
	Start int `json:"start"`
	End   int `json:"end"`
	// SentenceStart and SentenceEnd are the byte offsets of Sentence in the
	// source; in JSON the object "sentence_span".
	SentenceStart int `json:"-"`
	SentenceEnd   int `json:"-"`
	// Line and Col locate Start in the source file (1-based).
	Line int `json:"line,omitempty"`
	Col  int `json:"col,omitempty"`
	// Value is the claim's typed value.
	Value any `json:"value"`
	// ValueText renders the value for people ("26 killed: civilians").
	ValueText string `json:"value_text,omitempty"`
	// Side groups claims that agree with each other within a finding.
	Side int `json:"side"`
	// Marks are byte ranges within Sentence of the words that differ.
	Marks []Mark `json:"marks,omitempty"`
}

// InSentence returns the byte range of Text within Sentence: the occurrence
// of Text nearest to where the offsets put it, since the offsets count bytes
// of the source rather than of Sentence. Without Text the offsets alone
// place it. It returns false when the range is not within Sentence.
func (c *ClaimRef) InSentence() (start, end int, ok bool) {
	hint := c.Start - c.SentenceStart
	if c.Text == "" {
		end := c.End - c.SentenceStart
		return hint, end, hint >= 0 && hint < end && end <= len(c.Sentence)
	}
	best := -1
	for from := 0; from <= len(c.Sentence); {
		k := strings.Index(c.Sentence[from:], c.Text)
		if k < 0 {
			break
		}
		k += from
		if best < 0 || abs(k-hint) < abs(best-hint) {
			best = k
		}
		from = k + 1
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, best + len(c.Text), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Mark is a half-open byte range [Start, End) within a sentence.
type Mark struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Explanation records why a finding fired.
type Explanation struct {
	// Comparison names the comparison that said the claims differ.
	Comparison string `json:"comparison"`
	// Detail is the comparison's reasoning in words.
	Detail string `json:"detail"`
	// Matched lists, per claim, the patterns and lexicon entries used.
	Matched map[string][]string `json:"matched,omitempty"`
}

// Agreement counts sources that agree on a claim.
type Agreement struct {
	Story   string `json:"story,omitempty"`
	Kind    string `json:"kind"`
	Subject string `json:"subject"`
	// Value is what they agree on, for people ("26 killed").
	Value string `json:"value"`
	// Articles are the ids of the agreeing articles.
	Articles []string `json:"articles"`
}

// ArticleRef describes an article that was checked.
type ArticleRef struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Story     string `json:"story,omitempty"`
	Claims    int    `json:"claims"`
}

// Story is a group of articles about the same event.
type Story struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
}

// Report is the whole result of a check.
type Report struct {
	Version  int          `json:"version"`
	Articles []ArticleRef `json:"articles"`
	// Stories are the stories of several articles, which were compared.
	Stories    []Story     `json:"stories"`
	Findings   []Finding   `json:"findings"`
	Agreements []Agreement `json:"agreements"`
	// Suppressed are findings hidden by a suppression or a baseline.
	Suppressed []Finding `json:"suppressed,omitempty"`
	// Errors are one-line messages about input that could not be read
	// (the run exits 2).
	Errors []string `json:"errors"`
	// Skipped are one-line messages about inputs passed over without
	// failing the run, such as files that are not articles (counted in one
	// message).
	Skipped []string `json:"skipped"`
}

// Fingerprint computes a finding's stable id from its rule, subject key and
// the articles and claim texts it cites, independent of their order.
func (f *Finding) Fingerprint() string {
	parts := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		parts = append(parts, c.Article+"\x1f"+normalise(c.Text))
	}
	sort.Strings(parts)
	h := sha256.New()
	h.Write([]byte(f.Rule + "\x1e" + f.SubjectKey + "\x1e"))
	h.Write([]byte(strings.Join(parts, "\x1e")))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func normalise(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// MaxSeverity returns the highest severity among the findings ("" if none).
func (r *Report) MaxSeverity() string {
	best := ""
	for _, f := range r.Findings {
		if SeverityRank(f.Severity) > SeverityRank(best) {
			best = f.Severity
		}
	}
	return best
}

// Hide moves to the Suppressed list every finding for which reason gives a
// reason, recording it in the finding; the others keep their order.
func (r *Report) Hide(reason func(*Finding) string) {
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		if why := reason(&f); why != "" {
			f.Suppressed = why
			r.Suppressed = append(r.Suppressed, f)
			continue
		}
		kept = append(kept, f)
	}
	r.Findings = kept
}
