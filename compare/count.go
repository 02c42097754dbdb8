package compare

import (
	"strings"

	"github.com/newsdesk/crosscheck/claims"
)

// counts compares other quantities per counted unit and event: "multiple
// air bases" fits "three of its air bases"; "two" does not fit "five".
func (j *judge) counts(cls []*claims.Claim) {
	tol := j.c.settings[string(claims.Count)].Tolerance
	for _, unit := range groupBy(cls, func(c *claims.Claim) string { return c.Value.Unit }) {
		for _, ev := range eventClusters(unit) {
			ev = j.samePlaces(countContext(ev))
			ids, per := byArticle(ev)
			if len(ids) < 2 {
				continue
			}
			var heads []*claims.Claim
			for _, id := range ids {
				if h := j.headline(per[id]); h != nil {
					heads = append(heads, h)
				}
			}
			u := ev[0].Value.Unit
			key := u + "|" + ev[0].Subject.Event
			things := plural(u)
			j.figureFindings(claims.Count, "", things, key, heads, tol)
			j.agreeFigures(claims.Count, things, heads, func(c *claims.Claim) string { return c.Value.Number.String() + " " + things })
		}
	}
}

// countContext keeps count claims that say what event they count for, by a
// named event class or a place: "three of its air bases came under attack"
// and "explosions at multiple air bases" can be compared, while two
// unrelated "10 mln dlrs" in a business story cannot.
func countContext(cls []*claims.Claim) []*claims.Claim {
	out := cls[:0:0]
	for _, c := range cls {
		if c.Subject.Event != "" && c.Subject.Event != "main" || len(c.Subject.Places) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// plural turns a counted unit back into the plural for messages: "air
// base" → "air bases", "casualty" → "casualties".
func plural(unit string) string {
	switch {
	case unit == "":
		return unit
	case strings.HasSuffix(unit, "s"), strings.HasSuffix(unit, "x"), strings.HasSuffix(unit, "ch"), strings.HasSuffix(unit, "sh"):
		return unit + "es"
	case strings.HasSuffix(unit, "y") && len(unit) > 2 && !strings.ContainsRune("aeiou", rune(unit[len(unit)-2])):
		return unit[:len(unit)-1] + "ies"
	}
	return unit + "s"
}
