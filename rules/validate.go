package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"text/template"
)

// The comparison outcomes: what compare found of two sides, which a
// finding rule's when names.
const (
	OutcomeCountDisjoint       = "count-disjoint"
	OutcomeCountUncertain      = "count-uncertain"
	OutcomeCountUpdate         = "count-update"
	OutcomeCountGuess          = "count-guess"
	OutcomeCountUpdateGuess    = "count-update-guess"
	OutcomeVictimsDisjoint     = "victims-disjoint"
	OutcomeDateDisjoint        = "date-disjoint"
	OutcomeTitleConflict       = "title-conflict"
	OutcomeTitleExtra          = "title-extra"
	OutcomeFormerCurrent       = "former-current"
	OutcomeLeaderConflict      = "leader-conflict"
	OutcomeStanceConflict      = "stance-conflict"
	OutcomeActorConflict       = "actor-conflict"
	OutcomeQuoteWording        = "quote-wording"
	OutcomeQuoteSpeaker        = "quote-speaker"
	OutcomeValueDisjoint       = "value-disjoint"
	OutcomeValueDiffers        = "value-differs"
	OutcomePubdateInconsistent = "pubdate-inconsistent"
	OutcomeThenConflict        = "then-conflict"
	OutcomeAgentConflict       = "agent-conflict"
)

// Outcomes are the comparison outcomes a finding rule's when may name.
var Outcomes = []string{
	OutcomeCountDisjoint, OutcomeCountUncertain, OutcomeCountUpdate, OutcomeCountGuess,
	OutcomeCountUpdateGuess, OutcomeVictimsDisjoint, OutcomeDateDisjoint, OutcomeTitleConflict,
	OutcomeTitleExtra, OutcomeFormerCurrent, OutcomeLeaderConflict, OutcomeStanceConflict,
	OutcomeActorConflict, OutcomeQuoteWording, OutcomeQuoteSpeaker, OutcomeValueDisjoint,
	OutcomeValueDiffers, OutcomePubdateInconsistent, OutcomeThenConflict, OutcomeAgentConflict,
}

// ActObjects are the kinds of object an act may take; empty means thing.
var ActObjects = []string{"person", "thing"}

// Severities are the severities a finding rule may have.
var Severities = []string{"info", "warning", "error"}

// ValueTypes are the value types a pattern may produce.
var ValueTypes = []string{"number", "date", "category", "entity", "text"}

// The statuses a casualty term may report: people killed, injured, shot
// (hit: killed or injured, not saying which) or missing.
const (
	StatusKilled  = "killed"
	StatusInjured = "injured"
	StatusShot    = "shot"
	StatusMissing = "missing"
)

// CasualtyStatuses are the statuses a casualty term may report.
var CasualtyStatuses = []string{StatusKilled, StatusInjured, StatusShot, StatusMissing}

// Stances are the stances a cue may imply.
var Stances = []string{"fact", "claimed", "denied", "no-evidence"}

// ModifierEffects are the ranges a number modifier may turn a number into.
var ModifierEffects = []string{"at-least", "more-than", "at-most", "less-than", "about"}

// TitleModifierEffects are the effects a title modifier may have.
var TitleModifierEffects = []string{"former", "keep", "transition", "then", "now"}

// ShareKinds are the shares a share word may express.
var ShareKinds = []string{"all", "mostly", "including", "some"}

// EntityTypes are the types an entity may have.
var EntityTypes = []string{"person", "org", "country", "place", "group"}

// CueActors are where a cue's actor may stand; empty is allowed too.
var CueActors = []string{"after", "before", "object"}

// Granularities are the date granularities comparison settings may name.
var Granularities = []string{"day", "month", "year"}

// Normalisations are the quote normalisations comparison settings may name.
var Normalisations = []string{"case", "punctuation", "space", "quotes"}

// where locates part of an entry: section is a section name ("taxonomy",
// "quantities", "compare", "suppress") or "" for a top-level key, idx the
// entry's index in its section, id its id, and field a path suffix inside
// the entry (".is[1]", ".regex", or "" for the entry itself).
type where func(section string, idx int, id, field string) Pos

// nowhere locates nothing: for rulebooks built in Go.
func nowhere(string, int, string, string) Pos { return Pos{} }

