package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
)

// scenario is one fault injected into steady traffic.
type scenario struct {
	name    string
	what    string
	before  time.Duration // traffic before the fault
	after   time.Duration // traffic after the fault returned
	settle  time.Duration // how long the system may take to drain and deliver
	inject  func(ctx context.Context, w *world) (note string, err error)
	twiceOK int  // sends twice that are inherent to the fault (send-then-crash), documented
	agents  bool // an agent writes to the applicants meanwhile (客服消息 for the outbox to send)
}

func scenarios(short bool) []scenario {
	down := func(d time.Duration) func(context.Context, *world) (string, error) {
		return func(ctx context.Context, w *world) (string, error) {
			w.mdb.stop()
			time.Sleep(d)
			start := time.Now()
			err := w.mdb.start(ctx)
			return fmt.Sprintf("MariaDB down %s, back in %s", d, time.Since(start).Round(100*time.Millisecond)), err
		}
	}
	redisKill := func(d time.Duration) func(context.Context, *world) (string, error) {
		return func(ctx context.Context, w *world) (string, error) {
			w.rds.kill()
			time.Sleep(d)
			return fmt.Sprintf("Redis SIGKILLed, restarted after %s (empty)", d), w.rds.start(ctx)
		}
	}
	if short {
		return []scenario{
			{name: "redis", what: "Redis killed and restarted", before: 4 * time.Second, after: 6 * time.Second, settle: 30 * time.Second, inject: redisKill(2 * time.Second)},
			{name: "mariadb-5s", what: "MariaDB stopped for 5 s", before: 4 * time.Second, after: 6 * time.Second, settle: 30 * time.Second, inject: down(5 * time.Second)},
			{name: "instance", what: "instance a SIGKILLed and restarted", before: 4 * time.Second, after: 6 * time.Second, settle: 30 * time.Second, inject: killInstance(2 * time.Second)},
		}
	}
	return []scenario{
		{name: "redis", what: "Redis killed and restarted", before: 10 * time.Second, after: 20 * time.Second, settle: time.Minute, inject: redisKill(5 * time.Second)},
		{name: "mariadb-20s", what: "MariaDB stopped for 20 s", before: 10 * time.Second, after: 20 * time.Second, settle: time.Minute, inject: down(20 * time.Second)},
		{name: "mariadb-120s", what: "MariaDB stopped for 120 s", before: 10 * time.Second, after: 20 * time.Second, settle: 2 * time.Minute, inject: down(120 * time.Second)},
		{name: "instance", what: "instance a SIGKILLed and restarted", before: 10 * time.Second, after: 20 * time.Second, settle: time.Minute, inject: killInstance(3 * time.Second)},
		{name: "send-crash", what: "instance a SIGKILLed right after WeChat accepted its 客服消息 (between send and mark)", before: 10 * time.Second,
			after: 20 * time.Second, settle: 4 * time.Minute, inject: sendThenCrash, twiceOK: 1, agents: true},
	}
}

func killInstance(d time.Duration) func(context.Context, *world) (string, error) {
	return func(ctx context.Context, w *world) (string, error) {
		w.insts[0].kill()
		time.Sleep(d)
		start := time.Now()
		err := w.insts[0].start(ctx)
		return fmt.Sprintf("a down %s, ready again in %s", d, time.Since(start).Round(100*time.Millisecond)), err
	}
}

// sendThenCrash SIGKILLs instance a as soon as the fake API has accepted (and answered) one of
// its 客服消息: the worker may not get to mark the row sent, and the row's lease (2 min) must run
// out before another worker sends it again. An agent writing to the applicants (agent.go) keeps
// 客服消息 coming; the scenario waits up to a minute for one from a.
func sendThenCrash(ctx context.Context, w *world) (string, error) {
	killed := make(chan time.Time, 1)
	w.api.arm("a", func(_ string, at time.Time) {
		w.insts[0].kill()
		killed <- at
	})
	select {
	case at := <-killed:
		dead := time.Since(at)
		time.Sleep(3 * time.Second)
		err := w.insts[0].start(ctx)
		return fmt.Sprintf("a SIGKILLed %s after its send was accepted", dead.Round(time.Microsecond)), err
	case <-time.After(time.Minute):
		w.api.arm("", nil)
		return "no 客服消息 from a within a minute: nothing to kill in", nil
	}
}

