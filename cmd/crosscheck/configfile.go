package main

import (
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// configKeys returns the keys a configuration may set: the mapstructure
// names of config's fields, sorted.
func configKeys() []string {
	t := reflect.TypeOf(config{})
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		if k := t.Field(i).Tag.Get("mapstructure"); k != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// configFileLines reads a .crosscheck.yaml and returns the line of each
// key it sets. A key the configuration does not know is an error naming
// file:line, with the known key it is likely a misspelling of.
func configFileLines(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	lines := map[string]int{}
	if len(doc.Content) == 0 {
		return lines, nil // an empty file sets nothing
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: want a mapping of settings (format: text, fail-on: error, ...)", path, top.Line)
	}
	known := configKeys()
	var errs []string
	for i := 0; i+1 < len(top.Content); i += 2 {
		k := top.Content[i]
		if !contains(known, k.Value) {
			msg := fmt.Sprintf("%s:%d:%d: unknown key %q", path, k.Line, k.Column, k.Value)
			if near := nearest(k.Value, known); near != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", near)
			} else {
				msg += "; known keys: " + strings.Join(known, ", ")
			}
			errs = append(errs, msg)
			continue
		}
		lines[k.Value] = k.Line
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return lines, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// nearest returns the key of keys within two edits of s, or "".
func nearest(s string, keys []string) string {
	best, bestD := "", 3
	for _, k := range keys {
		if d := editDistance(strings.ToLower(s), k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, with a
// transposition of neighbours counted as one edit ("fromat", "format").
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
