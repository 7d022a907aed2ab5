package store

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// turn builds a turn of openID's message key with one passive reply and one queued reply.
func turn(openID, key, text string, seen, version uint64) Turn {
	return Turn{In: inbound(openID, key, text), Seen: seen, Version: version, Outcome: Outcome{
		Replies: []Reply{
			{Text: "好的，您需要２０万，分36期。", Sender: SenderBot, Verdict: VerdictAllow, Passive: true},
			{Text: "年化利率（單利）以放款機構審批為準😊", Sender: SenderBot, Verdict: VerdictAllow},
			{Text: "包过！", Sender: SenderBot, Verdict: VerdictBlock},
		},
		EngineState: []byte(`{"step":"income"}`),
		AddFlags:    []string{"grade_b"},
		Slots:       map[string]any{"amount_yuan": 200000, "city": "杭州"},
		Hits:        []Hit{{Phrase: "包过", Category: "guarantee", Action: "block", Text: "包过！", Direction: DirectionOut}},
	}}
}

// counts returns the number of rows of the tables SaveTurn writes.
func counts(t *testing.T, s *Store) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, table := range []string{"applicants", "conversations", "messages", "outbox", "profiles", "compliance_hits"} {
		var n int64
		if err := s.db.Table(table).Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		out[table] = n
	}
	return out
}

func TestSaveTurn(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		first, err := s.SaveTurn(ctx, turn("oTurn_新", "m1", "我想贷款二十万分三年还", 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		open, err := s.OpenConversation(ctx, "oTurn_新")
		if err != nil || open.ID != first.Conversation.ID || open.Version != 1 {
			t.Fatalf("OpenConversation = %+v, %v; want conversation %d at version 1", open, err, first.Conversation.ID)
		}
		if diff := cmp.Diff(first.Conversation, open); diff != "" {
			t.Errorf("SaveTurn's conversation differs from the stored one (-turn +stored):\n%s", diff)
		}
		tests := []struct {
			name        string
			turn        Turn
			wantErr     error
			wantDup     bool
			wantVersion uint64
			wantRows    map[string]int64 // added rows
		}{
			{"second message with version", turn("oTurn_新", "m2", "月收入１万２ 没有社保", open.ID, 1), nil, false, 2,
				map[string]int64{"messages": 4, "outbox": 1, "compliance_hits": 1}},
			{"stale version", turn("oTurn_新", "m3", "在吗", open.ID, 1), ErrStale, false, 0, nil},
			{"none seen but one is open", turn("oTurn_新", "m4", "在吗", 0, 0), ErrStale, false, 0, nil},
			{"duplicate", turn("oTurn_新", "m1", "我想贷款二十万分三年还", open.ID, 2), nil, true, 2, nil},
			{"duplicate with a stale version", turn("oTurn_新", "m2", "月收入１万２ 没有社保", open.ID, 1), nil, true, 2, nil},
			{"another applicant", turn("oOther", "m5", "語音：我想借錢買車", 0, 0), nil, false, 1,
				map[string]int64{"applicants": 1, "conversations": 1, "messages": 4, "outbox": 1, "profiles": 1, "compliance_hits": 1}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := counts(t, s)
				res, err := s.SaveTurn(ctx, tt.turn)
				if !errorsIs(err, tt.wantErr) || (err != nil && tt.wantErr == nil) {
					t.Fatalf("SaveTurn: %v, want %v", err, tt.wantErr)
				}
				if err == nil && (res.Duplicate != tt.wantDup || res.Conversation.Version != tt.wantVersion) {
					t.Errorf("duplicate %v version %d, want %v %d", res.Duplicate, res.Conversation.Version, tt.wantDup, tt.wantVersion)
				}
				if tt.wantDup && !cmp.Equal(res.Replies, []string{"好的，您需要２０万，分36期。", "年化利率（單利）以放款機構審批為準😊", "包过！"}) {
					t.Errorf("duplicate replies = %q", res.Replies)
				}
				after := counts(t, s)
				for table, n := range after {
					if n-before[table] != tt.wantRows[table] {
						t.Errorf("%s: %d rows added, want %d", table, n-before[table], tt.wantRows[table])
					}
				}
			})
		}
	})
}

