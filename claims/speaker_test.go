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
