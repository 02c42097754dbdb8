// Package rules defines crosscheck's rulebook: the lexicons, taxonomy,
// entities, claim patterns, comparison settings, finding rules and
// suppressions that hold its knowledge of the news. It loads, merges and
// validates rulebook layers; the mechanisms that use them live elsewhere.
package rules

// Rulebook is a whole, merged rulebook.
type Rulebook struct {
	// Version of the rulebook schema; 1.
	Version int `yaml:"version" json:"version"`
	// Lexicons hold general vocabulary.
	Lexicons Lexicons `yaml:"lexicons" json:"lexicons"`
	// Taxonomy is the tree of victim and participant categories.
	Taxonomy []Category `yaml:"taxonomy" json:"taxonomy"`
	// Titles are titles and roles, with the organisation they imply.
	Titles []Title `yaml:"titles" json:"titles"`
	// Entities are canonical names with aliases.
	Entities []Entity `yaml:"entities" json:"entities"`
	// Events are classes of events with the nouns and verbs that name them.
	Events []EventClass `yaml:"events" json:"events"`
	// Cues are attribution and denial cues with the stance each implies.
	Cues []Cue `yaml:"cues" json:"cues"`
	// Acts are acts whose agent sources may name differently ("posted
	// by", "defeated").
	Acts []Act `yaml:"acts" json:"acts"`
	// Patterns produce claims of any kind, including kinds of a team's own.
	Patterns []Pattern `yaml:"patterns" json:"patterns"`
	// Compare holds comparison settings per claim kind.
	Compare map[string]CompareSettings `yaml:"compare" json:"compare"`
	// Findings are the finding rules: what fires, how severe, what it says.
	Findings []FindingRule `yaml:"findings" json:"findings"`
	// Suppress hides findings, each with a reason.
	Suppress []Suppression `yaml:"suppress" json:"suppress"`
	// Disable switches off entries of earlier layers by id.
	Disable []string `yaml:"disable" json:"disable,omitempty"`
}

