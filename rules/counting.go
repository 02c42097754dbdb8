package rules

// Currency is a money unit: "$", "dollars", "USD" name the US dollar.
type Currency struct {
	ID string `yaml:"id" json:"id"`
	// Words are the signs, codes and names of the unit ("$", "usd",
	// "dollars"); a sign or code may stand before or after the figure.
	Words []string `yaml:"words" json:"words"`
	// Of and Factor express the unit in another currency: cents are
	// 0.01 of usd. Both empty for a currency of its own.
	Of     string  `yaml:"of" json:"of,omitempty"`
	Factor float64 `yaml:"factor" json:"factor,omitempty"`
}

// Scale is a word that multiplies the figure before it: "3.2 billion",
// "3bn", "2 crore".
type Scale struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Factor is the multiplier (1e9 for "billion").
	Factor float64 `yaml:"factor" json:"factor"`
}

// Measure is a unit that measures a thing named beside it: "a 52-page
// ruling", "20,000 pages of memos", "a 20-mile chase".
type Measure struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
}

// CountAct is a class of words that tells what a figure is a figure of:
// a demand ("asking for $5 billion"), a purchase, seats gained.
type CountAct struct {
	ID    string   `yaml:"id" json:"id"`
	Words []string `yaml:"words" json:"words"`
	// Change is "gain" or "loss" for words that make the figure a change
	// rather than a total ("picked up six seats", "lost 60 seats"),
	// empty otherwise.
	Change string `yaml:"change" json:"change,omitempty"`
}

// CountChanges are the changes a count act may denote.
var CountChanges = []string{"gain", "loss"}
