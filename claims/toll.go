package claims

import (
	"math"
	"strings"

	"github.com/newsdesk/crosscheck/rules"
)

// Toll is what one article says of one incident's casualties, read from
// all its sentences: how many were killed, injured, and hit (killed or
// injured). Shot = Killed + Injured ties the three: "five people were
// shot, three fatally" says two were injured.
type Toll struct {
	Killed, Injured, Hit TollFigure
	// Perpetrator is true when the article tells of the perpetrator's
	// own death or counts him among the dead: another source may count
	// the dead without him.
	Perpetrator bool
	// Inconsistent is true when the article's own figures do not add up:
	// its hit are fewer than its killed and injured, or more than they
	// are while it tells of no death ("eight people were shot" and "a
	// shooting that injured 3"). Which figure is right it does not say.
	Inconsistent bool
}

// TollFigure is an article's count of one status.
type TollFigure struct {
	// Stated is true when the article says something of it.
	Stated bool
	// Lo and Hi bound what the article surely says; Hi may be +Inf: a
	// victim named one by one says "at least one".
	Lo, Hi float64
	// Face is the count the article gives at face value, counting people
	// one by one even where it must guess who is who.
	Face float64
	// People is true when the face value counts victims one by one.
	People bool
	// Open says why the figure is a lower bound the article gives no
	// total for: a part of the victims (a Counting.Part: "one of the
	// victims died", "two are in critical condition") or OpenOthers
	// (victims beside others the article does not count: "four others
	// were hospitalized"); "" otherwise.
	Open string
	// Claims are the claims the figure rests on, in text order.
	Claims []*Claim
	// lowTotal and highTotal are the totals of the status the article
	// gives with the lowest upper bound and the highest lower bound.
	lowTotal, highTotal *Interval
}

// Mixed reports whether the article gives totals of the status that
// cannot all be right ("two dead" in its headline, "one man dead" in its
// text), and the lowest and highest of them: it tells of several scenes
// or incidents, or of a figure that changed, without saying which is
// the incident's.
func (f TollFigure) Mixed() (lo, hi float64, mixed bool) {
	if f.lowTotal == nil || f.highTotal == nil || f.lowTotal.Max >= f.highTotal.Min {
		return 0, 0, false
	}
	return f.lowTotal.Max, f.highTotal.Min, true
}

// noteTotal records a total of the status for Mixed. A vague total
// ("several", "dozens") bounds its figure from below only; "no one was
// killed" is none.
func (f *TollFigure) noteTotal(n Interval) {
	if n.Vague {
		n.Max = math.Inf(1)
	}
	if f.lowTotal == nil || n.Max < f.lowTotal.Max {
		iv := n
		f.lowTotal = &iv
	}
	if f.highTotal == nil || n.Min > f.highTotal.Min {
		iv := n
		f.highTotal = &iv
	}
}

// definiteTotal reports whether a total is a definite description of victims
// already told of ("the three men who were killed were students"): it
// names again a group the article counted where it introduced it, so it
// is no further total of its own.
func definiteTotal(c *Claim) bool {
	at := c.Span.Start - c.Sentence.Start
	if at < 0 || at > len(c.SentenceText) {
		return false
	}
	if first, _, _ := strings.Cut(c.Text, " "); strings.EqualFold(first, "the") {
		return true
	}
	before := strings.Fields(c.SentenceText[:at])
	if len(before) == 0 {
		return false
	}
	switch strings.ToLower(before[len(before)-1]) {
	case "the", "these", "those":
		return true
	}
	return false
}

// OpenOthers is TollFigure.Open for victims beside others the article
// does not count.
const OpenOthers = "others"

// Sure reports whether the two figures surely disagree: their bounds do
// not meet.
func (f TollFigure) Sure(o TollFigure) bool { return f.Lo > o.Hi || o.Lo > f.Hi }

// TollOf reads the toll of one incident from an article's casualty claims
// about it, in text order. An article that gives a roundup total tells of
// several incidents and gives no toll of any one.
func TollOf(cs []*Claim) Toll {
	roundup, perp := false, false
	var use []*Claim
	for _, c := range cs {
		if c.Kind != Casualty || c.Value.Number == nil {
			continue
		}
		ct := c.Value.Counting
		if ct != nil && ct.Earlier != "" {
			continue // an earlier event, or a figure since changed
		}
		if n := c.Value.Number.Min; n != math.Trunc(n) {
			continue // "19.3 deaths per 100,000": a rate, not a count
		}
		if ct != nil && ct.As == AsRoundup {
			roundup = true
			continue
		}
		perp = perp || ct != nil && ct.Perpetrator
		use = append(use, c)
	}
	if roundup {
		// Which of its figures is this incident's the article does not
		// say: it gives none.
		return Toll{Killed: TollFigure{Hi: math.Inf(1)}, Injured: TollFigure{Hi: math.Inf(1)}, Hit: TollFigure{Hi: math.Inf(1)}}
	}
	people := finalStatuses(use)
	t := Toll{
		Killed:  statusFigure(use, rules.StatusKilled, people),
		Injured: statusFigure(use, rules.StatusInjured, people),
		Hit:     statusFigure(use, rules.StatusShot, people),
	}
	t.balance()
	t.Perpetrator = perp
	return t
}

