//go:build tuning

package claims

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
)

// TestDumpDates prints the date claims of the seed articles, as if each
// were published on Saturday 2025-05-10: a development aid, built only
// with the tuning tag.
//
//	go test -tags tuning -run TestDumpDates -v ./claims
func TestDumpDates(t *testing.T) {
	x := testExtractor(t)
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles (%v)", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := &article.Article{ID: filepath.Base(f), Text: string(b), Published: time.Date(2025, 5, 10, 12, 0, 0, 0, time.UTC)}
		for _, c := range x.Extract(a) {
			if c.Kind == Date {
				dv := c.Value.Date
				t.Logf("%s %q subj=%s %q %v res=%v %s..%s %s rel=%v yk=%v", a.ID[:3], c.Text, c.Subject.Key, c.Subject.Text, c.Subject.Places, dv.Resolved, dv.Start.Format("2006-01-02"), dv.End.Format("2006-01-02"), dv.Granularity, dv.Relative, dv.YearKnown)
				t.Logf("     %v", c.Matched)
			}
		}
	}
}
