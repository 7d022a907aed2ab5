package outbox_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/loanbot/loanbot/internal/outbox"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
)

// memStore hands out its items on the first claim and records the marks.
type memStore struct {
	mu          sync.Mutex
	items       []store.OutboxItem
	marks       []mark
	markSentErr error
	repeat      bool // hand out the same items on every claim (leases that always expire)
}

type mark struct {
	ID        uint64
	Sent      bool
	Next      time.Time
	Permanent bool
}

func (m *memStore) ClaimOutbox(_ context.Context, _ time.Time, _ int, _ time.Duration) ([]store.OutboxItem, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	items := m.items
	if !m.repeat {
		m.items = nil
	}
	return items, nil
}

func (m *memStore) SilenceOutbox(context.Context, uint64) (bool, error) { return false, nil }

func (m *memStore) MarkSent(ctx context.Context, id uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := ctx.Err(); err != nil { // as a database call would
		return err
	}
	if m.markSentErr != nil {
		return m.markSentErr
	}
	m.marks = append(m.marks, mark{ID: id, Sent: true})
	return nil
}

func (m *memStore) MarkFailed(ctx context.Context, id uint64, cause string, next time.Time, permanent bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	m.marks = append(m.marks, mark{ID: id, Next: next, Permanent: permanent})
	return nil
}

// permanentErr is a sender error of another package that says it is permanent.
type permanentErr struct{}

func (permanentErr) Error() string   { return "user blocked the account" }
func (permanentErr) Permanent() bool { return true }

func TestDeliverOutcome(t *testing.T) {
	t0 := time.Date(2026, 11, 23, 18, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		attempts int
		err      error
		want     mark
	}{
		{"sent", 1, nil, mark{ID: 7, Sent: true}},
		{"temporary, first attempt", 1, errors.New("connection reset by peer"), mark{ID: 7, Next: t0.Add(5 * time.Second)}},
		{"temporary, third attempt", 3, context.DeadlineExceeded, mark{ID: 7, Next: t0.Add(2 * time.Minute)}},
		{"temporary, last attempt: given up", outbox.MaxAttempts, errors.New("502"), mark{ID: 7, Next: t0, Permanent: true}},
		{"wechat window closed", 1, &wechat.APIError{API: "custom/send", Code: 45015}, mark{ID: 7, Next: t0, Permanent: true}},
		{"wechat quota, wrapped", 2, errors.Join(errors.New("send"), wechat.ErrQuota), mark{ID: 7, Next: t0, Permanent: true}},
		{"permanent error of any package", 1, permanentErr{}, mark{ID: 7, Next: t0, Permanent: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &memStore{items: []store.OutboxItem{{ID: 7, OpenID: openA, Text: "您好", Attempts: tt.attempts}}}
			w, err := outbox.New(outbox.Deps{Store: m, Now: func() time.Time { return t0 },
				Sender: outbox.SenderFunc(func(context.Context, string, string) error { return tt.err })})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.Drain(context.Background()); err != nil {
				t.Fatalf("Drain: %v", err)
			}
			if diff := cmp.Diff([]mark{tt.want}, m.marks); diff != "" {
				t.Errorf("marks (-want +got):\n%s", diff)
			}
		})
	}
}

// Sends that would start past the lease's safe end are skipped and left unmarked, so the row
// is claimed again later (possibly by another worker) instead of being sent twice.
func TestDeliverStopsAtLeaseEnd(t *testing.T) {
	clk := newClock()
	const lease = 10 * time.Second
	m := &memStore{items: []store.OutboxItem{{ID: 1, OpenID: openA}, {ID: 2, OpenID: openB}, {ID: 3, OpenID: "oC"}}}
	slow := outbox.SenderFunc(func(context.Context, string, string) error {
		clk.Advance(lease / 2) // each send takes half the lease
		return nil
	})
	w, err := outbox.New(outbox.Deps{Store: m, Sender: slow, Now: clk.Now, Lease: lease})
	if err != nil {
		t.Fatal(err)
	}
	sent, err := w.Drain(context.Background())
	if err != nil || sent != 2 {
		t.Errorf("Drain = %d, %v; want 2, nil", sent, err)
	}
	want := []mark{{ID: 1, Sent: true}, {ID: 2, Sent: true}}
	if diff := cmp.Diff(want, m.marks); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
}

