package report

import (
	"sort"

	"github.com/newsdesk/crosscheck/findings"
)

// storyGroup is the findings of one story, grouped by subject.
type storyGroup struct {
	ID         string
	Title      string
	Articles   int
	Subjects   []subjectGroup
	Agreements []findings.Agreement
}

// subjectGroup is the findings about one subject, most severe first.
type subjectGroup struct {
	Subject  string
	Findings []findings.Finding
}

// side is the claims of a finding that agree with each other.
type side struct {
	N      int
	Claims []findings.ClaimRef
}

// groupByStory groups fs by story and subject. Stories come in the report's
// order, then stories only the findings name, then findings without a story;
// subjects in order of first appearance; findings most severe first, ties in
// their original order. Stories with neither findings nor agreements are left
// out.
func groupByStory(r *findings.Report, fs []findings.Finding, withAgreements bool) []storyGroup {
	var groups []storyGroup
	index := map[string]int{}
	add := func(id, title string, articles int) int {
		if i, ok := index[id]; ok {
			return i
		}
		index[id] = len(groups)
		groups = append(groups, storyGroup{ID: id, Title: title, Articles: articles})
		return len(groups) - 1
	}
	for _, s := range r.Stories {
		add(s.ID, s.Title, len(s.Articles))
	}
	subjIndex := map[[2]string]int{}
	for _, f := range fs {
		gi := add(f.Story, "", 0)
		key := [2]string{f.Story, f.Subject}
		si, ok := subjIndex[key]
		if !ok {
			si = len(groups[gi].Subjects)
			subjIndex[key] = si
			groups[gi].Subjects = append(groups[gi].Subjects, subjectGroup{Subject: f.Subject})
		}
		groups[gi].Subjects[si].Findings = append(groups[gi].Subjects[si].Findings, f)
	}
	if withAgreements {
		for _, a := range r.Agreements {
			gi := add(a.Story, "", 0)
			groups[gi].Agreements = append(groups[gi].Agreements, a)
		}
	}
	// Findings without a story go last.
	if i, ok := index[""]; ok && i != len(groups)-1 {
		g := groups[i]
		groups = append(append(groups[:i:i], groups[i+1:]...), g)
	}
	out := groups[:0]
	for _, g := range groups {
		for si := range g.Subjects {
			sortBySeverity(g.Subjects[si].Findings)
		}
		if len(g.Subjects) > 0 || len(g.Agreements) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// sortBySeverity orders fs most severe first, keeping ties in order.
func sortBySeverity(fs []findings.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		return findings.SeverityRank(fs[i].Severity) > findings.SeverityRank(fs[j].Severity)
	})
}

// sides groups a finding's claims by Side, in order of first appearance.
func sides(f findings.Finding) []side {
	var out []side
	index := map[int]int{}
	for _, c := range f.Claims {
		i, ok := index[c.Side]
		if !ok {
			i = len(out)
			index[c.Side] = i
			out = append(out, side{N: c.Side})
		}
		out[i].Claims = append(out[i].Claims, c)
	}
	return out
}

// storyTitle names a story for people.
func storyTitle(g storyGroup) string {
	switch {
	case g.ID == "" && g.Title == "":
		return "Other findings"
	case g.Title == "":
		return "Story " + g.ID
	}
	return g.Title
}
