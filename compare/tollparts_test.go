package compare

import (
	"math"
	"testing"

	"github.com/newsdesk/crosscheck/claims"
)

// TestSureParts checks that a vague range fitting both sides ("several",
// 3 to 9) takes neither side, while a lower bound that fits both keeps
// the sides whole.
func TestSureParts(t *testing.T) {
	entry := func(id string, lo, hi, face float64) tollEntry {
		return tollEntry{article: id, fig: claims.TollFigure{Stated: true, Lo: lo, Hi: hi, Face: face}}
	}
	three, several, four := entry("b", 3, 3, 3), entry("c", 3, 9, 3), entry("a", 4, 4, 4)
	x, y := sureParts([]tollEntry{three, several}, []tollEntry{four}, 0)
	if len(x) != 1 || x[0].article != "b" || len(y) != 1 {
		t.Errorf("vague range: got %v vs %v, want b vs a", x, y)
	}
	atLeast := entry("c", 3, math.Inf(1), 3)
	x, _ = sureParts([]tollEntry{three, atLeast}, []tollEntry{four}, 0)
	if len(x) != 2 {
		t.Errorf("lower bound: got %v, want both entries kept", x)
	}
}