func runScenarios(ctx context.Context, w *world, o options, stdout, stderr io.Writer) error {
	list := scenarios(o.short)
	if o.only != "" {
		keep := strings.Split(o.only, ",")
		list = slices.DeleteFunc(list, func(s scenario) bool { return !slices.Contains(keep, s.name) })
	}
	w.logf("scenarios: %s; %d applicants", joinNames(list), o.applicants)
	var results []result
	var windows []time.Duration
	for _, s := range list {
		r, err := runOne(ctx, w, o, s)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		results = append(results, r)
		windows = append(windows, r.f.windows...)
		w.logf("%s: %s", s.name, r.row())
	}
	printTable(stdout, results, windows)
	for _, r := range results {
		if !r.ok() {
			return fmt.Errorf("%s: not every figure is 0", r.s.name)
		}
	}
	return nil
}

type result struct {
	s    scenario
	f    figures
	note string
	took time.Duration
}

func (r result) ok() bool {
	f := r.f
	return f.lost == 0 && f.unanswered == 0 && f.failed == 0 && f.inconsistent == 0 && f.sentTwice <= r.s.twiceOK
}

func (r result) row() string {
	f := r.f
	return fmt.Sprintf("| %s | %d | %d | %d | %d | %d | %d | %d | %s |", r.s.what, f.messages, f.lost, f.unanswered,
		f.failed, f.inconsistent, f.sentTwice, f.held, r.note)
}

func runOne(ctx context.Context, w *world, o options, s scenario) (result, error) {
	w.logf("%s: %s", s.name, s.what)
	start := time.Now()
	_ = w.api.take()
	traffic, stop := context.WithCancel(ctx)
	defer stop()
	d := newDriver(w.insts, o.think)
	var pushes []*pushRecord
	var wg sync.WaitGroup
	wg.Go(func() { pushes = d.run(traffic, o.applicants) })
	if s.agents {
		ids := func() []string {
			var out []string
			for k := range o.applicants {
				out = append(out, d.openID(k))
			}
			return out
		}
		wg.Go(func() {
			if err := agentTraffic(traffic, w, ids, 200*time.Millisecond); err != nil {
				w.logf("%s: %v", s.name, err)
			}
		})
	}
	time.Sleep(s.before)
	note, err := s.inject(ctx, w)
	if err != nil {
		stop()
		wg.Wait()
		return result{}, err
	}
	time.Sleep(s.after)
	stop()
	wg.Wait()
	if err := settle(ctx, w, s.settle); err != nil {
		note += "; not settled: " + err.Error()
	}
	f, err := measure(ctx, w.db, pushes, w.api.take())
	return result{s: s, f: f, note: note, took: time.Since(start)}, err
}

func printTable(out io.Writer, results []result, windows []time.Duration) {
	fmt.Fprintln(out, "| fault | messages | lost | unanswered | failed | inconsistent | sent twice | holding line | note |")
	fmt.Fprintln(out, "|---|--:|--:|--:|--:|--:|--:|--:|---|")
	for _, r := range results {
		fmt.Fprintln(out, r.row())
	}
	if len(windows) == 0 {
		return
	}
	slices.Sort(windows)
	pick := func(q float64) time.Duration { return windows[min(len(windows)-1, int(q*float64(len(windows))))] }
	// sent_at is stored to the millisecond (truncated): +1 ms makes each figure an upper bound.
	bound := func(d time.Duration) time.Duration { return (d + time.Millisecond).Round(10 * time.Microsecond) }
	fmt.Fprintf(out, "\nsend → marked sent (fake API accepted → the worker's sent_at, upper bounds), %d 客服消息: p50 ≤ %s, p99 ≤ %s, max ≤ %s\n",
		len(windows), bound(pick(0.5)), bound(pick(0.99)), bound(windows[len(windows)-1]))
}
