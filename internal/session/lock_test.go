package session

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// openid is an applicant's WeChat openid, the usual lock name.
const openid = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"

func TestLockExcludesAcrossInstances(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		unlock, err := p.a.Lock(ctxFor(t, time.Second), openid, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		_, err = p.b.Lock(ctxFor(t, 100*time.Millisecond), openid, 5*time.Second)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("second Lock while held = %v; want DeadlineExceeded", err)
		}
		got := make(chan time.Duration, 1)
		go func() {
			start := time.Now()
			unlockB, err := p.b.Lock(ctxFor(t, 3*time.Second), openid, 5*time.Second)
			if err != nil {
				t.Error(err)
				got <- 0
				return
			}
			defer unlockB()
			got <- time.Since(start)
		}()
		time.Sleep(50 * time.Millisecond) // b is now waiting on the holder
		freed := time.Now()
		unlock()
		<-got
		t.Logf("the waiter got the lock %v after unlock", time.Since(freed))
		if d := time.Since(freed); d > 150*time.Millisecond {
			t.Errorf("waiter got the lock %v after unlock; want prompt (notified, not polled)", d)
		}
	})
}

func TestLockMutualExclusionUnderContention(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		var inside, maxInside, total atomic.Int32
		var wg sync.WaitGroup
		for i := range 8 {
			st := p.a
			if i%2 == 1 {
				st = p.b
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 5 {
					unlock, err := st.Lock(ctxFor(t, 10*time.Second), "招商银行-抵押贷", 5*time.Second)
					if err != nil {
						t.Error(err)
						return
					}
					n := inside.Add(1)
					if n > maxInside.Load() {
						maxInside.Store(n)
					}
					time.Sleep(time.Millisecond)
					total.Add(1)
					inside.Add(-1)
					unlock()
				}
			}()
		}
		wg.Wait()
		if maxInside.Load() != 1 || total.Load() != 40 {
			t.Errorf("max holders at once = %d, sections run = %d; want 1, 40", maxInside.Load(), total.Load())
		}
	})
}

func TestLockTTLFreesDeadHolder(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		const ttl = 150 * time.Millisecond
		if _, err := p.a.Lock(ctxFor(t, time.Second), openid, ttl); err != nil { // never unlocked
			t.Fatal(err)
		}
		start := time.Now()
		unlock, err := p.b.Lock(ctxFor(t, 3*time.Second), openid, time.Second)
		if err != nil {
			t.Fatalf("Lock after the holder died = %v; want acquired once its ttl ran out", err)
		}
		defer unlock()
		if took := time.Since(start); took < ttl/2 || took > ttl+waitPoll+200*time.Millisecond {
			t.Errorf("acquired after %v; want about the holder's ttl %v", took, ttl)
		}
	})
}

func TestUnlockAfterExpiryKeepsNewOwner(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		sameStore bool // the new owner is on the same instance as the expired one
	}{
		{"new owner on the same instance", true},
		{"new owner on the other instance", false},
	}
	eachBackend(t, func(t *testing.T, p pair) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				t.Parallel()
				owner2 := p.b
				if tt.sameStore {
					owner2 = p.a
				}
				name := openid + "/" + tt.name
				stale, err := p.a.Lock(ctxFor(t, time.Second), name, 100*time.Millisecond)
				if err != nil {
					t.Fatal(err)
				}
				unlock2, err := owner2.Lock(ctxFor(t, 3*time.Second), name, 10*time.Second) // after the ttl
				if err != nil {
					t.Fatal(err)
				}
				stale() // the first holder wakes up late and unlocks: must not free owner2
				for _, st := range []Store{p.a, p.b} {
					if _, err := st.Lock(ctxFor(t, 100*time.Millisecond), name, time.Second); !errors.Is(err, context.DeadlineExceeded) {
						t.Errorf("Lock after a stale unlock = %v; want DeadlineExceeded (owner2 still holds it)", err)
					}
				}
				unlock2()
				unlock3, err := p.b.Lock(ctxFor(t, time.Second), name, time.Second)
				if err != nil {
					t.Fatalf("Lock after the owner unlocked = %v", err)
				}
				unlock3()
			})
		}
	})
}

func TestLockServesLocalWaitersInArrivalOrder(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		holderOnOther bool // the first holder is another instance
	}{
		{"holder on this instance", false},
		{"holder on another instance", true},
	}
	eachBackend(t, func(t *testing.T, p pair) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				t.Parallel()
				name := openid + "/fifo/" + tt.name
				holder := p.a
				if tt.holderOnOther {
					holder = p.b
				}
				got := lockInOrder(t, holder, p.a, name, 20)
				want := make([]int, 20)
				for i := range want {
					want[i] = i
				}
				if !slices.Equal(got, want) {
					t.Errorf("waiters ran in order %v; want %v", got, want)
				}
			})
		}
	})
}

// lockInOrder has holder take name, queues n waiters on st one after the
// other (each known to be queued before the next starts), frees the holder
// and returns the order in which the waiters got the lock.
func lockInOrder(t *testing.T, holder, st Store, name string, n int) []int {
	t.Helper()
	unlock, err := holder.Lock(ctxFor(t, time.Second), name, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	queue := st.(lockQueuer)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u, err := st.Lock(ctxFor(t, 10*time.Second), name, 5*time.Second)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			u()
		}()
		// When the holder is another instance, the first waiter holds the
		// local slot while it waits on Redis; every later one queues behind.
		want := i + 1
		if holder == st {
			want = i + 2
		}
		eventually(t, 2*time.Second, "waiter to queue", func() bool { return queue.lockQueue(name) >= want })
	}
	unlock()
	wg.Wait()
	return order
}

func TestLockWaiterGivesUpWithItsCtx(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		unlock, err := p.a.Lock(ctxFor(t, time.Second), openid, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.a.Lock(ctxFor(t, 50*time.Millisecond), openid, time.Second); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Lock with a short ctx = %v; want DeadlineExceeded", err)
		}
		if n := p.a.(lockQueuer).lockQueue(openid); n != 1 {
			t.Errorf("lock queue holds %d callers after the waiter gave up; want 1 (the holder)", n)
		}
		unlock()
		unlock() // twice is harmless
		u, err := p.a.Lock(ctxFor(t, time.Second), openid, time.Second)
		if err != nil {
			t.Fatalf("Lock after unlock = %v", err)
		}
		u()
	})
}

func TestLockRejectsNonPositiveTTL(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		for _, ttl := range []time.Duration{0, -time.Second} {
			if _, err := p.a.Lock(ctxFor(t, time.Second), openid, ttl); err == nil {
				t.Errorf("Lock(ttl=%v) succeeded; want an error", ttl)
			}
		}
	})
}
