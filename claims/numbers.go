package claims

import (
	"math"
	"strconv"
	"strings"
)

// numberWords maps cardinal number words to their values. Multipliers
// ("hundred", "thousand", "million", "dozen") are included; parseNumber
// combines them into compounds.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "dozen": 12,
}

// ordinalWords maps ordinal number words to their values.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

// multipliers are the number words that scale what comes before them.
var multipliers = map[string]float64{
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "dozen": 12, "dozens": 12,
}

// timeWords follow a figure that is a clock time.
var timeWords = map[string]bool{
	"a.m": true, "p.m": true, "am": true, "pm": true, "o'clock": true, "a.m.": true, "p.m.": true, "hrs": true,
}

// parseNumber reads a quantity starting at toks[i]: an optional modifier
// ("at least", "more than", "nearly"), then digits ("1,200", "3.5", "1.2
// million"), number words and compounds ("twenty-six", "one hundred and
// forty-two", "two dozen", "a dozen") or a vague quantity word from the
// rulebook ("dozens", "several"). It returns the interval, the number of
// tokens read, the rulebook entries used and ok. Figures that are clock
// times, money, percentages, years, ages, dates, ordinals, addresses or
// numbered items ("No. 1") are refused.
func (x *Extractor) parseNumber(toks []token, i int) (iv Interval, n int, matched []string, ok bool) {
	if i >= len(toks) {
		return iv, 0, nil, false
	}
	// A modifier before the figure.
	if refs, m := x.modifiers.match(toks, i); m > 0 {
		if biv, bn, bm, bok := x.parseBare(toks, i+m); bok {
			mod := x.rb.Lexicons.Modifiers[refs[0].Index]
			return applyModifier(biv, mod.Effect), m + bn, append([]string{"modifiers:" + mod.ID}, bm...), true
		}
		// The article between the modifier and digits: "over a 1000"
		// says "over 1000", as "over a thousand" does.
		if a := i + m; a+1 < len(toks) && (toks[a].Norm == "a" || toks[a].Norm == "an") && toks[a+1].Kind == tokNumber {
			if biv, bn, bm, bok := x.parseBare(toks, a+1); bok {
				mod := x.rb.Lexicons.Modifiers[refs[0].Index]
				return applyModifier(biv, mod.Effect), m + 1 + bn, append([]string{"modifiers:" + mod.ID}, bm...), true
			}
		}
	}
	return x.parseBare(toks, i)
}

// applyModifier turns figure iv into the range a modifier's effect denotes.
func applyModifier(iv Interval, effect string) Interval {
	v := iv.Min
	integer := v == math.Trunc(v)
	switch effect {
	case "at-least":
		return Interval{Min: v, Max: math.Inf(1), Vague: iv.Vague}
	case "more-than":
		if integer {
			v++
		}
		return Interval{Min: v, Max: math.Inf(1), Vague: iv.Vague}
	case "at-most":
		return Interval{Min: 0, Max: iv.Max, Vague: iv.Vague}
	case "less-than":
		mx := iv.Min
		if integer {
			mx--
		}
		if mx < 0 {
			mx = 0
		}
		return Interval{Min: 0, Max: mx, Vague: iv.Vague}
	case "about":
		if iv.Vague {
			return iv
		}
		lo, hi := 0.9*v, 1.1*iv.Max
		if integer {
			lo, hi = math.Floor(lo+1e-9), math.Ceil(hi-1e-9)
		}
		return Interval{Min: lo, Max: hi}
	}
	return iv
}

