// Package compare judges aligned claims: it decides, kind by kind and with
// the rulebook's taxonomy and settings, where the articles of a story
// disagree, and turns each disagreement into a finding. It also counts the
// claims the sources agree on.
package compare

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"text/template"
	"unicode/utf8"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/rules"
)

// Comparer judges the claims of a story. It is compiled once from a
// rulebook by New and is safe for concurrent use.
type Comparer struct {
	rb       *rules.Rulebook
	tax      *rules.Taxonomy
	titles   map[string]rules.Title
	byWhen   map[string][]compiledRule
	settings map[string]rules.CompareSettings
	violent  map[string]bool
	// ruleOrder is each finding rule's position in the rulebook: of two
	// findings about one disagreement, the rule listed first is kept.
	ruleOrder map[string]int
	// classes are the rulebook's event classes by id.
	classes map[string]rules.EventClass
	// entityNames are the lower-cased names and aliases of the rulebook's
	// places, countries and organisations: never a quote's speaker.
	entityNames map[string]bool
	// countries are the lower-cased canonical names of country entities.
	countries map[string]bool
	// entityOf maps the names and aliases of the rulebook's entities to
	// their ids (entityKey): two actors that resolve to one entity agree.
	entityOf map[string]string
	// series are the words that make an event one of several such
	// (lexicons.series_words).
	series map[string]bool
	// commonNameWord are the lower-cased words that begin or make up
	// names of any incident: stopnames, org_words, place_words,
	// speaker_nouns, abbreviations and the words of titles.
	commonNameWord map[string]bool
	// measureWords are the lower-cased words of measures of an event's
	// strength (lexicons.event_measures).
	measureWords map[string]bool
	// sites are the nouns of the sites of incidents
	// (lexicons.incident_sites), lower-cased.
	sites map[string]bool
	// backgroundTimes matches the rulebook's background times; nil when
	// it has none.
	backgroundTimes *regexp.Regexp
	// honorifics are the lower-cased words of the title "honorific",
	// each also with a full stop ("mr", "mr."): a speaker's name is
	// compared without them (speakerName).
	honorifics map[string]bool
	// variants are the rulebook's lexicons.variants compiled for quote
	// comparison.
	variants *QuoteVariants
}

// site returns the site noun a word is, singular and lower-cased
// ("Schools" is "school"), or "".
func (c *Comparer) site(w string) string {
	w = strings.ToLower(w)
	if c.sites[w] {
		return w
	}
	if one := strings.TrimSuffix(w, "s"); one != w && c.sites[one] {
		return one
	}
	return ""
}

type compiledRule struct {
	rules.FindingRule
	tmpl *template.Template
}

// New compiles the rulebook's finding rules and comparison settings.
func New(rb *rules.Rulebook) (*Comparer, error) {
	c := &Comparer{
		rb:        rb,
		tax:       rules.NewTaxonomy(rb.Taxonomy),
		titles:    map[string]rules.Title{},
		byWhen:    map[string][]compiledRule{},
		settings:  rb.Compare,
		violent:   map[string]bool{},
		ruleOrder: map[string]int{},
	}
	c.classes = map[string]rules.EventClass{}
	for _, e := range rb.Events {
		if e.Violent {
			c.violent[e.ID] = true
		}
		c.classes[e.ID] = e
	}
	c.entityNames = map[string]bool{}
	c.countries = map[string]bool{}
	c.series = map[string]bool{}
	for _, w := range rb.Lexicons.SeriesWords {
		c.series[strings.ToLower(w)] = true
	}
	c.commonNameWord = map[string]bool{}
	lx := rb.Lexicons
	c.sites = map[string]bool{}
	for _, w := range lx.IncidentSites {
		c.sites[strings.ToLower(w)] = true
	}
	c.measureWords = map[string]bool{}
	for _, w := range lx.EventMeasures {
		c.measureWords[strings.ToLower(w)] = true
	}
	for _, list := range [][]string{lx.Stopnames, lx.OrgWords, lx.PlaceWords, lx.SpeakerNouns, lx.Abbreviations} {
		for _, w := range list {
			c.commonNameWord[strings.ToLower(w)] = true
		}
	}
	for _, t := range rb.Titles {
		for _, w := range t.Words {
			for _, f := range strings.Fields(strings.ToLower(w)) {
				c.commonNameWord[f] = true
			}
		}
	}
	c.entityOf = map[string]string{}
	for _, e := range rb.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			c.entityOf[entityKey(n)] = e.ID
		}
		if e.Type == "country" {
			c.countries[strings.ToLower(e.Name)] = true
		}
		if e.Type == "person" {
			continue
		}
		c.entityNames[strings.ToLower(e.Name)] = true
		for _, a := range e.Aliases {
			c.entityNames[strings.ToLower(a)] = true
		}
	}
	for _, t := range rb.Titles {
		c.titles[t.ID] = t
	}
	c.honorifics = map[string]bool{}
	for _, w := range c.titles["honorific"].Words {
		w = strings.ToLower(w)
		c.honorifics[w], c.honorifics[w+"."] = true, true
	}
	for i, fr := range rb.Findings {
		c.ruleOrder[fr.ID] = i
		t, err := template.New(fr.ID).Funcs(rules.TemplateFuncs).Option("missingkey=zero").Parse(fr.Message)
		if err != nil {
			return nil, fmt.Errorf("finding rule %s: message: %v", fr.ID, err)
		}
		c.byWhen[fr.When] = append(c.byWhen[fr.When], compiledRule{fr, t})
	}
	bt, err := compileBackgroundTimes(rb.Lexicons.BackgroundTimes)
	if err != nil {
		return nil, fmt.Errorf("lexicons.background_times: %v", err)
	}
	c.backgroundTimes = bt
	c.variants = NewQuoteVariants(rb.Lexicons.Variants)
	return c, nil
}

