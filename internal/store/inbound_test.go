package store

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Two instances receiving WeChat's retry of one message at once: exactly one stores it.
func TestSaveInboundConcurrentDuplicates(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		const n = 20
		in := inbound("oNewApplicant_并发", "24602353464357890", "我想贷款二十万")
		results := make([]InboundResult, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() { results[i], errs[i] = s.SaveInbound(context.Background(), in) })
		}
		wg.Wait()
		fresh := 0
		for i, r := range results {
			if errs[i] != nil {
				t.Fatalf("SaveInbound #%d: %v", i, errs[i])
			}
			if !r.Duplicate {
				fresh++
			}
			if r.MessageID != results[0].MessageID || r.Conversation.ID != results[0].Conversation.ID {
				t.Errorf("#%d: message %d conversation %d, want %d %d", i, r.MessageID,
					r.Conversation.ID, results[0].MessageID, results[0].Conversation.ID)
			}
		}
		if fresh != 1 {
			t.Errorf("%d callers stored the message, want exactly 1", fresh)
		}
		msgs, err := s.Messages(context.Background(), results[0].Conversation.ID)
		if err != nil || len(msgs) != 1 {
			t.Errorf("Messages = %d rows, %v; want 1", len(msgs), err)
		}
	})
}

// Many distinct messages of one new applicant at once: one applicant, one open conversation.
func TestSaveInboundConcurrentNewApplicant(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		const n = 10
		convs := make([]uint64, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				res, err := s.SaveInbound(context.Background(), inbound("oSameUser", fmt.Sprint("k", i), "在吗"))
				if err != nil {
					t.Errorf("SaveInbound %d: %v", i, err)
				}
				convs[i] = res.Conversation.ID
			})
		}
		wg.Wait()
		for i, c := range convs {
			if c != convs[0] {
				t.Errorf("message %d went to conversation %d, want %d", i, c, convs[0])
			}
		}
		var applicants int64
		s.db.Model(&applicantRow{}).Count(&applicants)
		if applicants != 1 {
			t.Errorf("%d applicant rows, want 1", applicants)
		}
	})
}

func TestDuplicateReturnsRecordedReplies(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		first := mustSaveInbound(t, s, inbound("oReplies", "msg-1", "利息多少"))
		replies := []Reply{
			{Text: "年化利率（含全部费用）以放款机构审批为准。", Sender: SenderBot, Verdict: VerdictAllow, Passive: true},
			{Text: "贷款需谨慎，请按时还款。🙏", Sender: SenderBot, Verdict: VerdictAllow},
			{Text: "稍后客服会联系您", Sender: SenderSystem, Verdict: VerdictFlag},
		}
		if err := s.SaveOutcome(ctx, Outcome{ConversationID: first.Conversation.ID,
			InboundID: first.MessageID, Replies: replies}); err != nil {
			t.Fatal(err)
		}
		again := mustSaveInbound(t, s, inbound("oReplies", "msg-1", "利息多少"))
		want := []string{replies[0].Text, replies[1].Text, replies[2].Text}
		if !again.Duplicate || again.MessageID != first.MessageID {
			t.Errorf("retry: Duplicate=%v message %d, want true %d", again.Duplicate, again.MessageID, first.MessageID)
		}
		if diff := cmp.Diff(want, again.Replies); diff != "" {
			t.Errorf("replies of the duplicate (-want +got):\n%s", diff)
		}
		if fresh := mustSaveInbound(t, s, inbound("oReplies", "msg-2", "好的")); fresh.Duplicate || len(fresh.Replies) != 0 {
			t.Errorf("a new message: %+v", fresh)
		}
	})
}

