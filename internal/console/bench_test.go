package console

import (
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/store"
)

// The console benchmarks run against a database filled by scripts/seed (100,000 conversations,
// 1,000,000 messages) named by LOANBOT_CONSOLE_BENCH_DSN; without it they skip. README
// ("Agent console") has the command and the figures. They report latency percentiles, not ns/op.

// benchInstance is one console on the seeded database and the local Redis.
func benchInstance(b *testing.B, prefix string) (*instance, *store.Store) {
	dsn := os.Getenv("LOANBOT_CONSOLE_BENCH_DSN")
	if dsn == "" {
		b.Skip("set LOANBOT_CONSOLE_BENCH_DSN to a database filled by scripts/seed")
	}
	ctx := context.Background()
	key, _ := base64.StdEncoding.DecodeString("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
	st, err := store.Open(ctx, dsn, key)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	r, err := session.OpenRedis("redis://127.0.0.1:6379/0", prefix)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { r.Close() })
	e := newEnv(b, embedded)
	c, err := New(Deps{Store: st, Sessions: r, Filter: e.filter, Knowledge: e.kb, Log: slog.New(slog.DiscardHandler), PasswordCost: bcrypt.MinCost})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(c.Handler())
	b.Cleanup(func() { srv.Close(); c.Close() })
	hash, _ := bcrypt.GenerateFromPassword([]byte(testPassword), bcrypt.MinCost)
	_, err = st.CreateStaff(ctx, store.Staff{Username: "bench", Role: store.RoleAdmin, PasswordHash: string(hash)})
	if err != nil && !strings.Contains(err.Error(), "conflict") {
		b.Fatal(err)
	}
	return &instance{st: st, c: c, srv: srv}, st
}

// percentiles reports p50 and p99 of the durations in ms.
func percentiles(b *testing.B, d []time.Duration) {
	slices.Sort(d)
	at := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))]) / float64(time.Millisecond) }
	b.ReportMetric(at(0.50), "p50_ms")
	b.ReportMetric(at(0.99), "p99_ms")
	b.ReportMetric(float64(d[len(d)-1])/float64(time.Millisecond), "max_ms")
	b.ReportMetric(0, "ns/op")
}

func timeRequests(b *testing.B, br *browser, paths func(i int) string) {
	var lat []time.Duration
	i := 0
	for b.Loop() {
		p := paths(i)
		i++
		start := time.Now()
		if status, body := br.get(p); status != http.StatusOK {
			b.Fatalf("GET %s: %d %.200s", p, status, body)
		}
		lat = append(lat, time.Since(start))
	}
	percentiles(b, lat)
}

// The queue as agents load it: each filter in turn, through HTTP with a session.
func BenchmarkQueue(b *testing.B) {
	in, _ := benchInstance(b, "loanbot-bench-"+fmt.Sprint(time.Now().UnixNano())+":")
	br := in.browser(b)
	br.login("bench")
	filters := []string{"waiting", "open", "agent", "mine", "closed"}
	timeRequests(b, br, func(i int) string { return "/console/api/conversations?state=" + filters[i%len(filters)] })
}

// The conversation page (HTML) of random seeded conversations: transcript of 10 messages
// decrypted, summary, grade and product matching recomputed.
func BenchmarkConversationPage(b *testing.B) {
	in, st := benchInstance(b, "loanbot-bench-"+fmt.Sprint(time.Now().UnixNano())+":")
	ids, err := st.Queue(context.Background(), store.QueueClosed, "", 500)
	if err != nil || len(ids) == 0 {
		b.Fatalf("no seeded conversations: %v", err)
	}
	br := in.browser(b)
	br.login("bench")
	timeRequests(b, br, func(int) string { return fmt.Sprintf("/console/conversations/%d", ids[rand.N(len(ids))].ID) })
}

// One event published on one instance reaches 50 agents connected to another instance: the
// time until the last of the 50 has it, per event.
func BenchmarkEventFanout(b *testing.B) {
	prefix := "loanbot-bench-" + fmt.Sprint(time.Now().UnixNano()) + ":"
	recv, _ := benchInstance(b, prefix)
	pub, err := session.OpenRedis("redis://127.0.0.1:6379/0", prefix)
	if err != nil {
		b.Fatal(err)
	}
	defer pub.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const agents = 50
	streams := make([]<-chan Event, agents)
	br := recv.browser(b)
	br.login("bench")
	for i := range streams {
		streams[i] = br.sse(ctx)
	}
	var lat []time.Duration
	id := uint64(0)
	for b.Loop() {
		id++
		start := time.Now()
		payload := fmt.Sprintf(`{"conversation_id":%d,"kind":"waiting"}`, id)
		if err := pub.Publish(ctx, EventsChannel, []byte(payload)); err != nil {
			b.Fatal(err)
		}
		var wg sync.WaitGroup
		for _, s := range streams {
			wg.Go(func() {
				for ev := range s {
					if ev.ConversationID == id {
						return
					}
				}
			})
		}
		wg.Wait()
		lat = append(lat, time.Since(start))
	}
	percentiles(b, lat)
}
