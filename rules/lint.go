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
		_, _, e := merge([]*layer{base})
		errs = append(errs, e...)
	}
	for _, f := range files {
		ls, e := readLayers([]string{f})
		errs = append(errs, e...)
		_, _, e = merge(append([]*layer{base}, ls...))
		errs = append(errs, e...)
	}
	errs.Sort()
	return errs
}
