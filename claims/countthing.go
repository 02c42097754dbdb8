package claims

import "strings"

// moneyThing reads what a figure of money ending at token j pays for: the
// noun it modifies ("a $3,214.60 vacation"), or the noun phrase after
// "of", "worth of", "on", "for", "to" or "in" ("$500,000 of airtime",
// "$300 on toys"). Nouns that name money itself ("in campaign funds") and
// phrases that point back ("for that project") give no thing.
func (x *Extractor) moneyThing(toks []token, j int) nounPhraseHead {
	for n := 0; n < 3 && j < len(toks); n++ {
		t := toks[j]
		switch t.Norm {
		case "worth":
			j++
			continue
		case "of", "on", "for", "in", "to":
			np := x.readNP(toks, j+1)
			if np.anaphor || np.head == "" {
				return nounPhraseHead{}
			}
			if x.counting.moneyWords[np.head] {
				j = np.end
				continue // "$3 million in funding for the bridge"
			}
			return np
		}
		if isParticiple(t) {
			j++ // "$9,000 paid to the contractor"
			continue
		}
		if t.Kind != tokWord || countStop[t.Norm] {
			return nounPhraseHead{}
		}
		np := x.readNP(toks, j)
		if x.counting.moneyWords[np.head] {
			return nounPhraseHead{}
		}
		np.compound = n == 0
		return np
	}
	return nounPhraseHead{}
}

// nounPhraseHead is what readNP finds: the head noun of a short phrase.
type nounPhraseHead struct {
	// head is the head noun, lower case and singular; empty when the
	// phrase has none or ends in a name.
	head string
	// plural is true when the head is written in the plural.
	plural bool
	// anaphor is true for a phrase that points back ("that project").
	anaphor bool
	// definite is true for a head after a definite determiner or a
	// possessor ("the indictment", "the mayor's emails").
	definite bool
	// compound is true when the figure itself modifies the head ("a
	// $5,000 watch"): its determiner stands before the figure.
	compound bool
	// end is one past the phrase's last token.
	end int
}

// readNP reads a short noun phrase at toks[i]: determiners, a possessor
// ("Clinton's"), up to five words before a function word, a verb or
// punctuation.
func (x *Extractor) readNP(toks []token, i int) nounPhraseHead {
	j := i
	for j < len(toks) && toks[j].Kind == tokQuote {
		j++ // "on “stuffed animals”"
	}
	if j < len(toks) && demonstrative[toks[j].Norm] {
		return nounPhraseHead{anaphor: true, end: j + 1}
	}
	definite := false
	for j < len(toks) && phraseDeterminers[toks[j].Norm] {
		definite = definite || toks[j].Norm != "a" && toks[j].Norm != "an"
		j++
	}
	var words []token
	for j < len(toks) && len(words) < 5 {
		t := toks[j]
		if t.Norm == "'s" || t.Norm == "'" {
			// A possessor ("the mayor's emails") is not the head; a name
			// that goes on ("Martha's Vineyard") is one name.
			if j+1 < len(toks) && !toks[j+1].Cap {
				words = words[:0]
				definite = true
			}
			j++
			continue
		}
		if t.Kind != tokWord || countStop[t.Norm] || anchorPreps[t.Norm] || phraseEnders[t.Norm] || startsTime(t.Norm) {
			break
		}
		if len(words) > 0 && strings.HasSuffix(t.Norm, "s") && j+1 < len(toks) && objectStarts[toks[j+1].Norm] {
			break // a verb: "the complaint accuses the developer"
		}
		if len(words) > 0 && isParticiple(t) {
			break // "a football signed by"
		}
		if _, n := x.counting.acts.match(toks, j); n > 0 && !t.Cap {
			break
		}
		if _, n := x.speech.match(toks, j); n > 0 && len(words) > 0 {
			break // "the indictment says"
		}
		words = append(words, t)
		j++
	}
	np := nounPhraseHead{end: j}
	if len(words) == 0 {
		return np
	}
	last := words[len(words)-1]
	if last.Cap {
		return np
	}
	if len(last.Norm) < 3 || x.counting.uncounted[singular(last.Norm)] {
		return np // "6.5 cts vs", "$5 million a year"
	}
	np.head, np.plural = singular(last.Norm), isPlural(last.Norm)
	np.definite = definite
	return np
}

