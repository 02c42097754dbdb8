package article

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJSONLBatchOrder checks that records parsed side by side come out in
// file order, with each problem at its own line among them, across more
// lines than one batch holds.
func TestJSONLBatchOrder(t *testing.T) {
	var b strings.Builder
	n := 3*batchLines + 7
	for i := 1; i <= n; i++ {
		switch {
		case i == 100:
			b.WriteString("{not json\n")
		case i == batchLines+1:
			b.WriteString("\n")
		default:
			fmt.Fprintf(&b, "{\"id\": \"a%d\", \"text\": \"Report number %d was filed on time by the desk.\"}\n", i, i)
		}
	}
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, errs := Read([]string{path}, Options{})
	if len(arts) != n-2 {
		t.Fatalf("%d articles, want %d", len(arts), n-2)
	}
	want := 1
	for _, a := range arts {
		if want == 100 || want == batchLines+1 {
			want++
		}
		if a.ID != fmt.Sprintf("a%d", want) || a.Record != want {
			t.Fatalf("article %s (record %d), want a%d", a.ID, a.Record, want)
		}
		want++
	}
	if errs == nil || !strings.Contains(errs.Error(), ":100:") {
		t.Errorf("errors %v, want one at line 100", errs)
	}
}
