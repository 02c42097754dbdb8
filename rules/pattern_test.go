package rules

import (
	"regexp"
	"strings"
	"testing"
)

func baseRulebook(t *testing.T) *Rulebook {
	t.Helper()
	rb, _, err := LoadFiles("testdata/base.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return rb
}

func TestExpandPatternMatches(t *testing.T) {
	rb := baseRulebook(t)
	cases := []struct {
		regex, sentence string
		groups          map[string]string // name → wanted text; "" = no match
	}{
		{`{entity:subject} raised {money:value}`, "Acme Corp raised $1.2 billion in new funding.",
			map[string]string{"subject": "Acme Corp", "value": "$1.2 billion"}},
		{`{entity:subject} raised {money:value}`, "Reports say Bank of England raised €30m.",
			map[string]string{"subject": "Bank of England", "value": "€30m"}},
		{`^{entity:subject} raised {money:value}`, "Bank of England raised €30m last year",
			map[string]string{"subject": "Bank of England", "value": "€30m"}},
		{`raised {money:value}`, "The firm raised 1.5 million dollars.",
			map[string]string{"value": "1.5 million dollars"}},
		{`raised {money:value}`, "It raised USD 5,000,000 so far.",
			map[string]string{"value": "USD 5,000,000"}},
		{`{number:value} votes`, "The motion won more than 1,200 votes.",
			map[string]string{"value": "more than 1,200"}},
		{`{number:value} votes`, "It got 3.5 votes on average.",
			map[string]string{"value": "3.5"}},
		{`{number:value} {category:subject} (?:were )?killed`, "At least twenty-six civilians were killed on Monday.",
			map[string]string{"value": "At least twenty-six", "subject": "civilians"}},
		{`{number:value} {category:subject} (?:were )?killed`, "Dozens of tourists killed", nil},
		{`{number:value} {category:subject} (?:were )?killed`, "dozens tourists killed",
			map[string]string{"value": "dozens", "subject": "tourists"}},
		{`{number:value} {category:subject}`, "nearly a dozen holidaymakers",
			map[string]string{"value": "nearly a dozen", "subject": "holidaymakers"}},
		{`{number:value} {category:subject}`, "no fewer than two hundred troops",
			map[string]string{"value": "no fewer than two hundred", "subject": "troops"}},
		{`on {date:when}`, "The attack happened on March 12, 2024 at noon.",
			map[string]string{"when": "March 12, 2024"}},
		{`on {date:when}`, "It happened on 3rd of Sept. in Lahore.",
			map[string]string{"when": "3rd of Sept."}},
		{`on {date:when}`, "Police said on 2024-03-12 that",
			map[string]string{"when": "2024-03-12"}},
		{`{date:when}`, "He was arrested last week.",
			map[string]string{"when": "last week"}},
		{`{date:when}`, "Talks ended three days ago.",
			map[string]string{"when": "three days ago"}},
		{`{date:when}`, "It was announced late Tuesday evening.",
			map[string]string{"when": "late Tuesday evening"}},
		{`the {title:title} {entity:name}`, "said the Chief of Army Staff Asim Munir on",
			map[string]string{"title": "Chief of Army Staff", "name": "Asim Munir"}},
		{`the {title:title} {entity:name}`, "said the army chief asim munir", nil},
		{`an? {event:event}`, "after a bombing in the market",
			map[string]string{"event": "bombing"}},
		{`{event} in {entity:place}`, "after the shooting in Lahore, police",
			map[string]string{"place": "Lahore"}},
	}
	for _, c := range cases {
		re, err := CompilePattern(rb, c.regex)
		if err != nil {
			t.Errorf("%s: %v", c.regex, err)
			continue
		}
		m := re.FindStringSubmatch(c.sentence)
		if c.groups == nil {
			if m != nil {
				t.Errorf("%s matched %q: %q", c.regex, c.sentence, m[0])
			}
			continue
		}
		if m == nil {
			t.Errorf("%s did not match %q", c.regex, c.sentence)
			continue
		}
		for g, want := range c.groups {
			i := re.SubexpIndex(g)
			if i < 0 {
				t.Errorf("%s: no group %s", c.regex, g)
				continue
			}
			if m[i] != want {
				t.Errorf("%s on %q: %s = %q, want %q", c.regex, c.sentence, g, m[i], want)
			}
		}
	}
}

func TestExpandPatternGroups(t *testing.T) {
	rb := baseRulebook(t)
	x, err := ExpandPattern(rb, `{number} of {category:who}, not \{number} or x{2,3}`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(x, `\{number}`) || !strings.HasSuffix(x, `x{2,3}`) {
		t.Errorf("escaped placeholder or repeat changed: %s", x)
	}
	re := regexp.MustCompile("(?i)" + x)
	if got := re.SubexpNames(); len(got) != 2 || got[1] != "who" {
		t.Errorf("groups = %q, want only who", got)
	}
}

func TestExpandPatternErrors(t *testing.T) {
	rb := baseRulebook(t)
	for regex, want := range map[string]string{
		`{amount:value}`:    "unknown placeholder {amount}; known placeholders: number, money, date, entity, category, title, event",
		`{number:1st}`:      `placeholder {number:1st}: "1st" is not a valid group name`,
		`{number:a-b} dead`: `placeholder {number:a-b}: "a-b" is not a valid group name`,
	} {
		if _, err := ExpandPattern(rb, regex); err == nil || err.Error() != want {
			t.Errorf("%s: err = %v, want %s", regex, err, want)
		}
	}
	if _, err := ExpandPattern(&Rulebook{}, `{title}`); err == nil || err.Error() != "placeholder {title} needs words, but titles has none" {
		t.Errorf("empty titles: %v", err)
	}
	if _, err := CompilePattern(rb, `{number:v} (votes`); err == nil || err.Error() != "bad regular expression: missing closing )" {
		t.Errorf("bad regex: %v", err)
	}
	if _, err := CompilePattern(rb, `{number:v} {number:v}`); err == nil || err.Error() != `group "v" is named twice` {
		t.Errorf("duplicate group: %v", err)
	}
}

func TestAlternation(t *testing.T) {
	got := Alternation([]string{"over", "more than", "Over", "c++", "  at   least ", "", "é"})
	want := `(?:\bmore\s+than\b|\bat\s+least\b|\bover\b|\bc\+\+|é)`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	re := regexp.MustCompile("(?i)" + got)
	if m := re.FindString("Moreover, at  least C++"); m != "at  least" {
		t.Errorf("matched %q", m)
	}
	if Alternation(nil) != "" {
		t.Error("no words must give empty string")
	}
}
