package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/loanbot/loanbot/internal/wechat"
)

// soak drives instance a at a constant rate (open loop: messages are due on the clock whether or
// not earlier ones were answered) and samples its RSS, goroutines and latency every minute.
func soak(ctx context.Context, w *world, o options, stdout, stderr io.Writer) error {
	in := w.insts[0]
	w.insts[1].stop() // one instance takes the whole load
	w.logf("soak: %d messages/s for %s against a (%s)", o.rate, o.soak, in.addr)
	s := &soaker{client: &wechat.Client{URL: "http://" + in.addr + "/wechat", Token: token, Account: "gh_faults0001",
		HTTP: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}, RetryAfter: 5 * time.Second}, start: time.Now()}
	ctx, cancel := context.WithTimeout(ctx, o.soak)
	defer cancel()
	jobs := make(chan int64, 4096)
	var wg sync.WaitGroup
	for range 128 {
		wg.Go(func() { s.work(jobs) })
	}
	samples := s.sample(ctx, in, stderr)
	s.feed(ctx, jobs, o.rate)
	close(jobs)
	wg.Wait()
	rows := <-samples
	err := report(stdout, rows, o)
	fmt.Fprintf(stdout, "driver behind (due messages not sent on time): %d\n", s.skipped.Load())
	return err
}

type soaker struct {
	client  *wechat.Client
	start   time.Time
	seq     atomic.Int64
	mu      sync.Mutex
	lat     map[int][]time.Duration // minute → latencies
	errs    map[int]int
	skipped atomic.Int64 // due but the driver was behind (the queue was full)
}

func (s *soaker) feed(ctx context.Context, jobs chan<- int64, rate int) {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	var due float64
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		due += float64(rate) / 100
		for ; due >= 1; due-- {
			select {
			case jobs <- s.seq.Add(1):
			default:
				s.skipped.Add(1)
			}
		}
	}
}

func (s *soaker) work(jobs <-chan int64) {
	base := time.Now().UnixNano() / 1000
	for i := range jobs {
		out := wechat.Outgoing{OpenID: fmt.Sprintf("oSoak%023d", i%2000), MsgID: base + i, MsgType: "text",
			Content: lines[(i/2000)%int64(len(lines))]}
		start := time.Now()
		ans, err := s.client.Send(context.Background(), out)
		took := time.Since(start)
		minute := int(start.Sub(s.start) / time.Minute)
		s.mu.Lock()
		if s.lat == nil {
			s.lat, s.errs = map[int][]time.Duration{}, map[int]int{}
		}
		if err != nil || ans.Status != http.StatusOK {
			s.errs[minute]++
		} else {
			s.lat[minute] = append(s.lat[minute], took)
		}
		s.mu.Unlock()
	}
}

// soakRow is one minute of the soak.
type soakRow struct {
	minute     int
	answered   int
	errors     int
	p50, p99   time.Duration
	rssMB      float64
	goroutines int
}

// sample reads RSS and goroutines at the end of every minute; the rows arrive when ctx ends.
func (s *soaker) sample(ctx context.Context, in *instance, stderr io.Writer) <-chan []soakRow {
	out := make(chan []soakRow, 1)
	go func() {
		var rows []soakRow
		tick := time.NewTicker(time.Minute)
		defer tick.Stop()
		for minute := 0; ; minute++ {
			select {
			case <-ctx.Done():
				out <- rows
				return
			case <-tick.C:
			}
			r := s.row(minute, in)
			fmt.Fprintf(stderr, "soak: minute %d: %d answered, %d errors, p99 %s, RSS %.1f MB, %d goroutines\n",
				r.minute+1, r.answered, r.errors, r.p99, r.rssMB, r.goroutines)
			rows = append(rows, r)
		}
	}()
	return out
}

func (s *soaker) row(minute int, in *instance) soakRow {
	s.mu.Lock()
	lat := slices.Clone(s.lat[minute])
	r := soakRow{minute: minute, answered: len(lat), errors: s.errs[minute]}
	s.mu.Unlock()
	slices.Sort(lat)
	if len(lat) > 0 {
		r.p50, r.p99 = lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
	}
	r.rssMB = float64(rssKB(in.p.cmd.Process.Pid)) / 1024
	r.goroutines = goroutines(in.addr)
	return r
}

func rssKB(pid int) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return n
		}
	}
	return 0
}

func goroutines(addr string) int {
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "go_goroutines "); ok {
			n, _ := strconv.ParseFloat(rest, 64)
			return int(n)
		}
	}
	return 0
}

// report prints the minutes and the verdict: RSS and goroutines from the second minute (after
// warm-up) to the last grow at most 10%.
func report(out io.Writer, rows []soakRow, o options) error {
	fmt.Fprintf(out, "soak: %d messages/s for %s, one instance on MariaDB + Redis\n\n", o.rate, o.soak)
	fmt.Fprintln(out, "| minute | answered | errors | p50 | p99 | RSS MB | goroutines |")
	fmt.Fprintln(out, "|--:|--:|--:|--:|--:|--:|--:|")
	for _, r := range rows {
		fmt.Fprintf(out, "| %d | %d | %d | %s | %s | %.1f | %d |\n", r.minute+1, r.answered, r.errors,
			r.p50.Round(100*time.Microsecond), r.p99.Round(100*time.Microsecond), r.rssMB, r.goroutines)
	}
	if len(rows) < 3 {
		return nil
	}
	first, last := rows[1], rows[len(rows)-1]
	rss := (last.rssMB - first.rssMB) / first.rssMB
	gor := float64(last.goroutines-first.goroutines) / float64(first.goroutines)
	fmt.Fprintf(out, "\nminute 2 → %d: RSS %+.1f%%, goroutines %+.1f%%\n", last.minute+1, 100*rss, 100*gor)
	if rss > 0.10 || gor > 0.10 {
		return fmt.Errorf("soak: growth over 10%% (RSS %+.1f%%, goroutines %+.1f%%)", 100*rss, 100*gor)
	}
	return nil
}
