package findings

import "testing"

func TestFingerprintIgnoresOrderAndSpacing(t *testing.T) {
	a := Finding{Rule: "r", SubjectKey: "casualty|killed|attack", Claims: []ClaimRef{
		{Article: "x", Text: "killed 26 civilians", Start: 10},
		{Article: "y", Text: "26 individuals were killed", Start: 99},
	}}
	b := Finding{Rule: "r", SubjectKey: "casualty|killed|attack", Claims: []ClaimRef{
		{Article: "y", Text: "26  individuals were\nkilled", Start: 7},
		{Article: "x", Text: "Killed 26 civilians", Start: 1},
	}, Story: "another-story", Severity: Error}
	if a.Fingerprint() != b.Fingerprint() {
		t.Error("the fingerprint depends on claim order, offsets, spacing, case or story")
	}
	c := a
	c.Rule = "other"
	if a.Fingerprint() == c.Fingerprint() {
		t.Error("the fingerprint ignores the rule")
	}
	if len(a.Fingerprint()) != 16 {
		t.Errorf("fingerprint %q", a.Fingerprint())
	}
}

func TestMaxSeverity(t *testing.T) {
	r := Report{Findings: []Finding{{Severity: Info}, {Severity: Error}, {Severity: Warning}}}
	if r.MaxSeverity() != Error {
		t.Errorf("max %q", r.MaxSeverity())
	}
	if (&Report{}).MaxSeverity() != "" {
		t.Error("an empty report has a severity")
	}
	if SeverityRank(Info) >= SeverityRank(Warning) || SeverityRank(Warning) >= SeverityRank(Error) || SeverityRank("bogus") != 0 {
		t.Error("severity ranks out of order")
	}
}