// A pass whose claims always come back with the lease already spent ends instead of spinning.
func TestDrainEndsWhenLeasesRunOut(t *testing.T) {
	clk := newClock()
	const lease = 10 * time.Second
	m := &memStore{items: []store.OutboxItem{{ID: 1, OpenID: openA}}, repeat: true}
	tick := func() time.Time { clk.Advance(lease); return clk.Now() } // a very slow machine
	var calls int
	w, err := outbox.New(outbox.Deps{Store: m, Now: tick, Lease: lease,
		Sender: outbox.SenderFunc(func(context.Context, string, string) error { calls++; return nil })})
	if err != nil {
		t.Fatal(err)
	}
	if sent, err := w.Drain(context.Background()); sent != 0 || err != nil || calls != 0 {
		t.Errorf("Drain = %d, %v after %d sends; want 0, nil, no send", sent, err, calls)
	}
}

// On shutdown the send in flight is abandoned unmarked (the lease returns the row to the queue).
func TestDrainShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	m := &memStore{items: []store.OutboxItem{{ID: 1, OpenID: openA}, {ID: 2, OpenID: openB}}}
	blocking := outbox.SenderFunc(func(ctx context.Context, _, _ string) error {
		cancel()
		<-ctx.Done()
		return ctx.Err()
	})
	w, err := outbox.New(outbox.Deps{Store: m, Sender: blocking})
	if err != nil {
		t.Fatal(err)
	}
	sent, err := w.Drain(ctx)
	if sent != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("Drain = %d, %v; want 0, context.Canceled", sent, err)
	}
	if len(m.marks) != 0 {
		t.Errorf("marks %v; want none", m.marks)
	}
}

// A message delivered just as shutdown begins is still recorded as sent.
func TestDrainShutdownAfterSend(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	m := &memStore{items: []store.OutboxItem{{ID: 1, OpenID: openA}, {ID: 2, OpenID: openB}}}
	w, err := outbox.New(outbox.Deps{Store: m, Sender: outbox.SenderFunc(func(context.Context, string, string) error {
		cancel() // WeChat accepted the message; the process is told to stop
		return nil
	})})
	if err != nil {
		t.Fatal(err)
	}
	sent, err := w.Drain(ctx)
	if sent != 1 || !errors.Is(err, context.Canceled) {
		t.Errorf("Drain = %d, %v; want 1, context.Canceled", sent, err)
	}
	if diff := cmp.Diff([]mark{{ID: 1, Sent: true}}, m.marks); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
}

// A sent message the store fails to mark is reported; the other rows still go out.
func TestDrainReportsMarkErrors(t *testing.T) {
	m := &memStore{items: []store.OutboxItem{{ID: 1, OpenID: openA}, {ID: 2, OpenID: openB}},
		markSentErr: errors.New("database is locked")}
	var calls int
	w, err := outbox.New(outbox.Deps{Store: m, Sender: outbox.SenderFunc(func(context.Context, string, string) error {
		calls++
		return nil
	})})
	if err != nil {
		t.Fatal(err)
	}
	sent, err := w.Drain(context.Background())
	if sent != 0 || err == nil || calls != 2 {
		t.Errorf("Drain = %d, %v after %d sends; want 0, an error, 2 sends", sent, err, calls)
	}
}

func TestNewValidates(t *testing.T) {
	send := outbox.SenderFunc(func(context.Context, string, string) error { return nil })
	for _, d := range []outbox.Deps{
		{Sender: send},
		{Store: &memStore{}},
		{Store: &memStore{}, Sender: send, Batch: -1},
		{Store: &memStore{}, Sender: send, Lease: -time.Second},
		{Store: &memStore{}, Sender: send, Lease: time.Millisecond},
	} {
		if _, err := outbox.New(d); err == nil {
			t.Errorf("New(%+v) succeeded", d)
		}
	}
}

func TestBackoff(t *testing.T) {
	want := []time.Duration{5 * time.Second, 30 * time.Second, 2 * time.Minute, 10 * time.Minute,
		30 * time.Minute, time.Hour, time.Hour, time.Hour}
	for i, w := range want {
		if got := outbox.Backoff(i + 1); got != w {
			t.Errorf("Backoff(%d) = %s, want %s", i+1, got, w)
		}
	}
}
