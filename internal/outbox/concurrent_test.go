package outbox_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/credential"

	"github.com/loanbot/loanbot/internal/outbox"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
)

// Two instances (each its own store connection and sender, sharing the access token through
// Redis with MariaDB, through one in-process cache with SQLite) run workers on one database: every row is sent exactly once, and each
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
			tokens := tokenCaches(t, b.name == store.DialectMySQL)
			var workers []*outbox.Worker
			for i := range 2 {
				w, err := outbox.New(outbox.Deps{Store: openStore(t, dsn),
					Sender:   newSender(t, wechat.SenderConfig{Cache: tokens[i]}),
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

// tokenCaches gives each of two instances its access-token cache: both on the local Redis (as in
// production) or one shared in-process store.
func tokenCaches(t *testing.T, redis bool) [2]cache.Cache {
	t.Helper()
	if !redis {
		shared := session.NewWeChatCache(session.NewMemory())
		return [2]cache.Cache{shared, shared}
	}
	prefix := "loanbot-test:outbox:" + strings.ToLower(rand.Text()[:10]) + ":"
	var caches [2]cache.Cache
	for i := range caches {
		st, err := session.Open("redis://127.0.0.1:6379/0", prefix)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			err = st.Ping(ctx)
			cancel()
		}
		if err != nil {
			skipOrFail(t, fmt.Sprintf("Redis at 127.0.0.1:6379 is not usable (%v); start it: "+
				"redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save \"\" --appendonly no", err))
		}
		c := session.NewWeChatCache(st)
		t.Cleanup(func() {
			_ = c.Delete(credential.CacheKeyOfficialAccountPrefix + "_access_token_" + testAppID)
			_ = st.Close()
		})
		caches[i] = c
	}
	return caches
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
