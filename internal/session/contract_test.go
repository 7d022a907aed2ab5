package session

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// redisAddr is the local Redis the tests use (DESIGN §5).
const redisAddr = "127.0.0.1:6379"

// requireServices, when set (by .ci/run), turns "Redis is down" from a skip
// into a failure.
const requireServices = "LOANBOT_REQUIRE_SERVICES"

// pair is two instances of one store: for Redis two clients with the same
// prefix (two loanbot processes); for Memory the same store twice, because an
// in-process store is shared by everything in its one process.
type pair struct {
	a, b Store
}

// backend opens a fresh pair of one implementation.
type backend struct {
	name string
	open func(t testing.TB) pair
}

var backends = []backend{
	{"memory", openMemoryPair},
	{"redis", openRedisPair},
}

// eachBackend runs body against every implementation, in parallel subtests.
func eachBackend(t *testing.T, body func(t *testing.T, p pair)) {
	t.Helper()
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			t.Parallel()
			body(t, be.open(t))
		})
	}
}

func openMemoryPair(t testing.TB) pair {
	m := NewMemory()
	t.Cleanup(func() { _ = m.Close() })
	return pair{m, m}
}

func openRedisPair(t testing.TB) pair {
	prefix := "loanbot-test:" + randomHex(t) + ":"
	ca := newRedisClient(t)
	a := NewRedis(ca, prefix)
	b := NewRedis(newRedisClient(t), prefix)
	t.Cleanup(func() {
		_ = a.Close()
		_ = b.Close()
		deletePrefix(t, ca, prefix)
	})
	return pair{a, b}
}

// newRedisClient connects to the local Redis, skipping (or failing under
// LOANBOT_REQUIRE_SERVICES) when it is down, and deletes the test's keys at
// the end.
func newRedisClient(t testing.TB) *redis.Client {
	t.Helper()
	c := redis.NewClient(&redis.Options{Addr: redisAddr})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		_ = c.Close()
		msg := "Redis at " + redisAddr + " is not reachable (" + err.Error() +
			"); start it as DESIGN.md §5 says (redis-server --daemonize yes --port 6379 …)"
		if os.Getenv(requireServices) != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// deletePrefix removes every key under prefix (run at cleanup).
func deletePrefix(t testing.TB, c *redis.Client, prefix string) {
	t.Helper()
	ctx := context.Background()
	iter := c.Scan(ctx, 0, prefix+"*", 100).Iterator()
	for iter.Next(ctx) {
		c.Del(ctx, iter.Val())
	}
	if err := iter.Err(); err != nil {
		t.Errorf("clean up %s*: %v", prefix, err)
	}
}

func randomHex(t testing.TB) string {
	t.Helper()
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b[:])
}

// ctxFor returns a ctx that ends after d or with the test.
func ctxFor(t testing.TB, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// lockQueuer reports how many callers of this process hold or wait for a
// lock; both implementations have it, for deterministic FIFO tests.
type lockQueuer interface {
	lockQueue(name string) int
}

// eventually polls cond every millisecond until it holds or d passes.
func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(time.Millisecond)
	}
}
