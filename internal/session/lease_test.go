package session

import (
	"context"
	"errors"
	"testing"
	"time"
)

// The lock name the pipeline uses: one per applicant.
const leaseLock = "applicant:oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"

func TestClaimLocked(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		state, _, lease, err := p.a.ClaimLocked(ctx, msgKey, time.Minute, leaseLock, time.Minute)
		if err != nil || state != ClaimNew || lease == nil {
			t.Fatalf("first ClaimLocked = %v, lease %v, %v; want new with a lease", state, lease, err)
		}
		state, _, other, err := p.b.ClaimLocked(ctx, msgKey, time.Minute, leaseLock, time.Minute)
		if err != nil || state != ClaimInFlight || other != nil {
			t.Fatalf("retry on the other instance = %v, lease %v, %v; want in flight, no lease", state, other, err)
		}
		if err := lease.Complete(ctx, replyText, time.Minute); err != nil {
			t.Fatal(err)
		}
		if err := lease.Release(ctx); err != nil { // a second finish does nothing
			t.Fatal(err)
		}
		state, reply, _, err := p.b.ClaimLocked(ctx, msgKey, time.Minute, leaseLock, time.Minute)
		if err != nil || state != ClaimDone || string(reply) != string(replyText) {
			t.Fatalf("after Complete = %v %q, %v; want done with the reply", state, reply, err)
		}
		lockFree(t, p.b, leaseLock)
	})
}

func TestClaimLockedWaitsForTheLock(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		for _, tt := range []struct {
			name   string
			waiter Store
		}{{"same instance", p.a}, {"other instance", p.b}} {
			t.Run(tt.name, func(t *testing.T) { claimLockedWaits(t, p.a, tt.waiter, "第二条消息"+tt.name) })
		}
	})
}

// claimLockedWaits holds the lock on holder while waiter's ClaimLocked of key waits for it.
func claimLockedWaits(t *testing.T, holder, waiter Store, key string) {
	ctx := ctxFor(t, 5*time.Second)
	unlock, err := holder.Lock(ctx, leaseLock, time.Minute) // the applicant's previous message
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		state ClaimState
		lease Lease
		err   error
	}
	got := make(chan result, 1)
	go func() {
		state, _, lease, err := waiter.ClaimLocked(ctx, key, time.Minute, leaseLock, time.Minute)
		got <- result{state, lease, err}
	}()
	select {
	case r := <-got:
		t.Fatalf("ClaimLocked did not wait for the held lock: %+v", r)
	case <-time.After(100 * time.Millisecond):
	}
	unlock()
	r := <-got
	if r.err != nil || r.state != ClaimNew || r.lease == nil {
		t.Fatalf("after unlock = %+v; want new with a lease", r)
	}
	if err := r.lease.Release(ctx); err != nil {
		t.Fatal(err)
	}
	if state, _, err := holder.Claim(ctx, key, time.Minute); err != nil || state != ClaimNew {
		t.Errorf("after Release: Claim = %v, %v; want new", state, err)
	}
	lockFree(t, holder, leaseLock)
}

// A lock that cannot be had in time gives the claim back: WeChat's retry processes the message.
func TestClaimLockedTimeoutReleasesTheClaim(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		unlock, err := p.a.Lock(ctx, leaseLock, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		defer unlock()
		short, cancel := context.WithTimeout(ctx, 150*time.Millisecond)
		defer cancel()
		_, _, lease, err := p.b.ClaimLocked(short, "超时的消息", time.Minute, leaseLock, time.Minute)
		if !errors.Is(err, context.DeadlineExceeded) || lease != nil {
			t.Fatalf("ClaimLocked = lease %v, %v; want DeadlineExceeded", lease, err)
		}
		if state, _, err := p.a.Claim(ctx, "超时的消息", time.Minute); err != nil || state != ClaimNew {
			t.Errorf("the claim was kept: Claim = %v, %v; want new", state, err)
		}
	})
}

// lockFree checks that name can be locked at once.
func lockFree(t *testing.T, st Store, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	unlock, err := st.Lock(ctx, name, time.Minute)
	if err != nil {
		t.Fatalf("lock %q still held: %v", name, err)
	}
	unlock()
}

// Finishing a claim that nobody waits for publishes nothing: every instance would otherwise wake
// for every message. A waiter on the claim, or on the lock, gets its notice.
func TestLeaseNoticesOnlyForWaiters(t *testing.T) {
	t.Parallel()
	p := openRedisPair(t)
	a, b := p.a.(*Redis), p.b.(*Redis)
	ctx := ctxFor(t, 5*time.Second)
	watch := a.client.Subscribe(ctx, a.notify.channel)
	defer watch.Close()
	if _, err := watch.Receive(ctx); err != nil { // the subscription confirmation
		t.Fatal(err)
	}
	msgs := watch.Channel()
	notices := func() int { // those that arrive until 150 ms pass without one
		for n := 0; ; n++ {
			select {
			case <-msgs:
			case <-time.After(150 * time.Millisecond):
				return n
			}
		}
	}
	_, _, lease, err := a.ClaimLocked(ctx, "无人等待", time.Minute, leaseLock, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if err := lease.Complete(ctx, replyText, time.Minute); err != nil {
		t.Fatal(err)
	}
	if n := notices(); n != 0 {
		t.Errorf("finishing with nobody waiting published %d notices, want 0", n)
	}

	_, _, lease, err = a.ClaimLocked(ctx, "有人等待", time.Minute, leaseLock, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	replies := startWaiters(ctx, b, "有人等待", 1)
	locked := make(chan error, 1)
	go func() {
		unlock, err := b.Lock(ctx, leaseLock, time.Minute)
		if err == nil {
			unlock()
		}
		locked <- err
	}()
	time.Sleep(100 * time.Millisecond) // let both wait
	if err := lease.Complete(ctx, replyText, time.Minute); err != nil {
		t.Fatal(err)
	}
	if r := replies()[0]; r.err != nil || string(r.reply) != string(replyText) {
		t.Errorf("waiter: %q, %v; want the reply", r.reply, r.err)
	}
	if err := <-locked; err != nil {
		t.Errorf("lock waiter: %v", err)
	}
	if n := notices(); n < 2 {
		t.Errorf("finishing with a claim waiter and a lock waiter published %d notices, want ≥ 2", n)
	}
}
