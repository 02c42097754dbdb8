// Command crosscheck checks a batch of news articles about a story for
// places where the sources disagree.
//
//	crosscheck check [flags] PATH...
//	crosscheck claims PATH...
//	crosscheck rules dump|lint|test
//	crosscheck explain FINDING-ID PATH...
//	crosscheck index add --index DIR PATH...
package main

import (
	"errors"
	"fmt"
	"os"
)

// Exit codes, as documented in the README.
const (
	exitOK       = 0 // no finding at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitInput    = 2 // bad usage or bad input
	exitInternal = 3 // internal failure
)

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErr marks an error as bad usage or input (exit code 2).
func usageErr(err error) error { return &exitError{code: exitInput, err: err} }

func main() {
	limitMemory()
	os.Exit(run(os.Args[1:]))
}

// run executes the command line and returns the exit code.
func run(args []string) int {
	return newApp(os.Stdin, os.Stdout, os.Stderr).run(args)
}

// run executes a command line with the app's streams and returns the exit
// code.
func (app *app) run(args []string) int {
	cmd := app.rootCommand()
	cmd.SetArgs(args)
	err := cmd.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(app.stderr, "crosscheck:", ee.err)
		}
		return ee.code
	}
	// Errors from flag parsing and unknown commands are usage errors.
	fmt.Fprintln(app.stderr, "crosscheck:", err)
	return exitInput
}
