package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// target is one server under test.
type target struct {
	key  rune
	name string
	// command returns the argv and environment that start the target on addr.
	command func(ctx context.Context, r *runner, addr string) (argv, env []string, err error)
}

func targetFor(key rune) target {
	switch key {
	case 'a':
		return target{key: 'a', name: "bare Gin handler", command: bareCommand}
	case 'b':
		return target{key: 'b', name: "bare + Redis SETNX + MariaDB INSERT", command: bareDBCommand}
	default:
		return target{key: 'c', name: "loanbot (MariaDB + Redis)", command: loanbotCommand}
	}
}

func bareCommand(_ context.Context, r *runner, addr string) ([]string, []string, error) {
	return []string{r.self, "-serve", "bare", "-addr", addr, "-token", r.token}, os.Environ(), nil
}

func bareDBCommand(ctx context.Context, r *runner, addr string) ([]string, []string, error) {
	db, err := r.dbs.create(ctx, "loanbot_load_"+r.tag+"_b")
	if err != nil {
		return nil, nil, err
	}
	return []string{r.self, "-serve", "bare-db", "-addr", addr, "-token", r.token,
		"-serve-mysql", db, "-serve-redis", r.cfg.redis, "-prefix", r.prefix()}, os.Environ(), nil
}

func loanbotCommand(ctx context.Context, r *runner, addr string) ([]string, []string, error) {
	db, err := r.dbs.create(ctx, "loanbot_load_"+r.tag+"_c")
	if err != nil {
		return nil, nil, err
	}
	env, err := r.loanbotEnv(addr, db)
	return []string{r.loanbot, "serve"}, env, err
}

// measurement is what one target did under load.
type measurement struct {
	key       rune
	name      string
	drive     driveResult
	idleKB    int64         // VmRSS when ready, before the load
	peakKB    int64         // VmHWM at the end: the process's peak RSS
	serverCPU time.Duration // during warm-up and window
	driverCPU time.Duration
	services  map[string]time.Duration // CPU of mariadbd and redis-server during the drive
	machine   time.Duration            // CPU of every process on the machine during the drive
	wall      time.Duration
	err       string // the target could not be measured
}

// measure starts the target, drives it, samples it and stops it.
func (r *runner) measure(ctx context.Context, t target) (measurement, error) {
	m := measurement{key: t.key, name: t.name}
	addr, err := freeAddr()
	if err != nil {
		return m, err
	}
	argv, env, err := t.command(ctx, r, addr)
	if err != nil {
		return m, err
	}
	s, err := startServer(t.name, addr, r.tmp, filepath.Join(r.tmp, string(t.key)+".log"), argv, env)
	if err != nil {
		return m, err
	}
	defer s.stop()
	if err := s.waitReady(ctx, 60*time.Second); err != nil {
		return m, err
	}
	if err := r.load(ctx, s, &m); err != nil {
		return m, err
	}
	return m, s.stop()
}

// load drives a ready server and fills m.
func (r *runner) load(ctx context.Context, s *server, m *measurement) error {
	pid := s.cmd.Process.Pid
	before, err := readProc(pid)
	if err != nil {
		return err
	}
	pushes, err := newPushMaker(r.token, r.cfg.applicants, time.Now)
	if err != nil {
		return err
	}
	services := []string{"mariadbd", "redis-server"} // behind (b) and (c): their CPU counts too
	svcBefore, busyBefore := serviceCPU(services...), systemBusy()
	sampler, selfBefore, start := sampleRSS(pid), selfCPU(), time.Now()
	m.drive, err = drive(ctx, driveConfig{url: "http://" + s.addr + "/wechat", conns: r.cfg.conns,
		warmup: r.cfg.warmup, duration: r.cfg.duration, requests: r.cfg.requests, pushes: pushes})
	m.wall, m.driverCPU = time.Since(start), selfCPU()-selfBefore
	m.services, m.machine = serviceCPU(services...), systemBusy()-busyBefore
	for name, t := range svcBefore {
		m.services[name] -= t
	}
	sampled := sampler.finish()
	if err != nil {
		return fmt.Errorf("drive %s: %w", s.name, err)
	}
	after, err := readProc(pid)
	if err != nil {
		return fmt.Errorf("%s died under load (log: %s): %w", s.name, s.logPath, err)
	}
	m.idleKB, m.peakKB, m.serverCPU = before.rssKB, max(after.hwmKB, sampled), after.cpu-before.cpu
	return nil
}

// selfCPU is this process's user+system time.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
