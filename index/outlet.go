package index

import (
	"net/url"
	"strings"

	"github.com/newsdesk/crosscheck/article"
)

// Outlet names the site that published an article, for telling an outlet's
// page furniture (bylines, tip lines, app links, weather boxes) from what
// its articles say. It is the host of the Source when Source is an address
// (an archived copy's "web.archive.org/web/<ts>/http://host/..." gives the
// archived host), Source lowercased when it is a name, and otherwise the
// host of the URL. A leading "www." and a port are cut; "" means unknown.
func Outlet(a *article.Article) string {
	if h := hostOf(a.Source); h != "" {
		return h
	}
	if s := strings.ToLower(strings.TrimSpace(a.Source)); s != "" {
		return s
	}
	return hostOf(a.URL)
}

// hostOf returns the host of an address, unwrapping archive.org copies, or
// "" when s is not an address.
func hostOf(s string) string {
	s = strings.TrimSpace(s)
	for {
		low := strings.ToLower(s)
		if !strings.HasPrefix(low, "http://") && !strings.HasPrefix(low, "https://") {
			if strings.HasPrefix(low, "www.") && !strings.ContainsAny(low, " \t") {
				s = "http://" + s
				continue
			}
			return ""
		}
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return ""
		}
		h := strings.ToLower(u.Hostname())
		if h == "web.archive.org" || h == "archive.org" {
			// /web/<timestamp>/<original address>
			p := strings.TrimPrefix(u.Path, "/web/")
			if i := strings.IndexByte(p, '/'); i >= 0 && p != u.Path {
				inner := p[i+1:]
				if u.RawQuery != "" {
					inner += "?" + u.RawQuery
				}
				if !strings.Contains(inner, "://") {
					// "http:/host" after path cleaning, or a bare host.
					inner = strings.Replace(inner, ":/", "://", 1)
					if !strings.Contains(inner, "://") {
						inner = "http://" + inner
					}
				}
				s = inner
				continue
			}
		}
		return strings.TrimPrefix(h, "www.")
	}
}