// Lexicons are lists of general vocabulary.
type Lexicons struct {
	// Quantities are vague quantity words with the range each denotes.
	Quantities []Quantity `yaml:"quantities" json:"quantities"`
	// Modifiers are number modifiers ("at least", "more than", "nearly").
	Modifiers []Modifier `yaml:"modifiers" json:"modifiers"`
	// Hedges are words that hedge a claim ("reportedly", "allegedly").
	Hedges []string `yaml:"hedges" json:"hedges"`
	// Casualties are words for being killed, injured, shot or missing.
	Casualties []CasualtyTerm `yaml:"casualties" json:"casualties"`
	// TollVerbs move a casualty toll to a figure: "the death toll rose to
	// 12", "the number of dead stands at 40".
	TollVerbs []string `yaml:"toll_verbs" json:"toll_verbs"`
	// TollRises say a toll grew to its figure, so an earlier report gave a
	// lower one: "the death toll rose to 12", "bringing the toll to 11".
	TollRises []string `yaml:"toll_rises" json:"toll_rises,omitempty"`
	// SufferVerbs say a person bore an injury named by a noun: "suffered
	// minor injuries", "sustained a graze wound".
	SufferVerbs []string `yaml:"suffer_verbs" json:"suffer_verbs"`
	// Roundup are cues that a casualty figure totals several incidents:
	// "in shootings across the city", "over the weekend".
	Roundup []string `yaml:"roundup" json:"roundup"`
	// Tallies are cues that a casualty figure counts over a period, not
	// one incident: "so far this year", "since the conflict began". The
	// figure is an aggregate; the article tells of several incidents.
	Tallies []string `yaml:"tallies" json:"tallies,omitempty"`
	// EventCollectives are nouns of a set of events before "of" and a
	// plural event noun: "a pair of shootings", "a spate of stabbings".
	EventCollectives []string `yaml:"event_collectives" json:"event_collectives,omitempty"`
	// IncidentSites are nouns of the sites incidents happen at ("school",
	// "camp", "club"): two reports that share one name and a site noun
	// ("a school in Jabaliya", "the Jabaliya school") name one incident,
	// and "killed in the school" names the site the article opened with.
	IncidentSites []string `yaml:"incident_sites" json:"incident_sites,omitempty"`
	// EventMeasures are words of a measure of an event's strength beside
	// its figure ("a magnitude-5.2 quake", "5.6 on the Richter scale"):
	// two reports that give their event different figures of it tell of
	// different events.
	EventMeasures []string `yaml:"event_measures" json:"event_measures,omitempty"`
	// Additive are words that mark victims as further ones, beside those
	// already counted: "another", "a second", "other".
	Additive []string `yaml:"additive" json:"additive"`
	// PerpetratorDeath are phrases that tell of the perpetrator's own
	// death ("took his own life", "turned the gun on himself"): one source
	// may count it in the dead and another only the victims.
	PerpetratorDeath []string `yaml:"perpetrator_death" json:"perpetrator_death,omitempty"`
	// CareVerbs and CarePlaces say a victim was taken into care: "taken
	// to Mercy Hospital", "airlifted to a trauma center". Such a victim was
	// hurt; a figure of them is a part of the injured.
	CareVerbs  []string `yaml:"care_verbs" json:"care_verbs,omitempty"`
	CarePlaces []string `yaml:"care_places" json:"care_places,omitempty"`
	// Habitual are cues of a generic statement about a kind of event, not
	// one event: "two to five children die each year", "on average".
	Habitual []string `yaml:"habitual" json:"habitual,omitempty"`
	// LinkCues open a line that links to another story ("Related:",
	// "Read more:"): its figures are not the story's.
	LinkCues []string `yaml:"link_cues" json:"link_cues,omitempty"`
	// PoliceAgents follow a death word to say the police did it ("killed
	// by police"): the dead is then most often the perpetrator.
	PoliceAgents []string `yaml:"police_agents" json:"police_agents,omitempty"`
	// Collectives are nouns for a group of people counted after "of": "a
	// family of five", "a household of four".
	Collectives []string `yaml:"collectives" json:"collectives,omitempty"`
	// Superseded are cues that a sentence gives a figure reported earlier
	// and since changed: "in initial reports", "initially".
	Superseded []string `yaml:"superseded" json:"superseded,omitempty"`
	// PartialPlaces are places after a casualty word that restrict its
	// figure to the victims there: "one died at the scene" (another may
	// have died later in hospital), "two died on the way to the hospital".
	PartialPlaces []string `yaml:"partial_places" json:"partial_places,omitempty"`
	// Speech are verbs and phrases that introduce what someone said.
	Speech []string `yaml:"speech" json:"speech"`
	// SpeechActs are verbs of communication and characterisation that
	// give quoted words to their subject without being speech verbs
	// ("called it “reckless”", "described", "pledged"); they count only
	// for the speakers of quotations.
	SpeechActs []string `yaml:"speech_acts" json:"speech_acts"`
	// SpeechListener are speech verbs whose object is the listener, never
	// the speaker ("told reporters").
	SpeechListener []string `yaml:"speech_listener" json:"speech_listener"`
	// FemaleNames and MaleNames are given names by sex, for resolving "he"
	// and "she" to a person of the right sex.
	FemaleNames []string `yaml:"female_names" json:"female_names"`
	MaleNames   []string `yaml:"male_names" json:"male_names"`
	// SpeakerNouns head descriptions that can speak ("officials said",
	// "the newspaper wrote").
	SpeakerNouns []string `yaml:"speaker_nouns" json:"speaker_nouns"`
	// TitleModifiers change a title's meaning ("former", "acting").
	TitleModifiers []TitleModifier `yaml:"title_modifiers" json:"title_modifiers"`
	// Shares are words that say how much of a group a category covers
	// ("mostly", "including").
	Shares []Share `yaml:"shares" json:"shares"`
	// Abbreviations end with a full stop that does not end a sentence.
	Abbreviations []string `yaml:"abbreviations" json:"abbreviations"`
	// Stopnames are capitalised words that never start a name ("The").
	Stopnames []string `yaml:"stopnames" json:"stopnames"`
	// OrgWords mark a capitalised name as an organisation ("Ministry").
	OrgWords []string `yaml:"org_words" json:"org_words"`
	// PlaceWords mark a capitalised name as a place ("County", "Street").
	PlaceWords []string `yaml:"place_words" json:"place_words"`
	// PlaceAbbreviations are the short forms of place words that name the
	// same place: "Pine St" is "Pine Street".
	PlaceAbbreviations []PlaceAbbreviation `yaml:"place_abbreviations" json:"place_abbreviations,omitempty"`
	// Variants are words and phrases written more than one way (spelling
	// variants, abbreviations and their expansions): quotes that differ
	// only by them are one wording.
	Variants []Variant `yaml:"variants" json:"variants,omitempty"`
	// GenericNameWords are part of many names ("North", "National",
	// "Hospital") and say little about which one on their own; story
	// grouping keeps them only inside the whole name.
	GenericNameWords []string `yaml:"generic_name_words" json:"generic_name_words"`
	// NameParticles may stand inside a person's name ("bin", "van").
	NameParticles []string `yaml:"name_particles" json:"name_particles"`
	// LedOrgs are words for bodies named after their leader ("the Biden
	// administration", "Modi's government").
	LedOrgs []string `yaml:"led_orgs" json:"led_orgs"`
	// LeadVerbs introduce an organisation's leader ("led by", "headed by").
	LeadVerbs []string `yaml:"lead_verbs" json:"lead_verbs"`
	// Based are suffixes tying a party to a country ("-based", "-backed").
	Based []string `yaml:"based" json:"based"`
	// PastFrames put a title or a body named after its leader in a past
	// time ("during President X's administration").
	PastFrames []string `yaml:"past_frames" json:"past_frames"`
	// LeaveVerbs say a person left the office named after "as" ("retired
	// as deputy director").
	LeaveVerbs []string `yaml:"leave_verbs" json:"leave_verbs"`
	// AdjectiveEndings end adjectives of nationality or party, never a
	// leader's name before "government" ("Greek", "Socialist").
	AdjectiveEndings []string `yaml:"adjective_endings" json:"adjective_endings"`
	// Demonyms are aliases of places that name their people or qualify a
	// noun ("Cuban", "French"): the place only before a noun ("Cuban
	// officials"), a surname before a verb ("Cuban said").
	Demonyms []string `yaml:"demonyms" json:"demonyms"`
	// AgentPhrases introduce the agent of a passive act: "by", "under an
	// account named".
	AgentPhrases []string `yaml:"agent_phrases" json:"agent_phrases"`
	// TenureEnds, right before a title, end its holder's tenure: the
	// title is held until then ("the death of Justice X", "fired
	// president X").
	TenureEnds []string `yaml:"tenure_ends" json:"tenure_ends"`
	// ServeVerbs say a person held the office named after "as" ("served as
	// governor"), at the time of the verb's tense.
	ServeVerbs []string `yaml:"serve_verbs" json:"serve_verbs"`
	// DayNames are names that hold a weekday or a month and date nothing:
	// holidays ("Good Friday"), newspapers ("Sunday Times"), shows.
	DayNames []string `yaml:"day_names" json:"day_names"`
	// OccurrenceVerbs say that an event happened, or describe it, without
	// being an event of their own ("happened", "took place", "struck"): a
	// date beside them dates the event named near them.
	OccurrenceVerbs []string `yaml:"occurrence_verbs" json:"occurrence_verbs"`
	// ScheduleCues mark a clause as a forecast or a schedule rather than a
	// report ("is expected", "scheduled for", "as soon as").
	ScheduleCues []string `yaml:"schedule_cues" json:"schedule_cues"`
	// PeriodStarts and PeriodEnds are verbs that date the start or the end
	// of a period ("took office", "began"; "ends", "expires").
	PeriodStarts []string `yaml:"period_starts" json:"period_starts"`
	PeriodEnds   []string `yaml:"period_ends" json:"period_ends"`
	// ChargeWords name a charge, a plea or a sentence ("charged with",
	// "convicted of"): an event named as what someone is charged with
	// ("charges of murder Sunday") is not dated by the words after it.
	ChargeWords []string `yaml:"charge_words" json:"charge_words"`
	// SeriesWords before an event noun make it one of several such
	// events the article tells of ("the first fatal shooting", "another
	// shooting", "an earlier attack"): its date is of one of them.
	SeriesWords []string `yaml:"series_words" json:"series_words"`
	// BackgroundTimes are expressions of a time that places a sentence
	// in the past ("in 2013", "two years ago"): a figure said in such a
	// sentence recalls an earlier event, not the story's own.
	BackgroundTimes []BackgroundTime `yaml:"background_times" json:"background_times,omitempty"`
	// DateLabels label a page's own date before a colon ("Posted:",
	// "Updated:", "Correction:"): the date after them is the page's.
	DateLabels []string `yaml:"date_labels" json:"date_labels,omitempty"`
	// PageVerbs tell of a page's own history ("posted", "updated"): a full
	// date a few words after them is the page's.
	PageVerbs []string `yaml:"page_verbs" json:"page_verbs,omitempty"`
	// TimeZones may follow the time of a page's date line ("EST", "GMT").
	TimeZones []string `yaml:"time_zones" json:"time_zones,omitempty"`
	// Currencies are money units and the words and signs that name them.
	Currencies []Currency `yaml:"currencies" json:"currencies"`
	// Scales are words that multiply a figure ("million", "bn", "crore").
	Scales []Scale `yaml:"scales" json:"scales"`
	// MoneyWords are nouns that name money itself ("funds", "cash"): the
	// figure's subject is what the money is for, not these.
	MoneyWords []string `yaml:"money_words" json:"money_words"`
	// UncountedNouns are nouns whose counts say nothing checkable about a
	// story (durations, people, generic things) or belong to other claim
	// kinds; given in the singular.
	UncountedNouns []string `yaml:"uncounted_nouns" json:"uncounted_nouns"`
	// Measures are units that measure something named beside them: the
	// pages of a document, the miles of a chase.
	Measures []Measure `yaml:"measures" json:"measures"`
	// CountActs are classes of words that say what a figure counts: a
	// demand, a purchase, seats gained.
	CountActs []CountAct `yaml:"count_acts" json:"count_acts"`
	// Boilerplate are whole lines that scrapers leave behind on news pages
	// and that are never article text ("Advertisement", "Share this").
	Boilerplate []string `yaml:"boilerplate" json:"boilerplate"`
	// DatelineLabels are upper-case words that start a paragraph as a
	// dateline's place does but are labels ("BREAKING", "ANALYSIS").
	DatelineLabels []string `yaml:"dateline_labels" json:"dateline_labels"`
	// FurnitureClasses are class or id tokens that mark an HTML element as
	// page furniture ("sidebar", "newsletter").
	FurnitureClasses []string `yaml:"furniture_classes" json:"furniture_classes"`
}

