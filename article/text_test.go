package article

import (
	"os"
	"strings"
	"testing"
	"time"
)

func readOne(t *testing.T, path string) *Article {
	t.Helper()
	arts, errs := Read([]string{path}, Options{})
	if errs != nil || len(arts) != 1 {
		t.Fatalf("%s: %d articles, errors %v", path, len(arts), errs)
	}
	return arts[0]
}

func TestSeeds(t *testing.T) {
	cases := []struct {
		file, title, date, place, source string
		firstText                        string
		absent                           []string
	}{
		{"000_a820a5e0c21eb88f", "US Urges India-Pakistan De-escalation in Call With Pak Army Chief", "", "", "",
			"In a diplomatic intervention aimed at calming", nil},
		{"001_b2503cd52dd57d8c", "US top diplomat Rubio speaks with COAS Gen Asim Munir", "2025-10-21", "WASHINGTON", "",
			"US Secretary of State Marco Rubio spoke with", []string{"Google Ads", "Tue, 21-Oct-2025", "WASHINGTON:", "US top diplomat"}},
		{"002_088fb9d32eae0aae", "US offers help to de-escalate crisis; Trump urges restraint, but Washington divided on intervention", "", "", "",
			"In a bid to defuse mounting tensions", nil},
		{"003_664e613bfae1bd6e", "", "", "WASHINGTON", "www.channelnewsasia.com",
			"US Secretary of State Marco Rubio urged India", []string{"Location", "channelnewsasia", "Date:", "unknown"}},
		{"004_5e4a892c2f082e20", "U.S. Seeks to De-escalate Tensions Between India and Pakistan", "", "", "",
			"Amid escalating tensions between India and Pakistan", nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			a := readOne(t, "testdata/seeds/"+c.file+".txt")
			if a.ID != c.file || a.Title != c.title || a.Place != c.place || a.Source != c.source {
				t.Errorf("id/title/place/source = %q/%q/%q/%q", a.ID, a.Title, a.Place, a.Source)
			}
			got := ""
			if a.HasDate() {
				got = a.Published.Format("2006-01-02")
			}
			if got != c.date {
				t.Errorf("date = %q, want %q", got, c.date)
			}
			if !strings.HasPrefix(a.Text, c.firstText) {
				t.Errorf("text starts %q", a.Text[:min(80, len(a.Text))])
			}
			if c.title != "" && strings.Contains(a.Text, c.title) {
				t.Errorf("headline is in Text")
			}
			for _, s := range c.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("Text contains %q", s)
				}
			}
			if strings.Contains(a.Text, "\n\n\n") || strings.Contains(a.Text, "  ") || strings.HasSuffix(a.Text, "\n") {
				t.Errorf("Text is not normalised")
			}
		})
	}
}

func TestSeedParagraphs(t *testing.T) {
	// Seed 000 puts each paragraph on one line; its subheads stay, as
	// paragraphs of their own, and every sentence is kept.
	a := readOne(t, "testdata/seeds/000_a820a5e0c21eb88f.txt")
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 9 || paras[2] != "US Offers Support for Constructive Dialogue" {
		t.Errorf("%d paragraphs: %q", len(paras), paras)
	}
	// Seed 001: the "US" section label and the repeated headline are gone.
	b := readOne(t, "testdata/seeds/001_b2503cd52dd57d8c.txt")
	for _, p := range strings.Split(b.Text, "\n\n") {
		if p == "US" {
			t.Error(`label "US" kept`)
		}
	}
	if n := strings.Count(b.Text, "\n\n") + 1; n != 11 {
		t.Errorf("001 has %d paragraphs, want 11", n)
	}
}

