package conversation

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/store"
)

// failingTurns is the real store with SaveTurn failing while fail > 0.
type failingTurns struct {
	*store.Store
	fail int
}

func (f *failingTurns) SaveTurn(ctx context.Context, t store.Turn) (store.TurnResult, error) {
	if f.fail > 0 {
		f.fail--
		return store.TurnResult{}, errors.New("injected: connection reset")
	}
	return f.Store.SaveTurn(ctx, t)
}

type echo struct{}

func (echo) Reply(_ context.Context, in bot.Input) (bot.Output, error) {
	return bot.Output{Replies: []string{"收到：" + in.Text}, State: []byte(`{}`)}, nil
}

// A turn that cannot be stored keeps the applicant's message; WeChat's retry then answers it.
func TestFailedTurnKeepsTheMessageAndTheRetryAnswers(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "t.db"), make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	pack, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	filter, err := compliance.NewFilter(pack)
	if err != nil {
		t.Fatal(err)
	}
	fs := &failingTurns{Store: st, fail: 1}
	svc, err := New(Deps{Sessions: session.NewMemory(), Store: fs, Engine: echo{}, Filter: filter,
		Lines: Lines{HumanAck: "ack", Busy: "busy", Blocked: "blocked"}, Budget: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	in := Inbound{OpenID: "o-retry", DedupKey: "m:1", MsgType: "text", Kind: bot.KindText, Text: "你好", ReceivedAt: time.Now()}
	if _, err := svc.Handle(ctx, in); err == nil {
		t.Fatal("the failed turn was answered")
	}
	conv, err := st.ConversationByOpenID(ctx, "o-retry")
	if err != nil {
		t.Fatalf("the message was not kept: %v", err)
	}
	if ms, _ := st.Messages(ctx, conv.ID); len(ms) != 1 || ms[0].Text != "你好" {
		t.Fatalf("after the failure: %+v, want the applicant's message alone", ms)
	}
	rep, err := svc.Handle(ctx, in) // WeChat's retry
	if err != nil || rep.Text != "收到：你好" {
		t.Fatalf("retry: %+v %v", rep, err)
	}
	if ms, _ := st.Messages(ctx, conv.ID); len(ms) != 2 {
		t.Fatalf("after the retry: %d messages, want the message and its answer", len(ms))
	}
}
