package report

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
	"github.com/owenrumney/go-sarif/v2/sarif"
)

// fingerprintKey names the finding id among a SARIF result's partial
// fingerprints.
const fingerprintKey = "crosscheckFindingId/v1"

// SARIF prints a report as a SARIF 2.1.0 log that GitHub code scanning can
// upload: one result per finding, each side's claim a location with the
// sentence as its snippet, rule metadata from Options.Rules and the finding
// id as a partial fingerprint. Input errors become tool execution
// notifications; suppressed findings, with ShowSuppressed, become results
// with an external suppression.
type SARIF struct{ opt Options }

// Print writes r to w as SARIF, ending with a newline.
func (p *SARIF) Print(w io.Writer, r *findings.Report) error {
	log, err := p.log(r)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func (p *SARIF) log(r *findings.Report) (*sarif.Report, error) {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return nil, err
	}
	name := orDefault(p.opt.Tool.Name, "crosscheck")
	run := sarif.NewRunWithInformationURI(name, p.opt.Tool.URI)
	if p.opt.Tool.URI == "" {
		run.Tool.Driver.InformationURI = nil
	}
	if p.opt.Tool.Version != "" {
		run.Tool.Driver.WithVersion(p.opt.Tool.Version)
	}
	p.addRules(run, r)
	for _, f := range r.Findings {
		run.AddResult(p.result(run, f))
	}
	if p.opt.ShowSuppressed {
		for _, f := range r.Suppressed {
			res := p.result(run, f)
			reason := orDefault(f.Suppressed, "suppressed")
			res.AddSuppression(sarif.NewSuppression("external").
				WithStatus("accepted").
				WithJustifcation(reason).
				WithGuid(guid(f.ID + "\x00" + reason)).
				WithLocation(firstLocation(res)))
			run.AddResult(res)
		}
	}
	if len(r.Errors) > 0 || len(r.Skipped) > 0 {
		inv := run.AddInvocation(true)
		for _, e := range r.Errors {
			inv.AddTToolExecutionNotification(sarif.NewNotification().WithLevel("error").WithTextMessage(e))
		}
		for _, n := range r.Skipped {
			inv.AddTToolExecutionNotification(sarif.NewNotification().WithLevel("note").WithTextMessage(n))
		}
	}
	log.AddRun(run)
	return log, nil
}

// addRules describes every rule of Options.Rules, then any other rule a
// finding names, in the order they come.
func (p *SARIF) addRules(run *sarif.Run, r *findings.Report) {
	for _, ri := range p.opt.Rules {
		rule := run.AddRule(ri.ID).WithDescription(orDefault(ri.Description, ri.ID))
		if ri.Severity != "" {
			rule.WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(ri.Severity)))
		}
		if p.opt.Tool.RulesURI != "" {
			rule.WithHelpURI(p.opt.Tool.RulesURI + "#" + ri.ID)
		}
	}
	all := append(append([]findings.Finding(nil), r.Findings...), r.Suppressed...)
	for _, f := range all {
		if _, err := run.GetRuleById(f.Rule); err != nil {
			rule := run.AddRule(f.Rule).WithDescription(f.Rule)
			if p.opt.Tool.RulesURI != "" {
				rule.WithHelpURI(p.opt.Tool.RulesURI + "#" + f.Rule)
			}
		}
	}
}

func (p *SARIF) result(run *sarif.Run, f findings.Finding) *sarif.Result {
	res := sarif.NewRuleResult(f.Rule).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(oneLine(f.Message)))
	for i, rule := range run.Tool.Driver.Rules {
		if rule.ID == f.Rule {
			res.WithRuleIndex(i)
			break
		}
	}
	if f.ID != "" {
		res.WithPartialFingerPrints(map[string]interface{}{fingerprintKey: f.ID})
	}
	for _, c := range f.Claims {
		res.AddLocation(claimLocation(c))
	}
	props := sarif.NewPropertyBag()
	props.AddString("kind", f.Kind)
	if f.Subject != "" {
		props.AddString("subject", f.Subject)
	}
	if f.Story != "" {
		props.AddString("story", f.Story)
	}
	if f.Update {
		props.AddBoolean("update", true)
	}
	res.AttachPropertyBag(props)
	return res
}

func claimLocation(c findings.ClaimRef) *sarif.Location {
	uri := slashPath(c.Path)
	if uri == "" {
		uri = c.Article
	}
	region := sarif.NewRegion().WithSnippet(sarif.NewArtifactContent().WithText(c.Sentence))
	if c.Line > 0 {
		region.WithStartLine(c.Line)
		if c.Col > 0 {
			region.WithStartColumn(c.Col)
		}
	}
	loc := sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(uri)).
		WithRegion(region))
	msg := claimOrigin(c)
	if c.ValueText != "" {
		msg += ": " + oneLine(c.ValueText)
	}
	return loc.WithMessage(sarif.NewTextMessage(msg))
}

func firstLocation(res *sarif.Result) *sarif.Location {
	if len(res.Locations) == 0 {
		return nil
	}
	return res.Locations[0]
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(severity string) string {
	switch severity {
	case findings.Error:
		return "error"
	case findings.Info:
		return "note"
	}
	return "warning"
}

// slashPath turns a file path into a relative URI reference with forward
// slashes; an absolute path becomes a file URI.
func slashPath(p string) string {
	if p == "" {
		return ""
	}
	if filepath.IsAbs(p) {
		s := filepath.ToSlash(p)
		if !strings.HasPrefix(s, "/") {
			s = "/" + s
		}
		return "file://" + s
	}
	s := filepath.ToSlash(filepath.Clean(p))
	return strings.TrimPrefix(s, "./")
}

// guid derives a deterministic GUID (UUID version 5 layout) from s.
func guid(s string) string {
	h := sha256.Sum256([]byte(s))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
