package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsdesk/crosscheck/findings"
)

// DefaultWidth is the column the text format wraps at when Options.Width
// is not set, as when the output is not a terminal.
const DefaultWidth = 100

// minWidth is the narrowest the text format wraps at, so that indented
// sentences keep a readable measure in a narrow window.
const minWidth = 40

// ANSI styles used when Options.Color is set.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiMark  = "\x1b[1;31m"
	ansiRed   = "\x1b[1;31m"
	ansiAmber = "\x1b[1;33m"
	ansiCyan  = "\x1b[1;36m"
)

// Text prints a report for a terminal: findings grouped by story and
// subject, each side's sentence under the other with the differing words in
// bold red (with Color) or between [[ and ]], agreements, then the input's
// errors and what was skipped, counted, and a summary line last.
type Text struct{ opt Options }

// Print writes r to w as text.
func (p *Text) Print(w io.Writer, r *findings.Report) error {
	bw := bufio.NewWriter(w)
	t := textWriter{w: bw, opt: p.opt, blank: true}
	for _, g := range groupByStory(r, r.Findings, true) {
		t.gap()
		t.story(g)
	}
	if p.opt.ShowSuppressed && len(r.Suppressed) > 0 {
		t.gap()
		t.line(t.style(ansiBold, fmt.Sprintf("Suppressed (%d)", len(r.Suppressed))))
		for i, f := range r.Suppressed {
			if i > 0 {
				t.gap()
			}
			t.finding(f, "  ")
		}
	}
	t.list(fmt.Sprintf("Input errors (%d)", len(r.Errors)), r.Errors)
	t.list(fmt.Sprintf("Skipped (%d)", len(r.Skipped)), r.Skipped)
	t.gap()
	t.line(t.style(ansiBold, countReport(r).String()))
	return bw.Flush()
}

// textWriter holds the state of one text print.
type textWriter struct {
	w   *bufio.Writer
	opt Options
	// blank is set when the last line written was empty, or nothing was.
	blank bool
}

func (t *textWriter) line(s string) {
	t.w.WriteString(s)
	t.w.WriteByte('\n')
	t.blank = s == ""
}

// gap separates blocks by one empty line: it writes one unless the last
// line was empty or nothing was written yet.
func (t *textWriter) gap() {
	if !t.blank {
		t.line("")
	}
}

func (t *textWriter) style(code, s string) string {
	if !t.opt.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

// width is the column to wrap at.
func (t *textWriter) width() int {
	if t.opt.Width <= 0 {
		return DefaultWidth
	}
	return max(t.opt.Width, minWidth)
}

// wrapped writes s wrapped at the text width, the first line after first and the
// others after indent.
func (t *textWriter) wrapped(first, indent, s string) {
	for i, l := range wrapText(s, t.width()-utf8.RuneCountInString(first), t.width()-utf8.RuneCountInString(indent)) {
		if i == 0 {
			t.line(first + l)
		} else {
			t.line(indent + l)
		}
	}
}

// list writes a heading and the items under it, unless there are none.
func (t *textWriter) list(heading string, items []string) {
	if len(items) == 0 {
		return
	}
	t.gap()
	t.line(t.style(ansiBold, heading))
	for _, s := range items {
		t.wrapped("  - ", "    ", s)
	}
}

func (t *textWriter) story(g storyGroup) {
	head := storyTitle(g)
	var about []string
	if g.ID != "" && g.Title != "" {
		about = append(about, "story "+g.ID)
	}
	if g.Articles > 0 {
		about = append(about, plural(g.Articles, "article", "articles"))
	}
	if len(about) > 0 {
		head += " (" + strings.Join(about, ", ") + ")"
	}
	lines := wrapText(head, t.width(), t.width())
	rule := 0
	for _, l := range lines {
		t.line(t.style(ansiBold, l))
		rule = max(rule, utf8.RuneCountInString(l))
	}
	t.line(t.style(ansiBold, strings.Repeat("=", rule)))
	for _, s := range g.Subjects {
		t.gap()
		t.line(t.style(ansiBold, oneLine(orDefault(s.Subject, "(no subject)"))))
		for i, f := range s.Findings {
			if i > 0 {
				t.gap()
			}
			t.finding(f, "  ")
		}
	}
	if len(g.Agreements) > 0 {
		t.gap()
		t.line(t.style(ansiBold, "Agreements"))
		for _, a := range g.Agreements {
			ids := append([]string(nil), a.Articles...)
			sort.Strings(ids)
			s := agreementText(a) + " (" + strings.Join(ids, ", ") + ")"
			if a.Subject != "" {
				s = oneLine(a.Subject) + " — " + s
			}
			t.wrapped("  ✓ ", "    ", s)
		}
	}
}

func (t *textWriter) severity(s string) string {
	label := fmt.Sprintf("%-7s", orDefault(s, "unrated"))
	switch s {
	case findings.Error:
		return t.style(ansiRed, label)
	case findings.Warning:
		return t.style(ansiAmber, label)
	case findings.Info:
		return t.style(ansiCyan, label)
	}
	return label
}

func (t *textWriter) finding(f findings.Finding, indent string) {
	msg := oneLine(f.Message)
	if f.Update {
		msg += " [update]"
	}
	head := indent + t.severity(f.Severity) + " " + t.style(ansiBold, oneLine(f.Rule))
	t.line(head)
	t.wrapped(indent+"  ", indent+"  ", msg)
	if f.Suppressed != "" {
		t.wrapped(indent+"  suppressed: ", indent+"    ", f.Suppressed)
	}
	body := indent + "     "
	for i, sd := range sides(f) {
		for j, c := range sd.Claims {
			num := "   "
			if j == 0 {
				num = fmt.Sprintf("%2d ", i+1)
			}
			t.line(indent + "  " + num + t.style(ansiDim, claimOrigin(c)))
			for _, l := range wrap(t.sentenceWords(c), t.width()-len(body)) {
				t.line(body + l)
			}
		}
	}
	if t.opt.Explain && f.Explanation != nil {
		t.explain(f.Explanation, indent+"  ")
	}
	if f.ID != "" {
		t.line(indent + "  " + t.style(ansiDim, "id "+f.ID))
	}
}

func (t *textWriter) sentenceWords(c findings.ClaimRef) []word {
	segs := segments(c.Sentence, claimMarks(c), false)
	if t.opt.Color {
		return words(segs, func(s string, marked bool) string {
			if marked {
				return ansiMark + s + ansiReset
			}
			return s
		})
	}
	return words(bracketed(segs, "[[", "]]"), func(s string, _ bool) string { return s })
}

func (t *textWriter) explain(e *findings.Explanation, indent string) {
	why := oneLine(e.Comparison)
	if d := oneLine(e.Detail); d != "" {
		if why != "" {
			why += ": "
		}
		why += d
	}
	t.wrapped(indent+"why: ", indent+"     ", why)
	for _, k := range sortedKeys(e.Matched) {
		t.wrapped(indent+"     "+oneLine(k)+" matched ", indent+"       ", strings.Join(e.Matched[k], ", "))
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
