package outbox_test

import (
	"context"
	"errors"
	"testing"

	"github.com/loanbot/loanbot/internal/outbox"
	"github.com/loanbot/loanbot/internal/store"
)

// deadlockOnce fails the first MarkSent as MariaDB does when a mark meets a burst of claims.
type deadlockOnce struct {
	*memStore
	failed bool
}

func (d *deadlockOnce) MarkSent(ctx context.Context, id uint64) error {
	if !d.failed {
		d.failed = true
		return errors.New("Error 1213 (40001): Deadlock found when trying to get lock; try restarting transaction")
	}
	return d.memStore.MarkSent(ctx, id)
}

// A delivery whose mark fails once is marked on the retry: it is not left to be sent again.
func TestMarkSentIsRetried(t *testing.T) {
	m := &deadlockOnce{memStore: &memStore{items: []store.OutboxItem{{ID: 7, OpenID: openA, Text: "您好，材料已收到。"}}}}
	var calls int
	w, err := outbox.New(outbox.Deps{Store: m, Sender: outbox.SenderFunc(func(context.Context, string, string) error {
		calls++
		return nil
	})})
	if err != nil {
		t.Fatal(err)
	}
	sent, err := w.Drain(context.Background())
	if sent != 1 || err != nil || calls != 1 || len(m.marks) != 1 || !m.marks[0].Sent {
		t.Fatalf("Drain = %d, %v; %d sends, marks %+v; want the row sent once and marked", sent, err, calls, m.marks)
	}
}