// Quantity is a vague quantity word: "dozens" is 24 or more.
type Quantity struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	Min   float64  `yaml:"min" json:"min"`
	// Max is the upper bound; absent means unbounded.
	Max *float64 `yaml:"max" json:"max,omitempty"`
}

// Modifier is a word before a number that turns it into a range.
type Modifier struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Effect is one of: at-least, more-than, at-most, less-than, about.
	Effect string `yaml:"effect" json:"effect"`
	// Hedge marks the claim hedged ("at least" is a hedge).
	Hedge bool `yaml:"hedge" json:"hedge,omitempty"`
}

// CasualtyTerm is a word that reports people killed, injured, shot or
// missing.
type CasualtyTerm struct {
	ID string `yaml:"id" json:"id"`
	// Status is killed, injured, shot (hit: killed or injured) or missing.
	Status string   `yaml:"status" json:"status"`
	Words  []string `yaml:"words" json:"words"`
	// Nouns name the casualties themselves and may be followed by their
	// figure: "the death toll rose to 12", "deaths of two men", "suffered
	// injuries". They match like Words.
	Nouns []string `yaml:"nouns" json:"nouns,omitempty"`
	// Part marks words for a condition that only some of the casualties
	// may be in ("in critical condition", "hospitalized"): a figure of
	// them bounds the toll from below.
	Part bool `yaml:"part" json:"part,omitempty"`
}

