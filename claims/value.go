package claims

import (
	"encoding/json"
	"math"
	"strconv"
	"time"
)

// Value is the typed value of a claim; exactly the fields that fit its kind
// are set.
type Value struct {
	// Number is the quantity of casualty, count and numeric custom claims.
	Number *Interval `json:"number,omitempty"`
	// Status is rules.StatusKilled, StatusInjured, StatusShot (hit:
	// killed or injured) or StatusMissing for casualty claims.
	Status string `json:"status,omitempty"`
	// Victims describes who the casualties or counted things were.
	Victims []Group `json:"victims,omitempty"`
	// Counting says how a casualty figure counts toward its incident's
	// toll: a total, further victims, one person, or a roundup.
	Counting *Counting `json:"counting,omitempty"`
	// Unit is what is counted in a count claim ("air base"), the measure
	// unit ("page") or, for money, the currency id ("usd").
	Unit string `json:"unit,omitempty"`
	// Count says what a count claim's figure measures and how it is tied
	// to its sentence.
	Count *CountValue `json:"count,omitempty"`
	// Date is the resolved time of a date claim.
	Date *DateValue `json:"date,omitempty"`
	// Role is a person's title or an organisation's leader.
	Role *RoleValue `json:"role,omitempty"`
	// Attribution is who is said to have carried out an act.
	Attribution *AttributionValue `json:"attribution,omitempty"`
	// Quote is a quotation and its speaker.
	Quote *QuoteValue `json:"quote,omitempty"`
	// Category is a taxonomy category, for custom category claims.
	Category string `json:"category,omitempty"`
	// Entity is a canonical entity, for custom entity claims.
	Entity string `json:"entity,omitempty"`
	// Text is free text, for custom text claims.
	Text string `json:"text,omitempty"`
}

// Interval is a closed range of numbers [Min, Max]; Max may be +Inf for
// "more than" and "at least" figures. Exact figures have Min == Max.
type Interval struct {
	Min float64
	Max float64
	// Vague is true for word quantities such as "dozens" or "multiple".
	Vague bool
}

// Exact returns the interval holding only n.
func Exact(n float64) Interval { return Interval{Min: n, Max: n} }

// written returns the number an approximate interval was written as
// ("about 30" reads [27, 33]: 30), its midpoint when both ends are finite
// and the lower one above zero, or its lower end otherwise.
func (iv Interval) written() float64 {
	if iv.Min > 0 && iv.Max > iv.Min && !math.IsInf(iv.Max, 1) {
		return math.Round((iv.Min + iv.Max) / 2)
	}
	return iv.Min
}

// IsExact reports whether the interval is a single number.
func (iv Interval) IsExact() bool { return iv.Min == iv.Max }

// Overlaps reports whether the two intervals share a number.
func (iv Interval) Overlaps(o Interval) bool { return iv.Min <= o.Max && o.Min <= iv.Max }

// String renders the interval for people: "26", "at least 4", "2-5".
func (iv Interval) String() string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	switch {
	case iv.IsExact():
		return f(iv.Min)
	case math.IsInf(iv.Max, 1):
		return "at least " + f(iv.Min)
	case iv.Min <= 0:
		return "at most " + f(iv.Max)
	default:
		return f(iv.Min) + "-" + f(iv.Max)
	}
}

type intervalJSON struct {
	Min   float64  `json:"min"`
	Max   *float64 `json:"max"`
	Vague bool     `json:"vague,omitempty"`
}

