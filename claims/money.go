package claims

import (
	"math"
	"strings"
)

// moneyFig is a figure of money found in a sentence: "more than $5
// billion", "$3,214.60", "250,000 dollars", "Rs 5 crore", "€30m".
type moneyFig struct {
	// From and To are its tokens, modifier, sign and scale included.
	From, To int
	IV       Interval
	// Step is the rounding unit of the figure as written.
	Step float64
	// Currency is the rulebook's currency id (cents become dollars).
	Currency string
	Matched  []string
}

// money extracts the figures of money of s as count claims of the measure
// "money:CURRENCY". It returns the tokens each figure covers.
func (d *doc) money(s *sentence) (spans [][2]int) {
	toks := s.Toks
	// The last token that may end a figure of money: a currency word
	// lies at most a few tokens after the figure's first token.
	next := -1
	for i := range toks {
		if d.x.counting.currencyFirst[toks[i].Norm] {
			next = i
			break
		}
	}
	if next < 0 {
		return nil
	}
	prevEnd := 0
	for i := 0; i < len(toks); i++ {
		for next >= 0 && next < i {
			next = d.x.counting.nextCurrency(toks, next+1)
		}
		if next < 0 {
			return spans
		}
		if next-i > 8 {
			continue // no currency word close enough
		}
		f, ok := d.x.moneyAt(toks, i)
		if !ok {
			continue
		}
		d.addCount(s, countFig{
			From: f.From, To: f.To, NumFrom: f.From, IV: f.IV, Step: f.Step,
			Measure: "money:" + f.Currency, Unit: f.Currency, Money: true, Matched: f.Matched,
		}, prevEnd)
		spans = append(spans, [2]int{f.From, f.To})
		prevEnd = f.To
		i = f.To - 1
	}
	return spans
}

// nextCurrency returns the index of the first token from i that may start
// a currency word, or -1.
func (cl *countLex) nextCurrency(toks []token, i int) int {
	for ; i < len(toks); i++ {
		if cl.currencyFirst[toks[i].Norm] {
			return i
		}
	}
	return -1
}

// moneyAt reads a figure of money starting at toks[i]: an optional
// modifier, then a currency sign or code and an amount ("$3.2 billion",
// "US$ 3m") or an amount and a currency word ("97 mln dlrs", "five million
// dollars"). A closing quote mark may stand between the amount and its
// scale ("asking for $3.2” billion").
func (x *Extractor) moneyAt(toks []token, i int) (moneyFig, bool) {
	f := moneyFig{From: i}
	j := i
	var mod string
	if refs, m := x.modifiers.match(toks, i); m > 0 {
		mod = x.rb.Lexicons.Modifiers[refs[0].Index].Effect
		f.Matched = append(f.Matched, "modifiers:"+refs[0].ID)
		j += m
	}
	cl := x.counting
	var cur entryRef
	var v, step float64
	var k int
	if refs, cn := cl.currencies.match(toks, j); cn > 0 && j+cn < len(toks) && toks[j+cn].Kind == tokNumber {
		cur = refs[0]
		var ok bool
		if v, step, k, ok = cl.amount(toks, j+cn); !ok {
			return f, false
		}
	} else {
		var ok bool
		if v, step, k, ok = cl.amount(toks, j); !ok || k >= len(toks) {
			return f, false
		}
		refs, cn := cl.currencies.match(toks, k)
		if cn == 0 {
			return f, false
		}
		cur, k = refs[0], k+cn
	}
	c := x.rb.Lexicons.Currencies[cur.Index]
	f.Currency = c.ID
	if c.Of != "" {
		f.Currency, v, step = c.Of, v*c.Factor, step*c.Factor
	}
	f.To, f.Step = k, step
	f.IV = Exact(v)
	if mod != "" {
		f.IV = applyModifier(f.IV, mod)
	}
	f.Matched = append(f.Matched, "currencies:"+c.ID)
	return f, true
}

// amount reads the amount of a figure of money at toks[i]: digits with an
// optional scale ("3.2 billion", "30m", "10k") or number words ("five
// million"). It returns the value, its rounding step and the end token.
func (cl *countLex) amount(toks []token, i int) (v, step float64, end int, ok bool) {
	if i >= len(toks) {
		return 0, 0, 0, false
	}
	t := toks[i]
	switch t.Kind {
	case tokNumber:
		digits, suffix := splitScaleSuffix(t.Text)
		v, ok = parseDigits(digits)
		if !ok {
			return 0, 0, 0, false
		}
		step = digitStep(digits, v)
		end = i + 1
		whole := !strings.Contains(digits, ".")
		scale := 1.0
		if suffix != "" {
			if scale = cl.scales[strings.ToLower(suffix)]; scale == 0 {
				return 0, 0, 0, false
			}
		} else {
			k := end
			if k < len(toks) && toks[k].Kind == tokQuote && k+1 < len(toks) {
				k++ // "$3.2” billion": a quotation closed inside the figure
			}
			if k < len(toks) && cl.scales[toks[k].Norm] != 0 {
				scale, end = cl.scales[toks[k].Norm], k+1
			}
		}
		if scale != 1 && whole {
			step = trailingZeros(v) // "$700 billion" is rounded to a hundred
		}
		return v * scale, step * scale, end, true
	case tokWord:
		w, n, good := parseWords(toks, i)
		if !good || w <= 1 {
			return 0, 0, 0, false
		}
		return w, wordStep(w), i + n, true
	}
	return 0, 0, 0, false
}

// splitScaleSuffix splits a digit token with a letter suffix ("30m",
// "5bn") into its digits and suffix.
func splitScaleSuffix(s string) (string, string) {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return s[:k], s[k:]
		}
	}
	return s, ""
}

// digitStep is the rounding unit of a figure written in digits: its last
// decimal place ("5,587.75" → 0.01), or for a whole number of four
// digits or more its trailing zeros ("43,000" → 1000, "55,000" → 1000);
// smaller whole numbers are taken as exact.
func digitStep(digits string, v float64) float64 {
	if k := strings.IndexByte(digits, '.'); k >= 0 {
		return math.Pow(10, -float64(len(digits)-k-1))
	}
	return wordStep(v)
}

// trailingZeros is the power of ten that divides the whole number v: 100
// for 700, 1 for 716.
func trailingZeros(v float64) float64 {
	step := 1.0
	for v != 0 && math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return step
}

// wordStep is the rounding unit of a whole number: its trailing zeros
// from 1,000 up, 1 below.
func wordStep(v float64) float64 {
	if v < 1000 || v != math.Trunc(v) {
		return 1
	}
	return trailingZeros(v)
}
