package outbox

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

// MaxAttempts is how many times a row is tried before it is marked failed for good.
const MaxAttempts = 8

// markTimeout bounds recording a delivered message, which goes ahead during shutdown.
const markTimeout = 5 * time.Second

// leaseMargin is kept free at the end of a lease: a send must finish (and be marked) before
// another worker may claim the row again.
func leaseMargin(lease time.Duration) time.Duration { return lease / 5 }

// Backoff is the wait before attempt+1 after attempt (1-based) failed: 5 s, 30 s, 2 min,
// 10 min, 30 min, then 1 h.
func Backoff(attempt int) time.Duration {
	switch {
	case attempt <= 1:
		return 5 * time.Second
	case attempt == 2:
		return 30 * time.Second
	case attempt == 3:
		return 2 * time.Minute
	case attempt == 4:
		return 10 * time.Minute
	case attempt == 5:
		return 30 * time.Minute
	}
	return time.Hour
}

// permanent reports whether err says retrying can never succeed (see Sender).
func permanent(err error) bool {
	var p interface{ Permanent() bool }
	return errors.As(err, &p) && p.Permanent()
}

// deliverAll sends the claimed items one by one while the lease (ending at leaseEnd) leaves
// time, and returns how many were tried and sent, and the errors of marking them.
func (w *Worker) deliverAll(ctx context.Context, items []store.OutboxItem, leaseEnd time.Time) (tried, sent int, errs []error) {
	stopBy := leaseEnd.Add(-leaseMargin(w.lease))
	fresh := true // nothing was sent since the claim checked who holds the conversations
	for _, it := range items {
		if ctx.Err() != nil {
			break // the rest go back to the queue when the lease ends
		}
		if !w.now().Before(stopBy) {
			w.log.WarnContext(ctx, "outbox lease ran out before sending; left for a later claim",
				"outbox_id", it.ID, "attempt", it.Attempts)
			continue
		}
		tried++
		if it.Bot && !fresh {
			if quiet, err := w.silenced(ctx, it); quiet || err != nil {
				errs = appendErr(errs, err)
				continue
			}
		}
		fresh = false
		ok, err := w.deliver(ctx, it, stopBy)
		if ok {
			sent++
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return tried, sent, errs
}

// silenced re-checks a bot row right before its send: true when an agent holds the conversation
// now (the row is cancelled). A failed check sends nothing: the row returns when its lease ends.
func (w *Worker) silenced(ctx context.Context, it store.OutboxItem) (bool, error) {
	quiet, err := w.store.SilenceOutbox(ctx, it.ID)
	if err != nil {
		return true, fmt.Errorf("outbox %d: check who holds the conversation: %w", it.ID, err)
	}
	if quiet {
		w.log.InfoContext(ctx, "outbox bot message cancelled: an agent holds the conversation",
			"outbox_id", it.ID, "conversation", it.ConversationID)
	}
	return quiet, nil
}

func appendErr(errs []error, err error) []error {
	if err != nil {
		return append(errs, err)
	}
	return errs
}

// deliver sends one item and records the result. ok says it was sent (and marked so).
func (w *Worker) deliver(ctx context.Context, it store.OutboxItem, stopBy time.Time) (ok bool, err error) {
	sendCtx, cancel := context.WithTimeout(ctx, stopBy.Sub(w.now()))
	sendErr := w.sender.SendText(sendCtx, it.OpenID, it.Text)
	cancel()
	if sendErr == nil {
		// Record the send even if ctx ends now: an unmarked row would be sent again.
		markCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), markTimeout)
		defer cancel()
		if err := w.markSent(markCtx, it.ID); err != nil {
			return false, fmt.Errorf("outbox %d sent but not marked: %w", it.ID, err)
		}
		return true, nil
	}
	if ctx.Err() != nil {
		return false, nil // shutting down: the lease returns the row to the queue
	}
	return false, w.fail(ctx, it, sendErr)
}

// fail marks a failed attempt: retried after Backoff, or failed for good when the error is
// permanent or the attempts are used up.
func (w *Worker) fail(ctx context.Context, it store.OutboxItem, sendErr error) error {
	now := w.now()
	final := permanent(sendErr) || it.Attempts >= MaxAttempts
	next := now
	if !final {
		next = now.Add(Backoff(it.Attempts))
	}
	log := w.log.With("outbox_id", it.ID, "attempt", it.Attempts, "err", sendErr)
	if final {
		log.WarnContext(ctx, "outbox message given up")
	} else {
		log.InfoContext(ctx, "outbox send failed; will retry", "next_attempt_at", next)
	}
	if err := w.store.MarkFailed(ctx, it.ID, sendErr.Error(), next, final); err != nil {
		return fmt.Errorf("outbox %d: mark failed: %w", it.ID, err)
	}
	return nil
}
