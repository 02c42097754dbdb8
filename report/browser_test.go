package report

import (
	"bytes"
	"context"
	"fmt"
	imagepng "image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// findBrowser returns the path of a Chromium-based browser in PATH, or "".
func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// pageProblems collects what the page must not do: console errors,
// uncaught exceptions, error log entries and JavaScript dialogs.
type pageProblems struct {
	mu   sync.Mutex
	list []string
}

func (p *pageProblems) add(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.list = append(p.list, fmt.Sprintf(format, args...))
}

func (p *pageProblems) all() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.list...)
}

// TestHTMLInBrowser loads the HTML report in headless Chromium and checks
// that it runs without console errors, shows article HTML as text, that the
// severity filter hides and shows findings, that each side is labelled by
// outlet, headline and date, and that the page fits 1280 pixels.
func TestHTMLInBrowser(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		if os.Getenv("CROSSCHECK_REQUIRE_BROWSER") == "1" {
			t.Fatal("no Chromium found and CROSSCHECK_REQUIRE_BROWSER=1: install Debian's chromium package")
		}
		t.Skip("no Chromium found: install Debian's chromium package to run the browser test")
	}

	var buf bytes.Buffer
	if err := (&HTML{opt: fixtureOptions()}).Print(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(buf.Bytes())
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(browser),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()

	var problems pageProblems
	dialogs := make(chan struct{}, 4)
	err := chromedp.Listen(bctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				problems.add("console.%s: %s", e.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			problems.add("uncaught exception: %s", msg)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				problems.add("log error: %s (%s)", e.Entry.Text, e.Entry.URL)
			}
		case *page.EventJavascriptDialogOpening:
			problems.add("javascript %s dialog opened: %q", e.Type, e.Message)
			select {
			case dialogs <- struct{}{}:
			default:
			}
		}
	})
	if err != nil {
		t.Fatalf("starting %s: %v", browser, err)
	}
	go func() { // dismiss any dialog, so that a failing page cannot hang the test
		for {
			select {
			case <-bctx.Done():
				return
			case <-dialogs:
				chromedp.Call(bctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
			}
		}
	}()

	if err := chromedp.Do(bctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible("#filters")); err != nil {
		t.Fatalf("loading the page: %v", err)
	}

	eval := func(expr string) bool {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[bool](expr))
		if err != nil {
			t.Fatalf("evaluating %s: %v", expr, err)
		}
		return v
	}
	const visible = `(function (id) { var e = document.getElementById(id); return !!e && e.offsetParent !== null; })`
	const infoID, warningID = "finding-c3b9077e1f26ad58", "finding-9f2c1a7be04d3316"

	if !eval(`document.body.innerText.includes('<script>alert("x")</script>')`) {
		t.Error("the article's <script> text is not shown as text")
	}
	if !eval(`document.querySelectorAll("script").length === 1`) {
		t.Error("the page has a script element besides its own")
	}
	if !eval(`document.querySelectorAll("mark").length >= 10`) {
		t.Error("the differing words are not highlighted with <mark>")
	}
	if !eval(visible+`("`+infoID+`")`) || !eval(visible+`("`+warningID+`")`) {
		t.Fatal("the info and warning findings are not both visible at first")
	}

	if err := chromedp.Do(bctx, chromedp.Click("#sev-info")); err != nil {
		t.Fatalf("clicking the info filter: %v", err)
	}
	if eval(`document.getElementById("sev-info").checked`) {
		t.Error("the info filter is still checked after a click")
	}
	if eval(visible + `("` + infoID + `")`) {
		t.Error("the info finding is still visible with the info filter off")
	}
	if !eval(visible + `("` + warningID + `")`) {
		t.Error("the warning finding is hidden with only the info filter off")
	}
	if !eval(`document.getElementById("shown").textContent === "showing 3 of 5 findings"`) {
		t.Error("the count of shown findings is wrong with the info filter off")
	}

	if err := chromedp.Do(bctx, chromedp.Click("#kind-count")); err != nil {
		t.Fatalf("clicking the count filter: %v", err)
	}
	if eval(visible + `("finding-7a55e0d91c4b2e83")`) {
		t.Error("the count finding is still visible with the count kind filter off")
	}
	if err := chromedp.Do(bctx, chromedp.Click("#sev-info"), chromedp.Click("#kind-count")); err != nil {
		t.Fatalf("clicking the filters back on: %v", err)
	}
	if !eval(visible + `("` + infoID + `")`) {
		t.Error("the info finding does not come back with the info filter on")
	}

	// Each side is labelled by outlet, headline and date, with the article
	// id in small print.
	const origin = `document.querySelector("#finding-9f2c1a7be04d3316 .claim .origin").innerText`
	if !eval(origin + ` === "Reuters · Gunmen kill 26 in attack on tourists in Kashmir · 2025-04-22"`) {
		label, _ := chromedp.Run(bctx, chromedp.Evaluate[string](origin))
		t.Errorf("a side is labelled %q, want outlet · headline · date", label)
	}
	if !eval(`document.querySelector("#finding-9f2c1a7be04d3316 .claim .aid").innerText === "reuters-1"`) {
		t.Error("a side does not show its article id in small print")
	}
	// The input's errors and what was skipped come after the findings, collapsed.
	if !eval(`(function () { var d = document.getElementById("input"); return !!d && !d.open &&
		!!(d.compareDocumentPosition(document.querySelector(".finding")) & Node.DOCUMENT_POSITION_PRECEDING); })()`) {
		t.Error("the input's errors and what was skipped are not a collapsed list after the findings")
	}
	if err := chromedp.Do(bctx, chromedp.Click("#input summary")); err != nil {
		t.Fatalf("opening the input list: %v", err)
	}

	// Nothing makes a 1280-pixel window scroll sideways, with every list
	// open.
	if err := chromedp.Do(bctx, chromedp.Click("#articles summary")); err != nil {
		t.Fatalf("opening the articles list: %v", err)
	}
	if !eval(`document.documentElement.scrollWidth <= window.innerWidth`) {
		w, _ := chromedp.Run(bctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
		t.Errorf("the page is %d pixels wide: it scrolls sideways in a 1280-pixel window", w)
	}

	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	shot := filepath.Join(t.TempDir(), "report.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", shot, len(png))
	if cfg, err := imagepng.DecodeConfig(bytes.NewReader(png)); err != nil {
		t.Errorf("screenshot: %v", err)
	} else if cfg.Width > 1280 {
		t.Errorf("the screenshot is %d pixels wide, more than the 1280-pixel window", cfg.Width)
	}
	if dst := os.Getenv("CROSSCHECK_SCREENSHOT"); dst != "" {
		if err := os.WriteFile(dst, png, 0o644); err != nil {
			t.Error(err)
		}
	}

	for _, p := range problems.all() {
		t.Errorf("page problem: %s", p)
	}
}