// TitleModifier changes a title: former, acting, deputy.
type TitleModifier struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Effect is "former" (no longer holds the title), "transition"
	// (leaving or about to take it: "outgoing", "incoming", "-elect"; agrees
	// with both former and sitting) or "keep".
	Effect string `yaml:"effect" json:"effect"`
}

// Share is a word saying how much of a casualty figure a group covers.
type Share struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Share is all, mostly, including or some.
	Share string `yaml:"share" json:"share"`
}

// Category is a node of the victim and participant taxonomy.
type Category struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Is lists parent categories ("tourist" is a "civilian").
	Is []string `yaml:"is" json:"is,omitempty"`
	// Disjoint lists categories no member of this one can belong to.
	Disjoint []string `yaml:"disjoint" json:"disjoint,omitempty"`
	// Generic marks words that say nothing about who ("people").
	Generic bool `yaml:"generic" json:"generic,omitempty"`
	// Perpetrator marks categories of those who did it ("gunman",
	// "suspect"): a death among them may be counted by one source and
	// not by another.
	Perpetrator bool `yaml:"perpetrator" json:"perpetrator,omitempty"`
}

// Title is a title or role.
type Title struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Org is the organisation the title implies ("army chief" → army).
	Org string `yaml:"org" json:"org,omitempty"`
	// Leads is true when the title heads Org.
	Leads bool `yaml:"leads" json:"leads,omitempty"`
	// Is lists broader titles this one is a form of: a secretary of state
	// is a secretary, so "Secretary Rubio" agrees with it.
	Is []string `yaml:"is" json:"is,omitempty"`
}

