package crosscheck

import (
	"errors"
	"fmt"
	"sort"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/compare"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/index"
	"github.com/newsdesk/crosscheck/internal/pool"
	"github.com/newsdesk/crosscheck/rules"
)

// Checker runs the whole pipeline: extract claims, index them, group
// stories, compare, and collect findings. Build one with NewChecker.
type Checker struct {
	rb   *rules.Rulebook
	x    *claims.Extractor
	cmp  *compare.Comparer
	keys *index.KeyRules
}

// NewChecker compiles a rulebook into a Checker.
func NewChecker(rb *rules.Rulebook) (*Checker, error) {
	x, err := claims.New(rb)
	if err != nil {
		return nil, err
	}
	cmp, err := compare.New(rb)
	if err != nil {
		return nil, err
	}
	return &Checker{rb: rb, x: x, cmp: cmp, keys: index.NewKeyRules(rb)}, nil
}

// Rulebook returns the rulebook the checker was built from.
func (c *Checker) Rulebook() *rules.Rulebook { return c.rb }

// Options control a check.
type Options struct {
	// IndexDir is an on-disk index to check against and add to; "" keeps
	// the index in memory for this run only.
	IndexDir string
	// NewOnly reports only findings that involve at least one article of
	// the batch (the archive's own disagreements are not repeated).
	NewOnly bool
	// DryRun leaves an on-disk index untouched.
	DryRun bool
	// Wait waits for another process's lock on the index.
	Wait bool
	// Waiting, when set, is called once when Wait has to wait, with the
	// error that names who holds the index.
	Waiting func(error)
	// Workers bounds the goroutines of every stage (extraction, indexing,
	// grouping, comparison); 0 means GOMAXPROCS. The report does not
	// depend on it.
	Workers int
	// Progress, when set, is called as the check advances.
	Progress func(Progress)
}

// Progress reports how far a check has come.
type Progress struct {
	// Stage is "extract", "index", "stories", "compare" or "done".
	Stage    string
	Done     int
	Total    int
	Claims   int
	Findings int
}

// Extract returns the claims of each article, extracted in parallel.
func (c *Checker) Extract(arts []*article.Article, workers int, progress func(done, claims int)) [][]claims.Claim {
	out := make([][]claims.Claim, len(arts))
	done, total := 0, 0
	pool.Each(len(arts), workers, func(i int) { out[i] = c.x.Extract(arts[i]) }, func(i int) {
		if progress != nil {
			done++
			total += len(out[i])
			progress(done, total)
		}
	})
	return out
}

// Check runs the pipeline over a batch of articles and returns the report.
func (c *Checker) Check(arts []*article.Article, opt Options) (*findings.Report, error) {
	progress := func(p Progress) {
		if opt.Progress != nil {
			opt.Progress(p)
		}
	}
	arts = uniqueArticles(arts) // so that the progress total counts each once
	docs := c.docs(arts, opt.Workers, func(done, n int) {
		progress(Progress{Stage: "extract", Done: done, Total: len(arts), Claims: n})
	})
	batch := make(map[string]index.Doc, len(docs))
	ids := make([]string, len(docs))
	nclaims := 0
	for i, d := range docs {
		batch[d.Article.ID] = d
		ids[i] = d.Article.ID
		nclaims += len(d.Claims)
	}
	progress(Progress{Stage: "index", Total: len(docs), Claims: nclaims})
	ix, err := c.openIndex(opt)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	if _, err := ix.Add(docs); err != nil {
		return nil, fmt.Errorf("indexing: %w", err)
	}
	progress(Progress{Stage: "stories", Total: len(docs), Claims: nclaims})
	stories, err := ix.Stories(ids)
	if err != nil {
		return nil, fmt.Errorf("grouping stories: %w", err)
	}
	rep, err := c.compareStories(ix, stories, batch, opt, func(done, nf int) {
		progress(Progress{Stage: "compare", Done: done, Total: len(stories), Claims: nclaims, Findings: nf})
	})
	if err != nil {
		return nil, err
	}
	progress(Progress{Stage: "done", Done: len(docs), Total: len(docs), Claims: nclaims, Findings: len(rep.Findings)})
	return rep, nil
}

// docs drops repeated article ids (the first wins), extracts the claims
// of the rest in parallel and pairs each article with its claims.
func (c *Checker) docs(arts []*article.Article, workers int, progress func(done, claims int)) []index.Doc {
	arts = uniqueArticles(arts)
	extracted := c.Extract(arts, workers, progress)
	docs := make([]index.Doc, len(arts))
	for i, a := range arts {
		docs[i] = index.Doc{Article: a, Claims: extracted[i]}
	}
	return docs
}

// openIndex opens the on-disk index, or a fresh in-memory one. A dry run
// over an on-disk index works on an in-memory copy of the archive's
// articles that the batch's stories can reach.
func (c *Checker) openIndex(opt Options) (*index.Index, error) {
	io := index.Options{Wait: opt.Wait, Keys: c.keys, Workers: opt.Workers}
	if opt.IndexDir == "" {
		// The batch is all there is: nothing needs to be read back.
		io.NoStore = true
		return index.Open("", io)
	}
	return openWaiting(opt, func(wait bool) (*index.Index, error) {
		io.Wait = wait
		if opt.DryRun {
			return index.OpenOverlay(opt.IndexDir, io)
		}
		return index.Open(opt.IndexDir, io)
	})
}

