package store

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkTurn measures one applicant turn as the webhook stores it: SaveInbound of a new
// message, then SaveOutcome with a passive reply, one outbox reply, state and slots.
//
//	go test -run '^$' -bench Turn -benchtime 200x ./internal/store/
func BenchmarkTurn(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			s := be.open(b)
			ctx := context.Background()
			slots := map[string]any{"amount_yuan": 200000, "term_months": 36, "city": "杭州"}
			b.ResetTimer()
			for i := range b.N {
				open := fmt.Sprintf("oBench%d", i%50)
				in := mustSaveInbound(b, s, Inbound{OpenID: open, DedupKey: fmt.Sprint("b", i), MsgType: "text",
					Text: "我想贷款二十万分三年还", ReceivedAt: time.Now()})
				err := s.SaveOutcome(ctx, Outcome{ConversationID: in.Conversation.ID, InboundID: in.MessageID,
					Replies: []Reply{
						{Text: "好的，您需要20万，分36期。", Sender: SenderBot, Verdict: VerdictAllow, Passive: true},
						{Text: "年化利率（单利）以放款机构审批为准，贷款需谨慎。", Sender: SenderBot, Verdict: VerdictAllow},
					},
					EngineState: []byte(`{"step":"income"}`), Slots: slots})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
