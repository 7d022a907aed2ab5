package outbox

import (
	"context"
	"errors"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

// markAttempts is how often recording a delivery is tried. A row left unmarked after WeChat took
// the message is sent again when its lease ends, so a transient failure of the mark — MariaDB
// answering a burst of claims with a deadlock ("try restarting transaction"), a dropped
// connection — is retried at once rather than turned into a second message.
const markAttempts = 4

// markSent records a delivery, retrying transient failures within ctx.
func (w *Worker) markSent(ctx context.Context, id uint64) error {
	var err error
	for attempt := 1; attempt <= markAttempts; attempt++ {
		if err = w.store.MarkSent(ctx, id); err == nil || errors.Is(err, store.ErrNotFound) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt) * 25 * time.Millisecond):
		}
	}
	return err
}
