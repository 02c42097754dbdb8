package claims

import "testing"

// Attribution structures of news copy, on sentences written for the test.
func TestQuoteSpeakers(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, words, speaker string
	}{
		{"organisation, title and name after the verb", "“We will appeal,” said Sierra Club Director Jane Moss.", "We will appeal,", "Jane Moss"},
		{"title and name", "Sierra Club Director Jane Moss said the plan was “a step back.”", "a step back.", "Jane Moss"},
		{"participle takes the clause subject", "Senator Ann Lowe urged voters to back Tom Hart, saying “it is time to act.”", "it is time to act.", "Ann Lowe"},
		{"participle after a speech verb", "The vote will be close, Ann Lowe said, adding, “We have work to do.”", "We have work to do.", "Ann Lowe"},
		{"listener is not the speaker", "Mark Hale told Jane Roe, “We are done here.”", "We are done here.", "Mark Hale"},
		{"appositive", "Tom Reyes, the party's treasurer, said: “The books are clean.”", "The books are clean.", "Tom Reyes"},
		{"apposed name", "Her campaign manager, Tom Reyes, said the books were “clean and audited.”", "clean and audited.", "Tom Reyes"},
		{"parenthesis", "Sen. Rita Vance (D-Ore.) said the bill was “dead on arrival.”", "dead on arrival.", "Rita Vance"},
		{"adverbial between commas", "Rita Vance, during a stop in Dayton, Ohio, said the race was “wide open.”", "wide open.", "Rita Vance"},
		{"newspaper description, not the country", "The influential French daily wrote that the deal was “a costly mistake.”", "a costly mistake.", "influential French daily"},
		{"head of an organisation", "The head of the Sierra Club said the plan was “a step back.”", "a step back.", "head of Sierra Club"},
		{"colon paragraph", "Olga Brand spoke next.\n\nOlga Brand continued:\n\n“We will stay until the end.”", "We will stay until the end.", "Olga Brand"},
		{"pronoun of the right sex", "Mary Stone met with Paul Crane to discuss the budget.\n\n“We agreed on the terms,” she said.", "We agreed on the terms,", "Mary Stone"},
		{"honorific sex", "Ms. Stone met with Mr. Crane to discuss the budget.\n\n“We agreed on the terms,” he said.", "We agreed on the terms,", "Crane"},
		{"tag with an unlisted verb", "“Get out of here,” Paul Crane barked.", "Get out of here,", "Paul Crane"},
		{"tag after a question", "“Why would we stop now?” Paul Crane asked.", "Why would we stop now?", "Paul Crane"},
		{"possessive subject", "Paul Crane's famous “read my lips” line was repeated.", "read my lips", "Paul Crane"},
		{"description keeps its proper nouns", "A Treasury Department official said the fund was “nearly empty.”", "nearly empty.", "Treasury Department official"},
		{"sentence-initial word of a description", "Legal experts said the ruling was “a landmark.”", "a landmark.", "legal experts"},
		{"name apposed to a description", "Independent mayoral candidate Rosa Lind is urging voters to “take back the city.”", "take back the city.", "Rosa Lind"},
		{"qualified title is not any holder", "Sen. Ann Lowe spoke first.\n\nThe Nevada senator said the bill was “a trap.”", "a trap.", "Nevada senator"},
		{"qualified title held with its qualifier", "Nevada Sen. Ann Lowe spoke first.\n\nThe Nevada senator said the bill was “a trap.”", "a trap.", "Ann Lowe"},
		{"names in a sentence-case sentence", "Count former Governor Tom Hart among Jane Moss's critics.\n\nMoss later said the plan was “a step back.”", "a step back.", "Jane Moss"},
		{"demonym as a surname", "Mark Cuban spoke first.\n\n“It is too early,” Cuban said.", "It is too early,", "Mark Cuban"},
		{"demonym as a surname after the verb", "“It is too early,” said Cuban, a host of the show.", "It is too early,", "Cuban"},
		{"demonym before a noun is the place's", "Cuban officials said the talks were “productive.”", "productive.", "Cuban officials"},
		{"demonym starting a name", "“We laugh at our troubles,” said German Ortega, an actor.", "We laugh at our troubles,", "German Ortega"},
		{"country qualifying a description", "“It will not hold,” said a former U.S. trade official who asked not to be named.", "It will not hold,", "former U.S. trade official"},
		{"issuer of a document", "The Sierra Club issued a statement saying the plan was “a step back.”", "a step back.", "Sierra Club"},
		{"participle after a quotation", "Ann Lowe spoke on Friday.\n\n“We will win,” Lowe said on “Meet the Press,” adding, “The map favours us.”", "The map favours us.", "Ann Lowe"},
		{"lone name as the subject of a participle", "At the rally, Okafor thanked the crowd, saying, “This is your win.”", "This is your win.", "Okafor"},
		{"a quotation after another in the clause", "The plan is “too slow” and “far too costly,” said Rita Vance, a budget analyst.", "too slow", "Rita Vance"},
		{"verbless quote after reported speech", "Rita Vance said the talks had stalled.\n\n“We are further apart than ever.”", "We are further apart than ever.", "Rita Vance"},
		{"verbless quote after its subject", "Rita Vance praised the mayor's plan.\n\n“It is the best we have seen.”", "It is the best we have seen.", "Rita Vance"},
		{"agent of a passive speech verb", "Rita Vance was asked by the host, Tom Hart, “Will you run again?”", "Will you run again?", "Tom Hart"},
		{"a clause with its own subject between quotes", "Tom Hart, a strategist, said: “Vance has the edge. Lowe has the money.”\n\nAnn Lowe disagreed. “The race is wide open.”", "The race is wide open.", "Ann Lowe"},
		{"possessive in s'", "Reynolds’ campaign manager suggested Vance was a “regional” candidate.", "regional", "Reynolds’ campaign manager"},
		{"qualifier with a stopname", "New Mexico Gov. Ann Lowe spoke on Monday.\n\nSooner or later, the New Mexico governor told reporters, “the plan will show results.”", "the plan will show results.", "Ann Lowe"},
		{"surname before the full name", "Okafor said the plan was “a step back.”\n\nThe city's mayor, Paul Okafor, spoke later.", "a step back.", "Paul Okafor"},
		{"surname before a suffix", "Former Rep. Tom Hart Jr. spoke first.\n\n“I am sorry,” Hart said.", "I am sorry,", "Tom Hart Jr"},
		{"stopname as a surname", "The group was founded by Al From in 1985.\n\n“We lost three times,” From said.", "We lost three times,", "Al From"},
		{"title word as a surname", "“We are ready,” said Amy Pope, a deputy adviser.", "We are ready,", "Amy Pope"},
		{"a surname's look-alike opening a sentence", "Al From spoke first.\n\nFrom the start, Jane Moss said the plan was “a step back.”", "a step back.", "Jane Moss"},
		{"infinitive speech verb", "Tom Hart, who ran twice, went on to say, “We will be back.”", "We will be back.", "Tom Hart"},
		{"any head noun right before the verb", "“Is the count over?” a Republican volunteer in the hall wondered.", "Is the count over?", "Republican volunteer"},
		{"any head noun after an inverted verb", "“We were outspent,” said the Ohio treasurer, who lost by 200 votes.", "We were outspent,", "Ohio treasurer"},
		{"relative clause between subject and verb", "One Ohio donor who attended the dinner said the mood was “grim.”", "grim.", "Ohio donor"},
		{"the subject of reported words is no speaker", "Jane Moss said the region embodied the “spirit of the frontier.”", "spirit of the frontier.", "Jane Moss"},
		{"a naming participle is no speech", "Jane Moss wrote a memoir, a book called “Walking Home.”", "Walking Home.", ""},
		{"a dateline is no subject", "Ottawa (AP) – Mayor Rosa Lind opened the bridge, saying it was “built to last.”", "built to last.", "Rosa Lind"},
		{"a country qualifies an organisation", "The U.S. Court of Claims ruled that the fee was “unlawful.”", "unlawful.", "Court"},
		{"a country qualifies a common noun", "The Canadian press has called the deal “a sellout.”", "a sellout.", "Canadian press"},
		{"a place possessor before a name", "“We are outnumbered,” said Ohio’s Tom Reyes, a county chairman.", "We are outnumbered,", "Tom Reyes"},
		{"a place name before who is a person's", "“It was a long night,” said Paris, who ran the phone bank.", "It was a long night,", "Paris"},
		{"stopname ending a name", "“The filing was late,” Consumer Watch added.", "The filing was late,", "Consumer Watch"},
		{"possessor before an apposed name after the verb", "“We will appeal,” said Moss’s campaign manager Tom Reyes.", "We will appeal,", "Tom Reyes"},
		{"a participle's that-clause names no speaker", "Jane Moss said the race was “close,” adding that Tom Hart “has the money.”", "has the money.", "Jane Moss"},
		{"a speech verb of the next coordinated clause", "Jane Moss accuses Tom Hart of “hiding the books” and Ann Lowe says the audit is late.", "hiding the books", "Jane Moss"},
		{"a tag with an object after a comma", "Tom Hart called Reyes to the stage.\n\n“He is no crook,” Reyes assured the crowd.", "He is no crook,", "Reyes"},
		{"an adverbial with a relative clause", "Speaking in Concord, which votes next week, Jane Moss called the plan “a step back.”", "a step back.", "Jane Moss"},
		{"the object before a participle is no speaker", "Jane Moss emailed supporters saying: “We fight on.”", "We fight on.", "Jane Moss"},
		{"a participle opening a sentence", "Jane Moss said the report “was not good.” Adding, “It is never that bad.”", "It is never that bad.", "Jane Moss"},
		{"a question answered by the other party", "“It was fun,” Ann Lowe said of the dinner.\n\nThe host, Tom Hart, wanted to know, “Did you expect that?”\n\n“I was very surprised.”", "I was very surprised.", "Ann Lowe"},
		{"a signature after the quote", "Voters told us why.\n\n“It was the economy, nothing else.” — Maria Lopez, 34, Tampa\n\n“I voted for change.” — Tom Hart, 61, Ocala", "I voted for change.", "Tom Hart"},
		{"a possessor's body speaks after the verb as before it", "Tom Hart spoke first.\n\n“It is a lie,” said Hart’s campaign.", "It is a lie,", "Hart’s campaign"},
		{"the longest title with its common qualifiers", "“It is the worst,” the Senate minority leader said.", "It is the worst,", "Senate minority leader"},
		{"opening word is no given name", "So Jane Moss left early.\n\nMoss said it was “a long night.”", "a long night.", "Jane Moss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range quoteClaims(t, x, tt.text) {
				if c.Value.Quote.Words == tt.words {
					if c.Value.Quote.Speaker != tt.speaker {
						t.Errorf("speaker %q (%v), want %q", c.Value.Quote.Speaker, c.Matched, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quote %q in %q", tt.words, tt.text)
		})
	}
}

// How a sentence states its claims: its source and negation.
func TestStatedSource(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, source string
		negated            bool
	}{
		{"pronoun with a glued verb names no one", "We've now confirmed that 12 people were killed.", "", false},
		{"not only is no negation", "The storm not only killed 12 people but also destroyed 40 homes, officials said.", "officials", false},
		{"negation", "Officials said the attack on Monday did not kill anyone.", "officials", true},
		{"relative clause is no negated claim", "The photo, which was taken on Sunday, does not show the driver.", "", false},
		{"embedded clause is no negated claim", "Police would not say who caused the fire that killed three people.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cls := extractText(t, x, "t", tt.text)
			if len(cls) == 0 {
				t.Fatalf("no claims in %q", tt.text)
			}
			st := cls[0].Stated
			if st.Source != tt.source || st.Negated != tt.negated {
				t.Errorf("stated %+v, want source %q negated %v", st, tt.source, tt.negated)
			}
		})
	}
}

// A surname two people of an article share is resolved to the nearest
// compatible full name, and marked as a guess.
func TestSharedSurname(t *testing.T) {
	x := testExtractor(t)
	text := "Paul Okafor and his sister Ruth Okafor ran the firm.\n\nThe audit was unfair, Mr. Okafor said, calling it “a smear.”\n\nRuth Okafor declined to comment. Okafor later told reporters it was “a mistake.”"
	want := map[string][2]string{"a smear.": {"Paul Okafor", ""}, "a mistake.": {"Ruth Okafor", "speaker:ambiguous"}}
	for _, c := range quoteClaims(t, x, text) {
		w, ok := want[c.Value.Quote.Words]
		if !ok {
			continue
		}
		delete(want, c.Value.Quote.Words)
		if c.Value.Quote.Speaker != w[0] || (w[1] != "") != containsString(c.Matched, "speaker:ambiguous") {
			t.Errorf("%q: speaker %q %v, want %q %s", c.Value.Quote.Words, c.Value.Quote.Speaker, c.Matched, w[0], w[1])
		}
	}
	if len(want) > 0 {
		t.Errorf("quotes not found: %v", want)
	}
}
