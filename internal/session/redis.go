package session

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// Key spaces under a Redis store's prefix.
const (
	spaceClaim  = "claim:"
	spaceLock   = "lock:"
	spaceWait   = "lockwait:" // set while another instance waits for the lock of the same name
	spaceValue  = "kv:"
	spaceRate   = "rate:"
	spaceChan   = "ch:"
	notifyTopic = "sys:notify" // the store's own channel for wake-ups
)

// Redis is the Store shared by every instance that uses the same Redis
// database and prefix. It is safe for concurrent use.
type Redis struct {
	client *redis.Client
	prefix string
	owns   bool // Close closes client (OpenRedis made it)
	notify *notifier
	locks  *fifoLocks
	closed atomic.Bool
	done   chan struct{} // closed by Close: ends the Subscribe forwarders
}

// NewRedis returns a store that keeps every key and channel under prefix
// (e.g. "loanbot:"). The caller keeps ownership of client: Close does not
// close it.
func NewRedis(client *redis.Client, prefix string) *Redis {
	return &Redis{
		client: client,
		prefix: prefix,
		notify: newNotifier(client, prefix+notifyTopic),
		locks:  newFIFOLocks(),
		done:   make(chan struct{}),
	}
}

// OpenRedis connects to rawURL ("redis://[user:pass@]host:port/db", or
// rediss:// for TLS) and returns a store under prefix that owns the client.
// It does not dial: call Ping to check that Redis answers. The error says
// what is wrong with the URL and never shows its password.
func OpenRedis(rawURL, prefix string) (*Redis, error) {
	u, err := checkRedisURL(rawURL)
	if err != nil {
		return nil, err
	}
	opts, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("session: Redis URL %q: %w", u.Redacted(), err)
	}
	r := NewRedis(redis.NewClient(opts), prefix)
	r.owns = true
	return r, nil
}

// checkRedisURL parses rawURL far enough to report its problems without
// echoing it (url.Parse errors quote the whole URL, password included).
func checkRedisURL(rawURL string) (*url.URL, error) {
	const want = "want redis://host:port/db"
	if strings.TrimSpace(rawURL) == "" {
		return nil, fmt.Errorf("session: empty Redis URL (%s)", want)
	}
	if !strings.Contains(rawURL, "://") {
		return nil, fmt.Errorf("session: Redis URL has no scheme (%s)", want)
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("session: Redis URL does not parse (%s): %w", want, err)
	}
	return u, nil
}

func (r *Redis) key(space, name string) string { return r.prefix + space + name }

// millis converts a positive ttl to Redis milliseconds, at least 1.
func millis(ttl time.Duration) int64 { return max(1, ttl.Milliseconds()) }

// Get returns the cached value for key.
func (r *Redis) Get(ctx context.Context, key string) ([]byte, bool, error) {
	val, err := r.client.Get(ctx, r.key(spaceValue, key)).Bytes()
	switch {
	case errors.Is(err, redis.Nil):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("session: get %q: %w", key, err)
	}
	return val, true, nil
}

// Set stores val for ttl (ttl ≤ 0: no expiry).
func (r *Redis) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if ttl < 0 {
		ttl = 0
	}
	if err := r.client.Set(ctx, r.key(spaceValue, key), val, ttl).Err(); err != nil {
		return fmt.Errorf("session: set %q: %w", key, err)
	}
	return nil
}

// Del removes key.
func (r *Redis) Del(ctx context.Context, key string) error {
	if err := r.client.Del(ctx, r.key(spaceValue, key)).Err(); err != nil {
		return fmt.Errorf("session: del %q: %w", key, err)
	}
	return nil
}

// Ping checks that Redis answers.
func (r *Redis) Ping(ctx context.Context) error {
	if err := r.client.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("session: ping Redis %s: %w", r.client.Options().Addr, err)
	}
	return nil
}

// Close ends every subscription, and closes the client if OpenRedis created
// it.
func (r *Redis) Close() error {
	if r.closed.Swap(true) {
		return nil
	}
	close(r.done)
	err := r.notify.close()
	if r.owns {
		err = errors.Join(err, r.client.Close())
	}
	if err != nil {
		return fmt.Errorf("session: close: %w", err)
	}
	return nil
}

// Publish sends payload to the subscribers of channel on every instance.
func (r *Redis) Publish(ctx context.Context, channel string, payload []byte) error {
	if err := r.client.Publish(ctx, r.key(spaceChan, channel), payload).Err(); err != nil {
		return fmt.Errorf("session: publish on %q: %w", channel, err)
	}
	return nil
}

// Subscribe delivers the messages published on channel until ctx ends. The
// subscription is confirmed by Redis before Subscribe returns.
func (r *Redis) Subscribe(ctx context.Context, channel string) (<-chan []byte, error) {
	if r.closed.Load() {
		return nil, ErrClosed
	}
	ps := r.client.Subscribe(ctx, r.key(spaceChan, channel))
	if _, err := ps.Receive(ctx); err != nil {
		_ = ps.Close()
		return nil, fmt.Errorf("session: subscribe to %q: %w", channel, err)
	}
	out := make(chan []byte, subBuffer)
	go forward(ctx, r.done, ps, out)
	return out, nil
}

// forward copies a subscription's messages to out until ctx ends or the
// store closes, then closes both.
func forward(ctx context.Context, done <-chan struct{}, ps *redis.PubSub, out chan<- []byte) {
	defer close(out)
	defer ps.Close()
	in := ps.Channel()
	for {
		select {
		case <-ctx.Done():
			return
		case <-done:
			return
		case msg, ok := <-in:
			if !ok {
				return
			}
			select {
			case out <- []byte(msg.Payload):
			case <-ctx.Done():
				return
			case <-done:
				return
			}
		}
	}
}
