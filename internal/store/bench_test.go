package store

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// The two benchmarks store the same applicant turn (a new message, a passive reply, one queued
// reply, engine state and slots), the old way and the new one. On MariaDB they also report the
// statements per turn the server received (its session counter Questions, read on a pool of one
// connection so that every statement is counted), BEGIN and COMMIT included.
//
//	go test -run '^$' -bench . -benchtime 300x ./internal/store/

var benchSlots = map[string]any{"amount_yuan": 200000, "term_months": 36, "city": "杭州"}

var benchReplies = []Reply{
	{Text: "好的，您需要20万，分36期。", Sender: SenderBot, Verdict: VerdictAllow, Passive: true},
	{Text: "年化利率（单利）以放款机构审批为准，贷款需谨慎。", Sender: SenderBot, Verdict: VerdictAllow},
}

// BenchmarkTwoStep is the fallback path: SaveInbound, then SaveOutcome.
func BenchmarkTwoStep(b *testing.B) {
	benchTurns(b, func(ctx context.Context, s *Store, open, key string) error {
		in, err := s.SaveInbound(ctx, Inbound{OpenID: open, DedupKey: key, MsgType: "text",
			Text: "我想贷款二十万分三年还", ReceivedAt: time.Now()})
		if err != nil {
			return err
		}
		return s.SaveOutcome(ctx, Outcome{ConversationID: in.Conversation.ID, InboundID: in.MessageID,
			Replies: benchReplies, EngineState: []byte(`{"step":"income"}`), Slots: benchSlots})
	})
}

// BenchmarkTurn is the pipeline's path: OpenConversation, then SaveTurn.
func BenchmarkTurn(b *testing.B) {
	benchTurns(b, func(ctx context.Context, s *Store, open, key string) error {
		conv, err := s.OpenConversation(ctx, open)
		if err != nil && !errorsIs(err, ErrNotFound) {
			return err
		}
		_, err = s.SaveTurn(ctx, Turn{
			In:   Inbound{OpenID: open, DedupKey: key, MsgType: "text", Text: "我想贷款二十万分三年还", ReceivedAt: time.Now()},
			Seen: conv.ID, Version: conv.Version,
			Outcome: Outcome{Replies: benchReplies, EngineState: []byte(`{"step":"income"}`), Slots: benchSlots},
		})
		return err
	})
}

// benchTurns runs one turn per iteration, 50 applicants taking turns.
func benchTurns(b *testing.B, turn func(ctx context.Context, s *Store, open, key string) error) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			s := be.open(b)
			ctx := context.Background()
			s.sqlDB.SetMaxOpenConns(1)
			before := questions(b, s)
			b.ResetTimer()
			for i := range b.N {
				if err := turn(ctx, s, fmt.Sprintf("oBench%d", i%50), fmt.Sprint("b", i)); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if s.Dialect() == DialectMySQL {
				// -1: the second SHOW STATUS counts itself.
				b.ReportMetric(float64(questions(b, s)-before-1)/float64(b.N), "stmts/op")
			}
		})
	}
}

// questions reads MariaDB's count of statements on the session (0 on SQLite).
func questions(b *testing.B, s *Store) int64 {
	if s.Dialect() != DialectMySQL {
		return 0
	}
	var name string
	var n int64
	if err := s.sqlDB.QueryRow("SHOW SESSION STATUS LIKE 'Questions'").Scan(&name, &n); err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkTurnFirst is an applicant's first message, as the pipeline stores it: no open
// conversation, nothing collected yet (empty slots and products, which the pipeline always
// passes), a passive reply and a queued one. Most turns of a load test are first contacts.
func BenchmarkTurnFirst(b *testing.B) {
	benchTurns(b, func(ctx context.Context, s *Store, _, key string) error {
		open := "oFirst" + key
		conv, err := s.OpenConversation(ctx, open)
		if err != nil && !errorsIs(err, ErrNotFound) {
			return err
		}
		_, err = s.SaveTurn(ctx, Turn{
			In:   Inbound{OpenID: open, DedupKey: key, MsgType: "event", Event: "subscribe", ReceivedAt: time.Now()},
			Seen: conv.ID, Version: conv.Version,
			Outcome: Outcome{Replies: benchReplies, EngineState: []byte(`{"step":"consent"}`),
				Slots: map[string]any{}, Products: []string{}},
		})
		return err
	})
}