func TestPositionMapsToSourceLines(t *testing.T) {
	cases := []struct {
		file, phrase string
		line, col    int
	}{
		// After the stripped "WASHINGTON: " dateline, line 11 of the file.
		{"001_b2503cd52dd57d8c", "US Secretary of State Marco Rubio spoke", 11, 13},
		{"001_b2503cd52dd57d8c", "Tammy Bruce said, Rubio", 13, 31},
		{"003_664e613bfae1bd6e", "Rubio placed telephone calls", 4, 1},
		{"003_664e613bfae1bd6e", "considered the country", 4, 156},
	}
	for _, c := range cases {
		a := readOne(t, "testdata/seeds/"+c.file+".txt")
		off := strings.Index(a.Text, c.phrase)
		if off < 0 {
			t.Fatalf("%s: %q not in text", c.file, c.phrase)
		}
		line, col := a.Position(off)
		if line != c.line || col != c.col {
			t.Errorf("%s %q at %d:%d, want %d:%d", c.file, c.phrase, line, col, c.line, c.col)
		}
	}
}

// The date line is no part of the text; its own position is kept, for
// findings that cite it.
func TestDateLinePosition(t *testing.T) {
	a := readOne(t, "testdata/seeds/001_b2503cd52dd57d8c.txt")
	if a.DateLine != "Tue, 21-Oct-2025" || a.DateAt.Line != 1 || a.DateAt.Col != 1 {
		t.Errorf("date line %q at %d:%d, want line 1, column 1", a.DateLine, a.DateAt.Line, a.DateAt.Col)
	}
	dir := t.TempDir()
	path := dir + "/a.txt"
	if err := os.WriteFile(path, []byte("Title: Storm hits coast\nDate: 2015-03-15\n\nThe storm hit the coast on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := readOne(t, path)
	if b.DateAt.Line != 2 || b.DateAt.Col != 7 {
		t.Errorf("header date at %d:%d, want 2:7", b.DateAt.Line, b.DateAt.Col)
	}
}

func TestPositionAfterCollapsedSpace(t *testing.T) {
	p := write(t, t.TempDir(), "sp.txt", []byte("Some Headline For Spaces\r\n\r\n  Indented   text  with\t\tgaps.\r\nNext line.\r\n"))
	a := readOne(t, p)
	if a.Text != "Indented text with gaps.\n\nNext line." {
		t.Fatalf("text = %q", a.Text)
	}
	for _, c := range []struct {
		word      string
		line, col int
	}{{"Indented", 3, 3}, {"text", 3, 14}, {"gaps", 3, 26}, {"Next", 4, 1}} {
		line, col := a.Position(strings.Index(a.Text, c.word))
		if line != c.line || col != c.col {
			t.Errorf("%q at %d:%d, want %d:%d", c.word, line, col, c.line, c.col)
		}
	}
}

func TestPositionWithoutLines(t *testing.T) {
	a := &Article{Text: "ab\n\ncd"}
	for off, want := range map[int][2]int{0: {1, 1}, 1: {1, 2}, 4: {3, 1}, 5: {3, 2}, -3: {1, 1}, 99: {3, 3}} {
		l, c := a.Position(off)
		if l != want[0] || c != want[1] {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", off, l, c, want[0], want[1])
		}
	}
}

func TestTextCleaning(t *testing.T) {
	cases := []struct {
		name, in        string
		title, text     string
		place, dateLine string
		date            string
	}{
		{"headers", "Title: Header Title\nDate: May 10, 2025\nURL: http://e.com/a\nSource: Daily Planet\n\nThe body line.\n",
			"Header Title", "The body line.", "", "May 10, 2025", "2025-05-10"},
		{"bare date after headline", "A Fine Headline Indeed\nSaturday, May 10, 2025 12:30 PM\nBody text here.\n",
			"A Fine Headline Indeed", "Body text here.", "", "Saturday, May 10, 2025 12:30 PM", "2025-05-10"},
		{"iso date line", "2015-01-04\n\nBody of the piece.", "", "Body of the piece.", "", "2015-01-04", "2015-01-04"},
		{"dateline with agency", "Big News Headline Today\n\nNEW DELHI (Reuters) - Ministers met on Friday.\n", "Big News Headline Today", "Ministers met on Friday.", "NEW DELHI", "", ""},
		{"dateline em dash", "LONDON — Ministers met on Friday.\n", "", "Ministers met on Friday.", "LONDON", "", ""},
		{"breaking is not a place", "BREAKING: Ministers met on Friday.\n", "", "BREAKING: Ministers met on Friday.", "", "", ""},
		{"sentence first line is not a headline", "The minister resigned on Friday.\nHe gave no reason.\n", "", "The minister resigned on Friday.\n\nHe gave no reason.", "", "", ""},
		{"repeated paragraphs", "Police said two men were hurt.\n\nAdvertisement\n\nPolice said two men were hurt.\n\nThe road reopened.\n", "",
			"Police said two men were hurt.\n\nThe road reopened.", "", "", ""},
		{"copyright and rights", "Body sentence one.\n\nCopyright 2017 The Associated Press. All rights reserved.\n\n© 2020 Daily\n", "", "Body sentence one.", "", "", ""},
		{"copyright word in a sentence kept", "Copyright lawsuits rose sharply last year.\n", "", "Copyright lawsuits rose sharply last year.", "", "", ""},
		{"menu row", "Home | News | Sport | Weather\nThe storm passed.\n", "", "The storm passed.", "", "", ""},
		{"pipe in a sentence kept", "He said the vote was close | very close, in fact.\n", "", "He said the vote was close | very close, in fact.", "", "", ""},
		{"headline only", "Only A Headline Here\n", "Only A Headline Here", "Only A Headline Here", "", "", ""},
		{"mid-sentence wrap joined", "The council said it would\nreview the plan next week.\n", "", "The council said it would review the plan next week.", "", "", ""},
		{"newswire wrap", "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored.\n    The dry period means the temporao will be late this year.\n    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.\n Reuter\n",
			"", "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao, although normal humidity levels have not been restored.\n\nThe dry period means the temporao will be late this year.\n\nArrivals for the week ended February 22 were 155,221 bags of 60 kilos.", "", "", ""},
		{"date unknown", "Date: unknown\nMay 10, 2025\nText follows here.\n", "", "Text follows here.", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := readOne(t, write(t, t.TempDir(), "x.txt", []byte(c.in)))
			if a.Title != c.title || a.Text != c.text || a.Place != c.place || a.DateLine != c.dateLine {
				t.Errorf("got title %q place %q dateline %q text\n%q", a.Title, a.Place, a.DateLine, a.Text)
			}
			got := ""
			if a.HasDate() {
				got = a.Published.Format("2006-01-02")
			}
			if got != c.date {
				t.Errorf("date %q, want %q", got, c.date)
			}
		})
	}
}

func TestHeaderFields(t *testing.T) {
	a := readOne(t, write(t, t.TempDir(), "h.txt", []byte("TITLE: T\nurl: http://e.com/a\nSource: Daily Planet\nLocation: Springfield\n\nBody.\n")))
	if a.URL != "http://e.com/a" || a.Source != "Daily Planet" || a.Place != "Springfield" || a.Title != "T" {
		t.Errorf("%+v", a)
	}
}

func TestHashChangesWithContent(t *testing.T) {
	dir := t.TempDir()
	a := readOne(t, write(t, dir, "a.txt", []byte("Body one.\n")))
	b := readOne(t, write(t, dir, "b.txt", []byte("Body one.\n")))
	a2 := readOne(t, write(t, dir, "a.txt", []byte("Body two.\n")))
	if a.Hash == b.Hash || a.Hash == a2.Hash {
		t.Error("hash ignores ID or text")
	}
	again := readOne(t, write(t, dir, "a.txt", []byte("Body one.\n")))
	if again.Hash != a.Hash || again.Published != (time.Time{}) {
		t.Error("hash not stable")
	}
}
