package claims

import "strings"

// This file reads the tense of the clause around a date: whether it
// reports what happened ("was shot Sunday") or forecasts and schedules
// ("will be held Nov. 3", "is expected Thursday", "as soon as
// Wednesday"). Auxiliaries and irregular past forms are language and live
// here; forecast and schedule vocabulary is the rulebook's schedule_cues.

// futureWords mark a clause as speaking of the future: modal auxiliaries
// (a "would" in news mostly reports a plan: "the runoff would take place on
// June 9") and relative day words.
var futureWords = map[string]bool{"will": true, "shall": true, "won't": true, "would": true, "wouldn't": true, "tomorrow": true, "next": true}

// pastWords mark a clause as speaking of the past: auxiliaries, irregular
// past forms and relative day words.
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true, "spoke": true,
	"met": true, "held": true, "shot": true, "went": true, "came": true, "took": true, "gave": true,
	"saw": true, "found": true, "left": true, "began": true, "fled": true, "hit": true, "struck": true,
	"ago": true, "yesterday": true, "been": true, "fought": true, "made": true, "broke": true, "ran": true,
	"drove": true, "got": true, "led": true, "knew": true, "thought": true, "wrote": true, "sent": true,
	"quit": true, "won": true, "lost": true, "paid": true, "repaid": true, "stood": true, "sat": true,
}

// clauseTense returns Past or Future for the clause around the date at
// toks[from:to], or "" when no cue says: the nearest tense cue before the
// date decides, or failing that the nearest after it. schedule holds the
// token indexes where a schedule cue of the rulebook starts.
func clauseTense(toks []token, from, to int, schedule []lexMatch) string {
	for k := from - 1; k >= 0 && k >= from-15; k-- {
		if dateClauseBreak(toks[k]) {
			break
		}
		if tense := tenseCue(toks, k, schedule); tense != "" {
			return tense
		}
	}
	for k := to; k < len(toks) && k < to+8; k++ {
		if dateClauseBreak(toks[k]) {
			break
		}
		if tense := tenseCue(toks, k, schedule); tense != "" {
			return tense
		}
	}
	return ""
}

// tenseCue returns the tense toks[k] marks, or "" when it is no cue.
func tenseCue(toks []token, k int, schedule []lexMatch) string {
	for _, m := range schedule {
		if k >= m.From && k < m.To {
			return Future
		}
	}
	w := toks[k].Norm
	if toks[k].Kind != tokWord {
		return ""
	}
	if futureWords[w] || strings.HasSuffix(w, "'ll") {
		return Future
	}
	if (w == "is" || w == "are") && k+1 < len(toks) && toks[k+1].Norm == "to" {
		return Future
	}
	past := pastWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !toks[k].Cap
	if past && k > 0 && (toks[k-1].Norm == "be" || toks[k-1].Norm == "being") {
		// A participle after "be": the auxiliary before decides ("would
		// be held", "will be sentenced").
		return ""
	}
	if past {
		return Past
	}
	return ""
}
