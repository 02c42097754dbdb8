package claims

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDumpSeeds prints the sentences, mentions and claims of the seed
// articles when CROSSCHECK_DUMP is set; a development aid.
func TestDumpSeeds(t *testing.T) {
	if os.Getenv("CROSSCHECK_DUMP") == "" {
		t.Skip("set CROSSCHECK_DUMP=1 to print what is extracted from the seeds")
	}
	x := testExtractor(t)
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
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
