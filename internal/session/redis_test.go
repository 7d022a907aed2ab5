package session

import (
	"context"
	"errors"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// countingHook counts the commands a client sends (pipelines and pub/sub
// setup excluded).
type countingHook struct{ n atomic.Int32 }

func (h *countingHook) DialHook(next redis.DialHook) redis.DialHook { return next }
func (h *countingHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		h.n.Add(1)
		return next(ctx, cmd)
	}
}
func (h *countingHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}

// TestWaitersDoNotHammerRedis checks that waiting costs a few commands per
// second, not a busy poll: WaitReply and a queued Lock wake on the notify
// channel and otherwise look at Redis every waitPoll.
func TestWaitersDoNotHammerRedis(t *testing.T) {
	t.Parallel()
	prefix := "loanbot-test:" + randomHex(t) + ":"
	ca := newRedisClient(t)
	cb := newRedisClient(t)
	hook := &countingHook{}
	cb.AddHook(hook)
	a, b := NewRedis(ca, prefix), NewRedis(cb, prefix)
	t.Cleanup(func() { _ = a.Close(); _ = b.Close(); deletePrefix(t, ca, prefix) })

	ctx := ctxFor(t, 5*time.Second)
	if _, _, err := a.Claim(ctx, msgKey, time.Minute); err != nil {
		t.Fatal(err)
	}
	unlock, err := a.Lock(ctx, openid, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()

	const wait = time.Second
	before := hook.n.Load()
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, _ = b.Lock(ctxFor(t, wait), openid, time.Minute)
	}()
	if _, err := b.WaitReply(ctxFor(t, wait), msgKey); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitReply = %v; want DeadlineExceeded", err)
	}
	<-done
	// Each waiter: one look at once, then one per waitPoll.
	limit := 2*(1+int32(wait/waitPoll)+1) + 1 // + the async undo of the failed Lock
	if n := hook.n.Load() - before; n > limit {
		t.Errorf("two waiters sent %d commands in %v; want ≤ %d", n, wait, limit)
	} else {
		t.Logf("two waiters sent %d commands in %v", n, wait)
	}
}

// TestRedisDownFailsFast checks that calls against an unreachable Redis
// return an error instead of hanging. (go-redis itself retries a refused dial
// 5 × 100 ms by default: DialerRetries, DialerRetryTimeout.)
func TestRedisDownFailsFast(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens here now
	r := NewRedis(redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1}), "x:")
	defer r.Close()
	ctx := ctxFor(t, 3*time.Second)
	start := time.Now()
	defer func() { t.Logf("four calls failed in %v", time.Since(start)) }()
	if _, _, err := r.Claim(ctx, msgKey, time.Minute); err == nil {
		t.Error("Claim against a dead Redis succeeded")
	}
	if _, err := r.WaitReply(ctx, msgKey); err == nil {
		t.Error("WaitReply against a dead Redis succeeded")
	}
	if _, err := r.Lock(ctx, openid, time.Second); err == nil {
		t.Error("Lock against a dead Redis succeeded")
	}
	if _, err := r.Allow(ctx, openid, 1, time.Second); err == nil {
		t.Error("Allow against a dead Redis succeeded")
	}
}
