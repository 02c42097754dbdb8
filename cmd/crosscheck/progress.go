package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsdesk/crosscheck"
)

// progress draws a progress bar on standard error for runs that take more
// than a moment, only on a terminal and not with --quiet.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	start time.Time
	bar   *progressbar.ProgressBar
	stage string
}

// newProgress returns a progress bar writing to w, or a silent one.
func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) {
		p.on = true
	}
	return p
}

// update redraws the bar for a pipeline stage; nothing shows during the
// first second.
func (p *progress) update(pr crosscheck.Progress) {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.start) < time.Second && p.bar == nil {
		return
	}
	if p.bar == nil || p.stage != pr.Stage {
		if p.bar != nil {
			_ = p.bar.Finish()
		}
		p.stage = pr.Stage
		p.bar = progressbar.NewOptions(pr.Total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(pr.Stage),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	p.bar.Describe(fmt.Sprintf("%-8s %d claims, %d findings", pr.Stage, pr.Claims, pr.Findings))
	_ = p.bar.Set(pr.Done)
}

// finish clears the bar.
func (p *progress) finish() {
	if p == nil || p.bar == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = p.bar.Finish()
}
