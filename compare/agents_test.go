package compare_test

import (
	"testing"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/findings"
)

func act(art, text, act, object, agent string, loose bool) claims.Claim {
	return claims.Claim{Article: art, Kind: claims.Attribution, Text: text,
		Subject: claims.Subject{Key: "act:" + act + ":" + object, Event: act},
		Value: claims.Value{Attribution: &claims.AttributionValue{Stance: claims.StanceFact, Actor: agent,
			Act: act, Object: object, Loose: loose}}}
}

// TestActAgents checks that different agents of one act disagree, and
// that name variants of one person agree.
func TestActAgents(t *testing.T) {
	c := comparer(t)
	r := c.Compare(story(nil,
		act("a", "Rep. Ana Ruiz defeated Rep. Tom Hale", "defeat", "Tom Hale", "Ana Ruiz", false),
		act("b", "Rep. Ana M. Ruiz defeated Hale", "defeat", "Hale", "Ana M. Ruiz", false),
		act("c", "Rep. Lena Ruiz defeated Rep. Tom Hale", "defeat", "Tom Hale", "Lena Ruiz", false)))
	f := onlyFinding(t, r.Findings, "attribution-agent-conflict")
	if f == nil || len(f.Claims) != 3 || f.Severity != findings.Warning {
		t.Fatalf("two winners: %+v", r.Findings)
	}
	r = c.Compare(story(nil,
		act("a", "The clip was posted by RiverWatcher", "publish", "clip", "RiverWatcher", false),
		act("b", "The clip is published under an account named HarborLens", "publish", "clip", "HarborLens", false)))
	if f := onlyFinding(t, r.Findings, "attribution-agent-conflict"); f == nil || f.Severity != findings.Info {
		t.Errorf("an object matched by its noun is a doubt: %+v", r.Findings)
	}
	r = c.Compare(story(nil,
		act("a", "The memo was written by Ada Morrow", "write", "memo", "Ada Morrow", false),
		act("b", "Sen. Morrow wrote the memo", "write", "memo", "Morrow", false),
		act("c", "Dunn signed the memo", "sign", "memo", "Dunn", false)))
	if len(r.Findings) != 0 {
		t.Errorf("one author, and another act: %+v", r.Findings)
	}
}
