package compare

import (
	"fmt"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// attributions compares who sources say carried out each violent event:
// a perpetrator stated as fact against a denial or a lack of evidence is a
// stance conflict; two different perpetrators stated as fact are an actor
// conflict.
func (j *judge) attributions(cls []*claims.Claim) {
	var events, acts []*claims.Claim
	for _, c := range cls {
		if c.Value.Attribution.Act != "" {
			acts = append(acts, c)
		} else {
			events = append(events, c)
		}
	}
	j.actAgents(acts)
	for _, ev := range eventClusters(events) {
		ids, per := byArticle(ev)
		if len(ids) < 2 {
			continue
		}
		subject := subjectText(ev[0].Subject, "the act")
		key := ev[0].Subject.Event
		for a := 0; a < len(ids); a++ {
			for _, x := range per[ids[a]] {
				if x.Value.Attribution.Stance != claims.StanceFact {
					continue
				}
				var others []*claims.Claim
				for b := 0; b < len(ids); b++ {
					if b != a {
						others = append(others, per[ids[b]]...)
					}
				}
				j.againstFact(subject, key, x, others, ids[a])
			}
		}
	}
}

// againstFact compares a perpetrator stated as fact in one article with the
// other articles' attributions: every denial or lack of evidence goes into
// one stance finding; a different perpetrator stated as fact is an actor
// finding, reported once per pair (from the article with the smaller id).
func (j *judge) againstFact(subject, key string, x *claims.Claim, others []*claims.Claim, from string) {
	ax := x.Value.Attribution
	var doubts []*claims.Claim
	for _, y := range others {
		ay := y.Value.Attribution
		switch ay.Stance {
		case claims.StanceDenied, claims.StanceNoEvidence:
			if ay.Actor != "" && j.c.sameParty(ax, ay) {
				doubts = append(doubts, y)
			}
		case claims.StanceFact:
			if from < y.Article && ax.Actor != "" && ay.Actor != "" && !j.c.sameParty(ax, ay) {
				j.emit(claims.Attribution, rules.OutcomeActorConflict, subject, key+"|actor",
					fmt.Sprintf("%s attributes it to %s, %s to %s", x.Article, ax.Actor, y.Article, ay.Actor),
					map[string]any{"Values": versus([]*claims.Claim{x}, []*claims.Claim{y})},
					side{claims: []*claims.Claim{x}}, side{claims: []*claims.Claim{y}})
			}
		}
	}
	if len(doubts) == 0 {
		return
	}
	j.emit(claims.Attribution, rules.OutcomeStanceConflict, subject, key+"|stance|"+x.Article,
		fmt.Sprintf("%s states as fact that %s did it; %s report a denial or a lack of evidence", x.Article, ax.Actor, strings.Join(articlesOf(doubts), ", ")),
		map[string]any{"Values": versus([]*claims.Claim{x}, doubts)},
		side{claims: []*claims.Claim{x}}, side{claims: doubts})
}

// sameParty reports whether two attributions name the same party, under
// one name or two that resolve to one entity of the rulebook ("Islamic
// State" and "ISIS"), or parties tied to the same country ("a
// Pakistan-based group" and "Pakistan").
func (c *Comparer) sameParty(a, b *claims.AttributionValue) bool {
	if a.Actor != "" && a.Actor == b.Actor {
		return true
	}
	names := func(v *claims.AttributionValue) map[string]bool {
		m := map[string]bool{}
		if v.Actor != "" {
			m[c.resolveName(v.Actor)] = true
		}
		for _, n := range v.ActorCountries {
			m[c.resolveName(n)] = true
		}
		return m
	}
	na, nb := names(a), names(b)
	for k := range na {
		if nb[k] {
			return true
		}
	}
	return false
}

// resolveName returns the rulebook entity a name or alias denotes, as
// "entity:ID", or the name itself when it is no entity's.
func (c *Comparer) resolveName(name string) string {
	if id, ok := c.entityOf[entityKey(name)]; ok {
		return "entity:" + id
	}
	return name
}

// entityKey is the key of a name in Comparer.entityOf: lower-cased, except
// short names, whose case tells an acronym ("IS") from a word ("is").
func entityKey(name string) string {
	if len(name) <= 3 {
		return name
	}
	return strings.ToLower(name)
}
