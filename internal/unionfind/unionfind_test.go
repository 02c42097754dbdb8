package unionfind

import (
	"reflect"
	"testing"
)

// TestSets checks the representatives and the sets, whatever the order
// of the unions.
func TestSets(t *testing.T) {
	for _, order := range [][][2]string{
		{{"d", "b"}, {"b", "e"}, {"a", "c"}},
		{{"a", "c"}, {"e", "b"}, {"b", "d"}},
	} {
		u := New("a", "b", "c", "d", "e", "f")
		for _, p := range order {
			u.Union(p[0], p[1])
		}
		if r := u.Find("e"); r != "b" {
			t.Errorf("%v: Find(e) = %s, want the smallest of its set, b", order, r)
		}
		want := [][]string{{"a", "c"}, {"b", "d", "e"}, {"f"}}
		if got := u.Groups(); !reflect.DeepEqual(got, want) {
			t.Errorf("%v: Groups() = %v, want %v", order, got, want)
		}
		if got := u.Joined(); !reflect.DeepEqual(got, want[:2]) {
			t.Errorf("%v: Joined() = %v, want %v", order, got, want[:2])
		}
	}
	ix := Indexes(4)
	ix.Union(3, 1)
	if got := ix.Groups(); !reflect.DeepEqual(got, [][]int{{0}, {1, 3}, {2}}) {
		t.Errorf("Indexes: Groups() = %v", got)
	}
	if got := New[string]().Find("x"); got != "x" {
		t.Errorf("Find of an unknown item = %q, want itself", got)
	}
}