// MarshalJSON writes {"min":..,"max":..}, with a null max for open ranges.
func (iv Interval) MarshalJSON() ([]byte, error) {
	j := intervalJSON{Min: iv.Min, Vague: iv.Vague}
	if !math.IsInf(iv.Max, 1) {
		mx := iv.Max
		j.Max = &mx
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (iv *Interval) UnmarshalJSON(b []byte) error {
	var j intervalJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	iv.Min, iv.Vague = j.Min, j.Vague
	if j.Max == nil {
		iv.Max = math.Inf(1)
	} else {
		iv.Max = *j.Max
	}
	return nil
}

// CountValue describes the figure of a count claim: what it measures, the
// thing measured, what tells which fact it is of, and how precisely it is
// written. Two figures state the same fact only when measure, thing and
// act agree.
type CountValue struct {
	// Measure is "money:" and the currency id for money ("money:usd"), a
	// measure unit id ("page"), or the counted noun itself ("seat").
	Measure string `json:"measure"`
	// Thing is the head noun (singular, lower case) of what is measured:
	// the document of "a 52-page ruling", the purchase of "a $2,000
	// bracelet"; empty when the figure names none, or counts things itself.
	Thing string `json:"thing,omitempty"`
	// ThingPlural is true when the thing is written in the plural ("pages
	// of emails"): figures of a number of things may measure different
	// ones, while "the 52-page ruling" is one document.
	ThingPlural bool `json:"thing_plural,omitempty"`
	// Definite is true when the thing is identified: a noun after a
	// definite determiner or a possessor ("the 52-page complaint", "his
	// $18,000 bracelet", "pages of the mayor's emails"). "A 28 mln dlr
	// contract" may be any of several.
	Definite bool `json:"definite,omitempty"`
	// Anchors are the names the figure's phrase ties it to ("spent $300
	// at Harlow Books" → Harlow Books).
	Anchors []string `json:"anchors,omitempty"`
	// Acts are the count acts that govern the figure, nearest first ("is
	// insisting that the council appropriate $2.4 million" → fund, demand).
	Acts []CountAct `json:"acts,omitempty"`
	// Role is "total", or "gain" or "loss" for a change ("picked up six
	// seats"), or "part" for a part of a larger figure ("including four").
	Role string `json:"role"`
	// Step is the rounding unit of the figure as written: 0.01 for
	// "$3,214.60", 1000 for "18,000", 1e8 for "$3.2 billion".
	Step float64 `json:"step,omitempty"`
}

// CountAct is a count act found with a figure and who performs it.
type CountAct struct {
	// ID is the rulebook's count act id ("demand", "spend").
	ID string `json:"id"`
	// Agent is the canonical name of who performs the act, when the
	// sentence names them surely; empty otherwise.
	Agent string `json:"agent,omitempty"`
}

// Roles of a count figure.
const (
	RoleTotal = "total"
	RolePart  = "part"
)

// Group is a set of people or things within a claim: "26 tourists, mostly
// Hindu men" holds the groups tourists (share all) and men (share mostly).
type Group struct {
	// Category is the taxonomy id ("tourist", "civilian", "military").
	Category string `json:"category"`
	// Words is how the article names the group.
	Words string `json:"words,omitempty"`
	// Share is "all", "mostly", "including" or "some".
	Share string `json:"share"`
	// Number is the group's own count, when given ("two women").
	Number *Interval `json:"number,omitempty"`
}

// Shares of a victim group within a casualty figure.
const (
	ShareAll       = "all"
	ShareMostly    = "mostly"
	ShareIncluding = "including"
)

// Granularity of a resolved date.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
	// Part is part of a month or a year: "mid May", "early 2014".
	Part = "part"
)

// Tenses of a date claim's clause, in DateValue.Tense.
const (
	// Past: the clause reports what happened ("was shot Sunday").
	Past = "past"
	// Future: the clause forecasts or schedules ("will be held Nov. 3",
	// "is expected Thursday").
	Future = "future"
)

// Anchors say how surely a date claim dates the event of its subject, in
// DateValue.Anchor.
const (
	// AnchorEvent: the date stands on the event's own word ("the debate
	// on Tuesday", "apologized Friday", "Sunday's shooting").
	AnchorEvent = "event"
	// AnchorClause: the event was found nearby in the clause, or its
	// participant through a pronoun.
	AnchorClause = "clause"
	// AnchorGuess: the clause names no event; the date is given to the
	// event the article is about.
	AnchorGuess = "guess"
)

// DateValue is when an event happened.
type DateValue struct {
	// Expr is the date expression as written ("early Saturday (May 10)").
	Expr string `json:"expr"`
	// Resolved is false when the expression could not be placed in time.
	Resolved bool `json:"resolved"`
	// Start and End bound the interval [Start, End) the expression denotes.
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	// Granularity is day, week, month or year.
	Granularity string `json:"granularity,omitempty"`
	// YearKnown is false when only month and day were given and no
	// publication date supplied the year.
	YearKnown bool `json:"year_known,omitempty"`
	// Relative is true for expressions resolved against the publication
	// date ("on Friday", "last month").
	Relative bool `json:"relative,omitempty"`
	// Tense is Past or Future when the clause says which; "" when it
	// does not.
	Tense string `json:"tense,omitempty"`
	// Bound is "start" ("since 2011"), "end" ("until 2027", "ends in
	// 2027") or "span" ("from 1991 to 2004") when the expression bounds a
	// period rather than dating an event; "" for the time of an event.
	Bound string `json:"bound,omitempty"`
	// Anchor says how surely the date belongs to the claim's event:
	// AnchorEvent, AnchorClause or AnchorGuess.
	Anchor string `json:"anchor,omitempty"`
}

// RoleValue is a person's title or role, or an organisation's leader.
type RoleValue struct {
	// Person is the canonical name of the person.
	Person string `json:"person,omitempty"`
	// Titles are normalised title ids ("secretary-of-state").
	Titles []string `json:"titles,omitempty"`
	// TitleWords is the title as written.
	TitleWords string `json:"title_words,omitempty"`
	// Org is the organisation the title or leadership belongs to.
	Org string `json:"org,omitempty"`
	// Country qualifies Org or the title ("us", "pakistan").
	Country string `json:"country,omitempty"`
	// Former is true for "former", "ex-" titles.
	Former bool `json:"former,omitempty"`
	// Transition is true for "outgoing", "incoming" titles: a person
	// leaving or taking office, both former and sitting in a sense.
	Transition bool `json:"transition,omitempty"`
	// Leads is true when the claim says Person leads Org.
	Leads bool `json:"leads,omitempty"`
	// Time says when the title is held: TitleNow for a title stated of the
	// present ("current", an appositive, a present-tense clause),
	// TitleThen for the title of a past time the story speaks of ("then",
	// "during President X's administration", "served as"), "" when the
	// text does not say (a title before a name in narration: the one held
	// at the time of the act told, mostly the time of the news).
	Time string `json:"time,omitempty"`
}

// Stances of an attribution.
const (
	StanceFact       = "fact"
	StanceClaimed    = "claimed"
	StanceDenied     = "denied"
	StanceNoEvidence = "no-evidence"
)

// AttributionValue is who is said to have carried out an act.
type AttributionValue struct {
	// Actor is the canonical party said to be responsible (may be empty
	// when only a denial names no actor).
	Actor string `json:"actor,omitempty"`
	// ActorWords is the actor as written.
	ActorWords string `json:"actor_words,omitempty"`
	// ActorCountries are countries the actor is tied to ("Pakistan-based").
	ActorCountries []string `json:"actor_countries,omitempty"`
	// Stance is fact, claimed, denied or no-evidence.
	Stance string `json:"stance"`
	// By is the party making the claim or the denial.
	By string `json:"by,omitempty"`
	// Cue is the rulebook cue that set the stance.
	Cue string `json:"cue,omitempty"`
	// Act is the rulebook act whose agent Actor is ("publish", "defeat"),
	// for claims about who did an act rather than a violent event.
	Act string `json:"act,omitempty"`
	// Object is the act's object: a person's name, or the head noun of a
	// thing ("video").
	Object string `json:"object,omitempty"`
	// Loose is true when the agent was read loosely: the subject of the
	// clause a participle hangs on ("X won, defeating Y").
	Loose bool `json:"loose,omitempty"`
}

// QuoteValue is a quotation and its speaker.
type QuoteValue struct {
	// Speaker is the canonical name of whoever is quoted.
	Speaker string `json:"speaker,omitempty"`
	// Words are the quoted words without the quote marks.
	Words string `json:"words"`
	// Partial is true when the quote is a fragment within reported speech.
	Partial bool `json:"partial,omitempty"`
}
