package claims

import "sort"

// wordMatcher finds every occurrence of a set of strings in a text in one
// pass (Aho-Corasick over bytes): the cost is the text's length plus the
// matches, whatever the number of strings.
type wordMatcher struct {
	nodes []acNode
}

// acNode is a state of the automaton: the strings read so far share the
// path to it.
type acNode struct {
	edges  []acEdge // sorted by byte
	fail   int32    // the longest proper suffix that is also a path
	out    []int    // owners of the strings that end here
	outTo  int32    // the nearest state down the fail chain with owners, or -1
	hasOut bool
}

// acEdge is a transition on one byte.
type acEdge struct {
	b  byte
	to int32
}

// newWordMatcher builds the automaton of words; owners[i] is what a match
// of words[i] reports.
func newWordMatcher(words []string, owners []int) *wordMatcher {
	m := &wordMatcher{nodes: []acNode{{outTo: -1}}}
	for i, w := range words {
		if w == "" {
			continue
		}
		n := int32(0)
		for k := 0; k < len(w); k++ {
			next := m.child(n, w[k])
			if next < 0 {
				m.nodes = append(m.nodes, acNode{outTo: -1})
				next = int32(len(m.nodes) - 1)
				nd := &m.nodes[n]
				j := sort.Search(len(nd.edges), func(j int) bool { return nd.edges[j].b >= w[k] })
				nd.edges = append(nd.edges, acEdge{})
				copy(nd.edges[j+1:], nd.edges[j:])
				nd.edges[j] = acEdge{b: w[k], to: next}
			}
			n = next
		}
		m.nodes[n].out = append(m.nodes[n].out, owners[i])
		m.nodes[n].hasOut = true
	}
	// Fail links, breadth first.
	queue := []int32{}
	for _, e := range m.nodes[0].edges {
		m.nodes[e.to].fail = 0
		queue = append(queue, e.to)
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, e := range m.nodes[n].edges {
			f := m.nodes[n].fail
			for f > 0 && m.child(f, e.b) < 0 {
				f = m.nodes[f].fail
			}
			if c := m.child(f, e.b); c >= 0 && c != e.to {
				m.nodes[e.to].fail = c
			} else {
				m.nodes[e.to].fail = 0
			}
			queue = append(queue, e.to)
		}
		// The owners reachable down the fail chain, nearest first.
		if f := m.nodes[n].fail; m.nodes[f].hasOut {
			m.nodes[n].outTo = f
		} else {
			m.nodes[n].outTo = m.nodes[f].outTo
		}
	}
	return m
}

// child returns the state reached from n on b, or -1.
func (m *wordMatcher) child(n int32, b byte) int32 {
	es := m.nodes[n].edges
	j := sort.Search(len(es), func(j int) bool { return es[j].b >= b })
	if j < len(es) && es[j].b == b {
		return es[j].to
	}
	return -1
}

// empty reports whether the matcher has no strings.
func (m *wordMatcher) empty() bool { return len(m.nodes) == 1 }

// each calls fn with the owner of every string found in text, once per
// occurrence.
func (m *wordMatcher) each(text string, fn func(owner int)) {
	n := int32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		for {
			if c := m.child(n, b); c >= 0 {
				n = c
				break
			}
			if n == 0 {
				break
			}
			n = m.nodes[n].fail
		}
		for o := n; o >= 0; o = m.nodes[o].outTo {
			if o > 0 || m.nodes[o].hasOut {
				for _, owner := range m.nodes[o].out {
					fn(owner)
				}
			}
			if o == 0 {
				break
			}
		}
	}
}
