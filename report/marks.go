package report

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/crosscheck/findings"
)

// segment is a run of a sentence, marked when it holds words that differ.
type segment struct {
	Text   string
	Marked bool
}

// segments splits sentence into marked and unmarked runs. Marks are clamped
// to the sentence and widened to whole runes, merged where they touch or
// overlap, and trimmed of surrounding white space, and of punctuation too
// when trimPunct is set (Markdown emphasis fails next to punctuation).
// Runs of white space, newlines included, become one space.
func segments(sentence string, marks []findings.Mark, trimPunct bool) []segment {
	ranges := normaliseMarks(sentence, marks, trimPunct)
	var out []segment
	pos := 0
	for _, m := range ranges {
		if m.Start > pos {
			out = append(out, segment{Text: sentence[pos:m.Start]})
		}
		out = append(out, segment{Text: sentence[m.Start:m.End], Marked: true})
		pos = m.End
	}
	if pos < len(sentence) {
		out = append(out, segment{Text: sentence[pos:]})
	}
	return collapseSpace(out)
}

func normaliseMarks(s string, marks []findings.Mark, trimPunct bool) []findings.Mark {
	var rs []findings.Mark
	for _, m := range marks {
		start, end := clamp(m.Start, 0, len(s)), clamp(m.End, 0, len(s))
		for start > 0 && start < len(s) && !utf8.RuneStart(s[start]) {
			start--
		}
		for end < len(s) && !utf8.RuneStart(s[end]) {
			end++
		}
		trim := func(r rune) bool {
			return unicode.IsSpace(r) || trimPunct && (unicode.IsPunct(r) || unicode.IsSymbol(r))
		}
		for start < end {
			r, n := utf8.DecodeRuneInString(s[start:end])
			if !trim(r) {
				break
			}
			start += n
		}
		for start < end {
			r, n := utf8.DecodeLastRuneInString(s[start:end])
			if !trim(r) {
				break
			}
			end -= n
		}
		if start < end {
			rs = append(rs, findings.Mark{Start: start, End: end})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
	var merged []findings.Mark
	for _, m := range rs {
		if n := len(merged); n > 0 && m.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, m.End)
			continue
		}
		merged = append(merged, m)
	}
	return merged
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

// collapseSpace turns each run of white space into one space, across
// segments, and trims the ends.
func collapseSpace(segs []segment) []segment {
	out := segs[:0]
	prevSpace := true // trims leading space
	for _, sg := range segs {
		var b strings.Builder
		for _, r := range sg.Text {
			if unicode.IsSpace(r) {
				if !prevSpace {
					b.WriteByte(' ')
				}
				prevSpace = true
				continue
			}
			prevSpace = false
			if unicode.IsControl(r) {
				r = utf8.RuneError
			}
			b.WriteRune(r)
		}
		if b.Len() > 0 {
			out = append(out, segment{Text: b.String(), Marked: sg.Marked})
		}
	}
	// Trim the trailing space.
	for len(out) > 0 {
		last := &out[len(out)-1]
		last.Text = strings.TrimRight(last.Text, " ")
		if last.Text != "" {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

// oneLine collapses white space in s to single spaces and replaces other
// control characters, such as an escape that could restyle a terminal, with
// U+FFFD.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return utf8.RuneError
		}
		return r
	}, s)
}

// claimMarks returns the marks to show in a claim's sentence: the claim's
// marks, with runs of marked words joined across the spaces and punctuation
// between them ("[[Mr Rubio also]]", not "[[Mr]] [[Rubio]] [[also]]"); and
// when more than half of the claim's words are marked in several runs, as
// when two quotes share few words, the whole claim, since marking nearly
// every word says less than marking the quote.
func claimMarks(c findings.ClaimRef) []findings.Mark {
	s := c.Sentence
	ms := normaliseMarks(s, c.Marks, false)
	var runs []findings.Mark
	for _, m := range ms {
		if n := len(runs); n > 0 && !hasWordRune(s[runs[n-1].End:m.Start]) {
			runs[n-1].End = m.End
			continue
		}
		runs = append(runs, m)
	}
	start, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if len(runs) < 2 || start < 0 || end > len(s) || start >= end {
		return runs
	}
	marked := 0
	for _, r := range runs {
		marked += countWords(s[max(r.Start, start):min(max(r.End, start), end)])
	}
	if 2*marked > countWords(s[start:end]) {
		return []findings.Mark{{Start: start, End: end}}
	}
	return runs
}

// hasWordRune reports whether s holds a letter or a digit.
func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// countWords counts the runs of letters and digits in s.
func countWords(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}
