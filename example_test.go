package crosscheck_test

import (
	"context"
	"fmt"
	"time"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// Two reports of one flood give the toll differently; the check reports
// the disagreement, citing both sides.
func ExampleChecker_CheckContext() {
	rb, _, err := rules.Load(rules.LoadOptions{Default: crosscheck.DefaultRules, DefaultName: crosscheck.DefaultRulesName})
	if err != nil {
		panic(err)
	}
	ck, err := crosscheck.NewChecker(rb)
	if err != nil {
		panic(err)
	}
	day := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	arts := []*article.Article{
		{ID: "north-star", Source: "North Star", Published: day, Title: "Flood sweeps through Millbrook",
			Text: "Twelve people were killed when a flash flood swept through the town of Millbrook on Sunday, the county sheriff said."},
		{ID: "valley-news", Source: "Valley News", Published: day, Title: "Millbrook flood kills 9",
			Text: "Nine people were killed when a flash flood swept through Millbrook on Sunday, the county sheriff said."},
	}
	rep, err := ck.CheckContext(context.Background(), arts, crosscheck.Options{})
	if err != nil {
		panic(err)
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Severity, f.Rule)
		fmt.Println(f.Message)
	}
	// Output:
	// error casualty-count-mismatch
	// Sources disagree on how many were killed: 9 (valley-news, 2024-03-04: "Nine people were killed") vs 12 (north-star, 2024-03-04: "Twelve people were killed").
}
