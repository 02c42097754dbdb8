// Package expect reads expected.yaml files — the disagreements a careful
// editor finds in a batch of articles and the look-alikes that must not be
// flagged — and scores a report against them.
package expect

import (
	"fmt"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/newsdesk/crosscheck/findings"
)

// Entry is one expected (or unwanted) finding.
type Entry struct {
	ID    string `yaml:"id"`
	Kind  string `yaml:"kind"`
	About string `yaml:"about"`
	// Cites maps article ids to a phrase that a cited sentence of that
	// article must contain.
	Cites map[string]string `yaml:"cites"`
	// Also names further sentences a good finding cites; not required.
	Also map[string]string `yaml:"also"`
}

// File is a whole expected.yaml.
type File struct {
	// Rules are the rulebook layers a rule test runs with, on top of the
	// built-in rulebook, as paths relative to the file's folder.
	Rules       []string `yaml:"rules"`
	MustFlag    []Entry  `yaml:"must_flag"`
	MustNotFlag []Entry  `yaml:"must_not_flag"`
	Stretch     []Entry  `yaml:"stretch"`
}

// Load reads an expected.yaml file.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return &f, nil
}

// Matches reports whether finding f matches entry e: for every article
// listed under Cites, one of the claims f cites comes from a sentence of
// that article containing the phrase (case, runs of white space and
// straight vs curly apostrophes ignored).
func Matches(e Entry, f *findings.Finding) bool {
	if len(e.Cites) == 0 {
		return false
	}
	for art, phrase := range e.Cites {
		p := fold(phrase)
		found := false
		for _, c := range f.Claims {
			if c.Article == art && strings.Contains(fold(c.Sentence), p) {
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

// straightQuotes makes curly quotes and apostrophes straight.
var straightQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// fold lower-cases s, straightens apostrophes and collapses white space.
func fold(s string) string {
	s = straightQuotes.Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// Result is the outcome of scoring one entry.
type Result struct {
	Entry Entry
	// Section is must_flag, must_not_flag or stretch.
	Section string
	// OK is true when a must_flag or stretch entry was found, or a
	// must_not_flag entry raised no false alarm.
	OK bool
	// Findings are the ids of the matching findings.
	Findings []string
}

// Score is the outcome of scoring a report.
type Score struct {
	Results     []Result
	Found       int
	MustFlag    int
	FalseAlarms int
	MustNotFlag int
	Stretch     int
	StretchHit  int
	// Findings is the number of findings scored.
	Findings int
	// Unlabelled are the findings at warning or above that match no entry
	// at all: each is noise or a disagreement the labels lack.
	Unlabelled []findings.Finding
}

// Add adds the figures of o to s, as when scoring a whole set of clusters.
func (s *Score) Add(o Score) {
	s.Results = append(s.Results, o.Results...)
	s.Found += o.Found
	s.MustFlag += o.MustFlag
	s.FalseAlarms += o.FalseAlarms
	s.MustNotFlag += o.MustNotFlag
	s.Stretch += o.Stretch
	s.StretchHit += o.StretchHit
	s.Findings += o.Findings
	s.Unlabelled = append(s.Unlabelled, o.Unlabelled...)
}

// UnlabelledByRule counts the unlabelled warnings by finding rule.
func (s Score) UnlabelledByRule() map[string]int {
	m := map[string]int{}
	for _, f := range s.Unlabelled {
		m[f.Rule]++
	}
	return m
}

// Pass reports whether every must_flag entry was found and no false alarm
// fired.
func (s Score) Pass() bool { return s.Found == s.MustFlag && s.FalseAlarms == 0 }

// String is the score line: "must_flag 6/6, false alarms 0/4, stretch 1/1".
func (s Score) String() string {
	return fmt.Sprintf("must_flag %d/%d, false alarms %d/%d, stretch %d/%d", s.Found, s.MustFlag, s.FalseAlarms, s.MustNotFlag, s.StretchHit, s.Stretch)
}

// sameKind reports whether a finding may match an entry: an entry with a
// kind is matched only by findings of that kind.
func sameKind(e Entry, f *findings.Finding) bool {
	return e.Kind == "" || f.Kind == "" || e.Kind == f.Kind
}

// loud reports whether a finding is at warning or above; a severity the
// scorer does not know counts as a warning, as the reference scorer has it.
func loud(f *findings.Finding) bool {
	r := findings.SeverityRank(f.Severity)
	return r == 0 || r >= findings.SeverityRank(findings.Warning)
}

// Evaluate scores report r against f by the rules at the top of
// expected.yaml (the reference scorer's rules): a finding that matches no
// must_flag entry, has severity warning or above and matches a
// must_not_flag entry of its kind is a false alarm; a finding at warning or
// above that matches no entry at all is unlabelled.
func Evaluate(f *File, r *findings.Report) Score {
	s := Score{Findings: len(r.Findings)}
	matching := func(e Entry) []string {
		var ids []string
		for i := range r.Findings {
			if Matches(e, &r.Findings[i]) {
				ids = append(ids, r.Findings[i].ID)
			}
		}
		return ids
	}
	for _, e := range f.MustFlag {
		ids := matching(e)
		s.MustFlag++
		if len(ids) > 0 {
			s.Found++
		}
		s.Results = append(s.Results, Result{Entry: e, Section: "must_flag", OK: len(ids) > 0, Findings: ids})
	}
	for _, e := range f.MustNotFlag {
		s.MustNotFlag++
		var alarms []string
		for i := range r.Findings {
			fd := &r.Findings[i]
			if !loud(fd) || !sameKind(e, fd) || !Matches(e, fd) {
				continue
			}
			legit := false
			for _, m := range f.MustFlag {
				if Matches(m, fd) {
					legit = true
					break
				}
			}
			if !legit {
				alarms = append(alarms, fd.ID)
			}
		}
		if len(alarms) > 0 {
			s.FalseAlarms++
		}
		s.Results = append(s.Results, Result{Entry: e, Section: "must_not_flag", OK: len(alarms) == 0, Findings: alarms})
	}
	for _, e := range f.Stretch {
		ids := matching(e)
		s.Stretch++
		if len(ids) > 0 {
			s.StretchHit++
		}
		s.Results = append(s.Results, Result{Entry: e, Section: "stretch", OK: len(ids) > 0, Findings: ids})
	}
	for i := range r.Findings {
		fd := &r.Findings[i]
		if loud(fd) && !matchesAny(fd, f.MustFlag, f.MustNotFlag, f.Stretch) {
			s.Unlabelled = append(s.Unlabelled, *fd)
		}
	}
	return s
}

// matchesAny reports whether fd matches an entry of any of the lists.
func matchesAny(fd *findings.Finding, lists ...[]Entry) bool {
	for _, l := range lists {
		for _, e := range l {
			if Matches(e, fd) {
				return true
			}
		}
	}
	return false
}
