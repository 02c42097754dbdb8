package rules

import (
	"bytes"
	"fmt"
	"regexp/syntax"
	"text/template"
)

// Budgets that `rules lint` holds a rulebook to. The checker itself keeps
// memory bounded whatever the patterns (it compiles a pattern only when a
// sentence holds one of its words, and keeps a bounded number compiled);
// these keep the time per sentence bounded too.
const (
	// MaxPatterns is the most patterns the merged rulebook may have. Each
	// costs about 0.4 ms to check when the rulebook is loaded and a few
	// hundred bytes of memory.
	MaxPatterns = 10000
	// MaxPatternInsts is the most instructions one pattern may compile to
	// once its placeholders are expanded (a pattern with one {number} is
	// about 1,200).
	MaxPatternInsts = 20000
	// MaxEverySentenceInsts is the most instructions the patterns that
	// hold no word of their own may compile to together: they are compiled
	// for the whole run and run on every sentence (about 80 patterns with
	// a {number} and nothing else to look for).
	MaxEverySentenceInsts = 100000
)

// MessageKeys are the fields a finding message may use, as the comparer
// fills them: {{.Subject}}, {{.Rule}}, {{.Values}}, and for some outcomes
// {{.Status}} (casualty figures), {{.Article}} (publication dates) and
// {{.Doubt}} (what a finding rests on when it is a guess). A comparison
// that gives messages a new field adds it here; linting the built-in
// rulebook fails otherwise.
var MessageKeys = []string{"Subject", "Rule", "Values", "Status", "Article", "Doubt"}

// lintMerged holds a merged rulebook to the budgets and runs each finding
// message on a sample finding.
func lintMerged(rb *Rulebook, w where) ErrorList {
	var errs ErrorList
	errs = append(errs, lintPatterns(rb, w)...)
	errs = append(errs, lintMessages(rb, w)...)
	return errs
}

// lintPatterns holds the patterns to MaxPatterns, MaxPatternInsts and
// MaxEverySentenceInsts.
func lintPatterns(rb *Rulebook, w where) ErrorList {
	var errs ErrorList
	if n := len(rb.Patterns); n > MaxPatterns {
		p := rb.Patterns[MaxPatterns]
		errs.Add(w("patterns", MaxPatterns, p.ID, ""), "%d patterns; the budget is %d", n, MaxPatterns)
		return errs
	}
	every := 0
	for i, p := range rb.Patterns {
		n, ok := patternInsts(rb, p.Regex)
		if !ok {
			continue // reported by the load's own checks
		}
		if n > MaxPatternInsts {
			errs.Add(w("patterns", i, p.ID, ".regex"), "pattern %q compiles to %d instructions; the budget is %d", p.ID, n, MaxPatternInsts)
			continue
		}
		if PatternWords(p.Regex) != nil {
			continue
		}
		if every += n; every > MaxEverySentenceInsts {
			errs.Add(w("patterns", i, p.ID, ".regex"), "pattern %q holds no word of its own and runs on every sentence; with the patterns like it before it, such patterns compile to %d instructions, past the budget of %d: give it a literal word", p.ID, every, MaxEverySentenceInsts)
			return errs
		}
	}
	return errs
}

// patternInsts returns the number of instructions regex compiles to.
func patternInsts(rb *Rulebook, regex string) (int, bool) {
	x, err := ExpandPattern(rb, regex)
	if err != nil {
		return 0, false
	}
	re, err := syntax.Parse("(?i)"+x, syntax.Perl)
	if err != nil {
		return 0, false
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return 0, false
	}
	return len(prog.Inst), true
}

// lintMessages runs every finding message on a sample finding, so that a
// message that parses but fails when run (a field the comparer does not
// fill, a function called with the wrong arguments) is found before a run
// prints the rule's description in its place.
func lintMessages(rb *Rulebook, w where) ErrorList {
	var errs ErrorList
	sample := map[string]any{}
	for _, k := range MessageKeys {
		sample[k] = "sample"
	}
	for i, f := range rb.Findings {
		if f.Message == "" {
			continue
		}
		t, err := template.New(f.ID).Funcs(TemplateFuncs).Option("missingkey=error").Parse(f.Message)
		if err != nil {
			continue // reported by the load's own checks
		}
		if err := t.Execute(new(bytes.Buffer), sample); err != nil {
			errs.Add(w("findings", i, f.ID, ".message"), "finding %q: message fails on a sample finding: %s (a message may use %s)", f.ID, templateErr(err), fieldList())
		}
	}
	return errs
}

// fieldList names MessageKeys as a message writes them.
func fieldList() string {
	s := ""
	for i, k := range MessageKeys {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("{{.%s}}", k)
	}
	return s
}
