package session

import (
	"context"
	"time"
)

// memClaim is the dedup record of one key: in flight until done or released.
type memClaim struct {
	done     bool
	released bool
	reply    []byte
	expires  time.Time
	wake     chan struct{} // closed when the claim completes or is released
}

func (c *memClaim) expired(now time.Time) bool { return !now.Before(c.expires) }

// liveClaimLocked returns the unexpired claim for key, dropping an expired one.
func (m *Memory) liveClaimLocked(key string) *memClaim {
	c := m.claims[key]
	if c != nil && c.expired(m.now()) {
		delete(m.claims, key)
		return nil
	}
	return c
}

// Claim claims key for ttl, or reports it in flight or done.
func (m *Memory) Claim(ctx context.Context, key string, ttl time.Duration) (ClaimState, []byte, error) {
	if err := checkTTL("claim", key, ttl); err != nil {
		return 0, nil, err
	}
	if err := ctx.Err(); err != nil {
		return 0, nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	switch c := m.liveClaimLocked(key); {
	case c == nil:
		m.claims[key] = &memClaim{expires: m.now().Add(ttl), wake: make(chan struct{})}
		m.wroteLocked()
		return ClaimNew, nil, nil
	case c.done:
		return ClaimDone, clone(c.reply), nil
	default:
		return ClaimInFlight, nil, nil
	}
}

// Complete caches reply for key for ttl and wakes its waiters.
func (m *Memory) Complete(ctx context.Context, key string, reply []byte, ttl time.Duration) error {
	if err := checkTTL("complete", key, ttl); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.liveClaimLocked(key)
	if c == nil {
		c = &memClaim{wake: make(chan struct{})}
		m.claims[key] = c
		m.wroteLocked()
	}
	c.reply, c.expires = clone(reply), m.now().Add(ttl)
	if !c.done {
		c.done = true
		close(c.wake)
	}
	return nil
}

// Release drops an in-flight claim of key and wakes its waiters.
func (m *Memory) Release(ctx context.Context, key string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.liveClaimLocked(key)
	if c == nil || c.done {
		return nil
	}
	c.released = true
	close(c.wake)
	delete(m.claims, key)
	return nil
}

// WaitReply waits for key to be completed, released or to expire.
func (m *Memory) WaitReply(ctx context.Context, key string) ([]byte, error) {
	for {
		m.mu.Lock()
		c := m.liveClaimLocked(key)
		if c == nil {
			m.mu.Unlock()
			return nil, ErrReleased
		}
		if c.done {
			reply := clone(c.reply)
			m.mu.Unlock()
			return reply, nil
		}
		wake, left := c.wake, c.expires.Sub(m.now())
		m.mu.Unlock()

		expiry := time.NewTimer(left)
		select {
		case <-wake:
			expiry.Stop()
			return m.outcome(c)
		case <-expiry.C: // loop: the claim has expired, or been extended by a Complete
		case <-ctx.Done():
			expiry.Stop()
			return nil, ctx.Err()
		}
	}
}

// outcome reads how a woken claim ended: a released claim answers
// ErrReleased even if a retry has claimed the key again since.
func (m *Memory) outcome(c *memClaim) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if c.released {
		return nil, ErrReleased
	}
	return clone(c.reply), nil
}

// ClaimLocked claims key and, when the claim is new, locks name.
func (m *Memory) ClaimLocked(ctx context.Context, key string, ttl time.Duration, name string, lockTTL time.Duration) (ClaimState, []byte, Lease, error) {
	return claimThenLock(ctx, m, key, ttl, name, lockTTL)
}