// Texts round-trip exactly (utf8mb4: emoji; traditional; full-width) and are not stored in clear.
func TestTextRoundTripsEncrypted(t *testing.T) {
	texts := []string{
		"我想借３０万，月收入１２０００",                    // full-width digits
		"身份證110101199003074514電話13812345678", // traditional, ID number, phone
		"急用钱😭😭能不能今天放款🙏",                      // emoji
		"我想贷款二十万分三年还月收入八千左右",                 // voice text, no punctuation
	}
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		var conv uint64
		for i, text := range texts {
			res := mustSaveInbound(t, s, inbound("oEmoji", fmt.Sprint("e", i), text))
			conv = res.Conversation.ID
		}
		msgs, err := s.Messages(ctx, conv)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range msgs {
			got = append(got, m.Text)
		}
		if diff := cmp.Diff(texts, got); diff != "" {
			t.Errorf("texts (-stored +read):\n%s", diff)
		}
		var raw [][]byte
		if err := s.db.Raw("SELECT text_enc FROM messages ORDER BY id").Scan(&raw).Error; err != nil {
			t.Fatal(err)
		}
		for i, r := range raw {
			for _, part := range []string{texts[i], "110101199003074514", "13812345678", "😭", "贷款"} {
				if bytes.Contains(r, []byte(part)) {
					t.Errorf("raw column of message %d contains %q in clear", i, part)
				}
			}
		}
	})
}

func TestSaveInboundConversationLifecycle(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		sub := Inbound{OpenID: "oLife", DedupKey: "oLife1700000000subscribe", MsgType: "event",
			Event: "subscribe", ReceivedAt: time.Now()}
		first := mustSaveInbound(t, s, sub)
		if c := first.Conversation; c.State != StateBot || c.OpenID != "oLife" || c.ID == 0 {
			t.Fatalf("new conversation = %+v", c)
		}
		next := mustSaveInbound(t, s, inbound("oLife", "m2", "你好"))
		if next.Conversation.ID != first.Conversation.ID {
			t.Errorf("second message opened conversation %d, want %d", next.Conversation.ID, first.Conversation.ID)
		}
		if err := s.SaveOutcome(ctx, Outcome{ConversationID: first.Conversation.ID, State: StateClosed}); err != nil {
			t.Fatal(err)
		}
		after := mustSaveInbound(t, s, inbound("oLife", "m3", "我又来了"))
		if after.Conversation.ID == first.Conversation.ID || after.Conversation.State != StateBot {
			t.Errorf("after closing: conversation %+v, want a new one in state bot", after.Conversation)
		}
		old, err := s.Conversation(ctx, first.Conversation.ID)
		if err != nil || old.State != StateClosed {
			t.Errorf("closed conversation = %+v, %v; want it to stay closed", old, err)
		}
		byOpenID, err := s.ConversationByOpenID(ctx, "oLife")
		if err != nil || byOpenID.ID != after.Conversation.ID {
			t.Errorf("ConversationByOpenID = %d, %v; want the open one %d", byOpenID.ID, err, after.Conversation.ID)
		}
		// Reopening the closed one while another is open is a conflict.
		err = s.SaveOutcome(ctx, Outcome{ConversationID: first.Conversation.ID, State: StateBot})
		if !errorsIs(err, ErrConflict) {
			t.Errorf("reopen with another open = %v, want ErrConflict", err)
		}
	})
}

func TestSaveInboundValidatesAndHashesLongKeys(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for _, in := range []Inbound{{DedupKey: "k"}, {OpenID: "o"}} {
			if _, err := s.SaveInbound(ctx, in); !errorsIs(err, ErrInvalid) {
				t.Errorf("SaveInbound(%+v) = %v, want ErrInvalid", in, err)
			}
		}
		long := Inbound{OpenID: "oLongKey", DedupKey: "oLongKey1700000000CLICK" + strings.Repeat("菜单", 150),
			MsgType: "event", Event: "CLICK", EventKey: strings.Repeat("菜单", 100)}
		if r := mustSaveInbound(t, s, long); r.Duplicate {
			t.Error("first long key reported duplicate")
		}
		if r := mustSaveInbound(t, s, long); !r.Duplicate {
			t.Error("second long key not reported duplicate")
		}
		if _, err := s.ConversationByOpenID(ctx, "oNobody"); !errorsIs(err, ErrNotFound) {
			t.Errorf("ConversationByOpenID(unknown) = %v, want ErrNotFound", err)
		}
		if _, err := s.Messages(ctx, 987654); !errorsIs(err, ErrNotFound) {
			t.Errorf("Messages(unknown) = %v, want ErrNotFound", err)
		}
	})
}
