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
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck"
)

// Exit codes, as documented in the README.
const (
	exitOK       = 0 // no finding at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitInput    = 2 // bad usage or bad input
	exitInternal = 3 // internal failure
	// exitInterrupted is the shells' code for a run stopped by Ctrl-C
	// (128 + SIGINT).
	exitInterrupted = 130
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
	// Ctrl-C (or SIGTERM) cancels the run's context: the pipeline stops
	// between pieces of work and an on-disk index is closed whole. A
	// second Ctrl-C kills the process at once, as usual.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	app := newApp(os.Stdin, os.Stdout, os.Stderr)
	app.ctx = ctx
	code := app.run(os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes a command line with the app's streams and returns the exit
// code.
func (app *app) run(args []string) int {
	return app.execute(app.rootCommand(), args)
}

// execute runs cmd, the app's command tree, on args and returns the exit
// code. A panic inside the command is reported, with the article or story
// the pipeline was working on, as an internal failure (exit code 3).
func (app *app) execute(cmd *cobra.Command, args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = app.reportPanic(r, debug.Stack())
		}
	}()
	cmd.SetArgs(args)
	err := cmd.Execute()
	if err == nil {
		return exitOK
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(app.stderr, "crosscheck: interrupted")
		return exitInterrupted
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

// reportPanic says on standard error what panicked, where (the article
// or story, when the pipeline names it) and with which stack, and returns
// the exit code of an internal failure. stack is where the panic was
// recovered, for a panic that carries none of its own.
func (app *app) reportPanic(r any, stack []byte) int {
	msg := fmt.Sprint(r)
	var p *crosscheck.Panic
	if err, ok := r.(error); ok && errors.As(err, &p) {
		msg, stack = p.Error(), p.Stack
	}
	fmt.Fprintf(app.stderr, "crosscheck: internal error: %s\n\n%s\nThis is a bug in crosscheck; please report it with the message above and, if you can, the article.\n", msg, stack)
	return exitInternal
}
