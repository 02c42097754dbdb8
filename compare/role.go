package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// roles compares people's titles and organisations' leaders.
func (j *judge) roles(cls []*claims.Claim) {
	var titled, leaders []*claims.Claim
	for _, c := range cls {
		switch r := c.Value.Role; {
		case r == nil:
		case r.Leads && len(r.Titles) == 0:
			// A body named after its leader in passing says nothing of
			// who leads it now.
			if r.Time == claims.TitleNow {
				leaders = append(leaders, c)
			}
		case len(r.Titles) > 0:
			titled = append(titled, c)
		}
	}
	for _, group := range groupBy(titled, func(c *claims.Claim) string { return j.people.key(c.Value.Role.Person) }) {
		j.personTitles(group)
	}
	for _, group := range groupBy(leaders, func(c *claims.Claim) string { return c.Value.Role.Org }) {
		j.orgLeaders(group)
	}
}

// titleSet is what one article says of a person's titles: those it says
// the person holds (as of the time of the act told, or stated of the
// present), held no longer, and held at a past time the story speaks of
// ("then a district attorney").
type titleSet struct {
	current map[string]*claims.Claim
	former  map[string]*claims.Claim
	then    map[string]*claims.Claim
}

func (j *judge) personTitles(cls []*claims.Claim) {
	if strings.HasPrefix(j.people.key(cls[0].Value.Role.Person), "?") {
		return // an ambiguous surname
	}
	ids, per := byArticle(cls)
	if len(ids) < 2 {
		return
	}
	person := longestName(cls)
	key := j.people.key(person)
	sets := map[string]titleSet{}
	for _, id := range ids {
		ts := titleSet{current: map[string]*claims.Claim{}, former: map[string]*claims.Claim{}, then: map[string]*claims.Claim{}}
		for _, c := range per[id] {
			r := c.Value.Role
			if r.Transition {
				continue // "outgoing prime minister": both, or neither
			}
			var into map[string]*claims.Claim
			switch {
			case r.Former:
				into = ts.former
			case r.Time == claims.TitleThen:
				into = ts.then
			case r.Time == claims.TitlePast:
				continue // a past time the text does not pin down
			default:
				into = ts.current
			}
			for _, t := range r.Titles {
				// A title stated of the present is the one to cite.
				if old := into[t]; old == nil || r.Time == claims.TitleNow && old.Value.Role.Time != claims.TitleNow {
					into[t] = c
				}
			}
		}
		sets[id] = ts
	}
	j.formerCurrent(person, key, ids, sets)
	j.extraTitlesAcross(person, key, ids, sets, per)
	j.titleConflicts(person, key, ids, sets, false)
	j.titleConflicts(person, key, ids, sets, true)
	// Agreements: articles giving the same main title.
	j.agreeFigures(claims.Role, person, firstTitled(ids, per), func(c *claims.Claim) string {
		return person + ": " + strings.ReplaceAll(strings.Join(c.Value.Role.Titles, " and "), "-", " ")
	})
}

// titleConflicts reports each pair of articles that give a person titles
// neither of which is a form of the other: the titles they say the person
// holds, or (then) the titles they say the person held at the past time
// the story speaks of ("then an assistant district attorney" against
// "then a district attorney").
func (j *judge) titleConflicts(person, key string, ids []string, sets map[string]titleSet, then bool) {
	pick := func(ts titleSet) map[string]*claims.Claim {
		if then {
			return ts.then
		}
		return ts.current
	}
	when, subKey, at := rules.OutcomeTitleConflict, key+"|conflict", ""
	if then {
		when, subKey, at = rules.OutcomeThenConflict, key+"|then-conflict", " at the time"
	}
	for a := 0; a < len(ids); a++ {
		for b := a + 1; b < len(ids); b++ {
			x, y := pick(sets[ids[a]]), pick(sets[ids[b]])
			xe, ye := j.extraTitles(x, y), j.extraTitles(y, x)
			if len(xe) == 0 || len(ye) == 0 || j.sharesTitle(x, y) {
				continue
			}
			cx, cy := x[xe[0]], y[ye[0]]
			j.emit(claims.Role, when, person, subKey,
				fmt.Sprintf("%s gives %s, %s gives %s%s, and neither title is a form of the other", cx.Article, strings.Join(xe, ", "), cy.Article, strings.Join(ye, ", "), at),
				map[string]any{"Values": versus([]*claims.Claim{cx}, []*claims.Claim{cy})},
				side{claims: []*claims.Claim{cx}}, side{claims: []*claims.Claim{cy}})
		}
	}
}