func TestSaveTurnConversationState(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		res, err := s.SaveTurn(ctx, turn("oState", "s1", "你好", 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		yes := true
		tr := turn("oState", "s2", "我要投诉", res.Conversation.ID, res.Conversation.Version)
		tr.Outcome = Outcome{State: StateWaiting, AddFlags: []string{"complaint", "grade_b"}, AckSent: &yes, Grade: "B", Consent: true,
			Replies: []Reply{{Text: "已为您转人工", Sender: SenderSystem, Verdict: VerdictAllow, Passive: true}}}
		res, err = s.SaveTurn(ctx, tr)
		if err != nil {
			t.Fatal(err)
		}
		want := Conversation{ID: res.Conversation.ID, OpenID: "oState", State: StateWaiting, FlagReasons: []string{"grade_b", "complaint"},
			EngineState: []byte(`{"step":"income"}`), Grade: "B", AckSent: true, UpdatedAt: res.Conversation.UpdatedAt, Version: 2}
		if diff := cmp.Diff(want, res.Conversation); diff != "" {
			t.Errorf("result (-want +got):\n%s", diff)
		}
		stored, err := s.Conversation(ctx, res.Conversation.ID)
		if diff := cmp.Diff(want, stored); err != nil || diff != "" {
			t.Errorf("stored (-want +got):\n%s %v", diff, err)
		}
		var consent int64
		s.db.Table("applicants").Where("open_id = ? AND consent_at IS NOT NULL", "oState").Count(&consent)
		if consent != 1 {
			t.Error("consent not recorded")
		}
		// SaveOutcome bumps the version too: a turn decided before it is stale, even when the row
		// it was decided on is the one OpenConversation remembered.
		if _, err := s.OpenConversation(ctx, "oState"); err != nil {
			t.Fatal(err)
		}
		before := counts(t, s)
		if err := s.SaveOutcome(ctx, Outcome{ConversationID: want.ID, Grade: "A"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveTurn(ctx, turn("oState", "s3", "在吗", want.ID, 2)); !errorsIs(err, ErrStale) {
			t.Errorf("after SaveOutcome: %v, want ErrStale", err)
		}
		if after := counts(t, s); !cmp.Equal(before, after) {
			t.Errorf("a stale turn wrote rows: %v, before %v", after, before)
		}
	})
}

// Twenty deliveries of one message by a new applicant at once: exactly one is stored.
func TestSaveTurnConcurrentDuplicates(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		const n = 20
		results := make([]TurnResult, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				results[i], errs[i] = s.SaveTurn(context.Background(), turn("oConcurrent_并发", "24602353464357890", "我想贷款二十万", 0, 0))
			})
		}
		wg.Wait()
		fresh := 0
		for i, r := range results {
			if errs[i] != nil {
				t.Fatalf("SaveTurn #%d: %v", i, errs[i])
			}
			if !r.Duplicate {
				fresh++
			}
			if r.MessageID != results[0].MessageID {
				t.Errorf("#%d: message %d, want %d", i, r.MessageID, results[0].MessageID)
			}
		}
		want := map[string]int64{"applicants": 1, "conversations": 1, "messages": 4, "outbox": 1, "profiles": 1, "compliance_hits": 1}
		if got := counts(t, s); fresh != 1 || !cmp.Equal(got, want) {
			t.Errorf("%d callers stored it, rows %v; want 1 and %v", fresh, got, want)
		}
	})
}

