package claims

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
)

// gvaIncident is one line of the GVA development corpus, as far as the
// measurements need.
type gvaIncident struct {
	ID   string `json:"incident_id"`
	Gold struct {
		Date    string `json:"date"`
		Killed  int    `json:"num_killed"`
		Injured int    `json:"num_injured"`
	} `json:"gold"`
	Docs []struct {
		ID    string `json:"doc_id"`
		Title string `json:"title"`
		DCT   string `json:"dct"`
		Text  string `json:"text"`
	} `json:"docs"`
}

// gvaPath returns the GVA corpus named by CROSSCHECK_CORPUS or found in the
// shared directory, or "".
func gvaPath() string {
	if p := os.Getenv("CROSSCHECK_CORPUS"); p != "" && filepath.Base(p) == "gva_dev.jsonl.gz" {
		return p
	}
	return sharedFile("corpus/gva_dev.jsonl.gz")
}

// readGVA reads every incident of the corpus at path.
func readGVA(t testing.TB, path string) []gvaIncident {
	t.Helper()
	var out []gvaIncident
	eachGVA(t, path, func(inc *gvaIncident) { out = append(out, *inc) })
	return out
}

// eachGVA calls fn for every incident of the corpus at path, in order.
func eachGVA(t testing.TB, path string, fn func(*gvaIncident)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var inc gvaIncident
		if err := json.Unmarshal(sc.Bytes(), &inc); err != nil {
			t.Fatal(err)
		}
		fn(&inc)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// articleFigure is an article's toll of one status, read from all its
// casualty claims (TollOf): its face value; ok false when it says nothing.
func articleFigure(cs []Claim, status string) (float64, bool) {
	ps := make([]*Claim, 0, len(cs))
	for i := range cs {
		if cs[i].Kind == Casualty {
			ps = append(ps, &cs[i])
		}
	}
	t := TollOf(ps)
	f := t.Injured
	if status == "killed" {
		f = t.Killed
	}
	return f.Face, f.Stated
}

// TestGVACasualtyAgreement measures how often each GVA article's killed
// and injured figures agree with the archive's final figures. It prints
// the agreement and, with CROSSCHECK_MISMATCH set, a sample of mismatches.
// It needs the corpus and is skipped under -short.
func TestGVACasualtyAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus measurement skipped under -short")
	}
	path := gvaPath()
	if path == "" {
		t.Skip("GVA corpus not found; set CROSSCHECK_CORPUS to gva_dev.jsonl.gz")
	}
	x := testExtractor(t)
	incs := readGVA(t, path)
	type tally struct{ stated, agree, docs, agreeAll int }
	var killed, injured tally
	var mismatches []string
	words := 0
	start := time.Now()
	for _, inc := range incs {
		for _, doc := range inc.Docs {
			text := doc.Title + "\n" + doc.Text
			words += len(text) / 6
			cs := x.Extract(&article.Article{ID: doc.ID, Text: text})
			if show := os.Getenv("CROSSCHECK_GVA_DOC"); show != "" && strings.Contains(show, doc.ID) {
				t.Logf("DOC %s gold killed=%d injured=%d", doc.ID, inc.Gold.Killed, inc.Gold.Injured)
				for _, c := range cs {
					if c.Kind == Casualty {
						t.Logf("   %s %s %q || %s", c.Value.Status, c.Value.Number, c.Text, c.SentenceText)
					}
				}
			}
			for _, st := range []struct {
				status string
				gold   int
				t      *tally
			}{{"killed", inc.Gold.Killed, &killed}, {"injured", inc.Gold.Injured, &injured}} {
				v, ok := articleFigure(cs, st.status)
				st.t.docs++
				if !ok {
					// Saying nothing agrees with a gold figure of 0.
					if st.gold == 0 {
						st.t.agreeAll++
					}
					continue
				}
				st.t.stated++
				if int(v) == st.gold {
					st.t.agree++
					st.t.agreeAll++
				} else {
					mismatches = append(mismatches, inc.ID+" "+doc.ID+" "+st.status+" gold="+itoa(st.gold)+" got="+itoa(int(v)))
				}
			}
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	t.Logf("GVA: %d incidents, %d docs, %.1fs", len(incs), killed.docs, time.Since(start).Seconds())
	t.Logf("killed:  stated in %d docs, agree %d (%.1f%% of stated); agree over all docs (silence = 0) %d (%.1f%%)",
		killed.stated, killed.agree, pct(killed.agree, killed.stated), killed.agreeAll, pct(killed.agreeAll, killed.docs))
	t.Logf("injured: stated in %d docs, agree %d (%.1f%% of stated); agree over all docs (silence = 0) %d (%.1f%%)",
		injured.stated, injured.agree, pct(injured.agree, injured.stated), injured.agreeAll, pct(injured.agreeAll, injured.docs))
	if os.Getenv("CROSSCHECK_MISMATCH") != "" {
		sort.Strings(mismatches)
		for i, m := range mismatches {
			if i%7 == 0 && i < 7*60 {
				t.Log("mismatch ", m)
			}
		}
	}
}

// itoa formats an int without importing strconv into the test's hot path.
func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
