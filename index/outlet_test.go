package index

import (
	"testing"

	"github.com/newsdesk/crosscheck/article"
)

// TestOutlet checks the outlet of addresses, archived copies and names.
func TestOutlet(t *testing.T) {
	for _, c := range []struct{ source, url, want string }{
		{"http://web.archive.org/web/20170313092425/http://www.fox5dc.com/news/1", "", "fox5dc.com"},
		{"http://web.archive.org/web/20170313092425/http://www.chron.com:80/x", "", "chron.com"},
		{"https://WWW.Example.com/a?b=c", "", "example.com"},
		{"www.channelnewsasia.com", "", "channelnewsasia.com"},
		{"Reuters", "http://reuters.com/x", "reuters"},
		{"", "https://news.example.org/story", "news.example.org"},
		{"", "", ""},
	} {
		if got := Outlet(&article.Article{Source: c.source, URL: c.url}); got != c.want {
			t.Errorf("Outlet(%q, %q) = %q, want %q", c.source, c.url, got, c.want)
		}
	}
}
