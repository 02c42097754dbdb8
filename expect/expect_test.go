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

func TestEvaluateHonoursKindAndCountsUnlabelled(t *testing.T) {
	exp := &File{
		MustNotFlag: []Entry{{ID: "n", Kind: "date", Cites: map[string]string{"a": "on Tuesday", "b": "on Thursday"}}},
	}
	f := finding("f1", "warning", [2]string{"a", "He spoke on Tuesday."}, [2]string{"b", "He left on Thursday."})
	f.Kind, f.Rule = "quote", "quote-wording"
	rep := &findings.Report{Findings: []findings.Finding{f}}
	s := Evaluate(exp, rep)
	if s.FalseAlarms != 0 {
		t.Errorf("a quote finding raised a false alarm on a date entry: %s", s)
	}
	if len(s.Unlabelled) != 0 {
		t.Errorf("a finding that matches an entry of another kind is labelled, not unlabelled: %v", s.Unlabelled)
	}
	rep.Findings[0].Kind = "date"
	if s := Evaluate(exp, rep); s.FalseAlarms != 1 {
		t.Errorf("a date finding on a date entry is a false alarm: %s", s)
	}
	g := finding("f2", "error", [2]string{"a", "Nothing like it."}, [2]string{"b", "He left on Thursday."})
	g.Rule = "count-mismatch"
	h := finding("f3", "info", [2]string{"a", "Nothing like it."})
	rep.Findings = append(rep.Findings, g, h)
	s = Evaluate(exp, rep)
	if len(s.Unlabelled) != 1 || s.Unlabelled[0].ID != "f2" {
		t.Fatalf("unlabelled %v: want the error that matches no entry, not the info", s.Unlabelled)
	}
	var total Score
	total.Add(s)
	total.Add(s)
	if total.FalseAlarms != 2 || total.MustNotFlag != 2 || total.Findings != 6 || total.UnlabelledByRule()["count-mismatch"] != 2 {
		t.Errorf("sum of two scores: %s, findings %d, unlabelled %v", total, total.Findings, total.UnlabelledByRule())
	}
}
