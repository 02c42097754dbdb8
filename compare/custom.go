package compare

import (
	"fmt"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// custom compares claims of a rulebook-defined kind by their subject key:
// numbers whose ranges are disjoint, or categories, entities and texts that
// differ.
func (j *judge) custom(kind claims.Kind, cls []*claims.Claim) {
	tol := j.c.settings[string(kind)].Tolerance
	for _, group := range groupBy(cls, func(c *claims.Claim) string { return c.Subject.Key }) {
		ids, per := byArticle(group)
		if len(ids) < 2 {
			continue
		}
		heads := make([]*claims.Claim, 0, len(ids))
		for _, id := range ids {
			heads = append(heads, per[id][0])
		}
		subject := group[0].Subject.Text
		if subject == "" {
			subject = strings.TrimPrefix(group[0].Subject.Key, string(kind)+":")
		}
		for a := 0; a < len(heads); a++ {
			for b := a + 1; b < len(heads); b++ {
				x, y := heads[a], heads[b]
				when := ""
				switch vx, vy := x.Value, y.Value; {
				case vx.Number != nil && vy.Number != nil:
					if !overlaps(*vx.Number, *vy.Number, tol) {
						when = rules.OutcomeValueDisjoint
					}
				case vx.Date != nil && vy.Date != nil:
					if vx.Date.Resolved && vy.Date.Resolved && !datesOverlap(vx.Date, vy.Date) {
						when = rules.OutcomeValueDisjoint
					}
				default:
					if !strings.EqualFold(ValueText(x), ValueText(y)) {
						when = rules.OutcomeValueDiffers
					}
				}
				if when == "" {
					continue
				}
				j.emit(kind, when, subject, group[0].Subject.Key,
					fmt.Sprintf("%s and %s differ", ValueText(x), ValueText(y)),
					map[string]any{"Values": versus([]*claims.Claim{x}, []*claims.Claim{y})},
					side{claims: []*claims.Claim{x}}, side{claims: []*claims.Claim{y}})
			}
		}
		j.agreeFigures(kind, subject, heads, ValueText)
	}
}