// Validate checks a rulebook built or changed in Go, whose problems have no
// positions. Rulebooks from Load have been checked with positions already.
func (rb *Rulebook) Validate() ErrorList {
	errs := checkEntries(rb, nowhere, nil)
	errs = append(errs, checkRefs(rb, nowhere, nil)...)
	if rb.Version != 1 {
		errs.Add(Pos{}, "version must be 1, not %d", rb.Version)
	}
	errs.Sort()
	return errs
}

// allowedFor maps the names used in messages to their closed sets.
var allowedFor = map[string][]string{
	"modifier effect":       ModifierEffects,
	"casualty status":       CasualtyStatuses,
	"title modifier effect": TitleModifierEffects,
	"share":                 ShareKinds,
	"entity type":           EntityTypes,
	"cue stance":            Stances,
	"cue actor":             CueActors,
	"pattern value_type":    ValueTypes,
	"finding severity":      Severities,
	"finding when":          Outcomes,
	"compare granularity":   Granularities,
	"act object":            ActObjects,
	"compare normalisation": Normalisations,
	"count act change":      CountChanges,
}

// checkOneOf checks that v is one of allowed.
func checkOneOf(errs *ErrorList, p Pos, what, v string, allowed []string) {
	if !slices.Contains(allowed, v) {
		if v == "" {
			errs.Add(p, "%s is missing; want one of %s", what, strings.Join(allowed, ", "))
			return
		}
		errs.Add(p, "%s %q is not one of %s", what, v, strings.Join(allowed, ", "))
	}
}

// checkLayer checks one file's entries on their own, the version it states
// and that no id is used twice in one of its sections.
func checkLayer(l *layer) ErrorList {
	w := layerWhere(l)
	errs := checkEntries(&l.rb, w, func(section string, idx int, id, field string) bool {
		entry := fmt.Sprintf("%s[%d]", sectionPath(section), idx)
		if section == "compare" {
			entry = "compare." + id
		}
		return l.failed[entry] || l.failed[entry+field]
	})
	if l.has("version") && !l.failed["version"] && l.rb.Version != 1 {
		errs.Add(l.at("version"), "version must be 1, not %d", l.rb.Version)
	}
	for _, s := range idSections {
		first := map[string]int{}
		for i, id := range s.ids(&l.rb) {
			if id == "" {
				continue
			}
			if j, ok := first[id]; ok {
				errs.Add(w(s.name, i, id, ".id"), "duplicate %s id %q; first defined at line %d", s.name, id, w(s.name, j, id, ".id").Line)
				continue
			}
			first[id] = i
		}
	}
	for i, id := range l.rb.Disable {
		if id == "" {
			errs.Add(l.at(fmt.Sprintf("disable[%d]", i)), "disable: empty id")
		}
	}
	return errs
}

// layerWhere locates entries of one layer by their index.
func layerWhere(l *layer) where {
	return func(section string, idx int, id, field string) Pos {
		switch {
		case section == "":
			return l.at(strings.TrimPrefix(field, "."))
		case section == "compare":
			return l.at("compare." + id + field)
		}
		return l.at(fmt.Sprintf("%s[%d]%s", sectionPath(section), idx, field))
	}
}

