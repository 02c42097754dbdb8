package rules

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// layer is one decoded rulebook file with the position of every value in
// it, keyed by path ("taxonomy[2].is[0]", "compare.casualties.tolerance").
type layer struct {
	file   string
	rb     Rulebook
	pos    map[string]Pos
	failed map[string]bool // paths whose value could not be decoded
	broken bool            // the file could not be parsed at all
}

// at returns the position recorded for path, or for the nearest enclosing
// value that has one, or the top of the file.
func (l *layer) at(path string) Pos {
	for path != "" {
		if p, ok := l.pos[path]; ok {
			return p
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return Pos{File: l.file, Line: 1, Col: 1}
}

// has reports whether the file set a value at path.
func (l *layer) has(path string) bool {
	_, ok := l.pos[path]
	return ok
}

// decodeLayer parses and decodes one rulebook file and checks each of its
// entries on its own. References between entries are checked once the
// layers are merged.
func decodeLayer(file string, data []byte) (*layer, ErrorList) {
	l := &layer{file: file, pos: map[string]Pos{}, failed: map[string]bool{}}
	doc, errs := parseYAML(file, data)
	l.broken = len(errs) > 0
	if errs != nil || doc == nil || len(doc.Content) == 0 {
		return l, errs
	}
	d := &decoder{file: file, pos: l.pos, failed: l.failed}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode && !isNull(root) {
		d.errs.Add(d.at(root), "a rulebook file must be a mapping of keys such as version, lexicons and taxonomy; found %s", describe(root))
		return l, d.errs
	}
	d.decode(root, reflect.ValueOf(&l.rb).Elem(), "", "rulebook")
	errs = d.errs
	errs = append(errs, checkLayer(l)...)
	return l, errs
}

// decoder decodes yaml.Nodes into the rulebook types by reflection,
// recording positions and collecting every problem instead of stopping.
type decoder struct {
	file   string
	pos    map[string]Pos
	failed map[string]bool
	errs   ErrorList
}

func (d *decoder) at(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names what a node holds, for messages.
func describe(n *yaml.Node) string {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return "nothing"
		case "!!int", "!!float":
			return "the number " + n.Value
		case "!!bool":
			return "the boolean " + n.Value
		}
		return strconv.Quote(n.Value)
	}
	return "a YAML document"
}

// expected names what a Go type wants, for messages.
func expected(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Pointer:
		return expected(t.Elem())
	}
	return "a mapping"
}

// typeNames are the names the schema uses for its types in messages.
var typeNames = map[reflect.Type]string{
	reflect.TypeFor[Rulebook]():        "rulebook",
	reflect.TypeFor[Lexicons]():        "lexicons",
	reflect.TypeFor[Quantity]():        "quantity",
	reflect.TypeFor[Modifier]():        "modifier",
	reflect.TypeFor[CasualtyTerm]():    "casualty term",
	reflect.TypeFor[TitleModifier]():   "title modifier",
	reflect.TypeFor[Share]():           "share",
	reflect.TypeFor[Category]():        "category",
	reflect.TypeFor[Title]():           "title",
	reflect.TypeFor[Entity]():          "entity",
	reflect.TypeFor[EventClass]():      "event class",
	reflect.TypeFor[Cue]():             "cue",
	reflect.TypeFor[Pattern]():         "pattern",
	reflect.TypeFor[CompareSettings](): "compare settings",
	reflect.TypeFor[FindingRule]():     "finding rule",
	reflect.TypeFor[Suppression]():     "suppression",
}

func typeName(t reflect.Type) string {
	if s, ok := typeNames[t]; ok {
		return s
	}
	return strings.ToLower(t.Name())
}

// yamlKey is the key a struct field is written under, or "" for none.
func yamlKey(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag := f.Tag.Get("yaml")
	name, _, _ := strings.Cut(tag, ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		return strings.ToLower(f.Name)
	}
	return name
}

