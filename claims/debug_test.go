//go:build tuning

package claims

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDumpSeeds prints the sentences, mentions and claims of the seed
// articles: a development aid, built only with the tuning tag.
//
//	go test -tags tuning -run TestDumpSeeds -v ./claims
func TestDumpSeeds(t *testing.T) {
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
		id := filepath.Base(f)
		d := newDoc(x, nil)
		d.sents, d.blocks = splitSentences(string(b), x.abbrev)
		for i := range d.sents {
			s := &d.sents[i]
			d.mentions[i] = d.findMentions(s)
			d.events[i] = d.findEvents(s)
			t.Logf("%s S%d: %s", id, i, s.Text)
			for _, m := range d.mentions[i] {
				t.Logf("    mention %s %q titles=%v", m.Type, m.Name, m.Titles)
			}
			for _, e := range d.events[i] {
				t.Logf("    event %s %q places=%v", e.Subject.Event, e.Subject.Text, e.Subject.Places)
			}
		}
		for _, c := range extractText(t, x, id, string(b)) {
			t.Logf("  CLAIM %s %q subj=%s value=%+v stated=%+v", c.Kind, c.Text, c.Subject.Key, c.Value, c.Stated)
		}
	}
}
