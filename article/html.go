package article

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipTags hold no article text: code, styling, navigation and page furniture.
var skipTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Math: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Menu: true, atom.Iframe: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Object: true, atom.Canvas: true, atom.Dialog: true,
	atom.Label: true, atom.Input: true, atom.Noframes: true, atom.Noembed: true,
}

// blockTags end one paragraph and start another.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Hr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Article: true, atom.Section: true, atom.Main: true, atom.Body: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Address: true, atom.Center: true, atom.Details: true, atom.Summary: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Form: true,
}

// skipRoles are the ARIA roles of page furniture; whole class or id tokens
// that mark it come from the Vocabulary.
var skipRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true, "menu": true, "menubar": true}

// scope of a text segment: how close it is to the article proper.
const (
	scopeBody = iota
	scopeMain
	scopeArticle
)

// segment is a piece of text of one source line, within paragraph para.
type segment struct {
	raw   string // as in the source: character references not yet decoded
	off   int    // byte offset of raw in the source
	para  int
	scope int
}

// htmlMeta is what the page says about itself.
type htmlMeta struct {
	ogTitle, title, h1, site, url, date string
}

// open element on the tag stack, with what it changes.
type open struct {
	tag           atom.Atom
	name          string
	skip, pre, h1 bool
	// scope is the closest scope of this element and those around it.
	scope int
}

// htmlWalker follows the tokens of a page, keeping the text segments of
// the body with their paragraph and scope, and the page's metadata. Every
// token costs time in proportion to its own length (an end tag also pays
// for the elements it closes), so deeply nested pages read in linear time.
type htmlWalker struct {
	v     *vocab
	stack []open
	// openNames counts the open elements of each tag name, so that an end
	// tag without a matching open element is dropped without a search.
	openNames map[string]int
	// skip, pre and h1 count the open elements of each kind.
	skip, pre, h1 int
	pid           int // paragraph of the next text
	segs          []segment
	meta          htmlMeta
	inTitle       bool
	h1Done        bool
	h1Text        strings.Builder
	best          int // closest scope that holds text
}

// fromHTML reads an HTML page into a: its title, source, URL and date from
// meta data, and the text of <article> (or <main>, or the whole body)
// without navigation, scripts and other page furniture. Malformed HTML is
// read as far as the tokenizer can. It returns false when there is no text.
func fromHTML(a *Article, data []byte, v *vocab) bool {
	w := htmlWalker{v: v, openNames: map[string]int{}, best: scopeBody}
	w.walk(html.NewTokenizer(bytes.NewReader(data)))
	w.meta.h1 = normSpace(w.h1Text.String())
	fillMeta(a, &w.meta)
	c := cleaner{a: a, v: v, src: &sourceLines{first: 1, starts: lineIndex(data)}}
	return c.finish(w.paragraphs(data), nil, true, html.UnescapeString)
}

// walk reads every token of z.
func (w *htmlWalker) walk(z *html.Tokenizer) {
	pos := 0 // offset of the current token in the source
	for {
		tt := z.Next()
		raw := z.Raw()
		start := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			w.startTag(z, tt)
		case html.EndTagToken:
			w.endTag(z)
		case html.TextToken:
			// The raw text is copied first: z.Text decodes in place.
			w.text(string(raw), start, z)
		}
	}
}

// scope is the scope of the innermost open element.
func (w *htmlWalker) scope() int {
	if n := len(w.stack); n > 0 {
		return w.stack[n-1].scope
	}
	return scopeBody
}

// startTag reads a start or self-closing tag: its metadata, its paragraph
// break, and the element it opens.
func (w *htmlWalker) startTag(z *html.Tokenizer, tt html.TokenType) {
	name, hasAttr := z.TagName()
	t := atom.Lookup(name)
	attrs := map[string]string{}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		attrs[string(k)] = string(v)
	}
	readMeta(t, attrs, &w.meta)
	if blockTags[t] {
		w.pid++
	}
	if t == atom.Title {
		w.inTitle = tt == html.StartTagToken
	}
	if tt == html.SelfClosingTagToken || isVoid(t) {
		return
	}
	o := open{tag: t, name: string(name), skip: skipTags[t] || w.v.furniture(attrs), pre: t == atom.Pre || t == atom.Listing, h1: t == atom.H1 && !w.h1Done}
	switch t {
	case atom.Article:
		o.scope = scopeArticle
	case atom.Main:
		o.scope = scopeMain
	}
	if role := attrs["role"]; role == "main" {
		o.scope = max(o.scope, scopeMain)
	} else if role == "article" {
		o.scope = scopeArticle
	}
	o.scope = max(o.scope, w.scope())
	w.push(o)
}

// push opens element o.
func (w *htmlWalker) push(o open) {
	w.stack = append(w.stack, o)
	w.openNames[o.name]++
	w.skip += b2i(o.skip)
	w.pre += b2i(o.pre)
	w.h1 += b2i(o.h1)
}

// endTag closes the innermost open element of the tag's name and every
// element opened inside it; an end tag that closes nothing only breaks the
// paragraph of a block tag.
func (w *htmlWalker) endTag(z *html.Tokenizer) {
	name, _ := z.TagName()
	t := atom.Lookup(name)
	if t == atom.Title {
		w.inTitle = false
	}
	if blockTags[t] {
		w.pid++
	}
	if w.openNames[string(name)] == 0 {
		return
	}
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i].name == string(name) {
			w.popTo(i)
			return
		}
	}
}