// balance ties the three figures: the hit are the killed and the injured.
// Sure bounds move only when the article is consistent; the injured are
// stated when the hit are ("four people were shot": four injured, at face
// value, unless the article tells of deaths).
func (t *Toll) balance() {
	k, i, s := t.Killed, t.Injured, t.Hit
	for round := 0; round < 2; round++ {
		nk, ni, ns := k, i, s
		ns.Lo = math.Max(s.Lo, k.Lo+i.Lo)
		ns.Hi = math.Min(s.Hi, k.Hi+i.Hi)
		ni.Lo = math.Max(i.Lo, s.Lo-k.Hi)
		ni.Hi = math.Min(i.Hi, s.Hi-k.Lo)
		nk.Lo = math.Max(k.Lo, s.Lo-i.Hi)
		nk.Hi = math.Min(k.Hi, s.Hi-i.Lo)
		if nk.Lo > nk.Hi || ni.Lo > ni.Hi || ns.Lo > ns.Hi {
			t.Inconsistent = true
			break
		}
		k, i, s = nk, ni, ns
	}
	if !t.Killed.Stated && k.Lo > 0 && i.Stated && s.Stated {
		t.Inconsistent = true // deaths the article never tells of
	}
	if s.Stated {
		kf := 0.0
		if k.Stated {
			kf = k.Face
		}
		if f := s.Face - kf; f > i.Face {
			i.Face = f
			i.Stated = true
			i.People = i.People || s.People || k.People
			i.Claims = mergeClaims(i.Claims, s.Claims, k.Claims)
		}
		if f := kf + i.Face; f > s.Face {
			s.Face = f
		}
	}
	for _, f := range []*TollFigure{&k, &i, &s} {
		f.Face = math.Max(f.Lo, math.Min(f.Face, f.Hi))
	}
	t.Killed, t.Injured, t.Hit = k, i, s
}

// personStatus is the last status of one victim counted one by one: a
// victim shot and then killed counts as killed.
type personStatus map[string]string

// statusRank orders statuses by how far they go: killed over injured over
// shot.
var statusRank = map[string]int{rules.StatusShot: 1, rules.StatusInjured: 2, rules.StatusKilled: 3}

// finalStatuses returns each person's furthest status.
func finalStatuses(cs []*Claim) personStatus {
	out := personStatus{}
	for _, c := range cs {
		ct := c.Value.Counting
		if ct == nil || ct.As != AsPerson || ct.Person == "" {
			continue
		}
		if statusRank[c.Value.Status] > statusRank[out[ct.Person]] {
			out[ct.Person] = c.Value.Status
		}
	}
	return out
}

// counts reports whether a person whose furthest status is final counts
// toward status: the hit count everyone, the injured only those who did
// not die.
func counts(status, final string) bool {
	if status == rules.StatusShot {
		return final != "" && final != rules.StatusMissing
	}
	return final == status
}

// statusFigure reads one status's figure: the best total, parts, further
// victims beside those counted before, and people counted one by one.
func statusFigure(cs []*Claim, status string, people personStatus) TollFigure {
	f := TollFigure{Hi: math.Inf(1)}
	var total *Claim
	var totalIV Interval
	var tally personTally
	// otherBefore is true once the article has counted victims of
	// another status: further victims may stand beside them.
	otherBefore, prevOther := false, false
	for _, c := range cs {
		otherBefore = otherBefore || prevOther
		prevOther = c.Value.Status != status && c.Value.Status != rules.StatusMissing
		ct := c.Value.Counting
		as := AsTotal
		if ct != nil {
			as = ct.As
		}
		if as == AsPerson {
			if counts(status, people[ct.Person]) {
				tally.add(c, status)
				f.Claims = append(f.Claims, c)
				f.Stated, f.People = true, true
			}
			continue
		}
		if c.Value.Status != status {
			continue
		}
		n := *c.Value.Number
		if n.Vague && n.Min == 0 {
			continue
		}
		f.Stated = true
		switch as {
		case AsTotal:
			if !definiteTotal(c) {
				f.noteTotal(n)
			}
			if total == nil || n.Min > totalIV.Min || n.Min == totalIV.Min && totalIV.Vague && !n.Vague {
				total, totalIV = c, n
			}
		case AsPart:
			f.Lo = math.Max(f.Lo, n.Min)
			if n.Min >= f.Face {
				f.Open = ct.Part
			}
			f.Face = math.Max(f.Face, n.Min)
			f.Claims = append(f.Claims, c)
		case AsOthers:
			base, known := othersBase(ct, status, &tally, otherBefore)
			switch {
			case known:
				// Those counted before are known: "one was killed and
				// three others were wounded" says three wounded, "one
				// was killed and three other people were shot" four hit.
				sum := Interval{Min: n.Min + base, Max: n.Max + base, Vague: n.Vague}
				f.noteTotal(sum)
				if total == nil || sum.Min > totalIV.Min {
					total, totalIV = c, sum
				}
			case tally.face() > 0 && !otherBefore:
				f.Lo = math.Max(f.Lo, n.Min+tally.sure())
				f.Face = math.Max(f.Face, n.Min+tally.face())
				f.Claims = append(f.Claims, c)
			default:
				// Beside victims the article does not count ("a man was
				// fighting for his life and four others were hurt"), or
				// beside whom it does not say: those it counted of this
				// status, or of another ("two were killed. Four others
				// were hurt").
				face := n.Min + tally.face()
				f.Lo = math.Max(f.Lo, n.Min)
				if face >= f.Face {
					f.Open = OpenOthers
				}
				f.Face = math.Max(f.Face, face)
				f.Claims = append(f.Claims, c)
			}
		}
	}
	f.Lo = math.Max(f.Lo, tally.sure())
	f.Face = math.Max(f.Face, math.Max(f.Lo, tally.face()))
	if total != nil {
		n := totalIV
		if n.Vague || n.Max == 0 {
			// "several" is a manner of speaking, not a bound; "no one was
			// killed" may leave out a gunman killed by police.
			n.Max = math.Inf(1)
		}
		if n.Min >= f.Face {
			f.Claims, f.People = nil, false // the total says it all
		}
		f.Open = ""
		f.Claims = mergeClaims([]*Claim{total}, f.Claims)
		if f.Lo <= n.Max {
			f.Lo = math.Max(f.Lo, n.Min)
			f.Hi = n.Max
			f.Face = math.Max(f.Lo, math.Min(f.Face, n.Max))
			if w := n.written(); f.Face < w && w <= f.Hi {
				f.Face = w // "some 30" is 30 at face value, not 27
			}
		} else {
			f.Face = math.Max(f.Face, n.Min)
		}
	}
	return f
}