// shouted reports whether most words of a sentence are in capitals (a
// wire headline, "DEBT OF BANK OF BRAZIL RISES"): capitals then mark no
// names.
func shouted(toks []token) bool {
	words, upper := 0, 0
	for _, t := range toks {
		if t.Kind != tokWord || len(t.Text) < 2 {
			continue
		}
		words++
		if strings.ToUpper(t.Text) == t.Text {
			upper++
		}
	}
	return words > 0 && 2*upper > words
}

// startsTime reports whether w starts a time phrase that ends a noun
// phrase: "last week", "on Tuesday", "yesterday".
func startsTime(w string) bool {
	_, wd := weekdayWords[w]
	_, day := dayWords[w]
	_, dir := dirWords[w]
	return wd || day || dir && w != "this" || monthWords[w] != 0 && w != "may"
}

// definiteBefore reports whether the figure at token i is introduced by a
// definite determiner or a possessor: "the 52-page ruling", "his
// $43,000 watch", "Jackson's $5,000 football".
func definiteBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	w := toks[i-1].Norm
	return phraseDeterminers[w] && w != "a" && w != "an" || w == "'s"
}

// isParticiple reports whether a word looks like a past participle, which
// ends a noun phrase: "paid", "signed" (not "gold-plated", a compound).
func isParticiple(t token) bool {
	w := t.Norm
	return !t.Cap && !strings.Contains(w, "-") && len(w) > 3 && (strings.HasSuffix(w, "ed") || w == "paid" || w == "sold" || w == "spent" || w == "bought")
}

// anchorsAfter returns the names a figure's phrase ties it to: capitalised
// words of the noun phrase right after it ("a $12,000 Cartier bracelet") and
// names after a preposition further on ("spent $300 at Harlow Books", "a
// weekend at the Cedar Lake Wellness Lodge"), up to the end of
// its clause.
func anchorsAfter(x *Extractor, toks []token, j int) []string {
	var out []string
	end := j + 14
	if end > len(toks) {
		end = len(toks)
	}
	// The noun phrase right after the figure.
	k := j
	for k < end && (toks[k].Kind == tokWord || toks[k].Norm == "'s") && !countStop[toks[k].Norm] && !anchorPreps[toks[k].Norm] {
		n := nameRun(x, toks, k, end)
		if n > k {
			out = append(out, joinTokens(toks[k:n]))
			k = n
			continue
		}
		k++
	}
	for ; k < end; k++ {
		t := toks[k]
		if t.Kind == tokPunct && t.Text != "," && t.Text != "-" || t.Kind == tokPunct && t.Text == "," && k+1 < end && clauseOpeners[toks[k+1].Norm] {
			break
		}
		if _, n := x.speech.match(toks, k); n > 0 {
			break
		}
		if !anchorPreps[t.Norm] {
			continue
		}
		m := k + 1
		for m < end && (phraseDeterminers[toks[m].Norm] || toks[m].Kind == tokQuote) {
			m++
		}
		if n := nameRun(x, toks, m, end); n > m {
			out = append(out, joinTokens(toks[m:n]))
			k = n - 1
		}
	}
	return out
}

// nameRun returns the end of the run of capitalised words at toks[k]
// ("Cedar Lake Wellness Lodge", "Queen of the Fjords"), or k.
func nameRun(x *Extractor, toks []token, k, end int) int {
	n := k
	for n < end {
		t := toks[n]
		switch {
		case t.Kind == tokWord && t.Cap && !x.stopnames[t.Norm]:
			n++
		case n > k && nameJoiner[t.Norm]:
			m := n
			for m < end && nameJoiner[toks[m].Norm] {
				m++
			}
			if m == end || !toks[m].Cap || toks[m].Kind != tokWord {
				return n
			}
			n = m
		default:
			return n
		}
	}
	return n
}