// formerCurrent reports each title that some articles say a person holds
// while others say the person held it, or a form of it, no longer: one
// finding per title, the articles calling the person a former holder on
// one side and those calling them the holder on the other. It is a
// warning only when a title of the present meets a former one of the same
// office; a title written before the name in narration may be the one
// held at the time of the act told, and a related title may be another
// office, which the finding's message says.
func (j *judge) formerCurrent(person, key string, ids []string, sets map[string]titleSet) {
	all := map[string]bool{}
	for _, id := range ids {
		for t := range sets[id].current {
			all[t] = true
		}
	}
	for _, t := range sortedKeys(boolKeys(all)) {
		var current, former []*claims.Claim
		sure, same := false, false
		for _, id := range ids {
			ts := sets[id]
			if c := ts.current[t]; c != nil {
				current = append(current, c)
				sure = sure || c.Value.Role.Time == claims.TitleNow
				continue
			}
			if j.relatedIn(t, ts.current) {
				continue // the article gives a form of the title as current
			}
			for _, u := range sortedKeys(ts.former) {
				if j.titleRelated(t, u) {
					former = append(former, ts.former[u])
					same = same || u == t
					break
				}
			}
		}
		if len(current) == 0 || len(former) == 0 {
			continue
		}
		data := map[string]any{"Values": versus(former, current)}
		switch {
		case j.apart(former, current) != "":
			data[doubtKey] = j.apart(former, current)
		case !sure:
			data[doubtKey] = "The sitting title is written before the name in narration; it may be the one " + person + " held at the time of the act told."
		case !same:
			data[doubtKey] = "The titles are related, not the same office."
		}
		j.emit(claims.Role, rules.OutcomeFormerCurrent, person, key+"|former|"+t,
			fmt.Sprintf("%s call %s a former %s; %s call them %s", strings.Join(articlesOf(former), ", "), person, t, strings.Join(articlesOf(current), ", "), t),
			data, side{claims: former}, side{claims: current})
	}
}

// apart says, when every article of both sides is dated and the sides'
// dates do not overlap, that the title may have changed between them.
func (j *judge) apart(a, b []*claims.Claim) string {
	span := func(cls []*claims.Claim) (lo, hi string, ok bool) {
		for _, c := range cls {
			art := j.st.Articles[c.Article]
			if art == nil || !art.HasDate() {
				return "", "", false
			}
			d := art.Published.Format("2006-01-02")
			if lo == "" || d < lo {
				lo = d
			}
			if d > hi {
				hi = d
			}
		}
		return lo, hi, true
	}
	alo, ahi, aok := span(a)
	blo, bhi, bok := span(b)
	if !aok || !bok || ahi >= blo && bhi >= alo {
		return ""
	}
	return fmt.Sprintf("The articles were published on different days (%s vs %s): the title may have changed between them.", alo, blo)
}

// relatedIn reports whether set holds t or a form of it.
func (j *judge) relatedIn(t string, set map[string]*claims.Claim) bool {
	for u := range set {
		if j.titleRelated(t, u) {
			return true
		}
	}
	return false
}

// boolKeys turns a set into a map sortedKeys can order.
func boolKeys(m map[string]bool) map[string]*claims.Claim {
	out := make(map[string]*claims.Claim, len(m))
	for k := range m {
		out[k] = nil
	}
	return out
}

// extraTitlesAcross reports each title that some articles give a person
// and others, which give the person titles, do not: one finding per
// title, with the articles giving it on one side and the others on the
// other, each cited by its fullest statement of the person's titles.
func (j *judge) extraTitlesAcross(person, key string, ids []string, sets map[string]titleSet, per map[string][]*claims.Claim) {
	all := map[string]bool{}
	for _, id := range ids {
		for t := range sets[id].current {
			all[t] = true
		}
	}
	var titles []string
	for t := range all {
		titles = append(titles, t)
	}
	sort.Strings(titles)
	for _, t := range titles {
		var having, lacking []*claims.Claim
		for _, id := range ids {
			set := sets[id].current
			if len(set) == 0 {
				continue
			}
			if c := set[t]; c != nil {
				if !j.broaderOfAny(t, set) {
					having = append(having, c)
				}
				continue
			}
			related := false
			for u := range set {
				if j.titleRelated(t, u) {
					related = true
					break
				}
			}
			if !related {
				lacking = append(lacking, fullestRole(per[id]))
			}
		}
		if len(having) == 0 || len(lacking) == 0 {
			continue
		}
		j.emit(claims.Role, rules.OutcomeTitleExtra, person, key+"|extra|"+t,
			fmt.Sprintf("%s call %s %s; %s do not", strings.Join(articlesOf(having), ", "), person, t, strings.Join(articlesOf(lacking), ", ")),
			map[string]any{"Values": versus(having, lacking)},
			side{claims: having}, side{claims: lacking})
	}
}

