package outbox_test

import (
	"context"
	"crypto/rand"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/loanbot/loanbot/internal/outbox"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
)

// While an agent holds a conversation the bot stays silent (issue 9 item 5): a bot row queued
// before the claim, or late (an LLM answer, a spool-drain answer, a follow-up), is never sent;
// the agent's messages and the console's notices are; after the hand-back the bot speaks again.
func TestBotSilentWhileAgentHolds(t *testing.T) {
	const (
		early   = "您的问题我们正在查询，请稍候"
		late    = "关于提前还款：信用贷一般满6个月后可申请，违约金以合同为准。"
		claimed = "顾问 7 号为您服务"
		agent   = "您好，我是顾问7号，您的资料我看过了，方便说一下月收入吗？"
		back    = "已为您转回智能助手"
		resumed = "好的，请问您的月收入大约是多少？（税后，单位：元）"
	)
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			api := fakeAPI(t)
			s := b.open(t)
			clk := newClock()
			w, err := outbox.New(outbox.Deps{Store: s, Sender: newSender(t, wechat.SenderConfig{}), Now: clk.Now})
			if err != nil {
				t.Fatal(err)
			}
			conv := queueConv(t, s, openA, early)
			if _, err := s.Claim(ctx, conv, "7", claimed); err != nil {
				t.Fatalf("Claim: %v", err)
			}
			queueConv(t, s, openA, late) // a late answer queued while the agent holds it
			if err := s.AgentReply(ctx, conv, "7", store.Reply{Text: agent, Verdict: store.VerdictAllow}, nil); err != nil {
				t.Fatalf("AgentReply: %v", err)
			}
			drainAll(t, w, clk)
			if _, err := s.HandBack(ctx, conv, "7", false, back); err != nil {
				t.Fatalf("HandBack: %v", err)
			}
			queueConv(t, s, openA, resumed)
			drainAll(t, w, clk)
			if diff := cmp.Diff([]string{claimed, agent, back, resumed}, contents(api, openA)); diff != "" {
				t.Errorf("delivered (-want +got):\n%s", diff)
			}
		})
	}
}

// A bot row claimed by the worker before an agent's claim is checked again right before its
// send: here B's conversation is claimed while the worker is sending A's message of one batch.
func TestLeasedBotRowSilencedBeforeSend(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			api := fakeAPI(t)
			s := b.open(t)
			queueConv(t, s, openA, "您好，您的材料清单已发送，请查收")
			convB := queueConv(t, s, openB, "您的额度测算结果：预计可贷10万-20万元")
			real := newSender(t, wechat.SenderConfig{})
			sender := outbox.SenderFunc(func(ctx context.Context, openID, text string) error {
				if openID == openA {
					if _, err := s.Claim(ctx, convB, "8", ""); err != nil {
						t.Errorf("Claim B while sending to A: %v", err)
					}
				}
				return real.SendText(ctx, openID, text)
			})
			clk := newClock()
			w, err := outbox.New(outbox.Deps{Store: s, Sender: sender, Now: clk.Now, Batch: 10})
			if err != nil {
				t.Fatal(err)
			}
			drainAll(t, w, clk)
			if got := contents(api, openB); len(got) != 0 {
				t.Errorf("sent to B while an agent holds it: %q", got)
			}
			if got := contents(api, openA); len(got) != 1 {
				t.Errorf("sent to A: %q, want the one message", got)
			}
		})
	}
}

// queueConv stores one applicant message from openID with the bot's replies as outbox rows, and
// returns the conversation.
func queueConv(t *testing.T, s *store.Store, openID string, texts ...string) uint64 {
	t.Helper()
	ctx := context.Background()
	in, err := s.SaveInbound(ctx, store.Inbound{OpenID: openID, DedupKey: openID + "/" + rand.Text(),
		MsgType: "text", Text: "提前还款有没有违约金啊", ReceivedAt: time.Now()})
	if err != nil {
		t.Fatalf("SaveInbound: %v", err)
	}
	replies := make([]store.Reply, 0, len(texts))
	for _, text := range texts {
		replies = append(replies, store.Reply{Text: text, Sender: store.SenderBot, Verdict: store.VerdictAllow})
	}
	if err := s.SaveOutcome(ctx, store.Outcome{ConversationID: in.Conversation.ID, InboundID: in.MessageID,
		Replies: replies}); err != nil {
		t.Fatalf("SaveOutcome: %v", err)
	}
	return in.Conversation.ID
}

// drainAll drains, then drains again once every lease has ended (a row left leased would go then).
func drainAll(t *testing.T, w *outbox.Worker, clk *clock) {
	t.Helper()
	for range 2 {
		if _, err := w.Drain(context.Background()); err != nil {
			t.Fatalf("Drain: %v", err)
		}
		clk.Advance(time.Hour)
	}
}
