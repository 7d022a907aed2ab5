package conversation

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/store"
)

// handoffEngine hands every conversation to a human.
type handoffEngine struct{}

func (handoffEngine) Reply(_ context.Context, in bot.Input) (bot.Output, error) {
	return bot.Output{Replies: []string{"正在为您转接人工顾问…"}, State: []byte(`{}`), Handoff: true,
		Flags: []bot.Flag{{Reason: "complaint"}}}, nil
}

// A hand-off puts the conversation in the agents' waiting queue (complaints first) and tells
// every console; the applicant's next message reaches agents, not the bot.
func TestHandOffQueuesAndNotifies(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "t.db"), make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	pack, _ := compliance.DefaultPack()
	filter, err := compliance.NewFilter(pack)
	if err != nil {
		t.Fatal(err)
	}
	sess := session.NewMemory()
	defer sess.Close()
	events, err := sess.Subscribe(ctx, ConsoleChannel)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := New(Deps{Sessions: sess, Store: st, Engine: handoffEngine{}, Filter: filter,
		Lines: Lines{HumanAck: "ack", Busy: "busy", Blocked: "blocked"}, Budget: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	send := func(key, text string) {
		in := Inbound{OpenID: "oHandOffQueue0001", DedupKey: key, MsgType: "text", Kind: bot.KindText, Text: text, ReceivedAt: time.Now()}
		if _, err := svc.Handle(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	next := func() consoleEvent {
		select {
		case b := <-events:
			var e consoleEvent
			_ = json.Unmarshal(b, &e)
			return e
		case <-time.After(5 * time.Second):
			t.Fatal("no console event")
		}
		return consoleEvent{}
	}
	send("m:1", "你们太坑了，我要投诉，转人工")
	if e := next(); e.Kind != "waiting" {
		t.Fatalf("event %+v, want waiting", e)
	}
	q, err := st.Queue(ctx, store.QueueWaiting, "", 10)
	if err != nil || len(q) != 1 || q[0].Rank != store.RankUrgent {
		t.Fatalf("waiting queue: %+v %v", q, err)
	}
	send("m:2", "人呢？？")
	if e := next(); e.Kind != "message" {
		t.Fatalf("event %+v, want message", e)
	}
	if q, _ := st.Queue(ctx, store.QueueWaiting, "", 10); len(q) != 1 || q[0].Left != 1 {
		t.Fatalf("the message left meanwhile is not counted: %+v", q)
	}
}
