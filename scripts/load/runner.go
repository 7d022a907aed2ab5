package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// runConfig is the load test's flags.
type runConfig struct {
	targets    string
	conns      int
	warmup     time.Duration
	duration   time.Duration
	requests   int64
	applicants int
	mysql      string
	redis      string
	src        string
	loanbot    string
	timeout    time.Duration
	keep       bool
}

func (c runConfig) validate() error {
	switch {
	case c.targets == "" || strings.Trim(c.targets, "abc") != "":
		return fmt.Errorf("-targets %q: want letters of abc", c.targets)
	case c.conns < 1 || c.conns > 1024:
		return fmt.Errorf("-conns %d: want 1–1024", c.conns)
	case c.applicants < 1:
		return fmt.Errorf("-applicants %d: want at least 1", c.applicants)
	case c.requests < 0 || (c.requests == 0 && c.duration <= 0):
		return fmt.Errorf("want -duration > 0 or -requests > 0")
	case c.warmup < 0 || c.timeout <= 0:
		return fmt.Errorf("-warmup and -timeout must be positive")
	}
	return nil
}

// runner holds what one load run shares between its targets.
type runner struct {
	cfg     runConfig
	tag     string // names this run's databases and Redis prefix
	token   string
	tmp     string
	self    string // this program, for -serve
	loanbot string
	dbs     *databases
	log     io.Writer
}

// runLoad runs the selected targets one after the other and prints the report.
func runLoad(cfg runConfig, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()
	r, err := newRunner(ctx, cfg, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "load:", err)
		return 2
	}
	ms, failed := r.measureAll(ctx)
	if err := r.cleanup(failed); err != nil {
		fmt.Fprintln(stderr, "load: cleanup:", err)
	}
	rep := newReport(ms, hostInfo()+"\n"+r.describe())
	rep.write(stdout)
	if failed || ctx.Err() != nil {
		return 2
	}
	if !rep.pass() {
		return 1
	}
	return 0
}

func newRunner(ctx context.Context, cfg runConfig, log io.Writer) (*runner, error) {
	tag := make([]byte, 4)
	if _, err := rand.Read(tag); err != nil {
		return nil, fmt.Errorf("run tag: %w", err)
	}
	r := &runner{cfg: cfg, tag: hex.EncodeToString(tag), token: "load-" + hex.EncodeToString(tag), log: log}
	var err error
	if r.self, err = os.Executable(); err != nil {
		return nil, fmt.Errorf("own executable: %w", err)
	}
	if r.tmp, err = os.MkdirTemp("", "loanbot-load-"); err != nil {
		return nil, fmt.Errorf("temporary directory: %w", err)
	}
	if err := r.prepare(ctx); err != nil {
		_ = r.cleanup(false)
		return nil, err
	}
	return r, nil
}

// prepare checks the services and builds loanbot when (c) is selected.
func (r *runner) prepare(ctx context.Context) error {
	if strings.Contains(r.cfg.targets, "b") || strings.Contains(r.cfg.targets, "c") {
		var err error
		if r.dbs, err = openDatabases(ctx, r.cfg.mysql); err != nil {
			return err
		}
		if err := checkRedis(ctx, r.cfg.redis); err != nil {
			return err
		}
	}
	if !strings.Contains(r.cfg.targets, "c") {
		return nil
	}
	if r.loanbot = r.cfg.loanbot; r.loanbot != "" {
		return nil
	}
	r.loanbot = filepath.Join(r.tmp, "loanbot")
	fmt.Fprintf(r.log, "load: building %s/cmd/loanbot\n", r.cfg.src)
	cmd := exec.CommandContext(ctx, "go", "build", "-o", r.loanbot, "./cmd/loanbot")
	cmd.Dir, cmd.Stdout, cmd.Stderr = r.cfg.src, r.log, r.log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("build loanbot in %s (when the tree is mid-edit, use bash scripts/load.sh, which builds a snapshot of HEAD): %w", r.cfg.src, err)
	}
	return nil
}

// measureAll runs each target; failed reports a target that could not be measured.
func (r *runner) measureAll(ctx context.Context) (ms []measurement, failed bool) {
	for _, key := range r.cfg.targets {
		t := targetFor(key)
		fmt.Fprintf(r.log, "load: (%c) %s: %s warm-up, then %s\n", key, t.name, r.cfg.warmup, r.window())
		m, err := r.measure(ctx, t)
		if err != nil {
			fmt.Fprintf(r.log, "load: (%c) %s: %v\n", key, t.name, err)
			failed = true
			m.err = err.Error()
		} else {
			fmt.Fprintf(r.log, "load: (%c) sent %d pushes (warm-up included), measured %d\n", key, m.drive.issued, m.drive.requests)
		}
		ms = append(ms, m)
		if ctx.Err() != nil {
			break
		}
	}
	return ms, failed
}

// describe states the load settings of the run.
func (r *runner) describe() string {
	return fmt.Sprintf("%d keep-alive connections, %d applicants, unique MsgIds; per target %s warm-up, then %s",
		r.cfg.conns, r.cfg.applicants, r.cfg.warmup, r.window())
}

func (r *runner) window() string {
	if r.cfg.requests > 0 {
		return fmt.Sprintf("%d requests", r.cfg.requests)
	}
	return r.cfg.duration.String()
}

// cleanup drops the databases and (b)'s Redis keys, and removes the temporary directory unless
// -keep or a failure asks to keep the logs.
func (r *runner) cleanup(keepLogs bool) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var errs []error
	if r.dbs != nil {
		errs = append(errs, r.dbs.close(ctx))
		errs = append(errs, deleteKeys(ctx, r.cfg.redis, r.prefix()))
	}
	if r.cfg.keep || keepLogs {
		fmt.Fprintf(r.log, "load: server logs kept in %s\n", r.tmp)
	} else {
		errs = append(errs, os.RemoveAll(r.tmp))
	}
	return errors.Join(errs...)
}

// prefix is (b)'s Redis key prefix.
func (r *runner) prefix() string { return "loanbot-load:" + r.tag + ":" }

// loanbotEnv is the environment of (c): the caller's, minus any LOANBOT_*, plus this run's.
func (r *runner) loanbotEnv(addr, database string) ([]string, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("data key: %w", err)
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LOANBOT_") {
			env = append(env, kv)
		}
	}
	return append(env, "LOANBOT_ADDR="+addr, "LOANBOT_DATABASE="+database,
		"LOANBOT_REDIS_URL="+r.cfg.redis, "LOANBOT_WECHAT_TOKEN="+r.token,
		"LOANBOT_DATA_KEY="+base64.StdEncoding.EncodeToString(key)), nil
}