// othersBase returns how many victims "N others" of status stand beside,
// and whether that is known: those the sentence counted before them when
// they are of the same status, or any status for the hit ("one was killed
// and three others were shot": one); none beside victims of another
// status ("one was killed and three others were wounded"); the people of
// the status counted one by one before, when they are surely known and no
// victims of another status were counted before, beside whom the others
// may stand instead.
func othersBase(ct *Counting, status string, tally *personTally, otherBefore bool) (float64, bool) {
	switch {
	case ct.Beside == status || status == rules.StatusShot && ct.Beside != "" && ct.Beside != rules.StatusMissing:
		return ct.BesideN, true
	case ct.Beside != "":
		return 0, true
	}
	if sure := tally.sure(); sure > 0 && sure == tally.face() && !otherBefore {
		return sure, true
	}
	return 0, false
}

// personTally counts the people of one status named one by one.
type personTally struct {
	named, descs, newDescs, pronouns map[string]bool
	also                             map[string]bool
	with                             int
	// anyone is true when a victim was named only by a noun that says
	// nothing of who ("the victim"): someone counted already, or one.
	anyone bool
}

// anaphoric are nouns that name a victim without saying who: "the victim",
// "the person who was shot". They count a person only when no other is
// named.
var anaphoric = map[string]bool{"victim": true, "person": true, "individual": true}

// add counts the person of claim c toward status.
func (p *personTally) add(c *Claim, status string) {
	if p.named == nil {
		p.named, p.descs, p.newDescs, p.pronouns, p.also = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	}
	ct := c.Value.Counting
	switch {
	case ct.Named:
		p.named[ct.Person] = true
	case ct.Pronoun:
		p.pronouns[ct.Person] = true
	case ct.New:
		p.newDescs[ct.Person+"#"+c.ID] = true
	case anaphoric[ct.Person]:
		p.anyone = true
	default:
		p.descs[ct.Person] = true
	}
	if ct.Also && c.Value.Status == status {
		p.also[ct.Person] = true
	}
	if ct.With > p.with && c.Value.Status == status {
		p.with = ct.With
	}
}

// sure is how many people the article surely names: distinct names, the
// people of one coordinated subject, a victim "also" counted beside
// another, or at least the one person named.
func (p *personTally) sure() float64 {
	if p.named == nil {
		return 0
	}
	n := math.Max(float64(len(p.named)), float64(p.with))
	if len(p.also) > 0 {
		n = math.Max(n, float64(len(p.also)+1))
	}
	return math.Max(n, 1)
}

// face is how many people the article names counting descriptions that
// may be people already named: distinct descriptions, or the names, each
// with the victims marked as further ones.
func (p *personTally) face() float64 {
	if p.named == nil {
		return 0
	}
	// A pronoun names someone counted already when anyone was; else one.
	extra := 0
	if len(p.named) == 0 && len(p.descs) == 0 && len(p.pronouns) > 0 {
		extra = 1
	}
	n := float64(len(p.named) + len(p.newDescs) + extra)
	return math.Max(math.Max(n, float64(len(p.descs)+len(p.newDescs))), p.sure())
}

// mergeClaims joins claim lists without repeats, keeping first-seen order.
func mergeClaims(lists ...[]*Claim) []*Claim {
	seen := map[*Claim]bool{}
	var out []*Claim
	for _, l := range lists {
		for _, c := range l {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}
