package crosscheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
)

// gvaGold is the archive's record of an incident, as kept in
// testdata/gva.gold.json.
type gvaGold struct {
	Date     string   `json:"date"`
	Killed   float64  `json:"killed"`
	Injured  float64  `json:"injured"`
	City     string   `json:"city"`
	Articles []string `json:"articles"`
}

// TestGVAClusters shows that the checker works on stories it was not
// designed from: 14 shooting incidents from the Gun Violence Archive's
// development set, two or three local news articles each, checked in one
// batch. Articles of one incident must form one story and never join
// another incident's; the killed and injured figures and the dates of the
// shootings are extracted and compared with the archive's record; and the
// findings stay within incidents.
func TestGVAClusters(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "gva.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]gvaGold
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	if len(gold) < 10 {
		t.Fatalf("want at least 10 incidents, have %d", len(gold))
	}
	incidentOf := map[string]string{}
	for inc, g := range gold {
		for _, id := range g.Articles {
			incidentOf[id] = inc
		}
	}
	arts, errs := article.Read([]string{filepath.Join("testdata", "gva")}, readOptions(t))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ck := defaultChecker(t)
	rep, err := ck.Check(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}

	// Stories: pure, and each incident in one story.
	storyOf := map[string]string{}
	for _, a := range rep.Articles {
		storyOf[a.ID] = a.Story
	}
	incidentStories := map[string]map[string]bool{}
	storyIncidents := map[string]map[string]bool{}
	for id, inc := range incidentOf {
		s := storyOf[id]
		if incidentStories[inc] == nil {
			incidentStories[inc] = map[string]bool{}
		}
		if storyIncidents[s] == nil {
			storyIncidents[s] = map[string]bool{}
		}
		incidentStories[inc][s] = true
		storyIncidents[s][inc] = true
	}
	for s, incs := range storyIncidents {
		if len(incs) > 1 {
			t.Errorf("story %s mixes incidents %v", s, keys(incs))
		}
	}
	together := 0
	for _, ss := range incidentStories {
		if len(ss) == 1 {
			together++
		}
	}
	t.Logf("%d of %d incidents form one story", together, len(gold))
	if together*10 < len(gold)*8 {
		t.Errorf("only %d of %d incidents form one story", together, len(gold))
	}

	// Figures and dates, per article, against the archive.
	extracted, err := ck.Extract(t.Context(), arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	var killedStated, killedOK, injuredStated, injuredOK, dated, dateOK int
	for i, a := range arts {
		g := gold[incidentOf[a.ID]]
		k, kok := headlineFigure(extracted[i], "killed")
		if kok {
			killedStated++
			if k == g.Killed {
				killedOK++
			}
		}
		n, nok := headlineFigure(extracted[i], "injured")
		if nok {
			injuredStated++
			if n == g.Injured {
				injuredOK++
			}
		}
		want, err := time.Parse("January 2, 2006", g.Date)
		if err != nil {
			t.Fatal(err)
		}
		if d, ok := shootingDate(extracted[i], a); ok {
			dated++
			if gap := d.Sub(want); gap >= -24*time.Hour && gap <= 24*time.Hour {
				dateOK++
			} else {
				t.Logf("%s: shooting dated %s, archive says %s", a.ID, d.Format("2006-01-02"), want.Format("2006-01-02"))
			}
		}
	}
	t.Logf("killed: %d/%d articles stating a figure match the archive; injured: %d/%d; shooting dates within a day: %d/%d",
		killedOK, killedStated, injuredOK, injuredStated, dateOK, dated)
	if killedStated < 6 || killedOK*4 < killedStated*3 {
		t.Errorf("killed figures: %d/%d match the archive, want at least 3 in 4 of at least 6", killedOK, killedStated)
	}
	if injuredStated < 6 || injuredOK*10 < injuredStated*4 {
		t.Errorf("injured figures: %d/%d match the archive, want at least 4 in 10 of at least 6", injuredOK, injuredStated)
	}
	if dated < 15 || dateOK*10 < dated*8 {
		t.Errorf("shooting dates: %d/%d within a day of the archive, want at least 8 in 10 of at least 15", dateOK, dated)
	}

	// Findings stay within an incident, and cite the sentences they judge.
	for _, f := range rep.Findings {
		incs := map[string]bool{}
		for _, c := range f.Claims {
			incs[incidentOf[c.Article]] = true
			if !strings.Contains(c.Sentence, strings.TrimSpace(c.Text)) && c.Text != "" {
				t.Errorf("finding %s cites %q outside its sentence %q", f.ID, c.Text, c.Sentence)
			}
		}
		if len(incs) > 1 {
			t.Errorf("finding %s (%s) compares incidents %v", f.ID, f.Rule, keys(incs))
		}
	}
}

// headlineFigure returns an article's largest exact figure of a status.
func headlineFigure(cls []claims.Claim, status string) (float64, bool) {
	// The incident is the event most casualty claims are about.
	byEvent := map[string][]*claims.Claim{}
	best := ""
	for i := range cls {
		c := &cls[i]
		if c.Kind != claims.Casualty {
			continue
		}
		byEvent[c.Subject.Event] = append(byEvent[c.Subject.Event], c)
	}
	for ev, cs := range byEvent {
		if ev != "main" && (best == "" || len(cs) > len(byEvent[best]) || len(cs) == len(byEvent[best]) && ev < best) {
			best = ev
		}
	}
	ps := append(byEvent[best], byEvent["main"]...)
	if best == "" {
		ps = byEvent["main"]
	}
	sort.Slice(ps, func(a, b int) bool { return ps[a].Span.Start < ps[b].Span.Start })
	t := claims.TollOf(ps)
	f := t.Injured
	if status == "killed" {
		f = t.Killed
	}
	return f.Face, f.Stated
}

// shootingDate returns the day-precise date of a violent event an article
// gives nearest before its publication.
func shootingDate(cls []claims.Claim, a *article.Article) (time.Time, bool) {
	var best time.Time
	found := false
	for _, c := range cls {
		d := c.Value.Date
		if c.Kind != claims.Date || d == nil || !d.Resolved || !d.YearKnown || d.Granularity != claims.Day || c.Subject.Event != "attack" {
			continue
		}
		if !found || a.HasDate() && absDur(a.Published.Sub(d.Start)) < absDur(a.Published.Sub(best)) {
			best, found = d.Start, true
		}
	}
	return best, found
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