// heldNow reports whether a role claim says the title is held at the time
// of the act told or now: not former, not of a past time.
func heldNow(r *claims.RoleValue) bool {
	return !r.Former && r.Time != claims.TitleThen && r.Time != claims.TitlePast
}

// fullestRole returns the claim that states a person's titles most fully.
func fullestRole(cls []*claims.Claim) *claims.Claim {
	var best *claims.Claim
	for _, c := range cls {
		if !heldNow(c.Value.Role) {
			continue
		}
		if best == nil || len(c.Value.Role.Titles) > len(best.Value.Role.Titles) ||
			len(c.Value.Role.Titles) == len(best.Value.Role.Titles) && len(c.Text) > len(best.Text) {
			best = c
		}
	}
	if best == nil {
		best = cls[0]
	}
	return best
}

// extraTitles lists titles in x that y neither gives nor gives a narrower
// or broader form of.
func (j *judge) extraTitles(x, y map[string]*claims.Claim) []string {
	var out []string
	for _, t := range sortedKeys(x) {
		found := false
		for u := range y {
			if j.titleRelated(t, u) {
				found = true
				break
			}
		}
		if !found && !j.broaderOfAny(t, x) {
			out = append(out, t)
		}
	}
	return out
}

// broaderOfAny reports whether t is a broader form of another title in set
// (so "secretary" beside "secretary-of-state" adds nothing).
func (j *judge) broaderOfAny(t string, set map[string]*claims.Claim) bool {
	for u := range set {
		if u != t && j.titleIs(u, t) {
			return true
		}
	}
	return false
}

// sharesTitle reports whether two title sets have a related title.
func (j *judge) sharesTitle(x, y map[string]*claims.Claim) bool {
	for t := range x {
		for u := range y {
			if j.titleRelated(t, u) {
				return true
			}
		}
	}
	return false
}

// titleRelated reports whether titles a and b are equal or one is a form of
// the other.
func (j *judge) titleRelated(a, b string) bool { return a == b || j.titleIs(a, b) || j.titleIs(b, a) }

// titleIs reports whether title a is (transitively) a form of title b.
func (j *judge) titleIs(a, b string) bool {
	seen := map[string]bool{}
	var walk func(string) bool
	walk = func(t string) bool {
		if t == b {
			return true
		}
		if seen[t] {
			return false
		}
		seen[t] = true
		for _, p := range j.c.titles[t].Is {
			if walk(p) {
				return true
			}
		}
		return false
	}
	return walk(a)
}

// orgLeaders compares who sources say leads an organisation. Leaders tied
// to different countries lead different bodies and are not compared.
func (j *judge) orgLeaders(cls []*claims.Claim) {
	ids, per := byArticle(cls)
	if len(ids) < 2 {
		return
	}
	org := cls[0].Value.Role.Org
	leadersOf := func(id string) map[string]*claims.Claim {
		m := map[string]*claims.Claim{}
		for _, c := range per[id] {
			k := j.people.key(c.Value.Role.Person)
			if m[k] == nil {
				m[k] = c
			}
		}
		return m
	}
	for a := 0; a < len(ids); a++ {
		for b := 0; b < len(ids); b++ {
			if a == b {
				continue
			}
			x, y := leadersOf(ids[a]), leadersOf(ids[b])
			for _, px := range sortedKeys(x) {
				if y[px] != nil {
					continue
				}
				for _, py := range sortedKeys(y) {
					cx, cy := x[px], y[py]
					ca, cb := j.people.countryOf(cx.Value.Role.Person), j.people.countryOf(cy.Value.Role.Person)
					if ca != "" && cb != "" && ca != cb {
						continue
					}
					pair := []string{px, py}
					sort.Strings(pair)
					j.emit(claims.Role, rules.OutcomeLeaderConflict, "the "+org, "org|"+org+"|"+strings.Join(pair, "|"),
						fmt.Sprintf("%s says %s leads the %s, %s says %s", cx.Article, cx.Value.Role.Person, org, cy.Article, cy.Value.Role.Person),
						map[string]any{"Values": versus([]*claims.Claim{cx}, []*claims.Claim{cy})},
						side{claims: []*claims.Claim{cx}}, side{claims: []*claims.Claim{cy}})
				}
			}
		}
	}
}

// longestName returns the fullest name the claims use for their person.
func longestName(cls []*claims.Claim) string {
	best := ""
	for _, c := range cls {
		if p := c.Value.Role.Person; len(p) > len(best) {
			best = p
		}
	}
	return best
}

// firstTitled returns each article's first titled claim.
func firstTitled(ids []string, per map[string][]*claims.Claim) []*claims.Claim {
	out := make([]*claims.Claim, 0, len(ids))
	for _, id := range ids {
		for _, c := range per[id] {
			if heldNow(c.Value.Role) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func sortedKeys(m map[string]*claims.Claim) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
