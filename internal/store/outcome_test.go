package store

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSaveOutcomeWritesTheTurn(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		in := mustSaveInbound(t, s, inbound("oTurn", "t1", "我月收入１万２，身份证110101199003074514"))
		yes := true
		o := Outcome{
			ConversationID: in.Conversation.ID, InboundID: in.MessageID, OpenID: "oTurn",
			Replies: []Reply{
				{Text: "好的，已记录您的收入。", Sender: SenderBot, Verdict: VerdictAllow, Passive: true},
				{Text: "包过！", Sender: SenderBot, Verdict: VerdictBlock},
				{Text: "请问贷款期限多久？", Sender: SenderBot, Verdict: VerdictAllow},
			},
			EngineState: []byte(`{"step":"term"}`),
			State:       StateWaiting,
			AddFlags:    []string{"grade_b", "complaint", "grade_b"},
			AckSent:     &yes,
			Slots:       map[string]any{"monthly_income_yuan": 12000, "id_number": "110101199003074514", "city": "深圳"},
			Grade:       "B",
			Products:    []string{"cmb-xinyong-01"},
			Hits:        []Hit{{Phrase: "包过", Category: "guarantee", Action: "block", Text: "包过！", Direction: DirectionOut}},
			Consent:     true,
		}
		if err := s.SaveOutcome(ctx, o); err != nil {
			t.Fatal(err)
		}
		// A second turn adds a flag already there plus a new one; nil state/slots stay.
		if err := s.SaveOutcome(ctx, Outcome{ConversationID: in.Conversation.ID, AddFlags: []string{"complaint", "ask_human"}}); err != nil {
			t.Fatal(err)
		}
		c, err := s.Conversation(ctx, in.Conversation.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := Conversation{ID: c.ID, OpenID: "oTurn", State: StateWaiting, FlagReasons: []string{"grade_b", "complaint", "ask_human"},
			EngineState: []byte(`{"step":"term"}`), Grade: "B", AckSent: true, UpdatedAt: c.UpdatedAt, Version: 2}
		if diff := cmp.Diff(want, c); diff != "" {
			t.Errorf("conversation (-want +got):\n%s", diff)
		}
		msgs, err := s.Messages(ctx, c.ID)
		if err != nil || len(msgs) != 4 {
			t.Fatalf("Messages = %d, %v; want 4", len(msgs), err)
		}
		if m := msgs[2]; m.Direction != DirectionOut || m.Verdict != VerdictBlock || m.Text != "包过！" {
			t.Errorf("blocked reply stored as %+v", m)
		}
		p, err := s.Profile(ctx, c.ID)
		if err != nil || p.Slots["city"] != "深圳" || p.Slots["monthly_income_yuan"] != 12000.0 ||
			len(p.Products) != 1 || p.Products[0] != "cmb-xinyong-01" {
			t.Errorf("Profile = %+v, %v", p, err)
		}
		// Products alone replace the products and keep the slots.
		if err := s.SaveOutcome(ctx, Outcome{ConversationID: c.ID, Products: []string{}}); err != nil {
			t.Fatal(err)
		}
		if p, err := s.Profile(ctx, c.ID); err != nil || len(p.Products) != 0 || p.Slots["city"] != "深圳" {
			t.Errorf("after clearing products: %+v, %v", p, err)
		}
		assertNotInClear(t, s, "SELECT slots_enc FROM profiles", "110101199003074514", "深圳")
		assertNotInClear(t, s, "SELECT text_enc FROM compliance_hits", "包过")
		assertNotInClear(t, s, "SELECT text_enc FROM outbox", "期限")
		var hits, consented int64
		s.db.Model(&hitRow{}).Where("conversation_id = ? AND phrase = ?", c.ID, "包过").Count(&hits)
		s.db.Model(&applicantRow{}).Where("open_id = ? AND consent_at IS NOT NULL", "oTurn").Count(&consented)
		if hits != 1 || consented != 1 {
			t.Errorf("hits=%d consented=%d, want 1 1", hits, consented)
		}
		// Only the allowed non-passive reply is queued: the passive one went in the HTTP
		// response and the blocked one is never sent.
		items, err := s.ClaimOutbox(ctx, s.clock().Add(1), 10, time.Minute)
		if err != nil || len(items) != 1 || items[0].Text != "请问贷款期限多久？" || items[0].OpenID != "oTurn" {
			t.Errorf("ClaimOutbox = %+v, %v; want the one non-passive allowed reply", items, err)
		}
	})
}

func TestSaveOutcomeRejects(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		in := mustSaveInbound(t, s, inbound("oReject", "r1", "你好"))
		tests := []struct {
			name string
			o    Outcome
			want error
		}{
			{"unknown conversation", Outcome{ConversationID: 999999}, ErrNotFound},
			{"unknown state", Outcome{ConversationID: in.Conversation.ID, State: "done"}, ErrInvalid},
			{"unknown sender", Outcome{ConversationID: in.Conversation.ID, Replies: []Reply{{Text: "x", Sender: "robot", Verdict: VerdictAllow}}}, ErrInvalid},
			{"unknown verdict", Outcome{ConversationID: in.Conversation.ID, Replies: []Reply{{Text: "x", Sender: SenderBot}}}, ErrInvalid},
			{"other applicant", Outcome{ConversationID: in.Conversation.ID, OpenID: "oSomeoneElse"}, ErrInvalid},
		}
		for _, tt := range tests {
			if err := s.SaveOutcome(ctx, tt.o); !errorsIs(err, tt.want) {
				t.Errorf("%s: SaveOutcome = %v, want %v", tt.name, err, tt.want)
			}
		}
		// Nothing of a rejected outcome was written.
		if msgs, _ := s.Messages(ctx, in.Conversation.ID); len(msgs) != 1 {
			t.Errorf("%d messages after rejected outcomes, want 1", len(msgs))
		}
	})
}

func TestSaveOutcomeUnsubscribe(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		in := mustSaveInbound(t, s, Inbound{OpenID: "oBye", DedupKey: "oBye1unsubscribe", MsgType: "event", Event: "unsubscribe"})
		if err := s.SaveOutcome(ctx, Outcome{ConversationID: in.Conversation.ID, Unsubscribed: true, State: StateClosed}); err != nil {
			t.Fatal(err)
		}
		var a applicantRow
		s.db.Where("open_id = ?", "oBye").Take(&a)
		if a.UnsubscribedAt == nil {
			t.Error("unsubscribed_at not set")
		}
		// Coming back (subscribe) clears it.
		mustSaveInbound(t, s, Inbound{OpenID: "oBye", DedupKey: "oBye2subscribe", MsgType: "event", Event: "subscribe"})
		a = applicantRow{}
		s.db.Where("open_id = ?", "oBye").Take(&a)
		if a.UnsubscribedAt != nil || a.SubscribedAt == nil {
			t.Errorf("after subscribe: %+v", a)
		}
	})
}

// assertNotInClear reads a raw encrypted column and fails if any part appears in clear.
func assertNotInClear(t *testing.T, s *Store, query string, parts ...string) {
	t.Helper()
	var raw [][]byte
	if err := s.db.Raw(query).Scan(&raw).Error; err != nil {
		t.Fatal(err)
	}
	if len(raw) == 0 {
		t.Fatalf("%s: no rows", query)
	}
	for _, r := range raw {
		for _, p := range parts {
			if bytes.Contains(r, []byte(p)) {
				t.Errorf("%s: %q stored in clear", query, p)
			}
		}
	}
}