// checkEntries checks each entry on its own: ids, closed sets, templates.
// failed, when not nil, says which fields could not be decoded, so that
// their absence is not reported a second time.
func checkEntries(rb *Rulebook, w where, failed func(section string, idx int, id, field string) bool) ErrorList {
	var errs ErrorList
	// oneOf checks that v is one of allowed, unless it failed to decode.
	oneOf := func(section string, i int, id, field, what, v string) {
		if v == "" && failed != nil && failed(section, i, id, field) {
			return
		}
		checkOneOf(&errs, w(section, i, id, field), what, v, allowedFor[what])
	}
	// missing reports an empty required field that did decode.
	missing := func(section string, i int, id, field, format string, args ...any) {
		if failed != nil && failed(section, i, id, field) {
			return
		}
		errs.Add(w(section, i, id, ""), format, args...)
	}
	for _, s := range idSections {
		for i, id := range s.ids(rb) {
			if strings.TrimSpace(id) == "" {
				missing(s.name, i, id, ".id", "%s entry has no id", s.name)
			}
		}
	}
	lx := &rb.Lexicons
	for i, m := range lx.Modifiers {
		oneOf("modifiers", i, m.ID, ".effect", "modifier effect", m.Effect)
	}
	for i, q := range lx.Quantities {
		if q.Max != nil && *q.Max < q.Min {
			errs.Add(w("quantities", i, q.ID, ".max"), "quantity %q: max %g is below min %g", q.ID, *q.Max, q.Min)
		}
	}
	for i, a := range lx.CountActs {
		if a.Change != "" {
			oneOf("count_acts", i, a.ID, ".change", "count act change", a.Change)
		}
	}
	for i, sc := range lx.Scales {
		if sc.Factor <= 0 {
			errs.Add(w("scales", i, sc.ID, ".factor"), "scale %q: factor must be above 0", sc.ID)
		}
	}
	for i, c := range lx.Currencies {
		if (c.Of == "") != (c.Factor == 0) {
			errs.Add(w("currencies", i, c.ID, ".of"), "currency %q: give both of and factor, or neither", c.ID)
		}
	}
	for i, c := range lx.Casualties {
		oneOf("casualties", i, c.ID, ".status", "casualty status", c.Status)
	}
	for i, m := range lx.TitleModifiers {
		oneOf("title_modifiers", i, m.ID, ".effect", "title modifier effect", m.Effect)
	}
	for i, s := range lx.Shares {
		oneOf("shares", i, s.ID, ".share", "share", s.Share)
	}
	for i, e := range rb.Entities {
		oneOf("entities", i, e.ID, ".type", "entity type", e.Type)
		if strings.TrimSpace(e.Name) == "" {
			missing("entities", i, e.ID, ".name", "entity %q has no name", e.ID)
		}
	}
	for i, c := range rb.Cues {
		oneOf("cues", i, c.ID, ".stance", "cue stance", c.Stance)
		if c.Actor != "" {
			oneOf("cues", i, c.ID, ".actor", "cue actor", c.Actor)
		}
	}
	for i, a := range rb.Acts {
		if a.Object != "" {
			oneOf("acts", i, a.ID, ".object", "act object", a.Object)
		}
	}
	for i, p := range rb.Patterns {
		oneOf("patterns", i, p.ID, ".value_type", "pattern value_type", p.ValueType)
		if p.Kind == "" {
			missing("patterns", i, p.ID, ".kind", "pattern %q has no kind", p.ID)
		}
		if p.Regex == "" {
			missing("patterns", i, p.ID, ".regex", "pattern %q has no regex", p.ID)
		}
	}
	for i, f := range rb.Findings {
		oneOf("findings", i, f.ID, ".severity", "finding severity", f.Severity)
		oneOf("findings", i, f.ID, ".when", "finding when", f.When)
		if f.Message == "" {
			missing("findings", i, f.ID, ".message", "finding %q has no message", f.ID)
		} else if _, err := template.New(f.ID).Funcs(TemplateFuncs).Parse(f.Message); err != nil {
			errs.Add(w("findings", i, f.ID, ".message"), "finding %q: message is not a valid template: %s", f.ID, templateErr(err))
		}
	}
	for kind, c := range rb.Compare {
		if c.Granularity != "" {
			oneOf("compare", 0, kind, ".granularity", "compare granularity", c.Granularity)
		}
		for j, n := range c.Normalise {
			oneOf("compare", 0, kind, fmt.Sprintf(".normalise[%d]", j), "compare normalisation", n)
		}
		if c.Tolerance < 0 {
			errs.Add(w("compare", 0, kind, ".tolerance"), "compare %s: tolerance %g is negative", kind, c.Tolerance)
		}
		if c.MinOverlap < 0 || c.MinOverlap > 1 {
			errs.Add(w("compare", 0, kind, ".min_overlap"), "compare %s: min_overlap %g is not between 0 and 1", kind, c.MinOverlap)
		}
	}
	for i, s := range rb.Suppress {
		if strings.TrimSpace(s.Reason) == "" {
			errs.Add(w("suppress", i, "", ""), "suppression has no reason; say why the findings are hidden")
		}
		if s.Rule == "" && s.Article == "" && s.Subject == "" {
			errs.Add(w("suppress", i, "", ""), "suppression matches every finding; give a rule, article or subject")
		}
	}
	return errs
}

// TemplateFuncs are the functions finding messages may call, beyond
// text/template's built-ins. The finding renderer must offer the same.
var TemplateFuncs = template.FuncMap{
	"join":  strings.Join,
	"lower": strings.ToLower,
	"upper": strings.ToUpper,
	"quote": func(s string) string { return fmt.Sprintf("%q", s) },
}

// templateErr drops text/template's "template: NAME:" prefix.
func templateErr(err error) string {
	s := err.Error()
	if rest, ok := strings.CutPrefix(s, "template: "); ok {
		if i := strings.Index(rest, ": "); i >= 0 {
			return rest[i+2:]
		}
	}
	return s
}

