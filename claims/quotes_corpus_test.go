package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/article"
)

// Paragraphs from the shared news corpus (news_docs.jsonl.gz), kept short,
// and one of the same kind written for the test.
func TestQuotesCorpusParagraphs(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"reuters21578-5157 hard-wrapped lines",
			"President Ronald Reagan made the admission in a weekly radio address while\ndefending the role played by his aides in the affair.\n" +
				"    He said: \"In the case of the Iranian arms sale matter, both\nSecretary Shultz and Secretary Weinberger advised me strongly\nnot to pursue the initiative. I weighed their advice but\ndecided in the end the initiative was worth the risk and went\nforward.\"\n" +
				"    \"As we now know, it turned out they were right and I was\nwrong. But they discharged their responsibilities as my\nadvisers and as my subordinates,\" he said.\n",
			[]wantQuote{
				{"In the case of the Iranian arms sale matter, both\nSecretary Shultz and Secretary Weinberger advised me strongly\nnot to pursue the initiative. I weighed their advice but\ndecided in the end the initiative was worth the risk and went\nforward.", "Ronald Reagan", false},
				{"As we now know, it turned out they were right and I was\nwrong. But they discharged their responsibilities as my\nadvisers and as my subordinates,", "Ronald Reagan", false},
			}},
		{"reuters21578-15286 speaker across a line break",
			"Airbus said the engine will power the A330 aircraft which will be\nintroduced in spring 1993.\n" +
				"    \"This continues the long-standing history of all Airbus\nlaunches being made with either GE or CFMI engines,\" Airbus\nIndustrie president Jean Pierson said in the statement.\n" +
				"    \"Airbus Industrie has already worked with CFMI to launch one\nnew aircraft programme - the A320 - in early 1984,\" Pierson said.\n",
			[]wantQuote{
				{"This continues the long-standing history of all Airbus\nlaunches being made with either GE or CFMI engines,", "Jean Pierson", false},
				{"Airbus Industrie has already worked with CFMI to launch one\nnew aircraft programme - the A320 - in early 1984,", "Jean Pierson", false},
			}},
		{"straight quotes, a partial quote and a speaker whose surname is a place word",
			"Mayor Lena Marsh spoke to reporters outside the burned building on Tuesday evening.\n\n" +
				"\"It looks like the wiring started it,\" Marsh said, adding that crews had the blaze under control within the hour. She gave no other details.\n\n" +
				"The two tenants taken to the hospital are \"in good spirits,\" Marsh said.\n\n" +
				"\"I smelled the smoke before I saw anything,\" Rosa Lane told the Harbor Gazette. \"We got out just in time.\"",
			[]wantQuote{
				{"It looks like the wiring started it,", "Lena Marsh", false},
				{"in good spirits,", "Lena Marsh", true},
				{"I smelled the smoke before I saw anything,", "Rosa Lane", false},
				{"We got out just in time.", "Rosa Lane", false},
			}},
		{"fnc1-train-2115 single quotes over paragraphs",
			"Local man Aamir Dhawan, 30, said: ‘No one went to help the man because they knew this was punishment for a crime.’\n\n" +
				"A police spokesman said: ‘People cannot take the law into your own hands.\n\n" +
				"‘As deplorable as these crimes are, law and order has to be maintained.’",
			[]wantQuote{
				{"No one went to help the man because they knew this was punishment for a crime.", "Aamir Dhawan", false},
				{"People cannot take the law into your own hands. As deplorable as these crimes are, law and order has to be maintained.", "police spokesman", false},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, x, tt.name, tt.text, tt.want)
		})
	}
}

// BenchmarkQuotesSeeds measures quote extraction over the seed articles,
// after the per-sentence work it depends on, and reports words/s.
func BenchmarkQuotesSeeds(b *testing.B) {
	dir := seedDir(b)
	x := testExtractor(b)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var docs []*doc
	words := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		words += len(strings.Fields(text))
		d := newDoc(x, nil)
		d.art = &article.Article{ID: filepath.Base(f), Text: text}
		d.sents, d.blocks = splitSentences(text, x.abbrev)
		for i := range d.sents {
			d.mentions[i] = d.findMentions(&d.sents[i])
		}
		docs = append(docs, d)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			d.claims = d.claims[:0]
			d.quotes()
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
