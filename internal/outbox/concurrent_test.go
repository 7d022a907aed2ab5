package outbox_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/loanbot/loanbot/internal/outbox"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
)

// Two instances (each its own store connection and sender, sharing the access token as they do
// through Redis) run workers on one database: every row is sent exactly once, and each
// applicant's messages arrive in order.
func TestTwoWorkersSendEachRowOnce(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			api := fakeAPI(t)
			api.SetDelay(3 * time.Millisecond) // keep sends in flight while the other worker claims
			dsn := b.newDB(t)
			const applicants, per = 12, 3
			want := map[string][]string{}
			seed := openStore(t, dsn)
			for a := range applicants {
				open := fmt.Sprintf("oTwoWorkers_%02d", a)
				for i := range per {
					want[open] = append(want[open], fmt.Sprintf("第%d条：您好，申请编号%02d的资料已收到📄", i+1, a))
				}
				queue(t, seed, open, want[open]...)
			}
			tokens := session.NewWeChatCache(session.NewMemory())
			var workers []*outbox.Worker
			for range 2 {
				w, err := outbox.New(outbox.Deps{Store: openStore(t, dsn),
					Sender:   newSender(t, wechat.SenderConfig{Cache: tokens}),
					Interval: 10 * time.Millisecond, Batch: 3, Lease: 5 * time.Second})
				if err != nil {
					t.Fatal(err)
				}
				workers = append(workers, w)
			}
			runUntil(t, workers, func() bool { return len(api.Sent()) >= applicants*per })
			for _, w := range workers { // nothing is left, and nothing goes out again
				if n, err := w.Drain(context.Background()); n != 0 || err != nil {
					t.Errorf("Drain after the run = %d, %v; want 0, nil", n, err)
				}
			}
			if got := len(api.Sent()); got != applicants*per {
				t.Errorf("%d messages sent, want %d (each row once)", got, applicants*per)
			}
			got := map[string][]string{}
			for open := range want {
				got[open] = contents(api, open)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("delivered (-want +got):\n%s", diff)
			}
			if n := api.TokenCalls(); n < 1 || n > len(workers) {
				t.Errorf("%d token calls, want 1 to %d (shared token; both may fetch at start)", n, len(workers))
			}
		})
	}
}

// runUntil runs the workers until done() holds (or 20 s pass), then stops them and waits.
func runUntil(t *testing.T, workers []*outbox.Worker, done func() bool) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Go(func() { w.Run(ctx) })
	}
	deadline := time.Now().Add(20 * time.Second)
	for !done() && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	if !done() {
		t.Fatal("workers did not finish within 20 s")
	}
}

// A row claimed by an instance that then died is sent by another worker once the lease ends.
func TestLeaseOfDeadInstanceExpires(t *testing.T) {
	api := fakeAPI(t)
	s := openStore(t, sqliteDB(t))
	queue(t, s, openA, "您好，刚才的消息未送达，现为您补发")
	clk := newClock()
	const lease = time.Minute
	if items, err := s.ClaimOutbox(context.Background(), clk.Now(), 10, lease); err != nil || len(items) != 1 {
		t.Fatalf("dead instance's claim = %v, %v; want one row", items, err)
	}
	w, err := outbox.New(outbox.Deps{Store: s, Sender: newSender(t, wechat.SenderConfig{}), Now: clk.Now, Lease: lease})
	if err != nil {
		t.Fatal(err)
	}
	runSteps(t, w, clk, api, []drainStep{
		{advance: lease / 2, sent: 0, calls: 0},
		{advance: lease / 2, sent: 1, calls: 1},
	})
}

// countingStore counts claims.
type countingStore struct {
	*store.Store
	claims atomic.Int64
}

func (c *countingStore) ClaimOutbox(ctx context.Context, now time.Time, limit int, lease time.Duration) ([]store.OutboxItem, error) {
	c.claims.Add(1)
	return c.Store.ClaimOutbox(ctx, now, limit, lease)
}

// Kick wakes a worker that would otherwise sleep for its whole interval.
func TestRunKick(t *testing.T) {
	api := fakeAPI(t)
	s := openStore(t, sqliteDB(t))
	counted := &countingStore{Store: s}
	w, err := outbox.New(outbox.Deps{Store: counted, Sender: newSender(t, wechat.SenderConfig{}), Interval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { w.Run(ctx); close(stopped) }()
	for counted.claims.Load() == 0 { // Run's first pass found nothing; it now sleeps for an hour
		time.Sleep(time.Millisecond)
	}
	queue(t, s, openA, "人工客服：您好，我是您的专属顾问小王")
	w.Kick()
	deadline := time.Now().Add(10 * time.Second)
	for len(api.Sent()) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-stopped
	if got := contents(api, openA); len(got) != 1 {
		t.Errorf("after Kick: sent %q, want the queued message", got)
	}
}