// parseBare reads a figure without a modifier at toks[i].
func (x *Extractor) parseBare(toks []token, i int) (iv Interval, n int, matched []string, ok bool) {
	if i >= len(toks) {
		return iv, 0, nil, false
	}
	t := toks[i]
	switch {
	case t.Kind == tokNumber:
		v, good := parseDigits(t.Text)
		if !good {
			return iv, 0, nil, false
		}
		n = 1
		// "1.2 million", "3 dozen", "2.2 mln" (the rulebook's scales of
		// two letters or more: "5 m" may be metres).
		if i+1 < len(toks) {
			next := toks[i+1].Norm
			if m, isMul := multipliers[next]; isMul && next != "dozens" {
				v *= m
				n = 2
			} else if f := x.counting.scales[next]; f != 0 && len(next) > 1 {
				v *= f
				n = 2
			}
		}
		if isYearLike(t.Text, v) && !yearCanCount(toks, i+n) {
			return iv, 0, nil, false
		}
		iv = Exact(math.Round(v*1000) / 1000)
	case t.Kind == tokWord:
		if v, wn, good := parseWords(toks, i); good {
			iv, n = Exact(v), wn
			break
		}
		refs, m := x.quantities.match(toks, i)
		if m == 0 {
			return iv, 0, nil, false
		}
		q := x.rb.Lexicons.Quantities[refs[0].Index]
		iv = Interval{Min: q.Min, Max: math.Inf(1), Vague: true}
		if q.Max != nil {
			iv.Max = *q.Max
		}
		if iv.IsExact() {
			iv.Vague = false
		}
		n = m
		matched = []string{"quantities:" + q.ID}
	default:
		return iv, 0, nil, false
	}
	if !x.plausibleQuantity(toks, i, n) {
		return Interval{}, 0, nil, false
	}
	return iv, n, matched, true
}