// fieldsOf maps each key of a struct type to its field index.
func fieldsOf(t reflect.Type) (map[string]int, []string) {
	idx := map[string]int{}
	var keys []string
	for i := range t.NumField() {
		if k := yamlKey(t.Field(i)); k != "" {
			idx[k] = i
			keys = append(keys, k)
		}
	}
	return idx, keys
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// decode stores n into v. label names the value in messages.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path, label string) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if path != "" {
		d.pos[path] = d.at(n)
	}
	if isNull(n) {
		return
	}
	t := v.Type()
	bad := func() {
		d.failed[path] = true
		hint := ""
		if t.Kind() == reflect.String && n.Kind == yaml.MappingNode && n.Style&yaml.FlowStyle != 0 {
			hint = " (quote the value: YAML reads a plain value starting with { as a mapping)"
		}
		d.errs.Add(d.at(n), "%s: expected %s, found %s%s", label, expected(t), describe(n), hint)
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			bad()
			return
		}
		d.decodeStruct(n, v, path, map[string]*yaml.Node{})
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			bad()
			return
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
		seen := map[string]*yaml.Node{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if !d.key(k, seen) {
				continue
			}
			e := reflect.New(t.Elem()).Elem()
			if old := v.MapIndex(reflect.ValueOf(k.Value)); old.IsValid() {
				e.Set(old)
			}
			d.decode(val, e, join(path, k.Value), k.Value)
			v.SetMapIndex(reflect.ValueOf(k.Value), e)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			bad()
			return
		}
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.decode(c, s.Index(i), fmt.Sprintf("%s[%d]", path, i), fmt.Sprintf("%s[%d]", label, i))
		}
		v.Set(s)
	case reflect.Pointer:
		e := reflect.New(t.Elem())
		d.decode(n, e.Elem(), path, label)
		v.Set(e)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			bad()
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		var b bool
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
			bad()
			return
		}
		v.SetBool(b)
	case reflect.Int:
		var i int
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || n.Decode(&i) != nil {
			bad()
			return
		}
		v.SetInt(int64(i))
	case reflect.Float64:
		var f float64
		tag := n.ShortTag()
		if n.Kind != yaml.ScalarNode || (tag != "!!int" && tag != "!!float") || n.Decode(&f) != nil {
			bad()
			return
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			d.errs.Add(d.at(n), "%s: expected a finite number, found %s", label, n.Value)
			return
		}
		v.SetFloat(f)
	default:
		panic("rules: cannot decode into " + t.String())
	}
}

// key checks a mapping key: a plain string, set once.
func (d *decoder) key(k *yaml.Node, seen map[string]*yaml.Node) bool {
	if k.Kind != yaml.ScalarNode || isNull(k) {
		d.errs.Add(d.at(k), "a key must be a string, found %s", describe(k))
		return false
	}
	if prev, ok := seen[k.Value]; ok {
		d.errs.Add(d.at(k), "key %q is already set at line %d", k.Value, prev.Line)
		return false
	}
	seen[k.Value] = k
	return true
}

// decodeStruct decodes a mapping into a struct, rejecting unknown keys.
// YAML merge keys (<<) are honoured, their keys overridden by explicit ones.
func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string, seen map[string]*yaml.Node) {
	t := v.Type()
	idx, keys := fieldsOf(t)
	isMerge := func(k *yaml.Node) bool {
		return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge"
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if isMerge(n.Content[i]) {
			d.merge(n.Content[i+1], v, path)
		}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if isMerge(k) {
			continue
		}
		if !d.key(k, seen) {
			continue
		}
		fi, ok := idx[k.Value]
		if !ok {
			sorted := append([]string(nil), keys...)
			sort.Strings(sorted)
			d.errs.Add(d.at(k), "unknown key %q in %s (known keys: %s)", k.Value, typeName(t), strings.Join(sorted, ", "))
			continue
		}
		d.decode(val, v.Field(fi), join(path, k.Value), k.Value)
	}
}

// merge decodes the mapping(s) of a merge key into v; the keys set
// explicitly beside the merge key are decoded afterwards and win.
func (d *decoder) merge(val *yaml.Node, v reflect.Value, path string) {
	for val.Kind == yaml.AliasNode && val.Alias != nil {
		val = val.Alias
	}
	switch val.Kind {
	case yaml.MappingNode:
		d.decodeStruct(val, v, path, map[string]*yaml.Node{})
	case yaml.SequenceNode:
		for _, m := range val.Content {
			d.merge(m, v, path)
		}
	default:
		d.errs.Add(d.at(val), "a merge key (<<) needs a mapping or a list of mappings, found %s", describe(val))
	}
}
