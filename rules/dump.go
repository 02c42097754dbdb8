package rules

import (
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Dump writes the merged rulebook rb as YAML that Load reads back, with a
// "# from FILE:LINE" comment beside each entry saying which layer it came
// from. src may be nil, for a rulebook without sources. Empty values are
// left out.
func Dump(w io.Writer, rb *Rulebook, src *Sources) error {
	d := dumper{src: src}
	root := d.node(reflect.ValueOf(*rb), "", false)
	if root == nil {
		root = &yaml.Node{Kind: yaml.MappingNode}
	}
	if src != nil && len(src.files) > 0 {
		if _, err := fmt.Fprintf(w, "# crosscheck rulebook merged from, bottom first:\n#   %s\n", strings.Join(src.files, "\n#   ")); err != nil {
			return err
		}
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return err
	}
	return enc.Close()
}

type dumper struct{ src *Sources }

// from is the comment naming where o came from.
func from(o origin, ok bool) string {
	if !ok {
		return ""
	}
	p := o.at("")
	return fmt.Sprintf("from %s:%d", p.File, p.Line)
}

func scalar(tag, value string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
}

// node encodes v, or returns nil for an empty value. section is the
// section v is (a list) or belongs to, for comments; flow asks for string
// lists on one line.
func (d dumper) node(v reflect.Value, section string, flow bool) *yaml.Node {
	switch v.Kind() {
	case reflect.Struct:
		m := &yaml.Node{Kind: yaml.MappingNode}
		t := v.Type()
		for i := range t.NumField() {
			key := yamlKey(t.Field(i))
			if key == "" {
				continue
			}
			sec, flow := section, true
			if t == reflect.TypeFor[Rulebook]() || t == reflect.TypeFor[Lexicons]() {
				sec, flow = key, false
			}
			c := d.node(v.Field(i), sec, flow)
			if c == nil {
				continue
			}
			m.Content = append(m.Content, scalar("!!str", key), c)
		}
		if len(m.Content) == 0 {
			return nil
		}
		return m
	case reflect.Map:
		if v.Len() == 0 {
			return nil
		}
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, k := range keys {
			c := d.node(v.MapIndex(reflect.ValueOf(k)), section, true)
			if c == nil {
				c = &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
			}
			kn := scalar("!!str", k)
			if d.src != nil && section == "compare" {
				o, ok := d.src.compare[k]
				kn.LineComment = from(o, ok)
			}
			m.Content = append(m.Content, kn, c)
		}
		return m
	case reflect.Slice:
		if v.Len() == 0 {
			return nil
		}
		s := &yaml.Node{Kind: yaml.SequenceNode}
		if flow && v.Type().Elem().Kind() == reflect.String {
			s.Style = yaml.FlowStyle
		}
		for i := range v.Len() {
			e := v.Index(i)
			c := d.node(e, section, true)
			if c == nil {
				c = scalar("!!str", "")
			}
			if d.src != nil && !flow {
				d.comment(c, section, i, e)
			}
			s.Content = append(s.Content, c)
		}
		return s
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		if v.Elem().Kind() == reflect.Float64 {
			return number(v.Elem().Float())
		}
		return d.node(v.Elem(), section, flow)
	case reflect.String:
		if v.String() == "" {
			return nil
		}
		return scalar("!!str", v.String())
	case reflect.Bool:
		if !v.Bool() {
			return nil
		}
		return scalar("!!bool", "true")
	case reflect.Int:
		if v.Int() == 0 {
			return nil
		}
		return scalar("!!int", strconv.FormatInt(v.Int(), 10))
	case reflect.Float64:
		if v.Float() == 0 {
			return nil
		}
		return number(v.Float())
	}
	return nil
}

// number encodes a float, as an integer when it is one.
func number(f float64) *yaml.Node {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return scalar("!!int", strconv.FormatFloat(f, 'f', -1, 64))
	}
	return scalar("!!float", strconv.FormatFloat(f, 'g', -1, 64))
}

// comment puts "from FILE:LINE" beside the i-th item c of section.
func (d dumper) comment(c *yaml.Node, section string, i int, e reflect.Value) {
	var text string
	switch {
	case section == "suppress":
		if i < len(d.src.suppress) {
			text = from(d.src.suppress[i], true)
		}
	case e.Kind() == reflect.String:
		o, ok := d.src.strs[entryKey{section, e.String()}]
		text = from(o, ok)
	case e.Kind() == reflect.Struct:
		if id := e.FieldByName("ID"); id.IsValid() {
			o, ok := d.src.entries[entryKey{section, id.String()}]
			text = from(o, ok)
		}
	}
	if text == "" {
		return
	}
	if c.Kind == yaml.MappingNode && len(c.Content) > 0 {
		c.Content[0].LineComment = text
	} else {
		c.LineComment = text
	}
}
