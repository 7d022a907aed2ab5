package session

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// allowScript keeps a sliding-window log per key in a sorted set scored by
// Redis server time (µs), so every instance agrees on the clock.
// KEYS[1] rate key; ARGV: limit, window µs, unique member. Returns 1 if allowed.
var allowScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
return 1
`)

// Allow counts one event for key if fewer than limit happened in the last window.
func (r *Redis) Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error) {
	if err := validWindow(key, window); err != nil {
		return false, err
	}
	if limit <= 0 {
		return false, nil
	}
	member, err := newToken()
	if err != nil {
		return false, fmt.Errorf("session: allow %q: %w", key, err)
	}
	ok, err := allowScript.Run(ctx, r.client, []string{r.key(spaceRate, key)},
		limit, window.Microseconds(), member).Int()
	if err != nil {
		return false, fmt.Errorf("session: allow %q: %w", key, err)
	}
	return ok == 1, nil
}
