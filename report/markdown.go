package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

// Markdown prints a report for a pull request comment or a newsroom chat: a
// heading, a table of findings by severity, then each story's findings by
// subject with every side's sentence as a blockquote and the differing words
// in bold. Article text is escaped so that it renders as written.
type Markdown struct{ opt Options }

// Print writes r to w as Markdown.
func (p *Markdown) Print(w io.Writer, r *findings.Report) error {
	bw := bufio.NewWriter(w)
	m := mdWriter{w: bw, opt: p.opt}
	c := countReport(r)
	m.printf("# crosscheck: %s\n\n", plural(c.Findings, "finding", "findings"))
	m.printf("%s.\n\n", mdEscape(c.String()))
	m.summaryTable(c)
	for _, g := range groupByStory(r, r.Findings, true) {
		m.story(g)
	}
	if p.opt.ShowSuppressed && len(r.Suppressed) > 0 {
		m.printf("## Suppressed (%d)\n\n", len(r.Suppressed))
		for _, f := range r.Suppressed {
			m.finding(f)
		}
	}
	m.list("Input errors", r.Errors)
	m.list("Skipped", r.Skipped)
	return bw.Flush()
}

// list writes a counted heading and its items, unless there are none.
func (m *mdWriter) list(heading string, items []string) {
	if len(items) == 0 {
		return
	}
	m.printf("## %s (%d)\n\n", heading, len(items))
	for _, e := range items {
		m.printf("- %s\n", mdEscape(oneLine(e)))
	}
	m.printf("\n")
}

type mdWriter struct {
	w   *bufio.Writer
	opt Options
}

func (m *mdWriter) printf(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

func (m *mdWriter) summaryTable(c counts) {
	m.printf("| Severity | Findings |\n| --- | ---: |\n")
	m.printf("| 🔴 error | %d |\n", c.Errors)
	m.printf("| 🟠 warning | %d |\n", c.Warnings)
	m.printf("| 🔵 info | %d |\n", c.Infos)
	m.printf("| **total** | **%d** |\n\n", c.Findings)
}

func (m *mdWriter) story(g storyGroup) {
	m.printf("## %s", mdEscape(oneLine(storyTitle(g))))
	if g.ID != "" && g.Title != "" {
		m.printf(" (`%s`)", mdCode(g.ID))
	}
	m.printf("\n\n")
	for _, s := range g.Subjects {
		m.printf("### %s\n\n", mdEscape(oneLine(orDefault(s.Subject, "(no subject)"))))
		for _, f := range s.Findings {
			m.finding(f)
		}
	}
	if len(g.Agreements) > 0 {
		m.printf("### Agreements\n\n")
		for _, a := range g.Agreements {
			ids := append([]string(nil), a.Articles...)
			sort.Strings(ids)
			for i, id := range ids {
				ids[i] = "`" + mdCode(id) + "`"
			}
			subject := ""
			if a.Subject != "" {
				subject = mdEscape(oneLine(a.Subject)) + ": "
			}
			m.printf("- ✅ %s**%s** (%s)\n", subject, mdEscape(agreementText(a)), strings.Join(ids, ", "))
		}
		m.printf("\n")
	}
}

func severityIcon(s string) string {
	switch s {
	case findings.Error:
		return "🔴"
	case findings.Warning:
		return "🟠"
	case findings.Info:
		return "🔵"
	}
	return "⚪"
}

func (m *mdWriter) finding(f findings.Finding) {
	m.printf("%s **%s** `%s`: %s", severityIcon(f.Severity), mdEscape(orDefault(f.Severity, "unrated")), mdCode(f.Rule), mdEscape(oneLine(f.Message)))
	if f.Update {
		m.printf(" _(update)_")
	}
	m.printf("\n\n")
	if f.Suppressed != "" {
		m.printf("_Suppressed: %s_\n\n", mdEscape(oneLine(f.Suppressed)))
	}
	for i, sd := range sides(f) {
		if i > 0 {
			m.printf("vs.\n\n")
		}
		for _, c := range sd.Claims {
			m.printf("> %s  \n", mdOrigin(c))
			m.printf("> %s\n\n", mdSentence(c))
		}
	}
	if m.opt.Explain && f.Explanation != nil {
		e := f.Explanation
		m.printf("<details><summary>Why</summary>\n\n%s", mdEscape(oneLine(e.Comparison)))
		if d := oneLine(e.Detail); d != "" {
			m.printf(": %s", mdEscape(d))
		}
		m.printf("\n\n")
		for _, k := range sortedKeys(e.Matched) {
			m.printf("- %s: %s\n", mdEscape(oneLine(k)), mdEscape(oneLine(strings.Join(e.Matched[k], ", "))))
		}
		m.printf("\n</details>\n\n")
	}
	if f.ID != "" {
		m.printf("<sub>id `%s`</sub>\n\n", mdCode(f.ID))
	}
}

// mdOrigin says "**Reuters** · `reuters-1` · 2025-04-22".
func mdOrigin(c findings.ClaimRef) string {
	var parts []string
	if s := oneLine(c.Source); s != "" {
		parts = append(parts, "**"+mdEscape(s)+"**")
	}
	if c.Article != "" {
		parts = append(parts, "`"+mdCode(c.Article)+"`")
	}
	if d := oneLine(c.Published); d != "" {
		parts = append(parts, mdEscape(d))
	}
	return strings.Join(parts, " · ")
}

// mdSentence renders a claim's sentence with the differing words in bold.
func mdSentence(c findings.ClaimRef) string {
	var b strings.Builder
	for _, sg := range segments(c.Sentence, claimMarks(c), true) {
		if sg.Marked {
			b.WriteString("**" + mdEscape(sg.Text) + "**")
		} else {
			b.WriteString(mdEscape(sg.Text))
		}
	}
	return mdEscapeLineStart(b.String())
}

// mdEscape backslash-escapes the characters that could start Markdown or
// HTML markup inside a line: \ ` * _ [ ] < > | ~ & and #.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~&#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdEscapeLineStart escapes what would make a line a list item, a heading
// or a numbered list: a leading - + = or a number followed by . or ).
func mdEscapeLineStart(s string) string {
	if s == "" {
		return s
	}
	if strings.ContainsRune("-+=", rune(s[0])) {
		return "\\" + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// mdCode makes s safe inside a `code span`: backticks become ' and white
// space is collapsed.
func mdCode(s string) string {
	return strings.ReplaceAll(oneLine(s), "`", "'")
}
