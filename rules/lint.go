package rules

// Lint checks each file as a layer on top of the default rulebook (named
// defaultName in messages) and returns every problem of every file,
// sorted. With no files it checks the default alone.
func Lint(defaultYAML []byte, defaultName string, files ...string) ErrorList {
	if defaultName == "" {
		defaultName = "rules.yaml (built-in)"
	}
	base, errs := decodeLayer(defaultName, defaultYAML)
	if len(files) == 0 {
		rb, src, e := merge([]*layer{base})
		errs = append(errs, e...)
		errs = append(errs, lintMerged(rb, src.where)...)
	}
	for _, f := range files {
		ls, e := readLayers([]string{f})
		errs = append(errs, e...)
		rb, src, e := merge(append([]*layer{base}, ls...))
		errs = append(errs, e...)
		errs = append(errs, onlyIn(f, lintMerged(rb, src.where))...)
	}
	errs.Sort()
	return errs
}

// onlyIn keeps the problems of file f: the base's own are reported once,
// when it is linted alone.
func onlyIn(f string, errs ErrorList) ErrorList {
	var out ErrorList
	for _, e := range errs {
		if e.File == f {
			out = append(out, e)
		}
	}
	return out
}
