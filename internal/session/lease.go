package session

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// releaseTimeout bounds the Release of a claim whose lock could not be had.
const releaseTimeout = 2 * time.Second

// claimer is the part of a Store a composed ClaimLocked needs.
type claimer interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (ClaimState, []byte, error)
	Complete(ctx context.Context, key string, reply []byte, ttl time.Duration) error
	Release(ctx context.Context, key string) error
	Lock(ctx context.Context, name string, ttl time.Duration) (func(), error)
}

// claimThenLock is ClaimLocked made of Claim and Lock, one after the other.
func claimThenLock(ctx context.Context, s claimer, key string, ttl time.Duration, name string, lockTTL time.Duration) (ClaimState, []byte, Lease, error) {
	if err := checkTTL("lock", name, lockTTL); err != nil {
		return 0, nil, nil, err
	}
	state, reply, err := s.Claim(ctx, key, ttl)
	if err != nil || state != ClaimNew {
		return state, reply, nil, err
	}
	unlock, err := s.Lock(ctx, name, lockTTL)
	if err != nil {
		return 0, nil, nil, errors.Join(err, releaseClaim(ctx, s, key))
	}
	return ClaimNew, nil, &composedLease{s: s, key: key, unlock: unlock}, nil
}

// releaseClaim releases key even when ctx has ended: the claim must not wait for its ttl.
func releaseClaim(ctx context.Context, s claimer, key string) error {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), releaseTimeout)
	defer cancel()
	if err := s.Release(rctx, key); err != nil {
		return fmt.Errorf("after the lock failed: %w", err)
	}
	return nil
}

// composedLease is a Lease made of a store's Complete or Release and an unlock func.
type composedLease struct {
	s      claimer
	key    string
	unlock func()
	once   sync.Once
}

func (l *composedLease) Complete(ctx context.Context, reply []byte, ttl time.Duration) (err error) {
	l.once.Do(func() {
		defer l.unlock()
		err = l.s.Complete(ctx, l.key, reply, ttl)
	})
	return err
}

func (l *composedLease) Release(ctx context.Context) (err error) {
	l.once.Do(func() {
		defer l.unlock()
		err = l.s.Release(ctx, l.key)
	})
	return err
}
