// Package session holds what is hot or shared between loanbot instances:
// dedup claims with their cached replies, per-applicant locks, the
// conversation-state cache, pub/sub notices and rate limits.
//
// Two implementations satisfy one contract, Store: Redis (go-redis v9), used
// when several instances run side by side, and Memory, an in-process store
// for a single instance and for development. Both pass the same contract
// tests. MySQL stays the source of truth: losing this data loses no message.
//
// The package imports nothing from the rest of loanbot.
package session

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ClaimState is the outcome of Store.Claim.
type ClaimState int

const (
	// ClaimNew means the caller owns the key now and must Complete or Release it.
	ClaimNew ClaimState = iota
	// ClaimInFlight means another caller (maybe another instance) is processing the key.
	ClaimInFlight
	// ClaimDone means processing finished; Claim returns the cached reply.
	ClaimDone
)

// String names the state for logs and test failures.
func (s ClaimState) String() string {
	switch s {
	case ClaimNew:
		return "new"
	case ClaimInFlight:
		return "in-flight"
	case ClaimDone:
		return "done"
	}
	return "ClaimState(?)"
}

// ErrReleased is returned by WaitReply when the key has no live claim any
// more and no reply: the owner released it, its claim expired (a crashed
// owner), or it was never claimed. The caller should Claim again.
var ErrReleased = errors.New("session: claim released without a reply")

// ErrClosed is returned by calls that need the store's background machinery
// (WaitReply, Lock, Subscribe) after Close.
var ErrClosed = errors.New("session: store closed")

// Store is the contract both implementations fulfil. Keys and channel names
// are opaque strings (any bytes, Chinese included); a Redis store puts every
// key and channel under its prefix. A ttl ≤ 0 passed to Set means "no
// expiry"; Claim, Complete and Lock need a positive ttl.
type Store interface {
	// Claim atomically claims key for processing; the claim expires after ttl
	// if never completed (a crashed instance must not block a key forever).
	Claim(ctx context.Context, key string, ttl time.Duration) (ClaimState, []byte, error)
	// Complete stores reply for key for ttl (turning the claim into "done")
	// and wakes every waiter, on every instance.
	Complete(ctx context.Context, key string, reply []byte, ttl time.Duration) error
	// Release drops an in-flight claim without a reply (processing failed) so
	// a retry processes again; waiters get ErrReleased. A done key is left as is.
	Release(ctx context.Context, key string) error
	// WaitReply blocks until key is completed (returns the reply), released or
	// expired (ErrReleased), or ctx ends (ctx.Err()).
	WaitReply(ctx context.Context, key string) ([]byte, error)
	// ClaimLocked is Claim and, for a new claim, Lock(name, lockTTL) too: the
	// lease it returns then owns both, and its Complete or Release also frees
	// the lock. On Redis it is one round trip when the lock is free. If the
	// lock cannot be had (ctx ends, the store fails) the claim is released
	// and err says why. lease is nil unless the state is ClaimNew.
	ClaimLocked(ctx context.Context, key string, ttl time.Duration, name string, lockTTL time.Duration) (ClaimState, []byte, Lease, error)
	// Lock takes an exclusive per-name lock across instances, TTL-bounded so a
	// crashed holder frees it; it blocks until acquired or ctx ends. Waiters
	// in the same process are served in arrival order (FIFO). unlock releases
	// only if the caller still owns the lock; calling it twice is harmless.
	Lock(ctx context.Context, name string, ttl time.Duration) (unlock func(), err error)
	// Get returns the cached value for key; ok is false when it is absent.
	Get(ctx context.Context, key string) (val []byte, ok bool, err error)
	// Set stores val for ttl (ttl ≤ 0: no expiry).
	Set(ctx context.Context, key string, val []byte, ttl time.Duration) error
	// Del removes key; removing an absent key is not an error.
	Del(ctx context.Context, key string) error
	// Publish sends payload to every current subscriber of channel, on every
	// instance. Delivery is at most once, as with Redis pub/sub.
	Publish(ctx context.Context, channel string, payload []byte) error
	// Subscribe delivers messages until ctx ends, then closes the channel.
	// The subscription is active when Subscribe returns.
	Subscribe(ctx context.Context, channel string) (<-chan []byte, error)
	// Allow reports whether one more event for key fits the limit: at most
	// limit events in any sliding window of the given length. An allowed
	// event is counted; a refused one is not.
	Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error)
	// Ping checks that the backend answers.
	Ping(ctx context.Context) error
	// Close ends every subscription and releases the store's resources; the
	// store must not be used afterwards.
	Close() error
}

// Lease is a new claim owned together with a lock (Store.ClaimLocked).
// Exactly one of Complete and Release must be called; either frees the lock,
// and a second call does nothing.
type Lease interface {
	// Complete is Store.Complete of the claim, then the unlock.
	Complete(ctx context.Context, reply []byte, ttl time.Duration) error
	// Release is Store.Release of the claim, then the unlock.
	Release(ctx context.Context) error
}

// Compile-time proof that both implementations fit the contract.
var (
	_ Store = (*Redis)(nil)
	_ Store = (*Memory)(nil)
)

// checkTTL rejects a non-positive ttl where one is required.
func checkTTL(op, key string, ttl time.Duration) error {
	if ttl <= 0 {
		return fmt.Errorf("session: %s %q: ttl must be positive, got %v", op, key, ttl)
	}
	return nil
}
