// Package outbox delivers the durable outbox: the replies that do not go back passively in
// the webhook's HTTP response (the rest of a long answer, a late answer, an agent's message)
// are stored as outbox rows by internal/store, and a Worker sends them through the WeChat
// 客服消息 API, retrying temporary failures with backoff.
//
// Several instances may run a Worker on one database: the store leases each claimed row to
// one worker, and a worker never starts a send once its lease on the row has run out.
//
// While an agent holds a conversation the bot stays silent: the claim skips (cancels) the bot's
// rows of held conversations, and a bot row not sent right after its claim is checked again
// just before the send (Store.SilenceOutbox).
// The package knows the store and the sender only through the small interfaces below.
package outbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

// Store is the part of *store.Store the worker uses.
type Store interface {
	ClaimOutbox(ctx context.Context, now time.Time, limit int, lease time.Duration) ([]store.OutboxItem, error)
	MarkSent(ctx context.Context, id uint64) error
	MarkFailed(ctx context.Context, id uint64, cause string, next time.Time, permanent bool) error
	// SilenceOutbox cancels a claimed bot row whose conversation an agent holds now (true).
	SilenceOutbox(ctx context.Context, id uint64) (bool, error)
}

var _ Store = (*store.Store)(nil)

// Sender sends one text to an applicant (*wechat.Sender). An error that can never succeed on
// retry has a Permanent() bool method answering true (wechat's error kinds do); any other
// error is retried with backoff.
type Sender interface {
	SendText(ctx context.Context, openID, text string) error
}

// SenderFunc adapts a function to Sender.
type SenderFunc func(ctx context.Context, openID, text string) error

// SendText calls f.
func (f SenderFunc) SendText(ctx context.Context, openID, text string) error {
	return f(ctx, openID, text)
}

// Defaults for the zero values of Deps.
const (
	DefaultInterval = 2 * time.Second
	DefaultBatch    = 20
	DefaultLease    = 2 * time.Minute
	MinLease        = time.Second // a send needs time to finish inside its lease
)

// Deps are the worker's dependencies and settings. Store and Sender are required.
type Deps struct {
	Store    Store
	Sender   Sender
	Log      *slog.Logger     // nil = discard
	Now      func() time.Time // nil = time.Now
	Interval time.Duration    // polling period when idle; 0 = DefaultInterval
	Batch    int              // rows claimed at once; 0 = DefaultBatch
	Lease    time.Duration    // how long a claimed row is ours; 0 = DefaultLease
}

// Worker delivers due outbox rows. Run it in one goroutine; Kick and Drain are safe to call
// from others.
type Worker struct {
	store    Store
	sender   Sender
	log      *slog.Logger
	now      func() time.Time
	interval time.Duration
	batch    int
	lease    time.Duration
	kick     chan struct{}
}

// New builds a Worker from d.
func New(d Deps) (*Worker, error) {
	if d.Store == nil || d.Sender == nil {
		return nil, errors.New("outbox: Store and Sender are required")
	}
	if d.Interval < 0 || d.Batch < 0 || d.Lease < 0 {
		return nil, fmt.Errorf("outbox: negative interval %s, batch %d or lease %s", d.Interval, d.Batch, d.Lease)
	}
	if d.Lease != 0 && d.Lease < MinLease {
		return nil, fmt.Errorf("outbox: lease %s is shorter than %s", d.Lease, MinLease)
	}
	w := &Worker{store: d.Store, sender: d.Sender, log: d.Log, now: d.Now,
		interval: d.Interval, batch: d.Batch, lease: d.Lease, kick: make(chan struct{}, 1)}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	if w.now == nil {
		w.now = time.Now
	}
	if w.interval == 0 {
		w.interval = DefaultInterval
	}
	if w.batch == 0 {
		w.batch = DefaultBatch
	}
	if w.lease == 0 {
		w.lease = DefaultLease
	}
	return w, nil
}

// Kick wakes Run for a pass now (e.g. right after a turn queued a row). It never blocks.
func (w *Worker) Kick() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// Run delivers due rows until ctx ends: a pass at start, then one every Interval or on Kick.
// Failures are logged and retried on later passes.
func (w *Worker) Run(ctx context.Context) {
	ticker := time.NewTicker(w.interval)
	defer ticker.Stop()
	for {
		if _, err := w.Drain(ctx); err != nil && ctx.Err() == nil {
			w.log.ErrorContext(ctx, "outbox pass", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		case <-w.kick:
		}
	}
}

// Drain claims and delivers due rows until none is due, and reports how many were sent. Rows
// that fail are marked for a later attempt (or as failed for good) and do not count as errors;
// err reports the store failing (claims, marks) or ctx ending.
func (w *Worker) Drain(ctx context.Context) (sent int, err error) {
	var errs []error
	for {
		claimedAt := w.now()
		items, err := w.store.ClaimOutbox(ctx, claimedAt, w.batch, w.lease)
		if err != nil {
			return sent, errors.Join(append(errs, fmt.Errorf("outbox: %w", err))...)
		}
		if len(items) == 0 {
			return sent, errors.Join(errs...)
		}
		tried, n, markErrs := w.deliverAll(ctx, items, claimedAt.Add(w.lease))
		sent += n
		errs = append(errs, markErrs...)
		if ctx.Err() != nil {
			return sent, errors.Join(append(errs, ctx.Err())...)
		}
		if tried == 0 { // the lease ran out before any send: end the pass rather than spin
			return sent, errors.Join(errs...)
		}
	}
}
