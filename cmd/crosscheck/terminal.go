package main

import (
	"io"
	"os"
	"strconv"

	"golang.org/x/term"

	"github.com/newsdesk/crosscheck/report"
)

// Values of --color.
const (
	colorAuto   = "auto"   // colour on a terminal, unless NO_COLOR or TERM=dumb
	colorAlways = "always" // colour even into a pipe or a file
	colorNever  = "never"  // no colour
)

// terminal returns w as a terminal's file, or nil when w is not one.
func terminal(w io.Writer) *os.File {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return f
}

// colorWanted decides whether text written to w is coloured: always or
// never as --color says; with auto, only on a terminal, when NO_COLOR is
// unset or empty (https://no-color.org) and TERM is not "dumb".
func colorWanted(mode string, w io.Writer) bool {
	switch mode {
	case colorAlways:
		return true
	case colorNever:
		return false
	}
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	return terminal(w) != nil
}

// textWidth is the column the text report on w wraps at: COLUMNS when it is
// set to a number, else the terminal's width, else report.DefaultWidth.
func textWidth(w io.Writer) int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if f := terminal(w); f != nil {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return report.DefaultWidth
}