// popTo closes the open elements from index i of the stack on.
func (w *htmlWalker) popTo(i int) {
	for _, o := range w.stack[i:] {
		if o.h1 {
			w.h1Done = true
		}
		w.openNames[o.name]--
		w.skip -= b2i(o.skip)
		w.pre -= b2i(o.pre)
		w.h1 -= b2i(o.h1)
	}
	w.stack = w.stack[:i]
}

// text keeps a text token, raw as in the source at offset start: as the
// page's title, as the first <h1>, and as segments of the body unless it
// is inside page furniture.
func (w *htmlWalker) text(raw string, start int, z *html.Tokenizer) {
	if w.inTitle {
		w.meta.title += string(z.Text())
		return
	}
	if w.h1 > 0 {
		w.h1Text.Write(z.Text())
	}
	if w.skip > 0 {
		return
	}
	scope := w.scope()
	w.best = max(w.best, scope)
	// One segment per source line, each with its newline, which separates
	// words; inside <pre> every line is a paragraph.
	for off := 0; off < len(raw); {
		end := len(raw)
		if i := strings.IndexByte(raw[off:], '\n'); i >= 0 {
			end = off + i + 1
		}
		w.segs = append(w.segs, segment{raw: raw[off:end], off: start + off, para: w.pid, scope: scope})
		if w.pre > 0 && raw[end-1] == '\n' {
			w.pid++
		}
		off = end
	}
}

// paragraphs joins the segments of the closest scope that has any text
// into paragraphs, each line mapped back to its place in data.
func (w *htmlWalker) paragraphs(data []byte) []para {
	best := w.best
	if best > scopeBody && !w.hasText(best) {
		best = scopeBody
	}
	lines := lineIndex(data)
	var paras []para
	segs := w.segs
	for i := 0; i < len(segs); {
		j := i
		var ps []srcLine
		for ; j < len(segs) && segs[j].para == segs[i].para; j++ {
			if segs[j].scope >= best {
				line, col := position(lines, segs[j].off)
				ps = append(ps, srcLine{segs[j].raw, line, col})
			}
		}
		if len(ps) > 0 {
			var tb textBuilder
			tb.unescape = html.UnescapeString
			for _, l := range ps {
				tb.write(l.s, l.line, l.col)
			}
			if n := tb.b.String(); n != "" {
				paras = append(paras, para{lines: ps, norm: n, inline: true})
			}
		}
		i = j
	}
	return paras
}

// hasText reports whether a segment of scope at least scope has text.
func (w *htmlWalker) hasText(scope int) bool {
	for _, s := range w.segs {
		if s.scope >= scope && strings.TrimSpace(s.raw) != "" {
			return true
		}
	}
	return false
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isVoid reports whether t never has content or an end tag.
func isVoid(t atom.Atom) bool {
	switch t {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// furniture reports whether an element's attributes mark it as hidden or
// as page furniture.
func (v *vocab) furniture(attrs map[string]string) bool {
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	if attrs["aria-hidden"] == "true" || skipRoles[attrs["role"]] {
		return true
	}
	for _, k := range []string{"class", "id"} {
		for _, tok := range strings.Fields(strings.ToLower(attrs[k])) {
			if v != nil && v.classes[tok] {
				return true
			}
		}
	}
	return false
}

// readMeta takes what a <meta>, <link> or <time> element says about the page.
func readMeta(t atom.Atom, attrs map[string]string, m *htmlMeta) {
	switch t {
	case atom.Meta:
		key := strings.ToLower(attrs["property"])
		if key == "" {
			key = strings.ToLower(attrs["name"])
		}
		if key == "" {
			key = strings.ToLower(attrs["itemprop"])
		}
		v := strings.TrimSpace(attrs["content"])
		if v == "" {
			return
		}
		switch key {
		case "og:title", "twitter:title":
			if m.ogTitle == "" {
				m.ogTitle = v
			}
		case "og:site_name", "application-name":
			if m.site == "" {
				m.site = v
			}
		case "og:url":
			if m.url == "" {
				m.url = v
			}
		case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
			"dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date":
			if m.date == "" {
				m.date = v
			}
		}
	case atom.Link:
		if strings.EqualFold(attrs["rel"], "canonical") && m.url == "" {
			m.url = strings.TrimSpace(attrs["href"])
		}
	case atom.Time:
		if v := strings.TrimSpace(attrs["datetime"]); v != "" && m.date == "" {
			m.date = v
		}
	}
}

// fillMeta copies page metadata into a: the title from the first <h1>,
// which is the headline as shown (and so is kept out of Text), else
// og:title, else <title>.
func fillMeta(a *Article, m *htmlMeta) {
	switch {
	case m.h1 != "":
		a.Title = m.h1
	case m.ogTitle != "":
		a.Title = normSpace(m.ogTitle)
	default:
		a.Title = normSpace(m.title)
	}
	a.Source = m.site
	a.URL = m.url
	if m.date != "" {
		if t, ok := parseDate(m.date); ok {
			a.Published, a.DateLine = t, m.date
		}
	}
}

// lineIndex returns the offsets at which the lines of data start.
func lineIndex(data []byte) []int {
	idx := []int{0}
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// position returns the 1-based line and byte column of offset off.
func position(lines []int, off int) (int, int) {
	i := sort.SearchInts(lines, off+1) - 1
	return i + 1, off - lines[i] + 1
}
