package store

import (
	"context"
	"testing"
)

func TestDeleteApplicantCascades(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for _, open := range []string{"oGone", "oStays"} {
			in := mustSaveInbound(t, s, inbound(open, open+"-1", "我的手机号13812345678"))
			err := s.SaveOutcome(ctx, Outcome{ConversationID: in.Conversation.ID, InboundID: in.MessageID,
				Replies: []Reply{{Text: "好的", Sender: SenderBot, Verdict: VerdictAllow}},
				Slots:   map[string]any{"phone": "13812345678"},
				Hits:    []Hit{{Phrase: "手机号", Category: "pii", Action: "flag", Text: "13812345678", Direction: DirectionIn}}})
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := s.DeleteApplicant(ctx, "oGone"); err != nil {
			t.Fatal(err)
		}
		for _, table := range []string{"applicants", "conversations", "messages", "profiles", "outbox", "compliance_hits"} {
			var gone, stays int64
			s.db.Table(table).Where("open_id = ?", "oGone").Count(&gone)
			s.db.Table(table).Where("open_id = ?", "oStays").Count(&stays)
			if gone != 0 || stays == 0 {
				t.Errorf("%s: %d rows of the deleted applicant, %d of the other; want 0 and >0", table, gone, stays)
			}
		}
		if err := s.DeleteApplicant(ctx, "oGone"); !errorsIs(err, ErrNotFound) {
			t.Errorf("second delete = %v, want ErrNotFound", err)
		}
	})
}
