package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

// Many applicants writing at once (new applicants, new conversations, replies, outbox claims):
// lock conflicts between them are retried, never surfaced.
func TestConcurrentApplicants(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		const workers, each = 8, 10
		ctx := context.Background()
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for i := range each {
					open := fmt.Sprintf("oStress%d_%d", w, i)
					in, err := s.SaveInbound(ctx, inbound(open, open+"-1", "我想贷款"))
					if err == nil {
						err = s.SaveOutcome(ctx, Outcome{ConversationID: in.Conversation.ID, InboundID: in.MessageID,
							Replies: []Reply{{Text: "好的", Sender: SenderBot, Verdict: VerdictAllow}}, AddFlags: []string{"x"}})
					}
					if err == nil {
						_, err = s.ClaimOutbox(ctx, s.clock().Add(1), 2, 60e9)
					}
					if err != nil {
						t.Errorf("%s: %v", open, err)
						return
					}
				}
			})
		}
		wg.Wait()
	})
}
