package claims

import (
	"container/list"
	"sort"
	"sync"

	"github.com/newsdesk/crosscheck/rules"
)

// compiledCacheBytes bounds the regexes of patterns with words that stay
// compiled at once, counted in bytes of expanded regex source (a compiled
// regex takes about fifty times its source: 2 MiB of source is about
// 100 MiB, some 1,300 patterns with a {number}); the least recently used
// is dropped for the next.
const compiledCacheBytes = 2 << 20

// patternSet finds which patterns a sentence might match, through one
// automaton over the words of every pattern, and compiles their regexes on
// demand. Patterns without words are compiled at once and kept. It is
// safe for concurrent use.
type patternSet struct {
	rb     *rules.Rulebook
	pats   []*compiledPattern
	always []int // patterns that run on every sentence
	fixed  map[int]*patternRE
	words  *wordMatcher

	mu     sync.Mutex
	cache  map[int]*list.Element // of *cached, most recently used first
	lru    *list.List
	cached int // bytes of source compiled in the cache
}

// cached is one entry of the compiled-regex cache.
type cached struct {
	i    int
	pr   *patternRE
	size int
}

// newPatternSet prepares the patterns of rb.
func newPatternSet(rb *rules.Rulebook, pats []*compiledPattern) *patternSet {
	ps := &patternSet{rb: rb, pats: pats, fixed: map[int]*patternRE{}, cache: map[int]*list.Element{}, lru: list.New()}
	var words []string
	var owners []int
	for i, p := range pats {
		if p.words == nil {
			ps.always = append(ps.always, i)
			ps.fixed[i] = compilePatternRE(rb, p)
			continue
		}
		for _, w := range p.words {
			words = append(words, w)
			owners = append(owners, i)
		}
	}
	ps.words = newWordMatcher(words, owners)
	return ps
}

// candidates returns the indexes, in rulebook order, of the patterns that
// might match sentence text.
func (ps *patternSet) candidates(text string) []int {
	out := append([]int(nil), ps.always...)
	if ps.words.empty() {
		return out
	}
	seen := map[int]bool{}
	ps.words.each(rules.FoldSentence(text), func(owner int) {
		if !seen[owner] {
			seen[owner] = true
			out = append(out, owner)
		}
	})
	sort.Ints(out)
	return out
}

// compiled returns pattern i's compiled regex, or nil when it does not
// compile (a rulebook that was never validated).
func (ps *patternSet) compiled(i int) *patternRE {
	if pr, ok := ps.fixed[i]; ok {
		return pr
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if e, ok := ps.cache[i]; ok {
		ps.lru.MoveToFront(e)
		return e.Value.(*cached).pr
	}
	pr := compilePatternRE(ps.rb, ps.pats[i])
	size := 1
	if pr != nil {
		size += len(pr.re.String())
	}
	ps.cache[i] = ps.lru.PushFront(&cached{i: i, pr: pr, size: size})
	ps.cached += size
	for ps.cached > compiledCacheBytes && ps.lru.Len() > 1 {
		old := ps.lru.Remove(ps.lru.Back()).(*cached)
		delete(ps.cache, old.i)
		ps.cached -= old.size
	}
	return pr
}

// compilePatternRE expands and compiles one pattern's regex and finds its
// value and subject groups; nil when it does not compile.
func compilePatternRE(rb *rules.Rulebook, cp *compiledPattern) *patternRE {
	re, err := rules.CompilePattern(rb, cp.p.Regex)
	if err != nil {
		return nil
	}
	pr := &patternRE{re: re, value: -1, subject: -1}
	vname, sname := cp.p.Value, cp.p.Subject
	if vname == "" {
		vname = "value"
	}
	if sname == "" {
		sname = "subject"
	}
	for i, n := range re.SubexpNames() {
		switch n {
		case vname:
			pr.value = i
		case sname:
			pr.subject = i
		}
	}
	return pr
}
