package report

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

// GitHub prints a report as GitHub Actions workflow commands, one
// annotation per finding on the first claim's file and line:
//
//	::warning file=PATH,line=N,col=M,title=RULE::message (other side: article X: "...")
//
// error findings become ::error, info ones ::notice. Input errors become
// ::error annotations without a file; the summary line ends the output.
type GitHub struct{ opt Options }

// Print writes r to w as workflow commands.
func (p *GitHub) Print(w io.Writer, r *findings.Report) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		bw.WriteString(githubCommand(f))
		bw.WriteByte('\n')
	}
	for _, e := range r.Errors {
		fmt.Fprintf(bw, "::error title=%s::%s\n", escapeProperty("input error"), escapeData(e))
	}
	for _, n := range r.Skipped {
		fmt.Fprintf(bw, "::notice title=%s::%s\n", escapeProperty("input skipped"), escapeData(n))
	}
	bw.WriteString(countReport(r).String())
	bw.WriteByte('\n')
	return bw.Flush()
}

func githubCommand(f findings.Finding) string {
	cmd := "warning"
	switch f.Severity {
	case findings.Error:
		cmd = "error"
	case findings.Info:
		cmd = "notice"
	}
	var props []string
	var msg strings.Builder
	msg.WriteString(oneLine(f.Message))
	sds := sides(f)
	if len(sds) > 0 {
		first := sds[0].Claims[0]
		if first.Path != "" {
			props = append(props, "file="+escapeProperty(filepath.ToSlash(filepath.Clean(first.Path))))
			if first.Line > 0 {
				props = append(props, fmt.Sprintf("line=%d", first.Line))
				if first.Col > 0 {
					props = append(props, fmt.Sprintf("col=%d", first.Col))
				}
			}
		}
		var others []string
		for _, sd := range sds[1:] {
			for _, c := range sd.Claims {
				others = append(others, fmt.Sprintf("article %s: \"%s\"", oneLine(c.Article), oneLine(c.Sentence)))
			}
		}
		if len(others) > 0 {
			label := "other side"
			if len(sds) > 2 {
				label = "other sides"
			}
			fmt.Fprintf(&msg, " (%s: %s)", label, strings.Join(others, "; "))
		}
	}
	if f.Rule != "" {
		props = append(props, "title="+escapeProperty(f.Rule))
	}
	line := "::" + cmd
	if len(props) > 0 {
		line += " " + strings.Join(props, ",")
	}
	return line + "::" + escapeData(msg.String())
}

// escapeData escapes a workflow command's message as the Actions runner
// does: % as %25, CR as %0D, LF as %0A.
func escapeData(s string) string {
	return dataEscaper.Replace(s)
}

// escapeProperty escapes a workflow command property's value: like
// escapeData, and also : as %3A and , as %2C.
func escapeProperty(s string) string {
	return propertyEscaper.Replace(s)
}

// dataEscaper and propertyEscaper escape workflow-command messages and
// properties as GitHub reads them.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)
