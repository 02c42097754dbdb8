package rules

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
)

// ProjectRules is where a project keeps its rulebook layer, relative to
// the project's root; Load looks for it from the working directory upward.
const ProjectRules = ".crosscheck/rules.yaml"

// LoadOptions say which layers make up a rulebook.
type LoadOptions struct {
	// Default is the built-in rules.yaml, the bottom layer.
	Default []byte
	// DefaultName names the default in messages: "rules.yaml (built-in)".
	DefaultName string
	// Dir is the working directory to search upward from for the
	// project's .crosscheck/rules.yaml; empty means no search.
	Dir string
	// ProjectFile, when set, is the project layer instead of the one found
	// from Dir (from .crosscheck.yaml); a relative path is taken from Dir.
	ProjectFile string
	// Files are the --rules files, layered in order on top.
	Files []string
}

// origin is where one entry of a merged rulebook came from: a layer and
// the entry's path in it.
type origin struct {
	l    *layer
	path string
}

func (o origin) at(field string) Pos { return o.l.at(o.path + field) }

type entryKey struct{ section, id string }

// Sources records where each part of a merged rulebook came from.
type Sources struct {
	files    []string
	version  *origin
	entries  map[entryKey]origin
	strs     map[entryKey]origin // section and the string itself
	compare  map[string]origin
	suppress []origin
	disabled map[string]Pos // id → where it was disabled
}

func newSources() *Sources {
	return &Sources{entries: map[entryKey]origin{}, strs: map[entryKey]origin{}, compare: map[string]origin{}, disabled: map[string]Pos{}}
}

// Files lists the files of the layers, bottom first.
func (s *Sources) Files() []string {
	if s == nil {
		return nil
	}
	return s.files
}

// Entry says where the entry with id in section (a name from Sections, such
// as "taxonomy" or "quantities") was last defined.
func (s *Sources) Entry(section, id string) (Pos, bool) {
	if s == nil {
		return Pos{}, false
	}
	o, ok := s.entries[entryKey{section, id}]
	if !ok {
		return Pos{}, false
	}
	return o.at(""), true
}

// Suppression says where the i-th suppression of the merged rulebook was
// written.
func (s *Sources) Suppression(i int) (Pos, bool) {
	if s == nil || i < 0 || i >= len(s.suppress) {
		return Pos{}, false
	}
	return s.suppress[i].at(""), true
}

// where locates parts of the merged rulebook through their origins.
func (s *Sources) where(section string, idx int, id, field string) Pos {
	var o origin
	var ok bool
	switch section {
	case "":
		if s.version == nil {
			return Pos{}
		}
		return s.version.at("")
	case "compare":
		o, ok = s.compare[id]
	case "suppress":
		if ok = idx < len(s.suppress); ok {
			o = s.suppress[idx]
		}
	default:
		o, ok = s.entries[entryKey{section, id}]
	}
	if !ok {
		return Pos{}
	}
	return o.at(field)
}

// Load reads, merges and validates the layers opts names: the default,
// then the project's layer, then each file. It returns every problem of
// every layer as an ErrorList.
func Load(opts LoadOptions) (*Rulebook, *Sources, error) {
	var layers []*layer
	var errs ErrorList
	if opts.Default != nil {
		name := opts.DefaultName
		if name == "" {
			name = "rules.yaml (built-in)"
		}
		l, e := decodeLayer(name, opts.Default)
		layers, errs = append(layers, l), append(errs, e...)
	}
	project := opts.ProjectFile
	if project != "" && !filepath.IsAbs(project) && opts.Dir != "" {
		project = filepath.Join(opts.Dir, project)
	}
	if project == "" && opts.Dir != "" {
		project = FindProjectFile(opts.Dir)
	}
	files := opts.Files
	if project != "" {
		files = append([]string{project}, files...)
	}
	ls, e := readLayers(files)
	layers, errs = append(layers, ls...), append(errs, e...)
	rb, src, e := merge(layers)
	errs = append(errs, e...)
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	return rb, src, nil
}

// LoadFiles reads, merges and validates rulebook files alone, the first
// being the bottom layer.
func LoadFiles(paths ...string) (*Rulebook, *Sources, error) {
	layers, errs := readLayers(paths)
	rb, src, e := merge(layers)
	errs = append(errs, e...)
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	return rb, src, nil
}

// FindProjectFile returns the nearest .crosscheck/rules.yaml in dir or
// one of its parents, or "" if there is none.
func FindProjectFile(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, filepath.FromSlash(ProjectRules))
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// readLayers reads and decodes files, refusing oversized files before
// reading them whole.
func readLayers(paths []string) ([]*layer, ErrorList) {
	var layers []*layer
	var errs ErrorList
	for _, p := range paths {
		data, err := readFile(p)
		if err != nil {
			errs.Add(Pos{File: p}, "%s", err)
			continue
		}
		l, e := decodeLayer(p, data)
		layers, errs = append(layers, l), append(errs, e...)
	}
	return layers, errs
}

func readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, errors.New("cannot read rulebook: file does not exist")
		}
		return nil, fmt.Errorf("cannot read rulebook: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read rulebook: %w", err)
	}
	if fi.IsDir() {
		return nil, errors.New("cannot read rulebook: is a directory")
	}
	if fi.Size() > MaxFileSize {
		return nil, errors.New(sizeMsg(fi.Size()))
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read rulebook: %w", err)
	}
	return data, nil
}

// merge layers the decoded files in order and checks the references of
// the result.
func merge(layers []*layer) (*Rulebook, *Sources, ErrorList) {
	rb := &Rulebook{}
	src := newSources()
	var errs ErrorList
	for _, l := range layers {
		src.files = append(src.files, l.file)
		for i, id := range l.rb.Disable {
			p := l.at(fmt.Sprintf("disable[%d]", i))
			if id != "" && !disable(rb, src, id) {
				errs.Add(p, "disable: %q names no entry of an earlier layer", id)
			}
			src.disabled[id] = p
		}
		if l.has("version") {
			rb.Version = l.rb.Version
			src.version = &origin{l, "version"}
		}
		for _, s := range idSections {
			mergeSection(rb, src, l, s)
		}
		for _, s := range stringSections {
			dst, add := s.value(rb), s.value(&l.rb)
			for i := range add.Len() {
				str := add.Index(i).String()
				k := entryKey{s.name, str}
				if _, ok := src.strs[k]; ok {
					continue
				}
				dst.Set(reflect.Append(dst, add.Index(i)))
				src.strs[k] = origin{l, fmt.Sprintf("%s[%d]", s.path, i)}
			}
		}
		mergeCompare(rb, src, l)
		for i, s := range l.rb.Suppress {
			rb.Suppress = append(rb.Suppress, s)
			src.suppress = append(src.suppress, origin{l, fmt.Sprintf("suppress[%d]", i)})
		}
	}
	if len(layers) > 0 && rb.Version != 1 && src.version == nil && !layers[0].broken {
		errs.Add(Pos{File: layers[0].file, Line: 1, Col: 1}, "version is missing; the bottom layer must say version: 1")
	}
	errs = append(errs, checkRefs(rb, src.where, src.disabled)...)
	return rb, src, errs
}

// mergeSection adds the entries of one section of l to rb, replacing
// entries with the same id in place.
func mergeSection(rb *Rulebook, src *Sources, l *layer, s section) {
	dst, add := s.value(rb), s.value(&l.rb)
	at := map[string]int{}
	for i, id := range s.ids(rb) {
		at[id] = i
	}
	for i := range add.Len() {
		e := add.Index(i)
		id := e.FieldByName("ID").String()
		if id == "" {
			continue
		}
		if j, ok := at[id]; ok {
			dst.Index(j).Set(e)
		} else {
			at[id] = dst.Len()
			dst.Set(reflect.Append(dst, e))
		}
		src.entries[entryKey{s.name, id}] = origin{l, fmt.Sprintf("%s[%d]", s.path, i)}
	}
}

// mergeCompare merges l's comparison settings per kind: each field the
// layer sets overrides the one below.
func mergeCompare(rb *Rulebook, src *Sources, l *layer) {
	if len(l.rb.Compare) == 0 {
		return
	}
	if rb.Compare == nil {
		rb.Compare = map[string]CompareSettings{}
	}
	t := reflect.TypeFor[CompareSettings]()
	for kind, cs := range l.rb.Compare {
		cur := rb.Compare[kind]
		cv, nv := reflect.ValueOf(&cur).Elem(), reflect.ValueOf(cs)
		for i := range t.NumField() {
			if l.has("compare." + kind + "." + yamlKey(t.Field(i))) {
				cv.Field(i).Set(nv.Field(i))
			}
		}
		rb.Compare[kind] = cur
		src.compare[kind] = origin{l, "compare." + kind}
	}
}

// disable removes every entry with id from rb, in any section, and says
// whether there was one.
func disable(rb *Rulebook, src *Sources, id string) bool {
	found := false
	for _, s := range idSections {
		v := s.value(rb)
		kept := reflect.MakeSlice(v.Type(), 0, v.Len())
		for i := range v.Len() {
			if v.Index(i).FieldByName("ID").String() == id {
				found = true
				delete(src.entries, entryKey{s.name, id})
				continue
			}
			kept = reflect.Append(kept, v.Index(i))
		}
		if kept.Len() != v.Len() {
			v.Set(kept)
		}
	}
	return found
}
