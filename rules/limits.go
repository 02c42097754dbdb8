package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Limits that protect the loader from hostile or broken rulebook files.
const (
	// MaxFileSize is the largest rulebook file accepted, in bytes (4 MiB).
	MaxFileSize = 4 << 20
	// MaxDepth is the deepest nesting of mappings and lists accepted,
	// counted after aliases are expanded.
	MaxDepth = 64
	// MaxNodes is the most YAML nodes a file may hold once every alias is
	// expanded; it stops "billion laughs" alias bombs.
	MaxNodes = 1 << 20
)

var yamlLineErr = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseYAML parses one rulebook file into its document node, refusing
// files that break the limits. A file with no document yields nil.
func parseYAML(file string, data []byte) (*yaml.Node, ErrorList) {
	var errs ErrorList
	top := Pos{File: file, Line: 1, Col: 1}
	if len(data) > MaxFileSize {
		errs.Add(top, "%s", sizeMsg(int64(len(data))))
		return nil, errs
	}
	if e := checkUTF8(file, data); e != nil {
		return nil, ErrorList{e}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		errs = append(errs, yamlError(file, err))
		return nil, errs
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		errs.Add(Pos{file, extra.Line, extra.Column}, "a rulebook file holds one YAML document; found another")
	} else if !errors.Is(err, io.EOF) {
		errs = append(errs, yamlError(file, err))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if err := checkShape(file, &doc); err != nil {
		return nil, ErrorList{err}
	}
	return &doc, nil
}

// sizeMsg says that a rulebook file of n bytes is above MaxFileSize, in
// MiB on both sides, the size rounded up so that it never reads as the
// limit itself.
func sizeMsg(n int64) string {
	return fmt.Sprintf("file is %.1f MiB (%d bytes); the limit is %d MiB", math.Ceil(float64(n)*10/(1<<20))/10, n, MaxFileSize>>20)
}

// checkUTF8 reports the first byte of data that is not UTF-8, at its line
// and column: the YAML parser reports such a byte at line 1, wherever it
// is. Text that starts with a UTF-16 byte order mark is the parser's to read.
func checkUTF8(file string, data []byte) *Error {
	if bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return &Error{File: file, Line: line, Col: col, Msg: fmt.Sprintf("not UTF-8 text: byte 0x%02x", data[i])}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return nil
}

// yamlError turns a yaml.v3 parse error into an Error with its line.
func yamlError(file string, err error) *Error {
	msg := err.Error()
	e := &Error{File: file, Line: 1, Msg: msg}
	if m := yamlLineErr.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = m[2]
	} else {
		e.Msg = strings.TrimPrefix(msg, "yaml: ")
	}
	if strings.Contains(e.Msg, "exceeded max depth") {
		e.Msg = fmt.Sprintf("nesting is deeper than %d levels", MaxDepth)
	}
	e.Msg = "invalid YAML: " + e.Msg
	return e
}

// shape is the size and depth of a node with its aliases expanded.
type shape struct{ nodes, depth int }

// checkShape measures doc with every alias expanded, without expanding
// anything: each node's shape is computed once and shared by its aliases,
// so an alias bomb costs no more than its text.
func checkShape(file string, doc *yaml.Node) *Error {
	memo := map[*yaml.Node]shape{}
	busy := map[*yaml.Node]bool{}
	var bad *Error
	var measure func(n *yaml.Node) shape
	measure = func(n *yaml.Node) shape {
		if s, ok := memo[n]; ok {
			return s
		}
		if bad != nil {
			return shape{}
		}
		if busy[n] {
			bad = &Error{File: file, Line: n.Line, Col: n.Column, Msg: "an alias refers to a node that contains it"}
			return shape{}
		}
		busy[n] = true
		defer delete(busy, n)
		var s shape
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			s = measure(n.Alias)
			s.nodes++
		} else {
			s = shape{nodes: 1}
			for _, c := range n.Content {
				cs := measure(c)
				s.nodes += cs.nodes
				s.depth = max(s.depth, cs.depth)
				if s.nodes > MaxNodes {
					s.nodes = MaxNodes + 1
				}
			}
			if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
				s.depth++
			}
		}
		memo[n] = s
		return s
	}
	s := measure(doc)
	if bad != nil {
		return bad
	}
	if s.depth > MaxDepth {
		// Walk down the deepest branch to the first node past the limit;
		// when the branch goes through an alias, report the first alias,
		// which is where this part of the file gets too deep.
		n, level := doc, 0
		var via *yaml.Node
		for {
			if n.Kind == yaml.AliasNode && n.Alias != nil {
				if via == nil {
					via = n
				}
				n = n.Alias
				continue
			}
			if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
				level++
			}
			if level > MaxDepth || len(n.Content) == 0 {
				break
			}
			next := n.Content[0]
			for _, c := range n.Content {
				if memo[c].depth > memo[next].depth {
					next = c
				}
			}
			n = next
		}
		if via != nil {
			n = via
		}
		return &Error{File: file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf("nesting is deeper than %d levels", MaxDepth)}
	}
	if s.nodes > MaxNodes {
		return &Error{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf("file expands to more than %d YAML nodes once aliases are expanded (an alias bomb?)", MaxNodes)}
	}
	return nil
}
