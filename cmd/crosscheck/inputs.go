package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/article"
)

// input is what was read from the command line's paths: the articles, the
// errors that make the run exit 2 and what was skipped without failing it.
// Both lists are printed after the report, so that a large run's notes do
// not bury
// its findings.
type input struct {
	arts    []*article.Article
	errs    []string
	skipped []string
}

// readArticles reads the articles under paths. Every problem becomes one
// message; a directory that holds no article file is an error, and the files
// directories hold that are not articles are counted in one message.
func (a *app) readArticles(cfg *config, paths []string) *input {
	arts, errs := article.Read(paths, article.Options{MaxArticleBytes: int64(cfg.MaxArticleMB) << 20, Stdin: a.stdin})
	in := &input{arts: arts}
	for _, e := range errs {
		in.errs = append(in.errs, e.Error())
	}
	skipped := map[string]int{}
	for _, p := range paths {
		if st, err := os.Stat(p); err != nil || !st.IsDir() {
			continue
		}
		if n := surveyDir(p, skipped); n == 0 {
			in.errs = append(in.errs, fmt.Sprintf("no articles found in %s", p))
		}
	}
	if n := len(skipped); n > 0 {
		in.skipped = append(in.skipped, skippedFiles(skipped))
	}
	return in
}

// surveyDir walks root as article.Read does (hidden files and folders are
// passed over in silence), counts the files that are not articles by
// extension into skipped, and returns how many article files it holds.
func surveyDir(root string, skipped map[string]int) int {
	n := 0
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil // reported by article.Read
		case strings.HasPrefix(d.Name(), ".") && p != root:
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case d.IsDir():
			return nil
		case article.IsArticleFile(d.Name()):
			n++
		case d.Type().IsRegular():
			ext := strings.ToLower(filepath.Ext(d.Name()))
			if ext == "" {
				ext = "(no extension)"
			}
			skipped[ext]++
		}
		return nil
	})
	return n
}

// skippedFiles says "skipped 3 files that are not articles: .doc, .pdf".
func skippedFiles(skipped map[string]int) string {
	exts := make([]string, 0, len(skipped))
	total := 0
	for ext, n := range skipped {
		exts = append(exts, ext)
		total += n
	}
	sort.Strings(exts)
	if len(exts) > 8 {
		exts = append(exts[:8], "…")
	}
	what := fmt.Sprintf("%d files that are not articles", total)
	if total == 1 {
		what = "1 file that is not an article"
	}
	return fmt.Sprintf("skipped %s: %s", what, strings.Join(exts, ", "))
}

// printInput writes the input's errors and what was skipped to standard error, one
// a line.
func (a *app) printInput(in *input) {
	for _, m := range append(append([]string(nil), in.errs...), in.skipped...) {
		fmt.Fprintln(a.stderr, "crosscheck:", m)
	}
}

// failed is the exit error for bad input, or nil.
func (in *input) failed() error {
	if len(in.errs) > 0 {
		return &exitError{code: exitInput}
	}
	return nil
}
