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

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
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
	if status == rules.StatusKilled {
		f = t.Killed
	}
	return f.Face, f.Stated
}

// BenchmarkGVACasualtyAgreement measures how often each GVA article's
// killed and injured figures agree with the archive's final figures, and
// reports the agreement (of the articles that state a figure, and of all
// articles, silence agreeing with 0) as metrics; with CROSSCHECK_MISMATCH
// set it logs a sample of mismatches, with CROSSCHECK_GVA_DOC=ID the
// casualty claims of that article. It needs the corpus:
//
//	go test -run XXX -bench GVACasualtyAgreement -benchtime 1x ./claims
func BenchmarkGVACasualtyAgreement(b *testing.B) {
	path := gvaPath()
	if path == "" {
		b.Skip("GVA corpus not found; set CROSSCHECK_CORPUS to gva_dev.jsonl.gz")
	}
	x := testExtractor(b)
	incs := readGVA(b, path)
	type tally struct{ stated, agree, docs, agreeAll int }
	var killed, injured tally
	var mismatches []string
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		killed, injured, mismatches = tally{}, tally{}, nil
		for _, inc := range incs {
			for _, doc := range inc.Docs {
				text := doc.Title + "\n" + doc.Text
				cs := x.Extract(&article.Article{ID: doc.ID, Text: text})
				if show := os.Getenv("CROSSCHECK_GVA_DOC"); show != "" && strings.Contains(show, doc.ID) {
					b.Logf("DOC %s gold killed=%d injured=%d", doc.ID, inc.Gold.Killed, inc.Gold.Injured)
					for _, c := range cs {
						if c.Kind == Casualty {
							b.Logf("   %s %s %q || %s", c.Value.Status, c.Value.Number, c.Text, c.SentenceText)
						}
					}
				}
				for _, st := range []struct {
					status string
					gold   int
					t      *tally
				}{{rules.StatusKilled, inc.Gold.Killed, &killed}, {rules.StatusInjured, inc.Gold.Injured, &injured}} {
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
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	b.ReportMetric(float64(killed.docs), "docs")
	b.ReportMetric(pct(killed.agree, killed.stated), "killed-agree-%")
	b.ReportMetric(pct(killed.agreeAll, killed.docs), "killed-agree-all-%")
	b.ReportMetric(pct(injured.agree, injured.stated), "injured-agree-%")
	b.ReportMetric(pct(injured.agreeAll, injured.docs), "injured-agree-all-%")
	if os.Getenv("CROSSCHECK_MISMATCH") != "" {
		sort.Strings(mismatches)
		for i, m := range mismatches {
			if i%7 == 0 && i < 7*60 {
				b.Log("mismatch ", m)
			}
		}
	}
}

// itoa formats an int without importing strconv into the test's hot path.
func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
