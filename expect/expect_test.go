package expect

import (
	"path/filepath"
	"testing"

	"github.com/newsdesk/crosscheck/findings"
)

func finding(id, severity string, cites ...[2]string) findings.Finding {
	f := findings.Finding{ID: id, Severity: severity}
	for _, c := range cites {
		f.Claims = append(f.Claims, findings.ClaimRef{Article: c[0], Sentence: c[1]})
	}
	return f
}

func TestMatchesFoldsCaseSpaceAndApostrophes(t *testing.T) {
	e := Entry{Cites: map[string]string{"a": "Pakistan's Army Chief", "b": "killed  26 civilians"}}
	f := finding("x", "warning", [2]string{"a", "with PAKISTAN’S army\tchief General Asim Munir."}, [2]string{"b", "which killed 26 civilians."})
	if !Matches(e, &f) {
		t.Error("case, runs of white space and curly apostrophes must be ignored")
	}
	g := finding("y", "warning", [2]string{"a", "Pakistan's Army Chief"})
	if Matches(e, &g) {
		t.Error("an entry citing two articles matched a finding citing one")
	}
}

func TestEvaluate(t *testing.T) {
	exp := &File{
		MustFlag:    []Entry{{ID: "m", Cites: map[string]string{"a": "26 civilians", "b": "navy personnel"}}},
		MustNotFlag: []Entry{{ID: "n", Cites: map[string]string{"a": "multiple air bases", "c": "three of its air bases"}}},
		Stretch:     []Entry{{ID: "s", Cites: map[string]string{"d": "21-Oct-2025"}}},
	}
	rep := &findings.Report{Findings: []findings.Finding{
		finding("f1", "warning", [2]string{"a", "killed 26 civilians"}, [2]string{"b", "including navy personnel"}),
		finding("f2", "info", [2]string{"a", "multiple air bases"}, [2]string{"c", "three of its air bases"}),
	}}
	s := Evaluate(exp, rep)
	if s.Found != 1 || s.FalseAlarms != 0 || s.StretchHit != 0 || !s.Pass() {
		t.Fatalf("score %s: an info finding on a must_not_flag entry is allowed", s)
	}
	rep.Findings[1].Severity = "warning"
	if s := Evaluate(exp, rep); s.FalseAlarms != 1 || s.Pass() {
		t.Fatalf("score %s: a warning on a must_not_flag entry is a false alarm", s)
	}
	if got := Evaluate(exp, rep).String(); got != "must_flag 1/1, false alarms 1/1, stretch 0/1" {
		t.Errorf("score line %q", got)
	}
}

func TestLoadSeedsExpected(t *testing.T) {
	f, err := Load(filepath.Join("..", "testdata", "seeds", "expected.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.MustFlag) != 6 || len(f.MustNotFlag) != 4 || len(f.Stretch) != 1 {
		t.Errorf("seeds: %d must_flag, %d must_not_flag, %d stretch", len(f.MustFlag), len(f.MustNotFlag), len(f.Stretch))
	}
	if _, err := Load(filepath.Join("..", "testdata", "no-such.yaml")); err == nil {
		t.Error("a missing file loaded")
	}
}