// openWaiting opens an index without waiting and, when another process
// holds it and opt.Wait is set, says so once through opt.Waiting and opens
// it again, waiting.
func openWaiting(opt Options, open func(wait bool) (*index.Index, error)) (*index.Index, error) {
	ix, err := open(false)
	if err == nil || !opt.Wait || !errors.Is(err, index.ErrInUse) {
		return ix, err
	}
	if opt.Waiting != nil {
		opt.Waiting(err)
	}
	return open(true)
}

// uniqueArticles drops later articles whose id repeats an earlier one's.
func uniqueArticles(arts []*article.Article) []*article.Article {
	seen := make(map[string]bool, len(arts))
	out := arts[:0:0]
	for _, a := range arts {
		if !seen[a.ID] {
			seen[a.ID] = true
			out = append(out, a)
		}
	}
	return out
}

// compareStories compares every story with at least two articles and
// assembles the report.
func (c *Checker) compareStories(ix *index.Index, stories []index.Story, batch map[string]index.Doc, opt Options, progress func(done, findings int)) (*findings.Report, error) {
	rep := &findings.Report{Version: 1, Findings: []findings.Finding{}}
	storyOf := map[string]string{}
	claimCount := map[string]int{}
	results := make([]compare.Result, len(stories))
	inputs := make([]*compare.Story, len(stories))
	for i, st := range stories {
		for _, id := range st.Articles {
			storyOf[id] = st.ID
		}
		if len(st.Articles) < 2 {
			continue
		}
		var archived []string
		for _, id := range st.Articles {
			if _, ok := batch[id]; !ok {
				archived = append(archived, id)
			}
		}
		docs := make(map[string]index.Doc, len(st.Articles))
		for _, id := range st.Articles {
			if d, ok := batch[id]; ok {
				docs[id] = d
			}
		}
		if len(archived) > 0 {
			loaded, err := ix.Load(archived)
			if err != nil {
				return nil, fmt.Errorf("loading archived articles: %w", err)
			}
			for _, d := range loaded {
				docs[d.Article.ID] = d
			}
		}
		// Claims go in the story's article order, whether an article is
		// new or archived: the comparison is then the same for a batch
		// and for an archive with its arrivals.
		in := &compare.Story{ID: st.ID, Articles: map[string]*article.Article{}}
		for _, id := range st.Articles {
			if d, ok := docs[id]; ok {
				in.Articles[id] = d.Article
				in.Claims = append(in.Claims, d.Claims...)
			}
		}
		inputs[i] = in
		rep.Stories = append(rep.Stories, findings.Story{ID: st.ID, Title: st.Title, Articles: st.Articles})
	}
	c.compareAll(inputs, results, opt.Workers, progress)
	for i, res := range results {
		for _, f := range res.Findings {
			if opt.NewOnly && !involvesBatch(f, batch) {
				continue
			}
			rep.Findings = append(rep.Findings, f)
		}
		if inputs[i] != nil {
			rep.Agreements = append(rep.Agreements, res.Agreements...)
		}
	}
	for id, d := range batch {
		claimCount[id] = len(d.Claims)
	}
	for _, d := range batch {
		a := d.Article
		ref := findings.ArticleRef{ID: a.ID, Path: a.Path, Title: a.Title, Source: a.Source, Story: storyOf[a.ID], Claims: claimCount[a.ID]}
		if a.HasDate() {
			ref.Published = a.Published.Format("2006-01-02")
		}
		rep.Articles = append(rep.Articles, ref)
	}
	sort.Slice(rep.Articles, func(i, j int) bool { return rep.Articles[i].ID < rep.Articles[j].ID })
	sortFindings(rep.Findings)
	c.cmp.Suppress(rep)
	return rep, nil
}

// compareAll runs the comparisons of all stories in parallel.
func (c *Checker) compareAll(inputs []*compare.Story, results []compare.Result, workers int, progress func(done, findings int)) {
	done, nf := 0, 0
	pool.Each(len(inputs), workers, func(i int) {
		if inputs[i] != nil {
			results[i] = c.cmp.Compare(inputs[i])
		}
	}, func(i int) {
		done++
		nf += len(results[i].Findings)
		progress(done, nf)
	})
}

// involvesBatch reports whether a finding cites a claim of the batch.
func involvesBatch(f findings.Finding, batch map[string]index.Doc) bool {
	for _, c := range f.Claims {
		if _, ok := batch[c.Article]; ok {
			return true
		}
	}
	return false
}

// sortFindings orders findings by story, severity (most severe first),
// subject and id, so that reports are stable.
func sortFindings(fs []findings.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Story != b.Story {
			return a.Story < b.Story
		}
		if ra, rb := findings.SeverityRank(a.Severity), findings.SeverityRank(b.Severity); ra != rb {
			return ra > rb
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.ID < b.ID
	})
}

// AddToIndex extracts the claims of arts and adds them to the on-disk index
// in opt.IndexDir, waiting for another process's lock as opt.Wait and
// opt.Waiting say; the other options are not used.
func (c *Checker) AddToIndex(arts []*article.Article, opt Options) (index.AddStats, error) {
	docs := c.docs(arts, opt.Workers, nil)
	ix, err := openWaiting(opt, func(wait bool) (*index.Index, error) {
		return index.Open(opt.IndexDir, index.Options{Wait: wait, Keys: c.keys, Workers: opt.Workers})
	})
	if err != nil {
		return index.AddStats{}, err
	}
	st, err := ix.Add(docs)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	return st, err
}

// IsInUse reports whether err says another process holds the index.
func IsInUse(err error) bool { return errors.Is(err, index.ErrInUse) }
