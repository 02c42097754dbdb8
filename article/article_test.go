package article

import "testing"

// TestPositionWithoutLineMap checks positions counted from the text alone.
func TestPositionWithoutLineMap(t *testing.T) {
	a := &Article{Text: "ab\ncd\n\nef"}
	for off, want := range map[int][2]int{0: {1, 1}, 2: {1, 3}, 3: {2, 1}, 4: {2, 2}, 6: {3, 1}, 7: {4, 1}, 9: {4, 3}, 99: {4, 3}} {
		if l, c := a.Position(off); l != want[0] || c != want[1] {
			t.Errorf("offset %d at %d:%d, want %d:%d", off, l, c, want[0], want[1])
		}
	}
}
