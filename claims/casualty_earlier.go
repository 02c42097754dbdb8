package claims

// earlierCue reads whether a sentence's casualty figures are not the
// story's current toll: the sentence gives a figure reported before and
// since changed ("in initial reports, police said two had been killed"),
// or it places them at a time before the story's own event, by an amount
// of months or years before a direction ("two years earlier", "six
// months ago", "a year after nine people were shot at ..."; "six days
// before that, a gunman killed 14"), or by "last" and a season or period ("last
// summer, one man was killed"). It returns EarlierReport or EarlierEvent,
// or "" when none.
func (d *doc) earlierCue(toks []token) string {
	if len(d.x.cas.superseded.findAll(toks)) > 0 {
		return EarlierReport
	}
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		if t.Norm == "last" && pastPeriods[toks[k+1].Norm] {
			return EarlierEvent
		}
		if !timeAmount(t) || k+2 >= len(toks) {
			continue
		}
		unit := unitWords[toks[k+1].Norm]
		if unit == "" {
			continue
		}
		next := ""
		if k+3 < len(toks) {
			next = toks[k+3].Norm
		}
		switch toks[k+2].Norm {
		case "ago", "earlier", "prior":
			// Months or years: "shot a week earlier" may be the story's
			// own event in a report of a death that followed.
			if unit == "month" || unit == "year" {
				return EarlierEvent
			}
		case "before", "after":
			// "six days before that"; "two years after a quake that killed
			// thousands" tells of an earlier event in its clause, while "a
			// week after she was wounded" may tell of the story's own.
			if toks[k+2].Norm == "before" && (next == "that" || next == "this") || unit == "month" || unit == "year" {
				return EarlierEvent
			}
		}
	}
	return ""
}

// pastPeriods are the periods "last" places before a news story's own
// event ("last summer"); "last week" or "last month" may be the time of
// the event the story recalls ("after the attack last month, which killed
// 26") and are not among them.
var pastPeriods = map[string]bool{
	"summer": true, "spring": true, "fall": true, "autumn": true, "winter": true, "year": true,
}

// timeAmount reports whether t can count an amount of time: "six (months)",
// "a (year)", "several (weeks)".
func timeAmount(t token) bool {
	if t.Kind == tokNumber {
		return true
	}
	if _, ok := numberWords[t.Norm]; ok {
		return true
	}
	switch t.Norm {
	case "a", "an", "several", "few", "some":
		return true
	}
	return false
}

// perpetrators reports whether any of the groups names those who did it
// ("including the gunman").
func (x *Extractor) perpetrators(gs []Group) bool {
	for _, g := range gs {
		if x.tax.Perpetrator(g.Category) {
			return true
		}
	}
	return false
}

// perpetratorDeaths emits a claim for each phrase of s that tells of the
// perpetrator's own death ("before taking his own life"), in an article
// that tells of a violent event or has given a casualty figure, and
// returns the tokens the phrases cover.
func (d *doc) perpetratorDeaths(s *sentence) [][2]int {
	ms := d.x.cas.perpDeath.findAll(s.Toks)
	if len(ms) == 0 || d.lastEvent == nil && !d.hasCasualty() {
		return nil
	}
	var out [][2]int
	for _, m := range ms {
		out = append(out, [2]int{m.From, m.To})
		one := Exact(1)
		start, stop := s.span(m.From, m.To)
		d.add(s, Claim{
			Kind:    Casualty,
			Subject: d.eventFor(s, m.From, true),
			Value: Value{Number: &one, Status: "killed", Counting: &Counting{
				As: AsPerson, Person: "perpetrator", Definite: true, Perpetrator: true,
			}},
			Rule:    "casualty",
			Matched: []string{"perpetrator_death:" + m.Ref.ID},
		}, start, stop)
	}
	return out
}
