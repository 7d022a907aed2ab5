package store

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkClaimOutbox: one claim of a batch of 20 due rows (20 applicants) on MariaDB, the query
// that also reads each row's sender and conversation state (the bot stays silent while an agent
// holds a conversation). Rows are put back to pending outside the timer.
func BenchmarkClaimOutbox(b *testing.B) {
	s := openMySQLStore(b)
	ctx := context.Background()
	const applicants = 200
	for i := range applicants {
		res := mustSaveInbound(b, s, inbound(fmt.Sprintf("oBench%04d", i), fmt.Sprintf("m:bench%d", i), "月供多少"))
		if err := s.SaveOutcome(ctx, Outcome{ConversationID: res.Conversation.ID, InboundID: res.MessageID,
			Replies: []Reply{{Text: "您好，月供约为3,200元（年化利率以审批为准）", Sender: SenderBot, Verdict: VerdictAllow}}}); err != nil {
			b.Fatal(err)
		}
	}
	now := time.Now().Add(time.Second)
	for b.Loop() {
		items, err := s.ClaimOutbox(ctx, now, 20, time.Minute)
		if err != nil {
			b.Fatal(err)
		}
		if len(items) == 0 {
			b.StopTimer()
			if err := s.db.Exec("UPDATE outbox SET status = ?, claim_token = '', lease_until = NULL", outboxPending).Error; err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
	}
}
