package claims

import "testing"

// TestTrieMatchesTokensFromAnywhere checks that a phrase matches tokens
// made by tokenize (which carry their word's hash) and tokens built
// elsewhere with only their Norm, and that a word sharing no phrase does
// not match.
func TestTrieMatchesTokensFromAnywhere(t *testing.T) {
	tr := newTrie()
	tr.add("shot dead", entryRef{ID: "shot-dead"})
	for _, toks := range [][]token{
		tokenize("He was shot dead on Friday.", 0)[2:],
		{{Norm: "shot"}, {Norm: "dead"}},
	} {
		refs, n := tr.match(toks, 0)
		if n != 2 || len(refs) != 1 || refs[0].ID != "shot-dead" {
			t.Errorf("%v: matched %v over %d tokens, want shot-dead over 2", toks, refs, n)
		}
	}
	if _, n := tr.match([]token{{Norm: "shot"}, {Norm: "down"}}, 0); n != 0 {
		t.Errorf("'shot down' matched %d tokens, want none", n)
	}
}
