package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/loanbot/loanbot/internal/store"
)

// testClock is a settable clock for the store.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *testClock) Add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func TestRetentionJobPurgesAndLogsCountsOnly(t *testing.T) {
	for _, b := range []backend{embedded, real} {
		t.Run(b.name, func(t *testing.T) {
			dsn := "sqlite:" + filepath.Join(t.TempDir(), "loanbot.db")
			if b.shared {
				dsn = createMySQL(t)
			}
			ctx := context.Background()
			clock := &testClock{t: time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)}
			key, _ := base64.StdEncoding.DecodeString(eraseTestKey)
			s, err := store.Open(ctx, dsn, key, store.WithClock(clock.Now))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			seedApplicant(t, s, "oOld_过期", clock.Now())
			clock.Add(100 * 24 * time.Hour)
			seedApplicant(t, s, "oNew_近期", clock.Now())
			clock.Add(100 * 24 * time.Hour)

			var logs bytes.Buffer
			j := newRetentionJob(s, 180*24*time.Hour, time.Hour, slog.New(slog.NewJSONHandler(&logs, nil)), prometheus.NewRegistry())
			j.once(ctx)
			if got := counterValue(t, j.removed.WithLabelValues("conversations")); got != 1 {
				t.Errorf("conversations removed = %v, want 1", got)
			}
			if got := counterValue(t, j.runs.WithLabelValues("done")); got != 1 {
				t.Errorf("runs done = %v, want 1", got)
			}
			line := logs.String()
			if !strings.Contains(line, `"msg":"retention: purged"`) || !strings.Contains(line, `"conversations":1`) ||
				!strings.Contains(line, `"messages":2`) {
				t.Errorf("log %s: want the counts of what was purged", line)
			}
			for _, secret := range []string{"oOld", "逾期", "1.2w"} {
				if strings.Contains(line, secret) {
					t.Errorf("log %s names %q", line, secret)
				}
			}
			if _, err := s.ConversationByOpenID(ctx, "oNew_近期"); err != nil {
				t.Errorf("the recent conversation: %v", err)
			}
		})
	}
}

// countingPurger counts calls; its runs report skipped when skip is set.
type countingPurger struct {
	calls atomic.Int64
	skip  bool
}

func (p *countingPurger) PurgeExpired(context.Context, store.PurgeOptions) (store.PurgeResult, error) {
	p.calls.Add(1)
	return store.PurgeResult{Skipped: p.skip}, nil
}

func TestRetentionJobRunsAtStartThenPeriodically(t *testing.T) {
	p := &countingPurger{skip: true}
	j := newRetentionJob(p, time.Hour, 5*time.Millisecond, slog.New(slog.DiscardHandler), nil)
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { j.run(ctx); close(done) }()
	deadline := time.After(30 * time.Second)
	for p.calls.Load() < 3 {
		select {
		case <-deadline:
			t.Fatalf("%d runs in 30s, want 3", p.calls.Load())
		case <-time.After(time.Millisecond):
		}
	}
	stop()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("run did not return after its context ended")
	}
	if got := counterValue(t, j.runs.WithLabelValues("skipped")); got < 3 {
		t.Errorf("skipped runs = %v, want ≥ 3", got)
	}
}

func TestRetentionJobRegistersOnce(t *testing.T) {
	reg := prometheus.NewRegistry()
	p := &countingPurger{}
	first := newRetentionJob(p, time.Hour, time.Hour, slog.New(slog.DiscardHandler), reg)
	second := newRetentionJob(p, time.Hour, time.Hour, slog.New(slog.DiscardHandler), reg)
	first.once(context.Background())
	second.once(context.Background())
	if got := counterValue(t, second.runs.WithLabelValues("done")); got != 2 {
		t.Errorf("runs done = %v, want 2 on the one registered counter", got)
	}
}

// A served instance purges at start: a conversation written 200 days ago (by a store on a
// clock set back) is gone soon after ServeListener begins, a current one stays.
func TestServeRunsRetentionAtStart(t *testing.T) {
	for _, b := range []backend{embedded, real} {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b, false)
			a, _ := e.instance(Options{})
			key, _ := base64.StdEncoding.DecodeString(eraseTestKey)
			past := &testClock{t: time.Now().Add(-200 * 24 * time.Hour)}
			old, err := store.Open(context.Background(), e.dsn, key, store.WithClock(past.Now))
			if err != nil {
				t.Fatal(err)
			}
			defer old.Close()
			seedApplicant(t, old, "oStale_半年前", past.Now())
			seedApplicant(t, a.Store, "oFresh_今天", time.Now())

			serveBackground(t, a)
			deadline := time.Now().Add(30 * time.Second)
			for {
				_, err := a.Store.ConversationByOpenID(context.Background(), "oStale_半年前")
				if errors.Is(err, store.ErrNotFound) {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the stale conversation is still there 30s after start (%v)", err)
				}
				time.Sleep(20 * time.Millisecond)
			}
			if _, err := a.Store.ConversationByOpenID(context.Background(), "oFresh_今天"); err != nil {
				t.Errorf("the current conversation: %v", err)
			}
		})
	}
}
