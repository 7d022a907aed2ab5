package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// clockTicks is USER_HZ, the unit of utime/stime in /proc/PID/stat (100 on Linux).
const clockTicks = 100

// server is one target process.
type server struct {
	name    string
	cmd     *exec.Cmd
	addr    string // 127.0.0.1:PORT
	logPath string
	exited  chan struct{}
	waitErr error
}

// freeAddr returns a loopback address nobody listens on right now.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// startServer runs argv with env in dir, output to logPath, listening on addr.
func startServer(name, addr, dir, logPath string, argv, env []string) (*server, error) {
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("%s log: %w", name, err)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	s := &server{name: name, cmd: cmd, addr: addr, logPath: logPath, exited: make(chan struct{})}
	go func() {
		s.waitErr = cmd.Wait()
		logf.Close()
		close(s.exited)
	}()
	return s, nil
}

// waitReady polls GET /readyz until it answers 200, the process dies, or timeout passes.
func (s *server) waitReady(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	url := "http://" + s.addr + "/readyz"
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-s.exited:
			return fmt.Errorf("%s exited before it was ready (%v); log: %s", s.name, s.waitErr, s.logPath)
		case <-ctx.Done():
			return fmt.Errorf("%s not ready after %s; log: %s", s.name, timeout, s.logPath)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// stop sends SIGTERM and waits up to 10 s, then kills.
func (s *server) stop() error {
	select {
	case <-s.exited:
		return s.exitErr()
	default:
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
		return s.exitErr()
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
		return fmt.Errorf("%s ignored SIGTERM for 10 s and was killed", s.name)
	}
}

func (s *server) exitErr() error {
	var ee *exec.ExitError
	if errors.As(s.waitErr, &ee) && !ee.Exited() { // ended by our signal
		return nil
	}
	if s.waitErr != nil {
		return fmt.Errorf("%s: %w (log: %s)", s.name, s.waitErr, s.logPath)
	}
	return nil
}

// procStat is a snapshot of a process from /proc.
type procStat struct {
	rssKB, hwmKB int64         // VmRSS, VmHWM (peak RSS so far)
	cpu          time.Duration // user + system
}

// readProc reads /proc/PID/status and /proc/PID/stat.
func readProc(pid int) (procStat, error) {
	var st procStat
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return st, fmt.Errorf("read status of %d: %w", pid, err)
	}
	st.rssKB, st.hwmKB = statusKB(status, "VmRSS:"), statusKB(status, "VmHWM:")
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return st, fmt.Errorf("read stat of %d: %w", pid, err)
	}
	st.cpu, err = statCPU(stat)
	return st, err
}

// statusKB returns the kB value of one /proc/PID/status line (0 when absent).
func statusKB(status []byte, field string) int64 {
	for line := range bytes.Lines(status) {
		if rest, ok := bytes.CutPrefix(line, []byte(field)); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(string(rest)), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// statCPU returns utime+stime from /proc/PID/stat (fields 14 and 15; comm may hold spaces).
func statCPU(stat []byte) (time.Duration, error) {
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, fmt.Errorf("malformed /proc stat")
	}
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("short /proc stat")
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return 0, fmt.Errorf("/proc stat cpu: %w", err)
	}
	return time.Duration(ut+st) * time.Second / clockTicks, nil
}

// rssSampler records the peak VmRSS of a process every 100 ms until stopped.
type rssSampler struct {
	stop   chan struct{}
	done   sync.WaitGroup
	peakKB int64
}

func sampleRSS(pid int) *rssSampler {
	r := &rssSampler{stop: make(chan struct{})}
	r.done.Add(1)
	go func() {
		defer r.done.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			if st, err := readProc(pid); err == nil {
				r.peakKB = max(r.peakKB, st.rssKB)
			}
			select {
			case <-r.stop:
				return
			case <-t.C:
			}
		}
	}()
	return r
}

// finish stops sampling and returns the peak in kB.
func (r *rssSampler) finish() int64 {
	close(r.stop)
	r.done.Wait()
	return r.peakKB
}

// serviceCPU sums the CPU time of every process whose command name is one of names (mariadbd,
// redis-server): the share of the database work a target causes (plus whatever else uses them).
func serviceCPU(names ...string) map[string]time.Duration {
	out := map[string]time.Duration{}
	dirs, _ := os.ReadDir("/proc")
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		comm, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
		if err != nil {
			continue
		}
		name := strings.TrimSpace(string(comm))
		for _, want := range names {
			if name == want {
				if st, err := readProc(pid); err == nil {
					out[name] += st.cpu
				}
			}
		}
	}
	return out
}

// systemBusy is the CPU time every process on the machine has used in user and system mode
// (the first line of /proc/stat). Interrupt time is left out: it is mostly the loopback traffic
// of the target itself. With the target's own figures it shows what other processes took.
func systemBusy() time.Duration {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := bytes.Cut(b, []byte("\n"))
	f := strings.Fields(string(line))
	if len(f) < 4 || f[0] != "cpu" {
		return 0
	}
	var busy int64
	for i, v := range f[1:] {
		n, _ := strconv.ParseInt(v, 10, 64)
		if i < 3 { // user, nice, system
			busy += n
		}
	}
	return time.Duration(busy) * time.Second / clockTicks
}
