package claims

// disjoined reports whether casualty word cms[ci] is one of a disjunction
// of statuses that share one figure: "1,000 people dead or missing",
// "killed or injured", "dead, injured or missing". Such a figure counts
// the statuses together and is no toll of either alone: the dead of "500
// dead or missing" may be any number up to 500. Words of one status joined
// by "or" ("killed or murdered") are not a disjunction of statuses.
func disjoined(toks []token, cms []casMatch, ci int) bool {
	// The chain of casualty words around ci joined by commas and "or".
	lo, hi := ci, ci
	for lo > 0 && joinedByOr(toks, cms[lo-1], cms[lo]) != joinNone {
		lo--
	}
	for hi+1 < len(cms) && joinedByOr(toks, cms[hi], cms[hi+1]) != joinNone {
		hi++
	}
	if lo == hi {
		return false
	}
	or, mixed := false, false
	for k := lo; k < hi; k++ {
		or = or || joinedByOr(toks, cms[k], cms[k+1]) == joinOr
		mixed = mixed || cms[k].Status != cms[k+1].Status
	}
	return or && mixed
}

// How two casualty words next to each other are joined.
const (
	joinNone = iota
	joinComma
	joinOr
)

// joinedByOr tells how casualty words a and b, a before b, are joined:
// by "or" (", or" too), by a comma only, or not at all.
func joinedByOr(toks []token, a, b casMatch) int {
	if b.From <= a.To || b.From-a.To > 2 {
		return joinNone
	}
	join := joinNone
	for _, t := range toks[a.To:b.From] {
		switch t.Norm {
		case "or":
			join = joinOr
		case ",":
			if join == joinNone {
				join = joinComma
			}
		default:
			return joinNone
		}
	}
	return join
}