// Entity is a canonical name with aliases.
type Entity struct {
	ID string `yaml:"id" json:"id"`
	// Name is the canonical name.
	Name string `yaml:"name" json:"name"`
	// Type is person, org, country, place or group.
	Type    string   `yaml:"type" json:"type"`
	Aliases []string `yaml:"aliases" json:"aliases,omitempty"`
	// Country ties an entity to a country entity id.
	Country string `yaml:"country" json:"country,omitempty"`
	// Roles are title ids (with country) that identify the entity:
	// "pakistan army-chief".
	Roles []string `yaml:"roles" json:"roles,omitempty"`
}

// EventClass is a class of events: attacks, calls, statements.
type EventClass struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Generic marks words that can stand for any event ("incident").
	Generic bool `yaml:"generic" json:"generic,omitempty"`
	// Violent marks events that have casualties and perpetrators.
	Violent bool `yaml:"violent" json:"violent,omitempty"`
	// Recurring marks events that happen many times in one story
	// (statements, calls): their dates are not compared across articles.
	Recurring bool `yaml:"recurring" json:"recurring,omitempty"`
	// Shared marks events many people take part in (an election, a
	// debate, a summit): a person named with one does not say which one
	// it is, so only the headline or the lead makes it the story's own.
	Shared bool `yaml:"shared" json:"shared,omitempty"`
	// Transitive are words that name the event only with one of Objects
	// after them: "left" is a departure in "left the administration".
	Transitive []string `yaml:"transitive" json:"transitive,omitempty"`
	// Objects are the nouns that make a Transitive word name the event.
	Objects []string `yaml:"objects" json:"objects,omitempty"`
	// Lasting marks states that last (a term, a tenure): only the bounds
	// of their periods are dated ("since 2011", "from 1991 to 2004").
	Lasting bool `yaml:"lasting" json:"lasting,omitempty"`
}