// Story is the input of a comparison: the articles of one story and their
// claims.
type Story struct {
	ID       string
	Articles map[string]*article.Article
	Claims   []claims.Claim
}

// Result is what a comparison found in one story.
type Result struct {
	Findings   []findings.Finding
	Agreements []findings.Agreement
}

// Compare judges a story's claims kind by kind.
func (c *Comparer) Compare(st *Story) Result {
	j := &judge{c: c, st: st, people: newPeople(st.Claims)}
	byKind := map[claims.Kind][]*claims.Claim{}
	for i := range st.Claims {
		cl := &st.Claims[i]
		byKind[cl.Kind] = append(byKind[cl.Kind], cl)
	}
	j.casualties(byKind[claims.Casualty])
	j.counts(byKind[claims.Count])
	j.dates(byKind[claims.Date])
	j.roles(byKind[claims.Role])
	j.attributions(byKind[claims.Attribution])
	j.quotes(byKind[claims.Quote])
	for k, cls := range byKind {
		if !builtin(k) {
			j.custom(k, cls)
		}
	}
	j.pubDates(byKind[claims.Date])
	j.out.Findings = c.onePerDisagreement(j.out.Findings)
	sort.Slice(j.out.Findings, func(a, b int) bool { return j.out.Findings[a].ID < j.out.Findings[b].ID })
	sort.Slice(j.out.Agreements, func(a, b int) bool {
		x, y := j.out.Agreements[a], j.out.Agreements[b]
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		if x.Subject != y.Subject {
			return x.Subject < y.Subject
		}
		return x.Value < y.Value
	})
	return j.out
}

func builtin(k claims.Kind) bool {
	switch k {
	case claims.Casualty, claims.Count, claims.Date, claims.Role, claims.Attribution, claims.Quote:
		return true
	}
	return false
}

// judge is the working state of one story's comparison.
type judge struct {
	c      *Comparer
	st     *Story
	people *people
	out    Result
	seen   map[string]bool
	// sentenceDates holds the dates stated in each sentence, built on
	// first use.
	sentenceDates map[sentenceKey][]*claims.DateValue
	// leadNames holds each article's incident names from its headline
	// and opening, and lowerWords the words it writes in lower case,
	// both built on first use (incident.go).
	leadNames  map[string]map[string]string
	lowerWords map[string]map[string]bool
	// several and days hold, per article, whether it tells of several
	// incidents and the day it dates its own on, both read in one pass
	// on first use (tollincident.go).
	several map[string]bool
	days    map[string]*claims.DateValue
	// measures caches each article's event measures (incidentmeasure.go).
	measures map[string]map[float64]bool
}

// side is one side of a disagreement: claims that agree with each other.
type side struct {
	claims []*claims.Claim
	// marks are byte ranges within each claim's sentence to highlight,
	// keyed by claim id; the claim's own span when absent.
	marks map[string][]findings.Mark
}

// doubtKey is the data key by which a comparison says what its finding
// rests on a guess: a finding with a doubt is info at most, and its message
// says the doubt.
const doubtKey = "Doubt"

// emit records a finding for outcome when between sides a and b. When
// data holds a doubt (doubtKey), the finding is at most info and its
// message ends with the doubt.
func (j *judge) emit(kind claims.Kind, when, subject, subjectKey, detail string, data map[string]any, sides ...side) {
	j.emitAtMost("", kind, when, subject, subjectKey, detail, data, sides...)
}

