// Command loanbot is the loan-consultation official account's backend: `loanbot` (or `loanbot
// serve`) runs the service; chat, check, extract and migrate are tools for people.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/loanbot/loanbot/internal/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := app.Main(ctx, os.Args[1:], os.Getenv, app.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}); err != nil {
		fmt.Fprintln(os.Stderr, "loanbot:", err)
		os.Exit(1)
	}
}