// Cue is a phrase that attributes an act or denies it.
type Cue struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Stance is fact, claimed, denied or no-evidence.
	Stance string `yaml:"stance" json:"stance"`
	// Actor says where the actor stands relative to the cue: "after"
	// ("attributed to X"), "before" ("X claimed responsibility"), or
	// "object" ("blamed X for").
	Actor string `yaml:"actor" json:"actor,omitempty"`
}

// Act is an act whose agent a story names: who posted the video, who
// defeated whom, who wrote the letter.
type Act struct {
	ID string `yaml:"id" json:"id"`
	// Words are the verb's forms ("posted", "posting", "published").
	Words []string `yaml:"words" json:"words"`
	// Object is "person" when the act's object is a person ("defeated
	// Barbara Roe"), else "thing" (a noun: "the video").
	Object string `yaml:"object" json:"object,omitempty"`
}

// Pattern produces claims from a regular expression. Placeholders such as
// {number}, {date}, {entity}, {category} and {title} stand for the
// project's own recognisers.
type Pattern struct {
	ID string `yaml:"id" json:"id"`
	// Kind is the claim kind produced; a new name adds a kind.
	Kind string `yaml:"kind" json:"kind"`
	// Regex is the pattern, matched case-insensitively against a sentence.
	Regex string `yaml:"regex" json:"regex"`
	// ValueType is number, date, category, entity or text.
	ValueType string `yaml:"value_type" json:"value_type"`
	// Value names the capture group holding the value ("value" if empty).
	Value string `yaml:"value" json:"value,omitempty"`
	// Subject names the capture group holding the subject ("subject").
	Subject string `yaml:"subject" json:"subject,omitempty"`
	// Unit is a fixed unit or subject for every match ("USD").
	Unit string `yaml:"unit" json:"unit,omitempty"`
}

// CompareSettings tune how claims of one kind are compared.
type CompareSettings struct {
	// Tolerance is the relative difference between numbers still taken
	// as agreeing (0.1 = 10%).
	Tolerance float64 `yaml:"tolerance" json:"tolerance,omitempty"`
	// Granularity is the finest date granularity compared: day, month, year.
	Granularity string `yaml:"granularity" json:"granularity,omitempty"`
	// Normalise lists quote normalisations: case, punctuation, space, quotes.
	Normalise []string `yaml:"normalise" json:"normalise,omitempty"`
	// MinOverlap is the share of words two quotes must share to be taken
	// as the same quotation.
	MinOverlap float64 `yaml:"min_overlap" json:"min_overlap,omitempty"`
}

// FindingRule turns an outcome of a comparison into a finding.
type FindingRule struct {
	ID string `yaml:"id" json:"id"`
	// Kind is the claim kind the rule applies to.
	Kind string `yaml:"kind" json:"kind"`
	// When is the comparison outcome that fires the rule.
	When string `yaml:"when" json:"when"`
	// Severity is info, warning or error.
	Severity string `yaml:"severity" json:"severity"`
	// Message is a text/template rendered with the finding's sides.
	Message string `yaml:"message" json:"message"`
	// Description explains the rule, for reports and SARIF metadata.
	Description string `yaml:"description" json:"description,omitempty"`
}

// Suppression hides findings that match all its non-empty fields.
type Suppression struct {
	Rule    string `yaml:"rule" json:"rule,omitempty"`
	Article string `yaml:"article" json:"article,omitempty"`
	Subject string `yaml:"subject" json:"subject,omitempty"`
	Reason  string `yaml:"reason" json:"reason"`
}

// PlaceAbbreviation is a place word (its id: "street") and the short
// forms written for it ("st").
type PlaceAbbreviation struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
}

// Variant is a word or phrase (its id: "email") and the other ways it is
// written ("e-mail"). An id beginning with "-" is a spelling inside a
// word, after its first two letters ("-or" for "-our": "neighbour").
type Variant struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
}

// BackgroundTime is a regular expression for a time that places a sentence
// in the past, matched case-insensitively at word boundaries.
type BackgroundTime struct {
	ID    string `yaml:"id" json:"id"`
	Regex string `yaml:"regex" json:"regex"`
}
