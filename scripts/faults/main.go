// Command faults runs loanbot under faults and counts what was lost. It starts its own MariaDB
// (mariadb-install-db into a temporary directory, a free port) and Redis, two loanbot instances
// and a fake WeChat API, drives applicants with WeChat's retry rule (no answer in 5 s → the same
// MsgId to the other instance, 3 tries; an error status is final) and injects one fault per
// scenario. It never touches the machine's own MariaDB or Redis.
//
//	go run ./scripts/faults            # every scenario, full length (about 9 minutes)
//	go run ./scripts/faults -short     # CI: shorter outages, fewer applicants (about a minute)
//	go run ./scripts/faults -soak 10m  # the soak: constant load, RSS, goroutines and p99 over time
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/go-sql-driver/mysql"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "faults:", err)
		os.Exit(1)
	}
}

type options struct {
	short      bool
	only       string
	applicants int
	think      time.Duration
	keep       bool
	src        string
	soak       time.Duration
	rate       int
}

func parse(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("faults", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&o.short, "short", false, "CI version: shorter outages, fewer applicants, no send-then-crash scenario")
	fs.StringVar(&o.only, "scenarios", "", "comma-separated scenario names to run (default: all for the mode)")
	fs.IntVar(&o.applicants, "applicants", 0, "concurrent applicants (default 30, -short 8)")
	fs.DurationVar(&o.think, "think", time.Second, "mean pause between an applicant's messages")
	fs.BoolVar(&o.keep, "keep", false, "keep the temporary directory (logs, data)")
	fs.StringVar(&o.src, "src", ".", "module directory to build ./cmd/loanbot from")
	fs.DurationVar(&o.soak, "soak", 0, "run the soak for this long instead of the fault scenarios")
	fs.IntVar(&o.rate, "rate", 1000, "soak: messages per second (open loop)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if o.applicants == 0 {
		o.applicants = 30
		if o.short {
			o.applicants = 8
		}
	}
	return o, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	_ = mysql.SetLogger(log.New(io.Discard, "", 0)) // the checker's own reconnects during outages
	o, err := parse(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "loanbot-faults-")
	if err != nil {
		return err
	}
	if o.keep {
		fmt.Fprintln(stderr, "faults: keeping", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	w, err := setup(ctx, o, tmp, stderr)
	if w != nil {
		defer w.close()
	}
	if err != nil {
		return err
	}
	if o.soak > 0 {
		return soak(ctx, w, o, stdout, stderr)
	}
	return runScenarios(ctx, w, o, stdout, stderr)
}

// world is everything a scenario runs against.
type world struct {
	dir   string
	mdb   *mariadb
	rds   *redis
	api   *fakeAPI
	insts []*instance
	db    *sql.DB
	logf  func(format string, args ...any)
}

func setup(ctx context.Context, o options, tmp string, stderr io.Writer) (*world, error) {
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, "faults: "+format+"\n", args...) }
	w := &world{dir: tmp, logf: logf}
	bin := filepath.Join(tmp, "loanbot")
	logf("building loanbot")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/loanbot")
	build.Dir, build.Stderr = o.src, stderr
	if err := build.Run(); err != nil {
		return nil, fmt.Errorf("build loanbot: %w", err)
	}
	var err error
	logf("starting a private MariaDB and Redis in %s", tmp)
	if w.mdb, err = newMariaDB(ctx, mkdir(tmp, "mariadb")); err != nil {
		return w, err
	}
	if w.rds, err = newRedis(ctx, mkdir(tmp, "redis")); err != nil {
		return w, err
	}
	if err := w.openDB(ctx); err != nil {
		return w, err
	}
	if w.api, err = newFakeAPI(); err != nil {
		return w, err
	}
	for _, name := range []string{"a", "b"} {
		in, err := newInstance(name, bin, tmp, w.mdb.dsn("loanbot_faults"), w.rds.url(), w.api.url)
		if err != nil {
			return w, err
		}
		w.insts = append(w.insts, in)
		if err := in.start(ctx); err != nil { // a first, alone: it migrates
			return w, err
		}
	}
	logf("two instances up: a %s, b %s", w.insts[0].addr, w.insts[1].addr)
	return w, nil
}

func mkdir(parent, name string) string {
	d := filepath.Join(parent, name)
	_ = os.MkdirAll(d, 0o700)
	return d
}

func (w *world) close() {
	for _, in := range w.insts {
		if in.p != nil {
			in.stop()
		}
	}
	if w.db != nil {
		_ = w.db.Close()
	}
	if w.rds != nil && w.rds.p != nil {
		w.rds.kill()
	}
	if w.mdb != nil && w.mdb.p != nil {
		w.mdb.stop()
	}
}

func joinNames(ss []scenario) string {
	var names []string
	for _, s := range ss {
		names = append(names, s.name)
	}
	return strings.Join(names, ", ")
}

// openDB creates the loanbot database on the private server and keeps a connection to check it.
func (w *world) openDB(ctx context.Context) error {
	root, err := w.mdb.open("")
	if err != nil {
		return err
	}
	defer root.Close()
	if _, err := root.ExecContext(ctx, "CREATE DATABASE loanbot_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"); err != nil {
		return fmt.Errorf("create database: %w", err)
	}
	w.db, err = w.mdb.open("loanbot_faults")
	return err
}