// Message, outbox, hit and slot texts are stored encrypted; the outbox row links its message.
func TestSaveTurnEncryptsAtRest(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		if _, err := s.SaveTurn(context.Background(), turn("oSecret", "e1", "身份证110101199003074514", 0, 0)); err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"SELECT text_enc FROM messages", "SELECT text_enc FROM outbox",
			"SELECT text_enc FROM compliance_hits", "SELECT slots_enc FROM profiles"} {
			var blobs [][]byte
			if err := s.db.Raw(q).Scan(&blobs).Error; err != nil {
				t.Fatal(err)
			}
			for _, b := range blobs {
				for _, plain := range []string{"110101199003074514", "年化利率", "包过", "杭州"} {
					if bytes.Contains(b, []byte(plain)) {
						t.Errorf("%s: %q stored in clear", q, plain)
					}
				}
			}
		}
		var linked int64
		s.db.Raw("SELECT COUNT(*) FROM outbox o JOIN messages m ON m.id = o.message_id WHERE m.passive = ? AND m.verdict = ?",
			false, VerdictAllow).Scan(&linked)
		items, err := s.ClaimOutbox(context.Background(), s.clock().Add(1), 5, 60e9)
		if err != nil || linked != 1 || len(items) != 1 || items[0].Text != "年化利率（單利）以放款機構審批為準😊" {
			t.Errorf("outbox: linked %d, claimed %+v, %v", linked, items, err)
		}
	})
}

func TestOpenConversationNotFound(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		_, err := s.OpenConversation(context.Background(), "oNobody")
		if !errorsIs(err, ErrNotFound) {
			t.Errorf("err = %v, want ErrNotFound", err)
		}
	})
}

// Each outbox row points at its own reply, with several queued replies between a passive and a
// blocked one; a hit on the applicant's text points at the inbound message.
func TestSaveTurnLinksRows(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		first, err := s.SaveTurn(ctx, turn("oLinks", "l1", "你好", 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		for _, seen := range []uint64{0, first.Conversation.ID} { // a new applicant, then a known one
			open := fmt.Sprint("oLinks", seen)
			tr := turn(open, fmt.Sprint("l2-", seen), "我想做一份流水", 0, 0)
			if seen != 0 {
				tr = turn("oLinks", "l2", "我想做一份流水", seen, first.Conversation.Version)
				open = "oLinks"
			}
			tr.Outcome.Replies = []Reply{
				{Text: "好的", Sender: SenderBot, Verdict: VerdictAllow, Passive: true},
				{Text: "第一条：贷款需谨慎", Sender: SenderBot, Verdict: VerdictAllow},
				{Text: "包过！", Sender: SenderBot, Verdict: VerdictBlock},
				{Text: "第二条：年化利率（单利）", Sender: SenderBot, Verdict: VerdictFlag},
				{Text: "第三条：請問期限？", Sender: SenderAgent, Verdict: VerdictAllow},
			}
			tr.Outcome.Hits = []Hit{{Phrase: "做流水", Category: "fraud", Action: "flag", Text: "我想做一份流水", Direction: DirectionIn}}
			res, err := s.SaveTurn(ctx, tr)
			if err != nil {
				t.Fatal(err)
			}
			var rows []struct {
				MessageID uint64
				TextEnc   []byte
				Msg       []byte
			}
			err = s.db.Raw("SELECT o.message_id, o.text_enc, m.text_enc AS msg FROM outbox o JOIN messages m ON m.id = o.message_id "+
				"WHERE o.open_id = ? AND m.inbound_id = ? ORDER BY o.id", open, res.MessageID).Scan(&rows).Error
			if err != nil || len(rows) != 3 {
				t.Fatalf("outbox rows of the turn: %d, %v; want 3", len(rows), err)
			}
			for i, want := range []string{"第一条：贷款需谨慎", "第二条：年化利率（单利）", "第三条：請問期限？"} {
				got, _ := s.seal.openString(labelOutboxText, rows[i].TextEnc)
				msg, _ := s.seal.openString(labelMessageText, rows[i].Msg)
				if got != want || msg != want {
					t.Errorf("outbox %d: %q for message %q, want %q", i, got, msg, want)
				}
			}
			var hit struct{ MessageID uint64 }
			s.db.Raw("SELECT message_id FROM compliance_hits WHERE open_id = ? AND direction = ?", open, DirectionIn).Scan(&hit)
			if hit.MessageID != res.MessageID {
				t.Errorf("hit on message %d, want the inbound %d", hit.MessageID, res.MessageID)
			}
		}
	})
}

