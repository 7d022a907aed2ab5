package session

import (
	"context"
	"sync"
	"time"
)

// fifoLocks is a set of named in-process locks that serve their waiters in
// arrival order. A grant may carry a ttl after which it frees itself, so a
// holder that never unlocks cannot block a name forever. Memory uses it as
// its lock; Redis puts it in front of the Redis lock so that waiters of one
// process reach Redis one at a time, in order.
type fifoLocks struct {
	mu    sync.Mutex
	gen   uint64 // last grant id, unique across names: a stale id never matches
	locks map[string]*fifoLock
}

// fifoLock is one named lock: its current grant and the queue behind it.
type fifoLock struct {
	held    bool
	gen     uint64      // id of the current grant
	timer   *time.Timer // frees the grant after its ttl; nil when unarmed
	waiters []*fifoWaiter
}

// fifoWaiter is one caller queued behind the holder.
type fifoWaiter struct {
	ready chan struct{} // closed once the lock is handed to this waiter
	ttl   time.Duration // ttl of the grant it will receive (0: unarmed)
	gen   uint64        // the grant id, written before ready is closed
}

func newFIFOLocks() *fifoLocks {
	return &fifoLocks{locks: make(map[string]*fifoLock)}
}

// acquire blocks until name is granted to the caller or ctx ends. It returns
// the grant id that release and arm take. ttl ≤ 0 leaves the grant unarmed
// (it lasts until released or armed).
func (f *fifoLocks) acquire(ctx context.Context, name string, ttl time.Duration) (uint64, error) {
	f.mu.Lock()
	l := f.locks[name]
	if l == nil {
		l = &fifoLock{}
		f.locks[name] = l
	}
	if !l.held {
		gen := f.grantLocked(name, l, ttl)
		f.mu.Unlock()
		return gen, nil
	}
	w := &fifoWaiter{ready: make(chan struct{}), ttl: ttl}
	l.waiters = append(l.waiters, w)
	f.mu.Unlock()

	select {
	case <-w.ready:
		return w.gen, nil
	case <-ctx.Done():
		f.abandon(name, l, w)
		return 0, ctx.Err()
	}
}

// tryAcquire grants name to the caller, unarmed, if nobody of this process holds or waits for it.
func (f *fifoLocks) tryAcquire(name string) (uint64, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if l := f.locks[name]; l != nil && l.held {
		return 0, false
	}
	l := &fifoLock{}
	f.locks[name] = l
	return f.grantLocked(name, l, 0), true
}

// abandon takes a waiter whose ctx ended out of the queue, or, if the lock
// was handed to it meanwhile, passes the lock on.
func (f *fifoLocks) abandon(name string, l *fifoLock, w *fifoWaiter) {
	f.mu.Lock()
	defer f.mu.Unlock()
	select {
	case <-w.ready:
		f.releaseLocked(name, l, w.gen)
	default:
		for i, q := range l.waiters {
			if q == w {
				l.waiters = append(l.waiters[:i], l.waiters[i+1:]...)
				break
			}
		}
	}
}

// grantLocked gives l to a new grant id, armed with ttl when ttl > 0.
func (f *fifoLocks) grantLocked(name string, l *fifoLock, ttl time.Duration) uint64 {
	f.gen++
	l.held, l.gen, l.timer = true, f.gen, nil
	f.armLocked(name, l, ttl)
	return l.gen
}

func (f *fifoLocks) armLocked(name string, l *fifoLock, ttl time.Duration) {
	if ttl <= 0 {
		return
	}
	if l.timer != nil {
		l.timer.Stop()
	}
	gen := l.gen
	l.timer = time.AfterFunc(ttl, func() { f.release(name, gen) })
}

// arm starts (or restarts) the ttl of grant gen. It reports false if gen is
// no longer the holder.
func (f *fifoLocks) arm(name string, gen uint64, ttl time.Duration) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	l := f.locks[name]
	if l == nil || !l.held || l.gen != gen {
		return false
	}
	f.armLocked(name, l, ttl)
	return true
}

// release frees grant gen of name and hands the lock to the first waiter.
// It reports false if gen was not the holder (expired or already released).
func (f *fifoLocks) release(name string, gen uint64) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	l := f.locks[name]
	if l == nil {
		return false
	}
	return f.releaseLocked(name, l, gen)
}

func (f *fifoLocks) releaseLocked(name string, l *fifoLock, gen uint64) bool {
	if !l.held || l.gen != gen {
		return false
	}
	if l.timer != nil {
		l.timer.Stop()
	}
	if len(l.waiters) > 0 {
		w := l.waiters[0]
		l.waiters = l.waiters[1:]
		w.gen = f.grantLocked(name, l, w.ttl)
		close(w.ready)
		return true
	}
	l.held = false
	delete(f.locks, name)
	return true
}

// queued reports how many callers of this process hold or wait for name.
func (f *fifoLocks) queued(name string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	if l := f.locks[name]; l != nil && l.held {
		return 1 + len(l.waiters)
	}
	return 0
}