// checkRefs checks what entries say about each other in a merged
// rulebook: taxonomy references and cycles, entity countries, patterns
// and suppressed rules. disabled says where a layer disabled an id, so
// that a reference to it can say so.
func checkRefs(rb *Rulebook, w where, disabled map[string]Pos) ErrorList {
	var errs ErrorList
	gone := func(id string) string {
		if p, ok := disabled[id]; ok {
			return fmt.Sprintf(" (disabled at %s)", p)
		}
		return ""
	}
	cats := map[string]int{}
	for i, c := range rb.Taxonomy {
		cats[c.ID] = i
	}
	for i, c := range rb.Taxonomy {
		for j, p := range c.Is {
			if _, ok := cats[p]; !ok {
				errs.Add(w("taxonomy", i, c.ID, fmt.Sprintf(".is[%d]", j)), "category %q is %q, which is not in the taxonomy%s", c.ID, p, gone(p))
			}
		}
		for j, p := range c.Disjoint {
			if _, ok := cats[p]; !ok {
				errs.Add(w("taxonomy", i, c.ID, fmt.Sprintf(".disjoint[%d]", j)), "category %q is disjoint from %q, which is not in the taxonomy%s", c.ID, p, gone(p))
			} else if p == c.ID {
				errs.Add(w("taxonomy", i, c.ID, fmt.Sprintf(".disjoint[%d]", j)), "category %q is disjoint from itself", c.ID)
			}
		}
	}
	errs = append(errs, checkCycles(rb, cats, w)...)
	ents := map[string]bool{}
	for _, e := range rb.Entities {
		ents[e.ID] = true
	}
	for i, e := range rb.Entities {
		if e.Country != "" && !ents[e.Country] {
			errs.Add(w("entities", i, e.ID, ".country"), "entity %q: country %q is not an entity%s", e.ID, e.Country, gone(e.Country))
		}
	}
	for i, b := range rb.Lexicons.BackgroundTimes {
		if b.Regex == "" {
			errs.Add(w("background_times", i, b.ID, ""), "background time %q has no regex", b.ID)
		} else if _, err := regexp.Compile(b.Regex); err != nil {
			errs.Add(w("background_times", i, b.ID, ".regex"), "background time %q: %s", b.ID, err)
		}
	}
	for i, p := range rb.Patterns {
		if p.Regex == "" {
			continue
		}
		names, err := CheckPattern(rb, p.Regex)
		if err != nil {
			errs.Add(w("patterns", i, p.ID, ".regex"), "pattern %q: %s", p.ID, err)
			continue
		}
		for _, g := range [][2]string{{"value", p.Value}, {"subject", p.Subject}} {
			if g[1] != "" && !slices.Contains(names, g[1]) {
				errs.Add(w("patterns", i, p.ID, "."+g[0]), "pattern %q: %s group %q is not in the regex", p.ID, g[0], g[1])
			}
		}
	}
	rules := map[string]bool{}
	for _, f := range rb.Findings {
		rules[f.ID] = true
	}
	for i, s := range rb.Suppress {
		if s.Rule != "" && !rules[s.Rule] {
			errs.Add(w("suppress", i, "", ".rule"), "suppression: rule %q is not a finding rule%s", s.Rule, gone(s.Rule))
		}
	}
	return errs
}

// checkCycles reports each cycle of the taxonomy's is graph once, with
// its path, at the category where the cycle is closed.
func checkCycles(rb *Rulebook, cats map[string]int, w where) ErrorList {
	var errs ErrorList
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(id string)
	visit = func(id string) {
		state[id] = onPath
		path = append(path, id)
		i := cats[id]
		for j, p := range rb.Taxonomy[i].Is {
			if _, ok := cats[p]; !ok {
				continue
			}
			switch state[p] {
			case onPath:
				start := slices.Index(path, p)
				cycle := append(slices.Clone(path[start:]), p)
				errs.Add(w("taxonomy", i, id, fmt.Sprintf(".is[%d]", j)), "taxonomy cycle: %s", strings.Join(cycle, " is "))
			case unseen:
				visit(p)
			}
		}
		path = path[:len(path)-1]
		state[id] = done
	}
	for _, c := range rb.Taxonomy {
		if state[c.ID] == unseen {
			visit(c.ID)
		}
	}
	return errs
}
