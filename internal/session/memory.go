package session

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// sweepEvery is how many writes a Memory store takes between two sweeps of
// expired entries; reads also drop what they find expired.
const sweepEvery = 1024

// Memory is the in-process Store: one instance, nothing shared, nothing
// survives a restart. It is safe for concurrent use. Its methods never fail
// except on a bad argument or a ctx that has ended.
type Memory struct {
	mu     sync.Mutex
	claims map[string]*memClaim
	values map[string]memValue
	rates  map[string]*memRate
	subs   map[string]map[*memSub]struct{}
	writes int // since the last sweep
	locks  *fifoLocks
	now    func() time.Time
	done   chan struct{} // closed by Close: ends the subscription goroutines
	closer sync.Once
}

// memValue is one entry of the conversation-state cache.
type memValue struct {
	val     []byte
	expires time.Time // zero: never
}

func (v memValue) expired(now time.Time) bool {
	return !v.expires.IsZero() && !now.Before(v.expires)
}

// NewMemory returns an empty in-process store.
func NewMemory() *Memory {
	return &Memory{
		claims: make(map[string]*memClaim),
		values: make(map[string]memValue),
		rates:  make(map[string]*memRate),
		subs:   make(map[string]map[*memSub]struct{}),
		locks:  newFIFOLocks(),
		now:    time.Now,
		done:   make(chan struct{}),
	}
}

// Get returns a copy of the cached value for key.
func (m *Memory) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.values[key]
	if !ok {
		return nil, false, nil
	}
	if v.expired(m.now()) {
		delete(m.values, key)
		return nil, false, nil
	}
	return clone(v.val), true, nil
}

// Set stores a copy of val for ttl (ttl ≤ 0: no expiry).
func (m *Memory) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	v := memValue{val: clone(val)}
	if ttl > 0 {
		v.expires = m.now().Add(ttl)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.values[key] = v
	m.wroteLocked()
	return nil
}

// Del removes key.
func (m *Memory) Del(ctx context.Context, key string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.values, key)
	return nil
}

// Lock takes the named lock, serving waiters in arrival order; the grant
// frees itself after ttl if unlock is never called.
func (m *Memory) Lock(ctx context.Context, name string, ttl time.Duration) (func(), error) {
	if err := checkTTL("lock", name, ttl); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	gen, err := m.locks.acquire(ctx, name, ttl)
	if err != nil {
		return nil, err
	}
	var once sync.Once
	return func() { once.Do(func() { m.locks.release(name, gen) }) }, nil
}

// lockQueue reports how many callers of this process hold or wait for
// the lock name (the holder first, then its FIFO queue).
func (m *Memory) lockQueue(name string) int { return m.locks.queued(name) }

// Ping always succeeds while ctx is live.
func (m *Memory) Ping(ctx context.Context) error { return ctx.Err() }

// Close ends every subscription. Claims, values and locks stay usable, so a
// late call from a shutting-down handler does not panic.
func (m *Memory) Close() error {
	m.closer.Do(func() { close(m.done) })
	m.mu.Lock()
	defer m.mu.Unlock()
	for channel, set := range m.subs {
		for s := range set {
			close(s.c)
		}
		delete(m.subs, channel)
	}
	return nil
}

// wroteLocked counts a write and sweeps expired entries now and then, so
// keys nobody reads again do not pile up.
func (m *Memory) wroteLocked() {
	m.writes++
	if m.writes < sweepEvery {
		return
	}
	m.writes = 0
	now := m.now()
	for k, v := range m.values {
		if v.expired(now) {
			delete(m.values, k)
		}
	}
	for k, c := range m.claims {
		if c.expired(now) {
			delete(m.claims, k)
		}
	}
	for k, r := range m.rates {
		if r.idle(now) {
			delete(m.rates, k)
		}
	}
}

// clone copies b so that callers and the store never share a slice.
func clone(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return append([]byte(nil), b...)
}

// validWindow rejects a window that cannot hold any event.
func validWindow(key string, window time.Duration) error {
	if window <= 0 {
		return fmt.Errorf("session: allow %q: window must be positive, got %v", key, window)
	}
	return nil
}
