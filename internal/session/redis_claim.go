package session

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// waitPoll is how often WaitReply and Lock look at Redis themselves while no
// notice arrives: it bounds the delay when an owner crashes (its claim or
// lock expires silently) or a notice is lost in a reconnect. Wake-ups on
// Complete, Release and unlock come from the notify channel, not from this.
const waitPoll = 250 * time.Millisecond

// claimDone marks a done claim: its value is 'd'+reply. While in flight it is
// 'p', or 'w' once WaitReply looked at it: only then does finishing it
// publish a notice.
const claimDone = 'd'

// claimScript: KEYS[1] claim key; ARGV[1] ttl ms. Returns {state, reply}.
var claimScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], 'p', 'PX', ARGV[1])
  return {0, ''}
end
if string.sub(v, 1, 1) == 'd' then
  return {2, string.sub(v, 2)}
end
return {1, ''}
`)

// completeScript: KEYS[1] claim key; ARGV: reply, ttl ms, channel, notice.
var completeScript = redis.NewScript(`
local old = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], 'd' .. ARGV[1], 'PX', ARGV[2])
if old == 'w' then
  redis.call('PUBLISH', ARGV[3], ARGV[4])
end
return 1
`)

// releaseScript: KEYS[1] claim key; ARGV: channel, notice. Only an in-flight
// claim is dropped; a done key keeps its reply.
var releaseScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v == 'p' or v == 'w' then
  redis.call('DEL', KEYS[1])
  if v == 'w' then
    redis.call('PUBLISH', ARGV[1], ARGV[2])
  end
  return 1
end
return 0
`)

// Claim claims key for ttl, or reports it in flight or done, in one atomic step.
func (r *Redis) Claim(ctx context.Context, key string, ttl time.Duration) (ClaimState, []byte, error) {
	if err := checkTTL("claim", key, ttl); err != nil {
		return 0, nil, err
	}
	res, err := claimScript.Run(ctx, r.client, []string{r.key(spaceClaim, key)}, millis(ttl)).Slice()
	if err != nil {
		return 0, nil, fmt.Errorf("session: claim %q: %w", key, err)
	}
	state, reply, ok := claimResult(res)
	if !ok {
		return 0, nil, fmt.Errorf("session: claim %q: unexpected script result %v", key, res)
	}
	if ClaimState(state) != ClaimDone {
		return ClaimState(state), nil, nil
	}
	return ClaimDone, []byte(reply), nil
}

// claimResult decodes claimScript's {state, reply}.
func claimResult(res []any) (state int64, reply string, ok bool) {
	if len(res) != 2 {
		return 0, "", false
	}
	state, ok1 := res[0].(int64)
	reply, ok2 := res[1].(string)
	return state, reply, ok1 && ok2
}

// Complete caches reply for key for ttl and wakes the waiters of every instance.
func (r *Redis) Complete(ctx context.Context, key string, reply []byte, ttl time.Duration) error {
	if err := checkTTL("complete", key, ttl); err != nil {
		return err
	}
	msg := encodeNotice(noticeDone, topicClaim+key, reply)
	err := completeScript.Run(ctx, r.client, []string{r.key(spaceClaim, key)},
		reply, millis(ttl), r.notify.channel, msg).Err()
	if err != nil {
		return fmt.Errorf("session: complete %q: %w", key, err)
	}
	return nil
}

// Release drops an in-flight claim of key and wakes its waiters with ErrReleased.
func (r *Redis) Release(ctx context.Context, key string) error {
	msg := encodeNotice(noticeReleased, topicClaim+key, nil)
	err := releaseScript.Run(ctx, r.client, []string{r.key(spaceClaim, key)}, r.notify.channel, msg).Err()
	if err != nil {
		return fmt.Errorf("session: release %q: %w", key, err)
	}
	return nil
}

// WaitReply waits for key to be completed, released or to expire. It wakes
// on the notify channel and otherwise reads the key only every waitPoll.
func (r *Redis) WaitReply(ctx context.Context, key string) ([]byte, error) {
	if r.closed.Load() {
		return nil, ErrClosed
	}
	w, stop, err := r.notify.watch(ctx, topicClaim+key)
	if err != nil {
		return nil, fmt.Errorf("session: wait for %q: %w", key, err)
	}
	defer stop()
	poll := time.NewTimer(0) // look once right away: it may be done already
	defer poll.Stop()
	for {
		select {
		case n := <-w.c:
			if n.kind == noticeReleased {
				return nil, ErrReleased
			}
			return n.payload, nil
		case <-poll.C:
			reply, done, err := r.peekClaim(ctx, key)
			if done || err != nil {
				return reply, err
			}
			poll.Reset(waitPoll)
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// peekScript: KEYS[1] claim key. Returns the claim's value and marks an
// in-flight claim as waited for, so that finishing it publishes a notice.
var peekScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v == 'p' then
  redis.call('SET', KEYS[1], 'w', 'KEEPTTL')
end
return v
`)

// peekClaim reads key's claim: done with its reply, ErrReleased when there is
// no claim, or not done while it is in flight.
func (r *Redis) peekClaim(ctx context.Context, key string) (reply []byte, done bool, err error) {
	v, err := peekScript.Run(ctx, r.client, []string{r.key(spaceClaim, key)}).Text()
	switch {
	case errors.Is(err, redis.Nil):
		return nil, true, ErrReleased
	case err != nil && ctx.Err() != nil:
		return nil, true, ctx.Err()
	case err != nil:
		return nil, true, fmt.Errorf("session: wait for %q: %w", key, err)
	case v != "" && v[0] == claimDone:
		return []byte(v[1:]), true, nil
	}
	return nil, false, nil
}
