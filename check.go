package crosscheck

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

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

// The stages of a check, in order, as Progress names them.
const (
	StageExtract = "extract"
	StageIndex   = "index"
	StageStories = "stories"
	StageCompare = "compare"
	StageDone    = "done"
)

// Progress reports how far a check has come.
type Progress struct {
	// Stage is StageExtract, StageIndex, StageStories, StageCompare or
	// StageDone.
	Stage    string
	Done     int
	Total    int
	Claims   int
	Findings int
}

// Extract returns the claims of each article, extracted in parallel; when
// ctx is cancelled it stops and returns ctx's error. A panic in the
// extraction of an article reaches the caller as a *Panic that names it.
func (c *Checker) Extract(ctx context.Context, arts []*article.Article, workers int, progress func(done, claims int)) ([][]claims.Claim, error) {
	out := make([][]claims.Claim, len(arts))
	done, total := 0, 0
	err := pool.Each(ctx, len(arts), workers, func(i int) string { return articleName(arts[i]) }, func(i int) { out[i] = c.x.Extract(arts[i]) }, func(i int) {
		if progress != nil {
			done++
			total += len(out[i])
			progress(done, total)
		}
	})
	return out, err
}

// Panic is what a check panics with when a stage panicked on one article
// or story: it names the article or story, and carries the value and the
// stack of the panic. The command recovers it and reports it.
type Panic = pool.Panic

// articleName names an article in the report of a panic.
func articleName(a *article.Article) string {
	if a.Path == "" || a.Path == a.ID {
		return "article " + a.ID
	}
	return fmt.Sprintf("article %s (%s)", a.ID, a.Path)
}

// Check runs the pipeline over a batch of articles and returns the report;
// it is CheckContext without a context.
func (c *Checker) Check(arts []*article.Article, opt Options) (*findings.Report, error) {
	return c.CheckContext(context.Background(), arts, opt)
}

// CheckContext runs the pipeline over a batch of articles and returns the
// report. When ctx is cancelled the check stops between pieces of work and
// returns ctx's error; an on-disk index is left whole, holding the
// articles it had and those of the batch written before the cancel. A
// panic inside a stage reaches the caller as a *Panic naming the article
// or story it was working on.
func (c *Checker) CheckContext(ctx context.Context, arts []*article.Article, opt Options) (rep *findings.Report, err error) {
	progress := func(p Progress) {
		if opt.Progress != nil {
			opt.Progress(p)
		}
	}
	arts = uniqueArticles(arts) // so that the progress total counts each once
	docs, err := c.docs(ctx, arts, opt.Workers, func(done, n int) {
		progress(Progress{Stage: StageExtract, Done: done, Total: len(arts), Claims: n})
	})
	if err != nil {
		return nil, err
	}
	batch := make(map[string]index.Doc, len(docs))
	ids := make([]string, len(docs))
	nclaims := 0
	for i, d := range docs {
		batch[d.Article.ID] = d
		ids[i] = d.Article.ID
		nclaims += len(d.Claims)
	}
	progress(Progress{Stage: StageIndex, Total: len(docs), Claims: nclaims})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ix, err := c.openIndex(opt)
	if err != nil {
		return nil, err
	}
	defer func() {
		// An index on disk has just been written: its Close must succeed
		// for the report to stand.
		if cerr := ix.Close(); cerr != nil && err == nil {
			rep, err = nil, fmt.Errorf("closing the index: %w", cerr)
		}
	}()
	if _, err := ix.Add(ctx, docs); err != nil {
		return nil, stageError("indexing", err)
	}
	progress(Progress{Stage: StageStories, Total: len(docs), Claims: nclaims})
	stories, err := ix.Stories(ctx, ids)
	if err != nil {
		return nil, stageError("grouping stories", err)
	}
	rep, err = c.compareStories(ctx, ix, stories, batch, opt, func(done, nf int) {
		progress(Progress{Stage: StageCompare, Done: done, Total: len(stories), Claims: nclaims, Findings: nf})
	})
	if err != nil {
		return nil, err
	}
	progress(Progress{Stage: StageDone, Done: len(docs), Total: len(docs), Claims: nclaims, Findings: len(rep.Findings)})
	return rep, nil
}

// stageError says in which stage err happened, unless it is a context's
// error, which the caller tests for as it is.
func stageError(stage string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("%s: %w", stage, err)
}

// docs extracts the claims of articles of distinct ids in parallel and
// pairs each article with its claims.
func (c *Checker) docs(ctx context.Context, arts []*article.Article, workers int, progress func(done, claims int)) ([]index.Doc, error) {
	extracted, err := c.Extract(ctx, arts, workers, progress)
	if err != nil {
		return nil, err
	}
	docs := make([]index.Doc, len(arts))
	for i, a := range arts {
		docs[i] = index.Doc{Article: a, Claims: extracted[i]}
	}
	return docs, nil
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
func (c *Checker) compareStories(ctx context.Context, ix *index.Index, stories []index.Story, batch map[string]index.Doc, opt Options, progress func(done, findings int)) (*findings.Report, error) {
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
	if err := c.compareAll(ctx, inputs, results, opt.Workers, progress); err != nil {
		return nil, err
	}
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
func (c *Checker) compareAll(ctx context.Context, inputs []*compare.Story, results []compare.Result, workers int, progress func(done, findings int)) error {
	done, nf := 0, 0
	return pool.Each(ctx, len(inputs), workers, func(i int) string { return storyName(inputs[i]) }, func(i int) {
		if inputs[i] != nil {
			results[i] = c.cmp.Compare(inputs[i])
		}
	}, func(i int) {
		done++
		nf += len(results[i].Findings)
		progress(done, nf)
	})
}

// storyName names a story in the report of a panic.
func storyName(st *compare.Story) string {
	ids := make([]string, 0, len(st.Articles))
	for id := range st.Articles {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return fmt.Sprintf("story %s (articles %s)", st.ID, strings.Join(ids, ", "))
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
// in opt.IndexDir; it is AddToIndexContext without a context.
func (c *Checker) AddToIndex(arts []*article.Article, opt Options) (index.AddStats, error) {
	return c.AddToIndexContext(context.Background(), arts, opt)
}

// AddToIndexContext extracts the claims of arts and adds them to the
// on-disk index in opt.IndexDir, waiting for another process's lock as
// opt.Wait and opt.Waiting say; the other options are not used. When ctx
// is cancelled it stops between batches, as CheckContext does.
func (c *Checker) AddToIndexContext(ctx context.Context, arts []*article.Article, opt Options) (index.AddStats, error) {
	docs, err := c.docs(ctx, uniqueArticles(arts), opt.Workers, nil)
	if err != nil {
		return index.AddStats{}, err
	}
	ix, err := openWaiting(opt, func(wait bool) (*index.Index, error) {
		return index.Open(opt.IndexDir, index.Options{Wait: wait, Keys: c.keys, Workers: opt.Workers})
	})
	if err != nil {
		return index.AddStats{}, err
	}
	st, err := ix.Add(ctx, docs)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	return st, err
}

// IsInUse reports whether err says another process holds the index.
func IsInUse(err error) bool { return errors.Is(err, index.ErrInUse) }
