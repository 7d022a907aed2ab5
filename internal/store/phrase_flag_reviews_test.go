package store

import (
	"context"
	"errors"
	"testing"
)

// Stored outbound S01 flags (the second opinion) reach the review queue with their list version,
// once each; other hits do not; a reviewed flag is not queued again.
func TestOutboundFlagsQueuedForReview(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		res := mustSaveInbound(t, s, inbound("oFlag1", "m:flag1", "我征信有点花，能办吗"))
		const (
			bot   = "您这种情况我们办过很多，没有一个被拒的"
			agent = "放心吧，像您这样的客户基本都能批下来，尾号8000的客户上周刚下款"
		)
		hits := []Hit{
			{Phrase: "scorer:promise-like", Category: FlagCategory, Action: VerdictFlag, Text: bot, Direction: "outbound", Version: 5},
			{Phrase: "scorer:promise-like", Category: FlagCategory, Action: VerdictFlag, Text: agent, Direction: DirectionOut, Version: 6},
			{Phrase: "包过", Category: "F01", Action: VerdictBlock, Text: "包过包下款", Direction: "outbound", Version: 5},
			{Phrase: "VIP通道", Category: "F05", Action: VerdictFlag, Text: "走VIP通道", Direction: "outbound", Version: 5},
			{Phrase: "scorer:promise-like", Category: FlagCategory, Action: VerdictFlag, Text: "肯定能下", Direction: "inbound", Version: 5},
		}
		err := s.SaveOutcome(ctx, Outcome{ConversationID: res.Conversation.ID, InboundID: res.MessageID,
			Replies: []Reply{{Text: bot, Sender: SenderBot, Verdict: VerdictFlag}}, Hits: hits})
		if err != nil {
			t.Fatal(err)
		}
		open, err := s.FalsePositives(ctx, ReviewOpen, 0)
		if err != nil || len(open) != 2 {
			t.Fatalf("open reviews = %+v, %v; want the two outbound S01 flags", open, err)
		}
		byVersion := map[uint64]FalsePositive{}
		for _, fp := range open {
			if fp.MarkedBy != FlagReviewer || fp.Category != FlagCategory || fp.Status != ReviewOpen ||
				fp.ConversationID != res.Conversation.ID || fp.Note == "" {
				t.Errorf("review %+v", fp)
			}
			byVersion[fp.PhraseVersion] = fp
		}
		rec, err := s.HitRecordByID(ctx, byVersion[5].HitID)
		if err != nil || rec.Text != bot || rec.Direction != "outbound" {
			t.Errorf("the bot's flag: %+v, %v", rec, err)
		}
		if _, err := s.MarkFalsePositive(ctx, byVersion[6].HitID, "agent1", ""); !errors.Is(err, ErrConflict) {
			t.Errorf("marking a queued flag: %v, want ErrConflict", err)
		}
		if _, err := s.ResolveFalsePositive(ctx, byVersion[5].ID, ReviewDismissed, staffMeta); err != nil {
			t.Fatal(err)
		}
		if n, err := s.QueueOutboundFlags(ctx); err != nil || n != 0 {
			t.Errorf("QueueOutboundFlags again = %d, %v; want 0", n, err)
		}
		if open, _ := s.FalsePositives(ctx, ReviewOpen, 0); len(open) != 1 || open[0].PhraseVersion != 6 {
			t.Errorf("open after dismissing one = %+v", open)
		}
		if all, _ := s.FalsePositives(ctx, "", 0); len(all) != 2 {
			t.Errorf("all reviews = %+v, want 2", all)
		}
	})
}