// parseDigits reads "26", "1,200" or "3.5"; other digit tokens ("21-Oct",
// "25-year-old", "1st", "289-2646") are not quantities.
func parseDigits(s string) (float64, bool) {
	if strings.IndexByte(s, ',') >= 0 {
		parts := strings.Split(s, ",")
		for k, p := range parts {
			if k > 0 && len(p) != 3 && !(k == len(parts)-1 && strings.Contains(p, ".") && strings.Index(p, ".") == 3) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if (c < '0' || c > '9') && c != '.' {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// parseWords reads a number written in words starting at toks[i]:
// "twenty-six", "twenty six", "one hundred and forty-two", "a dozen", "two
// dozen", "a hundred". It returns the value and the tokens read.
func parseWords(toks []token, i int) (float64, int, bool) {
	total, cur := 0.0, 0.0
	n := 0
	last := 0.0 // value of the last simple word, for "twenty six"
	started := false
	j := i
	// "a dozen", "a hundred", "a thousand".
	if toks[j].Norm == "a" || toks[j].Norm == "an" {
		if j+1 < len(toks) {
			if m, ok := multipliers[toks[j+1].Norm]; ok && toks[j+1].Norm != "dozens" {
				cur, started, j = m, true, j+2
				n = 2
				last = m
			}
		}
		if !started {
			return 0, 0, false
		}
	}
	for j < len(toks) {
		t := toks[j]
		if t.Kind != tokWord {
			break
		}
		w := t.Norm
		if w == "and" && started && last >= 100 && j+1 < len(toks) {
			// "one hundred and forty-two".
			if v, ok := simpleWords(toks[j+1].Norm); ok && v < 100 {
				j++
				continue
			}
			break
		}
		if m, ok := multipliers[w]; ok && w != "dozens" {
			if !started {
				break
			}
			if cur == 0 {
				cur = 1
			}
			if m >= 1000 {
				total += cur * m
				cur = 0
			} else {
				cur *= m
			}
			last = m
			j++
			n = j - i
			continue
		}
		v, ok := simpleWords(w)
		if !ok {
			break
		}
		if started {
			// Units follow tens ("twenty six"), tens or units follow a
			// hundred; anything else is a new number ("one two").
			lastSmall := math.Mod(cur, 100)
			switch {
			case last >= 100 && lastSmall == 0:
			case last >= 20 && last < 100 && math.Mod(last, 10) == 0 && v < 10 && lastSmall == last:
			default:
				return total + cur, n, true
			}
		}
		cur += v
		last = v
		started = true
		j++
		n = j - i
	}
	if !started {
		return 0, 0, false
	}
	return total + cur, n, true
}

// simpleWords values a single number word or a hyphenated compound
// ("twenty-six"); multipliers are not simple words.
func simpleWords(w string) (float64, bool) {
	if _, isMul := multipliers[w]; isMul {
		return 0, false
	}
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		tens, ok1 := numberWords[w[:k]]
		unit, ok2 := numberWords[w[k+1:]]
		if ok1 && ok2 && tens >= 20 && tens < 100 && math.Mod(tens, 10) == 0 && unit < 10 && unit > 0 {
			return tens + unit, true
		}
	}
	return 0, false
}

// isYearLike reports whether a digit token looks like a year: four digits
// without separators between 1800 and 2100.
func isYearLike(text string, v float64) bool {
	return len(text) == 4 && v >= 1800 && v <= 2100 && v == math.Trunc(v)
}

// yearCanCount reports whether a year-like figure is still a count: it is
// followed by a plural word that is not a month ("1900 soldiers").
func yearCanCount(toks []token, j int) bool {
	if j >= len(toks) || toks[j].Kind != tokWord {
		return false
	}
	w := toks[j].Norm
	return len(w) > 3 && strings.HasSuffix(w, "s") && monthWords[w] == 0 && w != "was" && w != "has" && w != "is"
}

// plausibleQuantity refuses figures toks[i:i+n] whose context makes them
// something other than a count: clock times, money, percentages, dates,
// ages, addresses, numbered items and phone numbers.
func (x *Extractor) plausibleQuantity(toks []token, i, n int) bool {
	money, scales := x.counting.currencyWord, x.counting.scales
	var prev, prev2, next, next2 string
	if i > 0 {
		prev = toks[i-1].Norm
	}
	if i > 1 {
		prev2 = toks[i-2].Norm
	}
	if i+n < len(toks) {
		next = toks[i+n].Norm
	}
	if i+n+1 < len(toks) {
		next2 = toks[i+n+1].Norm
	}
	first := toks[i]
	switch {
	case money[prev] || money[next]:
		return false
	case scales[next] != 0 && money[next2]:
		return false // 97 mln dlrs
	case next == "%" || next == "percent" || next == "pct" || next == "per" && next2 == "cent" || next == "pc":
		return false
	case next == ":" && i+n+1 < len(toks) && toks[i+n+1].Kind == tokNumber:
		return false // 12:40
	case prev == ":" && i > 1 && toks[i-2].Kind == tokNumber:
		return false
	case timeWords[next]:
		return false
	case first.Kind == tokNumber && (monthWords[prev] != 0 || monthWords[next] != 0 || monthWords[prev2] != 0 && prev == "."):
		return false // April 22, 22 April
	case next == "block" || next == "blocks" && first.Kind == tokNumber:
		return false // 2000 block of ...
	case prev == "#" || prev == "." && (prev2 == "no" || prev2 == "nos") || prev == "number" || prev == "no" && first.Kind == tokNumber:
		return false // No. 1
	case prev == "aged" || prev == "age" || prev == "ages":
		return false
	case next == "-" && next2 == "year" || next == "year" && next2 == "-" || next == "years" && next2 == "old" || next == "year" && next2 == "old":
		return false // 25 year old
	case next == "st" || next == "nd" || next == "rd" || next == "th":
		return false
	case prev == "(" && next == ")" && first.Kind == tokNumber:
		return false // phone prefix (847)
	case prev == "-" && first.Kind == tokNumber && i > 1 && toks[i-2].Kind == tokNumber:
		return false // 289 - 2646, ranges handled elsewhere
	case next == "-" && first.Kind == tokNumber && next2 != "" && i+n+1 < len(toks) && toks[i+n+1].Kind == tokNumber:
		return false
	}
	if first.Kind == tokNumber && n == 1 {
		// Street numbers: "1200 Main Street" (the rulebook's place words).
		if i+n < len(toks) && toks[i+n].Cap && toks[i+n].Kind == tokWord && i+n+1 < len(toks) && x.placeWords[toks[i+n+1].Norm] {
			return false
		}
		if i+n+1 < len(toks) && toks[i+n].Cap && i+n+2 < len(toks) && x.placeWords[toks[i+n+2].Norm] {
			return false
		}
	}
	if first.Norm == "one" && n == 1 && (next == "another" || next == "day" || next == "time" || next == "thing" || prev == "no") {
		return false
	}
	return true
}
