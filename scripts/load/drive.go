package main

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// requestTimeout bounds one request (WeChat itself gives up after 5 s).
const requestTimeout = 10 * time.Second

// driveConfig says how hard and how long to push one target.
type driveConfig struct {
	url      string // http://127.0.0.1:PORT/wechat
	conns    int    // concurrent keep-alive connections (one worker each)
	warmup   time.Duration
	duration time.Duration // measured window, unless requests > 0
	requests int64         // > 0: measure exactly this many requests instead
	pushes   *pushMaker
}

// driveResult is one target's measured window.
type driveResult struct {
	requests  int64            // measured requests completed
	issued    int64            // requests sent, warm-up included
	errors    map[string]int64 // kind → count (non-200, empty reply, transport)
	firstErr  string           // one example, for the log
	elapsed   time.Duration    // from the window's start to the last measured completion
	latencies []time.Duration  // sorted
}

// errorCount is the number of failed measured requests.
func (r driveResult) errorCount() int64 {
	var n int64
	for _, c := range r.errors {
		n += c
	}
	return n
}

// throughput is measured requests per second.
func (r driveResult) throughput() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.requests) / r.elapsed.Seconds()
}

// driver runs the workers of one target.
type driver struct {
	cfg     driveConfig
	next    atomic.Int64 // push index, across warm-up and window
	counted atomic.Int64 // requests started in the window (requests mode)
	start   time.Time    // window start
	end     time.Time    // window end (duration mode)
}

// drive warms the target up, then measures it; bounded by the window plus one request timeout.
func drive(ctx context.Context, cfg driveConfig) (driveResult, error) {
	if cfg.conns < 1 || (cfg.duration <= 0 && cfg.requests <= 0) {
		return driveResult{}, fmt.Errorf("drive: want conns ≥ 1 and a duration or a request count")
	}
	if _, err := newWireConn(cfg.url, requestTimeout); err != nil {
		return driveResult{}, err
	}
	d := &driver{cfg: cfg}
	d.start = time.Now().Add(cfg.warmup)
	d.end = d.start.Add(cfg.duration)
	parts := make([]workerResult, cfg.conns)
	var wg sync.WaitGroup
	for w := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = d.work(ctx)
		}()
	}
	wg.Wait()
	res := d.merge(parts)
	res.issued = d.next.Load()
	return res, ctx.Err()
}

// workerResult is what one worker measured.
type workerResult struct {
	latencies []time.Duration
	errors    map[string]int64
	firstErr  string
	lastDone  time.Time
}

func (d *driver) work(ctx context.Context) workerResult {
	res := workerResult{errors: map[string]int64{}}
	var buf bytes.Buffer
	wc, _ := newWireConn(d.cfg.url, requestTimeout) // checked by drive
	defer wc.close()
	for ctx.Err() == nil {
		began := time.Now()
		measured := !began.Before(d.start)
		if measured && !d.takeSlot(began) {
			break
		}
		i := d.next.Add(1) - 1
		kind, detail := d.one(wc, i, &buf)
		if !measured {
			continue
		}
		done := time.Now()
		res.latencies = append(res.latencies, done.Sub(began))
		res.lastDone = done
		if kind != "" {
			res.errors[kind]++
			if res.firstErr == "" {
				res.firstErr = detail
			}
		}
	}
	return res
}

// takeSlot reports whether a measured request may start now.
func (d *driver) takeSlot(now time.Time) bool {
	if d.cfg.requests > 0 {
		return d.counted.Add(1) <= d.cfg.requests
	}
	return now.Before(d.end)
}

// one sends push i and classifies the answer: "" when it is a 200 with a non-empty reply.
func (d *driver) one(wc *wireConn, i int64, buf *bytes.Buffer) (kind, detail string) {
	q, body := d.cfg.pushes.make(i)
	status, err := wc.post(q, body, buf)
	switch {
	case err != nil:
		return "transport", err.Error()
	case status != http.StatusOK:
		return fmt.Sprintf("status %d", status), fmt.Sprintf("status %d: %.200s", status, buf.Bytes())
	case !hasText(buf.Bytes()):
		return "empty reply", fmt.Sprintf("no reply text: %.200q", buf.Bytes())
	}
	return "", ""
}

// hasText reports whether a passive reply carries a non-empty Content ("success" does not).
func hasText(b []byte) bool {
	_, after, ok := bytes.Cut(b, []byte("<Content>"))
	return ok && !bytes.HasPrefix(after, []byte("<![CDATA[]]>")) && !bytes.HasPrefix(after, []byte("</Content>"))
}

func (d *driver) merge(parts []workerResult) driveResult {
	res := driveResult{errors: map[string]int64{}}
	var last time.Time
	for _, p := range parts {
		res.latencies = append(res.latencies, p.latencies...)
		for k, n := range p.errors {
			res.errors[k] += n
		}
		if res.firstErr == "" {
			res.firstErr = p.firstErr
		}
		if p.lastDone.After(last) {
			last = p.lastDone
		}
	}
	sort.Slice(res.latencies, func(i, j int) bool { return res.latencies[i] < res.latencies[j] })
	res.requests = int64(len(res.latencies))
	if res.requests > 0 {
		res.elapsed = last.Sub(d.start)
	}
	return res
}

// percentile returns the q-quantile (0 < q ≤ 1) of sorted latencies, nearest rank.
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(q*float64(len(sorted)))) - 1
	rank = max(0, min(rank, len(sorted)-1))
	return sorted[rank]
}
