package rules

import (
	"reflect"
)

// section is one list of the rulebook that layers merge: a list of
// entries with ids (taxonomy, quantities...) or a plain list of strings
// (hedges, speech...). Sections are found by reflection, so a list added
// to Rulebook or Lexicons merges without further code.
type section struct {
	name  string // the YAML key: "taxonomy", "quantities"
	path  string // the path from the top: "taxonomy", "lexicons.quantities"
	index []int  // the field index from Rulebook
}

// value is the section's slice in rb.
func (s section) value(rb *Rulebook) reflect.Value {
	return reflect.ValueOf(rb).Elem().FieldByIndex(s.index)
}

// ids lists the ids of an id section's entries, in order.
func (s section) ids(rb *Rulebook) []string {
	v := s.value(rb)
	out := make([]string, v.Len())
	for i := range out {
		out[i] = v.Index(i).FieldByName("ID").String()
	}
	return out
}

// idSections are the sections whose entries have ids; stringSections are
// plain string lists.
var idSections, stringSections = findSections()

func findSections() (ids, strs []section) {
	var walk func(t reflect.Type, index []int, prefix string)
	walk = func(t reflect.Type, index []int, prefix string) {
		for i := range t.NumField() {
			f := t.Field(i)
			key := yamlKey(f)
			if key == "" || key == "disable" {
				continue
			}
			idx := append(append([]int(nil), index...), i)
			s := section{name: key, path: prefix + key, index: idx}
			switch {
			case f.Type.Kind() == reflect.Struct:
				walk(f.Type, idx, prefix+key+".")
			case f.Type.Kind() != reflect.Slice:
			case f.Type.Elem().Kind() == reflect.String:
				strs = append(strs, s)
			case f.Type.Elem().Kind() == reflect.Struct:
				if _, ok := f.Type.Elem().FieldByName("ID"); ok {
					ids = append(ids, s)
				}
			}
		}
	}
	walk(reflect.TypeFor[Rulebook](), nil, "")
	return ids, strs
}

// sectionPath is the path of the section named name ("quantities" →
// "lexicons.quantities"); other names are their own path.
func sectionPath(name string) string {
	for _, s := range idSections {
		if s.name == name {
			return s.path
		}
	}
	for _, s := range stringSections {
		if s.name == name {
			return s.path
		}
	}
	return name
}

// Sections lists the names of the sections whose entries have ids, which
// layers override and disable by id.
func Sections() []string {
	out := make([]string, len(idSections))
	for i, s := range idSections {
		out[i] = s.name
	}
	return out
}