// emitAtMost is emit with the finding's severity capped at most (no cap
// when empty): what rests on a guess is reported, but not loudly.
func (j *judge) emitAtMost(most string, kind claims.Kind, when, subject, subjectKey, detail string, data map[string]any, sides ...side) {
	rule := j.c.rule(string(kind), when)
	if rule == nil {
		return
	}
	severity := rule.Severity
	if most != "" && findings.SeverityRank(severity) > findings.SeverityRank(most) {
		severity = most
	}
	f := findings.Finding{
		Rule:       rule.ID,
		Kind:       string(kind),
		Severity:   severity,
		Subject:    subject,
		SubjectKey: string(kind) + "|" + subjectKey,
		Story:      j.st.ID,
		Update:     when == rules.OutcomeCountUpdate,
	}
	matched := map[string][]string{}
	for n, sd := range sides {
		for _, cl := range sd.claims {
			ref := j.ref(cl, n)
			if m, ok := sd.marks[cl.ID]; ok {
				ref.Marks = m
			}
			f.Claims = append(f.Claims, ref)
			matched[cl.ID] = append([]string{"rule:" + cl.Rule}, cl.Matched...)
		}
	}
	if data == nil {
		data = map[string]any{}
	}
	data["Subject"] = subject
	data["Rule"] = rule.ID
	var buf bytes.Buffer
	if err := rule.tmpl.Execute(&buf, data); err != nil {
		buf.Reset()
		buf.WriteString(rule.Description)
	}
	f.Message = buf.String()
	if doubt, _ := data[doubtKey].(string); doubt != "" {
		if findings.SeverityRank(f.Severity) > findings.SeverityRank(findings.Info) {
			f.Severity = findings.Info
		}
		if !strings.Contains(f.Message, doubt) { // the template may say it already
			f.Message = strings.TrimSpace(f.Message + " " + doubt)
		}
		detail = strings.TrimSpace(detail + "; " + doubt)
	}
	f.Explanation = &findings.Explanation{Comparison: when, Detail: detail, Matched: matched}
	f.ID = f.Fingerprint()
	if j.seen == nil {
		j.seen = map[string]bool{}
	}
	if j.seen[f.ID] {
		return
	}
	j.seen[f.ID] = true
	j.out.Findings = append(j.out.Findings, f)
}

// rule returns the finding rule for a kind and outcome, or nil when the
// rulebook has none (the outcome is then not reported).
func (c *Comparer) rule(kind, when string) *compiledRule {
	for i, r := range c.byWhen[when] {
		if r.Kind == kind {
			return &c.byWhen[when][i]
		}
	}
	for i, r := range c.byWhen[when] {
		if r.Kind == "*" || r.Kind == "" {
			return &c.byWhen[when][i]
		}
	}
	return nil
}

// agree records that the claims' articles agree on value.
func (j *judge) agree(kind claims.Kind, subject, value string, cls []*claims.Claim) {
	arts := articlesOf(cls)
	if len(arts) < 2 {
		return
	}
	j.out.Agreements = append(j.out.Agreements, findings.Agreement{Story: j.st.ID, Kind: string(kind), Subject: subject, Value: value, Articles: arts})
}

// ref turns a claim into the citation a finding carries.
func (j *judge) ref(cl *claims.Claim, sideNo int) findings.ClaimRef {
	r := findings.ClaimRef{
		Article:       cl.Article,
		Sentence:      cl.SentenceText,
		Text:          cl.Text,
		Start:         cl.Span.Start,
		End:           cl.Span.End,
		SentenceStart: cl.Sentence.Start,
		SentenceEnd:   cl.Sentence.End,
		Value:         cl.Value,
		ValueText:     ValueText(cl),
		Side:          sideNo,
		Marks:         []findings.Mark{{Start: cl.Span.Start - cl.Sentence.Start, End: cl.Span.End - cl.Sentence.Start}},
	}
	if a := j.st.Articles[cl.Article]; a != nil {
		r.Path, r.Source = a.Path, a.Source
		if a.HasDate() {
			r.Published = a.Published.Format("2006-01-02")
		}
		r.Line, r.Col = a.Position(cl.Span.Start)
		if cl.Rule == dateLineRule && a.DateAt.Line > 0 {
			r.Line, r.Col = a.DateAt.Line, a.DateAt.Col
		}
		r.Start, r.End = a.SourceSpan(cl.Span.Start, cl.Span.End)
		r.SentenceStart, r.SentenceEnd = a.SourceSpan(cl.Sentence.Start, cl.Sentence.End)
	}
	return r
}

// articlesOf returns the sorted distinct article ids of claims.
func articlesOf(cls []*claims.Claim) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range cls {
		if !seen[c.Article] {
			seen[c.Article] = true
			out = append(out, c.Article)
		}
	}
	sort.Strings(out)
	return out
}

// byArticle groups claims by article id, in sorted article order.
func byArticle(cls []*claims.Claim) ([]string, map[string][]*claims.Claim) {
	m := map[string][]*claims.Claim{}
	for _, c := range cls {
		m[c.Article] = append(m[c.Article], c)
	}
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, m
}

// quoteText renders a claim for a message as it was typed, on one line,
// between quotation marks unless it already stands between them:
// "killed 26 civilians" (002), “We are ready,” (003). Editors read these
// messages, so nothing is escaped.
func quoteText(cl *claims.Claim) string {
	t := strings.Join(strings.Fields(cl.Text), " ")
	if !quoted(t) {
		t = `"` + t + `"`
	}
	return t + " (" + cl.Article + ")"
}

// quoted reports whether s opens and closes with quotation marks.
func quoted(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return len(s) > 1 && strings.ContainsRune(`"“„«‘'`, first) && strings.ContainsRune(`"”»’'`, last)
}

// versus joins the renderings of two sides with "vs".
func versus(a, b []*claims.Claim) string {
	return joinQuoted(a) + " vs " + joinQuoted(b)
}

func joinQuoted(cls []*claims.Claim) string {
	parts := make([]string, len(cls))
	for i, c := range cls {
		parts[i] = quoteText(c)
	}
	return strings.Join(parts, ", ")
}