// Reopening a closed conversation while another is open is ErrConflict, and writes nothing.
func TestSaveTurnReopenConflict(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		old, err := s.SaveTurn(ctx, turn("oReopen", "r1", "你好", 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		closing := turn("oReopen", "r2", "不需要了，谢谢", old.Conversation.ID, old.Conversation.Version)
		closing.Outcome.State = StateClosed
		closed, err := s.SaveTurn(ctx, closing)
		if err != nil || closed.Conversation.State != StateClosed {
			t.Fatalf("close: %+v, %v", closed.Conversation, err)
		}
		if _, err := s.SaveTurn(ctx, turn("oReopen", "r3", "我又想贷款了", 0, 0)); err != nil {
			t.Fatal(err)
		}
		before := counts(t, s)
		reopen := turn("oReopen", "r4", "还是之前那个", closed.Conversation.ID, closed.Conversation.Version)
		reopen.Outcome.State = StateBot
		if _, err := s.SaveTurn(ctx, reopen); !errorsIs(err, ErrConflict) {
			t.Errorf("reopen: %v, want ErrConflict", err)
		}
		if after := counts(t, s); !cmp.Equal(before, after) {
			t.Errorf("rows %v, before %v", after, before)
		}
	})
}

// A turn whose slots and products are the stored ones does not write the profile again.
func TestSaveTurnSkipsUnchangedProfile(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		old := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		if _, err := s.SaveTurn(ctx, turn("oSlots", "p1", "想借20万", 0, 0)); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name      string
			slots     map[string]any
			products  []string
			rewritten bool
		}{
			{"same slots", map[string]any{"city": "杭州", "amount_yuan": 200000}, nil, false},
			{"same slots and products", map[string]any{"amount_yuan": 200000, "city": "杭州"}, []string{}, false},
			{"new slot", map[string]any{"amount_yuan": 200000, "city": "杭州", "term_months": 36}, nil, true},
			{"new products", map[string]any{"amount_yuan": 200000, "city": "杭州", "term_months": 36}, []string{"cmb-01"}, true},
		}
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				conv, err := s.OpenConversation(ctx, "oSlots")
				if err != nil {
					t.Fatal(err)
				}
				s.db.Exec("UPDATE profiles SET updated_at = ? WHERE conversation_id = ?", old, conv.ID) // no version bump
				tr := turn("oSlots", fmt.Sprint("p2-", i), "嗯", conv.ID, conv.Version)
				tr.Outcome.Slots, tr.Outcome.Products = tt.slots, tt.products
				if _, err := s.SaveTurn(ctx, tr); err != nil {
					t.Fatal(err)
				}
				p, err := s.Profile(ctx, conv.ID)
				if err != nil {
					t.Fatal(err)
				}
				if rewritten := !p.UpdatedAt.Equal(old); rewritten != tt.rewritten || len(p.Slots) != len(tt.slots) {
					t.Errorf("rewritten %v with %d slots, want %v %d", rewritten, len(p.Slots), tt.rewritten, len(tt.slots))
				}
			})
		}
	})
}

// A turn without replies (a human holds the conversation) still links its hits to the inbound
// message, and a first message can record consent on the applicant it creates.
func TestSaveTurnWithoutReplies(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		tr := Turn{In: inbound("oSilent_静", "q1", "我同意 帮我做流水"), Outcome: Outcome{Consent: true,
			Hits: []Hit{{Phrase: "做流水", Category: "fraud", Action: "flag", Text: "帮我做流水", Direction: DirectionIn}}}}
		res, err := s.SaveTurn(ctx, tr)
		if err != nil {
			t.Fatal(err)
		}
		var hit struct{ MessageID, ConversationID uint64 }
		s.db.Raw("SELECT message_id, conversation_id FROM compliance_hits WHERE open_id = ?", "oSilent_静").Scan(&hit)
		if hit.MessageID != res.MessageID || hit.ConversationID != res.Conversation.ID {
			t.Errorf("hit on message %d of conversation %d, want %d of %d", hit.MessageID, hit.ConversationID,
				res.MessageID, res.Conversation.ID)
		}
		var consent int64
		s.db.Table("applicants").Where("open_id = ? AND consent_at IS NOT NULL", "oSilent_静").Count(&consent)
		if consent != 1 {
			t.Error("consent not recorded on the new applicant")
		}
	})
}
