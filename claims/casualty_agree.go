package claims

import "strings"

// disagreesInNumber reports whether figure f, written before casualty
// word c, counts more than one while the verb of c is singular ("the man
// who freed two hostages held by the group, has been injured"): a plural
// figure is then no subject of the verb but a word of a clause inside the
// subject, and counts no victims. A figure after "of" ("a family of four
// was shot", "a total of five was hurt") heads no noun phrase of its own
// and may take a singular verb.
func (sc *casualtyScan) disagreesInNumber(f *figure, c casMatch) bool {
	if f.From >= c.From || f.IV.Min < 2 || f.From >= 1 && sc.toks[f.From-1].Norm == "of" {
		return false
	}
	return singularAux(sc.toks, max(f.NPTo, f.To), c.From)
}

// singularAux reports whether the auxiliary that governs the participle at
// toks[at] is singular ("has been", "was", "is"): the nearest verb word
// before it, past "been", "being" and adverbs, and after toks[from].
func singularAux(toks []token, from, at int) bool {
	for i := at - 1; i >= from && i >= at-4; i-- {
		switch w := toks[i].Norm; {
		case w == "been" || w == "being" || w == "also" || strings.HasSuffix(w, "ly"):
			continue
		case w == "has" || w == "was" || w == "is":
			return true
		default:
			return false
		}
	}
	return false
}
