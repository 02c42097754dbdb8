package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// actAgents compares who sources say did an act ("posted the video",
// "defeated Barbara Roe"): the same act, with the same object, whose agents
// are different people or names is a disagreement. Name variants of one
// person agree ("Ann Cole", "Rep. Ann M. Cole"). One finding per act and
// object, each side an agent with every article naming it.
func (j *judge) actAgents(cls []*claims.Claim) {
	for _, group := range j.sameActs(cls) {
		ids, _ := byArticle(group)
		if len(ids) < 2 {
			continue
		}
		sides := agentSides(group)
		if len(sides) < 2 {
			continue
		}
		// Only articles naming one agent are compared: an article naming
		// two agents of the act says they did it together, or is unclear.
		named := map[string]int{}
		for _, sd := range sides {
			for _, a := range articlesOf(sd) {
				named[a]++
			}
		}
		var kept [][]*claims.Claim
		for _, sd := range sides {
			var one []*claims.Claim
			for _, c := range sd {
				if named[c.Article] == 1 {
					one = append(one, c)
				}
			}
			if len(one) > 0 {
				kept = append(kept, one)
			}
		}
		if len(kept) < 2 {
			continue
		}
		first := kept[0][0].Value.Attribution
		subject := first.Act + ": " + first.Object
		var agents []string
		var ss []side
		loose, byNoun := false, first.Object == strings.ToLower(first.Object)
		for _, sd := range kept {
			agents = append(agents, sd[0].Value.Attribution.Actor+" ("+strings.Join(articlesOf(sd), ", ")+")")
			ss = append(ss, side{claims: sd})
			for _, c := range sd {
				loose = loose || c.Value.Attribution.Loose
			}
		}
		data := map[string]any{"Values": versusAll(kept)}
		switch {
		case loose:
			data[doubtKey] = "One agent is read as the subject of the clause a participle hangs on."
		case byNoun:
			data[doubtKey] = "The act's object is matched by its noun alone (" + first.Object + ")."
		}
		j.emit(claims.Attribution, rules.OutcomeAgentConflict, subject, "act|"+first.Act+"|"+strings.ToLower(first.Object),
			fmt.Sprintf("sources name different agents of %s: %s", subject, strings.Join(agents, " vs ")),
			data, ss...)
	}
}

// sameActs groups act claims by act and object: objects that are names
// match when they can be one person, nouns when they are the same word.
func (j *judge) sameActs(cls []*claims.Claim) [][]*claims.Claim {
	return groupWith(cls, func(g, c *claims.Claim) bool {
		a, b := c.Value.Attribution, g.Value.Attribution
		return a.Act == b.Act && sameObject(a.Object, b.Object)
	})
}

// groupWith puts each claim in the first group whose first claim it goes
// with, or in a new group, in order.
func groupWith(cls []*claims.Claim, with func(first, c *claims.Claim) bool) [][]*claims.Claim {
	var out [][]*claims.Claim
	for _, c := range cls {
		placed := false
		for i, g := range out {
			if with(g[0], c) {
				out[i] = append(out[i], c)
				placed = true
				break
			}
		}
		if !placed {
			out = append(out, []*claims.Claim{c})
		}
	}
	return out
}

// sameObject reports whether two act objects are the same: one person's
// name variants, or the same noun.
func sameObject(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	return a != strings.ToLower(a) && b != strings.ToLower(b) && samePerson(a, b)
}

// agentSides groups claims by agent, name variants of one person together,
// in order of their first appearance by article.
func agentSides(cls []*claims.Claim) [][]*claims.Claim {
	sorted := append([]*claims.Claim(nil), cls...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].Article < sorted[b].Article })
	return groupWith(sorted, func(g, c *claims.Claim) bool {
		return sameAgent(g.Value.Attribution.Actor, c.Value.Attribution.Actor)
	})
}

// sameAgent reports whether two agents' names can be one person or
// account.
func sameAgent(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) || samePerson(a, b)
}

// versusAll renders several sides: "a" (x) vs "b" (y) vs ...
func versusAll(sides [][]*claims.Claim) string {
	parts := make([]string, len(sides))
	for i, sd := range sides {
		parts[i] = joinQuoted(sd)
	}
	return strings.Join(parts, " vs ")
}
