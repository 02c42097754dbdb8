package findings

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Baseline records findings already known, by fingerprint, so that a gate
// fails only on new disagreements.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one known finding.
type BaselineEntry struct {
	ID      string `json:"id"`
	Rule    string `json:"rule"`
	Subject string `json:"subject"`
	// Reason says why the finding is accepted; shown with
	// --show-suppressed.
	Reason string `json:"reason"`
}

// LoadBaseline reads a baseline file.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a baseline: %v", path, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d, want 1", path, b.Version)
	}
	return &b, nil
}

// baselinePrefix starts the Suppressed reason of a finding a baseline hid.
const baselinePrefix = "baseline: "

// NewBaseline records every finding of a report (hidden ones included). A
// finding that previous (nil when there is none) already records keeps its
// reason there; one hidden by a suppression or another baseline keeps that
// reason; any other gets reason.
func NewBaseline(rep *Report, previous *Baseline, reason string) *Baseline {
	old := map[string]string{}
	if previous != nil {
		for _, e := range previous.Findings {
			old[e.ID] = e.Reason
		}
	}
	b := &Baseline{Version: 1, Findings: []BaselineEntry{}}
	add := func(fs []Finding) {
		for _, f := range fs {
			r, ok := old[f.ID]
			switch {
			case ok:
			case f.Suppressed != "":
				r = strings.TrimPrefix(f.Suppressed, baselinePrefix)
			default:
				r = reason
			}
			b.Findings = append(b.Findings, BaselineEntry{ID: f.ID, Rule: f.Rule, Subject: f.Subject, Reason: r})
		}
	}
	add(rep.Findings)
	add(rep.Suppressed)
	sort.Slice(b.Findings, func(i, j int) bool { return b.Findings[i].ID < b.Findings[j].ID })
	return b
}

// BaselineChange counts how a baseline differs from the one it replaces.
type BaselineChange struct {
	// Kept are entries of the previous baseline still found, reasons kept.
	Kept int
	// Added are findings the previous baseline did not record.
	Added int
	// Dropped are entries of the previous baseline no longer found.
	Dropped int
}

// Compare counts what b keeps, adds and drops relative to previous (nil
// when there is none).
func (b *Baseline) Compare(previous *Baseline) BaselineChange {
	was := map[string]bool{}
	if previous != nil {
		for _, e := range previous.Findings {
			was[e.ID] = true
		}
	}
	var c BaselineChange
	for _, e := range b.Findings {
		if was[e.ID] {
			c.Kept++
			delete(was, e.ID)
		} else {
			c.Added++
		}
	}
	c.Dropped = len(was)
	return c
}

// Write saves the baseline atomically: to a temporary file renamed over
// path.
func (b *Baseline) Write(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".baseline-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Apply moves the report's findings that the baseline knows to its
// Suppressed list, with the baseline's reason.
func (b *Baseline) Apply(rep *Report) {
	known := make(map[string]string, len(b.Findings))
	for _, e := range b.Findings {
		reason := e.Reason
		if reason == "" {
			reason = "in baseline"
		}
		known[e.ID] = baselinePrefix + reason
	}
	rep.Hide(func(f *Finding) string { return known[f.ID] })
}
