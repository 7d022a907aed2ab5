package session

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// unlockTimeout bounds the Redis call of an unlock func, which has no ctx.
const unlockTimeout = 2 * time.Second

// lockScript: KEYS[1] lock key, KEYS[2] its wait mark; ARGV: token, ttl ms.
// Returns {1, 0} when acquired, else {0, ms until the holder's lock expires}
// and marks that someone waits, so that the unlock publishes a notice.
var lockScript = redis.NewScript(`
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, 0}
end
redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
return {0, redis.call('PTTL', KEYS[1])}
`)

// unlockScript: KEYS[1] lock key, KEYS[2] its wait mark; ARGV: token,
// channel, notice. Deletes the lock only if the token still owns it, then
// wakes the other instances if one of them waits.
var unlockScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  if redis.call('DEL', KEYS[2]) == 1 then
    redis.call('PUBLISH', ARGV[2], ARGV[3])
  end
  return 1
end
return 0
`)

// Lock takes the named lock across instances. Callers of this process first
// queue in arrival order; the head of the queue then takes the Redis lock,
// waking on the notify channel when another instance unlocks and otherwise
// retrying when the holder's ttl runs out (at the latest every waitPoll).
func (r *Redis) Lock(ctx context.Context, name string, ttl time.Duration) (func(), error) {
	if err := checkTTL("lock", name, ttl); err != nil {
		return nil, err
	}
	if r.closed.Load() {
		return nil, ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	token, err := newToken()
	if err != nil {
		return nil, fmt.Errorf("session: lock %q: %w", name, err)
	}
	gen, err := r.locks.acquire(ctx, name, 0) // armed once Redis grants the lock
	if err != nil {
		return nil, err
	}
	if err := r.lockRedis(ctx, name, token, ttl); err != nil {
		r.locks.release(name, gen)
		// The SET may have landed although its answer was lost: undo it,
		// without making the failing caller wait for Redis once more.
		go r.unlockRedis(name, token)
		return nil, err
	}
	r.locks.arm(name, gen, ttl)
	var once sync.Once
	return func() { once.Do(func() { r.unlock(name, token, gen) }) }, nil
}

// lockRedis blocks until the Redis lock of name holds token.
func (r *Redis) lockRedis(ctx context.Context, name, token string, ttl time.Duration) error {
	w, stop, err := r.notify.watch(ctx, topicLock+name)
	if err != nil {
		return fmt.Errorf("session: lock %q: %w", name, err)
	}
	defer stop()
	retry := time.NewTimer(0)
	defer retry.Stop()
	for {
		select {
		case <-w.c:
		case <-retry.C:
		case <-ctx.Done():
			return ctx.Err()
		}
		wait, err := r.tryLock(ctx, name, token, ttl)
		if err != nil || wait == 0 {
			return err
		}
		retry.Reset(wait)
	}
}

// tryLock sets the lock if it is free (wait 0), else says how long to wait
// before trying again: until the holder's ttl ends, at most waitPoll.
func (r *Redis) tryLock(ctx context.Context, name, token string, ttl time.Duration) (time.Duration, error) {
	res, err := lockScript.Run(ctx, r.client, r.lockKeys(name), token, millis(ttl)).Int64Slice()
	switch {
	case err != nil && ctx.Err() != nil:
		return 0, ctx.Err()
	case err != nil:
		return 0, fmt.Errorf("session: lock %q: %w", name, err)
	case len(res) != 2:
		return 0, fmt.Errorf("session: lock %q: unexpected script result %v", name, res)
	case res[0] == 1:
		return 0, nil
	}
	wait := time.Duration(res[1]+1) * time.Millisecond
	if res[1] < 0 || wait > waitPoll {
		wait = waitPoll
	}
	return wait, nil
}

// unlock frees the Redis lock if token still owns it, then hands the local
// queue to its next waiter.
func (r *Redis) unlock(name, token string, gen uint64) {
	r.unlockRedis(name, token)
	r.locks.release(name, gen)
}

// unlockRedis deletes the Redis lock of name if token still owns it and
// wakes the other instances. A failed call leaves the lock to its ttl.
func (r *Redis) unlockRedis(name, token string) {
	ctx, cancel := context.WithTimeout(context.Background(), unlockTimeout)
	defer cancel()
	msg := encodeNotice(noticeUnlocked, topicLock+name, nil)
	_ = unlockScript.Run(ctx, r.client, r.lockKeys(name), token, r.notify.channel, msg).Err()
}

// lockKeys are the lock of name and its wait mark.
func (r *Redis) lockKeys(name string) []string {
	return []string{r.key(spaceLock, name), r.key(spaceWait, name)}
}

// lockQueue reports how many callers of this process hold or wait for
// the lock name (the holder first, then its FIFO queue).
func (r *Redis) lockQueue(name string) int { return r.locks.queued(name) }

// newToken returns a random token that identifies one lock holder.
func newToken() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("random token: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}
