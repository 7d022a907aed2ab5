package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

// agentTraffic plays a human agent who writes to the applicants every interval: each message is
// stored as a console reply is (an outbound message and an outbox row), so the instances' outbox
// workers always have 客服消息 to send — the send-then-crash scenario kills one in the middle.
func agentTraffic(ctx context.Context, w *world, openIDs func() []string, every time.Duration) error {
	key, _ := base64.StdEncoding.DecodeString(dataKey)
	st, err := store.Open(ctx, w.mdb.dsn("loanbot_faults"), key)
	if err != nil {
		return fmt.Errorf("agent: open store: %w", err)
	}
	defer st.Close()
	tick := time.NewTicker(every)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		ids := openIDs()
		if len(ids) == 0 {
			continue
		}
		openID := ids[i%len(ids)]
		conv, err := st.ConversationByOpenID(ctx, openID)
		if err != nil {
			continue // not stored yet
		}
		text := fmt.Sprintf("您好，我是顾问小李，第%d次跟进：您的材料我们已收到，贷款有风险，借款需谨慎。", i)
		_ = st.SaveOutcome(ctx, store.Outcome{ConversationID: conv.ID, OpenID: openID,
			Replies: []store.Reply{{Text: text, Sender: "agent", Verdict: "allow"}}})
	}
}
