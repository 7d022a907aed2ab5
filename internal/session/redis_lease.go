package session

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// claimLockScript: KEYS[1] claim key, KEYS[2] lock key, KEYS[3] its wait
// mark; ARGV: claim ttl ms, token, lock ttl ms. Claims as claimScript does and,
// for a new claim, takes the lock if it is free. Returns {state, reply, locked}.
var claimLockScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v then
  if string.sub(v, 1, 1) == 'd' then
    return {2, string.sub(v, 2), 0}
  end
  return {1, '', 0}
end
redis.call('SET', KEYS[1], 'p', 'PX', ARGV[1])
if redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[3]) then
  return {0, '', 1}
end
redis.call('SET', KEYS[3], '1', 'PX', ARGV[3])
return {0, '', 0}
`)

// completeUnlockScript: KEYS as claimLockScript; ARGV: reply, ttl ms, token,
// channel, claim notice, lock notice. completeScript, then unlockScript.
var completeUnlockScript = redis.NewScript(`
local old = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], 'd' .. ARGV[1], 'PX', ARGV[2])
if old == 'w' then
  redis.call('PUBLISH', ARGV[4], ARGV[5])
end
if redis.call('GET', KEYS[2]) == ARGV[3] then
  redis.call('DEL', KEYS[2])
  if redis.call('DEL', KEYS[3]) == 1 then
    redis.call('PUBLISH', ARGV[4], ARGV[6])
  end
end
return 1
`)

// ClaimLocked claims key and, for a new claim, takes the lock of name in the
// same script when nobody of this process holds or waits for it and no other
// instance holds it; otherwise it waits for the lock as Lock does.
func (r *Redis) ClaimLocked(ctx context.Context, key string, ttl time.Duration, name string, lockTTL time.Duration) (ClaimState, []byte, Lease, error) {
	if err := checkTTL("claim", key, ttl); err != nil {
		return 0, nil, nil, err
	}
	if err := checkTTL("lock", name, lockTTL); err != nil {
		return 0, nil, nil, err
	}
	if r.closed.Load() {
		return 0, nil, nil, ErrClosed
	}
	gen, free := r.locks.tryAcquire(name)
	if !free { // queue behind this process's holder, in order
		return claimThenLock(ctx, r, key, ttl, name, lockTTL)
	}
	token, err := newToken()
	if err != nil {
		r.locks.release(name, gen)
		return 0, nil, nil, fmt.Errorf("session: claim %q: %w", key, err)
	}
	state, reply, locked, err := r.claimLock(ctx, key, ttl, name, token, lockTTL)
	if err != nil || state != ClaimNew {
		r.locks.release(name, gen)
		return state, reply, nil, err
	}
	if !locked {
		if err := r.lockRedis(ctx, name, token, lockTTL); err != nil {
			r.locks.release(name, gen)
			go r.unlockRedis(name, token)
			return 0, nil, nil, errors.Join(err, releaseClaim(ctx, r, key))
		}
	}
	r.locks.arm(name, gen, lockTTL)
	return ClaimNew, nil, &redisLease{r: r, key: key, name: name, token: token, gen: gen}, nil
}

// claimLock runs claimLockScript.
func (r *Redis) claimLock(ctx context.Context, key string, ttl time.Duration, name, token string, lockTTL time.Duration) (ClaimState, []byte, bool, error) {
	keys := append([]string{r.key(spaceClaim, key)}, r.lockKeys(name)...)
	res, err := claimLockScript.Run(ctx, r.client, keys, millis(ttl), token, millis(lockTTL)).Slice()
	if err != nil {
		return 0, nil, false, fmt.Errorf("session: claim %q: %w", key, err)
	}
	if len(res) != 3 {
		return 0, nil, false, fmt.Errorf("session: claim %q: unexpected script result %v", key, res)
	}
	state, reply, ok := claimResult(res[:2])
	locked, ok2 := res[2].(int64)
	if !ok || !ok2 {
		return 0, nil, false, fmt.Errorf("session: claim %q: unexpected script result %v", key, res)
	}
	if ClaimState(state) != ClaimDone {
		return ClaimState(state), nil, locked == 1, nil
	}
	return ClaimDone, []byte(reply), false, nil
}

// redisLease is a claim and a lock taken by ClaimLocked.
type redisLease struct {
	r                *Redis
	key, name, token string
	gen              uint64
	once             sync.Once
}

// Complete stores the reply, wakes its waiters and frees the lock, in one script.
func (l *redisLease) Complete(ctx context.Context, reply []byte, ttl time.Duration) (err error) {
	if err := checkTTL("complete", l.key, ttl); err != nil {
		return err
	}
	l.once.Do(func() {
		defer l.r.locks.release(l.name, l.gen)
		keys := append([]string{l.r.key(spaceClaim, l.key)}, l.r.lockKeys(l.name)...)
		err = completeUnlockScript.Run(ctx, l.r.client, keys, reply, millis(ttl), l.token, l.r.notify.channel,
			encodeNotice(noticeDone, topicClaim+l.key, reply), encodeNotice(noticeUnlocked, topicLock+l.name, nil)).Err()
		if err != nil {
			err = fmt.Errorf("session: complete %q: %w", l.key, err)
		}
	})
	return err
}

// Release drops the claim and frees the lock.
func (l *redisLease) Release(ctx context.Context) (err error) {
	l.once.Do(func() {
		defer l.r.unlock(l.name, l.token, l.gen)
		err = l.r.Release(ctx, l.key)
	})
	return err
}
