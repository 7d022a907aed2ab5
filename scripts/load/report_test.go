package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// fake is a measurement of n requests at a constant latency over one second.
func fake(key rune, n int, lat time.Duration, errs int64, rssMB int64) measurement {
	d := driveResult{requests: int64(n), issued: int64(n), elapsed: time.Second, errors: map[string]int64{}}
	for range n {
		d.latencies = append(d.latencies, lat)
	}
	if errs > 0 {
		d.errors["status 503"] = errs
		d.firstErr = "status 503: temporarily unavailable"
	}
	return measurement{key: key, name: string(key), drive: d, peakKB: rssMB * 1e6 / 1024,
		wall: time.Second, serverCPU: 500 * time.Millisecond}
}

func TestReportChecks(t *testing.T) {
	a, b := fake('a', 2900, time.Millisecond, 0, 20), fake('b', 410, 8*time.Millisecond, 0, 25)
	tests := []struct {
		name string
		c    measurement
		pass bool
		fail string // a check that must fail
	}{
		{"meets every target", fake('c', 300, 20*time.Millisecond, 0, 90), true, ""},
		{"too slow", fake('c', 200, 20*time.Millisecond, 0, 90), false, "(c)/(b) throughput"},
		{"p99 too high", fake('c', 300, 60*time.Millisecond, 0, 90), false, "(c) p99"},
		{"errors", fake('c', 300, 20*time.Millisecond, 1, 90), false, "(c) errors"},
		{"too big", fake('c', 300, 20*time.Millisecond, 0, 151), false, "(c) peak RSS"},
		{"not measured", measurement{key: 'c', err: "loanbot exited"}, false, "(c) measured"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := newReport([]measurement{a, b, tt.c}, "host")
			if rep.pass() != tt.pass {
				t.Errorf("pass() = %v, want %v; checks %+v", rep.pass(), tt.pass, rep.checks)
			}
			for _, c := range rep.checks {
				if tt.fail != "" && strings.HasPrefix(c.what, tt.fail) && c.ok {
					t.Errorf("check %q passed, want it to fail", c.what)
				}
			}
		})
	}
}

func TestReportWritesMarkdownTable(t *testing.T) {
	ms := []measurement{fake('a', 2900, time.Millisecond, 0, 20), fake('b', 410, 8*time.Millisecond, 0, 25),
		fake('c', 300, 20*time.Millisecond, 2, 90)}
	var out bytes.Buffer
	newReport(ms, "host").write(&out)
	for _, want := range []string{
		"| target | requests | errors | req/s | p50 | p99 | max | peak RSS | server CPU |",
		"| (a) a | 2900 | 0 | 2900 | 1.00 ms | 1.00 ms | 1.00 ms | 20 MB | 0.50 cores, 172 µs/req |",
		"| (c) c | 300 | 2 | 300 | 20 ms | 20 ms | 20 ms | 90 MB |",
		"(c) errors: status 503 ×2; e.g. status 503: temporarily unavailable",
		"throughput (c)/(b) = 0.73",
		"FAIL  (c) errors = 0: 2",
		"result: FAIL",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestProcParsing(t *testing.T) {
	status := []byte("Name:\tloanbot\nVmHWM:\t  98304 kB\nVmRSS:\t   65536 kB\nThreads:\t9\n")
	if rss, hwm := statusKB(status, "VmRSS:"), statusKB(status, "VmHWM:"); rss != 65536 || hwm != 98304 {
		t.Errorf("VmRSS %d VmHWM %d, want 65536 98304", rss, hwm)
	}
	// comm with spaces and parentheses; utime 250, stime 50 ticks.
	stat := []byte("4242 (load (a) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 9 0 100 0 0")
	if got, err := statCPU(stat); err != nil || got != 3*time.Second {
		t.Errorf("statCPU = %v, %v; want 3s", got, err)
	}
	if _, err := statCPU([]byte("garbage")); err == nil {
		t.Error("statCPU accepted garbage")
	}
}

func TestFlags(t *testing.T) {
	tests := []struct {
		args []string
		ok   bool
	}{
		{nil, true},
		{[]string{"-targets", "c", "-requests", "1000"}, true},
		{[]string{"-targets", "abd"}, false},
		{[]string{"-conns", "0"}, false},
		{[]string{"-duration", "0s"}, false},
		{[]string{"extra"}, false},
	}
	for _, tt := range tests {
		_, _, err := parseFlags(tt.args, &bytes.Buffer{})
		if (err == nil) != tt.ok {
			t.Errorf("parseFlags(%q) error %v, want ok=%v", tt.args, err, tt.ok)
		}
	}
}

func TestLoopbackOnly(t *testing.T) {
	tests := []struct {
		url string
		ok  bool
	}{
		{"mysql://root@127.0.0.1:3306/x", true},
		{"mysql://root@localhost/x", true},
		{"mysql://root@[::1]:3306/x", true},
		{"mysql://root@10.0.0.5:3306/x", false},
		{"mysql://root@db.example.com/x", false},
		{"postgres://root@127.0.0.1/x", false},
	}
	for _, tt := range tests {
		if _, err := mysqlConfig(tt.url); (err == nil) != tt.ok {
			t.Errorf("mysqlConfig(%q) error %v, want ok=%v", tt.url, err, tt.ok)
		}
	}
}

func TestServiceCPUFindsProcessesByName(t *testing.T) {
	comm, err := os.ReadFile("/proc/self/comm")
	if err != nil {
		t.Skip("no /proc:", err)
	}
	name := strings.TrimSpace(string(comm))
	if _, ok := serviceCPU(name)[name]; !ok {
		t.Errorf("serviceCPU(%q) did not find this process", name)
	}
	if got := serviceCPU("no-such-process-xyz"); len(got) != 0 {
		t.Errorf("serviceCPU(no such process) = %v", got)
	}
}
